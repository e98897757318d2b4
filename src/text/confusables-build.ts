/**
 * Builds the compact look-alike table (`confusables-data.ts`) from the Unicode confusables data
 * (UTS #39 / TR39 `confusables.txt`, as shipped by the `unhomoglyph` package). Run by
 * `scripts/gen-confusables.ts`; a test checks the committed table against the package. Not imported
 * at run time: regex property tests over 6,000 entries cost ~25 ms at start-up, the compact string a
 * fraction of a millisecond.
 *
 * Kept: letters (and letter-like symbols such as ℮) whose skeleton is one basic Latin letter. Left
 * out on purpose: digits and symbols (`०` → o, `×` → x, `∨` → v would glue numbers and formulas into
 * words), right-to-left scripts (an Arabic alef is not an `l` inside a Latin word), skeletons of two
 * or more letters (`m` → `rn`; the matching copy keeps one unit per letter). TR39's prototype `l`
 * stands for both `l` and `I`: an uppercase source reads as `i`.
 * @module
 */
import { ConfusableScript } from './confusables.js';

const SCRIPTS: ReadonlyArray<readonly [RegExp, ConfusableScript]> = [
  [/^\p{Script=Latin}$/u, ConfusableScript.LATIN],
  [/^\p{Script=Cyrillic}$/u, ConfusableScript.CYRILLIC],
  [/^\p{Script=Greek}$/u, ConfusableScript.GREEK],
  [/^\p{Script=Armenian}$/u, ConfusableScript.ARMENIAN],
  [/^\p{Script=Cherokee}$/u, ConfusableScript.CHEROKEE],
];
const RIGHT_TO_LEFT = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]$/u;
const LETTER = /^\p{L}$/u;
const UPPER = /^\p{Lu}$/u;
const ASCII_LETTER = /^[A-Za-z]$/;

function scriptOf(ch: string): ConfusableScript {
  for (const [re, script] of SCRIPTS) if (re.test(ch)) return script;
  return ConfusableScript.OTHER;
}

/**
 * The table as one string of triples: look-alike character, lowercase Latin letter, script digit;
 * sorted by code point.
 */
export function buildConfusableData(tr39: Readonly<Record<string, string>>): string {
  const rows: Array<[number, string]> = [];
  for (const [source, target] of Object.entries(tr39)) {
    if (!ASCII_LETTER.test(target)) continue;
    const cp = source.codePointAt(0)!;
    if (cp < 0x80 || source.length !== (cp > 0xffff ? 2 : 1)) continue;
    if (!(LETTER.test(source) || (cp >= 0x2100 && cp <= 0x214f)) || RIGHT_TO_LEFT.test(source)) continue;
    let letter = target.toLowerCase();
    if (letter === 'l' && UPPER.test(source)) letter = 'i';
    rows.push([cp, `${source}${letter}${scriptOf(source)}`]);
  }
  rows.sort((a, b) => a[0] - b[0]);
  return rows.map((row) => row[1]).join('');
}
