/**
 * `moderate()` for Koa: Mistral moderation of the conversation secured by `sanitizeInput()`.
 * @module
 */
import type { Middleware } from 'koa';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { createModerationStep } from '../../mistral/moderation-step.js';
import type { ModerateOptions } from '../../mistral/moderation-step.js';
import { resolveRequestId } from '../shared/http.js';
import { sendError } from './respond.js';
import { getGuard } from './state.js';

/**
 * Classifies the conversation with Mistral's moderation and refuses blocked categories with a 403
 * `content_blocked`. Fail-closed by default (503 when moderation is unavailable).
 * @throws GuardConfigError at construction when an option is invalid or no API key is configured
 */
export function moderate(options: ModerateOptions = {}): Middleware {
  const step = createModerationStep(options);
  return tagMiddleware(async function moderateMiddleware(ctx, next) {
    let guard;
    try {
      guard = getGuard(ctx);
      await step(guard);
    } catch (err) {
      sendError(ctx, err, guard?.requestId ?? resolveRequestId(ctx.get('x-request-id') || undefined));
      return;
    }
    await next();
  }, 'moderate');
}
