import type { Middleware } from 'koa';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { resolveBodyParser } from '../shared/body-parser.js';
import type { BodyParserOptions } from '../shared/body-parser.js';
import { readJsonBody } from '../shared/http.js';
import { sendError } from './respond.js';
import { requestIdOf } from './watch.js';

/** The stack's JSON body parser (bounded), at `ctx.request.body`; a body another parser already read is left as it is. */
export function jsonBody(options: BodyParserOptions = {}): Middleware {
  const limit = resolveBodyParser(options);
  return tagMiddleware(async function bodyParserMiddleware(ctx, next) {
    const request = ctx.request as { body?: unknown };
    if (request.body === undefined) {
      try {
        request.body = await readJsonBody(ctx.req, limit);
      } catch (err) {
        sendError(ctx, err, requestIdOf(ctx));
        return;
      }
    }
    await next();
  }, 'bodyParser');
}
