/**
 * Framework-free HTTP helpers both adapters translate through: request ids, the JSON body reader
 * used when no body parser ran, and the mapping of any error to the documented JSON answer.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { IncomingMessage } from 'node:http';
import { PassThrough } from 'node:stream';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
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

function inputError(status: number, code: string, message: string, headers?: Record<string, string>): GuardError {
  return new GuardError({ status, type: 'input_rejected', code, message, ...(headers ? { headers } : {}) });
}

/** `application/json` and `application/<anything>+json`, with optional parameters. */
const JSON_MEDIA_TYPE = /^application\/(?:[a-z0-9.!#$%&'*^_`|~-]+\+)?json$/;
const UTF8_CHARSETS: ReadonlySet<string> = new Set(['utf-8', 'utf8']);

/** Decoders of the `Content-Encoding`s a JSON body may arrive in. */
const DECODERS: Readonly<Record<string, () => Transform>> = {
  identity: () => new PassThrough(),
  gzip: () => createGunzip(),
  'x-gzip': () => createGunzip(),
  deflate: () => createInflate(),
  br: () => createBrotliDecompress(),
};

/** The media type and charset of a `Content-Type` header, lower-cased. */
function parseContentType(header: string): { type: string; charset: string | undefined } {
  const [type = '', ...params] = header.split(';');
  let charset: string | undefined;
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq > 0 && param.slice(0, eq).trim().toLowerCase() === 'charset') charset = param.slice(eq + 1).trim().replace(/^"|"$/g, '').toLowerCase();
  }
  return { type: type.trim().toLowerCase(), charset };
}

/** Fatal: invalid UTF-8 is refused. One decoder for every body: a one-shot `decode` keeps no state between calls. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The chunks received, as one buffer (the one chunk itself when there is one: no copy). */
const joined = (received: Buffer[], size: number): Buffer => (received.length === 1 ? received[0]! : Buffer.concat(received, size));

/** Reads a body sent without a `Content-Encoding` straight from the request: no stream in between. */
function readIdentity(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const received: Buffer[] = [];
    let size = 0;
    let settled = false;
    const fail = (err: GuardError): void => {
      if (settled) return;
      settled = true;
      req.removeListener('data', onData);
      // Stop reading; what is left is dropped with the connection (the error answer says `connection: close`).
      req.pause();
      reject(err);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) fail(tooLarge(limit));
      else received.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => {
      if (settled) return;
      settled = true;
      resolve(joined(received, size));
    });
    req.once('error', () => fail(inputError(400, 'malformed_body', 'The request body could not be read.', { connection: 'close' })));
    req.once('aborted', () => fail(inputError(400, 'malformed_body', 'The request body was cut off.', { connection: 'close' })));
  });
}

/** Reads a compressed body through its decoder, the limit applying to the decoded bytes. */
function readDecoded(req: IncomingMessage, limit: number, decoder: Transform, encoding: string): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const received: Buffer[] = [];
    let size = 0;
    let settled = false;
    const fail = (err: GuardError): void => {
      if (settled) return;
      settled = true;
      req.unpipe(decoder);
      decoder.destroy();
      reject(err);
    };
    decoder.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) fail(tooLarge(limit));
      else received.push(chunk);
    });
    decoder.on('end', () => {
      if (settled) return;
      settled = true;
      resolve(joined(received, size));
    });
    decoder.on('error', () => fail(inputError(400, 'malformed_body', `The request body could not be decoded (Content-Encoding: ${encoding}).`, { connection: 'close' })));
    req.on('error', () => fail(inputError(400, 'malformed_body', 'The request body could not be read.', { connection: 'close' })));
    req.on('aborted', () => fail(inputError(400, 'malformed_body', 'The request body was cut off.', { connection: 'close' })));
    req.pipe(decoder);
  });
}

const tooLarge = (limit: number): GuardError =>
  // The rest of the body is not read: the connection closes after the answer instead of waiting for it.
  inputError(413, 'body_too_large', `The request body is larger than ${limit} bytes.`, { connection: 'close' });

