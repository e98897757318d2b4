/**
 * Cryptocurrency wallet addresses, validated by their own checksums: Bitcoin Base58Check (P2PKH `1…`,
 * P2SH `3…`), Bitcoin SegWit bech32/bech32m (`bc1…`, BIP-173/BIP-350), and Ethereum `0x` addresses with
 * the EIP-55 mixed-case checksum (Keccak-256, implemented here: node:crypto has only SHA3, whose padding
 * differs).
 * @module
 */
import { createHash } from 'node:crypto';

const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const B58_INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < B58.length; i++) B58_INDEX[B58.charCodeAt(i)] = i;

/** Base58 to bytes, or undefined for a character outside the alphabet. */
function base58Decode(s: string): Uint8Array | undefined {
  const bytes: number[] = [0];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c < 128 ? B58_INDEX[c]! : -1;
    if (v < 0) return undefined;
    let carry = v;
    for (let k = 0; k < bytes.length; k++) {
      carry += bytes[k]! * 58;
      bytes[k] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  let zeros = 0;
  while (zeros < s.length && s[zeros] === '1') zeros++;
  // bytes is little-endian, with a spare 0 at the top when the value is 0.
  let len = bytes.length;
  while (len > 0 && bytes[len - 1] === 0) len--;
  const result = new Uint8Array(zeros + len);
  for (let k = 0; k < len; k++) result[zeros + k] = bytes[len - 1 - k]!;
  return result;
}

/** A Base58Check Bitcoin address (version 0x00 or 0x05, 20-byte hash, double-SHA-256 checksum). */
export function base58CheckAddressValid(s: string): boolean {
  if (s.length < 26 || s.length > 35 || (s[0] !== '1' && s[0] !== '3')) return false;
  const bytes = base58Decode(s);
  if (bytes === undefined || bytes.length !== 25) return false;
  if (bytes[0] !== 0x00 && bytes[0] !== 0x05) return false;
  const payload = bytes.subarray(0, 21);
  const hash = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest();
  for (let k = 0; k < 4; k++) if (hash[k] !== bytes[21 + k]) return false;
  return true;
}

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ v) >>> 0;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk = (chk ^ GEN[i]!) >>> 0;
  }
  return chk;
}

/** A SegWit address: hrp `bc` (or `tb`), witness v0 with bech32, v1+ with bech32m; one case only. */
export function bech32AddressValid(s: string): boolean {
  if (s.length < 14 || s.length > 90) return false;
  if (s !== s.toLowerCase() && s !== s.toUpperCase()) return false;
  const lower = s.toLowerCase();
  const sep = lower.lastIndexOf('1');
  const hrp = lower.slice(0, sep);
  if (hrp !== 'bc' && hrp !== 'tb') return false;
  const data: number[] = [];
  for (let i = sep + 1; i < lower.length; i++) {
    const v = BECH32.indexOf(lower[i]!);
    if (v < 0) return false;
    data.push(v);
  }
  if (data.length < 7) return false;
  const expanded = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data];
  const constant = polymod(expanded);
  const version = data[0]!;
  if (version > 16) return false;
  if (version === 0 ? constant !== 1 : constant !== 0x2bc830a3) return false;
  // Program length: 5-bit groups to bytes, 2..40 bytes (20 or 32 for v0).
  const bytes = Math.floor(((data.length - 7) * 5) / 8);
  return bytes >= 2 && bytes <= 40 && (version !== 0 || bytes === 20 || bytes === 32);
}

// --- Keccak-256 -------------------------------------------------------------------------------------------

/** Round constants, as [low, high] 32-bit halves. */
const RC: ReadonlyArray<readonly [number, number]> = [
  [0x00000001, 0x00000000], [0x00008082, 0x00000000], [0x0000808a, 0x80000000], [0x80008000, 0x80000000],
  [0x0000808b, 0x00000000], [0x80000001, 0x00000000], [0x80008081, 0x80000000], [0x00008009, 0x80000000],
  [0x0000008a, 0x00000000], [0x00000088, 0x00000000], [0x80008009, 0x00000000], [0x8000000a, 0x00000000],
  [0x8000808b, 0x00000000], [0x0000008b, 0x80000000], [0x00008089, 0x80000000], [0x00008003, 0x80000000],
  [0x00008002, 0x80000000], [0x00000080, 0x80000000], [0x0000800a, 0x00000000], [0x8000000a, 0x80000000],
  [0x80008081, 0x80000000], [0x00008080, 0x80000000], [0x80000001, 0x00000000], [0x80008008, 0x80000000],
];
/** Rotation offsets by lane index x + 5y. */
const ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];

