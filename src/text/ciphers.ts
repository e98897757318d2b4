/**
 * Bounded decoders for hand ciphers used to smuggle instructions past keyword filters: Morse code,
 * 8-bit binary, Caesar shifts other than 13, and pig latin.
 *
 * Cost model: ordinary prose pays a few native `indexOf` calls (Morse, binary, pig latin) and a few
 * extra literals in the word-scan regex (Caesar cues). Everything after a hit is linear in the run it
 * looks at and bounded by the call's decode budget; a search always resumes after the run it just
 * examined, so no character is examined twice by the same decoder.
 *
 * Precision: each decoder keeps a payload only when it reads as natural text (vowel share, printable
 * share, and for Caesar and pig latin words from a small built-in list of frequent English function
 * words and instruction words), so random dots, digits or "-ay" words are not "decoded" into garbage.
 * @module
 */
import type { NormalizeConfig } from './options.js';
import { atbash, caesarShift, plausibility, reverseText, type Candidate, type DecodeBudget } from './decoders.js';
import type { Cue } from './wordscan.js';
import { UnitBuffer } from './units.js';
import { COMMON_SET, COMMON_WORDS, WORD_SET, naturalVowels, vowelShare, wordEvidence } from './english.js';

const UTF8 = new TextDecoder('utf-8');

function budgetLeft(budget: DecodeBudget, out: readonly Candidate[]): boolean {
  return budget.candidates > 0 && budget.bytes > 0 && out.length < budget.segments;
}

function round(x: number): number {
  return Math.round(Math.min(1, x) * 100) / 100;
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

function isVowel(c: number): boolean {
  return c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75;
}

/** Longest word that votes in a shift search (longer words are rare and would overflow the numeric key). */
const MAX_VOTING_WORD = 12;

/**
 * Shift-invariant key of a lowercase word of 2 to {@link MAX_VOTING_WORD} letters: each letter's
 * distance from the first (mod 26) plus one, as base-27 digits. A number, not a string, so a lookup
 * builds nothing; digits are never 0, so words of different lengths never share a key, and 27^11 is
 * below 2^53, so the key is exact.
 */
function shapeKey(word: string): number {
  const first = word.charCodeAt(0);
  let key = 0;
  for (let i = word.length - 1; i >= 1; i--) key = key * 27 + ((word.charCodeAt(i) - first + 26) % 26) + 1;
  return key;
}

type Shapes = ReadonlyMap<number, readonly number[]>;

/** Shape key → first letters (0..25) of the words with that shape (lowercase ASCII words only). */
function shapesOf(words: Iterable<string>): Shapes {
  const shapes = new Map<number, number[]>();
  for (const word of words) {
    if (word.length < 2 || word.length > MAX_VOTING_WORD || !/^[a-z]+$/.test(word)) continue;
    const key = shapeKey(word);
    const firsts = shapes.get(key) ?? [];
    if (!firsts.includes(word.charCodeAt(0) - 0x61)) firsts.push(word.charCodeAt(0) - 0x61);
    shapes.set(key, firsts);
  }
  return shapes;
}

/** Common English words: the votes of a cued search (a mention, a shifted instruction word). */
const SHAPES = shapesOf(COMMON_WORDS);
/** Frequent words of every covered Latin-script language: the votes of a line that reads as no language. */
const MULTI_SHAPES = shapesOf(WORD_SET);

// ---------------------------------------------------------------------------------------------
// Caesar

/**
 * Votes of one run of lowercase words for each shift: a word votes for shift `s` when shifting it
 * back by `s` gives a common word (weight 2 from three letters on, 1 for two-letter words, which
 * collide more). `votes[0]` is the plain reading.
 */
function shiftVotes(words: readonly string[], shapes: Shapes = SHAPES): Float64Array {
  // One array for every call: each caller reads the votes before asking for the next chunk's.
  const votes = VOTES.fill(0);
  for (const word of words) {
    if (word.length < 2 || word.length > MAX_VOTING_WORD) continue;
    const firsts = shapes.get(shapeKey(word));
    if (firsts === undefined) continue;
    const weight = word.length >= 3 ? 2 : 1;
    const at = word.charCodeAt(0) - 0x61;
    for (const first of firsts) votes[(at - first + 26) % 26]! += weight;
  }
  return votes;
}

const VOTES = new Float64Array(26);

/** A chunk of letter words between hard punctuation (quotes, colons, sentence ends, newlines). */
interface Chunk {
  start: number;
  end: number;
  words: string[];
}

/** Characters that may sit between the words of one chunk: spaces, commas, hyphens, apostrophes. */
function isChunkGlue(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x2c || c === 0x2d || c === 0x27 || c === 0x2019;
}

function chunksOf(matching: string, from: number, to: number): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | undefined;
  let i = from;
  while (i < to) {
    const c = matching.charCodeAt(i);
    if (isLower(c)) {
      let j = i + 1;
      while (j < to && isLower(matching.charCodeAt(j))) j++;
      // A word glued to other letters (accents, digits) is not a cipher word: it ends the chunk.
      const glued = (i > 0 && isWordish(matching.charCodeAt(i - 1))) || (j < matching.length && isWordish(matching.charCodeAt(j)));
      if (glued) current = undefined;
      else {
        if (current === undefined) {
          current = { start: i, end: j, words: [] };
          chunks.push(current);
        }
        current.words.push(matching.slice(i, j));
        current.end = j;
      }
      i = j;
      continue;
    }
    if (!isChunkGlue(c)) current = undefined;
    i++;
  }
  return chunks;
}

