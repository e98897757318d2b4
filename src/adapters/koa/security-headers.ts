/**
 * `securityHeaders()` for Koa: the same helmet middleware as Express, run on `ctx.req`/`ctx.res`
 * (what koa-helmet does too, without one more dependency and version to keep in step).
 * @module
 */
import type { Middleware } from 'koa';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { createHeadersMiddleware } from '../shared/security-headers.js';
import type { SecurityHeadersOptions } from '../shared/security-headers.js';

/**
 * Security headers through helmet: strict for JSON APIs by default (`default-src 'none'`,
 * `frame-ancestors 'none'`, no-sniff, no referrer, no-store), or `preset: 'page'` for an app serving its page.
 *
 * @example
 * ```ts
 * app.use(securityHeaders({ preset: 'page' }));
 * ```
 * @throws GuardConfigError at construction for an unknown option or a bad value
 */
export function securityHeaders(options: SecurityHeadersOptions = {}): Middleware {
  const headers = createHeadersMiddleware(options);
  // Not async: the headers are set synchronously, and `next()` is the middleware's promise (no extra
  // promise and await per request; a throw reaches Koa's compose as a rejection either way).
  return tagMiddleware(function securityHeadersMiddleware(ctx, next) {
    // helmet calls back synchronously (its directive functions are synchronous too).
    let failure: unknown;
    headers(ctx.req, ctx.res, (err) => {
      failure = err;
    });
    if (failure !== undefined) throw failure;
    return next();
  }, 'securityHeaders');
}
