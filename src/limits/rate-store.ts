/**
 * The express-rate-limit store behind both adapters: its `MemoryStore` by default, `rate-limit-redis`
 * (loaded only when a Redis client is given) or any store of that interface, wrapped so a failing
 * shared store follows the documented fail mode instead of failing requests.
 * @module
 */
import { MemoryStore } from 'express-rate-limit';
import type { ClientRateLimitInfo, IncrementResponse, Options as RateLimitConfig, Store } from 'express-rate-limit';
import { Failover } from './failover.js';
import type { FailoverSettings } from './failover.js';
import type { SendCommand } from '../core/redis.js';

/** Loads rate-limit-redis on first use (an optional peer dependency) and builds its store. */
export async function loadRedisRateStore(sendCommand: SendCommand, prefix: string): Promise<Store> {
  let mod: { RedisStore?: unknown; default?: unknown };
  try {
    mod = (await import('rate-limit-redis')) as { RedisStore?: unknown; default?: unknown };
  } catch (err) {
    throw new Error("mistral-guard: rate limits on Redis need the 'rate-limit-redis' package: npm install rate-limit-redis", { cause: err });
  }
  const RedisStore = (mod.RedisStore ?? (mod.default as { RedisStore?: unknown } | undefined)?.RedisStore ?? mod.default) as new (options: {
    sendCommand: (...args: string[]) => Promise<unknown>;
    prefix: string;
  }) => Store;
  return new RedisStore({ sendCommand: (...args: string[]) => sendCommand(args) as Promise<never>, prefix });
}

/**
 * A store of express-rate-limit's interface that counts in a shared store (`primary`) and, while that
 * fails, follows the fail mode: a local `MemoryStore`, uncounted, or a 503.
 */
export class FailoverRateStore implements Store {
  /** The counts are shared between instances (express-rate-limit checks this). */
  readonly localKeys = false;
  private readonly local = new MemoryStore();
  private readonly failover: Failover;
  private config: RateLimitConfig | undefined;
  private primary: Promise<Store>;

  constructor(primary: Store | Promise<Store>, settings: FailoverSettings) {
    this.primary = Promise.resolve(primary);
    // A load failure (package missing) is reported by the first call, through the fail mode.
    this.primary.catch(() => {});
    this.failover = new Failover('rate-limit', settings, () => this.initPrimary());
  }

  private async initPrimary(): Promise<void> {
    const store = await this.primary;
    if (this.config !== undefined) await store.init?.(this.config);
  }

  init(config: RateLimitConfig): void {
    this.config = config;
    this.local.init(config);
    // Scripts are loaded now; a failure here shows on the first call, which then re-initializes.
    this.initPrimary().catch(() => {});
  }

  private windowEnd(): Date {
    return new Date(Date.now() + (this.config?.windowMs ?? 60_000));
  }

  increment(key: string): Promise<IncrementResponse> {
    return this.failover.run(
      async () => (await this.primary).increment(key),
      // `allow` counts the request as the first of a fresh window: never over any limit.
      () => (this.failover.mode === 'allow' ? { totalHits: 1, resetTime: this.windowEnd() } : this.local.increment(key)),
    );
  }

  decrement(key: string): Promise<void> {
    return this.failover.run(
      async () => (await this.primary).decrement(key),
      () => this.local.decrement(key),
    );
  }

  resetKey(key: string): Promise<void> {
    return this.failover.run(
      async () => {
        await this.local.resetKey(key);
        await (await this.primary).resetKey(key);
      },
      () => this.local.resetKey(key),
    );
  }

  get(key: string): Promise<ClientRateLimitInfo | undefined> {
    return this.failover.run(
      async () => {
        const store = await this.primary;
        return store.get ? store.get(key) : undefined;
      },
      () => this.local.get(key),
    );
  }
}