function isWordish(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7);
}

/**
 * The shift (1..25) a chunk was written with, or 0. Accepted when the shifted reading has at least
 * two votes' worth of common words more than twice the plain reading and clearly ahead of any other
 * shift, and its letters have a natural vowel share. Uncued chunks must also look like gibberish
 * as they are: a vowel share below 0.32 or no common word at all.
 */
function chunkShift(chunk: Chunk, cued: boolean, shapes: Shapes = SHAPES): number {
  if (chunk.words.length < 2) return 0;
  const votes = shiftVotes(chunk.words, shapes);
  let best = 1;
  for (let s = 2; s < 26; s++) if (votes[s]! > votes[best]!) best = s;
  let second = 0;
  for (let s = 1; s < 26; s++) if (s !== best) second = Math.max(second, votes[s]!);
  const top = votes[best]!;
  if (top < 4 || top <= 2 * votes[0]! || top < 1.5 * second) return 0;
  const plain = chunk.words.join(' ');
  if (!cued) {
    const share = vowelShare(plain);
    if (votes[0]! > 0 && share >= 0.32) return 0;
  }
  return naturalVowels(caesarShift(plain, 26 - best)) ? best : 0;
}

/** Most characters one Caesar region (cue line to end) is searched over. */
const MAX_CAESAR_REGION = 16_384;

/**
 * Caesar payloads, on the matching copy. Triggers (from the word scan): an explicit mention
 * ("caesar", "cipher", "shift of", ...) searches from its line to the end of the text; a Caesar
 * shift of an instruction word ("lpsruh" = "ignore" + 3) searches its line. The region is cut into
 * chunks at hard punctuation and each chunk is scored for all 25 shifts at once (one map lookup per
 * word, see {@link chunkShift}); adjacent chunks with the same shift are merged into one payload.
 * Shift 13 found through a mention is reported as `rot13`; ROT13 cues are handled elsewhere.
 */
export function caesarCandidates(
  matching: string,
  matchingMap: Uint32Array,
  cues: readonly Cue[],
  budget: DecodeBudget,
  out: Candidate[],
): void {
  const ranges: Array<[number, number, boolean]> = [];
  for (const cue of cues) {
    if (cue.kind !== 'caesar') continue;
    const start = matching.lastIndexOf('\n', cue.index) + 1;
    let end = cue.mention ? matching.length : matching.indexOf('\n', cue.index);
    if (end < 0) end = matching.length;
    end = Math.min(end, start + MAX_CAESAR_REGION);
    const last = ranges[ranges.length - 1];
    if (last !== undefined && start <= last[1]) {
      last[1] = Math.max(last[1], end);
      last[2] ||= cue.mention;
    } else ranges.push([start, end, cue.mention]);
  }
  for (const [from, to, cued] of ranges) shiftRange(matching, matchingMap, chunksOf(matching, from, to), cued, SHAPES, budget, out);
}

/**
 * The Caesar payloads among `chunks` (of the matching copy): each chunk scored for every shift against `shapes`,
 * neighbouring chunks of one shift merged. Shift 13 counts only when `cued` (a mention, or a line that
 * reads as no language, `allow13`: see {@link unmarkedCipherCandidates}); ROT13 cues are handled elsewhere.
 */
