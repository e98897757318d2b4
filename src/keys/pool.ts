/**
 * `createKeyPool()`: several Mistral API keys, each named by its fingerprint, with rotation, quarantine on
 * 401/403, cool-down on 429, and a lifecycle without downtime (add, retire with a grace window, revoke now).
 *
 * ```
 *   add() / source ──▶ active ◀──────────── quarantine / cool-down ends
 *                        │  401/403 ─▶ quarantined (quarantineMs)      ─┐
 *                        │  429     ─▶ cooling (Retry-After, cooldownMs)┘
 *                        │
 *                        ├─ retire(fp, { graceMs }) ─▶ retiring ── window ends ─▶ retired (never used again)
 *                        │     (only when no active key is usable)
 *                        └─ revoke(fp) ─────────────────────────────────────────▶ revoked (never used again, at once)
 * ```
 *
 * Picking a key is synchronous, allocation-free and O(number of keys) at worst: no I/O on the hot path
 * except one awaited store read per `syncIntervalMs` when the shared view is stale. With a store (Redis),
 * quarantines, cool-downs, retirements and revocations are shared by fingerprint; a key's value never
 * leaves the process.
 * @module
 */
import { GuardConfigError, GuardError } from '../core/errors.js';
import { checkOptionKeys, suggestion } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { withTimeout } from '../core/timeout.js';
import { checkFingerprint, checkKeyShape, fingerprintKey } from './fingerprint.js';
import { completeLogger, consoleKeyLogger } from './logger.js';
import { createCachedKeys } from './sources/cached.js';
import type { CachedKeys } from './sources/cached.js';
import { errorSummary } from './sources/source-error.js';
import { createRedisKeyStore } from './stores/redis.js';
import type { RedisClientLike } from './stores/redis.js';
import type { KeyStateChange, KeyStateKind, KeyStateSnapshot, KeyStateStore } from './stores/types.js';
import type { KeyPoolLogger, KeySource, KeyState, KeyStatus } from './types.js';

/**
 * How the next key is chosen among the usable ones:
 * - `time`: one key serves for `rotationIntervalMs`, then the next (in order, starting with the first);
 * - `round-robin`: the next key on every request;
 * - `least-recently-failed`: the key whose last 401/403/429 is oldest (never failed first), round-robin among equals.
 */
export type KeySelection = 'time' | 'round-robin' | 'least-recently-failed';

const SELECTIONS: readonly KeySelection[] = ['time', 'round-robin', 'least-recently-failed'];

/** Options of {@link createKeyPool}. */
export interface KeyPoolOptions {
  /** The keys to start with (e.g. `resolveApiKeys()`). At least one, unless `source` gives them. */
  keys?: readonly string[];
  /**
   * Where keys are read and read again (`envKeySource`, `fileKeySource`, `googleSecretManagerSource`,
   * `awsSecretsManagerSource`). New values are added; values it stops returning retire with `graceMs`.
   */
  source?: KeySource;
  /** How the next key is chosen. @default 'time' */
  selection?: KeySelection;
  /** With `selection: 'time'`, how long one key serves before the next. @default 3600000 (hourly) */
  rotationIntervalMs?: number;
  /** Cool-down after a 429 that has no `Retry-After` (Mistral's limits are per second and per minute). @default 5000 */
  cooldownMs?: number;
  /** How long a key that got 401/403 stays out before it is tried again. @default 900000 (15 min) */
  quarantineMs?: number;
  /** Grace window of `retire()`, and of keys a source stops returning. @default 300000 (5 min) */
  graceMs?: number;
  /** A connected Redis client (ioredis or node-redis) to share key state across instances. Exclusive with `store`. */
  redis?: RedisClientLike;
  /** Prefix of the Redis keys (with `redis`). @default 'mistral-guard:keys' */
  redisPrefix?: string;
  /** A shared state store (e.g. `createMemoryKeyStore()` for pools of one process). Exclusive with `redis`. */
  store?: KeyStateStore;
  /**
   * With a store: the longest a pick may rely on the last read of the shared state. A revocation made on one
   * instance is honoured by every other for every pick that starts this long after it. @default 1000
   */
  syncIntervalMs?: number;
  /** With a store: how long a pick waits for the shared state before going on with its own view. @default 500 */
  syncTimeoutMs?: number;
  /** Receives lifecycle and failure events (fingerprints, never keys). @default console */
  logger?: KeyPoolLogger;
  /** The clock, in ms. @default Date.now */
  now?: () => number;
}

