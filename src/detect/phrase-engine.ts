/**
 * The phrase engine: one phrase syntax, one compiler and one scanner, shared by every detector that
 * looks for phrases (the injection cues, the restriction markers of a system prompt, the context
 * cues). Phrases are compiled into a character trie once, in a factory, and text is scanned in a
 * single left-to-right pass. A phrase is tried only where a word starts (or, for scripts written
 * without spaces, where the character begins some phrase), and the walk stops at the first
 * character no phrase continues with, so the cost is linear in the text with a small constant and
 * there is no backtracking to exploit.
 *
 * Phrase syntax (lexicon data): lowercase text; a space matches one to three whitespace characters;
 * a `*` after a word lets the word run on by up to six letters (`instruction*`, `nouvelle* instruction*`);
 * every apostrophe (`'` `’` `‘` `ʼ` `` ` `` `´`) matches every other; a phrase ending in an apostrophe
 * (an elision: `n'`, `l'`) needs no word boundary after it. Phrases go through the normalizer the text
 * goes through ({@link KEYWORD_COPY}, {@link MATCHING_COPY}), so both sides are folded alike.
 *
 * Each phrase carries tags (up to 96, as three 32-bit words): the injection detector tags cue classes,
 * the restriction compiler tags languages. A scan can ask for some tags only (`want`): phrases without
 * them then take no part, not even by shadowing a shorter phrase.
 *
 * Speed notes (the scan runs on every prompt, budgeted against one regex pass over the same text):
 * - transitions live in a double-array trie over a compact alphabet: a step is a code-table load and
 *   one 4-byte word (the child's label and its own base), with no hashing or probing; tags sit in a
 *   small table of distinct combinations, read only where a phrase may end;
 * - one per-scanner class table says "word character / may start a bounded phrase / may start a free
 *   phrase" in a single load, and a branch-free first pass collects the candidate starts with it
 *   (on this prose the word edges are unpredictable branches, which cost more than the loads);
 * - the first two ASCII characters of a bounded walk come from a 128x128 pair table, and the walk goes
 *   on inline through nodes that end no phrase (most walks die there), calling the full walk only at
 *   the first node that may end one;
 * - both passes read the text's UTF-16 units from a typed array (one native copy per scan), which
 *   costs about a third of `charCodeAt` per read.
 * @module
 */
import { UnitBuffer } from '../text/units.js';
import { createNormalizer } from '../text/index.js';
import type { NormalizedText } from '../text/index.js';

/**
 * Most tags a phrase set can use: three 32-bit words. A fixed third word, not an array per set: the scan
 * keeps each word in a register and a hit's tags in three plain number arrays (issue #10).
 */
export const MAX_TAGS = 96;
/** Words per tag set in a trie's tag table (exact then stem). */
const TAG_WORDS = 3;

/** The mask words of a set of tags: bit `i` of `lo` for tags 0..31, of `hi` for 32..63, of `top` for 64..95. */
export interface TagMask {
  lo: number;
  hi: number;
  top: number;
}

/** The mask words of one tag. */
export function tagMask(tag: number): TagMask {
  if (!Number.isInteger(tag) || tag < 0 || tag >= MAX_TAGS) throw new RangeError(`phrase tag ${tag} is outside 0..${MAX_TAGS - 1}`);
  const bit = 1 << (tag & 31);
  return { lo: tag < 32 ? bit : 0, hi: tag >= 32 && tag < 64 ? bit : 0, top: tag >= 64 ? bit : 0 };
}

const SPACE = 32;
const APOS = 39;
/** How many letters a `word*` stem may run on. */
const MAX_STEM = 6;
/**
 * Builder character for a stem in the middle of a phrase (`системн* промпт*`): a `*` before a space.
 * A noncharacter, so no text unit means it (its code is withdrawn from the text alphabet).
 */
const INNER_STEM = 0xffff;
/** How many whitespace characters one space in a phrase stands for. */
const MAX_GAP = 3;

