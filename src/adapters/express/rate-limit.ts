/**
 * `rateLimit()` for Express: express-rate-limit, configured by the core (keys, store, fail mode), with
 * refusals answered as the documented JSON.
 * @module
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { createRateLimiter } from '../../limits/rate-limit.js';
import type { RateLimitOptions } from '../../limits/rate-limit.js';
import { sendError } from './respond.js';
import { requestIdOf } from './watch.js';

/** Options of `rateLimit()` on Express: functions receive the Express request. */
export type ExpressRateLimitOptions = RateLimitOptions<Request>;

/**
 * Requests per user (from `keyGenerator`) or per client IP (IPv6 by /56), per window. Sends the standard
 * `RateLimit` and `RateLimit-Policy` headers; over the limit, a 429 `rate_limited` with `Retry-After`.
 *
 * @example
 * ```ts
 * app.post('/chat', rateLimit({ limit: 20, keyGenerator: (req) => req.user?.id, redis, hashKey }), ...);
 * ```
 * @throws GuardConfigError at construction for an unknown option or a bad value
 */
export function rateLimit(options: ExpressRateLimitOptions = {}): RequestHandler {
  const limiter = createRateLimiter<Request>(options, { request: (req) => req, ip: (req) => req.ip });
  return tagMiddleware(function rateLimitMiddleware(req: Request, res: Response, next: NextFunction): void {
    void limiter(req, res, (err?: unknown) => {
      if (err === undefined) next();
      else sendError(res, err, requestIdOf(req, res));
    });
  }, 'rateLimit');
}
