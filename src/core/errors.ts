/**
 * Errors a client sees, and the configuration error thrown at construction.
 * @module
 */

/** The `type` field of every error body. */
export type GuardErrorType = 'input_rejected' | 'content_blocked' | 'rate_limited' | 'upstream_error' | 'request_error' | 'internal_error';

/** The JSON body of every rejection. */
export interface GuardErrorBody {
  error: {
    type: GuardErrorType;
    code: string;
    message: string;
    requestId: string;
    /** Extra, content-free details (e.g. blocked categories, finding types). */
    details?: Record<string, unknown>;
  };
}

/**
 * A request-level rejection with its HTTP status. Adapters turn it into the documented JSON body.
 * Its message is written for clients: it never contains user content, keys or stack traces.
 */
export class GuardError extends Error {
  override readonly name = 'GuardError';
  readonly status: number;
  readonly type: GuardErrorType;
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;
  /** Seconds, for 429/503 answers. */
  readonly retryAfter: number | undefined;
  /** Extra response headers (`Allow` for a 405, `Connection: close` when the rest of the body is not read). */
  readonly headers: Readonly<Record<string, string>> | undefined;

  constructor(init: {
    status: number;
    type: GuardErrorType;
    code: string;
    message: string;
    details?: Record<string, unknown>;
    retryAfter?: number;
    headers?: Record<string, string>;
    cause?: unknown;
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.type = init.type;
    this.code = init.code;
    this.details = init.details;
    this.retryAfter = init.retryAfter;
    this.headers = init.headers;
  }

  toBody(requestId: string): GuardErrorBody {
    const body: GuardErrorBody = {
      error: { type: this.type, code: this.code, message: this.message, requestId },
    };
    if (this.details !== undefined) body.error.details = this.details;
    return body;
  }
}

/** Works across realms and duplicated package copies, where `instanceof` fails. */
export function isGuardError(value: unknown): value is GuardError {
  return (
    value instanceof GuardError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'GuardError' &&
      typeof (value as { status?: unknown }).status === 'number' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}

/** Thrown at construction when options are invalid; the message says how to fix it. */
export class GuardConfigError extends TypeError {
  override readonly name = 'GuardConfigError';
}
