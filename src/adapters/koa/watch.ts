import type { Context } from 'koa';
import { resolveRequestId } from '../shared/http.js';
import { peekGuard } from './state.js';
import { watchResponse } from '../shared/response-watch.js';
import type { ResponseWatch } from '../shared/response-watch.js';

/** The response watch of a Koa request. */
export function watchKoa(ctx: Context): ResponseWatch {
  return watchResponse(ctx.res);
}

/** Records `ctx.body` as the response's JSON body when it is a plain value (not a stream or a buffer). */
export function captureBody(ctx: Context, watch: ResponseWatch): void {
  if (watch.body !== undefined) return;
  const body: unknown = ctx.body;
  if (typeof body !== 'object' || body === null || body instanceof Uint8Array || typeof (body as { pipe?: unknown }).pipe === 'function') return;
  watch.body = body;
}

/** The request id of a request at any point of the stack: the guard's, the one already answered, or a fresh one. */
export function requestIdOf(ctx: Context): string {
  const answered = ctx.res.getHeader('x-request-id');
  return peekGuard(ctx)?.requestId ?? (typeof answered === 'string' ? answered : resolveRequestId(ctx.get('x-request-id') || undefined));
}
