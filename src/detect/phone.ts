/**
 * Phone-number scoring over a run of digit groups already split out of the text by the PII scanner.
 *
 * Validity comes from libphonenumber's numbering plans (every region it knows, see phone-metadata.ts):
 * an international number (`+CC`, `00CC`, `011CC`) is checked against its calling code's regions, a
 * national one against the configured regions (`regions` option, {@link DEFAULT_PHONE_REGIONS} by default).
 * The way the number is written then sets the confidence: a valid number printed in groups or with an
 * area code in parentheses stands on its own; bare digits, two short groups, or a number that is only of
 * a possible length need a phone word nearby.
 * @module
 */
import { internationalValidity, isPhoneRegion, nationalValidity } from './phone-metadata.js';
import type { Validity } from './phone-metadata.js';

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

/**
 * Regions tried for numbers written without a country code: the most populous and most connected
 * numbering plans of every continent (NANP covers US, CA and the Caribbean). A national number valid in
 * any of them scores as valid; in none, it can still pass as a possible number with a phone word nearby.
 */
export const DEFAULT_PHONE_REGIONS: readonly string[] = [
  'US', 'GB', 'FR', 'DE', 'ES', 'IT', 'PT', 'NL', 'BE', 'CH', 'AT', 'IE', 'PL', 'SE', 'NO', 'DK', 'FI', 'CZ', 'GR',
  'RO', 'HU', 'TR', 'RU', 'UA', 'BR', 'MX', 'AR', 'CO', 'CL', 'PE', 'CN', 'JP', 'KR', 'IN', 'ID', 'PH', 'VN', 'TH',
  'MY', 'SG', 'HK', 'TW', 'AU', 'NZ', 'ZA', 'NG', 'EG', 'MA', 'SA', 'AE', 'IL', 'PK',
];

/** Validates a `regions` option: known region codes, upper case. Returns the message of what is wrong. */
export function invalidRegion(regions: unknown): string | undefined {
  if (!Array.isArray(regions) || regions.length === 0) return 'must be a non-empty array of region codes such as ["FR", "BR"]';
  for (const r of regions) {
    if (typeof r !== 'string' || !isPhoneRegion(r)) return `has ${JSON.stringify(r)}, which is not a region code libphonenumber knows (ISO 3166-1 alpha-2, upper case)`;
  }
  return undefined;
}

/** Scores applied on top of a format's base score when a phone word is near. */
export const PHONE_CONTEXT_BOOST = 0.4;

const SEPARATORS = new Set([' ', '-', '.', '/', ')', ') ', ')-', ' (', ' - ', '(', '-(', ' / ']);

function isDateLike(groups: readonly DigitGroup[]): boolean {
  if (groups.length !== 3) return false;
  const sep = groups[1]!.sep;
  if (sep !== groups[2]!.sep) return false;
  const [a, b, c] = groups.map((g) => Number(g.digits)) as [number, number, number];
  const l = groups.map((g) => g.digits.length);
  if (l[0] === 4 && l[1]! <= 2 && l[2]! <= 2) return a >= 1900 && a <= 2100 && b >= 1 && b <= 12 && c >= 1 && c <= 31;
  if (l[0]! <= 2 && l[1]! <= 2 && (l[2] === 4 || l[2] === 2)) {
    const dayMonth = (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31);
    return dayMonth && (l[2] === 2 || (c >= 1900 && c <= 2100));
  }
  return false;
}

/** `2019-2020`, `1990 2024`: two years. */
function isYearRange(groups: readonly DigitGroup[]): boolean {
  if (groups.length !== 2 || groups[0]!.digits.length !== 4 || groups[1]!.digits.length !== 4) return false;
  const a = Number(groups[0]!.digits);
  const b = Number(groups[1]!.digits);
  return a >= 1900 && a <= 2100 && b >= 1900 && b <= 2100;
}

/** `1 234 567`, `12.345.678`: a quantity with thousands separators (first group of 1-2 digits, then threes). */
function isThousands(groups: readonly DigitGroup[]): boolean {
  if (groups.length < 2 || groups[0]!.digits.length > 2) return false;
  const sep = groups[1]!.sep;
  if (sep !== ' ' && sep !== '.' && sep !== ',') return false;
  for (let k = 1; k < groups.length; k++) if (groups[k]!.sep !== sep || groups[k]!.digits.length !== 3) return false;
  return true;
}

function uniformSep(groups: readonly DigitGroup[], from: number): string | undefined {
  const first = groups[from]?.sep;
  for (let k = from + 1; k < groups.length; k++) if (groups[k]!.sep !== first) return undefined;
  return first;
}

