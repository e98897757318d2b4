/**
 * Per-character normalization for the matching copy (NFKD, combining marks dropped, NFC, lowercase),
 * memoized per code point, and the word-level decision to fold Latin look-alikes.
 *
 * Folding scope (so genuine Russian or Greek text is never turned into Latin words):
 * a look-alike letter is folded only when its word
 *  - also contains a Latin letter (`іgnоrе`, mixed-script: the classic homoglyph attack), or
 *  - consists only of look-alikes drawn from two or more scripts (Cyrillic + Greek, ...), or
 *  - consists only of look-alikes of one script, the word before or after it is a Latin word and
 *    neither is a word of another script (a Cyrillic-spelled `сору` inside English text, but not
 *    `Не` after the brand name in "Voyalia. Не обсуждай политику").
 * A word in a run of Cyrillic or Greek prose meets none of these and keeps its letters.
 * @module
 */
import { ConfusableScript, confusableTable } from './confusables.js';
import { isSpellingMark } from './invisible.js';
import { ENCLOSED_LETTER_BLOCKS, REGIONAL_A, REGIONAL_Z, UPSIDE_DOWN_MARKERS } from './letter-tables.js';

/** Memoized result for one code point. */
export interface CharEntry {
  /** Its contribution to the matching copy (may be empty or several units). */
  readonly s: string;
  /** Bit flags and fold data, see the constants below. */
  readonly meta: number;
}

/** The code point is a combining mark dropped from the matching copy (counts toward Zalgo floods). */
export const STANDALONE_MARK = 0x4000;
/** The code point is a look-alike of a Latin letter; the letter is in the low 7 bits. */
export const HAS_FOLD = 0x0800;
/** The code point is a Braille cell (a Braille decoder pass is due). */
export const SPECIAL_BRAILLE = 0x10000;
/** The code point is a regional indicator letter. */
export const SPECIAL_REGIONAL = 0x20000;
/** The code point is a turned letter of upside-down text. */
export const SPECIAL_UPSIDE_DOWN = 0x40000;
export const SPECIAL_MASK = SPECIAL_BRAILLE | SPECIAL_REGIONAL | SPECIAL_UPSIDE_DOWN;
const LETTER_MASK = 0x7f;
const SCRIPT_SHIFT = 8;
const SCRIPT_MASK = 0x7;


const DROPPABLE_MARK = /^[\p{Mn}\p{Me}]$/u;

/**
 * Spelling variants that mean the same letter, folded after lowercasing so phrase and text agree
 * whichever was typed: German ß and Swiss ss, Greek final sigma, the Arabic letters that writers
 * and machine translation interchange (alef maksura and yeh, teh marbuta and heh, Persian kaf and
 * yeh), and the Arabic tatweel, which only stretches a word ("تـجـاهـل") and can hide it from a match.
 */
const ORTHOGRAPHIC: ReadonlyMap<string, string> = new Map([
  ['ß', 'ss'],
  ['ς', 'σ'],
  ['\u0649', '\u064a'],
  ['\u0629', '\u0647'],
  ['\u06a9', '\u0643'],
  ['\u06cc', '\u064a'],
  ['\u0640', ''],
]);

function dropMarks(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x300 && DROPPABLE_MARK.test(ch) && !isSpellingMark(cp)) continue;
    out += ch;
  }
  return out;
}

/** Letters for code points whose meaning NFKC does not give: enclosed capitals in negative circles and squares. */
function enclosedLetter(cp: number): string | undefined {
  for (const block of ENCLOSED_LETTER_BLOCKS) if (cp >= block && cp < block + 26) return String.fromCharCode(0x61 + cp - block);
  return undefined;
}

function specialOf(cp: number): number {
  if (cp >= 0x2800 && cp <= 0x28ff) return SPECIAL_BRAILLE;
  if (cp >= REGIONAL_A && cp <= REGIONAL_Z) return SPECIAL_REGIONAL;
  return UPSIDE_DOWN_MARKERS.has(cp) ? SPECIAL_UPSIDE_DOWN : 0;
}

function computeEntry(cp: number): CharEntry {
  const ch = String.fromCodePoint(cp);
  const enclosed = enclosedLetter(cp);
  if (enclosed !== undefined) return { s: enclosed, meta: 0 }; // like NFKC does for Ⓐ and 🄰
  const standalone = DROPPABLE_MARK.test(ch) && !isSpellingMark(cp);
  let meta = (standalone ? STANDALONE_MARK : 0) | specialOf(cp);
  const base = dropMarks(ch.normalize('NFKD'));
  const baseCp = base.codePointAt(0);
  if (baseCp !== undefined && base.length === (baseCp > 0xffff ? 2 : 1)) {
    const fold = confusableTable().get(baseCp);
    if (fold !== undefined) {
      // Latin-script look-alikes (small capitals, dotless i) fold unconditionally: no script to protect.
      if (fold >> SCRIPT_SHIFT === ConfusableScript.LATIN) return { s: String.fromCharCode(fold & LETTER_MASK), meta };
      meta |= HAS_FOLD | fold;
    }
  }
  const cased = dropMarks(base.normalize('NFC').toLowerCase());
  const lowered = ORTHOGRAPHIC.get(cased) ?? cased;
  if ((meta & HAS_FOLD) !== 0 && lowered.length !== 1) meta &= ~(HAS_FOLD | LETTER_MASK | (SCRIPT_MASK << SCRIPT_SHIFT));
  return { s: lowered, meta };
}

