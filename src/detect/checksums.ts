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
