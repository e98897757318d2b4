import { applyRedactions, createPIIRedactor, redactPII, resolveOperator } from '../../src/scan/redaction.js';
import { createPseudonymVault, MAX_PLACEHOLDER_LENGTH, PLACEHOLDER_PATTERN } from '../../src/scan/vault.js';
import { GuardConfigError } from '../../src/core/errors.js';
import { alnum, card, iban, rng } from '../detect/pii-gen.js';

const rand = rng(99);

describe('replace (default)', () => {
  it('replaces PII and secrets with [TYPE]', () => {
    const key = alnum(rand, 31) + '7';
    const out = redactPII(`Mail jane@example.org, call +33 6 12 34 56 78. MISTRAL_API_KEY=${key}`);
    expect(out.text).toBe('Mail [EMAIL], call [PHONE]. MISTRAL_API_KEY=[MISTRAL_API_KEY]');
    expect(out.entities.map((e) => e.type)).toEqual(['EMAIL', 'PHONE', 'MISTRAL_API_KEY']);
    expect(out.vault).toBeUndefined();
  });

  it('secrets: false leaves secrets alone', () => {
    const key = alnum(rand, 31) + '7';
    expect(redactPII(`MISTRAL_API_KEY=${key}`, { secrets: false }).text).toBe(`MISTRAL_API_KEY=${key}`);
  });

  it('custom labels and text without PII', () => {
    expect(redactPII('a@b.com', { operators: { EMAIL: { operator: 'replace', label: '<redacted>' } } }).text).toBe('<redacted>');
    expect(redactPII('nothing here').text).toBe('nothing here');
  });
});

describe('mask', () => {
  it('keeps the last N letters/digits and the separators', () => {
    const n = card(rand, '4', 16);
    const spaced = n.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(redactPII(spaced, { defaultOperator: 'mask' }).text).toBe(`**** **** **** ${n.slice(-4)}`);
    expect(redactPII(spaced, { defaultOperator: { operator: 'mask', keepLast: 2, maskChar: '#' } }).text).toBe(`#### #### #### ##${n.slice(-2)}`);
  });

  it('never reveals more than half of a short value', () => {
    const r = applyRedactions('abc', [{ start: 0, end: 3, type: 'X', operator: 'mask' }]);
    expect(r.text).toBe('**c');
  });
});

describe('hash', () => {
  it('same value, same token; different values or keys, different tokens; not the value', () => {
    const a = redactPII('a@b.com and A@B.com and c@d.com', { defaultOperator: 'hash', hashKey: 'k1' }).text;
    const m = a.match(/\[EMAIL:[0-9a-f]{8}\]/g)!;
    expect(m).toHaveLength(3);
    expect(m[0]).toBe(m[1]); // email identity ignores case
    expect(m[0]).not.toBe(m[2]);
    const other = redactPII('a@b.com', { defaultOperator: 'hash', hashKey: 'k2' }).text;
    expect(other).not.toBe(m[0]);
    expect(a).not.toContain('a@b.com');
    // Without a key, a per-process random key: stable within the process.
    expect(redactPII('a@b.com', { defaultOperator: 'hash' }).text).toBe(redactPII('a@b.com', { defaultOperator: 'hash' }).text);
  });

  it('the same card printed two ways hashes the same', () => {
    const n = card(rand, '5', 16);
    const r = redactPII(`${n} / ${n.replace(/(\d{4})(?=\d)/g, '$1-')}`, { defaultOperator: 'hash', hashKey: 'k' }).text;
    const [x, y] = r.split(' / ');
    expect(x).toBe(y);
  });
});