const rank = (v: Validity): number => (v === 'valid' ? 2 : v === 'possible' ? 1 : 0);

/** Best validity of a nationally written number over `regions`, with a per-scan cache. */
function nationalBest(digits: string, regions: readonly string[], cache: Map<string, Validity>): Validity {
  let v = cache.get(digits);
  if (v !== undefined) return v;
  v = 'none';
  for (const r of regions) {
    const fit = nationalValidity(digits, r);
    if (rank(fit) > rank(v)) v = fit;
    if (v === 'valid') break;
  }
  cache.set(digits, v);
  return v;
}

function intlBest(digits: string, cache: Map<string, Validity>): Validity {
  const key = `+${digits}`;
  let v = cache.get(key);
  if (v === undefined) {
    v = internationalValidity(digits).validity;
    cache.set(key, v);
  }
  return v;
}

/**
 * Base score (before context) of `groups` as one phone number, or 0 when it is not one.
 * `groups` excludes a trailing extension (`x123`), which the caller strips and re-attaches.
 * @param cache validity by digit string, shared by the candidates of one scan
 */
export function phoneBaseScore(groups: readonly DigitGroup[], prefix: RunPrefix, regions: readonly string[], cache: Map<string, Validity>): number {
  if (groups.length === 0) return 0;
  const seps: string[] = [];
  let digits = '';
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    if (k > 0) {
      if (!SEPARATORS.has(g.sep)) return 0;
      seps.push(g.sep);
    }
    // "+41 (0)38 ...": a lone 0 in parentheses is the optional trunk prefix, not part of the number.
    if (k > 0 && g.digits === '0' && g.sep.endsWith('(') && groups[k + 1]?.sep.startsWith(')') === true) continue;
    digits += g.digits;
  }
  const total = digits.length;
  if (total < 7 || total > 17) return 0;
  const first = groups[0]!.digits;
  const hasDot = seps.includes('.');
  // Dots join phone groups in many countries (06.12.34.56.78, 070.123.45.67, 0664.123456).
  // A lone digit between dots is a version or an outline number (10.0.19041.1, 1.2.3.4).
  const dotted = hasDot && total >= 9 && uniformSep(groups, 1) === '.' && (groups.length >= 3 || first.startsWith('0')) && groups.every((g) => g.digits.length >= 2);
  if (hasDot && !dotted) return 0;
  if (!prefix.paren && !seps.some((s) => s.includes('(')) && seps.some((s) => s.startsWith(')'))) return 0;

  // International: + / 00 / 011 and a calling code.
  let intlDigits: string | undefined;
  let factor = 1;
  if (prefix.plus) intlDigits = digits;
  else if (first.length >= 3 && first.startsWith('00') && first[2] !== '0') {
    intlDigits = digits.slice(2);
    factor = 0.95;
  } else if (first === '011' && groups.length > 1) {
    intlDigits = digits.slice(3);
    factor = 0.95;
  }
  if (intlDigits !== undefined && intlDigits.length <= 15 && intlDigits.length >= 7) {
    const v = intlBest(intlDigits, cache);
    const base = v === 'valid' ? 0.9 : v === 'possible' ? 0.6 : 0;
    // "011 15-2345-4138": 011 is also Buenos Aires' area code; read nationally when not a valid call abroad.
    if (base > 0 || prefix.plus) return base * factor * (dotted ? 0.9 : 1);
  } else if (prefix.plus) {
    return 0;
  }
  if (total > 15) return 0;
  if (isDateLike(groups) || isYearRange(groups)) return 0;
  // "72 128 827" reads like a quantity: only a phone word nearby makes it a phone number.
  const thousands = isThousands(groups);
  // "2024-000123", "2023/4567890": a year opening an invoice or file number.
  if (first.length === 4 && /^(?:19|20)\d\d$/.test(first) && (seps[0] === '-' || seps[0] === '/') && !prefix.paren) return 0;
  if (seps.includes('/') && (seps.length > 2 || seps[0] !== '/')) return 0;

  const v = nationalBest(digits, regions, cache);
  if (v === 'none') return 0;
  if (thousands) return v === 'valid' ? 0.15 : 0;
  const single = groups.length === 1;
  const parenArea = prefix.paren && groups.length >= 2;
  const twoShort = groups.length === 2 && total < 10 && !parenArea;
  if (v === 'valid') {
    if (single) return 0.35;
    if (parenArea) return 0.8;
    if (twoShort) return 0.45;
    return dotted ? 0.65 : 0.7;
  }
  // Possible only: a plausible length in some region, printed like a phone number.
  if (single || twoShort) return 0;
  if (parenArea && seps.some((s) => s === '-' || s === ')-')) return 0.55;
  return 0.4;
}
