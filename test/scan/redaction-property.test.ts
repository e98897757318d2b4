/**
 * Redaction loses nothing: over random texts of astral characters, combining marks, emoji (ZWJ
 * sequences and skin tones), right-to-left scripts and CJK, with values embedded at random places
 * (alone, adjacent to each other, or glued to those characters), every character outside a redacted
 * span is kept exactly, every embedded value is redacted whole, and pseudonymize-then-restore gives the
 * text back unchanged.
 */
import fc from 'fast-check';
import { createScanner } from '../../src/scan/pipeline.js';
import { createPseudonymVault } from '../../src/scan/vault.js';
import { alnum, card, grouped, iban, randomDigits, rng } from '../detect/pii-gen.js';

/** Characters a value may sit next to: astral letters and digits, emoji, marks, RTL, CJK, punctuation. */
const NEIGHBOURS = [
  ' ', ' ', ' ', '\n', ', ', '. ', '(', ')', '"', ':',
  '\u{1D41A}', '\u{1D41B}', // mathematical bold a, b
  '\u{1F600}', '\u{1F469}\u200D\u{1F4BB}', '\u{1F44D}\u{1F3FD}', '\u{1F1EB}\u{1F1F7}', // emoji, ZWJ, skin tone, flag
  '\u00E9', '\u0301', '\u00F1',                     // accented letters, a lone combining mark
  '\u0645\u0631\u062D\u0628\u0627', '\u05E9\u05DC\u05D5\u05DD', ' \u200F', // Arabic, Hebrew, RLM after a space
  '\u65E5\u672C\u8A9E', '\u3002', '\uFF0C',           // CJK, ideographic full stop and comma
  '\u{20BB7}', '\u{1F30D}',                          // astral CJK, globe
];

const WORDS = ['hello', 'merci', 'danke', 'gracias', 'obrigado', 'привет', 'γεια', '你好', 'こんにちは', 'مرحبا', 'שלום', 'नमस्ते'];

/** Values the scanner must find wherever they stand (their own delimiters make them unambiguous). */
function makeValue(kind: number, seed: number): string {
  const rand = rng(seed);
  switch (kind % 6) {
    case 0:
      return `${alnum(rand, 6, 'abcdefghijklmnopqrstuvwxyz')}.${alnum(rand, 5, 'abcdefghijklmnopqrstuvwxyz')}@example.com`;
    case 1:
      return grouped(card(rand, '4', 16));
    case 2:
      return grouped(iban('DE', randomDigits(rand, 18)));
    case 3: {
      let key = '';
      while (!(/[A-Z]/.test(key) && /[a-z]/.test(key) && /\d/.test(key))) key = alnum(rand, 32);
      return key;
    }
    case 4:
      return `+33 6 ${randomDigits(rand, 2)} ${randomDigits(rand, 2)} ${randomDigits(rand, 2)} ${randomDigits(rand, 2)}`;
    default:
      return `ghp_${alnum(rand, 36)}`;
  }
}

interface Built {
  text: string;
  values: Array<{ start: number; end: number; value: string }>;
}

const piece = fc.oneof(
  fc.constantFrom(...NEIGHBOURS),
  fc.constantFrom(...WORDS),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.constantFrom('<EMAIL_1>', '<PHONE_2>', '[EMAIL]', '<', '>', '\u200F', '\u200B'),
);

/** A text of random pieces with values embedded; separators between values may be a single astral char. */
const textWithValues = fc
  .array(fc.oneof(piece.map((p) => ({ p })), fc.record({ kind: fc.nat(5), seed: fc.nat(1_000_000), before: fc.constantFrom(...NEIGHBOURS), after: fc.constantFrom(...NEIGHBOURS) })), { maxLength: 14 })
  .map((parts): Built => {
    let text = '';
    const values: Built['values'] = [];
    for (const part of parts) {
      if ('p' in part) {
        // A random piece must not glue letters, digits or an invisible character onto a value before it
        // (see the known limit below).
        let p = /^[\p{L}\p{N}_\p{Cf}]/u.test(part.p) && values.length > 0 && values.at(-1)!.end === text.length ? ` ${part.p}` : part.p;
        // Digits after a number and a space would continue it ("66 0"): a word goes between.
        if (/^\s?\p{N}/u.test(p)) p = ` and ${p}`;
        text += p;
        continue;
      }
      const value = makeValue(part.kind, part.seed);
      text += part.before;
      values.push({ start: text.length, end: text.length + value.length, value });
      text += value + part.after;
    }
    return { text, values };
  });

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

