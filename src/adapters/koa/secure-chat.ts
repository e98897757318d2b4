import type { Middleware } from 'koa';
import type { SecureChatOptions } from '../shared/options.js';
import { compose } from './compose.js';
import { moderate } from './moderate.js';
import { sanitizeInput } from './sanitize-input.js';

/**
 * The whole stack for a chat route, in order, composed into one middleware.
 * @throws GuardConfigError at construction when an option is invalid
 */
export function secureChat(options: SecureChatOptions = {}): Middleware {
  const stack: Middleware[] = [sanitizeInput(options.input)];
  if (options.moderation !== false) stack.push(moderate(options.moderation));
  return compose(stack);
}