function keccakF(a: Uint32Array): void {
  const c = new Uint32Array(10);
  const b = new Uint32Array(50);
  for (let round = 0; round < 24; round++) {
    // theta
    for (let x = 0; x < 5; x++) {
      c[2 * x] = a[2 * x]! ^ a[2 * x + 10]! ^ a[2 * x + 20]! ^ a[2 * x + 30]! ^ a[2 * x + 40]!;
      c[2 * x + 1] = a[2 * x + 1]! ^ a[2 * x + 11]! ^ a[2 * x + 21]! ^ a[2 * x + 31]! ^ a[2 * x + 41]!;
    }
    for (let x = 0; x < 5; x++) {
      const l1 = c[2 * ((x + 1) % 5)]!;
      const h1 = c[2 * ((x + 1) % 5) + 1]!;
      const dLo = c[2 * ((x + 4) % 5)]! ^ ((l1 << 1) | (h1 >>> 31));
      const dHi = c[2 * ((x + 4) % 5) + 1]! ^ ((h1 << 1) | (l1 >>> 31));
      for (let y = 0; y < 25; y += 5) {
        a[2 * (x + y)] = a[2 * (x + y)]! ^ dLo;
        a[2 * (x + y) + 1] = a[2 * (x + y) + 1]! ^ dHi;
      }
    }
    // rho and pi: B[y, 2x + 3y] = rot(A[x, y])
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        const i = x + 5 * y;
        const lo = a[2 * i]!;
        const hi = a[2 * i + 1]!;
        const r = ROT[i]!;
        let nlo: number;
        let nhi: number;
        if (r === 0) {
          nlo = lo;
          nhi = hi;
        } else if (r < 32) {
          nlo = (lo << r) | (hi >>> (32 - r));
          nhi = (hi << r) | (lo >>> (32 - r));
        } else if (r === 32) {
          nlo = hi;
          nhi = lo;
        } else {
          const m = r - 32;
          nlo = (hi << m) | (lo >>> (32 - m));
          nhi = (lo << m) | (hi >>> (32 - m));
        }
        const j = y + 5 * ((2 * x + 3 * y) % 5);
        b[2 * j] = nlo;
        b[2 * j + 1] = nhi;
      }
    }
    // chi
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        const i = 2 * (x + y);
        const i1 = 2 * (((x + 1) % 5) + y);
        const i2 = 2 * (((x + 2) % 5) + y);
        a[i] = b[i]! ^ (~b[i1]! & b[i2]!);
        a[i + 1] = b[i + 1]! ^ (~b[i1 + 1]! & b[i2 + 1]!);
      }
    }
    // iota
    a[0] = a[0]! ^ RC[round]![0];
    a[1] = a[1]! ^ RC[round]![1];
  }
}

/** Keccak-256 (the pre-SHA-3 padding Ethereum uses) of a byte string. */
export function keccak256(input: Uint8Array): Uint8Array {
  const rate = 136;
  const state = new Uint32Array(50);
  const padded = new Uint8Array(Math.ceil((input.length + 1) / rate) * rate);
  padded.set(input);
  padded[input.length] = padded[input.length]! ^ 0x01;
  padded[padded.length - 1] = padded[padded.length - 1]! ^ 0x80;
  for (let off = 0; off < padded.length; off += rate) {
    for (let k = 0; k < rate / 4; k++) {
      const w = padded[off + 4 * k]! | (padded[off + 4 * k + 1]! << 8) | (padded[off + 4 * k + 2]! << 16) | (padded[off + 4 * k + 3]! << 24);
      state[k] = state[k]! ^ w;
    }
    keccakF(state);
  }
  const out = new Uint8Array(32);
  for (let k = 0; k < 8; k++) {
    const w = state[k]!;
    out[4 * k] = w & 0xff;
    out[4 * k + 1] = (w >>> 8) & 0xff;
    out[4 * k + 2] = (w >>> 16) & 0xff;
    out[4 * k + 3] = (w >>> 24) & 0xff;
  }
  return out;
}

/**
 * An Ethereum address `0x` + 40 hex digits. `checksummed` is true when its mixed case passes EIP-55;
 * a one-case address is well-formed but carries no checksum; a mixed-case one that fails is invalid.
 */
export function ethAddressCheck(s: string): 'checksummed' | 'unchecked' | 'invalid' {
  if (s.length !== 42 || s[0] !== '0' || (s[1] !== 'x' && s[1] !== 'X')) return 'invalid';
  const hex = s.slice(2);
  if (!/^[0-9a-fA-F]{40}$/.test(hex)) return 'invalid';
  const lower = hex.toLowerCase();
  if (hex === lower || hex === hex.toUpperCase()) return 'unchecked';
  const hash = keccak256(Buffer.from(lower, 'ascii'));
  for (let i = 0; i < 40; i++) {
    const c = hex.charCodeAt(i);
    if (c < 65) continue; // a digit
    const nibble = i % 2 === 0 ? hash[i >> 1]! >> 4 : hash[i >> 1]! & 15;
    const upper = c <= 70;
    if ((nibble >= 8) !== upper) return 'invalid';
  }
  return 'checksummed';
}
