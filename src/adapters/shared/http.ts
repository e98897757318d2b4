/**
 * Framework-free HTTP helpers both adapters translate through: request ids, the JSON body reader
 * used when no body parser ran, and the mapping of any error to the documented JSON answer.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { GuardConfigError, GuardError, isGuardError } from '../../core/errors.js';
import type { GuardErrorBody } from '../../core/errors.js';

/** Options about the HTTP body, shared by the adapters. */
export interface BodyOptions {
  /**
   * Largest JSON body (bytes) read when no body parser ran before `sanitizeInput`.
   * @default 1048576 (1 MiB)
   */
  bodyLimit?: number;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export function resolveBodyLimit(options: BodyOptions): number {
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  if (!Number.isSafeInteger(limit) || limit <= 0) {
    throw new GuardConfigError(`mistral-guard: \`bodyLimit\` must be a positive number of bytes, got ${JSON.stringify(limit)}.`);
  }
  return limit;
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Reuses a well-formed incoming `X-Request-Id` (so traces join up), else makes a new one. */
export function resolveRequestId(header: unknown): string {
  const value = Array.isArray(header) ? header[0] : header;
  return typeof value === 'string' && SAFE_REQUEST_ID.test(value) ? value : randomUUID();
}

function inputError(status: number, code: string, message: string): GuardError {
  return new GuardError({ status, type: 'input_rejected', code, message });
}

/**
 * Reads and parses a JSON request body with a size limit, for routes without a body parser.
 * @throws GuardError 415 when the body is not JSON, 413 over the limit, 400 when it does not parse
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  if (!/^application\/(?:[a-z0-9.+-]*\+)?json\b/.test(type)) {
    throw inputError(415, 'unsupported_media_type', 'The request body must be JSON (Content-Type: application/json).');
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw inputError(413, 'body_too_large', `The request body is larger than ${limit} bytes.`);
  }
  const chunks = await new Promise<Buffer[]>((resolve, reject) => {
    const received: Buffer[] = [];
    let size = 0;
    const cleanup = (): void => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        // Keep draining (and discarding) instead of destroying the socket, so the client gets the 413.
        req.resume();
        reject(inputError(413, 'body_too_large', `The request body is larger than ${limit} bytes.`));
        return;
      }
      received.push(chunk);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(received);
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw inputError(400, 'invalid_body', 'The request body is empty; send a JSON object.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw inputError(400, 'malformed_json', 'The request body is not valid JSON.');
  }
}

/** Body-parser errors (express.json, koa bodyparser) carry a status and a `type`; map them to our codes. */
function fromParserError(err: { status?: unknown; statusCode?: unknown; type?: unknown; name?: unknown }): GuardError | undefined {
  const status = Number(err.status ?? err.statusCode);
  const type = typeof err.type === 'string' ? err.type : '';
  if (type === 'entity.too.large' || status === 413) return inputError(413, 'body_too_large', 'The request body is too large.');
  // express.json tags parse failures; @koa/bodyparser throws the JSON SyntaxError with status 400.
  if (type === 'entity.parse.failed' || (status === 400 && err.name === 'SyntaxError')) return inputError(400, 'malformed_json', 'The request body is not valid JSON.');
  if (type === 'encoding.unsupported' || type === 'charset.unsupported' || status === 415) {
    return inputError(415, 'unsupported_media_type', 'The request body encoding or charset is not supported.');
  }
  if (status === 400 && type !== '') return inputError(400, 'malformed_body', 'The request body could not be read.');
  return undefined;
}

/** Other middleware's 4xx errors (http-errors, `ctx.throw(401)`) keep their status with a generic body. */
function fromHttpError(err: { status?: unknown; statusCode?: unknown; expose?: unknown; message?: unknown }): GuardError | undefined {
  const status = Number(err.status ?? err.statusCode);
  if (!Number.isInteger(status) || status < 400 || status > 499) return undefined;
  const exposed = err.expose === true && typeof err.message === 'string' && err.message !== '';
  return new GuardError({
    status,
    type: 'request_error',
    code: (STATUS_CODES[status] ?? 'client_error').toLowerCase().replace(/[^a-z]+/g, '_').replace(/^_|_$/g, ''),
    message: exposed ? (err.message as string) : (STATUS_CODES[status] ?? 'Client error'),
  });
}

export interface ErrorResponse {
  status: number;
  headers: Record<string, string>;
  body: GuardErrorBody;
}

/** The documented JSON answer for any error: never a stack trace or an internal message. */
export function toErrorResponse(err: unknown, requestId: string): ErrorResponse {
  let guardError: GuardError | undefined;
  if (isGuardError(err)) guardError = err;
  else if (typeof err === 'object' && err !== null) {
    guardError = fromParserError(err as Record<string, unknown>) ?? fromHttpError(err as Record<string, unknown>);
  }
  guardError ??= new GuardError({
    status: 500,
    type: 'internal_error',
    code: 'internal_error',
    message: 'The request could not be processed.',
  });
  const headers: Record<string, string> = { 'x-request-id': requestId };
  if (guardError.retryAfter !== undefined) headers['retry-after'] = String(Math.max(1, Math.ceil(guardError.retryAfter)));
  return { status: guardError.status, headers, body: guardError.toBody(requestId) };
}