// Character tables for the BMP, built once at load: word characters (letters, marks, digits) and
// letters-or-marks (what a stem may run on). Surrogates count as neither (emoji are not words). Built
// by one regex pass over the whole BMP as a string, filling each run of matches natively: testing the
// 65,536 characters one by one took a good part of the package's import.
const WORD = new Uint8Array(0x10000);
const STEM = new Uint8Array(0x10000);
{
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? SPACE : c;
  const bmp = new TextDecoder('utf-16le').decode(units);
  const fill = (table: Uint8Array, runs: RegExp): void => {
    for (const m of bmp.matchAll(runs)) table.fill(1, m.index, m.index + m[0].length);
  };
  fill(WORD, /[\p{L}\p{M}\p{N}]+/gu);
  fill(STEM, /[\p{L}\p{M}]+/gu);
  // ASCII by its own rule (the same sets; stated, since the scan loops lean on it).
  for (let c = 0; c < 0x80; c++) {
    const ch = String.fromCharCode(c);
    WORD[c] = /[a-z0-9]/i.test(ch) ? 1 : 0;
    STEM[c] = /[a-z]/i.test(ch) ? 1 : 0;
  }
}

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x202f;
const isApostrophe = (c: number): boolean =>
  c === 39 || c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x60 || c === 0xb4;

/** One phrase ready for insertion: canonical text, tag masks, stem flag, boundary flag. */
export interface PhraseEntry {
  text: string;
  /** Tags 0..31 (see {@link tagMask}). */
  lo: number;
  /** Tags 32..63. */
  hi: number;
  /** Tags 64..95. */
  top: number;
  stem: boolean;
  /** Whether the phrase must start and end on word boundaries. */
  bounded: boolean;
}

/**
 * Phrase hits of one scan, as parallel arrays sorted by start (indices into the scanned string).
 * Matching is leftmost-longest and non-overlapping; a hit carries the tags of every phrase of its
 * length that matched there.
 */
export interface PhraseHits {
  lo: number[];
  hi: number[];
  top: number[];
  start: number[];
  end: number[];
  /** Union of all tags, for quick presence tests. */
  presentLo: number;
  presentHi: number;
  presentTop: number;
}

/** A compiled phrase set. */
export interface PhraseScanner {
  /** Number of phrases compiled. */
  readonly size: number;
  /**
   * The phrases found in `text`. With `wantLo`/`wantHi`/`wantTop`, only phrases carrying one of those
   * tags take part (all by default).
   */
  scan(text: string, wantLo?: number, wantHi?: number, wantTop?: number): PhraseHits;
  /** The whitespace-separated words of the text of the last `scan` (overwritten by the next one). */
  readonly words: ScannedWords;
}

/**
 * Words (maximal runs of characters other than space and tab..carriage return) of a scanned text,
 * as parallel arrays valid for `count` entries: the FNV-1a hash of each word's UTF-16 units (int32),
 * its start and its end. The phrase scan reads every character anyway, so it hashes them in the same
 * loop for the repeated-token rule instead of leaving that a pass of its own.
 */
export interface ScannedWords {
  count: number;
  hash: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

/** Word arrays are kept for reuse up to the words of a 64K-unit text. */
const KEEP_WORDS = 0x8001;
/** FNV-1a offset basis and prime (32-bit). */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * One phrase set at build time: a plain trie of maps, frozen into a double array by {@link freeze}.
 */
class TrieBuilder {
  /** Per node: exact tags lo, hi, top, stem tags lo, hi, top. */
  readonly tags: number[] = [0, 0, 0, 0, 0, 0];
  readonly edges: Array<Map<number, number> | undefined> = [undefined];

  add(text: string, lo: number, hi: number, top: number, isStem: boolean): boolean {
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
        // `word* more`: the word may run on, then the phrase goes on (the text side is in `walk`).
        else if (c === 42 && i + 1 < text.length && isSpace(text.charCodeAt(i + 1)) && node !== 0) c = INNER_STEM;
      }
      let out = this.edges[node];
      if (out === undefined) this.edges[node] = out = new Map();
      let child = out.get(c);
      if (child === undefined) {
        child = this.edges.length;
        this.tags.push(0, 0, 0, 0, 0, 0);
        this.edges.push(undefined);
        out.set(c, child);
      }
      node = child;
      any = true;
    }
    if (!any || prevSpace) return false; // empty or trailing space: malformed, skip
    const at = 2 * TAG_WORDS * node + (isStem ? TAG_WORDS : 0);
    this.tags[at]! |= lo;
    this.tags[at + 1]! |= hi;
    this.tags[at + 2]! |= top;
    return true;
  }
}

