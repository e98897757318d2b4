import type { Response } from 'express';
import { toErrorResponse } from '../shared/http.js';

/** Answers with the documented JSON error; a response already under way is ended instead. */
export function sendError(res: Response, err: unknown, requestId: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const { status, headers, body } = toErrorResponse(err, requestId);
  res.status(status).set(headers).json(body);
}
