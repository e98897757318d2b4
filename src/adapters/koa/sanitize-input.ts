/**
 * `sanitizeInput()` for Koa: the same core input guard as Express, state at `ctx.state.guard`.
 * @module
 */
import type { Middleware } from 'koa';
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
  return tagMiddleware(async function sanitizeInputMiddleware(ctx, next) {
    const requestId = peekGuard(ctx)?.requestId ?? resolveRequestId(ctx.get('x-request-id') || undefined);
    ctx.set('X-Request-Id', requestId);
    try {
      const parsed = (ctx.request as { body?: unknown }).body;
      // Without a body parser in front, read the JSON ourselves (bounded), so no route is left unparsed.
      const body = parsed !== undefined ? parsed : await readJsonBody(ctx.req, bodyLimit);
      (ctx.state as { guard?: unknown }).guard = guard.run(body, requestId);
    } catch (err) {
      sendError(ctx, err, requestId);
      return;
    }
    await next();
  }, 'sanitizeInput');
}