/**
 * A frozen trie as a double array with one 32-bit word per slot: `base << (labelBits + 1) | flag <<
 * labelBits | label`. A node's id is its slot; its child by alphabet code `k` is slot `base + k` when
 * that slot's label is `k`. Labels can stand in for parent ids because no two nodes with children
 * share a base (the placement makes sure of it): a slot's label then names its one parent. Childless
 * nodes share a base whose whole window is free, so every step from them fails. A step is one
 * code-table load and one 4-byte load, which also brings the child's own base: the injection trie's
 * 107,000 slots take 420 KB, half of a `[base, check]` record's, and the scan evicts less of the
 * other detectors' tables (issue #16: the pieces cost more together than alone).
 *
 * The flag marks nodes that end a phrase or open an inner stem; only there does the walk read the
 * node's tags: `tagOf[slot]` indexes `tags`, six words per distinct `[exactLo, exactHi, exactTop,
 * stemLo, stemHi, stemTop]` (entry 0 is all zeros). Phrase sets share few tag combinations (161 in the injection
 * trie), so this table is a few KB where a record per slot took 1.7 MB.
 * Slot 0 is the root; nodes are placed in breadth-first order so the shallow, hot ones share a small
 * region of memory.
 */
export interface Trie {
  readonly nav: Int32Array;
  readonly tagOf: Uint16Array;
  readonly tags: Int32Array;
}

/** Bits of a slot's label for an alphabet of codes 1..maxCode (0 labels a free slot). */
export const labelBitsFor = (maxCode: number): number => Math.max(1, 32 - Math.clz32(maxCode));

/** Packs a builder into a double array; `code` maps characters to the shared compact alphabet 1..maxCode. */
function freeze(b: TrieBuilder, code: Uint16Array, maxCode: number, labelBits: number): Trie {
  const nodes = b.edges.length;
  let cap = 0;
  let used = new Uint8Array(0);
  // Bases taken by nodes with children: each must be unique, or a label would not name the parent.
  let baseTaken = new Uint8Array(0);
  // Free slots as a doubly linked list in ascending order, so the search visits only free slots.
  // Index `cap` is the list's end marker.
  let next = new Int32Array(1);
  let prev = new Int32Array(1);
  let head = 0;
  let tail = -1;
  // Per slot: base and builder node (-1: free).
  let slotBase = new Int32Array(0);
  let slotNode = new Int32Array(0);
  const grow = (size: number): void => {
    const u = new Uint8Array(size);
    u.set(used);
    const bt = new Uint8Array(size);
    bt.set(baseTaken);
    baseTaken = bt;
    const sb = new Int32Array(size);
    sb.set(slotBase);
    slotBase = sb;
    const sn = new Int32Array(size).fill(-1);
    sn.set(slotNode);
    slotNode = sn;
    const nx = new Int32Array(size + 1);
    nx.set(next.subarray(0, cap));
    const pv = new Int32Array(size + 1);
    pv.set(prev.subarray(0, cap));
    for (let s = cap; s < size; s++) {
      pv[s] = s === cap ? tail : s - 1;
      nx[s] = s + 1;
    }
    if (tail >= 0) nx[tail] = cap;
    else head = cap;
    tail = size - 1;
    nx[size] = size;
    used = u;
    next = nx;
    prev = pv;
    cap = size;
  };
  const take = (s: number): void => {
    used[s] = 1;
    const p = prev[s]!;
    const q = next[s]!;
    if (p >= 0) next[p] = q;
    else head = q;
    if (q < cap) prev[q] = p;
    else tail = p;
  };
  grow(nodes + 2 * (maxCode + 1));
  take(0);
  slotNode[0] = 0;
  const slotOf = new Int32Array(nodes);
  /** Per builder node: the alphabet code of the edge into it (the root: 0). */
  const labelOf = new Int32Array(nodes);
  const queue: number[] = [0];
  const keys: number[] = [];
  const kids: number[] = [];
  let top = 0;
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi]!;
    const slot = slotOf[node]!;
    const out = b.edges[node];
    if (out === undefined) {
      slotBase[slot] = -1; // childless: given the shared dead base below
      continue;
    }
    keys.length = 0;
    kids.length = 0;
    let lo = 0x10000;
    let hi = 0;
    for (const [c, k] of out) {
      const key = code[c]!;
      keys.push(key);
      kids.push(k);
      if (key < lo) lo = key;
      if (key > hi) hi = key;
    }
    // First fit over free slots only: the lowest code takes a free slot, the others must be free too,
    // and the base must be no other node's.
    let s = head;
    while (s < lo) s = next[s]!;
    for (;;) {
      const at = s - lo;
      if (at + hi >= cap) grow(Math.max(cap * 2, at + hi + maxCode + 2));
      let fits = baseTaken[at] === 0;
      for (let x = 0; fits && x < keys.length; x++) if (used[at + keys[x]!] === 1) fits = false;
      if (fits) break;
      s = next[s]!;
      if (s >= cap) grow(cap * 2);
    }
    const at = s - lo;
    baseTaken[at] = 1;
    slotBase[slot] = at;
    if (at + hi > top) top = at + hi;
    for (let x = 0; x < keys.length; x++) {
      const childSlot = at + keys[x]!;
      take(childSlot);
      slotNode[childSlot] = kids[x]!;
      slotOf[kids[x]!] = childSlot;
      labelOf[kids[x]!] = keys[x]!;
      queue.push(kids[x]!);
    }
  }
  // Childless nodes share one base past every used slot, its window of maxCode slots all free; every
  // other base is below `top`, so this size keeps `base + code` in bounds for any node and code.
  const deadBase = top + 1;
  const size = deadBase + maxCode + 1;
  const shift = labelBits + 1;
  if (size > 2 ** (32 - shift)) {
    throw new RangeError(`phrase set too large: its trie needs ${size} slots, more than the ${2 ** (32 - shift)} a ${labelBits}-bit alphabet leaves room for`);
  }
  const nav = new Int32Array(size);
  const tagOf = new Uint16Array(size);
  const stride = 2 * TAG_WORDS;
  const tagList: number[] = new Array<number>(stride).fill(0);
  const tagIds = new Map<string, number>([[tagList.join(','), 0]]);
  const t = b.tags;
  for (let s = 0; s < size && s < cap; s++) {
    const node = slotNode[s]!;
    if (node < 0) continue; // free: label 0 matches no code
    const label = labelOf[node]!;
    const base = slotBase[s]! < 0 ? deadBase : slotBase[s]!;
    const own = t.slice(stride * node, stride * node + stride);
    const ends = own.some((w) => w !== 0);
    // Nodes that end a phrase or open an inner stem are flagged, so `walk` looks further only there.
    const flagged = ends || b.edges[node]?.has(INNER_STEM) === true;
    nav[s] = (base << shift) | ((flagged ? 1 : 0) << labelBits) | label;
    if (ends) {
      const key = own.join(',');
      let id = tagIds.get(key);
      if (id === undefined) {
        id = tagIds.size;
        if (id > 0xffff) throw new RangeError('phrase set too large: more than 65,536 distinct tag combinations');
        tagIds.set(key, id);
        tagList.push(...own);
      }
      tagOf[s] = id;
    }
  }
  return { nav, tagOf, tags: new Int32Array(tagList) };
}

