/**
 * What a limit does when its shared store (Redis) fails: the documented fail modes, one warning per
 * outage, a time limit on every store call so a hung connection cannot hold requests, and a probe of
 * the store every `retryMs` while it is down.
 * @module
 */
import type { OptionKeys } from '../core/options.js';
import { GuardConfigError, GuardError } from '../core/errors.js';
import { describe } from '../core/options.js';
import { withTimeout } from '../core/timeout.js';

/**
 * When the shared store fails or times out:
 * - `local` (default): count in this process until the store is back. Limits keep holding, per
 *   instance instead of across instances (N instances let at most N times the limit through);
 * - `allow`: let requests through uncounted (fail open);
 * - `block`: refuse with 503 `limits_unavailable` (fail closed).
 * Each outage is reported once through the logger, and once more when the store is back.
 */
export type StoreErrorMode = 'local' | 'allow' | 'block';

/** Where limit-store outages are reported (no keys or user ids, only what failed). */
export interface LimitsLogger {
  warn(message: string, meta?: Record<string, unknown>): void;
}

export const consoleLimitsLogger: LimitsLogger = {
  warn: (message, meta) => console.warn(message, meta === undefined ? '' : JSON.stringify(meta)),
};

/** Options about the shared store's failures, the same for rate limits and token budgets. */
export interface StoreFailureOptions {
  /**
   * What happens while the shared store fails (see {@link StoreErrorMode}).
   * @default 'local'
   */
  onStoreError?: StoreErrorMode;
  /**
   * Time limit of one store call in ms; a slower answer counts as a failure.
   * @default 500
   */
  storeTimeoutMs?: number;
  /**
   * While the store is down, how often (ms) one request tries it again; the others go straight to the fail mode.
   * @default 1000
   */
  storeRetryMs?: number;
  /**
   * Receives one warning when the store fails and one when it is back.
   * @default console.warn with JSON metadata
   */
  logger?: LimitsLogger;
}

/** Every key of {@link StoreFailureOptions}, spread into each limit's own list. */
export const STORE_FAILURE_OPTION_KEYS: OptionKeys<StoreFailureOptions> = { onStoreError: true, storeTimeoutMs: true, storeRetryMs: true, logger: true };

const MODES: readonly StoreErrorMode[] = ['local', 'allow', 'block'];

export interface FailoverSettings {
  mode: StoreErrorMode;
  timeoutMs: number;
  retryMs: number;
  logger: LimitsLogger;
}

/** @throws GuardConfigError naming the bad option */
export function resolveFailover(where: string, options: StoreFailureOptions): FailoverSettings {
  const mode = options.onStoreError ?? 'local';
  if (!MODES.includes(mode)) {
    throw new GuardConfigError(`mistral-guard: ${where} \`onStoreError\` must be 'local', 'allow' or 'block'; got ${describe(mode)}.`);
  }
  const timeoutMs = options.storeTimeoutMs ?? 500;
  const retryMs = options.storeRetryMs ?? 1000;
  for (const [name, value] of [['storeTimeoutMs', timeoutMs], ['storeRetryMs', retryMs]] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new GuardConfigError(`mistral-guard: ${where} \`${name}\` must be a positive number of ms; got ${describe(value)}.`);
    }
  }
  const logger = options.logger ?? consoleLimitsLogger;
  if (typeof logger !== 'object' || logger === null || typeof logger.warn !== 'function') {
    throw new GuardConfigError(`mistral-guard: ${where} \`logger\` must have a warn(message, meta) method.`);
  }
  return { mode, timeoutMs, retryMs, logger };
}

/** The 503 of `onStoreError: 'block'`. */
export function limitsUnavailable(): GuardError {
  return new GuardError({
    status: 503,
    type: 'internal_error',
    code: 'limits_unavailable',
    message: 'Request limits cannot be checked right now; try again shortly.',
    retryAfter: 1,
  });
}

/** Runs store calls against the shared store, switching to the fail mode while it is down. */
export class Failover {
  private down = false;
  private retryAt = 0;

  constructor(
    private readonly what: string,
    private readonly settings: FailoverSettings,
    /** Runs before the first call after an outage (e.g. reloading scripts the store lost). */
    private readonly beforeProbe?: () => Promise<void>,
  ) {}

  get mode(): StoreErrorMode {
    return this.settings.mode;
  }

  /** True while the shared store is considered down. */
  get isDown(): boolean {
    return this.down;
  }

  /**
   * `primary()` against the shared store; on failure (or while down) `fallback()` for `local`/`allow`,
   * and a 503 GuardError for `block`.
   */
  async run<T>(primary: () => Promise<T>, fallback: () => T | Promise<T>): Promise<T> {
    if (this.down && Date.now() < this.retryAt) return this.fail(fallback);
    try {
      const probing = this.down;
      const value = await withTimeout(
        (async () => {
          if (probing && this.beforeProbe) await this.beforeProbe();
          return primary();
        })(),
        this.settings.timeoutMs,
      );
      if (this.down) {
        this.down = false;
        this.settings.logger.warn(`mistral-guard: ${this.what} store is back; counting in the shared store again`);
      }
      return value;
    } catch (err) {
      if (!this.down) {
        this.down = true;
        this.settings.logger.warn(`mistral-guard: ${this.what} store failed; ${this.describeMode()} until it is back`, {
          error: err instanceof Error ? err.name : typeof err,
          onStoreError: this.settings.mode,
        });
      }
      this.retryAt = Date.now() + this.settings.retryMs;
      return this.fail(fallback);
    }
  }

  private fail<T>(fallback: () => T | Promise<T>): T | Promise<T> {
    if (this.settings.mode === 'block') throw limitsUnavailable();
    return fallback();
  }

  private describeMode(): string {
    switch (this.settings.mode) {
      case 'local':
        return 'counting in this process';
      case 'allow':
        return 'letting requests through uncounted';
      case 'block':
        return 'refusing requests with 503';
    }
  }
}
