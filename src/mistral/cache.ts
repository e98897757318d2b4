/**
 * The moderation cache: a pluggable store and keyed (HMAC) cache keys.
 *
 * Keys are HMAC-SHA256 over the endpoint, the model and the inputs framed without ambiguity (every string
 * behind its length), with a secret that is random per moderator by default: a store dump (or a shared
 * Redis) reveals neither the content nor a plain hash that could be confirmed by guessing a text.
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

/** `String.prototype.isWellFormed` (ES2024, in every Node this package supports; the compiler's lib is older). */
const isWellFormed = (String.prototype as unknown as { isWellFormed: (this: string) => boolean }).isWellFormed;

/**
 * One string behind its length. A well-formed string goes as it is (UTF-8 encodes it one-to-one); one with
 * a lone surrogate goes JSON-escaped behind `~`, since UTF-8 would write every lone surrogate as U+FFFD
 * and two such texts would share a key.
 */
function framed(text: string): string {
  if (isWellFormed.call(text)) return `${text.length}:${text}`;
  const escaped = JSON.stringify(text);
  return `~${escaped.length}:${escaped}`;
}

/**
 * The inputs the moderator sends (texts, or conversations of `{ role, content }` turns) as one string that
 * no other inputs give: counts and lengths in front of every part, so `['ab']` and `['a', 'b']`, or one
 * conversation of two turns and two of one, never meet. A single pass of string concatenation: the
 * canonical JSON it replaces (keys sorted, arrays mapped, every text escaped) cost about 3x the HMAC
 * itself on a 4 KB conversation. Undefined for any other shape.
 */
function framedInputs(inputs: unknown): string | undefined {
  if (!Array.isArray(inputs)) return undefined;
  let out = `${inputs.length}[`;
  for (const input of inputs as unknown[]) {
    if (typeof input === 'string') {
      out += `s${framed(input)}`;
      continue;
    }
    if (!Array.isArray(input)) return undefined;
    out += `c${input.length}[`;
    for (const turn of input as unknown[]) {
      if (typeof turn !== 'object' || turn === null) return undefined;
      const { role, content } = turn as { role?: unknown; content?: unknown };
      // A turn with any other field is not the moderator's: canonical JSON keeps every field in the key.
      if (typeof role !== 'string' || typeof content !== 'string' || Object.keys(turn).length !== 2) return undefined;
      out += framed(role) + framed(content);
    }
  }
  return out;
}

/**
 * Creates a keyer with the given secret, or a fresh random 32-byte one. Pass the same secret to every
 * instance that shares a store (e.g. Redis), or they will never hit each other's entries.
 */
export function createCacheKeyer(secret?: string | Uint8Array): CacheKeyer {
  if (secret !== undefined && secret.length < 16) {
    throw new GuardConfigError('cache.hmacKey must be at least 16 bytes long.');
  }
  const key = secret ?? randomBytes(32);
  return (kind, model, inputs) => {
    // The moderator's own shapes are framed (`f`); anything else falls back to canonical JSON (`j`).
    const fast = framedInputs(inputs);
    const body = fast !== undefined ? `f${fast}` : `j${canonicalJson(inputs)}`;
    return createHmac('sha256', key).update(`${kind}\u0000${framed(model)}${body}`).digest('hex');
  };
}
