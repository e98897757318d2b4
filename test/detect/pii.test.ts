import { createPIIDetector, createPIIScanner, detectPII, PII_TYPES, resolveOverlaps } from '../../src/detect/pii.js';
import type { PIIEntity } from '../../src/detect/pii.js';
import { ibanValid, luhnValid, nirValid, ssnValid, IBAN_LENGTHS } from '../../src/detect/checksums.js';
import { GuardConfigError } from '../../src/core/errors.js';
import { breakLast, card, grouped, iban, nir, randomDigits, rng } from './pii-gen.js';
import { fill, growthRatio, linearBound } from '../helpers/growth.js';

/** `TYPE:value` for every entity, in order. */
function found(text: string, types?: Parameters<typeof detectPII>[1]): string[] {
  return detectPII(text, types).map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
}

function typesIn(text: string): string[] {
  return detectPII(text).map((e) => e.type);
}

describe('checksums', () => {
  it('luhn', () => {
    const rand = rng(1);
    for (let i = 0; i < 50; i++) {
      const n = card(rand, '4', 16);
      expect(luhnValid(n)).toBe(true);
      expect(luhnValid(breakLast(n))).toBe(false);
    }
    expect(luhnValid('12a4')).toBe(false);
  });

  it('SSN ranges', () => {
    expect(ssnValid('123456789')).toBe(true);
    expect(ssnValid('000456789')).toBe(false);
    expect(ssnValid('666456789')).toBe(false);
    expect(ssnValid('900456789')).toBe(false);
    expect(ssnValid('999456789')).toBe(false);
    expect(ssnValid('123006789')).toBe(false);
    expect(ssnValid('123450000')).toBe(false);
  });

  it('IBAN and NIR', () => {
    expect(ibanValid(iban('DE', '370400440532013000'))).toBe(true);
    expect(ibanValid(iban('DE', '37040044053201300'))).toBe(false); // wrong length for DE
    expect(nirValid(nir('1', '85', '05', '2A', '004', '123'))).toBe(true);
    expect(nirValid(nir('2', '90', '11', '2B', '033', '045'))).toBe(true);
    expect(nirValid(breakLast(nir('1', '85', '05', '75', '104', '001')))).toBe(false);
  });
});

describe('EMAIL', () => {
  it('finds emails with exact boundaries (no trailing dot)', () => {
    expect(found('mail me at a@b.com.')).toEqual(['EMAIL:a@b.com']);
    expect(found('Contact: jane.doe+tag@mail.example.co.uk, thanks')).toEqual(['EMAIL:jane.doe+tag@mail.example.co.uk']);
    expect(found('(john_smith@example.org)')).toEqual(['EMAIL:john_smith@example.org']);
  });

  it('uses UTF-16 offsets around emoji and accents', () => {
    const text = '👋🏽 écris à zoé@exemple.fr 🎉';
    const [e] = detectPII(text);
    expect(e).toBeDefined();
    expect(text.slice(e!.start, e!.end)).toBe('zoé@exemple.fr');
    expect(e!.start).toBe(text.indexOf('zoé'));
  });

  it('rejects non-emails', () => {
    expect(typesIn('@user on twitter, a@b, x@localhost, foo@bar.c1')).toEqual([]);
    expect(typesIn('decorator @Component and npm i @scope/pkg@1.2.3')).not.toContain('EMAIL');
  });
});

describe('URL', () => {
  it('trims trailing punctuation but keeps balanced parens', () => {
    expect(found('See https://example.com/path?q=1.')).toEqual(['URL:https://example.com/path?q=1']);
    expect(found('(see https://example.com/a)')).toEqual(['URL:https://example.com/a']);
    expect(found('wiki https://en.wikipedia.org/wiki/Foo_(bar)!')).toEqual(['URL:https://en.wikipedia.org/wiki/Foo_(bar)']);
    expect(found('go to www.example.org; then http://a.io:8080/x,')).toEqual(['URL:www.example.org', 'URL:http://a.io:8080/x']);
  });

  it('a URL that contains an email or an IP is one URL', () => {
    expect(found('https://example.com/u/a@b.com')).toEqual(['URL:https://example.com/u/a@b.com']);
    expect(found('http://192.168.1.10/admin')).toEqual(['URL:http://192.168.1.10/admin']);
  });
});

