import type { RequestHandler } from 'express';
import { tagMiddleware } from '../../core/middleware-tag.js';
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
