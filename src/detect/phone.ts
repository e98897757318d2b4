/**
 * Phone-number scoring over a run of digit groups already split out of the text by the PII scanner.
 * International (+CC / 00CC) and national formats of US/CA (NANP), UK, FR, DE, ES, IT, NL, BE, CH and
 * similar plans. Strong formats score on their own; weak ones (bare digits, short grouped numbers) only
 * pass with a phone word nearby.
 * @module
 */

/** One digit group inside a numeric cluster: `sep` is the text between the previous group and this one. */
export interface DigitGroup {
  start: number;
  end: number;
  digits: string;
  sep: string;
}

/** How a candidate run begins, looked up by the scanner in the text before the first digit. */
export interface RunPrefix {
  /** A `+` precedes the digits (possibly as `+(`). */
  plus: boolean;
  /** The first group is wrapped in parentheses, e.g. `(425) 882-9090`. */
  paren: boolean;
}

/** National significant number lengths by country calling code (ITU plans, rounded to what is dialled). */
const NSN_LENGTHS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['1', [10, 10]],
  ['44', [9, 10]],
  ['33', [9, 9]],
  ['49', [6, 13]],
  ['34', [9, 9]],
  ['39', [6, 11]],
  ['31', [9, 9]],
  ['32', [8, 9]],
  ['41', [9, 9]],
  ['43', [4, 13]],
  ['352', [4, 11]],
  ['351', [9, 9]],
  ['353', [7, 9]],
  ['45', [8, 8]],
  ['46', [7, 13]],
  ['47', [8, 8]],
  ['48', [9, 9]],
]);

/** Scores applied on top of a format's base score when a phone word is near. */
export const PHONE_CONTEXT_BOOST = 0.4;

const DOT = '.';

function isDateLike(lengths: number[], groups: DigitGroup[]): boolean {
  if (groups.length !== 3) return false;
  const n = groups.map((g) => Number(g.digits));
  const [a, b, c] = n as [number, number, number];
  const sep = groups[1]!.sep;
  if (sep !== groups[2]!.sep) return false;
  if (lengths[0] === 4 && lengths[1] === 2 && lengths[2] === 2) return a >= 1900 && a <= 2100 && b >= 1 && b <= 12 && c >= 1 && c <= 31;
  if (lengths[0] === 2 && lengths[1] === 2 && (lengths[2] === 4 || lengths[2] === 2)) {
    const dayMonth = (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31);
    return dayMonth && (lengths[2] === 2 || (c >= 1900 && c <= 2100));
  }
  return false;
}

function uniformSep(groups: DigitGroup[], from: number): string | undefined {
  const first = groups[from]?.sep;
  for (let k = from + 1; k < groups.length; k++) if (groups[k]!.sep !== first) return undefined;
  return first;
}

function nanpValid(ten: string): boolean {
  return ten.length === 10 && ten.charCodeAt(0) >= 50 && ten.charCodeAt(3) >= 50;
}

function internationalScore(all: string): number {
  for (const len of [1, 2, 3]) {
    const cc = all.slice(0, len);
    const range = NSN_LENGTHS.get(cc);
    if (range) {
      const nsn = all.length - len;
      return nsn >= range[0] && nsn <= range[1] ? 0.85 : 0;
    }
  }
  return all.length >= 8 && all.length <= 15 && all.charCodeAt(0) !== 48 ? 0.7 : 0;
}

/**
 * Base score (before context) of `groups` as one phone number, or 0 when it is not a phone format.
 * `groups` excludes a trailing extension (`x123`), which the caller strips and re-attaches.
 */