describe('CREDIT_CARD', () => {
  const rand = rng(42);
  const networks: Array<[string, number]> = [
    ['4', 16],
    ['4', 13],
    ['4', 19],
    ['51', 16],
    ['2221', 16],
    ['34', 15],
    ['37', 15],
    ['6011', 16],
    ['65', 16],
    ['3528', 16],
    ['36', 14],
    ['62', 19],
    ['6759', 12],
  ];

  it.each(networks)('detects generated Luhn-valid %s… (%i digits) in every print style, and rejects the same with a broken check digit', (prefix, length) => {
    const n = card(rand, prefix, length);
    const dashed = n.replace(/(\d{4})(?=\d)/g, '$1-');
    const spaced = n.replace(/(\d{4})(?=\d)/g, '$1 ');
    for (const form of [n, spaced, dashed]) {
      expect(found(`card: ${form}.`)).toEqual([`CREDIT_CARD:${form}`]);
      const bad = breakLast(form);
      expect(typesIn(`card: ${bad}.`)).not.toContain('CREDIT_CARD');
    }
  });

  it('Amex 4-6-5 grouping', () => {
    const n = card(rand, '37', 15);
    const form = `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`;
    expect(found(`amex ${form}`)).toEqual([`CREDIT_CARD:${form}`]);
  });

  it('a Luhn-valid number with an unknown prefix needs a card word', () => {
    const n = card(rand, '9', 16);
    expect(typesIn(`order ref ${n}`)).not.toContain('CREDIT_CARD');
    expect(typesIn(`my card is ${n}`)).toContain('CREDIT_CARD');
  });

  it('context words never make a failing checksum pass', () => {
    const n = breakLast(card(rand, '4', 16));
    expect(typesIn(`credit card number (carte bancaire, Visa): ${n}`)).not.toContain('CREDIT_CARD');
  });

  it('keeps an expiry and CVV outside the span', () => {
    const n = card(rand, '5', 16).replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(found(`${n} 12/27 cvv 123`)).toEqual([`CREDIT_CARD:${n}`]);
  });
});

