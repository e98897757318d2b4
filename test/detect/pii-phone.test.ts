import { detectPII } from '../../src/detect/pii.js';

function phones(text: string): string[] {
  return detectPII(text)
    .filter((e) => e.type === 'PHONE')
    .map((e) => text.slice(e.start, e.end));
}

// Numbers are made up (fiction ranges where a plan has one: UK 07700 900xxx / 020 7946 0xxx, US 555-01xx).
const FORMATS: Record<string, string[]> = {
  US: ['(201) 555-0123', '201-555-0123', '201.555.0123', '+1 201 555 0123', '+1-201-555-0123', '1-201-555-0123', '001-201-555-0123', '(201)555-0123 x204'],
  UK: ['+44 20 7946 0958', '+44 (0)20 7946 0958', '020 7946 0958', '(020) 7946 0958', '07700 900123', '+44 7700 900123', '+447700900123', '0044 7700 900123'],
  FR: ['01 23 45 67 89', '01.23.45.67.89', '01-23-45-67-89', '06 12 34 56 78', '+33 1 23 45 67 89', '+33 (0)1 23 45 67 89', '+33 6 12 34 56 78', '0033 6 12 34 56 78'],
  DE: ['030 12345678', '030/1234567', '0151 23456789', '089 1234567', '+49 30 12345678', '+49 (0)30 12345678', '+49 151 23456789', '0049 89 1234567'],
  ES: ['612 34 56 78', '912 345 678', '91 123 45 67', '+34 612 34 56 78', '+34 912 345 678', '0034 612345678'],
  IT: ['06 1234 5678', '02 12345678', '+39 06 1234 5678', '+39 312 345 6789', '+39 02 1234567', '0039 06 12345678'],
  NL: ['020-1234567', '06-12345678', '020 123 4567', '+31 20 123 4567', '+31 6 12345678', '+31 (0)20 123 4567'],
  BE: ['02 123 45 67', '0470 12 34 56', '+32 2 123 45 67', '+32 470 12 34 56', '0032 470 12 34 56'],
  CH: ['044 668 18 00', '079 123 45 67', '+41 44 668 18 00', '+41 (0)44 668 18 00', '+41 79 123 45 67'],
};

describe('PHONE: national and international formats', () => {
  for (const [country, formats] of Object.entries(FORMATS)) {
    it.each(formats)(`${country} %s with exact span`, (number) => {
      expect(phones(`Reach me at ${number}, thanks.`)).toEqual([number]);
      expect(phones(`Tel: ${number}`)).toEqual([number]);
      expect(phones(`${number}`)).toEqual([number]);
    });
  }

  it('context words in several languages raise weak formats', () => {
    expect(phones('ticket 4258829090')).toEqual([]);
    expect(phones('my phone number is 4258829090')).toEqual(['4258829090']);
    expect(phones('Telefon: 4258829090')).toEqual(['4258829090']);
    expect(phones('portable 0612345678')).toEqual(['0612345678']);
    expect(phones('Mobile: 9469 9966')).toEqual(['9469 9966']);
    expect(phones('9469 9966')).toEqual([]);
  });

  it('extensions stay in the span', () => {
    expect(phones('Desk: 201-555-0123x204.')).toEqual(['201-555-0123x204']);
  });

  it('keeps two numbers apart', () => {
    expect(phones('call 01 23 45 67 89 or 06 12 34 56 78')).toEqual(['01 23 45 67 89', '06 12 34 56 78']);
    expect(phones('US 201-555-0123, UK +44 20 7946 0958')).toEqual(['201-555-0123', '+44 20 7946 0958']);
  });

  it.each([
    '2024-03-05',
    '05/03/2024',
    '05.03.2024',
    'Order 1234567',
    'a total of 1 234 567 items',
    'from 10:30 to 11:45',
    'IP 192.168.10.20',
    '3.14159265',
    '+5 points',
    'ISBN 978-3-16-148410-0',
    'zip 75001 Paris',
    'tracking 9400 1000 0000 0000 0000 00',
  ])('not a phone: %s', (text) => {
    expect(phones(text)).toEqual([]);
  });

  it('a plus code with the wrong national length is not a phone', () => {
    expect(phones('+33 1 23 45 67')).toEqual([]);
    expect(phones('+1 201 555 01')).toEqual([]);
  });
});
