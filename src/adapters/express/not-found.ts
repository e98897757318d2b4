import type { RequestHandler } from 'express';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { GuardError } from '../../core/errors.js';
import { notFoundError, resolveRequestId } from '../shared/http.js';
import { sendError } from './respond.js';

/**
 * Answers a request no route served with the documented JSON 404 (not Express's HTML page).
 * Register it after every route, before `guardErrorHandler()`.
 */
export function guardNotFound(): RequestHandler {
  return tagMiddleware(function guardNotFoundMiddleware(req, res) {
    sendError(res, notFoundError(), req.guard?.requestId ?? resolveRequestId(req.headers['x-request-id']));
  }, 'guardErrorHandler');
}

/**
 * Answers a request of a method the path does not serve with the documented JSON 405 and an `Allow`
 * header, as Koa's router does: `app.all('/chat', guardMethodNotAllowed(['POST']))` after the route.
 */
export function guardMethodNotAllowed(allowed: readonly string[]): RequestHandler {
  const allow = allowed.map((m) => m.toUpperCase()).join(', ');
  return tagMiddleware(function guardMethodNotAllowedMiddleware(req, res) {
    const error = new GuardError({ status: 405, type: 'request_error', code: 'method_not_allowed', message: 'Method Not Allowed', headers: { allow } });
    sendError(res, error, req.guard?.requestId ?? resolveRequestId(req.headers['x-request-id']));
  }, 'guardErrorHandler');
}