// Bits of the scanner's per-character class table. The branch-free candidate pass relies on these
// exact positions (bit 1: bounded start, bit 2: free start).
const C_WORD = 1;
const C_BSTART = 2;
const C_FSTART = 4;

/**
 * @internal The arrays of a compiled scanner: what `phrase-pack.ts` stores at build time and restores
 * at run time, so the built-in lexicons are not compiled in every process.
 */
export interface ScannerTables {
  readonly bounded: Trie;
  readonly free: Trie;
  readonly code: Uint16Array;
  readonly cls: Uint8Array;
  readonly size: number;
  readonly innerStemCode: number;
  /** Bits of a slot's label (see {@link Trie}); both tries share the alphabet, hence the width. */
  readonly labelBits: number;
}

/** Phrases compiled in this process so far (tests check that start-up work does not regrow). */
let phrasesCompiled = 0;

/** @internal How many phrase entries this process has compiled into tries (restored tables count none). */
export const compiledPhraseCount = (): number => phrasesCompiled;

/** @internal The arrays of a scanner made by {@link compilePhrases} or {@link scannerFromTables}. */
export const scannerTables = (scanner: PhraseScanner): ScannerTables => Scanner.tablesOf(scanner);

/** @internal A scanner over tables taken from {@link scannerTables} (the same scanner, with no compilation). */
export const scannerFromTables = (t: ScannerTables): PhraseScanner => new Scanner(t.bounded, t.free, t.code, t.cls, t.size, t.innerStemCode, t.labelBits);