describe('IBAN', () => {
  const rand = rng(7);
  const countries = Object.entries(IBAN_LENGTHS).filter(([c]) =>
    ['AD', 'AT', 'BE', 'BG', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GI', 'GR', 'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MC', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'SM', 'VA', 'AL', 'MD', 'ME', 'MK'].includes(c),
  );

  it('covers every SEPA country', () => {
    expect(countries.length).toBe(41);
  });

  it.each(countries)('%s (%i chars): compact and grouped, and rejects a wrong check', (country, length) => {
    // Some BBANs carry letters (GB, NL, MT, ...): include a few to exercise the letter conversion.
    const bbanDigits = randomDigits(rand, length - 4);
    const bban = ['GB', 'NL', 'MT', 'IE', 'CY'].includes(country) ? 'ABCD' + bbanDigits.slice(4) : bbanDigits;
    const valid = iban(country, bban);
    expect(valid).toHaveLength(length);
    expect(found(`IBAN: ${valid}`)).toEqual([`IBAN:${valid}`]);
    const g = grouped(valid);
    expect(found(`virement sur ${g}, merci`)).toEqual([`IBAN:${g}`]);
    const swapped = valid.slice(0, 2) + String((Number(valid.slice(2, 4)) + 1) % 100).padStart(2, '0') + valid.slice(4);
    expect(typesIn(`IBAN: ${swapped}`)).not.toContain('IBAN');
  });

  it('accepts lower case and rejects an unknown country or wrong length', () => {
    const valid = iban('FR', '20041010050500013M02606');
    expect(found(`iban ${valid.toLowerCase()}`)).toEqual([`IBAN:${valid.toLowerCase()}`]);
    expect(typesIn(`iban ${iban('ZZ', '12345678901234')}`)).not.toContain('IBAN');
    expect(typesIn(`iban ${valid}0`)).not.toContain('IBAN');
  });
});

describe('US_SSN', () => {
  it('detects valid SSNs and excludes the invalid ranges', () => {
    expect(found('SSN 123-45-6789')).toEqual(['US_SSN:123-45-6789']);
    expect(found('ssn: 123 45 6789')).toEqual(['US_SSN:123 45 6789']);
    for (const bad of ['000-45-6789', '666-45-6789', '900-45-6789', '987-65-4321', '123-00-6789', '123-45-0000']) {
      expect(typesIn(`SSN ${bad}`)).not.toContain('US_SSN');
    }
  });

  it('needs context for nine bare digits', () => {
    expect(typesIn('ticket 123456789')).toEqual([]);
    expect(found('my social security number is 123456789')).toEqual(['US_SSN:123456789']);
  });
});

describe('FR_NIR', () => {
  it('detects NIRs with a valid key, spaced or not, including Corsica', () => {
    const samples = [nir('1', '85', '05', '75', '104', '001'), nir('2', '90', '11', '2A', '004', '123'), nir('1', '03', '12', '2B', '033', '045')];
    for (const n of samples) {
      expect(found(`NIR ${n}`)).toEqual([`FR_NIR:${n}`]);
      const spaced = `${n[0]} ${n.slice(1, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7, 10)} ${n.slice(10, 13)} ${n.slice(13)}`;
      expect(found(`numéro de sécurité sociale : ${spaced}`)).toEqual([`FR_NIR:${spaced}`]);
      expect(typesIn(`NIR ${breakLast(n)}`)).not.toContain('FR_NIR');
    }
  });
});

describe('IP_ADDRESS', () => {
  it('IPv4 and IPv6', () => {
    expect(found('server 10.0.0.12 is down')).toEqual(['IP_ADDRESS:10.0.0.12']);
    expect(found('ip=203.0.113.7.')).toEqual(['IP_ADDRESS:203.0.113.7']);
    expect(found('ping 2001:db8:85a3::8a2e:370:7334 now')).toEqual(['IP_ADDRESS:2001:db8:85a3::8a2e:370:7334']);
    expect(found('full 2001:0db8:0000:0000:0000:ff00:0042:8329')).toEqual(['IP_ADDRESS:2001:0db8:0000:0000:0000:ff00:0042:8329']);
    expect(found('link-local fe80::1ff:fe23:4567:890a.')).toEqual(['IP_ADDRESS:fe80::1ff:fe23:4567:890a']);
  });

  it('rejects versions, out-of-range octets, OIDs, times and MACs', () => {
    expect(typesIn('upgrade to version 1.2.3.4 or v2.10.0.1')).toEqual([]);
    expect(typesIn('Release 10.0.19041.1')).toEqual([]);
    expect(typesIn('256.1.1.1 and 1.2.3.4.5 and 01.02.03.04')).toEqual([]);
    expect(typesIn('section 1.2.3.4 of the spec')).toEqual([]); // all single digits, no IP word
    expect(typesIn('at 10:30:00, MAC aa:bb:cc:dd:ee:ff, std::vector, a::b')).toEqual([]);
  });
});

describe('numbers that are not PII', () => {
  it.each([
    'order 48213 placed on 2024-03-05',
    'Order #1234567 shipped',
    'ISBN 978-3-16-148410-0',
    'price: 1 299,99 € or $1,299.99',
    'tracking 1Z999AA10123456784',
    'dates 05/03/2024, 2024-03-05, 05.03.2024',
    'between 100 and 200 items, 3.14159, 42%',
    'version 1.2.3, build 20240305',
    'meeting at 10:30-11:45',
    'invoice 2024-000123',
  ])('%s', (text) => {
    expect(typesIn(text)).toEqual([]);
  });
});

describe('options and API', () => {
  it('types filter and minScore', () => {
    const text = 'a@b.com, 10.0.0.1';
    expect(found(text, { types: ['IP_ADDRESS'] })).toEqual(['IP_ADDRESS:10.0.0.1']);
    expect(detectPII(text, { minScore: 0.99 })).toEqual([]);
  });

  it('rejects bad options at construction', () => {
    expect(() => createPIIScanner({ types: ['NOPE' as never] })).toThrow(GuardConfigError);
    expect(() => createPIIScanner({ minScore: 2 })).toThrow(GuardConfigError);
    expect(() => createPIIScanner({ recognizers: [{ type: 'X', pattern: /a*/ }] })).toThrow(/empty string/);
    expect(() => createPIIScanner({ recognizers: [{ type: '1bad', pattern: /a/ }] })).toThrow(GuardConfigError);
    expect(() => createPIIScanner({ recognizers: [{ type: 'X', pattern: 'a' as never }] })).toThrow(GuardConfigError);
  });

  it('custom recognizers: non-global or sticky patterns are recompiled, validate filters', () => {
    const scan = createPIIScanner({
      recognizers: [
        { type: 'EMPLOYEE_ID', pattern: /EMP-\d{5}/y, validate: (m) => !m.endsWith('00000') },
        { type: 'TICKET', pattern: /TK\d{3}/i, score: 0.9 },
      ],
    });
    const text = 'EMP-12345 and EMP-00000 and tk123';
    const out = scan(text).map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
    expect(out).toEqual(['EMPLOYEE_ID:EMP-12345', 'TICKET:tk123']);
    expect(scan(text)).toEqual(scan(text)); // no lastIndex leak between calls
  });

  it('createPIIDetector returns Detections of kind pii', () => {
    const d = createPIIDetector()('x a@b.com');
    expect(d).toEqual([{ kind: 'pii', type: 'EMAIL', start: 2, end: 9, score: expect.any(Number) }]);
  });

  it('entities are sorted and never overlap', () => {
    const rand = rng(3);
    const parts = [`a@b.com`, card(rand, '4', 16), '+33 1 23 45 67 89', iban('DE', randomDigits(rand, 18)), 'https://x.org/a', '203.0.113.9'];
    const text = parts.join(' and ');
    const e = detectPII(text);
    expect(e.map((x) => x.type)).toEqual(['EMAIL', 'CREDIT_CARD', 'PHONE', 'IBAN', 'URL', 'IP_ADDRESS']);
    for (let i = 1; i < e.length; i++) expect(e[i]!.start).toBeGreaterThanOrEqual(e[i - 1]!.end);
  });

  it('resolveOverlaps: longer wins, then priority', () => {
    const spans: PIIEntity[] = [
      { type: 'PHONE', start: 0, end: 10, score: 0.9 },
      { type: 'US_SSN', start: 0, end: 10, score: 0.5 },
      { type: 'EMAIL', start: 8, end: 30, score: 0.9 },
      { type: 'URL', start: 40, end: 50, score: 0.9 },
    ];
    expect(resolveOverlaps(spans).map((s) => s.type)).toEqual(['EMAIL', 'URL']);
    expect(resolveOverlaps(spans.slice(0, 2)).map((s) => s.type)).toEqual(['US_SSN']);
  });

  it('exports the canonical type list', () => {
    // The first eight are the original contract and keep their order; new types are only appended.
    expect(PII_TYPES.slice(0, 8)).toEqual(['EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN', 'IP_ADDRESS', 'US_SSN', 'FR_NIR', 'URL']);
    expect(PII_TYPES).toEqual(expect.arrayContaining(['UK_NHS', 'UK_NINO', 'DE_TAX_ID', 'ES_DNI', 'ES_NIE', 'IT_FISCAL_CODE', 'PL_PESEL', 'NL_BSN', 'SE_PERSONNUMMER', 'CA_SIN', 'AU_TFN', 'AU_MEDICARE', 'IN_AADHAAR', 'IN_PAN', 'BR_CPF', 'BR_CNPJ', 'CRYPTO_WALLET']));
  });
});

describe('adversarial inputs cost linear time (12.5 KB to 100 KB)', () => {
  it.each(['7', '1 ', '12 34 ', 'a@', 'a.a@a.a ', '1.', 'a.', 'www.', '://', 'a:', '+1 ', '(', 'GB00 ', '4111 1111 1111 1111 '])('%j', (unit) => {
    expect(growthRatio((n) => fill(unit, n), detectPII, 12_800, { runs: 9 })).toBeLessThan(linearBound());
  });
});
