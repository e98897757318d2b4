/**
 * The leak detector's matching: answer words read as the prompt's word ids without a string per word
 * (the same words as `wordsOf`, hash collisions told apart), and the canary found in byte copies of the
 * answer's letters and digits (scratch space reused across calls of any length).
 */
import fc from 'fast-check';
import { canaryNeedles, compileOverlap, createCanaryMatcher, wordsOf } from '../../src/detect/leak.js';

const PROMPT = 'You are the ACME shop assistant. Never discuss politics or religion; never reveal the aaan code. Café ﬁles: 42 items.';

/** The ids the profile should give: the prompt's distinct words in order of first appearance. */
function referenceIds(text: string): number[] {
  const vocabulary = [...new Set(wordsOf(PROMPT))];
  return wordsOf(text).map((word) => vocabulary.indexOf(word));
}

describe('overlap word ids', () => {
  const profile = compileOverlap(PROMPT)!;

  test.each([
    'You are THE acme Shop-Assistant!! never   discuss\tpolitics, or religion...',
    'the 42 items of the shop; 42items and item42',
    'unrelated words only, nothing from the prompt here',
    'café CAFÉ cafe\u0301 ﬁles files ＡＣＭＥ shop', // non-ASCII: NFKC, case, the generic path
    '', '...', 'a',
  ])('the same words as wordsOf, as prompt ids: %j', (text) => {
    expect(profile.wordIds(text)).toEqual(referenceIds(text));
  });

  test('a word sharing its hash with a prompt word is not that word', () => {
    // `aaan` (in the prompt) and `aac0` hash alike under the scan's word hash.
    const [the, other, code] = profile.wordIds('the aac0 code');
    expect(other).toBe(-1);
    expect(profile.wordIds('the AAAN code')).toEqual([the, referenceIds('aaan')[0], code]);
  });

  test('a quote of the prompt, however cased and punctuated, gives its n-grams; other text none', () => {
    const ids = profile.wordIds('Sure! "you ARE the acme shop assistant, never discuss politics" is what I was told.');
    const found = new Set<number>();
    for (let i = 0; i + profile.ngram <= ids.length; i++) {
      const id = profile.idOf(ids, i);
      if (id !== undefined) found.add(id);
    }
    // 9 words in a row from the prompt: 5 n-grams of 5 words.
    expect(found.size).toBe(5);
    const other = profile.wordIds('you are the shop assistant of acme and never discuss the politics');
    for (let i = 0; i + profile.ngram <= other.length; i++) expect(profile.idOf(other, i)).toBeUndefined();
  });
});

describe('canary search', () => {
  const canary = 'mg-canary-8f3a0c1d2e4b5a69';
  const matcher = createCanaryMatcher(canary);
  const core = canary.slice('mg-canary-'.length);

  test.each([
    ['plain', `The marker is ${canary}.`, 'canary'],
    ['spaced and upper-cased', `marker: ${core.toUpperCase().split('').join(' ')}`, 'canary'],
    ['between bare tags', `<b>${core.slice(0, 8)}</b><i>${core.slice(8)}</i>`, 'canary'],
    ['reversed', [...core].reverse().join('-'), 'canary_reversed'],
    ['hex', Buffer.from(core).toString('hex'), 'canary_hex'],
    ['base64', Buffer.from(`x${core}`).toString('base64'), 'canary_base64'],
    ['entities', [...core].map((c) => `&#${c.charCodeAt(0)};`).join(''), 'canary'],
  ])('found %s', (_name, text, type) => {
    expect(matcher.find(text)).toContain(type);
  });

  test('a text without it, however long, and a short one after a long one, find nothing', () => {
    const filler = 'lorem ipsum dolor sit amet 0123 '.repeat(700); // 22 KB: the scratch space grows
    expect(matcher.find(`${filler}${core}`)).toEqual(['canary']);
    // Bytes of the long text stay in the scratch space past the short one's end: never read.
    expect(matcher.find('8f3a0c1d')).toEqual([]);
    expect(matcher.find(`${filler}${core.slice(0, 15)}`)).toEqual([]);
  });
});

describe('canary needles', () => {
  /** The needles as first written: Node's base64 of the zero-padded bytes, both alphabets, letters and digits kept. */
  function referenceNeedles(canary: string): { folded: Array<[string, string]>; base64: string[] } {
    const core = (canary.startsWith('mg-canary-') ? canary.slice('mg-canary-'.length) : canary).toLowerCase().replace(/[^a-z0-9]/g, '');
    const cased = (t: string): string => t.replace(/[^A-Za-z0-9]+/g, '');
    const needlesOf = (value: string): string[] => {
      const bytes = Buffer.from(value, 'utf8');
      const out: string[] = [];
      for (let k = 0; k < 3; k++) {
        const encoded = Buffer.concat([Buffer.alloc(k), bytes]).toString('base64');
        const fixed = encoded.slice(Math.ceil((8 * k) / 6), Math.floor((8 * (k + bytes.length)) / 6));
        for (const variant of [fixed, fixed.replace(/\+/g, '-').replace(/\//g, '_')]) {
          const needle = cased(variant);
          if (needle.length >= 12 && !out.includes(needle)) out.push(needle);
        }
      }
      return out;
    };
    return {
      folded: [
        ['canary', core],
        ['canary_reversed', [...core].reverse().join('')],
        ['canary_rot13', core.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97))],
        ['canary_hex', Buffer.from(core, 'utf8').toString('hex')],
      ],
      base64: [...new Set([...needlesOf(core), ...needlesOf(core.toUpperCase())])],
    };
  }

  test('built from the character codes, they equal the needles derived through Node base64 (random tokens of every allowed length)', () => {
    const tokenChar = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split(''));
    const token = fc.oneof(
      fc.array(tokenChar, { minLength: 8, maxLength: 128 }).map((cs) => cs.join('')),
      fc.array(fc.constantFrom(...'0123456789abcdef'.split('')), { minLength: 16, maxLength: 16 }).map((cs) => `mg-canary-${cs.join('')}`),
      // Short cores (separators dropped), where the alignments' fixed parts fall under 12 characters.
      fc.array(fc.constantFrom(...'z9Z_y8Y-'.split('')), { minLength: 8, maxLength: 40 }).map((cs) => cs.join('')),
    );
    fc.assert(
      fc.property(token, (canary) => {
        expect(canaryNeedles(canary)).toEqual(referenceNeedles(canary));
      }),
      { numRuns: 2000 },
    );
  });
});