/** Builds a scanner over `entries`. */
export function compilePhrases(entries: readonly PhraseEntry[]): PhraseScanner {
  phrasesCompiled += entries.length;
  const bounded = new TrieBuilder();
  const free = new TrieBuilder();
  let size = 0;
  for (const e of entries) if ((e.bounded ? bounded : free).add(e.text, e.lo, e.hi, e.top, e.stem)) size++;

  // Shared alphabet: code 0 means "in no phrase"; every space maps to the code of SPACE and every
  // apostrophe to that of APOS, which folds the text the same way `add` folded the phrases.
  const code = new Uint16Array(0x10000);
  // Frequent characters get small codes, which packs the double array densely.
  const freq = new Map<number, number>();
  for (const b of [bounded, free]) {
    for (const out of b.edges) if (out !== undefined) for (const c of out.keys()) freq.set(c, (freq.get(c) ?? 0) + 1);
  }
  const byFreq = [...freq].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  byFreq.forEach(([c], i) => (code[c] = i + 1));
  const maxCode = byFreq.length;
  for (let c = 0; c < 0x10000; c++) {
    if (isSpace(c)) code[c] = code[SPACE]!;
    else if (isApostrophe(c)) code[c] = code[APOS]!;
  }

  // Per-character class for the scan loop: word character, first character of a bounded phrase,
  // first character (>= 0x80, as before) of a free phrase.
  const cls = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) cls[c] = WORD[c]!;
  const roots = (b: TrieBuilder, flag: number, minChar: number): void => {
    const out = b.edges[0];
    if (out === undefined) return;
    // The raw character, not its folded form: a phrase is only tried where the text character itself
    // is a phrase's first character (a word character for bounded phrases).
    for (const c of out.keys()) if (c >= minChar && (flag !== C_BSTART || WORD[c] === 1)) cls[c]! |= flag;
  };
  roots(bounded, C_BSTART, 0);
  roots(free, C_FSTART, 0x80);
  const labelBits = labelBitsFor(maxCode);
  const tries = [freeze(bounded, code, maxCode, labelBits), freeze(free, code, maxCode, labelBits)] as const;
  const innerStemCode = code[INNER_STEM]!;
  code[INNER_STEM] = 0; // the text never steps on it: only `walk` does, after a stem
  return new Scanner(tries[0], tries[1], code, cls, size, innerStemCode, labelBits);
}

class Scanner implements PhraseScanner {
  // Result registers of `walk` (fields, not closures: the hot loop stays monomorphic).
  private hitEnd = -1;
  private hitLo = 0;
  private hitHi = 0;
  private hitTop = 0;
  /** The tags asked for by the current scan. */
  private wantLo = -1;
  private wantHi = -1;
  private wantTop = -1;
  private readonly spaceCode: number;
  /** The parts of a slot word (see {@link Trie}). */
  private readonly labelMask: number;
  private readonly flagBit: number;
  private readonly baseShift: number;
  /**
   * Bounded-trie state after two ASCII characters at a word start, indexed `c0 << 7 | c1`: the slot
   * word of the node reached (its base, so the next step needs no load of the node itself: at 1 KB the
   * trie's lines are mostly cold, and each dependent load is a miss), 0 when no phrase starts so, or
   * -1 when the full walk must decide (a space follows, with its gap rule, the one- or two-character
   * prefix may end a phrase, or the word does not fit a positive int).
   */
  private readonly pair = new Int32Array(128 * 128);

  /** The arrays of `scanner`, which must be one of this class. */
  static tablesOf(scanner: PhraseScanner): ScannerTables {
    if (!(scanner instanceof Scanner)) throw new TypeError('not a compiled phrase scanner');
    const { bounded, free, code, cls, size, innerStemCode, labelBits } = scanner;
    return { bounded, free, code, cls, size, innerStemCode, labelBits };
  }

  constructor(
    private readonly bounded: Trie,
    private readonly free: Trie,
    private readonly code: Uint16Array,
    private readonly cls: Uint8Array,
    readonly size: number,
    /** Alphabet code of an inner stem (0: no phrase has one). */
    private readonly innerStemCode: number,
    private readonly labelBits: number,
  ) {
    this.spaceCode = code[SPACE]!;
    this.labelMask = (1 << labelBits) - 1;
    this.flagBit = 1 << labelBits;
    this.baseShift = labelBits + 1;
    const nav = bounded.nav;
    const childOf = (node: number, k: number): number => {
      if (k === 0) return 0;
      const slot = (nav[node]! >>> this.baseShift) + k;
      return (nav[slot]! & this.labelMask) === k ? slot : 0;
    };
    for (let c0 = 0; c0 < 128; c0++) {
      if ((cls[c0]! & C_BSTART) === 0) continue;
      const n1 = childOf(0, code[c0]!);
      const terminal = n1 === 0 || (nav[n1]! & this.flagBit) !== 0;
      for (let c1 = 0; c1 < 128; c1++) {
        const n2 = terminal || isSpace(c1) ? -1 : childOf(n1, code[c1]!);
        const word = n2 > 0 ? nav[n2]! : 0;
        this.pair[(c0 << 7) | c1] = n2 < 0 || word < 0 || (word & this.flagBit) !== 0 ? -1 : word;
      }
    }
  }

