import { createHash } from 'node:crypto';

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

// ---------------------------------------------------------------------------------------------------------
// National identifiers: check digits computed here from each scheme's published rule, independently of
// src/detect/checksums.ts. Each `*Of(rand)` returns a valid compact value; `nearMiss` breaks it.

const digitsOf = (s: string): number[] => [...s].map(Number);
const wsum = (d: number[], w: number[]): number => w.reduce((acc, x, i) => acc + x * d[i]!, 0);

/** Changes one digit (not the first) so the check fails. */
export function nearMiss(value: string, rand: () => number): string {
  const positions = [...value].map((c, i) => (/\d/.test(c) && i > 0 ? i : -1)).filter((i) => i >= 0);
  const i = positions[Math.floor(rand() * positions.length)]!;
  const d = (Number(value[i]) + 1 + Math.floor(rand() * 8)) % 10;
  return value.slice(0, i) + String(d) + value.slice(i + 1);
}

export function nhsOf(rand: () => number): string {
  for (;;) {
    const body = randomDigits(rand, 9);
    const r = 11 - (wsum(digitsOf(body), [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
    const check = r === 11 ? 0 : r;
    if (check !== 10) return body + String(check);
  }
}

export function ninoOf(rand: () => number): string {
  const first = 'ABCEGHJKLMNPRSTWXYZ';
  const second = 'ABCEGHJKLMNPRSTWXYZ';
  for (;;) {
    const p = first[Math.floor(rand() * first.length)]! + second[Math.floor(rand() * second.length)]!;
    if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p)) continue;
    return p + randomDigits(rand, 6) + 'ABCD'[Math.floor(rand() * 4)]!;
  }
}

export function deTaxIdOf(rand: () => number): string {
  for (;;) {
    // Ten digits: nine distinct, one of them twice.
    const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].sort(() => rand() - 0.5).slice(0, 9);
    const d = [...pool, pool[Math.floor(rand() * 9)]!].sort(() => rand() - 0.5);
    if (d[0] === 0) continue;
    let product = 10;
    for (const x of d) {
      let sum = (x + product) % 10;
      if (sum === 0) sum = 10;
      product = (sum * 2) % 11;
    }
    const check = (11 - product) % 10;
    return d.join('') + String(check);
  }
}

const DNI = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function dniOf(rand: () => number): string {
  const n = randomDigits(rand, 8);
  return n + DNI[Number(n) % 23]!;
}
export function nieOf(rand: () => number): string {
  const k = Math.floor(rand() * 3);
  const n = randomDigits(rand, 7);
  return 'XYZ'[k]! + n + DNI[Number(String(k) + n) % 23]!;
}

const CF_ODD_VALUES: Record<string, number> = Object.fromEntries(
  [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23][i]!]),
);
export function codiceFiscaleOf(rand: () => number): string {
  const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const letters = (n: number) => Array.from({ length: n }, () => L[Math.floor(rand() * 26)]).join('');
  const day = 1 + Math.floor(rand() * 28) + (rand() < 0.5 ? 40 : 0);
  const body = letters(6) + randomDigits(rand, 2) + 'ABCDEHLMPRST'[Math.floor(rand() * 12)] + String(day).padStart(2, '0') + letters(1) + randomDigits(rand, 3);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = body[i]!;
    sum += i % 2 === 0 ? CF_ODD_VALUES[c]! : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
  }
  return body + L[sum % 26];
}

