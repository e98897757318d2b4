/**
 * The copy of a text that value detectors (PII, secrets) read: the `strip` spans removed and each
 * code point folded to its NFKC form (fullwidth digits, math letters), case kept, with the original
 * span of every unit. A value hidden behind a zero-width space or written in fullwidth digits is
 * then found, and its span covers the characters that hid it.
 *
 * Linear with a constant per unit: one pass over typed arrays; NFKC of a code point is memoized
 * (the native call costs about a microsecond), ASCII and characters NFKC leaves alone are copied as
 * they are.
 * @module
 */
import { isAscii } from './units.js';

/** A detection copy: `text` and, per UTF-16 unit of it, the original span it came from. */
export interface DetectionCopy {
  text: string;
  /** Original start offset of each UTF-16 unit of `text`. */
  starts: Uint32Array;
  /** Original end offset of each UTF-16 unit of `text`. */
  ends: Uint32Array;
}

/** NFKC of a BMP code unit when it differs from the unit itself; `null` when it is the same. */
const BMP_FOLD: Array<string | null | undefined> = new Array<string | null | undefined>(0x10000);
const astralFold = new Map<number, string | null>();
const ASTRAL_CACHE_LIMIT = 8192;

function foldOf(cp: number, ch: string): string | null {
  if (cp < 0x10000) {
    let fold = BMP_FOLD[cp];
    if (fold === undefined) {
      const nfkc = ch.normalize('NFKC');
      fold = nfkc === ch ? null : nfkc;
      BMP_FOLD[cp] = fold;
    }
    return fold;
  }
  let fold = astralFold.get(cp);
  if (fold === undefined) {
    const nfkc = ch.normalize('NFKC');
    fold = nfkc === ch ? null : nfkc;
    if (astralFold.size >= ASTRAL_CACHE_LIMIT) astralFold.clear();
    astralFold.set(cp, fold);
  }
  return fold;
}

const UTF16 = new TextDecoder('utf-16le');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

let unitsBuf = new Uint16Array(4096);

function unitsToString(units: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return UTF16.decode(new Uint8Array(units.buffer, units.byteOffset, length * 2));
  let out = '';
  for (let i = 0; i < length; i += 8192) {
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  }
  return out;
}

/**
 * The detection copy of `original` without the `strip` spans (sorted, non-overlapping, as
 * `NormalizedText.strip`), or `null` when the detectors can read the original as it is (plain ASCII,
 * nothing to strip). A lone surrogate becomes U+FFFD, one unit for one unit (no value contains either).
 */
export function detectionCopy(original: string, strip: ReadonlyArray<readonly [number, number]>): DetectionCopy | null {
  if (strip.length === 0 && isAscii(original)) return null;
  const n = original.length;
  // NFKC grows a code point to at most 18 units (U+FDFA); grow on demand instead of reserving that.
  let cap = n + 16;
  let units = unitsBuf.length >= cap ? unitsBuf : (unitsBuf = new Uint16Array(cap));
  let starts = new Uint32Array(cap);
  let ends = new Uint32Array(cap);
  let k = 0;
  let s = 0;
  let nextStrip = strip.length > 0 ? strip[0]![0] : n;
  const ensure = (more: number): void => {
    if (k + more <= cap) return;
    cap = Math.max(cap * 2, k + more);
    const u = new Uint16Array(cap);
    u.set(units.subarray(0, k));
    units = unitsBuf = u;
    const a = new Uint32Array(cap);
    a.set(starts.subarray(0, k));
    starts = a;
    const b = new Uint32Array(cap);
    b.set(ends.subarray(0, k));
    ends = b;
  };
  let i = 0;
  while (i < n) {
    if (i >= nextStrip) {
      i = Math.max(i, strip[s]![1]);
      s++;
      nextStrip = s < strip.length ? strip[s]![0] : n;
      continue;
    }
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      ensure(1);
      units[k] = c;
      starts[k] = i;
      ends[k++] = i + 1;
      i++;
      continue;
    }
    let width = 1;
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = original.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        width = 2;
        cp = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
      }
    }
    const fold = c >= 0xd800 && c <= 0xdfff && width === 1 ? null : foldOf(cp, width === 1 ? original[i]! : original.slice(i, i + 2));
    if (fold === null) {
      ensure(width);
      for (let u = 0; u < width; u++) {
        units[k] = original.charCodeAt(i + u);
        starts[k] = i;
        ends[k++] = i + width;
      }
    } else {
      ensure(fold.length);
      for (let u = 0; u < fold.length; u++) {
        units[k] = fold.charCodeAt(u);
        starts[k] = i;
        ends[k++] = i + width;
      }
    }
    i += width;
  }
  return { text: unitsToString(units, k), starts: starts.subarray(0, k), ends: ends.subarray(0, k) };
}
