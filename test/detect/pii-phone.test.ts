import { getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import { detectPII } from '../../src/detect/pii.js';
import { nationalValidity, phoneRegions } from '../../src/detect/phone-metadata.js';
import { scanInput } from '../../src/scan/api.js';
import { createScanner } from '../../src/scan/pipeline.js';
import { card, randomDigits, rng } from './pii-gen.js';

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

describe('PHONE: every region libphonenumber knows', () => {
  // libphonenumber-js is the oracle: its own isValid() on the same digits, for every region.
  it('the compiled validator agrees with libphonenumber-js isValid() (national and international)', () => {
    const rand = rng(31337);
    let agree = 0;
    const disagree: string[] = [];
    for (const region of phoneRegions()) {
      const example = getExampleNumber(region as CountryCode, examples);
      const samples: string[] = [];
      if (example) samples.push(example.nationalNumber);
      for (let i = 0; i < 12; i++) {
        const d = randomDigits(rand, 6 + Math.floor(rand() * 8));
        samples.push(example && i % 2 === 0 ? example.nationalNumber.slice(0, 3) + d.slice(3) : d);
      }
      for (const d of samples) {
        const lib = parsePhoneNumberFromString(d, region as CountryCode)?.isValid() ?? false;
        if ((nationalValidity(d, region) === 'valid') === lib) agree++;
        else disagree.push(`${region} ${d}`);
      }
    }
    // A handful differ where libphonenumber reads a national number's leading digits as a country code.
    expect(disagree.length / (agree + disagree.length)).toBeLessThan(0.005);
  });

  const WORLD: Array<[string, string]> = [
    ['CN', '请拨打 {} 联系我'],
    ['JP', '電話番号は {} です'],
    ['IN', 'Call me on {} tomorrow'],
    ['BR', 'Meu celular é {}'],
    ['PT', 'O meu telemóvel: {}'],
    ['MX', 'Mi celular es el {}'],
    ['AR', 'Llamame al {}'],
    ['KR', '전화번호: {}'],
    ['RU', 'Мой телефон {}'],
    ['TR', 'Telefon numaram {}'],
    ['AU', 'Call {} anytime'],
    ['ZA', 'Phone: {}'],
    ['NG', 'Call me on {}'],
    ['EG', 'رقمي {}'],
    ['PL', 'Mój numer telefonu to {}'],
    ['SE', 'Ring mig på {}'],
    ['ID', 'Hubungi saya di {}'],
    ['VN', 'Số điện thoại: {}'],
    ['PH', 'Text me at {}'],
    ['PK', 'My mobile: {}'],
  ];

  it.each(WORLD)('%s numbers as people print them, national and international', (region, sentence) => {
    const rand = rng(region.charCodeAt(0) * 31 + region.charCodeAt(1));
    const example = getExampleNumber(region as CountryCode, examples)!;
    for (let i = 0; i < 5; i++) {
      // Randomize the last digits, keeping the number valid (libphonenumber decides).
      let number = example;
      for (let t = 0; t < 50; t++) {
        const nn = example.nationalNumber.slice(0, -4) + randomDigits(rand, 4);
        const candidate = parsePhoneNumberFromString(nn, region as CountryCode);
        if (candidate?.isValid()) {
          number = candidate;
          break;
        }
      }
      const forms = [number.formatInternational(), number.formatNational(), number.number, number.formatInternational().replace(/ /g, '-')];
      for (const form of forms) {
        const text = sentence.replace('{}', form);
        expect(phones(text)).toEqual([form.replace(/^\((\d+)\)/, '($1)')]);
      }
    }
  });

  it('the regions option: national formats of the listed regions only (international ones always)', () => {
    // A Brazilian mobile written as bare national digits is valid in BR; read as a US number it is not.
    const br = '11987654321';
    expect(detectPII(`meu celular ${br}`, { regions: ['BR'] }).map((e) => e.type)).toEqual(['PHONE']);
    expect(detectPII(`meu celular ${br}`, { regions: ['US'] }).map((e) => e.type)).toEqual([]);
    expect(detectPII('ligue +55 11 98765-4321', { regions: ['US'] }).map((e) => e.type)).toEqual(['PHONE']);
    expect(() => detectPII('x', { regions: ['ZZ'] })).toThrow(/regions/);
    expect(() => detectPII('x', { regions: [] })).toThrow(/regions/);
    expect(() => detectPII('x', { regoins: ['FR'] } as never)).toThrow(/Did you mean `regions`/);
  });
});

describe('numbers as people write them', () => {
  const rand = rng(77);
  it('cards with dots, slashes, dash with spaces, NBSP and narrow NBSP', () => {
    const n = card(rand, '4', 16);
    for (const sep of ['.', '/', ' - ', '\u00a0', '\u202f', '-', ' ']) {
      const printed = n.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
      const result = scanInput(`card ${printed} thanks`, { injection: 'off' });
      expect(result.text).toBe('card [CREDIT_CARD] thanks');
    }
  });

  it.each([
    ['Arabic-Indic', 0x660],
    ['Persian', 0x6f0],
    ['Devanagari', 0x966],
    ['Bengali', 0x9e6],
    ['Thai', 0xe50],
    ['fullwidth', 0xff10],
  ])('%s digits: a card and a phone number are redacted', (_name, zero) => {
    const toScript = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));
    const n = card(rand, '5', 16).replace(/(\d{4})(?=\d)/g, '$1 ');
    const text = `card ${toScript(n)} / tel ${toScript('+33 6 12 34 56 78')} ok`;
    expect(scanInput(text, { injection: 'off' }).text).toBe('card [CREDIT_CARD] / tel [PHONE] ok');
  });

  it('extensions written out stay in the span', () => {
    expect(phones('Office: +1 201-555-0123 ext. 204, thanks')).toEqual(['+1 201-555-0123 ext. 204']);
    expect(phones('Tel. +44 20 7946 0958 x12')).toEqual(['+44 20 7946 0958 x12']);
  });
});

describe('regions through the scanner (sanitizeInput and the scan command pass piiDetector on)', () => {
  it('piiDetector.regions reaches the phone detector; a typo in it is refused', () => {
    const br = createScanner({ injection: 'off', piiDetector: { regions: ['BR'] } });
    const us = createScanner({ injection: 'off', piiDetector: { regions: ['US'] } });
    expect(br.scanText('meu celular 11987654321').text).toBe('meu celular [PHONE]');
    expect(us.scanText('meu celular 11987654321').text).toBe('meu celular 11987654321');
    expect(() => createScanner({ piiDetector: { regoins: ['BR'] } as never })).toThrow(/regions/);
  });
});
