/**
 * `sanitizeInput()` for Koa: the same core input guard as Express, state at `ctx.state.guard`.
 * @module
 */
import type { Context, Middleware } from 'koa';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { createInputGuard } from '../../scan/input-guard.js';
import { readJsonBody, resolveBodyLimit, resolveRequestId } from '../shared/http.js';
import type { SanitizeInputMiddlewareOptions } from '../shared/options.js';
import { sendError } from './respond.js';
import { peekGuard } from './state.js';

/**
 * Validates and secures the chat body of a request.
 *
 * @example
 * ```ts
 * router.post('/chat', sanitizeInput({ systemPrompt: 'You are a helpful assistant.' }), async (ctx) => {
 *   const reply = await mistral.chat.complete({ model, messages: ctx.state.guard.messages });
 * });
 * ```
 * @throws GuardConfigError at construction when an option is invalid
 */
export function sanitizeInput(options: SanitizeInputMiddlewareOptions = {}): Middleware {
  const guard = createInputGuard(options);
  const bodyLimit = resolveBodyLimit(options);
  /** The guard over a body, or the documented error answered: whether the request may go on. */
  const secure = (ctx: Context, body: unknown, requestId: string): boolean => {
    try {
      (ctx.state as { guard?: unknown }).guard = guard.run(body, requestId);
      return true;
    } catch (err) {
      sendError(ctx, err, requestId);
      return false;
    }
  };
  // Not async when a body parser ran before it (secureChat's stack): the guard runs synchronously and
  // `next()` is the middleware's promise, with no extra promise and await per request.
  return tagMiddleware(function sanitizeInputMiddleware(ctx, next) {
    const requestId = peekGuard(ctx)?.requestId ?? resolveRequestId(ctx.get('x-request-id') || undefined);
    ctx.set('X-Request-Id', requestId);
    const parsed = (ctx.request as { body?: unknown }).body;
    if (parsed !== undefined) return secure(ctx, parsed, requestId) ? next() : Promise.resolve();
    // Without a body parser in front, read the JSON ourselves (bounded), so no route is left unparsed.
    return readJsonBody(ctx.req, bodyLimit).then(
      (body) => (secure(ctx, body, requestId) ? next() : undefined),
      (err: unknown) => sendError(ctx, err, requestId),
    );
  }, 'sanitizeInput');
}
