/**
 * Whether a line is a row of numbers (a data line, not prose), without building its tokens: the same
 * answer as splitting the trimmed line on `[\s,;]+` and testing each token against
 * `^[-+]?[\d.,:/%$€£]+[a-z%]{0,3}$` (case-insensitive), needing at least four runs of digits, four
 * tokens and three fifths of them numeric. A prompt pasted on one line is one 4 KB "line": split, that
 * was some 700 strings and 700 regex runs per text (issue #16).
 * @module
 */

/** Characters of `\s` (without the `u` flag) and the cell separators `,` `;`. */
function isSeparator(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 9 && c <= 13);
  if (c === 0x2c || c === 0x3b) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The body of a numeric token: digits and `. , : / % $ € £`. */
const isNumberChar = (c: number): boolean =>
  isDigit(c) || c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f || c === 0x25 || c === 0x24 || c === 0x20ac || c === 0xa3;

/** A unit after the number: an ASCII letter or `%` (no `u` flag: `[a-z]` with `i` is exactly A-Z and a-z). */
const isUnitChar = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x25;

/**
 * Whether `line[from, to)` is a numeric token: an optional sign, a run of number characters, at most
 * three unit characters. The run is taken whole: giving back a `%` to the unit only lengthens the unit.
 */
function isNumericToken(line: string, from: number, to: number): boolean {
  let p = from;
  if (p < to) {
    const c = line.charCodeAt(p);
    if (c === 0x2d || c === 0x2b) p++;
  }
  let q = p;
  while (q < to && isNumberChar(line.charCodeAt(q))) q++;
  if (q === p || to - q > 3) return false;
  for (let r = q; r < to; r++) if (!isUnitChar(line.charCodeAt(r))) return false;
  return true;
}

/** Whether `text` has at least `count` runs of ASCII digits. */
function hasDigitRuns(text: string, count: number): boolean {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const digit = isDigit(text.charCodeAt(i));
    if (digit && !inRun && ++runs >= count) return true;
    inRun = digit;
  }
  return false;
}

/** Whether the trimmed line is a row of numbers (see the module notes). */
export function isNumberRow(trimmed: string): boolean {
  if (!hasDigitRuns(trimmed, 4)) return false;
  const n = trimmed.length;
  let tokens = 0;
  let numeric = 0;
  // The tokens of `split(/[\s,;]+/)`: a leading separator run gives an empty first token, a trailing
  // one an empty last token (neither numeric).
  for (let i = 0; ; ) {
    let j = i;
    while (j < n && !isSeparator(trimmed.charCodeAt(j))) j++;
    tokens++;
    if (isNumericToken(trimmed, i, j)) numeric++;
    if (j >= n) break;
    while (j < n && isSeparator(trimmed.charCodeAt(j))) j++;
    if (j >= n) {
      tokens++;
      break;
    }
    i = j;
  }
  return tokens >= 4 && numeric >= 0.6 * tokens;
}
