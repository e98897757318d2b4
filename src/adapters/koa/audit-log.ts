/**
 * `auditLog()` for Koa: the same core auditor as Express.
 * @module
 */
import type { Context, Middleware } from 'koa';
import { createAuditor } from '../../audit/auditor.js';
import { collectKeyUse } from '../../core/key-use.js';
import type { KeyUse } from '../../core/key-use.js';
import type { AuditLogOptions } from '../../audit/auditor.js';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { peekGuard } from './state.js';
import { captureBody, watchKoa } from './watch.js';

/** Options of `auditLog()` on Koa: functions receive the Koa context. */
export type KoaAuditLogOptions = AuditLogOptions<Context>;

function header(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The route pattern @koa/router matched, else the path. */
function routeOf(ctx: Context): string {
  const matched = (ctx as { _matchedRoute?: unknown })._matchedRoute;
  return matched !== undefined ? String(matched) : ctx.path;
}

/**
 * Writes one audit event per request (metadata only: never content, keys or user ids) to a winston
 * logger, JSON on stdout by default. Put it first, so refusals of the other guards are recorded too.
 *
 * @example
 * ```ts
 * router.post('/chat', auditLog({ userId: (ctx) => ctx.state.user?.id }), sanitizeInput(), handler);
 * ```
 * @throws GuardConfigError at construction for an unknown option or a bad value
 */
export function auditLog(options: KoaAuditLogOptions = {}): Middleware {
  const auditor = createAuditor(options);
  return tagMiddleware(async function auditLogMiddleware(ctx, next) {
    const watch = watchKoa(ctx);
    const used: KeyUse = {};
    ctx.res.once('close', () => {
      auditor.record(ctx, {
        method: ctx.method,
        route: routeOf(ctx),
        status: ctx.res.statusCode,
        finished: ctx.res.writableFinished,
        requestId: header(ctx.res.getHeader('x-request-id')),
        clientRequestId: header(ctx.get('x-request-id')),
        guard: peekGuard(ctx),
        body: watch.body,
        outputChars: watch.outputChars,
        latencyMs: performance.now() - watch.startedAt,
        keyUsed: used.keyFingerprint,
      });
    });
    try {
      // Mistral calls made downstream note the key they authenticated with here.
      await collectKeyUse(used, next);
    } finally {
      captureBody(ctx, watch);
    }
  }, 'auditLog');
}
