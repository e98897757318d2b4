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
  'selfHelp',
  'userRef',
  'dataTask',
  'mode',
  'enter',
  'claim',
  'qaMarker',
];
// 31 classes use bits 0..30 of a positive 32-bit int; a 32nd class would need a second mask word.

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

/**
 * A trie stored in typed arrays: node ids, per-node terminal masks, and an open-addressing hash
 * table of transitions keyed by (node, character). Lookups touch no objects, which keeps the scan
 * at a few nanoseconds per step.
 */
class Trie {
  private exactMask: number[] = [0];
  private stemMask: number[] = [0];
  // Build-time transitions; frozen into the hash table by `freeze()`.
  private edges = new Map<number, Map<number, number>>();
  private keyNode = new Int32Array(0);
  private keyChar = new Int32Array(0);
  private value = new Int32Array(0);
  private mask = 0;
  exact = new Int32Array(0);
  stem = new Int32Array(0);
  /** First characters of phrases, for a cheap "can a phrase start here" test. */
  readonly starts = new Set<number>();

  add(text: string, classMask: number, isStem: boolean): boolean {
    let node = 0;
    let prevSpace = true;
    let any = false;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (isSpace(c)) {
        if (prevSpace) continue;
        c = SPACE;
        prevSpace = true;
      } else {
        prevSpace = false;
        if (isApostrophe(c)) c = APOS;
      }
      if (node === 0) this.starts.add(c);
      let out = this.edges.get(node);
      if (out === undefined) this.edges.set(node, (out = new Map()));
      let child = out.get(c);
      if (child === undefined) {
        child = this.exactMask.length;
        this.exactMask.push(0);
        this.stemMask.push(0);
        out.set(c, child);
      }
      node = child;
      any = true;
    }
    if (!any || prevSpace) return false; // empty or trailing space: malformed, skip
    if (isStem) this.stemMask[node]! |= classMask;
    else this.exactMask[node]! |= classMask;
    return true;
  }

  freeze(): void {
    let count = 0;
    for (const out of this.edges.values()) count += out.size;
    let size = 16;
    while (size < count * 2) size *= 2;
    this.mask = size - 1;
    this.keyNode = new Int32Array(size).fill(-1);
    this.keyChar = new Int32Array(size);
    this.value = new Int32Array(size);
    for (const [node, out] of this.edges) {
      for (const [c, child] of out) {
        let h = hash(node, c) & this.mask;
        while (this.keyNode[h] !== -1) h = (h + 1) & this.mask;
        this.keyNode[h] = node;
        this.keyChar[h] = c;
        this.value[h] = child;
      }
    }
    this.exact = Int32Array.from(this.exactMask);
    this.stem = Int32Array.from(this.stemMask);
    this.edges = new Map();
  }

  /** Child of `node` by character `c`, or -1. */
  child(node: number, c: number): number {
    let h = hash(node, c) & this.mask;
    for (;;) {
      const k = this.keyNode[h]!;
      if (k === -1) return -1;
      if (k === node && this.keyChar[h] === c) return this.value[h]!;
      h = (h + 1) & this.mask;
    }
  }
}

const hash = (node: number, c: number): number => {
  // murmur3 finalizer over the packed key: spreads sequential node ids and nearby characters.
  let h = Math.imul(node, 0x9e3779b1) ^ c;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
};

/** Builds a scanner over `entries`. */
export function compilePhrases(entries: readonly PhraseEntry[]): PhraseScanner {
  const bounded = new Trie();
  const free = new Trie();
  let size = 0;
  for (const e of entries) if ((e.bounded ? bounded : free).add(e.text, e.mask, e.stem)) size++;
  bounded.freeze();
  free.freeze();
  return new Scanner(bounded, free, size);
}

class Scanner implements PhraseScanner {
  // Result registers of `walk` (fields, not closures: the hot loop stays monomorphic).
  private hitEnd = -1;
  private hitMask = 0;

  constructor(
    private readonly bounded: Trie,
    private readonly free: Trie,
    readonly size: number,
  ) {}

  /** Longest phrase of `trie` starting at `i` into the registers; bounded phrases need a boundary after. */
  private walk(trie: Trie, text: string, i: number, needBoundary: boolean): void {
    const n = text.length;
    this.hitEnd = -1;
    this.hitMask = 0;
    let node = 0;
    let j = i;
    for (;;) {
      if (j > i) {
        const ex = trie.exact[node]!;
        if (ex !== 0 && (!needBoundary || j >= n || WORD[text.charCodeAt(j)] === 0)) this.accept(j, ex);
        const st = trie.stem[node]!;
        if (st !== 0) {
          let k = j;
          while (k < n && k - j < MAX_STEM && STEM[text.charCodeAt(k)] === 1) k++;
          if (!needBoundary || k >= n || WORD[text.charCodeAt(k)] === 0) this.accept(k, st);
        }
      }
      if (j >= n) return;
      let c = text.charCodeAt(j);
      if (isSpace(c)) {
        node = trie.child(node, SPACE);
        if (node < 0) return;
        let k = j + 1;
        while (k < n && k - j < MAX_GAP && isSpace(text.charCodeAt(k))) k++;
        j = k;
        continue;
      }
      if (isApostrophe(c)) c = APOS;
      node = trie.child(node, c);
      if (node < 0) return;
      j++;
    }
  }

  private accept(end: number, mask: number): void {
    if (end > this.hitEnd) {
      this.hitEnd = end;
      this.hitMask = mask;
    } else if (end === this.hitEnd) this.hitMask |= mask;
  }

  scan(text: string): CueHits {
    const hits: CueHits = { mask: [], start: [], end: [], present: 0 };
    const n = text.length;
    const boundedStarts = this.bounded.starts;
    const freeStarts = this.free.starts;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const isWord = WORD[c] === 1;
      let end = -1;
      let mask = 0;
      if (isWord && !prevWord && boundedStarts.has(c)) {
        this.walk(this.bounded, text, i, true);
        end = this.hitEnd;
        mask = this.hitMask;
      }
      if (c >= 0x80 && freeStarts.has(c)) {
        this.walk(this.free, text, i, false);
        if (this.hitEnd > end) {
          end = this.hitEnd;
          mask = this.hitMask;
        } else if (this.hitEnd === end && end >= 0) mask |= this.hitMask;
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
  }
}