  /**
   * Longest phrase of `t` that continues from `node` (reached by reading the units up to `j`) into
   * the registers; bounded phrases need a boundary after. The root has no terminal masks, so starting
   * at the root is the plain walk.
   */
  private walk(t: Trie, text: Uint16Array, n: number, node: number, j: number, needBoundary: boolean): void {
    const code = this.code;
    const sp = this.spaceCode;
    const wantLo = this.wantLo;
    const wantHi = this.wantHi;
    const wantTop = this.wantTop;
    let hitEnd = -1;
    let hitLo = 0;
    let hitHi = 0;
    let hitTop = 0;
    const nav = t.nav;
    const labelMask = this.labelMask;
    const shift = this.baseShift;
    let word = nav[node]!;
    for (;;) {
      const base = word >>> shift;
      if ((word & this.flagBit) !== 0) {
        const tags = t.tags;
        const at = 2 * TAG_WORDS * t.tagOf[node]!;
        const exLo = tags[at]! & wantLo;
        const exHi = tags[at + 1]! & wantHi;
        const exTop = tags[at + 2]! & wantTop;
        const stLo = tags[at + 3]! & wantLo;
        const stHi = tags[at + 4]! & wantHi;
        const stTop = tags[at + 5]! & wantTop;
        // An elided phrase ("n'", "l'") ends on its apostrophe: the next word follows without a boundary.
        if ((exLo | exHi | exTop) !== 0 && (!needBoundary || j >= n || WORD[text[j]!] === 0 || isApostrophe(text[j - 1]!))) {
          if (j > hitEnd) {
            hitEnd = j;
            hitLo = exLo;
            hitHi = exHi;
            hitTop = exTop;
          } else if (j === hitEnd) {
            hitLo |= exLo;
            hitHi |= exHi;
            hitTop |= exTop;
          }
        }
        if ((stLo | stHi | stTop) !== 0) {
          let k = j;
          while (k < n && k - j < MAX_STEM && STEM[text[k]!] === 1) k++;
          if (!needBoundary || k >= n || WORD[text[k]!] === 0) {
            if (k > hitEnd) {
              hitEnd = k;
              hitLo = stLo;
              hitHi = stHi;
              hitTop = stTop;
            } else if (k === hitEnd) {
              hitLo |= stLo;
              hitHi |= stHi;
              hitTop |= stTop;
            }
          }
        }
        const inner = this.innerStemCode;
        if (inner !== 0 && (nav[base + inner]! & labelMask) === inner) {
          // An inner stem: the word runs on by up to MAX_STEM letters, then the rest of the phrase
          // is walked from there (one nested walk per inner stem of the phrase, so depth is tiny).
          let k = j;
          while (k < n && k - j < MAX_STEM && STEM[text[k]!] === 1) k++;
          this.walk(t, text, n, base + inner, k, needBoundary);
          if (this.hitEnd > hitEnd) {
            hitEnd = this.hitEnd;
            hitLo = this.hitLo;
            hitHi = this.hitHi;
            hitTop = this.hitTop;
          } else if (this.hitEnd === hitEnd && hitEnd >= 0) {
            hitLo |= this.hitLo;
            hitHi |= this.hitHi;
            hitTop |= this.hitTop;
          }
        }
      }
      if (j >= n) break;
      const k = code[text[j]!]!;
      if (k === 0) break;
      const s = base + k;
      word = nav[s]!;
      if ((word & labelMask) !== k) break;
      node = s;
      if (k === sp) {
        // One phrase space stands for up to MAX_GAP whitespace characters.
        let g = j + 1;
        while (g < n && g - j < MAX_GAP && isSpace(text[g]!)) g++;
        j = g;
      } else j++;
    }
    this.hitEnd = hitEnd;
    this.hitLo = hitLo;
    this.hitHi = hitHi;
    this.hitTop = hitTop;
  }

  /** Candidate positions of the current scan (reused between scans: scans do not nest). */
  private starts = new Int32Array(1024);
  /** The units of the text being scanned. */
  private readonly units = new UnitBuffer();
  readonly words: ScannedWords = { count: 0, hash: new Int32Array(512), start: new Int32Array(512), end: new Int32Array(512) };

