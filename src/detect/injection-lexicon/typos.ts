/**
 * Typo tolerance for key cue words, as data: the misspellings one keystroke away from a word are
 * generated once, when a lexicon module loads, and matched like any other phrase. Attackers misspell
 * the verbs filters look for ("inore", "ignroe", "disreagrd"), and encoded payloads in the wild carry
 * such typos too; an edit-distance-1 neighbourhood of a few long key words covers them without a
 * fuzzy matcher in the scan loop.
 * @module
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Misspellings of `word` at edit distance one: a letter dropped, two neighbours swapped, a letter
 * doubled, added or replaced. The last letter is never replaced and nothing is appended, because
 * that is where real inflections live ("ignored", "ignorer" are words with their own meaning).
 * The word itself and anything listed in `except` are left out.
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
  for (let i = 0; i < n; i++) {
    out.add(word.slice(0, i) + word.slice(i + 1)); // dropped
    out.add(word.slice(0, i) + word[i] + word.slice(i)); // doubled
    if (i < n - 1) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)); // swapped
    for (const c of LETTERS) {
      out.add(word.slice(0, i) + c + word.slice(i)); // added before position i
      if (i < n - 1) out.add(word.slice(0, i) + c + word.slice(i + 1)); // replaced
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
