import { GuardConfigError } from '../../src/core/errors.js';
import { createNormalizer, normalizeText } from '../../src/text/index.js';
import type { NormalizeOptions } from '../../src/text/index.js';

describe('normalize options', () => {
  it('accepts no options, an empty object and a null-prototype object', () => {
    expect(createNormalizer()('Hi').matching).toBe('hi');
    expect(createNormalizer({})('Hi').matching).toBe('hi');
    expect(createNormalizer(Object.create(null) as NormalizeOptions)('Hi').matching).toBe('hi');
  });

  it.each<[string, unknown]>([
    ['an unknown key', { maxDepth: 2 }],
    ['a negative depth', { maxDecodeDepth: -1 }],
    ['a fractional size', { maxDecodedBytes: 10.5 }],
    ['a string number', { maxSegments: '3' }],
    ['a ratio above 1', { minPrintableRatio: 1.5 }],
    ['a tiny candidate length', { minCandidateLength: 2 }],
    ['an unknown decoder', { decoders: { rot48: true } }],
    ['a non-boolean decoder flag', { decoders: { base64: 'yes' } }],
    ['a non-boolean fold flag', { foldConfusables: 1 }],
    ['an array', []],
  ])('rejects %s with a GuardConfigError naming the option', (_name, options) => {
    expect(() => createNormalizer(options as NormalizeOptions)).toThrow(GuardConfigError);
    expect(() => normalizeText('x', options as NormalizeOptions)).toThrow(GuardConfigError);
  });

  it('the error message says what to fix', () => {
    expect(() => createNormalizer({ maxDecodeDepth: 99 })).toThrow(/maxDecodeDepth.*0 to 8/);
    expect(() => createNormalizer({ maxDepth: 1 } as NormalizeOptions)).toThrow(/Unknown normalize option `maxDepth`/);
  });

  it('rejects a non-string text', () => {
    expect(() => normalizeText(42 as unknown as string)).toThrow(TypeError);
  });

  it('maxDetections caps reported detections but never the strip list', () => {
    const text = 'a\u200b'.repeat(50);
    const n = normalizeText(text, { maxDetections: 5 });
    expect(n.detections).toHaveLength(5);
    expect(n.strip).toHaveLength(50);
  });

  it('maxCombiningMarks sets the Zalgo threshold', () => {
    const text = 'e\u0301\u0302\u0303';
    expect(normalizeText(text).detections).toEqual([]);
    expect(normalizeText(text, { maxCombiningMarks: 2 }).detections.map((d) => d.type)).toEqual(['combining_mark_flood']);
  });
});
