/**
 * The hand-written benign set of the secret bench (bench/data/authored/secrets-benign.txt): developer
 * prompts with code, configuration, logs, hashes, UUIDs, commit SHAs, base64 images and documentation
 * placeholders, none holding a secret. Its markers are filled here from a seeded generator, so each run
 * sees the same random-looking values; the split (tune/holdout) is the shared one of the eval sets.
 */
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { parseAuthored, splitOf, shortHash, type Split } from '../data/build/common.js';
import { rng } from '../../test/detect/pii-gen.js';

export interface BenignSecretRow {
  id: string;
  family: string;
  split: Split;
  text: string;
}

const bytes = (rand: () => number, n: number): Buffer => Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256)));

/** A valid 8x8 RGB PNG of random pixels, as base64 (what a pasted image looks like). */
function png(rand: () => number): string {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(8, 0);
  header.writeUInt32BE(8, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Array.from({ length: 8 }, () => Buffer.concat([Buffer.from([0]), bytes(rand, 24)]));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]).toString('base64');
}

function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) {
    c ^= x;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function fill(text: string, rand: () => number): string {
  const digest = (alg: string): string => createHash(alg).update(bytes(rand, 16)).digest('hex');
  return text.replace(/\{\{(sha256|sha1|md5|uuid|gitsha|gitshort|png|b64:(\d+)|hex:(\d+))\}\}/g, (_, kind: string, b64n?: string, hexn?: string) => {
    if (b64n !== undefined) return bytes(rand, Number(b64n)).toString('base64');
    if (hexn !== undefined) return bytes(rand, Math.ceil(Number(hexn) / 2)).toString('hex').slice(0, Number(hexn));
    switch (kind) {
      case 'sha256':
        return digest('sha256');
      case 'sha1':
      case 'gitsha':
        return digest('sha1');
      case 'gitshort':
        return digest('sha1').slice(0, 7);
      case 'md5':
        return digest('md5');
      case 'uuid': {
        const h = digest('md5');
        return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
      }
      default:
        return png(rand);
    }
  });
}

export function benignSecretRows(): BenignSecretRow[] {
  return authoredRows('secrets-benign.txt', 'sb', 7007);
}

/** The near-miss negatives (bench/data/authored/secrets-nearmiss.txt): credential words next to references,
 * env-var names, calls, placeholders, hashes and ids, i18n strings and test fixtures, none a secret. */
export function nearMissSecretRows(): BenignSecretRow[] {
  return authoredRows('secrets-nearmiss.txt', 'snm', 8008);
}

/** The second near-miss set (bench/data/authored/secrets-nearmiss-2.txt, secrets9 round): detect-secrets-like shapes
 * holding no secret (lockfile integrity, digests, git SHAs, colour tokens, base64 images, i18n strings) and text
 * spelled one character at a time, reversed or ROT13'd that is no key. */
export function nearMissSecretRows2(): BenignSecretRow[] {
  return authoredRows('secrets-nearmiss-2.txt', 'snm2', 9009);
}

function authoredRows(file: string, idPrefix: string, seed: number): BenignSecretRow[] {
  const rand = rng(seed);
  return parseAuthored(file).map((r) => {
    const id = `${idPrefix}-${shortHash(r.text!)}`;
    return { id, family: r.family, split: splitOf(id), text: fill(r.text!, rand) };
  });
}
