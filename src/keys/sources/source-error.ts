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
  const e = err as { name?: unknown };
  const name = typeof e.name === 'string' && e.name !== '' ? e.name : 'Error';
  const code = codeOf(err, 3);
  return code === undefined ? { name } : { name, code };
}

/** A code, an HTTP status, or the code of a cause (e.g. `ECONNREFUSED` under `fetch failed`). */
function codeOf(err: unknown, depth: number): string | number | undefined {
  if (typeof err !== 'object' || err === null || depth === 0) return undefined;
  const e = err as { code?: unknown; status?: unknown; $metadata?: { httpStatusCode?: unknown }; cause?: unknown };
  if (typeof e.code === 'string' || typeof e.code === 'number') return e.code;
  if (typeof e.$metadata?.httpStatusCode === 'number') return e.$metadata.httpStatusCode;
  if (typeof e.status === 'number') return e.status;
  return codeOf(e.cause, depth - 1);
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
