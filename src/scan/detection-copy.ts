/**
 * The copy of a text that the PII and secret detectors read: invisible characters removed and the
 * characters people write numbers and values with folded to their ASCII forms, one character for one:
 *
 * - decimal digits of every script (Arabic-Indic `٠١٢`, Persian `۰۱۲`, Devanagari `०१२`, Bengali, Thai,
 *   fullwidth `０１２`, mathematical `𝟎𝟏𝟐`, … every Unicode `Nd` digit) → `0-9`;
 * - fullwidth ASCII forms (`ａｎａ＠ｅｘａｍｐｌｅ．ｃｏｍ`) → ASCII;
 * - space separators (NBSP, narrow NBSP, thin and figure spaces, the ideographic space, …) → a space;
 * - dashes and minus signs (`‐ ‑ ‒ – — ― −`) → `-`; the Arabic decimal separator and full stop → `.`.
 *
 * Nothing else changes: letters of other scripts, styled letters such as `𝐚` and emoji are kept as they
 * are, so a character next to a value is never mistaken for part of it (`𝐚ana.martin@example.com𝐛` keeps
 * its `𝐚` and `𝐛` when the address is redacted). Case is kept.
 *
 * Without the copy a zero-width space inside an email or a card number would hide the value from the
 * detectors, and stripping it afterwards would send the value upstream in clear. The copy is built in one
 * linear pass and decoded natively; plain ASCII text with nothing to strip needs no copy at all, and other
 * text with nothing to strip or fold is its own copy. Offset maps are built only when a detection needs them.
 * @module
 */
import type { Detection } from '../core/types.js';
import { isAscii } from '../text/units.js';

export interface DetectionCopy {
  text: string;
  /** Original start offset of each UTF-16 unit of `text`. */
  starts: Uint32Array;
  /** Original end offset of each UTF-16 unit of `text`. */
  ends: Uint32Array;
  /** `starts[unit]`, without building the maps when the copy is unit for unit the original's length. */
  startOf(unit: number): number;
  /** `ends[unit]`, likewise. */
  endOf(unit: number): number;
}

/**
 * First code point (the zero) of every run of Unicode decimal digits (`Nd`) outside ASCII, Unicode 16.
 * Every run holds ten digits, except the mathematical digits (five runs of ten from U+1D7CE) and Myanmar
 * Tai Laing (U+116D0, two runs): digit value = (code − zero) mod 10.
 */
const DIGIT_ZEROS: readonly number[] = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040,
  0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0,
  0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x10d40, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0,
  0x11650, 0x116c0, 0x116d0, 0x11730, 0x118e0, 0x11950, 0x11bf0, 0x11c50, 0x11d50, 0x11da0, 0x11de0, 0x11f50, 0x16130,
  0x16a60, 0x16ac0, 0x16b50, 0x16d70, 0x1ccf0, 0x1d7ce, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e5f1, 0x1e950, 0x1fbf0,
];
const DIGIT_RUN_LENGTH: Readonly<Record<number, number>> = { 0x1d7ce: 50, 0x116d0: 20 };

/** Folded ASCII code (+1; 0 = keep) of each BMP unit, built once. */
const BMP_FOLD = new Uint8Array(0x10000);
/** Astral digits: code point → ASCII digit code. */
const ASTRAL_DIGITS = new Map<number, number>();

for (const zero of DIGIT_ZEROS) {
  const n = DIGIT_RUN_LENGTH[zero] ?? 10;
  for (let k = 0; k < n; k++) {
    const code = 48 + (k % 10);
    if (zero + k < 0x10000) BMP_FOLD[zero + k] = code + 1;
    else ASTRAL_DIGITS.set(zero + k, code);
  }
}
// Fullwidth ASCII forms U+FF01..U+FF5E.
for (let c = 0xff01; c <= 0xff5e; c++) BMP_FOLD[c] = c - 0xfee0 + 1;
// Space separators (Zs) other than the ASCII space.
for (const c of [0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000]) {
  BMP_FOLD[c] = 32 + 1;
}
// Hyphens, dashes, minus signs.
for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63]) BMP_FOLD[c] = 45 + 1;
// Arabic full stop and decimal separator, ideographic full stop in numbers stay out (a sentence end).
BMP_FOLD[0x66b] = 46 + 1;
BMP_FOLD[0x6d4] = 46 + 1;

/** A unit outside ASCII: the search for characters the copy may fold hops from one to the next. */
const NON_ASCII = /[^\x00-\x7f]/g;
/** Hops after which the rest of the text is walked unit by unit (a text mostly outside ASCII). */
const MAX_HOPS = 32;

/** Whether the unit at `i` of `text` starts a character the copy folds. */
function foldsAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (BMP_FOLD[code] !== 0) return true;
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff && ASTRAL_DIGITS.has(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
}

/**
 * Whether `text` holds a character the copy folds: a native search hops over ASCII to each other unit
 * (most texts hold a few), and a text with many such units is walked unit by unit through the table,
 * which costs less than a regex class of every folded character tested at every unit.
 */
function holdsFoldable(text: string): boolean {
  NON_ASCII.lastIndex = 0;
  for (let hops = 0; hops < MAX_HOPS; hops++) {
    if (!NON_ASCII.test(text)) return false;
    if (foldsAt(text, NON_ASCII.lastIndex - 1)) return true;
  }
  for (let i = NON_ASCII.lastIndex, n = text.length; i < n; i++) if (text.charCodeAt(i) >= 0x80 && foldsAt(text, i)) return true;
  return false;
}

