/**
 * `sanitizeOutput()` for Express: wraps `res.json`/`res.send` (JSON answers) and `res.write`/`res.end`
 * (`text/event-stream` answers) so model text is cleaned before it leaves. All logic lives in the core
 * output step; this file only translates.
 * @module
 */
import { StringDecoder } from 'node:string_decoder';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { createOutputStep } from '../../mistral/output-step.js';
import type { SanitizeOutputOptions } from '../../mistral/output-step.js';
import type { SseRewriter } from '../../stream/sse.js';
import { formatSseEvent } from '../../stream/sse.js';
import { resolveRequestId, toErrorResponse } from '../shared/http.js';
import { sendError } from './respond.js';

const isEventStream = (type: unknown): boolean => /^\s*text\/event-stream/i.test(String(type ?? ''));

/** The content type given to `writeHead(status, [message], headers)`, if any. */
function typeInWriteHead(args: unknown[]): unknown {
  for (const arg of args) {
    if (typeof arg === 'object' && arg !== null && !Array.isArray(arg)) {
      for (const [name, value] of Object.entries(arg)) if (name.toLowerCase() === 'content-type') return value;
    }
  }
  return undefined;
}

/** What a `text/event-stream` answer needs, made with its first chunk. */
interface SseState {
  readonly rewriter: SseRewriter;
  /** Chunks are cleaned in order, one after the other. */
  queue: Promise<void>;
  ended: boolean;
  readonly textOf: (chunk: unknown) => string;
  readonly fail: (err: unknown) => void;
}

const requestIdOf = (req: Request): string => req.guard?.requestId ?? resolveRequestId(req.headers['x-request-id']);

/**
 * Cleans model answers on their way out: JSON fields (`reply`, `content`, `message.content`,
 * `choices[].message.content` by default) and SSE streams, with a bounded hold-back.
 *
 * @example
 * ```ts
 * app.post('/chat', express.json(), sanitizeInput(), moderate(), sanitizeOutput(), handler);
 * ```
 * @throws GuardConfigError at construction when an option is invalid
 */
export function sanitizeOutput(options: SanitizeOutputOptions = {}): RequestHandler {
  const step = createOutputStep(options);
  return tagMiddleware(function sanitizeOutputMiddleware(req: Request, res: Response, next: NextFunction): void {
    // The originals, called on `res` (no `bind` per request); the SSE state is made when a stream starts.
    const json = res.json;
    const send = res.send;
    const write = res.write as (this: Response, chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end as (this: Response, ...args: unknown[]) => Response;
    const writeHead = res.writeHead as (this: Response, ...args: unknown[]) => Response;
    let streamType: unknown;
    let stream: SseState | undefined;
    const sse = (): boolean => isEventStream(streamType ?? res.getHeader('content-type'));

    /** The rewriter, its queue and decoder: only a `text/event-stream` answer needs them. */
    const sseState = (): SseState => {
      if (stream !== undefined) return stream;
      const requestId = requestIdOf(req);
      const decoder = new StringDecoder('utf8');
      const state: SseState = {
        rewriter: step.sse(req.guard, requestId),
        queue: Promise.resolve(),
        ended: false,
        textOf: (chunk) => (typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? decoder.write(Buffer.from(chunk)) : String(chunk ?? '')),
        fail: (err) => {
          // Mid-stream: the documented error JSON as an `error` event, then the end.
          if (!state.ended) {
            write.call(res, formatSseEvent({ event: 'error', data: JSON.stringify(toErrorResponse(err, requestId).body) }));
            state.ended = true;
            end.call(res);
          }
        },
      };
      return (stream = state);
    };

    res.json = function sanitizedJson(body: unknown) {
      if (!step.moderated) {
        // Nothing to wait for: cleaned and sent now, with no promise per answer.
        let clean: unknown;
        try {
          clean = step.jsonNow(body, req.guard);
        } catch (err) {
          res.json = json;
          res.send = send;
          sendError(res, err, requestIdOf(req));
          return res;
        }
        res.json = json;
        res.send = send;
        return json.call(res, clean);
      }
      step.json(body, req.guard).then(
        (clean) => {
          res.json = json;
          res.send = send;
          json.call(res, clean);
        },
        (err: unknown) => {
          res.json = json;
          res.send = send;
          sendError(res, err, requestIdOf(req));
        },
      );
      return res;
    };
    res.send = function sanitizedSend(body?: unknown) {
      if (typeof body === 'object' && body !== null && !Buffer.isBuffer(body) && !(body instanceof Uint8Array)) return res.json(body);
      return send.call(res, body);
    };
    res.writeHead = function sanitizedWriteHead(...args: unknown[]) {
      streamType = typeInWriteHead(args) ?? streamType;
      if (sse()) res.removeHeader('content-length');
      return writeHead.apply(res, args);
    } as Response['writeHead'];
    res.write = function sanitizedWrite(chunk: unknown, ...rest: unknown[]) {
      if (!sse()) return write.call(res, chunk, ...rest);
      const state = sseState();
      if (state.ended) return false;
      const text = state.textOf(chunk);
      const active = state.rewriter;
      state.queue = state.queue
        .then(async () => {
          if (state.ended) return;
          const out = await active.write(text);
          if (out !== '') write.call(res, out);
          if (active.blocked) {
            state.ended = true;
            end.call(res);
          }
        })
        .catch(state.fail);
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      if (callback) void state.queue.then(callback);
      return true;
    } as Response['write'];
    res.end = function sanitizedEnd(...args: unknown[]) {
      if (!sse()) return end.apply(res, args);
      const state = sseState();
      if (state.ended) return res;
      const chunk = typeof args[0] === 'function' ? undefined : args[0];
      const text = chunk === undefined || chunk === null ? '' : state.textOf(chunk);
      const active = state.rewriter;
      state.queue = state.queue
        .then(async () => {
          if (state.ended) return;
          const out = (text !== '' ? await active.write(text) : '') + (active.blocked ? '' : await active.end());
          if (out !== '') write.call(res, out);
          state.ended = true;
          end.call(res);
        })
        .catch(state.fail);
      return res;
    } as Response['end'];
    next();
  }, 'sanitizeOutput');
}
