/**
 * The number-row check against the split-and-regex reading it replaced (the same answer on every
 * line), and its work: one pass over the line, allocating nothing per token.
 */
import fc from 'fast-check';
import { isNumberRow } from '../../src/detect/number-row.js';

/** The reference: the trimmed line split into tokens, each tested by the numeric-token pattern. */
function reference(trimmed: string): boolean {
  if ((trimmed.match(/\d+/g) ?? []).length < 4) return false;
  const tokens = trimmed.split(/[\s,;]+/);
  if (tokens.length < 4) return false;
  let numeric = 0;
  for (const t of tokens) if (/^[-+]?[\d.,:/%$€£]+[a-z%]{0,3}$/i.test(t)) numeric++;
  return numeric >= 0.6 * tokens.length;
}

/** Pieces of number rows and of prose: digits, units, signs, every separator `\s` knows, look-alike letters. */
const PIECES = [
  '1', '42', '3.14', '-7', '+2', '1,5', '12:30', '1/2', '50%', '$9', '€5', '£3', '10kg', '5MB', '7%%', '8abcd', '9ab%',
  ' ', '  ', '\t', ',', ';', ', ', ' ; ', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u200b', '\u0085',
  'x', 'total', '-', '+', '%', '.', 'ſ', '\u212a', 'é', '١٢', '٣', '𝟙', '|',
];
const lineArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join('').trim());

describe('isNumberRow', () => {
  it('answers as the split-and-regex reference on random lines', () => {
    fc.assert(
      fc.property(lineArb, (line) => {
        expect(isNumberRow(line)).toBe(reference(line));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees on hand-picked rows and prose', () => {
    for (const line of ['1 2 3 4', '1, 2, 3, 4, x', '1 2 3 x y', ',1,2,3,4', '1;2;3;4;', '10kg 20kg 30kg 40kg', '1 2 3 4abcd', 'Call 555 123 4567 or 555 765 4321 today please ok']) {
      expect(isNumberRow(line)).toBe(reference(line));
    }
    expect(isNumberRow('0 0 0 1\t0 1 0 0')).toBe(true);
    expect(isNumberRow('My card is 4111 1111 1111 1111, please charge it')).toBe(false);
  });

  it('treats every character the regex `\\s` matches (and only those) as a separator', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const line = `1${ch}2${ch}3${ch}4`;
      if (isNumberRow(line) !== reference(line)) differ.push(c);
    }
    expect(differ).toEqual([]);
  });

  it('stays linear: a 100x longer row costs about 100x the work of a short one', () => {
    // Work is counted as characters read through charCodeAt, with a generous margin for the growth.
    const row = (k: number): string => Array.from({ length: k }, (_, i) => `${i}.5kg`).join(', ');
    const reads = (text: string): number => {
      let count = 0;
      const original = String.prototype.charCodeAt;
      String.prototype.charCodeAt = function (this: string, i: number): number {
        count++;
        return original.call(this, i);
      };
      try {
        isNumberRow(text);
      } finally {
        String.prototype.charCodeAt = original;
      }
      return count;
    };
    const small = row(100);
    const large = row(10_000);
    const perCharSmall = reads(small) / small.length;
    const perCharLarge = reads(large) / large.length;
    expect(perCharLarge).toBeLessThan(3 * perCharSmall);
    expect(perCharLarge).toBeLessThan(4);
  });
});