export function phoneBaseScore(groups: DigitGroup[], prefix: RunPrefix): number {
  if (groups.length === 0) return 0;
  const lengths = groups.map((g) => g.digits.length);
  const seps = groups.slice(1).map((g) => g.sep);
  let digits = '';
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    // "+41 (0)38 ...": a lone 0 in parentheses is the optional trunk prefix, not part of the number.
    if (k > 0 && g.digits === '0' && g.sep.endsWith('(') && groups[k + 1]?.sep.startsWith(')') === true) {
      continue;
    }
    digits += g.digits;
  }
  const total = digits.length;
  if (total < 7 || total > 15) return 0;
  // A dot only separates phone groups in the FR pairs style and the NANP 3-3-4 style.
  const hasDot = seps.includes(DOT);
  const first = groups[0]!.digits;

  if (prefix.plus) return hasDot ? 0 : internationalScore(digits);
  if (first.startsWith('00') && first.length >= 3 && first.charCodeAt(2) !== 48) {
    return hasDot ? 0 : internationalScore(digits.slice(2)) * 0.9;
  }
  if (seps.some((s) => s !== ' ' && s !== '-' && s !== '.' && s !== '/' && s !== ')' && s !== ') ' && s !== ')-')) return 0;
  if (!prefix.paren && seps.some((s) => s.startsWith(')'))) return 0;
  if (seps.includes('/') && (seps.length > 2 || seps[0] !== '/' || !first.startsWith('0'))) return 0;
  if (isDateLike(lengths, groups)) return 0;

  // NANP: (425) 882-9090, 425-882-9090, 425.882.9090, 1-425-882-9090, 425 882 9090.
  const nanp = lengths.length >= 3 && lengths.at(-3) === 3 && lengths.at(-2) === 3 && lengths.at(-1) === 4;
  if (nanp && first[0] !== '0' && (lengths.length === 3 || (lengths.length === 4 && first === '1'))) {
    const ten = digits.slice(-10);
    if (ten.charCodeAt(0) >= 50) {
      // An exchange starting with 0/1 is not dialable in NANP, but the 3-3-4 shape is still a phone's.
      const f = nanpValid(ten) ? 1 : 0.75;
      const body = lengths.length === 3 ? 1 : 2;
      const sep = uniformSep(groups, body);
      if (prefix.paren && lengths.length === 3 && (seps[0] === ')' || seps[0] === ') ') && (seps[1] === '-' || seps[1] === ' ')) return 0.8 * f;
      if (sep === '-' || sep === '.') return 0.8 * f;
      if (sep === ' ') return 0.55 * f;
      if (prefix.paren) return 0.5 * f;
    }
    return 0;
  }
  if (hasDot) {
    // FR style 01.23.45.67.89 only.
    return lengths.length === 5 && lengths.every((l) => l === 2) && first.startsWith('0') && uniformSep(groups, 1) === DOT ? 0.85 : 0;
  }

  if (first.startsWith('0') && !first.startsWith('00')) {
    if (groups.length === 1) return total >= 10 && total <= 11 ? 0.4 : 0;
    if (total < 9 || total > 12) return 0;
    const sep = uniformSep(groups, 1);
    // FR: 01 23 45 67 89 / 01-23-45-67-89.
    if (lengths.length === 5 && lengths.every((l) => l === 2) && (sep === ' ' || sep === '-')) return 0.85;
    if (lengths.slice(1).some((l) => l < 2)) return 0;
    // Two groups and nine digits is as often a postcode and a house number as a phone.
    return groups.length === 2 && total < 10 ? 0.45 : 0.7;
  }

  if (groups.length === 1) {
    // Bare 10-11 digits: only with context.
    if (nanpValid(digits)) return 0.35;
    return total >= 10 && total <= 11 ? 0.3 : 0;
  }
  const twoGroups = lengths.length === 2 && lengths[0]! <= 4 && lengths[1]! <= 7;
  if (total > 12 || (!twoGroups && lengths.some((l) => l > 4))) return 0;
  if (lengths.slice(1).some((l) => l < 2)) return 0;
  const sep = uniformSep(groups, prefix.paren ? 2 : 1);
  if (sep === undefined && !prefix.paren) return 0;
  // ES (6xx/7xx/8xx/9xx, nine digits) and IT mobiles (3xx) printed in their usual groupings.
  const lead = first.charCodeAt(0);
  if (total === 9 && !prefix.paren && sep === ' ' && lead >= 54 && lead <= 57) {
    const l = lengths.join(',');
    if (l === '3,3,3' || l === '3,2,2,2' || l === '2,3,2,2') return 0.5;
  }
  if (total === 10 && lead === 51 && lengths.join(',') === '3,3,4' && sep === ' ') return 0.5;
  return 0.35;
}
