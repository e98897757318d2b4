import type { Context, Middleware } from 'koa';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { notFoundError, resolveRequestId } from '../shared/http.js';
import { sendError } from './respond.js';
import { peekGuard } from './state.js';

/**
 * Gives a response that ended with an error status and no body (Koa's unmatched route, a router's 405)
 * the documented JSON body, keeping its status and headers (`Allow`).
 */
export function answerBodilessError(ctx: Context): void {
  if ((ctx.body !== undefined && ctx.body !== null) || ctx.status < 400) return;
  const requestId = peekGuard(ctx)?.requestId ?? resolveRequestId(ctx.get('x-request-id') || undefined);
  sendError(ctx, ctx.status === 404 ? notFoundError() : { status: ctx.status }, requestId);
}

/**
 * Answers requests no route served (404) and other bodiless error statuses (a router's 405) with the
 * documented JSON. `guardErrorHandler()` already does this for everything below it; use this one where
 * the error handler is not first. Register it before the router.
 */
export function guardNotFound(): Middleware {
  return tagMiddleware(async function guardNotFoundMiddleware(ctx, next) {
    await next();
    answerBodilessError(ctx);
  }, 'guardErrorHandler');
}
