/**
 * Compiled phrase scanners as compact strings: the build packs the scanners of the built-in lexicons
 * (`precompile-build.ts`, run by the build), and a process restores them instead of compiling the lexicons
 * again, which took most of the first `createScanner()` (normalizing some 20,000 phrases, building
 * and placing tries).
 *
 * A packed scanner is its arrays (see `ScannerTables`) as little-endian words, deflated and in base64.
 * The arrays are mostly zeros (the tag masks of nodes that end no phrase, the code table), so this is
 * a fraction of their size; restoring costs one inflate and one copy.
 * @module
 */
import type * as Zlib from 'node:zlib';
import { lazyRequire } from '../core/lazy-require.js';
import { scannerFromTables, scannerTables, type PhraseScanner, type ScannerTables, type Trie } from './phrase-engine.js';

/** zlib (and the stream machinery under it) loads with the first restore, not with the package. */
const zlib = lazyRequire<typeof Zlib>('node:zlib');

/** Bumped when the layout changes, so a stale pack is refused rather than misread. */
const FORMAT = 0x70680003;
const HEADER_WORDS = 7;
const TABLE_UNITS = 0x10000;
/** Words of one trie slot in `nav` (base, check) and in `masks` (exact lo, hi, stem lo, hi). */
const NAV_WORDS = 2;
const MASK_WORDS = 4;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Packs a compiled scanner (build time): the header, each trie's `nav` as it is, then the slot and mask
 * words of each slot that has tags (a tenth of them; the others' masks are zero), then the code and
 * class tables. Restoring is then a few native copies plus one short loop, which matters because it runs
 * once per process, before the optimizing compiler has seen any of it.
 */
export function packScanner(scanner: PhraseScanner, compression: Compression = 'brotli'): string {
  const t = scannerTables(scanner);
  const bounded = taggedSlots(t.bounded);
  const free = taggedSlots(t.free);
  const header = new Int32Array([FORMAT, t.size, t.innerStemCode, t.bounded.nav.length, bounded.length, t.free.nav.length, free.length]);
  const parts: ArrayBufferView[] = [header, t.bounded.nav, bounded, t.free.nav, free, t.code, t.cls];
  const bytes = Buffer.concat(parts.map((a) => littleEndianBytes(a)));
  const { brotliCompressSync, constants, deflateRawSync } = zlib();
  const packed =
    compression === 'brotli'
      ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } })
      : deflateRawSync(bytes, { level: 9 });
  return `${compression === 'brotli' ? 'b' : 'd'}${packed.toString('base64')}`;
}

/** How a packed scanner is compressed: brotli is a third smaller, deflate restores faster. */
export type Compression = 'brotli' | 'deflate';

/** Restores a scanner from {@link packScanner}'s string; the result scans exactly as the packed one. */
export function unpackScanner(packed: string): PhraseScanner {
  const { brotliDecompressSync, inflateRawSync } = zlib();
  const compressed = Buffer.from(packed.slice(1), 'base64');
  const bytes = packed.startsWith('b') ? brotliDecompressSync(compressed) : inflateRawSync(compressed);
  let at = 0;
  const words = (count: number): Int32Array => {
    const out = new Int32Array(count);
    copy(bytes, at, out, 4);
    at += 4 * count;
    return out;
  };
  const header = words(HEADER_WORDS);
  if (header[0] !== FORMAT) throw new Error('mistral-guard: packed phrase tables of another format; rebuild the package.');
  const trie = (navWords: number, taggedWords: number): Trie => {
    const nav = words(navWords);
    const tagged = words(taggedWords);
    const masks = new Int32Array((navWords / NAV_WORDS) * MASK_WORDS);
    // Element by element: a subarray per slot would allocate tens of thousands of views.
    for (let i = 0; i < taggedWords; i += TAGGED_WORDS) {
      const to = tagged[i]! * MASK_WORDS;
      for (let k = 0; k < MASK_WORDS; k++) masks[to + k] = tagged[i + 1 + k]!;
    }
    return { nav, masks };
  };
  const bounded = trie(header[3]!, header[4]!);
  const free = trie(header[5]!, header[6]!);
  const code = new Uint16Array(TABLE_UNITS);
  copy(bytes, at, code, 2);
  at += 2 * TABLE_UNITS;
  const cls = new Uint8Array(TABLE_UNITS);
  cls.set(bytes.subarray(at, at + TABLE_UNITS));
  at += TABLE_UNITS;
  if (at !== bytes.length) throw new Error('mistral-guard: packed phrase tables are truncated; rebuild the package.');
  const tables: ScannerTables = { bounded, free, code, cls, size: header[1]!, innerStemCode: header[2]! };
  return scannerFromTables(tables);
}

/** Words per tagged slot in a pack: the slot, then its four mask words. */
const TAGGED_WORDS = 1 + 4;

/** The slots of `t` whose masks are not all zero, as (slot, four mask words) records. */
function taggedSlots(t: Trie): Int32Array {
  const out: number[] = [];
  for (let s = 0; s < t.masks.length / MASK_WORDS; s++) {
    const words = t.masks.subarray(s * MASK_WORDS, (s + 1) * MASK_WORDS);
    if (words.some((w) => w !== 0)) out.push(s, ...words);
  }
  return new Int32Array(out);
}

/** The bytes of a typed array in little-endian order (the pack's byte order on any machine). */
function littleEndianBytes(a: ArrayBufferView): Buffer {
  const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  if (LITTLE_ENDIAN || a instanceof Uint8Array) return bytes;
  const swapped = Buffer.from(bytes);
  return a instanceof Uint16Array ? swapped.swap16() : swapped.swap32();
}

/** Copies little-endian `bytes` from `from` into `out` (elements of `width` bytes). */
function copy(bytes: Buffer, from: number, out: Int32Array | Uint16Array, width: 2 | 4): void {
  const view = new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  view.set(bytes.subarray(from, from + out.length * width));
  if (LITTLE_ENDIAN) return;
  const swapped = Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  if (width === 2) swapped.swap16();
  else swapped.swap32();
}