function shiftRange(
  matching: string,
  matchingMap: Uint32Array,
  chunks: readonly Chunk[],
  cued: boolean,
  shapes: Shapes,
  budget: DecodeBudget,
  out: Candidate[],
  allow13 = cued,
  allowOther = true,
): void {
  let group: { start: number; end: number; shift: number } | undefined;
  const flush = (): void => {
    if (group === undefined || !budgetLeft(budget, out)) return;
    const { start, end, shift } = group;
    group = undefined;
    budget.candidates--;
    const slice = matching.slice(start, Math.min(end, start + budget.bytes));
    budget.bytes -= slice.length;
    const text = caesarShift(slice, 26 - shift);
    out.push({
      start: matchingMap[start]!,
      end: matchingMap[start + slice.length]!,
      encoding: shift === 13 ? 'rot13' : 'caesar',
      text,
      score: round(0.45 + 0.45 * plausibility(text, 0.85)),
      report: true,
    });
  };
  for (const chunk of chunks) {
    let shift = chunkShift(chunk, cued, shapes);
    // A chunk right after a payload (only punctuation between) continues it when it reads at
    // least as well in the payload's shift as as it is: "...lv: Uhjxodu hahuflvh kdv qr lpsdfw".
    if (shift === 0 && group !== undefined && !hasLetter(matching, group.end, chunk.start) && continues(chunk, group.shift, shapes)) {
      shift = group.shift;
    }
    if (shift === 0 || (shift === 13 ? !allow13 : !allowOther)) {
      flush();
      continue;
    }
    if (group !== undefined && group.shift === shift && !hasLetter(matching, group.end, chunk.start)) group.end = chunk.end;
    else {
      flush();
      group = { start: chunk.start, end: chunk.end, shift };
    }
  }
  flush();
}

function continues(chunk: Chunk, shift: number, shapes: Shapes): boolean {
  const votes = shiftVotes(chunk.words, shapes);
  const plain = chunk.words.join(' ');
  return votes[shift]! >= votes[0]! && vowelShare(plain) < 0.32 && naturalVowels(caesarShift(plain, 26 - shift));
}

function hasLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLower(text.charCodeAt(i))) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Letter ciphers with no cue: ROT13, other Caesar shifts, Atbash, reversed text

/** Fewest letters a chunk needs before its vowel share says anything. */
const GATE_LETTERS = 12;
/**
 * Vowel share under which a chunk reads as no language: natural Latin-script text sits at 0.35–0.5
 * (short English questions dip to 0.28: "what is the monty hall problem", and only cost a check),
 * ROT13 of English near 0.2, of German near 0.28, and Atbash near 0.15 (their vowels come from
 * n r v b h and z v r l f).
 */
const GATE_VOWELS = 0.3;
/** Most lines one text has examined this way (a flood of gibberish lines costs a bounded amount). */
const MAX_UNMARKED_LINES = 8;
const WORD_TRANSFORMS: ReadonlySet<string> = new Set(['rot13', 'caesar', 'atbash', 'reversed']);

/**
 * Per ASCII unit, for the one pass of {@link unmarkedCipherCandidates}: bit 1 a letter, bit 2 a vowel,
 * bit 4 a hard character (ends the chunk: punctuation but chunk glue, line breaks, and every non-ASCII
 * unit), bit 8 a reversed sentence's opener (`.`, `?`, `!`, hard too). Glue (space, tab, comma, hyphen,
 * apostrophe) is 0. Letters and glue, nearly every unit of prose, take no branch: their counts are added
 * from the bits.
 */
const LETTER = 1;
const VOWEL_BIT = 2;
const HARD = 4;
const OPENER = 8;
const GATE_CLASS = new Uint8Array(128).fill(HARD);
/** The units of the text under the gate loop of {@link unmarkedCipherCandidates} (a typed-array read costs a third of `charCodeAt`). */
const gateUnits = new UnitBuffer();
for (let c = 0x61; c <= 0x7a; c++) GATE_CLASS[c] = isVowel(c) ? LETTER | VOWEL_BIT : LETTER;
for (const ch of " \t,-'") GATE_CLASS[ch.charCodeAt(0)] = 0;
for (const ch of '.?!') GATE_CLASS[ch.charCodeAt(0)] = HARD | OPENER;

