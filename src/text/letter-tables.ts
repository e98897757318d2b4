/**
 * Letter codes as data: NATO spelling words, Braille cells, upside-down letters, regional
 * indicators and enclosed letters that NFKC leaves alone. Decoders read these tables; nothing here
 * runs per character.
 * @module
 */

/** The NATO/ICAO spelling alphabet, with the spellings people actually type. */
export const NATO_WORDS: ReadonlyMap<string, string> = new Map([
  ['alfa', 'a'], ['alpha', 'a'], ['bravo', 'b'], ['charlie', 'c'], ['delta', 'd'], ['echo', 'e'],
  ['foxtrot', 'f'], ['golf', 'g'], ['hotel', 'h'], ['india', 'i'], ['juliett', 'j'], ['juliet', 'j'],
  ['kilo', 'k'], ['lima', 'l'], ['mike', 'm'], ['november', 'n'], ['oscar', 'o'], ['papa', 'p'],
  ['quebec', 'q'], ['romeo', 'r'], ['sierra', 's'], ['tango', 't'], ['uniform', 'u'], ['victor', 'v'],
  ['whiskey', 'w'], ['whisky', 'w'], ['xray', 'x'], ['x-ray', 'x'], ['yankee', 'y'], ['zulu', 'z'],
]);

/**
 * Six-dot Braille cells (dot mask = code point − U+2800) of English grade-1 Braille: letters, a few
 * punctuation cells and the blank cell as a space. The capital sign is dropped; the number sign
 * makes the letters a–j that follow it digits.
 */
export const BRAILLE_CELLS: ReadonlyMap<number, string> = new Map([
  [0x01, 'a'], [0x03, 'b'], [0x09, 'c'], [0x19, 'd'], [0x11, 'e'], [0x0b, 'f'], [0x1b, 'g'], [0x13, 'h'],
  [0x0a, 'i'], [0x1a, 'j'], [0x05, 'k'], [0x07, 'l'], [0x0d, 'm'], [0x1d, 'n'], [0x15, 'o'], [0x0f, 'p'],
  [0x1f, 'q'], [0x17, 'r'], [0x0e, 's'], [0x1e, 't'], [0x25, 'u'], [0x27, 'v'], [0x3a, 'w'], [0x2d, 'x'],
  [0x3d, 'y'], [0x35, 'z'], [0x02, ','], [0x32, '.'], [0x16, '!'], [0x26, '?'], [0x04, "'"], [0x24, '-'],
  [0x00, ' '],
]);
export const BRAILLE_CAPITAL = 0x20;
export const BRAILLE_NUMBER = 0x3c;

/**
 * Upside-down text (each letter turned 180°, the line usually read backwards): turned letter →
 * the letter it stands for. ASCII letters that are each other's turn (`u`/`n`, `d`/`p`, `b`/`q`)
 * are listed too; the rest of ASCII reads as itself.
 */
export const UPSIDE_DOWN: ReadonlyMap<string, string> = new Map(
  [
    'ɐa', 'qb', 'ɔc', 'pd', 'ǝe', 'ɟf', 'ƃg', 'ɓg', 'ɥh', 'ᴉi', 'ıi', 'ɾj', 'ʞk', 'ꞁl', 'ןl', 'ɯm', 'un', 'dp',
    'bq', 'ɹr', 'ʇt', 'nu', 'ʌv', 'ʍw', 'ʎy', '∀A', 'ꓭB', 'ᗺB', 'ƆC', 'ᗡD', 'ƎE', 'ℲF', 'ⅎf', '⅁G', 'ſJ',
    'ꓘK', 'ʞK', '˥L', '⅂L', 'ԀP', 'ꝹQ', 'ꓤR', 'ᴚR', '⊥T', 'ꓕT', '∩U', 'ΛV', 'ꓥV', 'MW', 'WM', '⅄Y', 'Ɩ1',
    'ᄅ2', 'Ɛ3', 'ㄣ4', 'ϛ5', '96', 'ㄥ7', '69', '¡!', '¿?', '˙.', '‾_',
  ].map((pair) => [pair.slice(0, -1), pair.slice(-1)]),
);

/**
 * Turned letters that ordinary text of any language hardly uses, so two of them on a line make a
 * candidate (`ı`, `ſ`, `Λ`, `¡`, `¿` are real letters or punctuation somewhere, and only decode).
 */
export const UPSIDE_DOWN_MARKERS: ReadonlySet<number> = new Set(
  Array.from('ɐɔǝɟƃɥᴉɾʞɯɹʇʌʍʎ∀ƎℲ⅁˥⊥∩⅄ᴚƆᗡꓭꓘꓤꓕꓥ', (ch) => ch.codePointAt(0)!),
);

/** Regional indicator symbols 🇦–🇿 (a flag is two of them). */
export const REGIONAL_A = 0x1f1e6;
export const REGIONAL_Z = 0x1f1ff;

/**
 * Enclosed Latin capitals that NFKC leaves alone: negative circled 🅐–🅩 and negative squared
 * 🅰–🆉 (Ⓐ, ⓐ, 🄰 and parenthesized letters already fold under NFKC). Start code points of A.
 */
export const ENCLOSED_LETTER_BLOCKS: readonly number[] = [0x1f150, 0x1f170];
