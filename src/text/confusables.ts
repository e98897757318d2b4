/**
 * Latin look-alikes: a curated table of letters from other scripts (and Latin extensions) that render
 * like a basic Latin letter in common fonts. Keys are characters as they appear after NFKD (before
 * lowercasing, so uppercase look-alikes such as Cyrillic `Т` → `t` are kept apart from lowercase
 * letters that look different, such as `т`). Values are one lowercase ASCII letter.
 *
 * Written for matching only: the text sent to the model is never rewritten with this table.
 * @module
 */

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

/** Look-alike letters per script, as `lookalike → latin` pairs written as two-character strings. */
const TABLE: ReadonlyArray<readonly [ConfusableScript, string]> = [
  // Cyrillic, uppercase (only the ones identical to a Latin capital) and lowercase.
  [ConfusableScript.CYRILLIC, 'Аa Вb Сc Еe Нh Іi Јj Кk Мm Оo Рp Ѕs Тt Хx Уy Үy Ԛq Ԝw Ӏl Һh Ԁd Ԍg'],
  [ConfusableScript.CYRILLIC, 'аa сc еe іi јj оo рp уy хx ѕs һh ԁd ԛq ԝw ӏl үy ԍg кk'],
  // Greek, uppercase and lowercase.
  [ConfusableScript.GREEK, 'Αa Βb Εe Ζz Ηh Ιi Κk Μm Νn Οo Ρp Τt Υy Χx Ϲc Ϳj'],
  [ConfusableScript.GREEK, 'αa ιi οo ρp νv υu κk χx γy ωw ϲc ϳj ηn'],
  // Armenian.
  [ConfusableScript.ARMENIAN, 'Օo Սu Լl Ցg'],
  [ConfusableScript.ARMENIAN, 'օo ոn սu հh ցg զq աw'],
  // Cherokee capitals (their lowercase forms are distinct code points, hence keyed before lowercasing).
  [ConfusableScript.CHEROKEE, 'Ꭺa Ᏼb Ꮯc Ꭰd Ꭼe Ꮐg Ꮋh Ꭵi Ꭻj Ꮶk Ꮮl Ꮇm Ꮲp Ꭱr Ꮪs Ꭲt Ꮩv Ꮃw Ꮓz'],
  // Latin letters that NFKD leaves alone: small capitals, dotless/variant forms, barred letters.
  [ConfusableScript.LATIN, 'ıi ȷj ɑa ɡg ɩi ɪi ʏy ᴀa ʙb ᴄc ᴅd ᴇe ɢg ʜh ᴊj ᴋk ʟl ᴍm ɴn ᴏo ᴘp ʀr ꜱs ᴛt ᴜu ᴠv ᴡw ᴢz'],
  [ConfusableScript.LATIN, 'łl øo đd ħh ŧt ƀb ƒf ɵo ɨi ʋv ɯw'],
  // Their capitals, keyed apart because folding runs before lowercasing ("Địa" must fold like "địa").
  [ConfusableScript.LATIN, 'Łl Øo Đd Ħh Ŧt Ƀb Ƒf Ɵo Ɨi Ʋv Ɯw'],
  // Letter-like symbols NFKC keeps.
  [ConfusableScript.OTHER, '℮e'],
];

/** `[lookalike code point, latin letter code, script]` triples built from the table above. */
export const CONFUSABLE_ENTRIES: ReadonlyArray<readonly [number, number, ConfusableScript]> = TABLE.flatMap(
  ([script, pairs]) =>
    pairs
      .split(' ')
      .filter((pair) => pair.length === 2 && pair[0] !== pair[1])
      .map((pair) => [pair.codePointAt(0)!, pair.charCodeAt(1), script] as const),
);
