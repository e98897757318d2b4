/**
 * The detection copy: what the PII and secret detectors read. Over random texts of folded characters
 * (digits of other scripts, fullwidth forms, odd spaces and dashes), kept ones (accents, emoji, astral
 * letters, lone surrogates) and stripped ranges, the copy is exactly the folded text and every unit maps
 * back to the original character it came from; the shortcuts (no copy for ASCII, the original itself when
 * nothing folds) give the same answers as the full pass.
 */
import fc from 'fast-check';
import { detectionCopy, toOriginal } from '../../src/scan/detection-copy.js';

/** Each piece and what the copy must hold for it (a stripped piece holds nothing). */
const PIECES: ReadonlyArray<readonly [string, string]> = [
  ['a', 'a'], ['7', '7'], ['@', '@'], [' ', ' '], ['\n', '\n'],
  ['\u0663', '3'], ['\u06F5', '5'], ['\u0969', '3'], ['\uFF11', '1'], ['\u{1D7CE}', '0'], ['\u{1D7E1}', '9'], ['\u{116D9}', '9'],
  ['\uFF20', '@'], ['\uFF41', 'a'], ['\u00A0', ' '], ['\u202F', ' '], ['\u3000', ' '], ['\u2013', '-'], ['\u2212', '-'], ['\u066B', '.'],
  ['\u00E9', '\u00E9'], ['\u0436', '\u0436'], ['\u3002', '\u3002'], ['\u{1F600}', '\u{1F600}'], ['\u{1D41A}', '\u{1D41A}'],
  ['\uD800', '\uD800'], ['\uDC00', '\uDC00'],
];

interface Built {
  text: string;
  strip: Array<[number, number]>;
  expected: string;
  /** Original span of each expected unit. */
  spans: Array<[number, number]>;
}

function build(picks: ReadonlyArray<readonly [number, boolean]>): Built {
  let text = '';
  let expected = '';
  const strip: Array<[number, number]> = [];
  const spans: Array<[number, number]> = [];
  for (const [index, stripped] of picks) {
    const [piece, folded] = PIECES[index % PIECES.length]!;
    // A lone low surrogate right after a lone high one would pair up: keep such neighbours apart.
    if (piece === '\uDC00' && text.endsWith('\uD800')) continue;
    const start = text.length;
    text += piece;
    if (stripped) {
      strip.push([start, text.length]);
      continue;
    }
    expected += folded;
    for (let k = 0; k < folded.length; k++) spans.push([start, text.length]);
  }
  return { text, strip, expected, spans };
}

const pick = fc.array(fc.tuple(fc.nat(PIECES.length - 1), fc.nat(9).map((n) => n < 3)), { maxLength: 60 });

describe('detectionCopy', () => {
  it('holds the folded text, and maps each unit back to the character it came from', () => {
    fc.assert(
      fc.property(pick, (picks) => {
        const { text, strip, expected, spans } = build(picks);
        const copy = detectionCopy(text, strip);
        if (copy === null) {
          // Only plain ASCII with nothing stripped is read as it is.
          expect(strip).toEqual([]);
          expect(/^[\x00-\x7f]*$/.test(text)).toBe(true);
          return;
        }
        expect(copy.text).toBe(expected);
        expect(Array.from(copy.starts)).toEqual(spans.map((s) => s[0]));
        expect(Array.from(copy.ends)).toEqual(spans.map((s) => s[1]));
        // The maps read one unit at a time (without building them when the copy is aligned) say the same.
        for (let k = 0; k < copy.text.length; k++) expect([copy.startOf(k), copy.endOf(k)]).toEqual(spans[k]);
      }),
      { numRuns: 400 },
    );
  });

  // The search hops over the first 32 units outside ASCII, then walks the rest unit by unit.
  const KEPT = ['\u0436', '\u00E9', '\u{1F600}', '\uD800'];
  const FOLDED: ReadonlyArray<readonly [string, string]> = [['\u0663', '3'], ['\u{1D7CE}', '0'], ['\u00A0', ' '], ['\uFF20', '@'], ['x', 'x']];
  it.each([0, 1, 16, 31, 32, 33, 40, 100].flatMap((count) => FOLDED.flatMap(([piece, folded]) => [[count, piece, folded, 'a'] as const, [count, piece, folded, ''] as const])))(
    'finds a folded character after %i units outside ASCII (%s, ASCII between: "%s")',
    (count, piece, folded, between) => {
      let prefix = '';
      // With nothing between, the units outside ASCII are back to back (no surrogate halves that would pair).
      for (let k = 0; prefix.length < count; k++) prefix += between === '' ? '\u0436' : `a${KEPT[k % KEPT.length]!}`;
      const text = `${prefix}${piece} end \uD83D`;
      const copy = detectionCopy(text, [])!;
      expect(copy.text).toBe(`${prefix}${folded} end \uD83D`);
      const full = detectionCopy(text, [[0, 0]])!;
      expect(copy.text).toBe(full.text);
      for (let k = 0; k < copy.text.length; k++) expect([copy.startOf(k), copy.endOf(k)]).toEqual([full.starts[k], full.ends[k]]);
    },
  );

  it('gives text with nothing to fold back as it is, with the same maps as the full pass', () => {
    const text = 'caf\u00E9 \u{1F600} \u0436\u0443\u0440\u043D\u0430\u043B \uD800 ok';
    const short = detectionCopy(text, [])!;
    expect(short.text).toBe(text);
    // An empty strip range sends the same text down the full pass.
    const full = detectionCopy(text, [[0, 0]])!;
    expect(full.text).toBe(text);
    expect(Array.from(short.starts)).toEqual(Array.from(full.starts));
    expect(Array.from(short.ends)).toEqual(Array.from(full.ends));
    // Both halves of the emoji map to the whole emoji.
    const at = text.indexOf('\u{1F600}');
    expect([short.starts[at + 1], short.ends[at]]).toEqual([at, at + 2]);
  });

  it('maps a value found in the copy back over the characters stripped inside it', () => {
    const text = 'mail ana\u200B.m@exa\u200Bmple.com now';
    const strip: Array<[number, number]> = [];
    for (let i = text.indexOf('\u200B'); i >= 0; i = text.indexOf('\u200B', i + 1)) strip.push([i, i + 1]);
    const copy = detectionCopy(text, strip)!;
    expect(copy.text).toBe('mail ana.m@example.com now');
    const start = copy.text.indexOf('ana');
    const [mapped] = toOriginal([{ kind: 'pii', type: 'EMAIL', start, end: start + 'ana.m@example.com'.length, score: 1 }], copy);
    expect(text.slice(mapped!.start, mapped!.end)).toBe('ana\u200B.m@exa\u200Bmple.com');
  });
});
