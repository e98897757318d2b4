/**
 * Check-digit validators. A number that fails its checksum is never reported as that type: validation is
 * what separates a card or an IBAN from an order number.
 * @module
 */

/** True for a string of 0-9 digits whose Luhn (mod 10) sum is valid. Non-digit input is false. */
export function luhnValid(digits: string): boolean {
  if (digits.length < 2) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * IBAN lengths by country code (ISO 13616 registry): every SEPA country and territory, plus the other
 * common IBAN countries. A country not listed here is not an IBAN for us.
 */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = Object.freeze({
  // SEPA
  AD: 24, AL: 28, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18,
  FO: 18, FR: 27, GB: 22, GI: 23, GL: 18, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20,
  LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24,
  SI: 19, SK: 24, SM: 27, VA: 22,
  // Other IBAN countries
  AE: 23, AZ: 28, BA: 20, BH: 22, BR: 29, BY: 28, CR: 22, DO: 28, EG: 29, GE: 22, GT: 28, IL: 23, IQ: 23,
  JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, MR: 27, MU: 30, PK: 24, PS: 29, QA: 29, RS: 22, SA: 24, SC: 31,
  TL: 23, TN: 24, TR: 26, UA: 29, VG: 24, XK: 20,
  // Added to the registry since 2020
  BI: 27, DJ: 27, FK: 18, HN: 28, LY: 25, MN: 20, NI: 28, OM: 23, RU: 33, SD: 18, SO: 23, SV: 28, YE: 30,
});

/** Remainder of the IBAN rearranged as digits (letters A=10..Z=35) modulo 97, chunked to stay in range. */
function ibanRemainder(rearranged: string): number {
  let rem = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const c = rearranged.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      rem = (rem * 10 + (c - 48)) % 97;
    } else if (c >= 65 && c <= 90) {
      rem = (rem * 100 + (c - 55)) % 97;
    } else if (c >= 97 && c <= 122) {
      rem = (rem * 100 + (c - 87)) % 97;
    } else {
      return -1;
    }
  }
  return rem;
}

/**
 * True for a compact IBAN (no spaces; either case) with a known country, its exact length and a valid
 * mod-97 check.
 */
export function ibanValid(compact: string): boolean {
  if (compact.length < 15) return false;
  const country = compact.slice(0, 2).toUpperCase();
  if (IBAN_LENGTHS[country] !== compact.length) return false;
  const d1 = compact.charCodeAt(2);
  const d2 = compact.charCodeAt(3);
  if (d1 < 48 || d1 > 57 || d2 < 48 || d2 > 57) return false;
  return ibanRemainder(compact.slice(4) + compact.slice(0, 4)) === 1;
}

/**
 * True for a 15-character French NIR (13 characters + 2-digit key, no spaces): key = 97 - (NIR mod 97),
 * with Corsica's department 2A read as 19 and 2B as 18 for the computation.
 */
export function nirValid(compact: string): boolean {
  if (compact.length !== 15) return false;
  let body = compact.slice(0, 13).toUpperCase();
  const dept = body.slice(5, 7);
  if (dept === '2A') body = body.slice(0, 5) + '19' + body.slice(7);
  else if (dept === '2B') body = body.slice(0, 5) + '18' + body.slice(7);
  if (!/^\d{13}$/.test(body)) return false;
  const keyText = compact.slice(13);
  if (!/^\d{2}$/.test(keyText)) return false;
  let rem = 0;
  for (let i = 0; i < body.length; i++) rem = (rem * 10 + (body.charCodeAt(i) - 48)) % 97;
  return 97 - rem === Number(keyText);
}

/**
 * US SSN validity rules (SSA): area 000, 666 and 900-999 were never issued, nor group 00 or serial 0000.
 * Takes the 9 digits without separators.
 */
export function ssnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = Number(digits.slice(0, 3));
  const group = Number(digits.slice(3, 5));
  const serial = Number(digits.slice(5));
  if (area === 0 || area === 666 || area >= 900) return false;
  return group !== 0 && serial !== 0;
}

// ---------------------------------------------------------------------------------------------------------
// National identifiers. Each takes the compact value (separators removed) and checks its length,
// alphabet and check digit(s); anything else is false.

