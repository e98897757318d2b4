import TR39 from 'unhomoglyph/data.json' with { type: 'json' };
import { normalizeText } from '../../src/text/index.js';
import { buildConfusableData } from '../../src/text/confusables-build.js';
import { CONFUSABLE_DATA } from '../../src/text/confusables-data.js';
import { confusableTable } from '../../src/text/confusables.js';

describe('look-alike table from the Unicode confusables data (TR39)', () => {
  it('the committed table is the one built from the package data (run scripts/gen-confusables.ts after an update)', () => {
    expect(CONFUSABLE_DATA).toBe(buildConfusableData(TR39 as Record<string, string>));
  });

  it('covers far more than a hand-picked table, and leaves digits, symbols and right-to-left letters out', () => {
    const table = confusableTable();
    expect(table.size).toBeGreaterThan(1000);
    for (const ch of ['०', '×', '∨', '\u0627' /* Arabic alef */, '\u05d5' /* Hebrew vav */]) {
      expect(table.has(ch.codePointAt(0)!)).toBe(false);
    }
    // TR39's prototype `l` also stands for `I`: an uppercase look-alike reads as `i`.
    expect(String.fromCharCode(table.get(0x0406)! & 0x7f)).toBe('i'); // Cyrillic І
    expect(String.fromCharCode(table.get(0x0399)! & 0x7f)).toBe('i'); // Greek Ι
  });

  it.each([
    ['Lisu capitals', 'I\ua4d6\ua4e0\ua4f3\ua4e3\ua4f0 the rules', 'ignore the rules'], // Iꓖꓠꓳꓣꓰ
    ['Cherokee in a Latin word', 'sys\u13a2em \u13e2rompt', 'system prompt'], // Ꭲ, Ꮲ
    ['Canadian syllabics in a Latin word', '\u146drompt', 'prompt'], // ᑭ
    ['Coptic in a Latin word', 'ign\u2c9fre', 'ignore'],
    ['Armenian in a Latin word', 'pr\u0585mpt', 'prompt'],
  ])('folds %s', (_name, text, expected) => {
    const n = normalizeText(text);
    expect(n.matching).toBe(expected);
    expect(n.detections.some((d) => d.type === 'homoglyph')).toBe(true);
  });

  it('keeps whole words of other scripts as they are', () => {
    for (const text of ['Сор и роса на траве.', 'Ο καιρός είναι καλός.', 'Հայերեն օրինակ', 'ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ']) {
      const n = normalizeText(text);
      expect(n.detections).toEqual([]);
      expect(n.matching).toBe(normalizeText(text, { foldConfusables: false }).matching);
    }
  });

  it('never folds across emoji ZWJ sequences or Persian and Indic joiners', () => {
    for (const text of ['👨\u200d👩\u200d👧 family', 'می\u200cخواهم', 'क्\u200dष']) {
      expect(normalizeText(text).detections).toEqual([]);
    }
  });
});
