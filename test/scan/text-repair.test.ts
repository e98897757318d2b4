import { repairText } from '../../src/scan/text-repair.js';

/** The rule written out unit by unit, independently: lone surrogates and NULs become U+FFFD. */
function reference(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += text[i]! + text[i + 1]!;
      i++;
    } else if (c === 0 || (c >= 0xd800 && c <= 0xdfff)) out += '\uFFFD';
    else out += text[i];
  }
  return out;
}

describe('repairText', () => {
  it.each([
    ['plain text', 'hello world', []],
    ['a pair (emoji)', 'ok \u{1F600} ok', []],
    ['a NUL at the end', 'abc\u0000', [{ type: 'nul_character', start: 3, end: 4 }]],
    ['a lone high surrogate at the end', 'abc\uD800', [{ type: 'lone_surrogate', start: 3, end: 4 }]],
    ['a lone low surrogate first', '\uDC00abc', [{ type: 'lone_surrogate', start: 0, end: 1 }]],
    ['reversed pair', '\uDC00\uD800', [{ type: 'lone_surrogate', start: 0, end: 2 }]],
    ['NUL then surrogate', '\u0000\uD800x', [{ type: 'nul_character', start: 0, end: 1 }, { type: 'lone_surrogate', start: 1, end: 2 }]],
  ])('%s', (_name, text, repairs) => {
    const result = repairText(text);
    expect(result.repairs).toEqual(repairs);
    expect(result.text).toBe(reference(text));
    if (repairs.length === 0) expect(result.text).toBe(text);
  });

  it('agrees with the unit-by-unit rule on random texts dense in surrogates and NULs', () => {
    const units = [0x61, 0x00, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0x20, 0xe9];
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 500; n++) {
      const length = Math.floor(random() * 12);
      const text = String.fromCharCode(...Array.from({ length }, () => units[Math.floor(random() * units.length)]!));
      const result = repairText(text);
      expect(result.text).toBe(reference(text));
      expect(result.text.length).toBe(text.length);
      const replaced = result.repairs.reduce((sum, r) => sum + r.end - r.start, 0);
      expect(replaced).toBe([...result.text].filter((c) => c === '\uFFFD').length - [...text].filter((c) => c === '\uFFFD').length);
    }
  });

  it('returns a long clean text as itself, and still finds a NUL at its very end', () => {
    const clean = 'x'.repeat(100_000);
    expect(repairText(clean).text).toBe(clean);
    expect(repairText(`${clean}\u0000`).repairs).toEqual([{ type: 'nul_character', start: 100_000, end: 100_001 }]);
  });
});