/**
 * Reads and parses a JSON request body, for routes without a body parser. One reader for Express and
 * Koa, so both answer every malformed body the same way:
 * - 415 when the body is not JSON, is not UTF-8, or uses an unknown `Content-Encoding`;
 * - 413 as soon as the declared or decoded size passes `limit` (gzip, deflate and br are decoded with
 *   the limit on the decoded bytes, so a small compressed bomb is refused too), without waiting for a
 *   body that a lying `Content-Length` promises;
 * - 400 for a body that does not decompress, is not valid UTF-8, is empty, or is not valid JSON.
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const { type, charset } = parseContentType(String(req.headers['content-type'] ?? ''));
  if (!JSON_MEDIA_TYPE.test(type)) {
    throw inputError(415, 'unsupported_media_type', 'The request body must be JSON (Content-Type: application/json).');
  }
  if (charset !== undefined && !UTF8_CHARSETS.has(charset)) {
    throw inputError(415, 'unsupported_media_type', 'The request body must be UTF-8 JSON (charset=utf-8).');
  }
  const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase() || 'identity';
  const makeDecoder = Object.prototype.hasOwnProperty.call(DECODERS, encoding) ? DECODERS[encoding] : undefined;
  if (makeDecoder === undefined) {
    throw inputError(415, 'unsupported_media_type', 'The request body uses a Content-Encoding that is not supported (use gzip, deflate, br or none).', {
      connection: 'close',
    });
  }
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);

  const bytes = await (encoding === 'identity' ? readIdentity(req, limit) : readDecoded(req, limit, makeDecoder(), encoding));
  let text: string;
  try {
    // Fatal: invalid UTF-8 is refused, never replaced behind the client's back. A leading BOM is dropped.
    text = UTF8.decode(bytes);
  } catch {
    throw inputError(400, 'malformed_body', 'The request body is not valid UTF-8.');
  }
  if (text.trim() === '') throw inputError(400, 'invalid_body', 'The request body is empty; send a JSON object.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Also a nesting too deep for the parser (RangeError): a client's mistake, never a 500.
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

/** Headers another middleware's 4xx error may carry to the client (http-errors' `headers`). */
const PASSED_HEADERS = ['allow', 'www-authenticate', 'retry-after'];

/** Other middleware's 4xx errors (http-errors, `ctx.throw(401)`) keep their status with a generic body. */
function fromHttpError(err: { status?: unknown; statusCode?: unknown; expose?: unknown; message?: unknown; headers?: unknown }): GuardError | undefined {
  const status = Number(err.status ?? err.statusCode);
  if (!Number.isInteger(status) || status < 400 || status > 499) return undefined;
  const exposed = err.expose === true && typeof err.message === 'string' && err.message !== '';
  const headers: Record<string, string> = {};
  if (typeof err.headers === 'object' && err.headers !== null) {
    for (const [name, value] of Object.entries(err.headers)) {
      if (PASSED_HEADERS.includes(name.toLowerCase()) && typeof value === 'string') headers[name.toLowerCase()] = value;
    }
  }
  return new GuardError({
    status,
    type: 'request_error',
    code: (STATUS_CODES[status] ?? 'client_error').toLowerCase().replace(/[^a-z]+/g, '_').replace(/^_|_$/g, ''),
    message: exposed ? (err.message as string) : (STATUS_CODES[status] ?? 'Client error'),
    headers,
  });
}

/** Errors of a decompression stream (a body parser's gzip, deflate or br): the client's malformed body. */
function fromDecodeError(err: { code?: unknown; errno?: unknown }): GuardError | undefined {
  const code = typeof err.code === 'string' ? err.code : '';
  if (!/^(?:Z_|ERR_BROTLI|ERR__?ZLIB)/.test(code)) return undefined;
  return inputError(400, 'malformed_body', 'The request body could not be decoded.', { connection: 'close' });
}

/** The documented 404 for a path no route serves. */
export function notFoundError(): GuardError {
  return new GuardError({ status: 404, type: 'request_error', code: 'not_found', message: 'No such route.' });
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
    guardError = fromParserError(err as Record<string, unknown>) ?? fromDecodeError(err as Record<string, unknown>) ?? fromHttpError(err as Record<string, unknown>);
  }
  guardError ??= new GuardError({
    status: 500,
    type: 'internal_error',
    code: 'internal_error',
    message: 'The request could not be processed.',
  });
  const headers: Record<string, string> = { ...guardError.headers, 'x-request-id': requestId };
  if (guardError.retryAfter !== undefined) headers['retry-after'] = String(Math.max(1, Math.ceil(guardError.retryAfter)));
  return { status: guardError.status, headers, body: guardError.toBody(requestId) };
}
