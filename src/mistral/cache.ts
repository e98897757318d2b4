/**
 * The moderation cache: a pluggable store and keyed (HMAC) cache keys.
 *
 * Keys are HMAC-SHA256 over the model and the canonical JSON of the inputs, with a secret that is
 * random per moderator by default: a store dump (or a shared Redis) reveals neither the content nor
 * a plain hash that could be confirmed by guessing a text.
 * @module
 */
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { createHmac, randomBytes } from 'node:crypto';
import type * as LruCache from 'lru-cache';
import { lazyRequire } from '../core/lazy-require.js';
import { GuardConfigError } from '../core/errors.js';

// lru-cache loads with the first cache, not with the package.
const lruCache = lazyRequire<typeof LruCache>('lru-cache');

/** What is cached: the raw scores (thresholds are applied after reading, so they can change). */
export interface CachedModeration {
  model: string;
  /** Per category, the highest score over the classified inputs. */
  scores: Record<string, number>;
  /** Per category, which input (0-based) had that highest score, when there were several. */
  worst?: Record<string, number>;
}

/**
 * Where cached moderation results live. Memory by default; a Redis store can implement this later
 * (serialize `value` as JSON, `PX ttlMs`). Methods may be sync or async.
 */
export interface ModerationCacheStore {
  get(key: string): CachedModeration | undefined | Promise<CachedModeration | undefined>;
  set(key: string, value: CachedModeration, ttlMs: number): void | Promise<void>;
}

/** Options of {@link createMemoryModerationCache}. */
export interface MemoryModerationCacheOptions {
  /** Maximum entries (least recently used are evicted). @default 1000 */
  max?: number;
}

export const DEFAULT_CACHE_MAX = 1000;

/** An in-process LRU store with per-entry TTL (lru-cache). */
export function createMemoryModerationCache(options: MemoryModerationCacheOptions = {}): ModerationCacheStore {
  checkOptionKeys('createMemoryModerationCache()', options, { max: true } satisfies OptionKeys<MemoryModerationCacheOptions>);
  const max = options.max ?? DEFAULT_CACHE_MAX;
  if (!Number.isInteger(max) || max < 1) throw new GuardConfigError('cache.max must be a positive integer.');
  const lru = new (lruCache().LRUCache)<string, CachedModeration>({ max });
  return {
    get(key) {
      const v = lru.get(key);
      // A copy, so a caller mutating its outcome cannot poison the cache.
      return v === undefined ? undefined : { model: v.model, scores: { ...v.scores } };
    },
    set(key, value, ttlMs) {
      lru.set(key, { model: value.model, scores: { ...value.scores } }, { ttl: ttlMs });
    },
  };
}

/** JSON with object keys sorted at every level, so equal inputs always give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const parts = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`);
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Computes cache keys; `kind` separates the chat and text endpoints. */
export type CacheKeyer = (kind: 'chat' | 'text', model: string, inputs: unknown) => string;

/**
 * Creates a keyer with the given secret, or a fresh random 32-byte one. Pass the same secret to every
 * instance that shares a store (e.g. Redis), or they will never hit each other's entries.
 */
export function createCacheKeyer(secret?: string | Uint8Array): CacheKeyer {
  if (secret !== undefined && secret.length < 16) {
    throw new GuardConfigError('cache.hmacKey must be at least 16 bytes long.');
  }
  const key = secret ?? randomBytes(32);
  return (kind, model, inputs) =>
    createHmac('sha256', key).update(`${kind}\u0000${model}\u0000${canonicalJson(inputs)}`).digest('hex');
}
