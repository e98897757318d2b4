/**
 * User ids are never logged or stored as they are: a keyed hash (HMAC-SHA256) names them, so audit
 * lines and limit counters can be joined per user without revealing who the user is, and a list of
 * known ids (emails) cannot be hashed by an outsider to find them.
 * @module
 */
import { createHmac, randomBytes } from 'node:crypto';
import { GuardConfigError } from './errors.js';

/** The environment variable read when no `hashKey` option is given. */
export const HASH_KEY_ENV = 'MISTRAL_GUARD_HASH_KEY';

/** Hex characters kept of the HMAC: 96 bits, far from any collision among users. */
const HASH_HEX = 24;
/** Ids whose hash is remembered, so a busy user costs one HMAC, not one per request. */
const CACHE_SIZE = 4096;

/** Hashes user ids with one key. */
export interface IdHasher {
  (id: string): string;
  /** False when no key was configured and a random per-process key is used (hashes change on restart). */
  readonly configured: boolean;
}

/**
 * The key from the option, else `MISTRAL_GUARD_HASH_KEY`, else undefined.
 * @throws GuardConfigError when the key is shorter than 16 characters
 */
export function resolveHashKey(hashKey: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const key = hashKey ?? (env[HASH_KEY_ENV] !== undefined && env[HASH_KEY_ENV] !== '' ? env[HASH_KEY_ENV] : undefined);
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || key.length < 16) {
    throw new GuardConfigError(
      `mistral-guard: \`hashKey\` (or ${HASH_KEY_ENV}) must be a string of at least 16 characters (a random secret shared by your instances).`,
    );
  }
  return key;
}

const hashers = new Map<string, IdHasher>();
let processHasher: IdHasher | undefined;

function build(key: string | Buffer, configured: boolean): IdHasher {
  let cache = new Map<string, string>();
  const hash = (id: string): string => {
    const known = cache.get(id);
    if (known !== undefined) return known;
    const value = createHmac('sha256', key).update(id).digest('hex').slice(0, HASH_HEX);
    if (cache.size >= CACHE_SIZE) cache = new Map();
    cache.set(id, value);
    return value;
  };
  return Object.assign(hash, { configured });
}

/**
 * The hasher for a key (one per key, shared, so its cache is too). Without a key: one random key per
 * process, so hashes are stable for the life of the process only.
 */
export function idHasher(key: string | undefined): IdHasher {
  if (key === undefined) return (processHasher ??= build(randomBytes(32), false));
  let hasher = hashers.get(key);
  if (hasher === undefined) {
    hasher = build(key, true);
    hashers.set(key, hasher);
  }
  return hasher;
}
