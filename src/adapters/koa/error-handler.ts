import type { Middleware } from 'koa';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { resolveRequestId } from '../shared/http.js';
import { checkOptionKeys } from '../../core/options.js';
import { SERVER_ERROR_OPTION_KEYS } from '../shared/options.js';
import type { ServerErrorOptions } from '../shared/options.js';
import { answerBodilessError } from './not-found.js';
import { sendError } from './respond.js';
import { peekGuard } from './state.js';

/**
 * Koa middleware that answers every error thrown below it with the documented JSON body: body-parser
 * errors (malformed JSON, too large) become 400/413, other 4xx errors (`ctx.throw(401)`) keep their
 * status, mistral-guard errors keep theirs, anything else is a 500 without internals. Register it
 * first, before the body parser. Server-side failures go to `onServerError` when given, else to Koa's
 * own 'error' event (the app's logging). A response that ends with an error status and no body (an
 * unmatched route's 404, a router's 405) gets the documented JSON too, its status and headers kept.
 */
export function guardErrorHandler(options: ServerErrorOptions = {}): Middleware {
  checkOptionKeys('guardErrorHandler()', options, SERVER_ERROR_OPTION_KEYS);
  return tagMiddleware(async function guardErrorHandlerMiddleware(ctx, next) {
    try {
      await next();
      answerBodilessError(ctx);
    } catch (err) {
      const requestId = peekGuard(ctx)?.requestId ?? resolveRequestId(ctx.get('x-request-id') || undefined);
      sendError(ctx, err, requestId);
      if (ctx.status >= 500) {
        if (options.onServerError) options.onServerError(err, requestId);
        else ctx.app.emit('error', err, ctx);
      }
    }
  }, 'guardErrorHandler');
}
