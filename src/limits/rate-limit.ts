/**
 * Request rate limits: express-rate-limit configured once, for both adapters. Express runs its middleware
 * as it is; Koa runs the same middleware through a thin adapter, so the two frameworks share one
 * implementation, one store interface and the same headers (`RateLimit`, `RateLimit-Policy`,
 * `Retry-After`, IETF draft 7).
 * @module
 */
import { rateLimit as expressRateLimit, MemoryStore } from 'express-rate-limit';
import type { Options as RateLimitConfig, RateLimitRequestHandler, Store } from 'express-rate-limit';
import { GuardConfigError, GuardError } from '../core/errors.js';
import { checkOptionKeys, describe } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { resolveFailover, STORE_FAILURE_OPTION_KEYS } from './failover.js';
import type { StoreFailureOptions } from './failover.js';
import { createLimitKey, LIMIT_KEY_OPTION_KEYS } from './keys.js';
import type { LimitKeyOptions } from './keys.js';
import { FailoverRateStore, loadRedisRateStore } from './rate-store.js';
import { toSendCommand } from '../core/redis.js';
import type { RedisClientLike } from '../core/redis.js';

/** Options of `rateLimit()`. `R` is the framework's request (Express `Request`, Koa `Context`). */
export interface RateLimitOptions<R> extends LimitKeyOptions<R>, StoreFailureOptions {
  /**
   * Requests a user (or IP) may make per window.
   * @default 30
   */
  limit?: number;
  /**
   * Length of the window in ms (fixed windows, counted from a client's first request).
   * @default 60000
   */
  windowMs?: number;
  /**
   * A connected Redis client (node-redis or ioredis) shared by your instances: counts then hold across
   * all of them (through `rate-limit-redis`, an optional peer dependency loaded on first use).
   * @default none: counts in this process (express-rate-limit's MemoryStore)
   */
  redis?: RedisClientLike;
  /**
   * Prefix of the Redis keys.
   * @default 'mistral-guard:rl:'
   */
  prefix?: string;
  /**
   * Any express-rate-limit store (Memcached, Mongo, ...) instead of `redis`. It is treated as shared and
   * gets the same fail mode.
   * @default none
   */
  store?: Store;
  /**
   * Requests that are not counted (health checks, your own staff).
   * @default none
   */
  skip?: (req: R) => boolean | Promise<boolean>;
}

/** Every key of {@link RateLimitOptions}. */
export const RATE_LIMIT_OPTION_KEYS: OptionKeys<RateLimitOptions<unknown>> = {
  limit: true,
  windowMs: true,
  redis: true,
  prefix: true,
  store: true,
  skip: true,
  ...LIMIT_KEY_OPTION_KEYS,
  ...STORE_FAILURE_OPTION_KEYS,
};

/** How an adapter shows its request to express-rate-limit. */
export interface RateLimitAdapter<R, Q> {
  /** The framework's request behind what express-rate-limit passes around. */
  request(request: Q): R;
  /** The client's IP as the framework resolves it (trust-proxy settings applied). */
  ip(req: R): string | undefined;
}

/** The 429 of a spent request budget. */
export function rateLimited(limit: number, windowMs: number, resetTime: Date | undefined): GuardError {
  const retryAfter = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000));
  return new GuardError({
    status: 429,
    type: 'rate_limited',
    code: 'rate_limited',
    message: `Too many requests; try again in ${retryAfter} seconds.`,
    details: { limit, windowSeconds: Math.ceil(windowMs / 1000) },
    retryAfter,
  });
}

function positiveInteger(where: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new GuardConfigError(`mistral-guard: ${where} \`${name}\` must be a positive integer; got ${describe(value)}.`);
  }
  return value;
}

/**
 * express-rate-limit's middleware, configured from our options (checked here, once). Refusals reach
 * `next(err)` as a 429 GuardError; the adapter answers them with the documented JSON.
 * @throws GuardConfigError naming the bad option
 */
export function createRateLimiter<R, Q = R>(options: RateLimitOptions<R>, adapter: RateLimitAdapter<R, Q>): RateLimitRequestHandler {
  const where = 'rateLimit()';
  checkOptionKeys(where, options, RATE_LIMIT_OPTION_KEYS);
  const limit = positiveInteger(where, 'limit', options.limit ?? 30);
  const windowMs = positiveInteger(where, 'windowMs', options.windowMs ?? 60_000);
  if (options.redis !== undefined && options.store !== undefined) {
    throw new GuardConfigError(`mistral-guard: ${where} takes \`redis\` or \`store\`, not both.`);
  }
  const prefix = options.prefix ?? 'mistral-guard:rl:';
  if (typeof prefix !== 'string') throw new GuardConfigError(`mistral-guard: ${where} \`prefix\` must be a string.`);
  const failover = resolveFailover(where, options);
  let store: Store;
  if (options.redis !== undefined) {
    store = new FailoverRateStore(loadRedisRateStore(toSendCommand(options.redis, where), prefix), failover);
  } else if (options.store !== undefined) {
    const given = options.store;
    if (typeof given !== 'object' || given === null || typeof given.increment !== 'function') {
      throw new GuardConfigError(`mistral-guard: ${where} \`store\` must be an express-rate-limit store (with increment()).`);
    }
    store = given.localKeys === true ? given : new FailoverRateStore(given, failover);
  } else {
    store = new MemoryStore();
  }
  const keyOf = createLimitKey(where, options, options.redis !== undefined || (options.store !== undefined && options.store.localKeys !== true));
  const { skip } = options;
  if (skip !== undefined && typeof skip !== 'function') {
    throw new GuardConfigError(`mistral-guard: ${where} \`skip\` must be a function of the request; got ${describe(skip)}.`);
  }
  type Handler = (request: Q, response: unknown, next: (err?: unknown) => void) => void;
  const config: Partial<RateLimitConfig> = {
    limit,
    windowMs,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    store,
    keyGenerator: ((request: Q) => keyOf(adapter.request(request), adapter.ip(adapter.request(request)))) as unknown as RateLimitConfig['keyGenerator'],
    handler: ((request: Q & { rateLimit?: { resetTime?: Date } }, _response: unknown, next: (err?: unknown) => void) => {
      next(rateLimited(limit, windowMs, request.rateLimit?.resetTime));
    }) as unknown as RateLimitConfig['handler'],
    // The store wrapper applies the fail mode; an error that still reaches here is a real failure.
    passOnStoreError: false,
  };
  if (skip !== undefined) config.skip = ((request: Q) => skip(adapter.request(request))) as unknown as RateLimitConfig['skip'];
  return expressRateLimit(config) as RateLimitRequestHandler & Handler;
}
