import { detectionCopy, normalizeText } from '../../src/text/index.js';
import { detectionCopy as scanDetectionCopy } from '../../src/scan/detection-copy.js';
import { fill, growthRatio, linearBound } from '../helpers/growth.js';

/**
 * The smallest growth of up to three measurements: a busy machine only ever adds time, so a linear
 * function passes on a quiet try while a quadratic one (factor² = 64) fails every try.
 */
function stableGrowth<T>(...args: Parameters<typeof growthRatio<T>>): number {
  let best = Infinity;
  for (let t = 0; t < 3 && best >= linearBound(); t++) best = Math.min(best, growthRatio(...args));
  return best;
}


describe('detection copy (text layer)', () => {
  const texts = [
    'plain ascii, nothing to strip',
    'mail jane\u200b.doe@example.org now',
    'card ４１１１ １１１１ １１１１ １１１１ ok',
    'math \u{1d41a}\u{1d41b} and ﬁle ½ and Straße',
    'Привет, мир! 你好 👨\u200d👩\u200d👧 caf\u00e9 cafe\u0301',
    `tags ${String.fromCodePoint(0xe0069, 0xe0067)} and \ufdfa`,
  ];

  it.each(texts)('gives the same copy and spans as the scan layer: %j', (text) => {
    const { strip } = normalizeText(text);
    const mine = detectionCopy(text, strip);
    const theirs = scanDetectionCopy(text, strip);
    if (theirs === null) {
      expect(mine).toBeNull();
      return;
    }
    expect(mine!.text).toBe(theirs.text);
    expect(Array.from(mine!.starts)).toEqual(Array.from(theirs.starts));
    expect(Array.from(mine!.ends)).toEqual(Array.from(theirs.ends));
  });

  it('turns a lone surrogate into U+FFFD, one unit for one', () => {
    const copy = detectionCopy('a\ud800b\u200b', [[3, 4]]);
    expect(copy!.text).toBe('a\ufffdb');
    expect(Array.from(copy!.starts)).toEqual([0, 1, 2]);
  });

  it.each([
    ['Cyrillic', 'Привет! Сколько стоит билет до Москвы? '],
    ['fullwidth digits', '４１１１ '],
    ['zero-width interleaved', 'a\u200b'],
    ['emoji', '👍🏽 ok '],
  ])('grows linearly on %s', (_name, unit) => {
    const ratio = stableGrowth(
      (size) => {
        const text = fill(unit, size);
        return { text, strip: normalizeText(text).strip };
      },
      ({ text, strip }) => detectionCopy(text, strip),
      16_384,
      { runs: 9 },
    );
    expect(ratio).toBeLessThan(linearBound());
  });
});
