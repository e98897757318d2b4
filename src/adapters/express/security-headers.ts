/**
 * `securityHeaders()` for Express: helmet with a strict preset.
 * @module
 */
import type { RequestHandler } from 'express';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { createHeadersMiddleware } from '../shared/security-headers.js';
import type { SecurityHeadersOptions } from '../shared/security-headers.js';

/**
 * Security headers through helmet: strict for JSON APIs by default (`default-src 'none'`,
 * `frame-ancestors 'none'`, no-sniff, no referrer, no-store), or `preset: 'page'` for an app serving its page.
 *
 * @example
 * ```ts
 * app.use(securityHeaders({ preset: 'page' })); // the whole app, page included
 * app.post('/chat', securityHeaders(), ...);    // the API route: the strict default
 * ```
 * @throws GuardConfigError at construction for an unknown option or a bad value
 */
export function securityHeaders(options: SecurityHeadersOptions = {}): RequestHandler {
  const headers = createHeadersMiddleware(options);
  return tagMiddleware(function securityHeadersMiddleware(req, res, next) {
    headers(req, res, next);
  }, 'securityHeaders');
}
