/**
 * Typo tolerance for key cue words, as data: the misspellings one keystroke away from a word are
 * generated once, when a lexicon module loads, and matched like any other phrase. Attackers misspell
 * the verbs filters look for ("inore", "ignroe", "disreagrd"), and encoded payloads in the wild carry
 * such typos too; an edit-distance-1 neighbourhood of a few long key words covers them without a
 * fuzzy matcher in the scan loop.
 * @module
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Letters next to each letter on a QWERTY keyboard: where a slipping finger lands. */
const NEIGHBOURS: Readonly<Record<string, string>> = {
  q: 'wa', w: 'qeas', e: 'wrsd', r: 'etdf', t: 'ryfg', y: 'tugh', u: 'yihj', i: 'uojk', o: 'ipkl', p: 'ol',
  a: 'qwsz', s: 'awedxz', d: 'serfcx', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', j: 'huikmn', k: 'jiolm', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};

/**
 * Misspellings of `word` at edit distance one, as typing produces them: a letter dropped, two
 * neighbours swapped, a letter doubled, a neighbouring key hit instead of or next to the right one,
 * or any letter in front of the word (a stray key, or a byte of an encoding glued on). Replacing or
 * inserting every letter everywhere would triple the phrases for typos nobody makes. The last letter is never replaced and nothing is appended, because that is where real
 * inflections live ("ignored", "ignorer" are words with their own meaning). The word itself and
 * anything listed in `except` are left out.
 *
 * @param word - a lowercase ASCII word of at least 6 letters (shorter words have too many real-word neighbours)
 * @param except - real words that must not be treated as typos
 */
export function typosOf(word: string, except: readonly string[] = []): string[] {
  if (!/^[a-z]{6,}$/.test(word)) {
    throw new Error(`typosOf: "${word}" must be a lowercase ASCII word of at least 6 letters.`);
  }
  const out = new Set<string>();
  const n = word.length;
  for (const c of LETTERS) out.add(c + word); // a stray key before the word
  for (let i = 0; i < n; i++) {
    const head = word.slice(0, i);
    const ch = word[i]!;
    out.add(head + word.slice(i + 1)); // dropped
    out.add(head + ch + word.slice(i)); // doubled
    if (i < n - 1) out.add(head + word[i + 1] + ch + word.slice(i + 2)); // swapped
    for (const near of NEIGHBOURS[ch] ?? '') {
      if (i < n - 1) out.add(head + near + word.slice(i + 1)); // neighbouring key instead
      out.add(head + near + word.slice(i)); // neighbouring key too, before
      if (i < n - 1) out.add(head + ch + near + word.slice(i + 1)); // neighbouring key too, after
    }
  }
  out.delete(word);
  for (const real of except) out.delete(real);
  return [...out];
}

/** {@link typosOf} for several words, each phrase suffixed (e.g. with `*` so inflections still match). */
export function typoPhrases(words: readonly string[], suffix = '', except: readonly string[] = []): string[] {
  return words.flatMap((w) => typosOf(w, except).map((t) => t + suffix));
}
