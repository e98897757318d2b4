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
import type { Hmac } from 'node:crypto';
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
  // ttlResolution 0: lru-cache reads the clock on each staleness check instead of caching it behind a
  // fresh 1 ms timer, which cost a Timeout (and its async-hook bookkeeping) on most cache hits.
  const lru = new (lruCache().LRUCache)<string, CachedModeration>({ max, ttlResolution: 0 });
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

/** Texts longer than this go to the HMAC in their own `update()`, not copied into a joined string. */
const OWN_UPDATE_CHARS = 256;

/**
 * The key's bytes as they are written: short parts joined in `pending`, a long text passed to the HMAC
 * as it is (a 4 KB prompt is neither concatenated nor flattened again; the bytes are the same).
 */
class KeyWriter {
  private pending = '';
  constructor(private readonly hmac: Hmac) {}
  text(part: string): void {
    this.pending += part;
  }
  /** One string behind its length (see {@link framed}). */
  framed(text: string): void {
    if (text.length <= OWN_UPDATE_CHARS) {
      this.pending += framed(text);
      return;
    }
    if (isWellFormed.call(text)) {
      this.hmac.update(`${this.pending}${text.length}:`);
      this.hmac.update(text);
    } else {
      const escaped = JSON.stringify(text);
      this.hmac.update(`${this.pending}~${escaped.length}:`);
      this.hmac.update(escaped);
    }
    this.pending = '';
  }
  digest(): string {
    return this.hmac.update(this.pending).digest('hex');
  }
}

/** Whether `inputs` has the moderator's own shape: texts, or conversations of `{ role, content }` turns only. */
function isModeratorShape(inputs: unknown): inputs is Array<string | Array<{ role: string; content: string }>> {
  if (!Array.isArray(inputs)) return false;
  for (const input of inputs as unknown[]) {
    if (typeof input === 'string') continue;
    if (!Array.isArray(input)) return false;
    for (const turn of input as unknown[]) {
      if (typeof turn !== 'object' || turn === null) return false;
      const { role, content } = turn as { role?: unknown; content?: unknown };
      // A turn with any other field is not the moderator's: canonical JSON keeps every field in the key.
      if (typeof role !== 'string' || typeof content !== 'string' || Object.keys(turn).length !== 2) return false;
    }
  }
  return true;
}

/**
 * Writes the inputs the moderator sends as one string that no other inputs give: counts and lengths in
 * front of every part, so `['ab']` and `['a', 'b']`, or one conversation of two turns and two of one,
 * never meet. Plain concatenation: the canonical JSON it replaces (keys sorted, arrays mapped, every
 * text escaped) cost about 3x the HMAC itself on a 4 KB conversation.
 */
function writeFramedInputs(out: KeyWriter, inputs: Array<string | Array<{ role: string; content: string }>>): void {
  out.text(`${inputs.length}[`);
  for (const input of inputs) {
    if (typeof input === 'string') {
      out.text('s');
      out.framed(input);
      continue;
    }
    out.text(`c${input.length}[`);
    for (const turn of input) {
      out.framed(turn.role);
      out.framed(turn.content);
    }
  }
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
    const out = new KeyWriter(createHmac('sha256', key));
    out.text(`${kind}\u0000`);
    out.framed(model);
    // The moderator's own shapes are framed (`f`); anything else falls back to canonical JSON (`j`).
    if (isModeratorShape(inputs)) {
      out.text('f');
      writeFramedInputs(out, inputs);
    } else {
      out.text(`j${canonicalJson(inputs)}`);
    }
    return out.digest();
  };
}
