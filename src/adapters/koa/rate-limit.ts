/**
 * `rateLimit()` for Koa: the same express-rate-limit middleware as Express, run on `ctx.res` with a
 * stand-in request that carries the context. One implementation, one store interface, the same headers.
 * @module
 */
import type { Context, Middleware } from 'koa';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { createRateLimiter } from '../../limits/rate-limit.js';
import type { RateLimitOptions } from '../../limits/rate-limit.js';
import { sendError } from './respond.js';
import { requestIdOf } from './watch.js';

/** Options of `rateLimit()` on Koa: functions receive the Koa context. */
export type KoaRateLimitOptions = RateLimitOptions<Context>;

/** What express-rate-limit sees as the request: it records its result here, not on Koa's objects. */
interface LimitedRequest {
  ctx: Context;
}

type Limiter = (request: LimitedRequest, response: Context['res'], next: (err?: unknown) => void) => Promise<void>;

/**
 * Requests per user (from `keyGenerator`) or per client IP (IPv6 by /56), per window. Sends the standard
 * `RateLimit` and `RateLimit-Policy` headers; over the limit, a 429 `rate_limited` with `Retry-After`.
 * `ctx.ip` names the client: set `app.proxy = true` behind a proxy.
 * @throws GuardConfigError at construction for an unknown option or a bad value
 */
export function rateLimit(options: KoaRateLimitOptions = {}): Middleware {
  const limiter = createRateLimiter<Context, LimitedRequest>(options, { request: (r) => r.ctx, ip: (ctx) => ctx.ip }) as unknown as Limiter;
  return tagMiddleware(async function rateLimitMiddleware(ctx, next) {
    const failure = await new Promise<unknown>((resolve) => {
      void limiter({ ctx }, ctx.res, resolve);
    });
    if (failure !== undefined) {
      sendError(ctx, failure, requestIdOf(ctx));
      return;
    }
    await next();
  }, 'rateLimit');
}
