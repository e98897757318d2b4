import type { Middleware } from 'koa';
import { resolveRequestId } from '../shared/http.js';
import { sendError } from './respond.js';
import { peekGuard } from './state.js';

/**
 * Koa middleware that answers every error thrown below it with the documented JSON body: body-parser
 * errors (malformed JSON, too large) become 400/413, mistral-guard errors keep their status, anything
 * else is a 500 without internals. Register it first, before the body parser.
 */
export function guardErrorHandler(): Middleware {
  return async function guardErrorHandlerMiddleware(ctx, next) {
    try {
      await next();
    } catch (err) {
      sendError(ctx, err, peekGuard(ctx)?.requestId ?? resolveRequestId(ctx.get('x-request-id') || undefined));
      // Server-side failures still reach Koa's 'error' event for the app's logging; client errors do not.
      if (ctx.status >= 500) ctx.app.emit('error', err, ctx);
    }
  };
}
