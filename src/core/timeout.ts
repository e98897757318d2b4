/**
 * One deadline for calls to a shared store (Redis), used by the limits and the key pool alike.
 * @module
 */

/** The error a call past its deadline rejects with; `name` is `TimeoutError`. */
export class StoreTimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/**
 * Waits for `promise`, or rejects with a {@link StoreTimeoutError} after `ms`. The timer never holds the
 * process open; a rejection that is not an Error becomes one, so callers can read `.message` safely.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what = 'store call'): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StoreTimeoutError(`${what} took longer than ${ms} ms`)), ms);
    timer.unref?.();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(`${what} failed`));
      },
    );
  });
}
