/**
 * Whether a word is one of a language's, without a dictionary: a Bloom filter of common words and the cost of
 * its letter trigrams, both built offline (`bench/build/suffix-words.ts`) and shipped compact
 * (`suffix-words-data.ts`, about 42 KB). An optimizer's or a syllable generator's pseudo-words ("pleumuor",
 * "kauxspitz", "povotuwoi") are in no word list and string letters in orders words rarely do; names and rare
 * words are often one of the two, seldom both.
 * @module
 */
import { TRIGRAM_COSTS, WORD_BLOOM } from './suffix-words-data.js';

/** Bits and hash functions of the word filter (about 1% false positives at its size). */
export const BLOOM_BITS = 1 << 18;
export const BLOOM_HASHES = 3;
/** Letters of the trigram table (a-z; one more symbol for a word's edges). */
export const LETTERS = 26;
/** Cost levels of a trigram (4 bits: -log2 of its probability, rounded, at most 15). */
export const TRIGRAM_LEVELS = 16;

/** Lowercase, accents removed ("Réponse" -> "reponse"). */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The filter's bit positions of a folded word (FNV-1a and a second hash, combined). */
export function bloomPositions(word: string): number[] {
  let h1 = 0x811c9dc5;
  let h2 = 0x9e3779b9;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  const out: number[] = [];
  for (let k = 0; k < BLOOM_HASHES; k++) out.push(((h1 + Math.imul(k, h2 | 1)) >>> 0) % BLOOM_BITS);
  return out;
}

let tables: { bloom: Uint8Array; costs: Uint8Array } | undefined;
/** The shipped tables, decoded on first use. */
function loaded(): { bloom: Uint8Array; costs: Uint8Array } {
  tables ??= { bloom: Uint8Array.from(Buffer.from(WORD_BLOOM, 'base64')), costs: Uint8Array.from(Buffer.from(TRIGRAM_COSTS, 'base64')) };
  return tables;
}

/** Whether a folded word of a-z letters is in the common-word filter. */
export function commonWord(folded: string): boolean {
  const { bloom } = loaded();
  for (const bit of bloomPositions(folded)) if ((bloom[bit >> 3]! & (1 << (bit & 7))) === 0) return false;
  return true;
}

/** Mean trigram cost per letter (bits) of a folded word of a-z letters, its end included. */
export function letterCost(folded: string): number {
  const { costs } = loaded();
  const edge = LETTERS;
  let a = edge;
  let b = edge;
  let sum = 0;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) - 97 : edge;
    const at = (a * (LETTERS + 1) + b) * (LETTERS + 1) + c;
    sum += (costs[at >> 1]! >> (at & 1 ? 4 : 0)) & 15;
    a = b;
    b = c;
  }
  return sum / (folded.length + 1);
}

/** Mean cost per letter from which a word outside the filter reads as made up (prose's unknown words mostly cost less). */
const PSEUDO_WORD_COST = 3.6;
/** The shortest pseudo-word counted: shorter pieces are abbreviations, initials, interjections. */
const PSEUDO_WORD_MIN = 4;
const LOWER_ASCII = /^[a-z]+$/;

/**
 * A lowercase ASCII word that is no common word of the languages the tables know and costs more per letter
 * than they do: a made-up word. Words with accents or capitals are never counted (names, words of other
 * languages than the tables know best).
 */
export function pseudoWord(letters: string): boolean {
  if (letters.length < PSEUDO_WORD_MIN || letters.length > 40 || !LOWER_ASCII.test(letters)) return false;
  return !commonWord(letters) && letterCost(letters) >= PSEUDO_WORD_COST;
}
