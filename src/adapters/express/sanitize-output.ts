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
    const requestId = (): string => req.guard?.requestId ?? resolveRequestId(req.headers['x-request-id']);
    const json = res.json.bind(res);
    const send = res.send.bind(res);
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => Response;
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
    let streamType: unknown;
    let rewriter: SseRewriter | undefined;
    let queue: Promise<void> = Promise.resolve();
    let ended = false;
    const decoder = new StringDecoder('utf8');
    const sse = (): boolean => isEventStream(streamType ?? res.getHeader('content-type'));
    const textOf = (chunk: unknown): string =>
      typeof chunk === 'string' ? chunk : chunk instanceof Uint8Array ? decoder.write(Buffer.from(chunk)) : String(chunk ?? '');
    const fail = (err: unknown): void => {
      // Mid-stream: the documented error JSON as an `error` event, then the end.
      if (!ended) {
        write(formatSseEvent({ event: 'error', data: JSON.stringify(toErrorResponse(err, requestId()).body) }));
        ended = true;
        end();
      }
    };

    res.json = function sanitizedJson(body: unknown) {
      step.json(body, req.guard).then(
        (clean) => {
          res.json = json;
          res.send = send;
          json(clean);
        },
        (err: unknown) => {
          res.json = json;
          res.send = send;
          sendError(res, err, requestId());
        },
      );
      return res;
    };
    res.send = function sanitizedSend(body?: unknown) {
      if (typeof body === 'object' && body !== null && !Buffer.isBuffer(body) && !(body instanceof Uint8Array)) return res.json(body);
      return send(body);
    };
    res.writeHead = function sanitizedWriteHead(...args: unknown[]) {
      streamType = typeInWriteHead(args) ?? streamType;
      if (sse()) res.removeHeader('content-length');
      return writeHead(...args);
    } as Response['writeHead'];
    res.write = function sanitizedWrite(chunk: unknown, ...rest: unknown[]) {
      if (!sse()) return write(chunk, ...rest);
      if (ended) return false;
      const text = textOf(chunk);
      rewriter ??= step.sse(req.guard, requestId());
      const active = rewriter;
      queue = queue
        .then(async () => {
          if (ended) return;
          const out = await active.write(text);
          if (out !== '') write(out);
          if (active.blocked) {
            ended = true;
            end();
          }
        })
        .catch(fail);
      const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
      if (callback) void queue.then(callback);
      return true;
    } as Response['write'];
    res.end = function sanitizedEnd(...args: unknown[]) {
      if (!sse()) return end(...args);
      if (ended) return res;
      const chunk = typeof args[0] === 'function' ? undefined : args[0];
      const text = chunk === undefined || chunk === null ? '' : textOf(chunk);
      rewriter ??= step.sse(req.guard, requestId());
      const active = rewriter;
      queue = queue
        .then(async () => {
          if (ended) return;
          const out = (text !== '' ? await active.write(text) : '') + (active.blocked ? '' : await active.end());
          if (out !== '') write(out);
          ended = true;
          end();
        })
        .catch(fail);
      return res;
    } as Response['end'];
    next();
  }, 'sanitizeOutput');
}
