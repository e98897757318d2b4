/**
 * The error a key source rejects with: a message we wrote, never a secret's value, never an upstream
 * message (a JSON parse error, for one, quotes the text it failed on).
 * @module
 */

/** A failed read of a key source. `code` is a short machine-readable reason. */
export class KeySourceError extends Error {
  override readonly name = 'KeySourceError';
  readonly code: string;

  constructor(message: string, code: string, cause?: { name: string; code?: string | number }) {
    super(message, cause === undefined ? undefined : { cause });
    this.code = code;
  }
}

/**
 * A content-free summary of any error: its name and code (or HTTP status), not its message, which for
 * some clients may quote what they read.
 */
export function errorSummary(err: unknown): { name: string; code?: string | number } {
  if (typeof err !== 'object' || err === null) return { name: typeof err };
  const e = err as { name?: unknown; code?: unknown; $metadata?: { httpStatusCode?: unknown } };
  const name = typeof e.name === 'string' && e.name !== '' ? e.name : 'Error';
  const code =
    typeof e.code === 'string' || typeof e.code === 'number'
      ? e.code
      : typeof e.$metadata?.httpStatusCode === 'number'
        ? e.$metadata.httpStatusCode
        : undefined;
  return code === undefined ? { name } : { name, code };
}

/** Whether a dynamic import failed because the package is not installed. */
export function isMissingModule(err: unknown, pkg: string): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = e?.code;
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    typeof e?.message === 'string' &&
    e.message.includes(pkg)
  );
}