/** Every key of {@link KeyPoolOptions}. */
export const KEY_POOL_OPTION_KEYS: OptionKeys<KeyPoolOptions> = {
  keys: true,
  source: true,
  selection: true,
  rotationIntervalMs: true,
  cooldownMs: true,
  quarantineMs: true,
  graceMs: true,
  redis: true,
  redisPrefix: true,
  store: true,
  syncIntervalMs: true,
  syncTimeoutMs: true,
  logger: true,
  now: true,
};

export const DEFAULT_ROTATION_INTERVAL_MS = 3_600_000;
export const DEFAULT_KEY_COOLDOWN_MS = 5_000;
export const DEFAULT_QUARANTINE_MS = 900_000;
export const DEFAULT_GRACE_MS = 300_000;
export const DEFAULT_SYNC_INTERVAL_MS = 1_000;
export const DEFAULT_SYNC_TIMEOUT_MS = 500;

/** One key picked for one upstream attempt. It puts the key on a request; it never shows it. */
export interface KeyLease {
  readonly fingerprint: string;
  /** Sets `Authorization: Bearer <key>` on the headers of the outgoing request. */
  authorize(headers: Headers): void;
}

/** Options of {@link KeyPool.retire}. */
export interface RetireOptions {
  /** How long the key stays usable as a fallback. @default the pool's graceMs */
  graceMs?: number;
}

const RETIRE_OPTION_KEYS: OptionKeys<RetireOptions> = { graceMs: true };

/** A pool of keys. Inspecting or serializing it shows fingerprints and states only. */
export interface KeyPool {
  readonly selection: KeySelection;
  /** Keys held and not yet retired or revoked. */
  readonly size: number;
  /** Every key this pool knows, by fingerprint, with its state. */
  status(): KeyStatus[];
  /**
   * Adds a key at runtime (idempotent: an existing key keeps its state). Returns its fingerprint.
   * @throws GuardConfigError for a malformed key, or one that was revoked or retired
   */
  add(key: string): string;
  /**
   * Retires a key: from now on it is used only when no active key is usable, until the grace window ends;
   * then never again. Shared with every instance when there is a store.
   * @throws GuardConfigError when `fingerprint` is not one; rejects when the store cannot be written (applied here)
   */
  retire(fingerprint: string, options?: RetireOptions): Promise<void>;
  /**
   * Revokes a key now: never picked again here, and by every instance sharing the store within
   * `syncIntervalMs`. Requests already holding it finish. The fingerprint need not be held here.
   * @throws GuardConfigError when `fingerprint` is not one; rejects when the store cannot be written (applied here)
   */
  revoke(fingerprint: string): Promise<void>;
  /** Resolves once keys are loaded (a source's first read); rejects when there are none. */
  ready(): Promise<void>;
  /** Reads the source now. Rejects when the read fails (the last good keys stay). */
  refresh(): Promise<void>;
  /** Reads the shared state now. Rejects when the store cannot be read (the own view stays). */
  sync(): Promise<void>;
  /** Waits for reads in flight and closes a client the source made. The Redis client is yours to close. */
  close(): Promise<void>;
  /**
   * Picks a key for one upstream attempt (the HTTP seam of `createMistralClient` calls it).
   * @throws GuardError 503 `upstream_keys_unavailable` when no key is usable
   */
  acquire(): KeyLease | Promise<KeyLease>;
  /** Like {@link acquire}, without picking: throws the same 503 when no key is usable. */
  check(): void | Promise<void>;
  /**
   * Reports an upstream answer for a lease: 401/403 quarantines the key, 429 cools it down for
   * `retryAfterMs` (or `cooldownMs`). Returns whether the key was put out of use, so another may be tried.
   */
  report(lease: KeyLease, status: number, retryAfterMs?: number): boolean;
}

