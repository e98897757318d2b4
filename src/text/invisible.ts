/**
 * Invisible and format characters: classification tables (built once at module load) and the
 * carve-outs real text needs (emoji ZWJ sequences, joiners in Arabic-script and Indic words, flag
 * tag sequences, one variation selector per base character).
 * @module
 */

/** Class of a code point for the normalizer's slow path; `NONE` is an ordinary character. */
export const Inv = {
  NONE: 0,
  ZERO_WIDTH: 1,
  INVISIBLE_OPERATOR: 2,
  SOFT_HYPHEN: 3,
  BIDI_MARK: 4,
  BIDI_EMBEDDING: 5,
  BIDI_OVERRIDE: 6,
  HANGUL_FILLER: 7,
  VARIATION_SELECTOR: 8,
  FORMAT: 9,
  TAG: 10,
} as const;
export type Inv = (typeof Inv)[keyof typeof Inv];

/** Detection `type` reported for each class (kind `invisible`). */
export const INV_TYPE: readonly string[] = [
  '',
  'zero_width',
  'invisible_operator',
  'soft_hyphen',
  'bidi_control',
  'bidi_control',
  'bidi_control',
  'hangul_filler',
  'variation_selector_flood',
  'format_control',
  'tag_smuggling',
];

/** Detection score per class: overrides and tags are rarely innocent, soft hyphens and LRM often are. */
export const INV_SCORE: readonly number[] = [0, 0.6, 0.6, 0.2, 0.3, 0.6, 0.9, 0.6, 0.6, 0.5, 0.9];

/** BMP classification, one byte per code unit (read directly by the normalizer's hot loop). */
export const INV_BMP = new Uint8Array(0x10000);
const BMP = INV_BMP;
function mark(from: number, to: number, cls: Inv): void {
  BMP.fill(cls, from, to + 1);
}
mark(0x200b, 0x200d, Inv.ZERO_WIDTH); // ZWSP, ZWNJ, ZWJ
mark(0x2060, 0x2060, Inv.ZERO_WIDTH); // word joiner
mark(0xfeff, 0xfeff, Inv.ZERO_WIDTH); // BOM / ZWNBSP
mark(0x180e, 0x180e, Inv.ZERO_WIDTH); // Mongolian vowel separator
mark(0x034f, 0x034f, Inv.ZERO_WIDTH); // combining grapheme joiner
mark(0x2061, 0x2064, Inv.INVISIBLE_OPERATOR);
mark(0x00ad, 0x00ad, Inv.SOFT_HYPHEN);
mark(0x200e, 0x200f, Inv.BIDI_MARK); // LRM, RLM
mark(0x061c, 0x061c, Inv.BIDI_MARK); // ALM
mark(0x202a, 0x202c, Inv.BIDI_EMBEDDING); // LRE, RLE, PDF
mark(0x2066, 0x2069, Inv.BIDI_EMBEDDING); // isolates
mark(0x202d, 0x202e, Inv.BIDI_OVERRIDE); // LRO, RLO
mark(0x3164, 0x3164, Inv.HANGUL_FILLER);
mark(0xffa0, 0xffa0, Inv.HANGUL_FILLER);
mark(0x115f, 0x1160, Inv.HANGUL_FILLER);
mark(0xfe00, 0xfe0f, Inv.VARIATION_SELECTOR);
mark(0x2065, 0x2065, Inv.FORMAT);
mark(0x206a, 0x206f, Inv.FORMAT); // deprecated format characters
mark(0xfff9, 0xfffb, Inv.FORMAT); // interlinear annotation

/** Class of a code point. */
export function invisibleClass(cp: number): Inv {
  if (cp < 0x10000) return BMP[cp] as Inv;
  if (cp >= 0xe0000 && cp <= 0xe007f) return Inv.TAG;
  if (cp >= 0xe0100 && cp <= 0xe01ef) return Inv.VARIATION_SELECTOR;
  if ((cp >= 0x1d173 && cp <= 0x1d17a) || (cp >= 0x1bca0 && cp <= 0x1bca3)) return Inv.FORMAT;
  return Inv.NONE;
}

/** True when the BMP code unit may start something the slow path must look at (invisible or surrogate). */
export function isSpecialUnit(unit: number): boolean {
  return BMP[unit] !== 0 || (unit >= 0xd800 && unit <= 0xdbff);
}

