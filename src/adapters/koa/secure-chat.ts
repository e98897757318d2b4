import type { Middleware } from 'koa';
import { checkOptionKeys } from '../../core/options.js';
import { SECURE_CHAT_OPTION_KEYS } from '../shared/options.js';
import type { SecureChatOptions } from '../shared/options.js';
import { compose } from './compose.js';
import { moderate } from './moderate.js';
import { sanitizeInput } from './sanitize-input.js';
import { sanitizeOutput } from './sanitize-output.js';

/**
 * The whole stack for a chat route, in order, composed into one middleware.
 * @throws GuardConfigError at construction when an option is invalid
 */
export function secureChat(options: SecureChatOptions = {}): Middleware {
  checkOptionKeys('secureChat()', options, SECURE_CHAT_OPTION_KEYS);
  const stack: Middleware[] = [sanitizeInput(options.input)];
  if (options.moderation !== false) stack.push(moderate(options.moderation));
  if (options.output !== false) stack.push(sanitizeOutput(options.output));
  return compose(stack);
}