  /** Word arrays with room for every word of an `n`-unit text (a word and its separator take two). */
  private wordArrays(n: number): ScannedWords {
    const words = this.words;
    const need = (n >> 1) + 1;
    const have = words.hash.length;
    // Grown by doubling up to the words of a 64K text; a larger text gets arrays of its own size,
    // replaced by the next scan of a smaller text.
    if (have < need || (have > KEEP_WORDS && need <= KEEP_WORDS)) {
      const size = need > KEEP_WORDS ? need : Math.min(KEEP_WORDS, Math.max(need, 2 * Math.min(have, KEEP_WORDS)));
      words.hash = new Int32Array(size);
      words.start = new Int32Array(size);
      words.end = new Int32Array(size);
    }
    return words;
  }

  scan(str: string, wantLo = -1, wantHi = -1, wantTop = -1): PhraseHits {
    const hits: PhraseHits = { lo: [], hi: [], top: [], start: [], end: [], presentLo: 0, presentHi: 0, presentTop: 0 };
    this.wantLo = wantLo;
    this.wantHi = wantHi;
    this.wantTop = wantTop;
    const n = str.length;
    const text = this.units.load(str);
    const cls = this.cls;
    const pair = this.pair;
    // Pass 1: every position where a phrase may start. A bounded phrase may start at a word
    // character that begins one and follows a non-word character (or the text start); a free phrase
    // at any character >= 0x80 that begins one. Per character the test is branch-free (in prose the
    // word edges are unpredictable, and mispredictions dominated a branchy loop). The same loop
    // hashes the whitespace-separated words (see `words`): their edges are the only branches, and
    // whitespace never starts a phrase, so skipping it leaves the start positions unchanged.
    let starts = this.starts;
    if (starts.length < n) {
      // Kept for reuse up to 64K positions; a larger text gets a buffer of its own, not retained.
      starts = new Int32Array(n);
      if (n <= 0x10000) this.starts = starts;
    }
    const words = this.wordArrays(n);
    const wordHash = words.hash;
    const wordStart = words.start;
    const wordEnd = words.end;
    let count = 0;
    let m = 0;
    let prevWord = 0;
    let p = 0;
    for (;;) {
      let c = 0;
      while (p < n && ((c = text[p]!) === 32 || (c >= 9 && c <= 13))) p++;
      if (p >= n) break;
      prevWord = 0;
      const first = p;
      let h = FNV_OFFSET;
      do {
        const f = cls[c]!;
        starts[m] = p;
        m += (((f >> 1) & ~prevWord) | (f >> 2)) & 1;
        prevWord = f & C_WORD;
        h = Math.imul(h ^ c, FNV_PRIME);
        p++;
      } while (p < n && !((c = text[p]!) === 32 || (c >= 9 && c <= 13)));
      wordHash[count] = h;
      wordStart[count] = first;
      wordEnd[count] = p;
      count++;
    }
    words.count = count;
    // Pass 2: the walks, in text order, skipping positions covered by the previous hit. Whether a
    // position starts a bounded phrase depends only on it and the character before, so this visits
    // the same starts as a left-to-right scan that jumps over each hit.
    let covered = 0;
    const boundedNav = this.bounded.nav;
    const code = this.code;
    const sp = this.spaceCode;
    const labelMask = this.labelMask;
    const flagBit = this.flagBit;
    const shift = this.baseShift;
    const rootWord = boundedNav[0]!;
    for (let x = 0; x < m; x++) {
      const i = starts[x]!;
      if (i < covered) continue;
      const c = text[i]!;
      const f = cls[c]!;
      let end = -1;
      let lo = 0;
      let hi = 0;
      let top = 0;
      if ((f & C_BSTART) !== 0 && (i === 0 || WORD[text[i - 1]!] === 0)) {
        // The first two characters through the pair table (two trie steps in one load; 0 ends it).
        let node = 0;
        let j = i;
        let word = rootWord;
        if (c < 128 && i + 1 < n) {
          const c1 = text[i + 1]!;
          if (c1 < 128) {
            const q = pair[(c << 7) | c1]!;
            if (q > 0) {
              // Two steps taken: `word` is the node's (never flagged), and `node` is set by the next step.
              word = q;
              j = i + 2;
            } else if (q === 0) j = -1;
          }
        }
        if (j >= 0) {
          // Steps through nodes that end no phrase inline; the full walk takes over at the first that
          // may (a phrase end or an inner stem), so the many walks that die early cost no call.
          for (;;) {
            if ((word & flagBit) !== 0) {
              this.walk(this.bounded, text, n, node, j, true);
              end = this.hitEnd;
              lo = this.hitLo;
              hi = this.hitHi;
              top = this.hitTop;
              break;
            }
            if (j >= n) break;
            const k = code[text[j]!]!;
            if (k === 0) break;
            const slot = (word >>> shift) + k;
            word = boundedNav[slot]!;
            if ((word & labelMask) !== k) break;
            node = slot;
            if (k === sp) {
              // One phrase space stands for up to MAX_GAP whitespace characters (as in `walk`).
              let g = j + 1;
              while (g < n && g - j < MAX_GAP && isSpace(text[g]!)) g++;
              j = g;
            } else j++;
          }
        }
      }
      if ((f & C_FSTART) !== 0) {
        this.walk(this.free, text, n, 0, i, false);
        if (this.hitEnd > end) {
          end = this.hitEnd;
          lo = this.hitLo;
          hi = this.hitHi;
          top = this.hitTop;
        } else if (this.hitEnd === end && end >= 0) {
          lo |= this.hitLo;
          hi |= this.hitHi;
          top |= this.hitTop;
        }
      }
      if (end > i) {
        hits.lo.push(lo);
        hits.hi.push(hi);
        hits.top.push(top);
        hits.start.push(i);
        hits.end.push(end);
        hits.presentLo |= lo;
        hits.presentHi |= hi;
        hits.presentTop |= top;
        covered = end;
      }
    }
    return hits;
  }
}

