/**
 * `sanitizeInput()` for Express: reads the chat body, validates and scans it, and puts the secured
 * conversation on `req.guard`. All logic lives in the core input guard; this file only translates.
 * @module
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { createInputGuard } from '../../scan/input-guard.js';
import { readJsonBody, resolveBodyLimit, resolveRequestId } from '../shared/http.js';
import type { SanitizeInputMiddlewareOptions } from '../shared/options.js';
import { sendError } from './respond.js';

/**
 * Validates and secures the chat body of a request.
 *
 * @example
 * ```ts
 * app.post('/chat', express.json(), sanitizeInput({ systemPrompt: 'You are a helpful assistant.' }), async (req, res) => {
 *   const reply = await mistral.chat.complete({ model, messages: req.guard!.messages });
 * });
 * ```
 * @throws GuardConfigError at construction when an option is invalid
 */
export function sanitizeInput(options: SanitizeInputMiddlewareOptions = {}): RequestHandler {
  const guard = createInputGuard(options);
  const bodyLimit = resolveBodyLimit(options);
  return tagMiddleware(async function sanitizeInputMiddleware(req: Request, res: Response, next: NextFunction): Promise<void> {
    const requestId = req.guard?.requestId ?? resolveRequestId(req.headers['x-request-id']);
    res.setHeader('X-Request-Id', requestId);
    try {
      // Without a body parser in front, read the JSON ourselves (bounded), so no route is left unparsed.
      const body = req.body !== undefined ? req.body : await readJsonBody(req, bodyLimit);
      req.guard = guard.run(body, requestId);
    } catch (err) {
      sendError(res, err, requestId);
      return;
    }
    next();
  }, 'sanitizeInput');
}
