/**
 * Does a decoded string read as words? The test every letter-substitution decoder (Caesar, pig
 * latin, A1Z26, NATO, Braille, regional indicators, upside-down, Atbash, ROT47) applies before it
 * keeps a payload, so number lists, call signs, flags, IPA and symbol soup are not "decoded" into
 * noise: a natural vowel share, and frequent English function words or instruction words among the
 * words.
 * @module
 */
import { FUNCTION_WORD_SET } from './function-words.js';

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isVowel(c: number): boolean {
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75;
}

/**
 * Share of vowels (a e i o u) among the ASCII letters of `text`, or -1 with fewer than 4 letters.
 * Natural Latin-script languages sit around 0.35–0.5; Caesar-shifted English and decoded noise
 * (Morse of random dots: mostly e/i/s/h/t) fall outside the band checked by callers.
 */
export function vowelShare(text: string): number {
  let letters = 0;
  let vowels = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (!isLower(c)) continue;
    letters++;
    if (isVowel(c)) vowels++;
  }
  return letters < 4 ? -1 : vowels / letters;
}

/** A vowel share inside the band of natural Latin-script text. */
export function naturalVowels(text: string): boolean {
  const share = vowelShare(text);
  return share >= 0.2 && share <= 0.65;
}

/**
 * Frequent English function words plus instruction words (the ROT13 cue words and what attacks ask
 * for). One-letter words are left out: every decoder can produce "a" or "i" by chance.
 */
export const COMMON_WORDS: readonly string[] = [
  'the', 'and', 'of', 'to', 'in', 'is', 'it', 'you', 'that', 'was', 'for', 'on', 'are', 'with', 'as', 'be',
  'at', 'this', 'have', 'from', 'or', 'by', 'not', 'what', 'all', 'your', 'can', 'do', 'does', 'how', 'where',
  'who', 'which', 'me', 'my', 'we', 'an', 'if', 'tell', 'say', 'there', 'their', 'they', 'will', 'would',
  'about', 'most', 'some', 'any', 'no', 'now', 'please', 'give', 'show', 'write', 'then', 'when', 'only',
  'ignore', 'previous', 'instructions', 'instruction', 'system', 'prompt', 'password', 'secret', 'reveal',
  'forget', 'disregard', 'above', 'rules', 'output', 'print', 'state', 'override', 'bypass', 'pretend',
];

/** More frequent words, used by the newer decoders only (the Caesar and pig-latin votes keep their list). */
const MORE_WORDS = [
  'but', 'so', 'up', 'out', 'into', 'than', 'too', 'very', 'just', 'here', 'like', 'new', 'one', 'two',
  'first', 'get', 'make', 'use', 'run', 'let', 'us', 'our', 'his', 'her', 'him', 'she', 'he', 'them',
  'should', 'could', 'must', 'never', 'always', 'every', 'everything', 'anything', 'nothing', 'again',
  'act', 'mode', 'developer', 'respond', 'answer', 'follow', 'instead', 'following', 'admin', 'access',
  'key', 'api', 'token', 'data', 'user', 'assistant', 'rule', 'execute', 'command', 'code', 'delete',
  'send', 'email', 'file', 'files', 'hello', 'world', 'hi', 'yes', 'ok', 'free', 'stop', 'start', 'reply',
  'message', 'text', 'words', 'word', 'decode', 'hidden', 'leak', 'jailbreak', 'unrestricted', 'policy',
  'policies', 'guidelines', 'safety', 'filter', 'filters', 'restrictions', 'limits', 'now', 'new',
];

export const COMMON_SET: ReadonlySet<string> = new Set(COMMON_WORDS);
/** English words and the frequent words of the other Latin-script languages (`function-words.ts`). */
export const WORD_SET: ReadonlySet<string> = new Set([...COMMON_WORDS, ...MORE_WORDS, ...FUNCTION_WORD_SET]);

/** Words found in a decoded text. */
export interface WordEvidence {
  /** Words of ASCII letters. */
  words: number;
  /** ASCII letters. */
  letters: number;
  /** Words that are frequent words (English or another Latin-script language) or instruction words. */
  known: number;
  /** Known words of three letters or more (two-letter words collide with chance decodes, and with flags). */
  longKnown: number;
}

export function wordEvidence(text: string): WordEvidence {
  let words = 0;
  let letters = 0;
  let known = 0;
  let longKnown = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLower(text.charCodeAt(i) | 0x20)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isLower(text.charCodeAt(j) | 0x20)) j++;
    words++;
    letters += j - i;
    if (j - i >= 2 && j - i <= 16) {
      const word = text.slice(i, j);
      if (WORD_SET.has(word) || WORD_SET.has(word.toLowerCase())) {
        known++;
        if (j - i >= 3) longKnown++;
      }
    }
    i = j;
  }
  return { words, letters, known, longKnown };
}

/**
 * 0 when `text` does not read as words, else a score in (0, 1]. Uncued (nothing in the message
 * names the encoding): at least 6 letters, a natural vowel share, and known words making up at
 * least a quarter of the words, one of them three letters or more (a one-word payload must be a known
 * word; a row of flags, "fr de it es", is not a text). Cued: 4 letters and a
 * natural vowel share suffice, so payloads in other languages decode when the message says how.
 */
export function readsAsWords(text: string, cued: boolean): number {
  const { words, letters, known, longKnown } = wordEvidence(text);
  if (letters < (cued ? 4 : 6) || words === 0 || !naturalVowels(text)) return 0;
  if (!cued && (longKnown === 0 || known * 4 < words)) return 0;
  return Math.min(1, 0.5 + (0.5 * known) / words);
}
