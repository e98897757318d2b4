/**
 * Test data generators: valid identifiers are computed here (independently of the code under test), never
 * copied from real people. Randomness is seeded so failures reproduce.
 */

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomDigits(rand: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(Math.floor(rand() * 10));
  return s;
}

/** Appends the Luhn check digit to `body`. */
export function withLuhn(body: string): string {
  let sum = 0;
  // The check digit will sit at the right, so the rightmost body digit is doubled.
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** A Luhn-valid card number of `length` digits starting with `prefix`. */
export function card(rand: () => number, prefix: string, length: number): string {
  return withLuhn(prefix + randomDigits(rand, length - prefix.length - 1));
}

/** Breaks the Luhn check by changing the last digit. */
export function breakLast(n: string): string {
  const last = Number(n.at(-1));
  return n.slice(0, -1) + String((last + 1) % 10);
}

function mod97(numeric: string): number {
  let r = 0;
  for (const ch of numeric) r = (r * 10 + Number(ch)) % 97;
  return r;
}

function toNumeric(s: string): string {
  return [...s.toUpperCase()].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
}

/** A valid IBAN for `country` with the given BBAN (check digits computed). */
export function iban(country: string, bban: string): string {
  const check = 98 - mod97(toNumeric(bban + country + '00'));
  return country + String(check).padStart(2, '0') + bban;
}

/** Groups of four, as IBANs are printed. */
export function grouped(s: string): string {
  return s.replace(/(.{4})(?=.)/g, '$1 ');
}

/** A valid 15-digit NIR (13 digits + key); `dept` may be '2A'/'2B'. */
export function nir(sex: string, yy: string, mm: string, dept: string, commune: string, order: string): string {
  const body = sex + yy + mm + dept + commune + order;
  const numeric = body.replace('2A', '19').replace('2B', '18');
  const key = 97 - mod97(numeric);
  return body + String(key).padStart(2, '0');
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random alphanumerics (fake secrets are always built at runtime). */
export function alnum(rand: () => number, n: number, alphabet = ALNUM): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}