/** The decoders {@link unmarkedCipherCandidates} may use. */
export interface UnmarkedCipherSwitches {
  readonly rot13: boolean;
  readonly caesar: boolean;
  readonly atbash: boolean;
  readonly reversed: boolean;
}

/**
 * Letter ciphers that carry no cue (no mention, no encoded instruction word), on the matching copy.
 * One pass over the characters cuts each line into chunks of letter words (as the Caesar search
 * does) and counts their vowels: a line holding a chunk of 12 letters and 3 words or more with a
 * vowel share under 0.3 is read as a shift (every shift scored against the frequent words of all
 * covered languages, ROT13 included) and, failing that, as Atbash; a line with a word that opens on
 * `.`, `?` or `!` (".yltcaxe tuo ti ypoc") is read backwards from there. Each reading must then
 * read as words: a shift by the Caesar votes, Atbash and reversed text by a third of their words
 * being frequent words (one of three letters or more) and, reversed, by reading better than forwards.
 * Lines already decoded through a cue are skipped.
 */
export function unmarkedCipherCandidates(
  matching: string,
  matchingMap: Uint32Array,
  on: UnmarkedCipherSwitches,
  budget: DecodeBudget,
  out: Candidate[],
): void {
  const n = matching.length;
  const units = gateUnits.load(matching);
  let lines = 0;
  let lineStart = 0;
  let letters = 0;
  let vowels = 0;
  let words = 0;
  let inWord = 0;
  // Only the span of the line's chunks that read as no language is tried: a long line of prose with one
  // vowel-poor stretch would otherwise be shifted 25 ways whole.
  let lowFrom = -1;
  let lowTo = -1;
  let chunkStart = 0;
  let flip = -1;
  for (let i = 0; i <= n; i++) {
    // Letters and glue: counted in a tight loop with no end-of-text select (measured a third of the pass).
    let c = 0x0a;
    for (; i < n; i++) {
      const u = units[i]!;
      const cls = u < 128 ? GATE_CLASS[u]! : HARD;
      if ((cls & HARD) !== 0) {
        c = u;
        break;
      }
      const letter = cls & LETTER;
      letters += letter;
      vowels += cls >> 1;
      words += letter & ~inWord;
      inWord = letter;
    }
    // A hard character at `i`, or the end of the text read as a line break.
    const cls = c < 128 ? GATE_CLASS[c]! : HARD;
    inWord = 0;
    if (letters >= GATE_LETTERS && words >= 3 && vowels < GATE_VOWELS * letters) {
      if (lowFrom < 0) lowFrom = chunkStart;
      lowTo = i;
    }
    chunkStart = i + 1;
    letters = 0;
    vowels = 0;
    words = 0;
    if ((cls & OPENER) !== 0 && flip < 0 && (i === lineStart || matching.charCodeAt(i - 1) === 0x20) && i + 1 < n && isLower(matching.charCodeAt(i + 1))) {
      flip = i;
    }
    if (c !== 0x0a) continue;
    const low = lowFrom >= 0;
    if ((low || flip >= 0) && lines < MAX_UNMARKED_LINES && budgetLeft(budget, out) && !decodedAlready(out, matchingMap[lineStart]!, matchingMap[i]!)) {
      lines++;
      const end = Math.min(i, lineStart + MAX_CAESAR_REGION);
      const lowEnd = Math.min(lowTo, lowFrom + MAX_CAESAR_REGION);
      const before = out.length;
      // The shift and Atbash readings cut the same span into the same chunks: cut it once.
      const chunks = low && (on.rot13 || on.caesar || on.atbash) ? chunksOf(matching, lowFrom, lowEnd) : [];
      if (low && (on.rot13 || on.caesar)) shiftRange(matching, matchingMap, chunks, false, MULTI_SHAPES, budget, out, on.rot13, on.caesar);
      if (low && on.atbash && out.length === before) atbashRange(matching, matchingMap, chunks, budget, out);
      if (flip >= 0 && on.reversed && out.length === before) reversedRange(matching, matchingMap, flip, end, budget, out);
    }
    lineStart = i + 1;
    chunkStart = i + 1;
    lowFrom = -1;
    lowTo = -1;
    flip = -1;
  }
}

/** Whether a word transform already decoded something overlapping `[start, end)` of the original. */
function decodedAlready(out: readonly Candidate[], start: number, end: number): boolean {
  for (const c of out) if (WORD_TRANSFORMS.has(c.encoding) && c.start < end && c.end > start) return true;
  return false;
}

