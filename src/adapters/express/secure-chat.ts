import type { RequestHandler } from 'express';
import type { SecureChatOptions } from '../shared/options.js';
import { moderate } from './moderate.js';
import { sanitizeInput } from './sanitize-input.js';

/**
 * The whole stack for a chat route, in order, as one array: `app.post('/chat', secureChat(opts), handler)`.
 * @throws GuardConfigError at construction when an option is invalid
 */
export function secureChat(options: SecureChatOptions = {}): RequestHandler[] {
  const stack: RequestHandler[] = [sanitizeInput(options.input)];
  if (options.moderation !== false) stack.push(moderate(options.moderation));
  return stack;
}