/** Per-fingerprint state, also for fingerprints this instance does not hold (revoked elsewhere). */
interface FpState {
  revokedAt: number | undefined;
  /** Grace end set by retire() here or elsewhere (shared). */
  retireAt: number | undefined;
  /** Grace end because the source stopped returning the key (this instance only). */
  sourceRetireAt: number | undefined;
  quarantinedUntil: number;
  cooldownUntil: number;
  lastFailureAt: number | undefined;
}

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** A held key. Its value is private; inspecting it shows the fingerprint. */
class KeyEntry implements KeyLease {
  readonly fingerprint: string;
  readonly origin: 'static' | 'source' | 'added';
  readonly state: FpState;
  readonly #bearer: string;

  constructor(key: string, fingerprint: string, origin: KeyEntry['origin'], state: FpState) {
    this.#bearer = `Bearer ${key}`;
    this.fingerprint = fingerprint;
    this.origin = origin;
    this.state = state;
  }

  authorize(headers: Headers): void {
    headers.set('authorization', this.#bearer);
  }

  toJSON(): { fingerprint: string } {
    return { fingerprint: this.fingerprint };
  }

  [INSPECT](): string {
    return `KeyLease(${this.fingerprint})`;
  }
}

const NOT_USABLE = 0;
const FALLBACK = 1;
const ACTIVE = 2;

function retireEnd(s: FpState): number | undefined {
  if (s.retireAt === undefined) return s.sourceRetireAt;
  if (s.sourceRetireAt === undefined) return s.retireAt;
  return Math.min(s.retireAt, s.sourceRetireAt);
}

/** Whether a key is gone for good (revoked, or its grace window is over). */
function gone(s: FpState, t: number): boolean {
  if (s.revokedAt !== undefined) return true;
  const end = retireEnd(s);
  return end !== undefined && t >= end;
}

function usability(s: FpState, t: number): number {
  if (s.revokedAt !== undefined) return NOT_USABLE;
  if (t < s.quarantinedUntil || t < s.cooldownUntil) return NOT_USABLE;
  const end = retireEnd(s);
  if (end === undefined) return ACTIVE;
  return t < end ? FALLBACK : NOT_USABLE;
}

function stateAt(s: FpState, t: number): { state: KeyState; until?: number } {
  if (s.revokedAt !== undefined) return { state: 'revoked' };
  const end = retireEnd(s);
  if (end !== undefined && t >= end) return { state: 'retired' };
  if (t < s.quarantinedUntil) return { state: 'quarantined', until: s.quarantinedUntil };
  if (t < s.cooldownUntil) return { state: 'cooling', until: s.cooldownUntil };
  if (end !== undefined) return { state: 'retiring', until: end };
  return { state: 'active' };
}

function newState(): FpState {
  return {
    revokedAt: undefined,
    retireAt: undefined,
    sourceRetireAt: undefined,
    quarantinedUntil: 0,
    cooldownUntil: 0,
    lastFailureAt: undefined,
  };
}

function checkDuration(name: string, value: unknown, allowZero = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new GuardConfigError(`createKeyPool: ${name} must be a ${allowZero ? 'non-negative' : 'positive'} number of milliseconds.`);
  }
  return value;
}

class Pool implements KeyPool {
  readonly selection: KeySelection;
  readonly #rotationMs: number;
  readonly #cooldownMs: number;
  readonly #quarantineMs: number;
  readonly #graceMs: number;
  readonly #syncIntervalMs: number;
  readonly #syncTimeoutMs: number;
  readonly #now: () => number;
  readonly #log: Required<KeyPoolLogger>;
  readonly #store: KeyStateStore | undefined;
  readonly #cached: CachedKeys | undefined;
  readonly #createdAt: number;

  #entries: KeyEntry[] = [];
  readonly #byFp = new Map<string, KeyEntry>();
  readonly #states = new Map<string, FpState>();
  #cursor = 0;
  #version: string | undefined;
  #syncStartedAt = -Infinity;
  #syncing: Promise<void> | undefined;
  #exhaustedLogged = false;
  #storeDown = false;

