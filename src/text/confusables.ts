/**
 * Latin look-alikes from the Unicode confusables data (UTS #39 / TR39): every letter of another
 * script, or of Latin's own extensions, whose TR39 skeleton is one basic Latin letter (the table is
 * generated from the `unhomoglyph` package's copy of `confusables.txt` by
 * `scripts/gen-confusables.ts`; what is left out and why is in `confusables-build.ts`). Keys are
 * characters as they appear after NFKD (before lowercasing, so uppercase look-alikes such as
 * Cyrillic `Т` → `t` stay apart from lowercase letters that look different, such as `т`). Values are
 * one lowercase ASCII letter.
 *
 * Written for matching only: the text sent to the model is never rewritten with this table. Parsed
 * on first use (the first non-ASCII character a process sees).
 * @module
 */
import { CONFUSABLE_DATA } from './confusables-data.js';

/** Script of a look-alike; `LATIN` entries are folded unconditionally (they are Latin already). */
export const ConfusableScript = {
  LATIN: 0,
  CYRILLIC: 1,
  GREEK: 2,
  ARMENIAN: 3,
  CHEROKEE: 4,
  OTHER: 5,
} as const;
export type ConfusableScript = (typeof ConfusableScript)[keyof typeof ConfusableScript];

/**
 * Letters TR39 leaves out because they are distinct letters, but that read as the base letter and
 * are used to dodge keyword filters: Latin small capitals (`ɪɢɴᴏʀᴇ`), dotless j and barred letters
 * (capitals keyed apart because folding runs before lowercasing: "Địa" must fold like "địa").
 */
const SUPPLEMENT = 'ȷj ᴀa ʙb ᴅd ᴇe ɢg ʜh ᴊj ᴋk ʟl ᴍm ɴn ᴘp ʀr ᴛt łl øo đd ħh ŧt ƀb ƒf ɵo ɨi Łl Øo Đd Ħh Ŧt Ƀb Ƒf Ɵo Ɨi Ʋv Ɯw';

let table: Map<number, number> | undefined;

/** Look-alike code point → `latin letter code | script << 8`, built once. */
export function confusableTable(): ReadonlyMap<number, number> {
  if (table !== undefined) return table;
  const map = new Map<number, number>();
  for (let i = 0; i < CONFUSABLE_DATA.length; ) {
    const cp = CONFUSABLE_DATA.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const letter = CONFUSABLE_DATA.charCodeAt(i);
    const script = CONFUSABLE_DATA.charCodeAt(i + 1) - 0x30;
    i += 2;
    map.set(cp, letter | (script << 8));
  }
  for (const pair of SUPPLEMENT.split(' ')) map.set(pair.codePointAt(0)!, pair.charCodeAt(pair.length - 1) | (ConfusableScript.LATIN << 8));
  table = map;
  return map;
}
