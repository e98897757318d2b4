/**
 * `moderate()` for Express: Mistral moderation of the conversation secured by `sanitizeInput()`.
 * @module
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { createModerationStep } from '../../mistral/moderation-step.js';
import type { ModerateOptions } from '../../mistral/moderation-step.js';
import { resolveRequestId } from '../shared/http.js';
import { sendError } from './respond.js';
import { getGuard } from './state.js';

/**
 * Classifies the conversation with Mistral's moderation and refuses blocked categories with a 403
 * `content_blocked`. Fail-closed by default (503 when moderation is unavailable).
 *
 * @example
 * ```ts
 * app.post('/chat', express.json(), sanitizeInput(), moderate({ onError: 'block' }), handler);
 * ```
 * @throws GuardConfigError at construction when an option is invalid or no API key is configured
 */
export function moderate(options: ModerateOptions = {}): RequestHandler {
  const step = createModerationStep(options);
  return tagMiddleware(async function moderateMiddleware(req: Request, res: Response, next: NextFunction): Promise<void> {
    let guard;
    try {
      guard = getGuard(req);
      await step(guard);
    } catch (err) {
      sendError(res, err, guard?.requestId ?? resolveRequestId(req.headers['x-request-id']));
      return;
    }
    next();
  }, 'moderate');
}