/** Scratch units of the copy being built; the string is decoded from them, so one array serves every call. */
let scratch = new Uint16Array(4096);

/**
 * The copy of one text. Its offset maps are built on first read: most texts yield no detection, and
 * then nothing reads them.
 */
class Copy implements DetectionCopy {
  private maps: { starts: Uint32Array; ends: Uint32Array } | undefined;
  /**
   * @param aligned nothing stripped and no astral digit folded: unit `k` of the copy comes from unit `k`
   * of the original, and the maps differ from the identity only on surrogate pairs
   */
  constructor(
    readonly text: string,
    private readonly original: string,
    private readonly strip: ReadonlyArray<readonly [number, number]>,
    private readonly aligned: boolean,
  ) {}
  get starts(): Uint32Array {
    return (this.maps ??= offsetMaps(this.original, this.strip, this.text.length)).starts;
  }
  get ends(): Uint32Array {
    return (this.maps ??= offsetMaps(this.original, this.strip, this.text.length)).ends;
  }
  // A few detections need no map of every unit: both halves of a pair span the whole character.
  startOf(unit: number): number {
    if (!this.aligned) return this.starts[unit]!;
    return unit > 0 && isLowSurrogate(this.original.charCodeAt(unit)) && isHighSurrogate(this.original.charCodeAt(unit - 1)) ? unit - 1 : unit;
  }
  endOf(unit: number): number {
    if (!this.aligned) return this.ends[unit]!;
    return isHighSurrogate(this.original.charCodeAt(unit)) && isLowSurrogate(this.original.charCodeAt(unit + 1)) ? unit + 2 : unit + 1;
  }
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
// charCodeAt past the end is NaN: no surrogate.
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Null when the detectors can read the original as it is (plain ASCII, nothing to strip). */
export function detectionCopy(original: string, strip: ReadonlyArray<readonly [number, number]>): DetectionCopy | null {
  if (strip.length === 0 && isAscii(original)) return null;
  // Nothing to strip or fold: the copy is the original (its maps still differ from the identity on surrogate pairs).
  if (strip.length === 0 && !holdsFoldable(original)) return new Copy(original, original, strip, true);
  const n = original.length;
  // The copy is never longer than the original: each unit kept or folded gives at most one unit.
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  const len = walk(original, strip, scratch, undefined, undefined);
  return new Copy(unitsToString(scratch, len), original, strip, strip.length === 0 && len === n);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The string of `units[0 .. len)`: one native UTF-16LE decode, which keeps lone surrogates as they are. */
function unitsToString(units: Uint16Array, len: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, len * 2).toString('utf16le');
  let out = '';
  for (let k = 0; k < len; k += 8192) out += String.fromCharCode(...units.subarray(k, Math.min(len, k + 8192)));
  return out;
}

/** The start and end offset in the original of each unit of the copy (a second walk, without units). */
function offsetMaps(original: string, strip: ReadonlyArray<readonly [number, number]>, len: number): { starts: Uint32Array; ends: Uint32Array } {
  const starts = new Uint32Array(len);
  const ends = new Uint32Array(len);
  walk(original, strip, undefined, starts, ends);
  return { starts, ends };
}

/**
 * The one pass that defines the copy: skips the stripped ranges, folds what {@link BMP_FOLD} and
 * {@link ASTRAL_DIGITS} say, and writes the units and/or their original spans. Returns the copy's length.
 */
function walk(
  original: string,
  strip: ReadonlyArray<readonly [number, number]>,
  units: Uint16Array | undefined,
  starts: Uint32Array | undefined,
  ends: Uint32Array | undefined,
): number {
  const n = original.length;
  let len = 0;
  let s = 0;
  let nextStrip = strip.length > 0 ? strip[0]![0] : Infinity;
  for (let i = 0; i < n; ) {
    if (i >= nextStrip) {
      i = Math.max(i, strip[s]![1]);
      s++;
      while (s < strip.length && strip[s]![1] <= i) s++;
      nextStrip = s < strip.length ? strip[s]![0] : Infinity;
      continue;
    }
    const code = original.charCodeAt(i);
    let width = 1;
    let unit = code;
    let pairLow = -1;
    if (code >= 0x80) {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
        const low = original.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          width = 2;
          const digit = ASTRAL_DIGITS.get(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
          // Kept as a pair unless a digit; both units map to the whole character.
          if (digit !== undefined) unit = digit;
          else pairLow = low;
        }
      }
      if (width === 1) {
        const fold = BMP_FOLD[code]!;
        if (fold !== 0) unit = fold - 1;
      }
    }
    if (units) units[len] = unit;
    if (starts) {
      starts[len] = i;
      ends![len] = i + width;
    }
    len++;
    if (pairLow >= 0) {
      if (units) units[len] = pairLow;
      if (starts) {
        starts[len] = i;
        ends![len] = i + 2;
      }
      len++;
    }
    i += width;
  }
  return len;
}

/** Maps detections on the copy back to spans of the original (covering any stripped characters inside). */
export function toOriginal(detections: readonly Detection[], copy: DetectionCopy | null): Detection[] {
  if (copy === null) return detections as Detection[];
  return detections.map((d) => ({ ...d, start: copy.startOf(d.start), end: copy.endOf(d.end - 1) }));
}