/** Whether `text` reads as words with a third of them frequent (one of three letters or more). */
function frequentWords(text: string): { ok: boolean; known: number } {
  const e = wordEvidence(text);
  return { ok: e.known >= 2 && e.longKnown >= 1 && e.known * 3 >= e.words && naturalVowels(text), known: e.known };
}

/** The frequent words of every covered language, mirrored: a chunk word is looked up as it stands. */
const ATBASH_WORD_SET: ReadonlySet<string> = new Set([...WORD_SET].map(atbash));

/** Letters whose mirror is a vowel (a e i o u ↔ z v r l f). */
function isMirroredVowel(c: number): boolean {
  return c === 0x7a || c === 0x76 || c === 0x72 || c === 0x6c || c === 0x66;
}

/**
 * `frequentWords(atbash(words.join(' '))).ok` computed on the words as they stand (lowercase ASCII
 * letter runs): no mirrored copy is built for a chunk that does not read.
 */
function atbashReads(words: readonly string[]): boolean {
  let letters = 0;
  let vowels = 0;
  let known = 0;
  let longKnown = 0;
  for (const word of words) {
    const n = word.length;
    letters += n;
    for (let i = 0; i < n; i++) if (isMirroredVowel(word.charCodeAt(i))) vowels++;
    if (n >= 2 && n <= 16 && ATBASH_WORD_SET.has(word)) {
      known++;
      if (n >= 3) longKnown++;
    }
  }
  if (known < 2 || longKnown < 1 || known * 3 < words.length || letters < 4) return false;
  const share = vowels / letters;
  return share >= 0.2 && share <= 0.65;
}

/** Atbash payloads among `chunks` (of the matching copy): chunks whose mirror reads as words, neighbours merged. */
function atbashRange(matching: string, matchingMap: Uint32Array, chunks: readonly Chunk[], budget: DecodeBudget, out: Candidate[]): void {
  let group: { start: number; end: number } | undefined;
  const flush = (): void => {
    if (group === undefined || !budgetLeft(budget, out)) return;
    const slice = matching.slice(group.start, Math.min(group.end, group.start + budget.bytes));
    out.push({
      start: matchingMap[group.start]!,
      end: matchingMap[group.start + slice.length]!,
      encoding: 'atbash',
      text: atbash(slice),
      score: 0.6,
      report: true,
    });
    budget.candidates--;
    budget.bytes -= slice.length;
    group = undefined;
  };
  for (const chunk of chunks) {
    if (chunk.words.length < 2 || !atbashReads(chunk.words)) {
      flush();
      continue;
    }
    if (group !== undefined && !hasLetter(matching, group.end, chunk.start)) group.end = chunk.end;
    else {
      flush();
      group = { start: chunk.start, end: chunk.end };
    }
  }
  flush();
}

/** Reversed text from `from` (a word opening on `.`, `?` or `!`) to `to`, when it reads better backwards. */
function reversedRange(matching: string, matchingMap: Uint32Array, from: number, to: number, budget: DecodeBudget, out: Candidate[]): void {
  const slice = matching.slice(from, Math.min(to, from + budget.bytes));
  const backward = reverseText(slice);
  const read = frequentWords(backward);
  if (!read.ok || read.known < 3 || 2 * wordEvidence(slice).known > read.known) return;
  budget.candidates--;
  budget.bytes -= slice.length;
  out.push({ start: matchingMap[from]!, end: matchingMap[from + slice.length]!, encoding: 'reversed', text: backward, score: 0.6, report: true });
}

// ---------------------------------------------------------------------------------------------
// Pig latin

/** Two-letter English onsets a pig-latin word may have moved to its end ("pr" of "previous"). */
const ONSETS: ReadonlySet<string> = new Set(
  'bl br ch cl cr dr fl fr gl gn gr kn ph pl pr ps sc sh sk sl sm sn sp st sw th tr tw wh wr'.split(' '),
);

/**
 * Pig latin of one word back to English, or undefined when the word is not a plausible one.
 * Dictionary-free: the moved onset is the stem's last two letters when they form an English onset,
 * else its last letter ("oesd" → "does", "eviouspr" → "previous"); a vowel-initial stem ending in
 * `w`/`y`/a vowel is a vowel-initial word ("ignoreway", "useryay"). When both readings apply, one
 * that is a common word wins ("ouyay" → "you").
 */
