/**
 * `sanitizeOutput()` for Koa: after the handler, cleans `ctx.body`: JSON objects field by field, and a
 * `text/event-stream` body (a stream) as it flows. All logic lives in the core output step.
 * @module
 */
import { PassThrough } from 'node:stream';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { Middleware } from 'koa';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { createOutputStep } from '../../mistral/output-step.js';
import type { SanitizeOutputOptions } from '../../mistral/output-step.js';
import { formatSseEvent } from '../../stream/sse.js';
import { resolveRequestId, toErrorResponse } from '../shared/http.js';
import { sendError } from './respond.js';
import { peekGuard } from './state.js';

const isStream = (body: unknown): body is Readable => typeof body === 'object' && body !== null && typeof (body as Readable).pipe === 'function';

/**
 * Cleans model answers on their way out: JSON fields (`reply`, `content`, `message.content`,
 * `choices[].message.content` by default) and SSE streams, with a bounded hold-back.
 * @throws GuardConfigError at construction when an option is invalid
 */
export function sanitizeOutput(options: SanitizeOutputOptions = {}): Middleware {
  const step = createOutputStep(options);
  return tagMiddleware(async function sanitizeOutputMiddleware(ctx, next) {
    await next();
    const guard = peekGuard(ctx);
    const requestId = guard?.requestId ?? resolveRequestId(ctx.get('x-request-id') || undefined);
    const body: unknown = ctx.body;
    if (isStream(body)) {
      if (!/^text\/event-stream/i.test(ctx.type)) return;
      const rewriter = step.sse(guard, requestId);
      const out = new PassThrough();
      const decoder = new StringDecoder('utf8');
      let queue: Promise<void> = Promise.resolve();
      let ended = false;
      const finish = (text: string): void => {
        if (ended) return;
        ended = true;
        out.end(text);
      };
      const fail = (err: unknown): void => finish(formatSseEvent({ event: 'error', data: JSON.stringify(toErrorResponse(err, requestId).body) }));
      body.on('data', (chunk: unknown) => {
        const text = typeof chunk === 'string' ? chunk : decoder.write(Buffer.from(chunk as Uint8Array));
        queue = queue
          .then(async () => {
            if (ended) return;
            const cleaned = await rewriter.write(text);
            if (rewriter.blocked) finish(cleaned);
            else if (cleaned !== '') out.write(cleaned);
          })
          .catch(fail);
      });
      body.on('end', () => {
        queue = queue
          .then(async () => {
            if (!ended) finish(await rewriter.end());
          })
          .catch(fail);
      });
      body.on('error', (err: unknown) => {
        queue = queue.then(() => fail(err));
      });
      ctx.body = out;
      return;
    }
    if (typeof body === 'object' && body !== null && !Buffer.isBuffer(body)) {
      try {
        // Without output moderation nothing is awaited: no promise per answer.
        ctx.body = step.moderated ? await step.json(body, guard) : step.jsonNow(body, guard);
      } catch (err) {
        sendError(ctx, err, requestId);
      }
    }
  }, 'sanitizeOutput');
}
