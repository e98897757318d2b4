/**
 * `secureChat()` for Express: the whole stack of a chat route, in the order of the request's flow.
 * @module
 */
import type { Request, RequestHandler } from 'express';
import { checkOptionKeys } from '../../core/options.js';
import { SECURE_CHAT_OPTION_KEYS, stackPieces } from '../shared/options.js';
import type { SecureChatOptions } from '../shared/options.js';
import { auditLog } from './audit-log.js';
import { jsonBody } from './body-parser.js';
import { guardErrorHandler } from './error-handler.js';
import { moderate } from './moderate.js';
import { rateLimit } from './rate-limit.js';
import { sanitizeInput } from './sanitize-input.js';
import { sanitizeOutput } from './sanitize-output.js';
import { securityHeaders } from './security-headers.js';
import { tokenBudget } from './token-budget.js';

/** Options of `secureChat()` on Express: functions receive the Express request. */
export type ExpressSecureChatOptions = SecureChatOptions<Request>;

/**
 * The whole stack for a chat route as one array: `auditLog` (first, so it records every outcome),
 * `securityHeaders`, `rateLimit`, `tokenBudget`, the JSON body parser, `sanitizeInput`, `moderate`, and the
 * error handler for anything raised in between. Each piece is configured, or left out with `false`,
 * through its own key; `userId`, `hashKey` and `redis` are shared by the pieces that use them.
 *
 * @example
 * ```ts
 * app.post('/chat', secureChat({ input: { systemPrompt }, moderation: { client }, userId: (req) => req.user?.id }), handler);
 * app.use(guardErrorHandler()); // for errors of your handler
 * ```
 * @throws GuardConfigError at construction when an option is invalid
 */
export function secureChat(options: ExpressSecureChatOptions = {}): RequestHandler[] {
  checkOptionKeys('secureChat()', options, SECURE_CHAT_OPTION_KEYS);
  const pieces = stackPieces(options);
  const stack: RequestHandler[] = [];
  if (pieces.audit !== false) stack.push(auditLog(pieces.audit));
  if (options.headers !== false) stack.push(securityHeaders(options.headers));
  if (pieces.rateLimit !== false) stack.push(rateLimit(pieces.rateLimit));
  if (pieces.tokenBudget !== false) stack.push(tokenBudget(pieces.tokenBudget));
  if (options.bodyParser !== false) stack.push(jsonBody(options.bodyParser));
  stack.push(sanitizeInput(options.input));
  if (options.moderation !== false) stack.push(moderate(options.moderation));
  if (options.output !== false) stack.push(sanitizeOutput(options.output));
  // Express tells error handlers by their four parameters; it catches what the pieces above raise.
  if (options.errors !== false) stack.push(guardErrorHandler(options.errors) as unknown as RequestHandler);
  return stack;
}