  constructor(options: KeyPoolOptions) {
    const selection = options.selection ?? 'time';
    if (!SELECTIONS.includes(selection)) {
      throw new GuardConfigError(`createKeyPool: unknown selection \`${String(selection)}\`.${suggestion(String(selection), SELECTIONS)}`);
    }
    this.selection = selection;
    this.#rotationMs = checkDuration('rotationIntervalMs', options.rotationIntervalMs ?? DEFAULT_ROTATION_INTERVAL_MS);
    this.#cooldownMs = checkDuration('cooldownMs', options.cooldownMs ?? DEFAULT_KEY_COOLDOWN_MS);
    this.#quarantineMs = checkDuration('quarantineMs', options.quarantineMs ?? DEFAULT_QUARANTINE_MS);
    this.#graceMs = checkDuration('graceMs', options.graceMs ?? DEFAULT_GRACE_MS, true);
    this.#syncIntervalMs = checkDuration('syncIntervalMs', options.syncIntervalMs ?? DEFAULT_SYNC_INTERVAL_MS);
    this.#syncTimeoutMs = checkDuration('syncTimeoutMs', options.syncTimeoutMs ?? DEFAULT_SYNC_TIMEOUT_MS);
    if (options.now !== undefined && typeof options.now !== 'function') throw new GuardConfigError('createKeyPool: now must be a function returning ms.');
    this.#now = options.now ?? Date.now;
    const logger = options.logger ?? consoleKeyLogger;
    if (typeof logger !== 'object' || logger === null || typeof logger.warn !== 'function') {
      throw new GuardConfigError('createKeyPool: logger must have a warn(message, meta) method.');
    }
    this.#log = completeLogger(logger);

    if (options.redis !== undefined && options.store !== undefined) {
      throw new GuardConfigError('createKeyPool: pass either redis or store, not both.');
    }
    if (options.redisPrefix !== undefined && options.redis === undefined) {
      throw new GuardConfigError('createKeyPool: redisPrefix needs redis.');
    }
    if (options.store !== undefined && (typeof options.store?.read !== 'function' || typeof options.store.write !== 'function')) {
      throw new GuardConfigError('createKeyPool: store must have read() and write() methods.');
    }
    this.#store =
      options.redis !== undefined
        ? createRedisKeyStore(options.redis, options.redisPrefix === undefined ? {} : { prefix: options.redisPrefix })
        : options.store;

    if (options.keys !== undefined && !Array.isArray(options.keys)) throw new GuardConfigError('createKeyPool: keys must be an array of strings.');
    const keys = options.keys ?? [];
    if (options.source !== undefined) {
      const s = options.source as Partial<KeySource> | null;
      if (typeof s !== 'object' || s === null || typeof s.read !== 'function' || typeof s.refreshIntervalMs !== 'number') {
        throw new GuardConfigError('createKeyPool: source must be a key source (envKeySource(), googleSecretManagerSource(), …).');
      }
    } else if (keys.length === 0) {
      throw new GuardConfigError('createKeyPool: give at least one key (keys: resolveApiKeys()) or a source.');
    }
    this.#createdAt = this.#now();
    keys.forEach((key, i) => {
      if (typeof key !== 'string') throw new GuardConfigError(`createKeyPool: keys[${i}] must be a string.`);
      const value = checkKeyShape(key.trim(), `keys[${i}]`);
      const fp = fingerprintKey(value);
      if (this.#byFp.has(fp)) throw new GuardConfigError(`createKeyPool: the key ${fp} (fingerprint) is listed more than once.`);
      this.#hold(value, fp, 'static');
    });
    this.#cached =
      options.source === undefined
        ? undefined
        : createCachedKeys(options.source, { now: this.#now, logger: this.#log, onChange: (k) => this.#fromSource(k) });
  }

  get size(): number {
    let n = 0;
    const t = this.#now();
    for (const e of this.#entries) if (!gone(e.state, t)) n++;
    return n;
  }

  // ── the hot path ────────────────────────────────────────────────────────────────────────────────────

  acquire(): KeyLease | Promise<KeyLease> {
    const t = this.#now();
    if (this.#mustWait(t)) return this.#waitThen(true) as Promise<KeyLease>;
    this.#background(t);
    return this.#pickOrThrow(t, true);
  }

  check(): void | Promise<void> {
    const t = this.#now();
    if (this.#mustWait(t)) return this.#waitThen(false).then(() => undefined);
    this.#pickOrThrow(t, false);
  }

  report(lease: KeyLease, status: number, retryAfterMs?: number): boolean {
    const entry = this.#byFp.get(lease.fingerprint);
    const s = entry?.state ?? this.#states.get(lease.fingerprint);
    if (s === undefined) return false;
    const t = this.#now();
    if (status === 401 || status === 403) {
      s.lastFailureAt = t;
      if (t < s.quarantinedUntil) return true;
      s.quarantinedUntil = t + this.#quarantineMs;
      this.#log.warn('mistral-guard: API key quarantined after an authentication failure', {
        fingerprint: lease.fingerprint,
        status,
        quarantinedForMs: this.#quarantineMs,
        usable: this.#usableFingerprints(t),
      });
      this.#share({ kind: 'quarantined', fingerprint: lease.fingerprint, at: s.quarantinedUntil }, t);
      return true;
    }
    if (status === 429) {
      s.lastFailureAt = t;
      const ms = retryAfterMs !== undefined && Number.isFinite(retryAfterMs) && retryAfterMs > 0 ? retryAfterMs : this.#cooldownMs;
      const until = t + ms;
      if (until <= s.cooldownUntil) return true;
      const wasCooling = t < s.cooldownUntil;
      s.cooldownUntil = until;
      if (!wasCooling) {
        this.#log.warn('mistral-guard: API key rate limited; cooling down', { fingerprint: lease.fingerprint, coolingForMs: ms });
      }
      this.#share({ kind: 'cooldown', fingerprint: lease.fingerprint, at: until }, t);
      return true;
    }
    return false;
  }

  #mustWait(t: number): boolean {
    if (this.#store !== undefined && t - this.#syncStartedAt >= this.#syncIntervalMs) return true;
    const c = this.#cached;
    return c !== undefined && !c.loaded && c.due(t);
  }

  /** Starts reads that are due soon, without waiting for them. */
  #background(t: number): void {
    if (this.#store !== undefined && this.#syncing === undefined && t - this.#syncStartedAt >= this.#syncIntervalMs / 2) {
      this.sync().catch(() => undefined);
    }
    const c = this.#cached;
    if (c !== undefined && c.due(t)) c.refresh().catch(() => undefined);
  }

  async #waitThen(advance: boolean): Promise<KeyLease | undefined> {
    const t = this.#now();
    const waits: Promise<unknown>[] = [];
    if (this.#store !== undefined && t - this.#syncStartedAt >= this.#syncIntervalMs) waits.push(this.sync().catch(() => undefined));
    const c = this.#cached;
    if (c !== undefined && c.due(t)) {
      const read = c.refresh().catch(() => undefined);
      if (!c.loaded) waits.push(read);
    }
    await Promise.all(waits);
    return this.#pickOrThrow(this.#now(), advance);
  }

  #pickOrThrow(t: number, advance: boolean): KeyEntry {
    const entry = this.#pick(t, advance);
    if (entry !== undefined) {
      this.#exhaustedLogged = false;
      return entry;
    }
    throw this.#exhausted(t);
  }

  /** The next usable key, preferring active keys to retiring ones; no allocation. */
  #pick(t: number, advance: boolean): KeyEntry | undefined {
    const entries = this.#entries;
    const n = entries.length;
    if (n === 0) return undefined;
    let start: number;
    if (this.selection === 'time') start = Math.floor(Math.max(0, t - this.#createdAt) / this.#rotationMs) % n;
    else start = this.#cursor % n;
    let best: KeyEntry | undefined;
    let bestAt = 0;
    let bestFailure = Infinity;
    let fallback: KeyEntry | undefined;
    let fallbackAt = 0;
    let dead = false;
    for (let i = 0; i < n; i++) {
      const at = (start + i) % n;
      const e = entries[at]!;
      const u = usability(e.state, t);
      if (u === ACTIVE) {
        const failed = e.state.lastFailureAt ?? -Infinity;
        if (best === undefined || failed < bestFailure) {
          best = e;
          bestAt = at;
          bestFailure = failed;
        }
        // Only least-recently-failed looks at every key; the others take the first active one.
        if (this.selection !== 'least-recently-failed') break;
      } else if (u === FALLBACK) {
        if (fallback === undefined) {
          fallback = e;
          fallbackAt = at;
        }
      } else if (!dead && gone(e.state, t)) {
        dead = true;
      }
    }
    if (dead) this.#prune(t);
    if (best === undefined && fallback === undefined) return undefined;
    if (advance && this.selection !== 'time') this.#cursor = (best !== undefined ? bestAt : fallbackAt) + 1;
    return best ?? fallback;
  }

  #exhausted(t: number): GuardError {
    let soonest = Infinity;
    for (const e of this.#entries) {
      if (gone(e.state, t)) continue;
      const back = Math.max(e.state.quarantinedUntil, e.state.cooldownUntil);
      if (back > t) soonest = Math.min(soonest, back);
    }
    const retryAfter = Number.isFinite(soonest) ? Math.max(1, Math.ceil((soonest - t) / 1000)) : undefined;
    if (!this.#exhaustedLogged) {
      this.#exhaustedLogged = true;
      this.#log.error('mistral-guard: no usable Mistral API key; answering 503', {
        keys: this.status().filter((k) => k.held).map((k) => ({ fingerprint: k.fingerprint, state: k.state, until: k.until })),
        ...(this.#cached !== undefined && !this.#cached.loaded ? { source: this.#cached.source.description, loaded: false } : {}),
      });
    }
    const init: ConstructorParameters<typeof GuardError>[0] = {
      status: 503,
      type: 'upstream_error',
      code: 'upstream_keys_unavailable',
      message: 'No API key for the AI service is usable right now; try again later.',
    };
    if (retryAfter !== undefined) init.retryAfter = retryAfter;
    return new GuardError(init);
  }

  // ── lifecycle ───────────────────────────────────────────────────────────────────────────────────────

  add(key: string): string {
    if (typeof key !== 'string') throw new GuardConfigError('KeyPool.add: key must be a string.');
    const value = checkKeyShape(key.trim(), 'KeyPool.add()');
    const fp = fingerprintKey(value);
    if (this.#byFp.has(fp)) return fp;
    const s = this.#states.get(fp);
    const t = this.#now();
    if (s !== undefined && s.revokedAt !== undefined) {
      throw new GuardConfigError(`KeyPool.add: the key ${fp} was revoked; a revoked key cannot come back. Issue a new key.`);
    }
    if (s !== undefined && s.retireAt !== undefined) {
      throw new GuardConfigError(`KeyPool.add: the key ${fp} was retired; a retired key cannot come back. Issue a new key.`);
    }
    this.#hold(value, fp, 'added');
    this.#log.info('mistral-guard: API key added', { fingerprint: fp, usable: this.#usableFingerprints(t) });
    return fp;
  }

  async retire(fingerprint: string, options: RetireOptions = {}): Promise<void> {
    const fp = checkFingerprint('KeyPool.retire', fingerprint);
    checkOptionKeys('KeyPool.retire()', options, RETIRE_OPTION_KEYS);
    const grace = checkDuration('retire graceMs', options.graceMs ?? this.#graceMs, true);
    const t = this.#now();
    const s = this.#stateOf(fp);
    const at = t + grace;
    if (s.retireAt === undefined || at < s.retireAt) s.retireAt = at;
    if (grace === 0) this.#prune(t);
    this.#log.info('mistral-guard: API key retiring', { fingerprint: fp, graceMs: grace, held: this.#byFp.has(fp) });
    await this.#write({ kind: 'retired', fingerprint: fp, at: s.retireAt }, t, 'retired');
  }

  async revoke(fingerprint: string): Promise<void> {
    const fp = checkFingerprint('KeyPool.revoke', fingerprint);
    const t = this.#now();
    const s = this.#stateOf(fp);
    if (s.revokedAt === undefined) s.revokedAt = t;
    this.#prune(t);
    this.#log.warn('mistral-guard: API key revoked', { fingerprint: fp, held: this.#byFp.has(fp) || this.#states.has(fp) });
    await this.#write({ kind: 'revoked', fingerprint: fp, at: s.revokedAt }, t, 'revoked');
  }

  async ready(): Promise<void> {
    const c = this.#cached;
    if (c !== undefined && !c.loaded) await c.refresh();
    if (this.#store !== undefined) await this.sync().catch(() => undefined);
    if (this.#entries.length === 0) {
      throw new GuardConfigError('createKeyPool: no key is held (all were revoked or retired).');
    }
  }

  async refresh(): Promise<void> {
    if (this.#cached !== undefined) await this.#cached.refresh();
  }

  sync(): Promise<void> {
    const store = this.#store;
    if (store === undefined) return Promise.resolve();
    this.#syncing ??= this.#doSync(store).finally(() => {
      this.#syncing = undefined;
    });
    return this.#syncing;
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.#syncing, this.#cached?.idle()]);
    await this.#cached?.source.close?.();
  }

  status(): KeyStatus[] {
    const t = this.#now();
    const out: KeyStatus[] = [];
    const held = new Set<string>();
    for (const e of this.#entries) {
      held.add(e.fingerprint);
      out.push(this.#statusOf(e.fingerprint, e.state, t, true, e.origin));
    }
    for (const [fp, s] of this.#states) if (!held.has(fp)) out.push(this.#statusOf(fp, s, t, this.#byFp.has(fp), this.#byFp.get(fp)?.origin));
    return out;
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { selection: this.selection, keys: this.status() };
    if (this.#store !== undefined) out.store = this.#store.description;
    if (this.#cached !== undefined) out.source = this.#cached.source.description;
    return out;
  }

  [INSPECT](_depth: number, options: object, inspect: (value: unknown, options: object) => string): string {
    return `KeyPool ${inspect(this.toJSON(), options)}`;
  }

  // ── internals ───────────────────────────────────────────────────────────────────────────────────────

  #statusOf(fp: string, s: FpState, t: number, held: boolean, origin: KeyEntry['origin'] | undefined): KeyStatus {
    const { state, until } = stateAt(s, t);
    const out: KeyStatus = { fingerprint: fp, state, held };
    if (origin !== undefined) out.origin = origin;
    if (until !== undefined) out.until = until;
    if (s.lastFailureAt !== undefined) out.lastFailureAt = s.lastFailureAt;
    return out;
  }

  #stateOf(fp: string): FpState {
    let s = this.#states.get(fp);
    if (s === undefined) {
      s = newState();
      this.#states.set(fp, s);
    }
    return s;
  }

  #hold(value: string, fp: string, origin: KeyEntry['origin']): KeyEntry {
    const entry = new KeyEntry(value, fp, origin, this.#stateOf(fp));
    this.#byFp.set(fp, entry);
    this.#entries = [...this.#entries, entry];
    return entry;
  }

  /** Drops keys that are gone for good from the pick list (copy on write: a pick in progress keeps its list). */
  #prune(t: number): void {
    const keep = this.#entries.filter((e) => !gone(e.state, t));
    if (keep.length === this.#entries.length) return;
    for (const e of this.#entries) {
      if (keep.includes(e)) continue;
      this.#byFp.delete(e.fingerprint);
      if (e.state.revokedAt === undefined) this.#log.info('mistral-guard: API key retired; grace window over', { fingerprint: e.fingerprint });
    }
    this.#entries = keep;
  }

  #usableFingerprints(t: number): string[] {
    return this.#entries.filter((e) => usability(e.state, t) !== NOT_USABLE).map((e) => e.fingerprint);
  }

  /** A source read changed the keys: add new ones, retire (with grace) those it no longer returns. */
  #fromSource(keys: readonly string[]): void {
    const t = this.#now();
    const fresh = new Set<string>();
    for (const key of keys) {
      const fp = fingerprintKey(key);
      fresh.add(fp);
      const held = this.#byFp.get(fp);
      if (held !== undefined) {
        if (held.state.sourceRetireAt !== undefined) {
          held.state.sourceRetireAt = undefined;
          this.#log.info('mistral-guard: API key back in its source; active again', { fingerprint: fp });
        }
        continue;
      }
      const s = this.#states.get(fp);
      if (s !== undefined && (s.revokedAt !== undefined || s.retireAt !== undefined)) {
        this.#log.warn('mistral-guard: the key source returned a revoked or retired key; not used', {
          fingerprint: fp,
          source: this.#cached?.source.description,
        });
        continue;
      }
      if (s !== undefined) s.sourceRetireAt = undefined;
      this.#hold(key, fp, 'source');
      this.#log.info('mistral-guard: API key loaded from its source', { fingerprint: fp, source: this.#cached?.source.description });
    }
    for (const e of this.#entries) {
      if (e.origin !== 'source' || fresh.has(e.fingerprint) || e.state.sourceRetireAt !== undefined) continue;
      e.state.sourceRetireAt = t + this.#graceMs;
      this.#log.info('mistral-guard: API key no longer in its source; retiring', { fingerprint: e.fingerprint, graceMs: this.#graceMs });
    }
    if (this.#graceMs === 0) this.#prune(t);
  }

  async #doSync(store: KeyStateStore): Promise<void> {
    const startedAt = this.#now();
    try {
      const snapshot = await withTimeout(store.read(this.#version), this.#syncTimeoutMs);
      this.#syncStartedAt = startedAt;
      if (snapshot !== undefined) this.#apply(snapshot);
      if (this.#storeDown) {
        this.#storeDown = false;
        this.#log.info('mistral-guard: shared key state reachable again', { store: store.description });
      }
    } catch (err) {
      // Go on with this instance's own view for another interval rather than stall every request.
      this.#syncStartedAt = startedAt;
      this.#storeFailed(store, 'read', err);
      throw new Error(`mistral-guard: the shared key state (${store.description}) could not be read (${errorSummary(err).name}).`);
    }
  }

  #apply(snapshot: KeyStateSnapshot): void {
    const t = this.#now();
    this.#version = snapshot.version;
    const merge = (kind: KeyStateKind, update: (s: FpState, at: number) => void): void => {
      for (const [fp, at] of Object.entries(snapshot.state[kind])) update(this.#stateOf(fp), at);
    };
    merge('revoked', (s, at) => {
      if (s.revokedAt === undefined || at < s.revokedAt) s.revokedAt = at;
    });
    merge('retired', (s, at) => {
      if (s.retireAt === undefined || at < s.retireAt) s.retireAt = at;
    });
    merge('quarantined', (s, at) => {
      if (at > s.quarantinedUntil) s.quarantinedUntil = at;
    });
    merge('cooldown', (s, at) => {
      if (at > s.cooldownUntil) s.cooldownUntil = at;
    });
    const before = this.#entries.map((e) => e.fingerprint);
    this.#prune(t);
    for (const fp of before) {
      if (!this.#byFp.has(fp) && this.#states.get(fp)?.revokedAt !== undefined) {
        this.#log.warn('mistral-guard: API key revoked by another instance; no longer used', { fingerprint: fp });
      }
    }
  }

  /** Shares a quarantine or cool-down; failures are logged, never thrown into a request. */
  #share(change: KeyStateChange, t: number): void {
    const store = this.#store;
    if (store === undefined) return;
    store.write(change, t).then(
      () => this.#storeUp(store),
      (err: unknown) => this.#storeFailed(store, 'write', err),
    );
  }

  async #write(change: KeyStateChange, t: number, what: string): Promise<void> {
    const store = this.#store;
    if (store === undefined) return;
    try {
      await withTimeout(store.write(change, t), Math.max(this.#syncTimeoutMs, 5_000));
      this.#storeUp(store);
    } catch (err) {
      this.#storeFailed(store, 'write', err);
      throw new Error(
        `mistral-guard: key ${change.fingerprint} ${what} on this instance only: the shared key state (${store.description}) could not be written (${errorSummary(err).name}).`,
      );
    }
  }

  #storeUp(store: KeyStateStore): void {
    if (!this.#storeDown) return;
    this.#storeDown = false;
    this.#log.info('mistral-guard: shared key state reachable again', { store: store.description });
  }

  #storeFailed(store: KeyStateStore, op: 'read' | 'write', err: unknown): void {
    if (this.#storeDown) return;
    this.#storeDown = true;
    this.#log.warn('mistral-guard: shared key state unreachable; going on with this instance’s own view', {
      store: store.description,
      op,
      error: errorSummary(err),
    });
  }
}

/**
 * Creates a key pool. Options are validated here, once; keys are named by fingerprint everywhere.
 * @throws GuardConfigError on bad options or keys (naming the option or the key's position, never the key)
 */
export function createKeyPool(options: KeyPoolOptions): KeyPool {
  checkOptionKeys('createKeyPool()', options, KEY_POOL_OPTION_KEYS);
  if (options === undefined) throw new GuardConfigError('createKeyPool: give at least one key (keys: resolveApiKeys()) or a source.');
  return new Pool(options);
}

/** Whether a value is a key pool (made by {@link createKeyPool}). */
export function isKeyPool(value: unknown): value is KeyPool {
  return value instanceof Pool;
}