/** Byte value of a variation selector in the "VS smuggling" encoding (FE00.. = 0..15, E0100.. = 16..255). */
export function variationSelectorByte(cp: number): number {
  return cp < 0x10000 ? cp - 0xfe00 : cp - 0xe0100 + 16;
}

const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
const EMOJI_MODIFIER = /^\p{Emoji_Modifier}$/u;

/** Emoji that may sit on either side of a ZWJ in an emoji sequence. */
export function isEmojiForJoin(cp: number): boolean {
  if (cp < 0xa9) return false;
  const ch = String.fromCodePoint(cp);
  return PICTOGRAPHIC.test(ch) || EMOJI_MODIFIER.test(ch);
}

/**
 * Scripts in which ZWJ/ZWNJ are part of spelling: Arabic-script languages (Persian, Urdu, Kurdish),
 * Syriac, Thaana, N'Ko, the Indic scripts (virama + ZWJ selects half forms), Sinhala, Tibetan,
 * Myanmar, Khmer, Mongolian.
 */
export function isJoinerScript(cp: number): boolean {
  return (
    (cp >= 0x0600 && cp <= 0x08ff && cp !== 0x061c) ||
    (cp >= 0x0900 && cp <= 0x0dff) ||
    (cp >= 0x0f00 && cp <= 0x109f) ||
    (cp >= 0x1780 && cp <= 0x18af) ||
    (cp >= 0xa8e0 && cp <= 0xa8ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfefe)
  );
}

/** Marks that spell a word in Brahmic and Southeast Asian scripts: kept in the matching copy. */
export function isSpellingMark(cp: number): boolean {
  return (
    (cp >= 0x0900 && cp <= 0x0dff) ||
    (cp >= 0x0e00 && cp <= 0x0fff) ||
    (cp >= 0x1000 && cp <= 0x109f) ||
    (cp >= 0x1780 && cp <= 0x17ff) ||
    (cp >= 0x1900 && cp <= 0x1aaf) ||
    (cp >= 0x1b00 && cp <= 0x1c4f) ||
    (cp >= 0xa800 && cp <= 0xa82f) ||
    (cp >= 0xa8e0 && cp <= 0xa8ff) ||
    (cp >= 0xa980 && cp <= 0xaadf) ||
    (cp >= 0x11000 && cp <= 0x11fff)
  );
}

/** Code point just before `index` in `text` (0 at the start). */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return 0;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/**
 * Whether the ZWJ/ZWNJ at `index` is legitimate: inside an emoji ZWJ sequence (ZWJ only), or between
 * two characters of a script that uses joiners in spelling.
 */
export function isLegitJoiner(text: string, index: number, cp: number): boolean {
  if (index + 1 >= text.length) return false;
  const next = text.codePointAt(index + 1)!;
  const prev = codePointBefore(text, index);
  if (cp === 0x200d) {
    // Emoji sequences: the base may carry VS16 (one unit) before the ZWJ.
    const base = prev === 0xfe0f ? codePointBefore(text, index - 1) : prev;
    if (isEmojiForJoin(base) && isEmojiForJoin(next)) return true;
  }
  return isJoinerScript(prev) && isJoinerScript(next);
}

/** Tag code points that may spell a flag's subdivision: `a`-`z`, `0`-`9`. */
function isSubdivisionTag(cp: number): boolean {
  return (cp >= 0xe0061 && cp <= 0xe007a) || (cp >= 0xe0030 && cp <= 0xe0039);
}

/**
 * Length in UTF-16 units of a flag tag sequence tail starting at `index` (2–6 subdivision tags then
 * CANCEL TAG), when the character before is the black flag U+1F3F4; 0 otherwise.
 */
export function flagTagSequenceLength(text: string, index: number): number {
  if (codePointBefore(text, index) !== 0x1f3f4) return 0;
  let i = index;
  let count = 0;
  while (count < 7 && i < text.length) {
    const cp = text.codePointAt(i)!;
    if (cp === 0xe007f) return count >= 2 ? i + 2 - index : 0;
    if (!isSubdivisionTag(cp)) return 0;
    count++;
    i += 2;
  }
  return 0;
}

/** The three flag subdivisions in the RGI emoji set (England, Scotland, Wales). */
export const RGI_FLAG_SUBDIVISIONS: ReadonlySet<string> = new Set(['gbeng', 'gbsct', 'gbwls']);
