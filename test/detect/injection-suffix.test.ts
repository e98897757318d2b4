/**
 * The suffix statistics read most tokens of prose without their patterns (a plain word's shape is
 * known from its letters and marks); this holds the fast reading to the patterns, token by token.
 */
import fc from 'fast-check';
import { tokenFeatures, tokenFeaturesByPattern } from '../../src/detect/injection-suffix.js';

/** Characters a token of prose or soup is made of, with the marks the fast reading accepts and those it must not. */
const PIECES = ['a', 'b', 'Z', 'Q', 'the', 'And', 'of', 'www', 'Now', 'similarly', 'describing', 'const', 'return', 'iPhone', 'McDonald',
  '(', '[', '"', "'", '\u201c', '\u2018', '*', '_', '.', ',', ';', ':', '!', '?', ')', ']', '\u201d', '\u2019', '-', '/', '@', '#', '=', '+',
  '<', '>', '\\', '{', '}', '1', '2', '\u00e9', '\u0436', '`', '~', '%', '$'];

describe('token features of the suffix statistics', () => {
  it('are the same read fast as read by the patterns, on random tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }), (pieces) => {
        const token = pieces.join('');
        expect(tokenFeatures(token)).toEqual(tokenFeaturesByPattern(token));
      }),
      { numRuns: 20_000 },
    );
  });

  it('are the same on tokens at the edges of the fast reading', () => {
    for (const token of ['www.', 'www.,', 'Www.', 'abcdefghijklmno', 'abcdefghijklmnop', 'abcdefghijklmnop.', '((abc', '(((abc', 'abc.)]"', 'abc.)]".', '"Sure,"',
      '[House', 'Name],', '(a:]', '[db.]', '(ab:)', '(a:],', '(a]', '[ab.:]', 'abc__', 'abc_', '_abc', 'ThE', 'tHe', 'THE', 'the\u2019', '\u201cthe', 'x', '.', '', 'a_b']) {
      if (token === '') continue;
      expect([token, tokenFeatures(token)]).toEqual([token, tokenFeaturesByPattern(token)]);
    }
  });
});