const isDigits = (s: string, n?: number): boolean => (n === undefined || s.length === n) && /^\d+$/.test(s);
const digitAt = (s: string, i: number): number => s.charCodeAt(i) - 48;

/** Weighted digit sum of `s` with `weights` (same length or shorter). */
function weighted(s: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digitAt(s, i) * weights[i]!;
  return sum;
}

/** UK NHS number: 10 digits, mod-11 check (weights 10..2; 11 → 0, 10 → invalid). */
export function nhsValid(d: string): boolean {
  if (!isDigits(d, 10)) return false;
  const check = 11 - (weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  const expected = check === 11 ? 0 : check;
  return expected !== 10 && expected === digitAt(d, 9);
}

/**
 * UK National Insurance number (no check digit, HMRC's allocation rules): two prefix letters (not D, F, I,
 * Q, U, V; second not O; not BG, GB, KN, NK, NT, TN, ZZ), six digits, suffix A-D.
 */
export function ninoValid(v: string): boolean {
  const s = v.toUpperCase();
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s)) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(s.slice(0, 2));
}

/** ISO 7064 MOD 11,10 check digit of the digits in `body`. */
function iso7064Mod11_10(body: string): number {
  let product = 10;
  for (let i = 0; i < body.length; i++) {
    let sum = (digitAt(body, i) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/**
 * German tax identification number (Steuerliche Identifikationsnummer): 11 digits, no leading 0; in the
 * first ten one digit appears twice or three times and the others at most once; ISO 7064 MOD 11,10 check.
 */
export function deTaxIdValid(d: string): boolean {
  if (!isDigits(d, 11) || d[0] === '0') return false;
  const counts = new Array<number>(10).fill(0);
  for (let i = 0; i < 10; i++) counts[digitAt(d, i)]!++;
  const repeated = counts.filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  return iso7064Mod11_10(d.slice(0, 10)) === digitAt(d, 10);
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Spanish DNI: 8 digits and the mod-23 control letter. */
export function dniValid(v: string): boolean {
  const s = v.toUpperCase();
  if (!/^\d{8}[A-Z]$/.test(s)) return false;
  return DNI_LETTERS[Number(s.slice(0, 8)) % 23] === s[8];
}

/** Spanish NIE: X/Y/Z (read as 0/1/2), 7 digits and the mod-23 control letter. */
export function nieValid(v: string): boolean {
  const s = v.toUpperCase();
  if (!/^[XYZ]\d{7}[A-Z]$/.test(s)) return false;
  const n = Number(String('XYZ'.indexOf(s[0]!)) + s.slice(1, 8));
  return DNI_LETTERS[n % 23] === s[8];
}

/** Values of odd-position characters (1st, 3rd, …) in the codice fiscale check, for 0-9 then A-Z. */
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
const CF_MONTHS = 'ABCDEHLMPRST';
/** Digits may be replaced by these letters in homonym cases (omocodia). */
const CF_OMOCODE = 'LMNPQRSTUV';

/** Italian codice fiscale: 16 characters, month letter, day 1-31 or 41-71, and the check letter. */
export function codiceFiscaleValid(v: string): boolean {
  const s = v.toUpperCase();
  if (!/^[A-Z]{6}[0-9LMNP-V]{2}[ABCDEHLMPRST][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z]$/.test(s)) return false;
  const digitOf = (c: string): string => (c >= '0' && c <= '9' ? c : String(CF_OMOCODE.indexOf(c)));
  const day = Number(digitOf(s[9]!) + digitOf(s[10]!));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71)) || !CF_MONTHS.includes(s[8]!)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s.charCodeAt(i);
    const idx = c <= 57 ? c - 48 : c - 65 + 10;
    const value = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? CF_ODD[idx]! : value;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** Polish PESEL: 11 digits, a birth date (century in the month), weights 1-3-7-9 check digit. */
export function peselValid(d: string): boolean {
  if (!isDigits(d, 11)) return false;
  const check = (10 - (weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  if (check !== digitAt(d, 10)) return false;
  const yy = Number(d.slice(0, 2));
  let mm = Number(d.slice(2, 4));
  const dd = Number(d.slice(4, 6));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)];
  if (century === undefined) return false;
  mm %= 20;
  return validDate(century + yy, mm, dd);
}

/** Dutch BSN: 9 digits, "11-proof" (weights 9..2 and -1, sum divisible by 11, not 0). */
export function bsnValid(d: string): boolean {
  if (!isDigits(d, 9)) return false;
  const sum = weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - digitAt(d, 8);
  return sum > 0 && sum % 11 === 0;
}

/**
 * Swedish personnummer or samordningsnummer: YYMMDDNNNC (10 digits) or YYYYMMDDNNNC (12), a valid date
 * (day + 60 for a coordination number), Luhn over the ten-digit form.
 */
export function personnummerValid(d: string): boolean {
  if (!isDigits(d) || (d.length !== 10 && d.length !== 12)) return false;
  const ten = d.length === 12 ? d.slice(2) : d;
  if (d.length === 12 && !(d.startsWith('18') || d.startsWith('19') || d.startsWith('20'))) return false;
  const mm = Number(ten.slice(2, 4));
  let dd = Number(ten.slice(4, 6));
  if (dd > 60) dd -= 60;
  const year = d.length === 12 ? Number(d.slice(0, 4)) : 2000 + Number(ten.slice(0, 2));
  return validDate(year, mm, dd) && luhnValid(ten);
}

/** Canadian SIN: 9 digits, Luhn; first digit not 0 or 8 (never issued). */
export function sinValid(d: string): boolean {
  return isDigits(d, 9) && d[0] !== '0' && d[0] !== '8' && luhnValid(d);
}

/** Australian TFN: 8 or 9 digits, weighted sum divisible by 11. */
export function tfnValid(d: string): boolean {
  if (isDigits(d, 9)) return weighted(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
  if (isDigits(d, 8)) return weighted(d, [10, 7, 8, 4, 6, 3, 5, 1]) % 11 === 0;
  return false;
}

/** Australian Medicare card number: 10 digits (11 with the holder's IRN), first 2-6, 9th the check digit. */
export function medicareValid(d: string): boolean {
  if (!isDigits(d) || (d.length !== 10 && d.length !== 11)) return false;
  const first = digitAt(d, 0);
  if (first < 2 || first > 6) return false;
  return weighted(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === digitAt(d, 8);
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** True when the digits (check digit last) pass the Verhoeff dihedral-group check. */
export function verhoeffValid(d: string): boolean {
  if (!isDigits(d) || d.length < 2) return false;
  let c = 0;
  for (let i = 0; i < d.length; i++) c = VERHOEFF_D[c]![VERHOEFF_P[i % 8]![digitAt(d, d.length - 1 - i)]!]!;
  return c === 0;
}

/** Indian Aadhaar: 12 digits, first 2-9, Verhoeff check digit. */
export function aadhaarValid(d: string): boolean {
  return isDigits(d, 12) && d[0] !== '0' && d[0] !== '1' && verhoeffValid(d);
}

/** Indian PAN: 5 letters (the 4th the holder type), 4 digits, a letter. No check digit exists. */
export function panValid(v: string): boolean {
  return /^[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]$/.test(v.toUpperCase()) && v === v.toUpperCase();
}

/** Brazilian CPF: 11 digits, two mod-11 check digits; a single repeated digit is not issued. */
export function cpfValid(d: string): boolean {
  if (!isDigits(d, 11) || /^(\d)\1{10}$/.test(d)) return false;
  const check = (n: number): number => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += digitAt(d, i) * (n + 1 - i);
    const r = (sum * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return check(9) === digitAt(d, 9) && check(10) === digitAt(d, 10);
}

/** Brazilian CNPJ: 14 digits, two mod-11 check digits (weights 5..2,9..2 and 6..2,9..2). */
export function cnpjValid(d: string): boolean {
  if (!isDigits(d, 14) || /^(\d)\1{13}$/.test(d)) return false;
  const check = (weights: readonly number[]): number => {
    const r = weighted(d, weights) % 11;
    return r < 2 ? 0 : 11 - r;
  };
  return check([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) === digitAt(d, 12) && check([6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) === digitAt(d, 13);
}