// ---------------------------------------------------------------------------------------------
// The phrase syntax: lexicon lists compiled into one scanner

/** Turns a lexicon phrase into its canonical form(s): the folding the scanned copy of the text went through. */
export type PhraseCanonicalizer = (phrase: string) => readonly string[];

/**
 * One normalizer for every phrase of every lexicon, and for texts compiled like lexicons (a system
 * prompt): decoders off, since a phrase is never an encoded payload.
 */
let phraseNormalizer: ReturnType<typeof createNormalizer> | undefined;
export const normalizeWithoutDecoding = (text: string): NormalizedText => (phraseNormalizer ??= createNormalizer({ maxDecodeDepth: 0 }))(text);
const normalizePhrase = normalizeWithoutDecoding;

/**
 * For scans of the keyword copy (`collapsed`: leetspeak mapped back, separators collapsed). The
 * matching copy is kept as a second key when it differs (a phrase whose digits the collapse reads as
 * letters, "rot13").
 */
export const KEYWORD_COPY: PhraseCanonicalizer = (phrase) => {
  const n = normalizePhrase(phrase);
  return n.collapsed === n.matching ? [n.collapsed] : [n.collapsed, n.matching];
};

/** For scans of the matching copy (NFKC, look-alikes folded, marks dropped, lowercased). */
export const MATCHING_COPY: PhraseCanonicalizer = (phrase) => [normalizePhrase(phrase).matching];

/** A text folded like the matching copy (for code that compares single words with scanned text). */
export const foldLikeMatching = (text: string): string => normalizePhrase(text).matching;

/** One list of phrases in the lexicon syntax, all carrying one tag. */
export interface PhraseList {
  /** Tag of every phrase of the list, 0..95 (see {@link MAX_TAGS}). */
  readonly tag: number;
  readonly phrases: readonly string[];
  /**
   * Whether the language separates words with spaces. Phrases of unspaced scripts (Chinese,
   * Japanese, Thai) match anywhere, except Latin-script ones ("chatgpt" in a Japanese lexicon).
   * @default true
   */
  readonly spaced?: boolean;
}

/** Latin-script phrases keep word boundaries even in lexicons of unspaced scripts ("chatgpt" in ja). */
const LATIN_EDGES = /^[a-z0-9\u00c0-\u024f].*[a-z0-9\u00c0-\u024f]$|^[a-z0-9]$/;

/** The entries of phrase lists in the lexicon syntax, canonicalized by `canon`. */
export function phraseEntries(lists: readonly PhraseList[], canon: PhraseCanonicalizer): PhraseEntry[] {
  const entries: PhraseEntry[] = [];
  for (const list of lists) {
    const { lo, hi, top } = tagMask(list.tag);
    for (const raw of list.phrases) {
      const stem = raw.endsWith('*');
      const body = stem ? raw.slice(0, -1) : raw;
      for (const text of new Set(canon(body))) {
        const trimmed = text.trim();
        if (trimmed === '') continue;
        entries.push({ text: trimmed, lo, hi, top, stem, bounded: list.spaced !== false || LATIN_EDGES.test(trimmed) });
      }
    }
  }
  return entries;
}

/** Compiles phrase lists in the lexicon syntax into one scanner (see the module notes). */
export function compilePhraseLists(lists: readonly PhraseList[], canon: PhraseCanonicalizer): PhraseScanner {
  return compilePhrases(phraseEntries(lists, canon));
}
