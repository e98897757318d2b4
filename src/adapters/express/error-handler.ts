import type { ErrorRequestHandler } from 'express';
import { resolveRequestId } from '../shared/http.js';
import { sendError } from './respond.js';

/**
 * Express error handler that answers every error with the documented JSON body: body-parser errors
 * (malformed JSON, too large) become 400/413, mistral-guard errors keep their status, anything else
 * is a 500 without internals. Register it after your routes.
 */
export function guardErrorHandler(): ErrorRequestHandler {
  return function guardErrorHandlerMiddleware(err, req, res, _next) {
    const requestId = req.guard?.requestId ?? resolveRequestId(req.headers['x-request-id']);
    sendError(res, err, requestId);
  };
}
