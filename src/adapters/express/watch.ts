import type { Request, Response } from 'express';
import { resolveRequestId } from '../shared/http.js';
import { watchResponse } from '../shared/response-watch.js';
import type { ResponseWatch } from '../shared/response-watch.js';

function captureJson(res: Response, watch: ResponseWatch): void {
  const json = res.json;
  res.json = function capturedJson(this: Response, body?: unknown) {
    watch.body = body;
    return json.call(this, body);
  };
}

/** The response watch, with the body the handler sends through `res.json` captured. */
export function watchExpress(res: Response): ResponseWatch {
  return watchResponse(res, captureJson);
}

/** A header value as one string, or undefined. */
export function headerString(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return undefined;
}

/** The request id of a request at any point of the stack: the guard's, the one already answered, or a fresh one. */
export function requestIdOf(req: Request, res: Response): string {
  return req.guard?.requestId ?? headerString(res.getHeader('x-request-id')) ?? resolveRequestId(req.headers['x-request-id']);
}
