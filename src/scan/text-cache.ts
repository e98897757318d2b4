/**
 * The per-scanner cache of per-text work. Chat clients resend the whole history every turn, so the same
 * earlier messages reach the scanner again and again; what its normalizer and detectors found in a text
 * is a pure function of the text, its author's role and the detector list, so it is kept, keyed by a
 * hash of those, and a turn costs about its new message. Only detector output is kept (spans, types,
 * scores), never the text: the policy, the redactions and the conversation-level checks run on every
 * request as before.
 * @module
 */
import { hash } from 'node:crypto';
import type * as LruCache from 'lru-cache';
import { lazyRequire } from '../core/lazy-require.js';
import type { Detection } from '../core/types.js';
import { GuardConfigError } from '../core/errors.js';
import { checkOptionKeys, describe } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import type { DetectorResult } from '../detect/contract.js';

// lru-cache loads with the first cache, not with the package.
const lruCache = lazyRequire<typeof LruCache>('lru-cache');

/** Options of the cache of per-text work (`ScanOptions.cache`). */
export interface TextCacheOptions {
  /**
   * Most texts whose work is kept.
   * @default 1024
   */
  entries?: number;
  /**
   * Most findings kept across all entries (an entry counts 1 plus its detections and strip spans), so
   * texts dense with findings cannot grow the cache past its bound. One unit is about 150 bytes: the
   * defaults hold at most about 10 MB.
   * @default 65536
   */
  findings?: number;
}

const TEXT_CACHE_KEYS: OptionKeys<TextCacheOptions> = { entries: true, findings: true };

export const DEFAULT_CACHE_ENTRIES = 1024;
export const DEFAULT_CACHE_FINDINGS = 65_536;

/** What the normalizer and the detectors found in one text: everything a scan needs but the text itself. */
export interface TextWork {
  /** The normalizer's own findings (invisible characters, encodings). */
  readonly detections: readonly Detection[];
  /** Spans of the text to strip. */
  readonly strip: ReadonlyArray<readonly [number, number]>;
  /** One result per detector, in the order of the list the work was computed with. Never written to. */
  readonly results: readonly DetectorResult[];
}

export interface TextCache {
  /** The work of `text` read by `role` with detector list `listId`, from the cache or from `compute`. */
  get(text: string, role: string, listId: string, compute: () => TextWork): TextWork;
  /** Entries kept now (for tests and monitoring). */
  readonly size: number;
}

/** `String.prototype.isWellFormed` (ES2024, in every Node this package supports; the compiler's lib is older). */
const isWellFormed = (String.prototype as unknown as { isWellFormed: (this: string) => boolean }).isWellFormed;

/**
 * SHA-256 of a text, one-shot. A well-formed text is hashed as UTF-8 (half the bytes of ASCII as UTF-16);
 * one with a lone surrogate as UTF-16 units, since UTF-8 would write every lone surrogate as U+FFFD and two
 * such texts would share a key. The leading letter keeps the two encodings apart.
 */
function keyOf(text: string): string {
  return isWellFormed.call(text) ? `u${hash('sha256', text, 'base64')}` : `w${hash('sha256', Buffer.from(text, 'utf16le'), 'base64')}`;
}

const positive = (name: string, value: unknown, fallback: number): number => {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new GuardConfigError(`mistral-guard: \`cache.${name}\` must be a positive whole number; got ${describe(value)}.`);
  }
  return value;
};

/**
 * Builds the cache for a scanner, or undefined when `option` is `false`. `true` and `undefined` take the
 * defaults.
 * @throws GuardConfigError when an option is unknown or not a positive whole number
 */
export function createTextCache(option: boolean | TextCacheOptions | undefined): TextCache | undefined {
  if (option === false) return undefined;
  const given: TextCacheOptions = option === undefined || option === true ? {} : option;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new GuardConfigError(`mistral-guard: \`cache\` must be true, false or { entries, findings }; got ${describe(option)}.`);
  }
  checkOptionKeys('the `cache` option', given, TEXT_CACHE_KEYS);
  const entries = positive('entries', given.entries, DEFAULT_CACHE_ENTRIES);
  const findings = positive('findings', given.findings, DEFAULT_CACHE_FINDINGS);
  const lru = new (lruCache().LRUCache)<string, TextWork>({
    max: entries,
    maxSize: findings,
    sizeCalculation: (work) => 1 + work.detections.length + work.strip.length + work.results.reduce((n, r) => n + r.detections.length, 0),
  });
  return {
    get(text, role, listId, compute) {
      const key = keyOf(`${role}\u0000${listId}\u0000${text}`);
      let work = lru.get(key);
      if (work === undefined) {
        work = compute();
        // An entry larger than the whole bound is simply not kept (lru-cache refuses it).
        lru.set(key, work);
      }
      return work;
    },
    get size() {
      return lru.size;
    },
  };
}