export function unpigWord(word: string): string | undefined {
  if (word.length < 4 || !word.endsWith('ay')) return undefined;
  const stem = word.slice(0, -2);
  const n = stem.length;
  const last = stem.charCodeAt(n - 1);
  let vowelReading: string | undefined;
  if (isVowel(stem.charCodeAt(0)) && (last === 0x77 || last === 0x79 || isVowel(last))) {
    vowelReading = last === 0x77 || last === 0x79 ? stem.slice(0, -1) : stem;
  }
  let consonantReading: string | undefined;
  if (!isVowel(last)) {
    const onset = n >= 3 && !isVowel(stem.charCodeAt(n - 2)) && ONSETS.has(stem.slice(-2)) ? 2 : 1;
    const rest = stem.slice(0, n - onset);
    if (hasVowel(rest)) consonantReading = stem.slice(n - onset) + rest;
  }
  if (vowelReading !== undefined && consonantReading !== undefined && COMMON_SET.has(consonantReading)) return consonantReading;
  return vowelReading ?? consonantReading;
}

function hasVowel(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isVowel(text.charCodeAt(i)) || text.charCodeAt(i) === 0x79) return true;
  return false;
}

/** Word-final "ay" hits further apart than this (no newline between) start a new cluster. */
const PIG_GAP = 24;

/**
 * Pig-latin payloads, on the matching copy. Presence check: `indexOf("y")` hits preceded by `a` that end a word of
 * at least four letters; hits closer than {@link PIG_GAP} characters on one line form a cluster, and
 * only clusters of three or more are examined. A cluster is kept when at least three words decode
 * (stem with a vowel), at least 70% of its words end in "ay", the decoded words include a common
 * English word or instruction word, and the result has a natural vowel share. "Today I play away"
 * has two decodable words and is left alone.
 */
export function pigLatinCandidates(matching: string, matchingMap: Uint32Array, budget: DecodeBudget, out: Candidate[]): void {
  const n = matching.length;
  let from = 0;
  let clusterStart = -1;
  let clusterEnd = -1;
  let hits = 0;
  const examine = (): void => {
    if (hits >= 3 && budgetLeft(budget, out)) examinePig(matching, matchingMap, clusterStart, clusterEnd, budget, out);
    hits = 0;
  };
  for (;;) {
    // Search for the rarer letter: indexOf('ay') stops at every 'a' and costs several times more.
    const y = matching.indexOf('y', from);
    if (y < 0) break;
    from = y + 1;
    const at = y - 1;
    if (at < 2 || matching.charCodeAt(at) !== 0x61 || (y + 1 < n && isLower(matching.charCodeAt(y + 1)))) continue;
    let start = at;
    while (start > 0 && isLower(matching.charCodeAt(start - 1))) start--;
    if (at + 2 - start < 4) continue;
    if (hits > 0 && (start - clusterEnd > PIG_GAP || matching.slice(clusterEnd, start).includes('\n'))) examine();
    if (hits === 0) clusterStart = start;
    clusterEnd = at + 2;
    hits++;
  }
  examine();
}

function examinePig(
  matching: string,
  matchingMap: Uint32Array,
  start: number,
  end: number,
  budget: DecodeBudget,
  out: Candidate[],
): void {
  end = Math.min(end, start + budget.bytes);
  let words = 0;
  let ay = 0;
  let decodable = 0;
  let common = 0;
  let text = '';
  let i = start;
  let copied = start;
  while (i < end) {
    if (!isLower(matching.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && isLower(matching.charCodeAt(j))) j++;
    const word = matching.slice(i, j);
    words++;
    text += matching.slice(copied, i);
    copied = j;
    if (word.endsWith('ay')) ay++;
    const plain = unpigWord(word);
    if (plain === undefined) text += word;
    else {
      decodable++;
      text += plain;
      if (COMMON_SET.has(plain)) common++;
    }
    i = j;
  }
  text += matching.slice(copied, end);
  if (decodable < 3 || ay < 0.7 * words || common === 0 || !naturalVowels(text)) return;
  budget.candidates--;
  budget.bytes -= text.length;
  out.push({
    start: matchingMap[start]!,
    end: matchingMap[end]!,
    encoding: 'pig_latin',
    text,
    score: round(0.4 + 0.1 * Math.min(common, 4)),
    report: true,
  });
}

// ---------------------------------------------------------------------------------------------
// Morse code

const MORSE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    a: '.-', b: '-...', c: '-.-.', d: '-..', e: '.', f: '..-.', g: '--.', h: '....', i: '..', j: '.---',
    k: '-.-', l: '.-..', m: '--', n: '-.', o: '---', p: '.--.', q: '--.-', r: '.-.', s: '...', t: '-',
    u: '..-', v: '...-', w: '.--', x: '-..-', y: '-.--', z: '--..', '0': '-----', '1': '.----',
    '2': '..---', '3': '...--', '4': '....-', '5': '.....', '6': '-....', '7': '--...', '8': '---..',
    '9': '----.', '.': '.-.-.-', ',': '--..--', '?': '..--..', "'": '.----.', '!': '-.-.--', '/': '-..-.',
    '(': '-.--.', ')': '-.--.-', '&': '.-...', ':': '---...', ';': '-.-.-.', '=': '-...-', '+': '.-.-.',
    '-': '-....-', '"': '.-..-.', '@': '.--.-.',
  }).map(([char, code]) => [code, char]),
);