describe('pseudonymize and the vault', () => {
  it('round-trips across several messages of one request', () => {
    const vault = createPseudonymVault();
    const redact = createPIIRedactor({ defaultOperator: 'pseudonymize' });
    const ib = iban('DE', '370400440532013000');
    const m1 = redact(`I am jane@example.org, IBAN ${ib}`, vault);
    const m2 = redact(`Also bob@example.org; again jane@example.org`, vault);
    expect(m1.text).toBe('I am <EMAIL_1>, IBAN <IBAN_1>');
    expect(m2.text).toBe('Also <EMAIL_2>; again <EMAIL_1>');
    expect(m1.vault).toBe(vault);
    const answer = 'Dear <EMAIL_1>, we will pay <IBAN_1> and cc <EMAIL_2>. Ignore <EMAIL_99> and <EMAIL_1 >.';
    expect(vault.restore(answer)).toBe(`Dear jane@example.org, we will pay ${ib} and cc bob@example.org. Ignore <EMAIL_99> and <EMAIL_1 >.`);
    expect(vault.size).toBe(3);
  });

  it('creates a vault when none is given, and mixes operators per type', () => {
    const r = redactPII('x@y.com 10.1.2.3', { operators: { EMAIL: 'pseudonymize' } });
    expect(r.text).toBe('<EMAIL_1> [IP_ADDRESS]');
    expect(r.vault?.restore('<EMAIL_1>')).toBe('x@y.com');
  });

  it('skips placeholder numbers the user already typed', () => {
    const r = redactPII('template <EMAIL_1> for a@b.com', { defaultOperator: 'pseudonymize' });
    expect(r.text).toBe('template <EMAIL_1> for <EMAIL_2>');
    expect(r.vault!.restore('<EMAIL_1> <EMAIL_2>')).toBe('<EMAIL_1> a@b.com');
  });

  it('never serializes values', () => {
    const vault = createPseudonymVault();
    vault.placeholderFor('EMAIL', 'secret@example.org');
    expect(JSON.stringify({ vault })).not.toContain('secret@');
    expect(JSON.stringify(vault)).toBe('{"size":1}');
    vault.clear();
    expect(vault.restore('<EMAIL_1>')).toBe('<EMAIL_1>');
  });

  it('placeholders fit the documented maximum length and pattern', () => {
    const vault = createPseudonymVault();
    const p = vault.placeholderFor('a-very-long custom type name that goes on and on', 'v');
    expect(p.length).toBeLessThanOrEqual(MAX_PLACEHOLDER_LENGTH);
    expect(p).toMatch(new RegExp(`^${PLACEHOLDER_PATTERN.source}$`));
  });

  it('restoreStream never splits a placeholder across chunks', () => {
    const vault = createPseudonymVault();
    vault.placeholderFor('EMAIL', 'jane@example.org');
    vault.placeholderFor('IBAN', 'DE00');
    const answer = 'Hi <EMAIL_1>, your <IBAN_1> is ok; 3 < 4 and <b>bold</b> <EMAIL_9>.';
    for (const size of [1, 2, 3, 5, 7]) {
      const stream = vault.restoreStream();
      let out = '';
      for (let i = 0; i < answer.length; i += size) {
        const piece = stream.push(answer.slice(i, i + size));
        expect(piece).not.toMatch(/<EMAIL_?$|<IBAN_?\d*$/);
        out += piece;
      }
      out += stream.flush();
      expect(out).toBe(vault.restore(answer));
    }
  });
});

describe('applyRedactions', () => {
  it('applies non-overlapping spans in one pass, in any order', () => {
    const text = 'abc DEF ghi';
    const r = applyRedactions(text, [
      { start: 8, end: 11, type: 'C' },
      { start: 0, end: 3, type: 'A' },
    ]);
    expect(r.text).toBe('[A] DEF [C]');
    expect(r.applied.map((a) => [a.start, a.end, a.type])).toEqual([
      [0, 3, 'A'],
      [8, 11, 'C'],
    ]);
  });

  it('overlaps: the longer span wins and covers the union; equal length goes to priority', () => {
    const text = '0123456789';
    expect(applyRedactions(text, [{ start: 0, end: 6, type: 'PHONE' }, { start: 4, end: 8, type: 'EMAIL' }]).text).toBe('[PHONE]89');
    expect(applyRedactions(text, [{ start: 2, end: 5, type: 'PHONE' }, { start: 2, end: 5, type: 'US_SSN' }]).text).toBe('01[US_SSN]56789');
    expect(applyRedactions(text, [{ start: 2, end: 5, type: 'PHONE', priority: 999 }, { start: 2, end: 5, type: 'US_SSN' }]).text).toBe('01[PHONE]56789');
    // Touching spans do not merge.
    expect(applyRedactions(text, [{ start: 0, end: 2, type: 'A' }, { start: 2, end: 4, type: 'B' }]).text).toBe('[A][B]456789');
  });

  it('keeps UTF-16 offsets around emoji', () => {
    const text = '😀 a@b.com 😀';
    const r = redactPII(text);
    expect(r.text).toBe('😀 [EMAIL] 😀');
  });

  it('errors: out-of-range spans, pseudonymize without a vault, bad operators', () => {
    expect(() => applyRedactions('abc', [{ start: 1, end: 9, type: 'X' }])).toThrow(RangeError);
    expect(() => applyRedactions('abc', [{ start: 0, end: 1, type: 'X', operator: 'pseudonymize' }])).toThrow(GuardConfigError);
    expect(() => resolveOperator('nope' as never)).toThrow(GuardConfigError);
    expect(() => redactPII('x', { defaultOperator: { operator: 'mask', keepLast: -1 } })).toThrow(GuardConfigError);
    expect(() => redactPII('x', { operators: { EMAIL: { operator: 'mask', maskChar: '**' } } })).toThrow(GuardConfigError);
  });
});
