import { assertClassCapacity, CUE_CLASSES, classSet, is, present, scanCues, tagSet } from '../../src/detect/injection-cues.js';
import { compilePhraseLists, KEYWORD_COPY, MAX_TAGS } from '../../src/detect/phrase-engine.js';

/**
 * Issue #10: cue classes are tags of the phrase engine. These tests build a synthetic table with classes
 * past 64 (the old two-word limit) and check that the cue questions see them.
 */
describe('cue class sets past 64 classes', () => {
  // Tags 5, 40, 70 and 95: one per tag word, two in the third.
  const scanner = compilePhraseLists(
    [
      { tag: 5, phrases: ['say instead'] },
      { tag: 40, phrases: ['from now on'] },
      { tag: 70, phrases: ['hand it over'] },
      { tag: 95, phrases: ['over to you', 'hand it over'] },
    ],
    KEYWORD_COPY,
  );
  const cuesOf = (text: string) => scanCues(scanner, text, Uint32Array.from({ length: text.length + 1 }, (_, i) => i), text);

  it('answers membership and presence for classes 64..95', () => {
    const c = cuesOf('from now on hand it over, then say instead');
    expect(c.start).toHaveLength(3);
    expect(is(c, 1, tagSet([70]))).toBe(true);
    expect(is(c, 1, tagSet([95]))).toBe(true);
    expect(is(c, 1, tagSet([40]))).toBe(false);
    expect(is(c, 0, tagSet([70, 95]))).toBe(false);
    expect(present(c, tagSet([70]))).toBe(true);
    expect(present(c, tagSet([71]))).toBe(false);
    expect(present(cuesOf('from now on, say instead'), tagSet([70, 95]))).toBe(false);
  });

  it('keeps tags 64 apart from tags 0 and 32 (no wrap-around)', () => {
    const c = cuesOf('hand it over');
    expect(present(c, tagSet([70 - 64, 70 - 32]))).toBe(false);
    expect(present(c, tagSet([70]))).toBe(true);
    expect(tagSet([64, 95])).toEqual({ lo: 0, hi: 0, top: 1 | (1 << 31) });
  });

  it('puts every built-in class in one of the three words, one bit each', () => {
    const all = classSet(CUE_CLASSES);
    const bits = (w: number): number => w.toString(2).replace(/0/g, '').length;
    expect(bits(all.lo >>> 0) + bits(all.hi >>> 0) + bits(all.top >>> 0)).toBe(CUE_CLASSES.length);
  });
});

describe('the class capacity guard', () => {
  it('accepts up to MAX_TAGS classes and refuses more with a message naming the limit', () => {
    expect(() => assertClassCapacity(MAX_TAGS)).not.toThrow();
    expect(() => assertClassCapacity(MAX_TAGS + 1)).toThrow(/at most 96 tags/);
  });

  it('is met by the built-in classes', () => {
    expect(CUE_CLASSES.length).toBeLessThanOrEqual(MAX_TAGS);
  });
});