/** 1 = dot, 2 = dash, 3 = letter/word separator, by UTF-16 unit below 0x2100. */
const MORSE_UNIT = new Uint8Array(0x2100);
for (const ch of '.\u00b7\u2022') MORSE_UNIT[ch.charCodeAt(0)] = 1;
for (const ch of '-_\u2212\u2013\u2014') MORSE_UNIT[ch.charCodeAt(0)] = 2;
for (const ch of ' \t/|') MORSE_UNIT[ch.charCodeAt(0)] = 3;

function morseUnit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 0x2100 ? MORSE_UNIT[c]! : 0;
}

const MORSE_MENTION = /morse|mors\b|морзе|मोर्स|মোর্স|モールス|摩尔斯|摩斯|모스/i;

/**
 * Morse payloads, on the original text. Presence check: `indexOf("-")` (a native scan; hyphens are
 * rare in prose) and, at each hyphen, a dot or dash one separator away. A run must therefore hold at
 * least one ASCII `-` next to a separator: all-dot Morse ("... .. ....") is not looked for. From a hit the maximal run of dots, dashes (`.` `·` `•`, `-` `_` `−` `–`
 * `—`) and separators (space, tab, `/`, `|`) is decoded: one space separates letters, `/`, `|`, a
 * tab or two spaces separate words. Kept when at least 85% of the letter codes are valid Morse and
 * the output has a natural vowel share and at least 2 words and 6 letters when the message mentions
 * Morse (in a few languages), 3 words and 10 letters otherwise: "SOS is ... --- ..." stays as it is.
 */
export function morseCandidates(text: string, budget: DecodeBudget, out: Candidate[]): void {
  let floor = 0;
  let from = 0;
  let cued: boolean | undefined;
  for (;;) {
    const dash = text.indexOf('-', from);
    if (dash < 0 || !budgetLeft(budget, out)) return;
    from = dash + 1;
    // Two Morse symbols one separator apart, next to this dash ("- .", ". -", "-/-", ...).
    const hit = morseUnit(text, dash + 1) === 3 && isSymbol(text, dash + 2) ? dash : isSymbol(text, dash - 2) && morseUnit(text, dash - 1) === 3 ? dash - 2 : -1;
    if (hit < 0 || hit < floor) continue;
    let start = hit;
    while (start > floor && morseUnit(text, start - 1) !== 0) start--;
    let end = hit + 3;
    while (end < text.length && morseUnit(text, end) !== 0) end++;
    floor = end;
    from = end;
    while (start < end && morseUnit(text, start) === 3) start++;
    while (end > start && morseUnit(text, end - 1) === 3) end--;
    const decoded = decodeMorse(text, start, end, budget.bytes);
    if (decoded === undefined) continue;
    cued ??= MORSE_MENTION.test(text);
    const enough = cued ? decoded.words >= 2 && decoded.letters >= 6 : decoded.words >= 3 && decoded.letters >= 10;
    if (!enough || !naturalVowels(decoded.text)) continue;
    budget.candidates--;
    budget.bytes -= decoded.text.length;
    out.push({ start, end, encoding: 'morse', text: decoded.text, score: cued ? 0.6 : 0.5, report: true });
  }
}

