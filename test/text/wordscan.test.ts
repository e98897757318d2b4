import fc from 'fast-check';
import { scanWords, scanWordsUngated } from '../../src/text/wordscan.js';
import { atbash, caesarShift, reverseText, rot13, rot47 } from '../../src/text/decoders.js';

const ALL_CUES = { rot13: true, reversed: true, caesar: true, atbash: true, rot47: true };

// Pieces a matching copy is made of: cue literals of every kind (encoded words and mentions), near misses
// that share trigrams with them, NATO runs, separated letters, A1Z26 numbers and plain words.
const CUE_PIECES = [
  rot13('ignore'),
  reverseText('instruction'),
  atbash('prompt'),
  rot47('Ignore').toLowerCase(),
  caesarShift('system', 3),
  caesarShift('password', 7),
  'rot13',
  'rot 47',
  'backwards',
  'in reverse',
  'caesar',
  'atbash',
];
const NEAR_MISSES = ['vtabe', 'erongx', 'reverse', 'in revers', 'caesa', 'rot1', 'backward'];
const OTHER_PIECES = ['india golf november oscar', 'i g n o r e', 'a.b.c', '9-7-14-15-18-5', 'hello', 'the', 'report', '12', 'é', '\n', '"', '(', '*'];
const SEPARATORS = [' ', '  ', '\n', ', ', '"', ' (', ''];

const textOf = (pieces: string[], separators = SEPARATORS) =>
  fc
    .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(...separators)), { maxLength: 24 })
    .map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));

describe('word scan: the cue gate', () => {
  it('finds exactly what the pass without the gate finds', () => {
    fc.assert(
      fc.property(textOf([...CUE_PIECES, ...NEAR_MISSES, ...OTHER_PIECES]), (text) => {
        expect(scanWords(text, ALL_CUES, 32)).toEqual(scanWordsUngated(text, ALL_CUES, 32));
      }),
      { numRuns: 4000 },
    );
  });

  it('finds texts without any cue literal the same, cues off or on', () => {
    fc.assert(
      // Pieces never glued (`vtabe` + `report` would hold the cue `vtaber`).
      fc.property(textOf([...NEAR_MISSES, ...OTHER_PIECES], SEPARATORS.filter((sep) => sep !== '')), (text) => {
        const gated = scanWords(text, ALL_CUES, 32);
        expect(gated).toEqual(scanWordsUngated(text, ALL_CUES, 32));
        expect(gated.cues).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('still finds every cue kind, at the start, inside and at the end of a text', () => {
    for (const cue of CUE_PIECES) {
      for (const text of [`${cue} and more words here`, `some words "${cue}" here`, `ends with ${cue}`]) {
        const found = scanWords(text, ALL_CUES, 32).cues;
        expect([text, found.length]).toEqual([text, 1]);
        expect(found).toEqual(scanWordsUngated(text, ALL_CUES, 32).cues);
      }
    }
  });
});