export function peselOf(rand: () => number): string {
  const year = 1930 + Math.floor(rand() * 90);
  const month = 1 + Math.floor(rand() * 12) + (year >= 2000 ? 20 : 0);
  const day = 1 + Math.floor(rand() * 28);
  const body = String(year % 100).padStart(2, '0') + String(month).padStart(2, '0') + String(day).padStart(2, '0') + randomDigits(rand, 4);
  const check = (10 - (wsum(digitsOf(body), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  return body + String(check);
}

export function bsnOf(rand: () => number): string {
  for (;;) {
    const body = randomDigits(rand, 8);
    const s = wsum(digitsOf(body), [9, 8, 7, 6, 5, 4, 3, 2]);
    const check = s % 11;
    if (check <= 9 && s > 0) return body + String(check);
  }
}

export function personnummerOf(rand: () => number): string {
  const yy = String(Math.floor(rand() * 100)).padStart(2, '0');
  const mm = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const dd = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
  return withLuhn(yy + mm + dd + randomDigits(rand, 3));
}

export function sinOf(rand: () => number): string {
  for (;;) {
    const v = withLuhn(randomDigits(rand, 8));
    if (v[0] !== '0' && v[0] !== '8') return v;
  }
}

export function tfnOf(rand: () => number): string {
  for (;;) {
    const body = randomDigits(rand, 8);
    const w = [1, 4, 3, 7, 5, 8, 6, 9];
    const s = wsum(digitsOf(body), w);
    // The 9th digit has weight 10: choose it so the sum is divisible by 11.
    for (let d = 0; d <= 9; d++) if ((s + 10 * d) % 11 === 0) return body + String(d);
  }
}

export function medicareOf(rand: () => number): string {
  const body = String(2 + Math.floor(rand() * 5)) + randomDigits(rand, 7);
  const check = wsum(digitsOf(body), [1, 3, 7, 9, 1, 3, 7, 9]) % 10;
  return body + String(check) + String(1 + Math.floor(rand() * 9));
}

const VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]];
const VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
export function aadhaarOf(rand: () => number): string {
  const body = String(2 + Math.floor(rand() * 8)) + randomDigits(rand, 10);
  let c = 0;
  const rev = [...body].reverse().map(Number);
  for (let i = 0; i < rev.length; i++) c = VD[c]![VP[(i + 1) % 8]![rev[i]!]!]!;
  return body + String(VINV[c]);
}

export function panOf(rand: () => number): string {
  const L = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const l = () => L[Math.floor(rand() * 26)]!;
  return l() + l() + l() + 'PCHFATBLJG'[Math.floor(rand() * 10)]! + l() + randomDigits(rand, 4) + l();
}

export function cpfOf(rand: () => number): string {
  const d = digitsOf(randomDigits(rand, 9));
  const check = (n: number) => {
    const r = (d.slice(0, n).reduce((acc, x, i) => acc + x * (n + 1 - i), 0) * 10) % 11;
    return r === 10 ? 0 : r;
  };
  d.push(check(9));
  d.push(check(10));
  return d.join('');
}

export function cnpjOf(rand: () => number): string {
  const d = digitsOf(randomDigits(rand, 8) + '0001');
  const check = (w: number[]) => {
    const r = wsum(d, w) % 11;
    return r < 2 ? 0 : 11 - r;
  };
  d.push(check([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  d.push(check([6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]));
  return d.join('');
}

// Wallet addresses: Base58Check and bech32 built here (node:crypto's SHA-256 as the hash).

const B58A = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
function base58(bytes: Uint8Array): string {
  let n = BigInt('0x' + Buffer.from(bytes).toString('hex'));
  let s = '';
  while (n > 0n) {
    s = B58A[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    s = '1' + s;
  }
  return s;
}

/** A P2PKH (`1…`) or P2SH (`3…`) address over a random hash. */
export function btcBase58Of(rand: () => number, p2sh = false): string {
  const payload = Buffer.alloc(21);
  payload[0] = p2sh ? 5 : 0;
  for (let i = 1; i < 21; i++) payload[i] = Math.floor(rand() * 256);
  const sum = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest().subarray(0, 4);
  return base58(Buffer.concat([payload, sum]));
}

const BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
function bechPolymod(values: number[]): number {
  const g = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const b = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((b >>> i) & 1) chk = (chk ^ g[i]!) >>> 0;
  }
  return chk;
}

/** Bytes regrouped into 5-bit words (BIP-173), the last word padded with zero bits. */
export function toFiveBit(bytes: readonly number[]): number[] {
  const words: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      words.push((acc >> bits) & 31);
    }
  }
  if (bits > 0) words.push((acc << (5 - bits)) & 31);
  return words;
}

/** `hrp`, `1`, the 5-bit `data` and its checksum: bech32 (constant 1, BIP-173) or bech32m (0x2bc830a3, BIP-350). */
export function bech32Encode(hrp: string, data: readonly number[], constant = 1): string {
  const expand = [...hrp].map((c) => c.charCodeAt(0));
  const values = [...expand.map((c) => c >> 5), 0, ...expand.map((c) => c & 31), ...data, 0, 0, 0, 0, 0, 0];
  const mod = bechPolymod(values) ^ constant;
  const checksum = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  return `${hrp}1${[...data, ...checksum].map((v) => BECH[v]).join('')}`;
}

/** A SegWit v0 (bech32, 20-byte program) or v1 (bech32m, 32-byte) address. */
export function btcBech32Of(rand: () => number, v1 = false): string {
  const bytes = Array.from({ length: v1 ? 32 : 20 }, () => Math.floor(rand() * 256));
  return bech32Encode('bc', [v1 ? 1 : 0, ...toFiveBit(bytes)], v1 ? 0x2bc830a3 : 1);
}

/** EIP-55's own test vectors (public specification examples, not anyone's wallet). */
export const EIP55_EXAMPLES = [
  '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
  '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
  '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
];

/** Flips the case of one letter: the EIP-55 checksum then fails. */
export function flipCase(address: string, rand: () => number): string {
  const letters = [...address].map((c, i) => (i > 1 && /[a-fA-F]/.test(c) ? i : -1)).filter((i) => i >= 0);
  const i = letters[Math.floor(rand() * letters.length)]!;
  const c = address[i]!;
  return address.slice(0, i) + (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + address.slice(i + 1);
}