function isSymbol(text: string, i: number): boolean {
  const unit = i >= 0 && i < text.length ? morseUnit(text, i) : 0;
  return unit === 1 || unit === 2;
}

function decodeMorse(text: string, start: number, end: number, maxChars: number): { text: string; letters: number; words: number } | undefined {
  let decoded = '';
  let code = '';
  let codes = 0;
  let valid = 0;
  let words = 1;
  let i = start;
  const emit = (): void => {
    if (code === '') return;
    codes++;
    const char = code.length <= 7 ? MORSE.get(code) : undefined;
    if (char !== undefined) valid++;
    decoded += char ?? '\ufffd';
    code = '';
  };
  while (i < end && decoded.length < maxChars) {
    const unit = morseUnit(text, i);
    if (unit !== 3) {
      code += unit === 1 ? '.' : '-';
      i++;
      continue;
    }
    emit();
    let j = i;
    let wordBreak = false;
    while (j < end && morseUnit(text, j) === 3) {
      const c = text.charCodeAt(j);
      if (c !== 0x20) wordBreak = true;
      j++;
    }
    if (wordBreak || j - i >= 2) {
      decoded += ' ';
      words++;
    }
    i = j;
  }
  emit();
  if (codes === 0 || valid < 0.85 * codes) return undefined;
  return { text: decoded, letters: valid, words };
}

// ---------------------------------------------------------------------------------------------
// Binary

/** 1 for `0`/`1`, 2 for separators allowed between binary groups (space, tab, newline, comma). */
const BIN_UNIT = new Uint8Array(128);
BIN_UNIT[0x30] = 1;
BIN_UNIT[0x31] = 1;
for (const ch of ' \t\n\r,') BIN_UNIT[ch.charCodeAt(0)] = 2;

function binUnit(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? BIN_UNIT[c]! : 0;
}

/**
 * Binary payloads (`01001001 01100111 …` or one unbroken string), on the original text. Presence
 * check: `indexOf("01")` (every printable ASCII byte starts with 0 and has a 1 among its next two
 * bits). From a hit the maximal run of binary groups and separators is split into groups; groups of
 * 8·k bits (or 7 bits, for 7-bit ASCII) are decoded as UTF-8 bytes. Kept with at least 4 bytes, at
 * most 25% malformed groups (they are skipped), and a readable result (printable share, letters):
 * "1010 + 0110" and bit patterns that decode to control bytes stay as they are.
 */
export function binaryCandidates(text: string, cfg: NormalizeConfig, budget: DecodeBudget, out: Candidate[]): void {
  let floor = 0;
  for (;;) {
    const hit = text.indexOf('01', floor);
    if (hit < 0 || !budgetLeft(budget, out)) return;
    let start = hit;
    while (start > floor && binUnit(text, start - 1) === 1) start--;
    let end = hit + 2;
    while (end < text.length && binUnit(text, end) !== 0) end++;
    while (end > start && binUnit(text, end - 1) === 2) end--;
    floor = end;
    // A binary group glued to letters or digits ("v1010", "2001") is something else.
    if (start > 0 && isAlnum(text.charCodeAt(start - 1))) continue;
    if (end < text.length && isAlnum(text.charCodeAt(end))) continue;
    if (end - start < 32) continue; // fewer than 4 bytes
    const bytes: number[] = [];
    let groups = 0;
    let bad = 0;
    let i = start;
    while (i < end && bytes.length < budget.bytes) {
      let j = i;
      while (j < end && binUnit(text, j) === 1) j++;
      const bits = j - i;
      if (bits > 0) {
        groups++;
        if (bits === 7) bytes.push(Number.parseInt(text.slice(i, j), 2));
        else if (bits % 8 === 0) {
          for (let b = i; b < j && bytes.length < budget.bytes; b += 8) bytes.push(Number.parseInt(text.slice(b, b + 8), 2));
        } else bad++;
      }
      i = j;
      while (i < end && binUnit(text, i) === 2) i++;
    }
    if (bytes.length < 4 || bad > 0.25 * groups) continue;
    const decoded = UTF8.decode(Uint8Array.from(bytes));
    const p = plausibility(decoded, cfg.minPrintableRatio);
    if (p === 0) continue;
    budget.candidates--;
    budget.bytes -= bytes.length;
    out.push({ start, end, encoding: 'binary', text: decoded, score: round(0.3 + 0.6 * p), report: true });
  }
}

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}
