/**
 * Maps whatever the Mistral SDK throws to a {@link GuardError} a client may see.
 *
 * | upstream failure                                         | status | type           | code                      |
 * |----------------------------------------------------------|--------|----------------|---------------------------|
 * | HTTP 401 / 403 (our key is bad, revoked or not allowed)  | 502    | upstream_error | upstream_auth             |
 * | HTTP 403 with `guardrails` (Mistral's guardrails refused) | 403    | content_blocked | guardrail_blocked        |
 * | HTTP 429 (our quota upstream; `retryAfter` from header)  | 503    | upstream_error | upstream_rate_limited     |
 * | HTTP 5xx                                                 | 502    | upstream_error | upstream_failure          |
 * | other HTTP 4xx, 422 validation (our request was refused) | 502    | upstream_error | upstream_rejected         |
 * | time limit exceeded (`RequestTimeoutError`, TimeoutError) | 503    | upstream_error | upstream_timeout          |
 * | connection refused / DNS / reset (`ConnectionError`)     | 503    | upstream_error | upstream_unreachable      |
 * | other HTTP client failure (`UnexpectedClientError`)      | 502    | upstream_error | upstream_failure          |
 * | aborted by our caller (`RequestAbortedError`, AbortError) | 503    | upstream_error | upstream_aborted          |
 * | unparsable answer (`ResponseValidationError`, bad SSE)   | 502    | upstream_error | upstream_invalid_response |
 * | request rejected by the SDK before sending               | 500    | internal_error | upstream_request_invalid  |
 * | an existing GuardError, or one the SDK wrapped as `cause` | kept as it is                                          |
 * | anything else                                            | 500    | internal_error | internal_error            |
 *
 * Upstream auth and rate-limit problems are the server's, not the user's, hence 502/503 rather than
 * 401/429. Messages are fixed strings: never the key, the upstream body, or the SDK's message (which
 * embeds the body). The `cause` is a small content-free summary `{ name, statusCode? }`, not the SDK error.
 * @module
 */
import { GuardError, isGuardError } from '../core/errors.js';

interface ErrorLike {
  name?: unknown;
  statusCode?: unknown;
  headers?: unknown;
  cause?: unknown;
}

function nameOf(err: unknown): string {
  if (typeof err !== 'object' || err === null) return '';
  const n = (err as ErrorLike).name;
  return typeof n === 'string' ? n : '';
}

/** Seconds from a `Retry-After` value (integer seconds or an HTTP date), clamped to 1..3600. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const v = value.trim();
  let seconds: number | undefined;
  if (/^\d+$/.test(v)) seconds = Number(v);
  else {
    const date = Date.parse(v);
    if (!Number.isNaN(date)) seconds = Math.ceil((date - now) / 1000);
  }
  if (seconds === undefined) return undefined;
  return Math.min(3600, Math.max(1, seconds));
}

/** The HTTP status of an SDK HTTP error (`SDKError`, `HTTPValidationError`, any `MistralError`). */
export function upstreamStatusOf(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const s = (err as ErrorLike).statusCode;
  return typeof s === 'number' && Number.isInteger(s) ? s : undefined;
}

function retryAfterOf(err: unknown): number | undefined {
  const headers = (err as ErrorLike).headers;
  if (headers !== null && typeof headers === 'object' && typeof (headers as Headers).get === 'function') {
    return parseRetryAfter((headers as Headers).get('retry-after'));
  }
  return undefined;
}

function make(
  status: number,
  code: string,
  message: string,
  cause: { name: string; statusCode?: number },
  retryAfter?: number,
): GuardError {
  const init: ConstructorParameters<typeof GuardError>[0] = {
    status,
    type: status === 500 ? 'internal_error' : 'upstream_error',
    code,
    message,
    cause,
  };
  if (retryAfter !== undefined) init.retryAfter = retryAfter;
  return new GuardError(init);
}

function isTimeout(err: unknown): boolean {
  const n = nameOf(err);
  return n === 'RequestTimeoutError' || n === 'TimeoutError';
}

// The SDK recognises fetch's connection TypeError with `instanceof`, which fails across realms (e.g. under
// Jest) and then reports UnexpectedClientError; look at the cause ourselves.
function isConnectionCause(cause: unknown): boolean {
  if (typeof cause !== 'object' || cause === null) return false;
  const c = cause as { name?: unknown; message?: unknown; code?: unknown };
  const message = typeof c.message === 'string' ? c.message.toLowerCase() : '';
  if (c.name === 'TypeError' && (message.startsWith('fetch failed') || message.startsWith('failed to fetch'))) return true;
  return typeof c.code === 'string' && ['ECONNRESET', 'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'].includes(c.code);
}

/** Whether an SDK error is Mistral's guardrails refusing content (a 403 whose body has `guardrails`), not a bad key. */
function isGuardrailBlock(err: unknown): boolean {
  const body = (err as { body?: unknown }).body;
  if (typeof body !== 'string' || !body.includes('guardrails')) return false;
  try {
    const parsed = JSON.parse(body) as unknown;
    return typeof parsed === 'object' && parsed !== null && 'guardrails' in parsed;
  } catch {
    return false;
  }
}

/** Maps any error from an SDK call (or a stream iteration) to a client-safe {@link GuardError}. */
export function toGuardError(err: unknown): GuardError {
  if (isGuardError(err)) return err;
  // The SDK wraps what its HTTP client throws (our key pool's 503, for one): the GuardError inside wins.
  const inner = (err as ErrorLike | null)?.cause;
  if (isGuardError(inner)) return inner;
  const name = nameOf(err) || typeof err;
  const status = upstreamStatusOf(err);
  // A 200 whose body failed validation carries statusCode 200: that is an unreadable answer, below.
  if (status !== undefined && status >= 400) {
    const cause = { name, statusCode: status };
    if (status === 403 && isGuardrailBlock(err)) {
      return new GuardError({
        status: 403,
        type: 'content_blocked',
        code: 'guardrail_blocked',
        message: 'The AI service’s guardrails refused this content.',
        cause,
      });
    }
    if (status === 401 || status === 403) {
      return make(502, 'upstream_auth', 'The AI service refused this server’s credentials.', cause);
    }
    if (status === 429) {
      return make(503, 'upstream_rate_limited', 'The AI service is rate limiting this server; try again later.', cause, retryAfterOf(err));
    }
    if (status >= 500) return make(502, 'upstream_failure', 'The AI service failed to answer.', cause);
    return make(502, 'upstream_rejected', 'The AI service rejected the request.', cause);
  }
  const cause = { name };
  if (isTimeout(err) || isTimeout((err as ErrorLike | null)?.cause)) {
    return make(503, 'upstream_timeout', 'The AI service did not answer in time.', cause);
  }
  if (name === 'ConnectionError' || isConnectionCause((err as ErrorLike | null)?.cause)) {
    return make(503, 'upstream_unreachable', 'The AI service is unreachable.', cause);
  }
  if (name === 'RequestAbortedError' || name === 'AbortError') {
    return make(503, 'upstream_aborted', 'The call to the AI service was aborted.', cause);
  }
  if (name === 'UnexpectedClientError') return make(502, 'upstream_failure', 'The AI service failed to answer.', cause);
  if (name === 'ResponseValidationError' || name === 'ZodError' || name === 'SyntaxError') {
    return make(502, 'upstream_invalid_response', 'The AI service sent an answer that could not be read.', cause);
  }
  if (name === 'SDKValidationError' || name === 'InvalidRequestError') {
    return make(500, 'upstream_request_invalid', 'The request to the AI service could not be built.', cause);
  }
  return make(500, 'internal_error', 'Internal error.', cause);
}
