import type { ErrorRequestHandler } from 'express';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { resolveRequestId, toErrorResponse } from '../shared/http.js';
import { checkOptionKeys } from '../../core/options.js';
import { SERVER_ERROR_OPTION_KEYS } from '../shared/options.js';
import type { ServerErrorOptions } from '../shared/options.js';
import { logServerError } from '../shared/options.js';

/**
 * Express error handler that answers every error with the documented JSON body: body-parser errors
 * (malformed JSON, too large) become 400/413, other 4xx errors keep their status, mistral-guard errors
 * keep theirs, anything else is a 500 without internals (reported to `onServerError`). Register it
 * after your routes.
 */
export function guardErrorHandler(options: ServerErrorOptions = {}): ErrorRequestHandler {
  checkOptionKeys('guardErrorHandler()', options, SERVER_ERROR_OPTION_KEYS);
  const report = options.onServerError ?? logServerError;
  return tagMiddleware(function guardErrorHandlerMiddleware(err, req, res, _next) {
    const requestId = req.guard?.requestId ?? resolveRequestId(req.headers['x-request-id']);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const { status, headers, body } = toErrorResponse(err, requestId);
    if (status >= 500) report(err, requestId);
    res.status(status).set(headers).json(body);
  }, 'guardErrorHandler');
}
