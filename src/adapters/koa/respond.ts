import type { Context } from 'koa';
import { toErrorResponse } from '../shared/http.js';

/** Answers with the documented JSON error. */
export function sendError(ctx: Context, err: unknown, requestId: string): void {
  const { status, headers, body } = toErrorResponse(err, requestId);
  ctx.status = status;
  ctx.set(headers);
  ctx.body = body;
}
