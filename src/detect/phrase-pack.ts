/**
 * Compiled phrase scanners as compact strings: the build packs the scanners of the built-in lexicons
 * (`precompile-build.ts`, run by the build), and a process restores them instead of compiling the lexicons
 * again, which took most of the first `createScanner()` (normalizing some 20,000 phrases, building
 * and placing tries).
 *
 * A packed scanner is its arrays (see `ScannerTables`) as little-endian words, compressed and in base64.
 * The arrays are mostly zeros (the tag indexes of nodes that end no phrase, the code table), so this is
 * a fraction of their size; restoring costs one inflate and one copy per array.
 * @module
 */
import type * as Zlib from 'node:zlib';
import { lazyRequire } from '../core/lazy-require.js';
import { scannerFromTables, scannerTables, type PhraseScanner, type ScannerTables, type Trie } from './phrase-engine.js';

/** zlib (and the stream machinery under it) loads with the first restore, not with the package. */
const zlib = lazyRequire<typeof Zlib>('node:zlib');

/** Bumped when the layout changes, so a stale pack is refused rather than misread. */
const FORMAT = 0x70680005;
const HEADER_WORDS = 8;
const TABLE_UNITS = 0x10000;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Packs a compiled scanner (build time): the header, each trie's slot words and tag table, each trie's
 * tag indexes (mostly zeros), then the code and class tables. Restoring is then a few native copies,
 * which matters because it runs once per process, before the optimizing compiler has seen any of it.
 */
export function packScanner(scanner: PhraseScanner, compression: Compression = 'brotli'): string {
  const t = scannerTables(scanner);
  const header = new Int32Array([FORMAT, t.size, t.innerStemCode, t.labelBits, t.bounded.nav.length, t.bounded.tags.length, t.free.nav.length, t.free.tags.length]);
  const parts: ArrayBufferView[] = [header, t.bounded.nav, t.bounded.tags, t.free.nav, t.free.tags, t.bounded.tagOf, t.free.tagOf, t.code, t.cls];
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
  const read = <T extends Int32Array | Uint16Array>(out: T): T => {
    const width = out instanceof Int32Array ? 4 : 2;
    if (at + out.length * width > bytes.length) throw new Error('mistral-guard: packed phrase tables are truncated; rebuild the package.');
    copy(bytes, at, out, width);
    at += out.length * width;
    return out;
  };
  const header = read(new Int32Array(HEADER_WORDS));
  if (header[0] !== FORMAT) throw new Error('mistral-guard: packed phrase tables of another format; rebuild the package.');
  const boundedNav = read(new Int32Array(header[4]!));
  const boundedTags = read(new Int32Array(header[5]!));
  const freeNav = read(new Int32Array(header[6]!));
  const freeTags = read(new Int32Array(header[7]!));
  const bounded: Trie = { nav: boundedNav, tags: boundedTags, tagOf: read(new Uint16Array(boundedNav.length)) };
  const free: Trie = { nav: freeNav, tags: freeTags, tagOf: read(new Uint16Array(freeNav.length)) };
  const code = read(new Uint16Array(TABLE_UNITS));
  const cls = new Uint8Array(TABLE_UNITS);
  cls.set(bytes.subarray(at, at + TABLE_UNITS));
  at += TABLE_UNITS;
  if (at !== bytes.length) throw new Error('mistral-guard: packed phrase tables are truncated; rebuild the package.');
  const tables: ScannerTables = { bounded, free, code, cls, size: header[1]!, innerStemCode: header[2]!, labelBits: header[3]! };
  return scannerFromTables(tables);
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