/** Memo of BMP entries (read directly by the normalizer's hot loop; fill through `charEntry`). */
export const BMP_ENTRIES: ReadonlyArray<CharEntry | undefined> = new Array<CharEntry | undefined>(0x10000);
const bmpEntries = BMP_ENTRIES as (CharEntry | undefined)[];
const astralEntries = new Map<number, CharEntry>();
const ASTRAL_CACHE_LIMIT = 8192;

/** The memoized matching-copy entry of a (non-ASCII) code point. */
export function charEntry(cp: number): CharEntry {
  if (cp < 0x10000) {
    let entry = bmpEntries[cp];
    if (entry === undefined) {
      entry = computeEntry(cp);
      bmpEntries[cp] = entry;
    }
    return entry;
  }
  let entry = astralEntries.get(cp);
  if (entry === undefined) {
    entry = computeEntry(cp);
    // Random astral input must not grow the cache without bound.
    if (astralEntries.size >= ASTRAL_CACHE_LIMIT) astralEntries.clear();
    astralEntries.set(cp, entry);
  }
  return entry;
}

// ---------------------------------------------------------------------------------------------
// Word classes of output code units

const NONWORD = 1;
const LATIN = 2;
const OTHER_LETTER = 3;
const NEUTRAL = 4;

const unitClasses = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;
const LATIN_LETTER = /^\p{Script=Latin}$/u;
const NUMBER_OR_MARK = /^[\p{N}\p{M}]$/u;

function computeUnitClass(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return NONWORD;
  const ch = String.fromCharCode(unit);
  if (LETTER.test(ch)) return LATIN_LETTER.test(ch) ? LATIN : OTHER_LETTER;
  return NUMBER_OR_MARK.test(ch) ? NEUTRAL : NONWORD;
}

function unitClass(unit: number): number {
  let cls = unitClasses[unit]!;
  if (cls === 0) {
    cls = computeUnitClass(unit);
    unitClasses[unit] = cls;
  }
  return cls;
}

function isWordUnit(unit: number): boolean {
  return unitClass(unit) !== NONWORD;
}

const NO_WORD = 0;
const LATIN_WORD = 1;
const OTHER_WORD = 2;

/**
 * What the nearest word from `from` in direction `dir` is: Latin letters only, a word with letters of
 * another script, or none (more than 8 separators away, or no letters).
 */
function neighbour(units: Uint16Array, length: number, from: number, dir: 1 | -1): number {
  let j = from;
  for (let skipped = 0; j >= 0 && j < length && !isWordUnit(units[j]!); skipped++) {
    if (skipped >= 8) return NO_WORD;
    j += dir;
  }
  let latin = 0;
  for (let count = 0; j >= 0 && j < length && count < 64; count++, j += dir) {
    const cls = unitClass(units[j]!);
    if (cls === NONWORD) break;
    if (cls === OTHER_LETTER) return OTHER_WORD;
    if (cls === LATIN) latin++;
  }
  return latin > 0 ? LATIN_WORD : NO_WORD;
}

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

/** A word whose look-alikes were folded, in matching-copy units, with the homoglyph score. */
export interface FoldedWord {
  start: number;
  end: number;
  score: number;
}

/**
 * Folds look-alike letters in `units` (the matching copy) where the word rule in the module comment
 * says so. `confPos` lists the units that are look-alikes (ascending) and `confMeta` their entry meta.
 * Decisions are taken on the unfolded text, then applied, so one folded word never licenses the next.
 */
export function foldConfusableWords(
  units: Uint16Array,
  length: number,
  confPos: Uint32Array,
  confMeta: Uint32Array,
  count: number,
): FoldedWord[] {
  const folded: FoldedWord[] = [];
  const ranges: number[] = []; // pairs of [first, end) indexes into confPos
  let ci = 0;
  while (ci < count) {
    const p = confPos[ci]!;
    let ws = p;
    while (ws > 0 && isWordUnit(units[ws - 1]!)) ws--;
    let we = p + 1;
    while (we < length && isWordUnit(units[we]!)) we++;
    let cj = ci;
    let scripts = 0;
    while (cj < count && confPos[cj]! < we) {
      scripts |= 1 << ((confMeta[cj]! >> SCRIPT_SHIFT) & SCRIPT_MASK);
      cj++;
    }
    let latin = 0;
    let other = 0;
    let q = ci;
    for (let j = ws; j < we; j++) {
      if (q < cj && confPos[q] === j) {
        q++;
        continue;
      }
      const cls = unitClass(units[j]!);
      if (cls === LATIN) latin++;
      else if (cls === OTHER_LETTER) other++;
    }
    let score = 0;
    if (latin > 0) score = 0.7;
    else if (other === 0) {
      if (popcount(scripts) >= 2) score = 0.6;
      else {
        // Among Latin words (`please сору this`), not where its own script goes on (`Voyalia. Не обсуждай`).
        const before = neighbour(units, length, ws - 1, -1);
        const after = neighbour(units, length, we, 1);
        if ((before === LATIN_WORD || after === LATIN_WORD) && before !== OTHER_WORD && after !== OTHER_WORD) score = 0.3;
      }
    }
    if (score > 0) {
      folded.push({ start: ws, end: we, score });
      ranges.push(ci, cj);
    }
    ci = cj;
  }
  for (let r = 0; r < ranges.length; r += 2) {
    for (let q = ranges[r]!; q < ranges[r + 1]!; q++) units[confPos[q]!] = confMeta[q]! & LETTER_MASK;
  }
  return folded;
}
