/**
 * `secureChat()` for Koa: the whole stack of a chat route, composed into one middleware.
 * @module
 */
import type { Context, Middleware } from 'koa';
import { checkOptionKeys } from '../../core/options.js';
import { SECURE_CHAT_OPTION_KEYS, stackPieces } from '../shared/options.js';
import type { SecureChatOptions } from '../shared/options.js';
import { auditLog } from './audit-log.js';
import { jsonBody } from './body-parser.js';
import { compose } from './compose.js';
import { guardErrorHandler } from './error-handler.js';
import { moderate } from './moderate.js';
import { rateLimit } from './rate-limit.js';
import { sanitizeInput } from './sanitize-input.js';
import { sanitizeOutput } from './sanitize-output.js';
import { securityHeaders } from './security-headers.js';
import { tokenBudget } from './token-budget.js';

/** Options of `secureChat()` on Koa: functions receive the Koa context. */
export type KoaSecureChatOptions = SecureChatOptions<Context>;

/**
 * The whole stack for a chat route as one middleware: `auditLog` (outermost, so it records every
 * outcome), the error handler (everything below it, your handler included, answers with the documented
 * JSON), `securityHeaders`, `rateLimit`, `tokenBudget`, the JSON body parser, `sanitizeInput`, `moderate`.
 * Each piece is configured, or left out with `false`, through its own key; `userId`, `hashKey` and
 * `redis` are shared by the pieces that use them.
 *
 * @example
 * ```ts
 * router.post('/chat', secureChat({ input: { systemPrompt }, moderation: { client }, userId: (ctx) => ctx.state.user?.id }), handler);
 * ```
 * @throws GuardConfigError at construction when an option is invalid
 */
export function secureChat(options: KoaSecureChatOptions = {}): Middleware {
  checkOptionKeys('secureChat()', options, SECURE_CHAT_OPTION_KEYS);
  const pieces = stackPieces(options);
  const stack: Middleware[] = [];
  if (pieces.audit !== false) stack.push(auditLog(pieces.audit));
  if (options.errors !== false) stack.push(guardErrorHandler(options.errors));
  if (options.headers !== false) stack.push(securityHeaders(options.headers));
  if (pieces.rateLimit !== false) stack.push(rateLimit(pieces.rateLimit));
  if (pieces.tokenBudget !== false) stack.push(tokenBudget(pieces.tokenBudget));
  if (options.bodyParser !== false) stack.push(jsonBody(options.bodyParser));
  stack.push(sanitizeInput(options.input));
  if (options.moderation !== false) stack.push(moderate(options.moderation));
  if (options.output !== false) stack.push(sanitizeOutput(options.output));

  return compose(stack);
}
