/**
 * Compiles lexicon phrases into a character trie (once, in the detector factory) and scans text with
 * it in a single left-to-right pass. A phrase is tried only where a word starts (or, for scripts
 * written without spaces, where the character begins some phrase), and the walk stops at the first
 * character no phrase continues with, so the cost is linear in the text with a small constant and
 * there is no backtracking to exploit.
 * @module
 */
import type { CueClass } from './injection-lexicon/types.js';

/** All cue classes, in bit order. */
export const CUE_CLASSES: readonly CueClass[] = [
  'ignore',
  'instructions',
  'prior',
  'quantifier',
  'newTask',
  'sayInstead',
  'roleSwitch',
  'roleplay',
  'unrestricted',
  'persona',
  'personaAcronym',
  'aiRef',
  'stayInCharacter',
  'authority',
  'reveal',
  'promptObject',
  'secretObject',
  'privateData',
  'evasion',
  'decode',
  'execute',
  'send',
  'conversation',
  'hypothetical',
];

/** Bit of each class in a cue mask. */
export const CUE_BIT: Readonly<Record<CueClass, number>> = Object.fromEntries(
  CUE_CLASSES.map((c, i) => [c, 1 << i]),
) as Record<CueClass, number>;

const SPACE = 32;
const APOS = 39;
/** How many letters a `word*` stem may run on. */
const MAX_STEM = 6;
/** How many whitespace characters one space in a phrase stands for. */
const MAX_GAP = 3;

// Character tables for the BMP, built once at load: word characters (letters, marks, digits) and
// letters-or-marks (what a stem may run on). Surrogates count as neither (emoji are not words).
const WORD = new Uint8Array(0x10000);
const STEM = new Uint8Array(0x10000);
{
  const word = /[\p{L}\p{M}\p{N}]/u;
  const stem = /[\p{L}\p{M}]/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (c < 0x80) {
      WORD[c] = /[a-z0-9]/i.test(ch) ? 1 : 0;
      STEM[c] = /[a-z]/i.test(ch) ? 1 : 0;
    } else {
      WORD[c] = word.test(ch) ? 1 : 0;
      STEM[c] = stem.test(ch) ? 1 : 0;
    }
  }
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x202f;
const isApostrophe = (c: number): boolean =>
  c === 39 || c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x60 || c === 0xb4;

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Class mask when a phrase ends exactly here. */
  exact: number;
  /** Class mask when a stem phrase (`word*`) ends here. */
  stem: number;
}

const newNode = (): TrieNode => ({ next: new Map(), exact: 0, stem: 0 });

/** One phrase ready for insertion: canonical text, class mask, stem flag, boundary flag. */
export interface PhraseEntry {
  text: string;
  mask: number;
  stem: boolean;
  /** Whether the phrase must start and end on word boundaries. */
  bounded: boolean;
}

/** Cue hits of one scan, as parallel arrays sorted by start (indices into the scanned string). */
export interface CueHits {
  mask: number[];
  start: number[];
  end: number[];
  /** Union of all masks, for quick presence tests. */
  present: number;
}

/** A compiled phrase set. */
export interface PhraseScanner {
  /** Number of phrases compiled. */
  readonly size: number;
  scan(text: string): CueHits;
}

function insert(root: TrieNode, entry: PhraseEntry): boolean {
  let node = root;
  let prevSpace = true;
  let any = false;
  for (let i = 0; i < entry.text.length; i++) {
    let c = entry.text.charCodeAt(i);
    if (isSpace(c)) {
      if (prevSpace) continue;
      c = SPACE;
      prevSpace = true;
    } else {
      prevSpace = false;
      if (isApostrophe(c)) c = APOS;
    }
    let child = node.next.get(c);
    if (child === undefined) node.next.set(c, (child = newNode()));
    node = child;
    any = true;
  }
  if (!any) return false;
  if (prevSpace) return false; // trailing space: malformed phrase, ignore it
  if (entry.stem) node.stem |= entry.mask;
  else node.exact |= entry.mask;
  return true;
}

/** Builds a scanner over `entries`. */
export function compilePhrases(entries: readonly PhraseEntry[]): PhraseScanner {
  const bounded = newNode();
  const free = newNode();
  let size = 0;
  for (const e of entries) if (insert(e.bounded ? bounded : free, e)) size++;

  // Longest phrase starting at `i`, or end = -1. Bounded phrases also need a word boundary after.
  let hitEnd = -1;
  let hitMask = 0;
  const walk = (root: TrieNode, text: string, i: number, needBoundary: boolean): void => {
    const n = text.length;
    hitEnd = -1;
    hitMask = 0;
    let node: TrieNode | undefined = root;
    let j = i;
    for (;;) {
      if (j > i) {
        const boundaryOk = !needBoundary || j >= n || WORD[text.charCodeAt(j)] === 0;
        if (node.exact !== 0 && boundaryOk) accept(j, node.exact);
        if (node.stem !== 0) {
          let k = j;
          while (k < n && k - j < MAX_STEM && STEM[text.charCodeAt(k)] === 1) k++;
          if (!needBoundary || k >= n || WORD[text.charCodeAt(k)] === 0) accept(k, node.stem);
        }
      }
      if (j >= n) return;
      let c = text.charCodeAt(j);
      if (isSpace(c)) {
        node = node.next.get(SPACE);
        if (node === undefined) return;
        let k = j + 1;
        while (k < n && k - j < MAX_GAP && isSpace(text.charCodeAt(k))) k++;
        j = k;
        continue;
      }
      if (isApostrophe(c)) c = APOS;
      node = node.next.get(c);
      if (node === undefined) return;
      j++;
    }
  };
  const accept = (end: number, mask: number): void => {
    if (end > hitEnd) {
      hitEnd = end;
      hitMask = mask;
    } else if (end === hitEnd) hitMask |= mask;
  };

  const scan = (text: string): CueHits => {
    const hits: CueHits = { mask: [], start: [], end: [], present: 0 };
    const n = text.length;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const isWord = WORD[c] === 1;
      let end = -1;
      let mask = 0;
      if (isWord && !prevWord && bounded.next.has(c)) {
        walk(bounded, text, i, true);
        end = hitEnd;
        mask = hitMask;
      }
      if (c >= 0x80 && free.next.has(c)) {
        walk(free, text, i, false);
        if (hitEnd > end) {
          end = hitEnd;
          mask = hitMask;
        } else if (hitEnd === end && end >= 0) mask |= hitMask;
      }
      if (end > i) {
        hits.mask.push(mask);
        hits.start.push(i);
        hits.end.push(end);
        hits.present |= mask;
        i = end - 1;
        prevWord = WORD[text.charCodeAt(end - 1)] === 1;
        continue;
      }
      prevWord = isWord;
    }
    return hits;
  };

  return { size, scan };
}
