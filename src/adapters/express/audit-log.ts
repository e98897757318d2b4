/**
 * `auditLog()` for Express: one audit event per request when the response ends (finished, failed or
 * abandoned by the client). Event building and logging live in the core auditor; this file translates.
 * @module
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { createAuditor } from '../../audit/auditor.js';
import { collectKeyUse } from '../../core/key-use.js';
import type { KeyUse } from '../../core/key-use.js';
import type { AuditLogOptions } from '../../audit/auditor.js';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { headerString, watchExpress } from './watch.js';

/** Options of `auditLog()` on Express: functions receive the Express request. */
export type ExpressAuditLogOptions = AuditLogOptions<Request>;

/** The route pattern the request matched, else its path without the query string. */
function routeOf(req: Request): string {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  if (path !== undefined) return req.baseUrl + String(path);
  const url = req.originalUrl ?? req.url;
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/**
 * Writes one audit event per request (metadata only: never content, keys or user ids) to a winston
 * logger, JSON on stdout by default. Put it first, so refusals of the other guards are recorded too.
 *
 * @example
 * ```ts
 * app.post('/chat', auditLog({ userId: (req) => req.user?.id }), express.json(), sanitizeInput(), handler);
 * ```
 * @throws GuardConfigError at construction for an unknown option or a bad value
 */
export function auditLog(options: ExpressAuditLogOptions = {}): RequestHandler {
  const auditor = createAuditor(options);
  return tagMiddleware(function auditLogMiddleware(req: Request, res: Response, next: NextFunction): void {
    const watch = watchExpress(res);
    const used: KeyUse = {};
    res.once('close', () => {
      auditor.record(req, {
        method: req.method,
        route: routeOf(req),
        status: res.statusCode,
        finished: res.writableFinished,
        requestId: headerString(res.getHeader('x-request-id')),
        clientRequestId: headerString(req.headers['x-request-id']),
        guard: req.guard,
        body: watch.body,
        outputChars: watch.outputChars,
        latencyMs: performance.now() - watch.startedAt,
        keyUsed: used.keyFingerprint,
      });
    });
    // Mistral calls made in this request's async context note their key here (see createGuardedChat for
    // the calls that happen after a callback-style body parser, which loses the context).
    collectKeyUse(used, next);
  }, 'auditLog');
}