describe('redaction keeps every character outside the redacted spans', () => {
  const scanner = createScanner({ injection: 'off', invisible: 'flag', pii: { default: 'redact', types: { URL: 'off' } }, secrets: 'redact' });

  it('outside text byte for byte; spans on whole characters; embedded values redacted whole', () => {
    fc.assert(
      fc.property(textWithValues, ({ text, values }) => {
        const result = scanner.scanText(text);
        const spans = result.findings
          .filter((f) => f.action === 'redact' && f.start !== undefined && f.end !== undefined)
          .map((f) => [f.start!, f.end!] as const)
          .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
        // Merge overlapping spans as the applier does.
        const merged: Array<[number, number]> = [];
        for (const [s, e] of spans) {
          const last = merged.at(-1);
          if (last !== undefined && s < last[1]) last[1] = Math.max(last[1], e);
          else merged.push([s, e]);
        }
        for (const [s, e] of merged) {
          // Never between the two halves of a surrogate pair.
          expect(isHigh(text.charCodeAt(s - 1)) && s > 0).toBe(false);
          expect(isHigh(text.charCodeAt(e - 1))).toBe(false);
        }
        // Rebuild: outside text, then a replacement token, in order.
        let pos = 0;
        let out = result.text;
        for (const [s, e] of merged) {
          const outside = text.slice(pos, s);
          expect(out.startsWith(outside)).toBe(true);
          out = out.slice(outside.length);
          const token = /^\[[A-Z0-9_]+\]/.exec(out);
          expect(token).not.toBeNull();
          out = out.slice(token![0].length);
          pos = e;
        }
        expect(out).toBe(text.slice(pos));
        // Every embedded value lies inside one redacted span.
        for (const v of values) {
          expect(merged.some(([s, e]) => s <= v.start && e >= v.end)).toBe(true);
        }
      }),
      { seed: 20261207, numRuns: 400 },
    );
  });

  it('the issue case: styled letters around an address stay', () => {
    expect(scanner.scanText('\u{1D41A}ana.martin@example.com\u{1D41B}').text).toBe('\u{1D41A}[EMAIL]\u{1D41B}');
    expect(scanner.scanText('連絡先ana@example.comまで').text).toBe('連絡先[EMAIL]まで');
  });
});

describe('known limit: an invisible character between a value and a word', () => {
  const scanner = createScanner({ injection: 'off', invisible: 'flag' });
  // The detection copy removes invisible characters so that `ana\u200b@example.com` is read as one
  // address; the same removal glues `hello\u200fDE15…` into one word, and an IBAN glued to a word is
  // not read as one. Byte-for-byte preservation still holds; only the value is missed.
  test.failing('an IBAN after a word and an RLM is redacted', () => {
    const value = grouped(iban('DE', randomDigits(rng(3), 18)));
    expect(scanner.scanText(`hello\u200F${value} `).text).toBe('hello\u200F[IBAN] ');
  });
});

describe('pseudonymize then restore is the identity', () => {
  const scanner = createScanner({ injection: 'off', invisible: 'flag', pii: { default: 'pseudonymize', types: { URL: 'off' } }, secrets: 'pseudonymize' });

  it('over random conversations sharing one vault', () => {
    fc.assert(
      fc.property(fc.array(textWithValues, { minLength: 1, maxLength: 3 }), (texts) => {
        const vault = createPseudonymVault();
        const messages = texts.map((t) => ({ role: 'user' as const, content: t.text }));
        const result = scanner.scanMessages(messages, { vault });
        result.messages.forEach((m, i) => {
          const sent = m.content as string;
          for (const v of texts[i]!.values) expect(sent.includes(v.value)).toBe(false);
          expect(vault.restore(sent)).toBe(texts[i]!.text);
          // Streamed in arbitrary chunks, the same.
          const stream = vault.restoreStream();
          let restored = '';
          for (let k = 0; k < sent.length; k += 7) restored += stream.push(sent.slice(k, k + 7));
          restored += stream.flush();
          expect(restored).toBe(texts[i]!.text);
        });
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('adjacent values get a placeholder each; overlapping ones one for their union', () => {
    const rand = rng(11);
    const a = makeValue(0, 1);
    const b = makeValue(3, 2);
    const text = `${a}\u{1F600}${b} ${grouped(card(rand, '5', 16))}`;
    const vault = createPseudonymVault();
    const sent = scanner.scanMessages([{ role: 'user', content: text }], { vault }).messages[0]!.content as string;
    expect(sent).toMatch(/^<EMAIL_1>\u{1F600}<MISTRAL_API_KEY_1> <CREDIT_CARD_1>$/u);
    expect(vault.restore(sent)).toBe(text);
  });
});
