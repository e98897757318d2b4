/**
 * The last good keys of a source, read again on its interval. A failed read keeps the last good keys and
 * logs a warning that names the source and the error's kind, never a value.
 * @module
 */
import { isGuardError } from '../../core/errors.js';
import type { KeyPoolLogger, KeySource } from '../types.js';
import { KeySourceError, errorSummary } from './source-error.js';

/** After a failed read, the next one is tried after this long (or the refresh interval, if shorter). */
export const FAILED_READ_RETRY_MS = 30_000;

export interface CachedKeys {
  readonly source: KeySource;
  /** The last good keys; empty before the first good read. */
  readonly keys: readonly string[];
  /** Whether a read has succeeded. */
  readonly loaded: boolean;
  /** Whether a read is due at time `t` (pool clock). */
  due(t: number): boolean;
  /**
   * Reads the source now (concurrent calls share one read). Resolves with the keys; on failure logs a
   * warning, keeps the last good keys, and rejects with a content-free {@link KeySourceError}.
   */
  refresh(): Promise<readonly string[]>;
  /** Resolves when no read is in flight. */
  idle(): Promise<void>;
}

/** A failure as the logs and callers may see it: our own message, or the error's name and code. */
function safeError(err: unknown, description: string): KeySourceError {
  if (err instanceof KeySourceError) return err;
  const summary = errorSummary(err);
  // Our own configuration errors carry messages we wrote (no values); anything else is named, not quoted.
  if (summary.name === 'GuardConfigError' || isGuardError(err)) {
    return new KeySourceError((err as Error).message, 'invalid_secret', summary);
  }
  const code = summary.code === undefined ? '' : ` (${summary.code})`;
  return new KeySourceError(`Reading ${description} failed: ${summary.name}${code}.`, 'read_failed', summary);
}

export function createCachedKeys(
  source: KeySource,
  options: { now: () => number; logger: KeyPoolLogger; onChange: (keys: readonly string[]) => void },
): CachedKeys {
  const { now, logger, onChange } = options;
  let keys: readonly string[] = [];
  let loaded = false;
  let nextAt = -Infinity;
  let inFlight: Promise<readonly string[]> | undefined;

  const read = async (): Promise<readonly string[]> => {
    const startedAt = now();
    try {
      const fresh = await source.read();
      if (!Array.isArray(fresh) || fresh.length === 0 || fresh.some((k) => typeof k !== 'string' || k === '')) {
        throw new KeySourceError(`${source.description} returned no usable key.`, 'invalid_secret');
      }
      const changed = !loaded || fresh.length !== keys.length || fresh.some((k, i) => k !== keys[i]);
      keys = Object.freeze([...fresh]);
      loaded = true;
      nextAt = source.refreshIntervalMs > 0 ? startedAt + source.refreshIntervalMs : Infinity;
      if (changed) onChange(keys);
      return keys;
    } catch (err) {
      const failure = safeError(err, source.description);
      const retryIn = source.refreshIntervalMs > 0 ? Math.min(source.refreshIntervalMs, FAILED_READ_RETRY_MS) : FAILED_READ_RETRY_MS;
      nextAt = startedAt + retryIn;
      logger.warn(
        loaded
          ? 'mistral-guard: reading the key source failed; keeping the last good keys'
          : 'mistral-guard: reading the key source failed; no key loaded yet',
        { source: source.description, error: failure.message, kept: keys.length, retryInMs: retryIn },
      );
      throw failure;
    }
  };

  return {
    source,
    get keys() {
      return keys;
    },
    get loaded() {
      return loaded;
    },
    due: (t) => t >= nextAt,
    refresh() {
      inFlight ??= read().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
    async idle() {
      await inFlight?.catch(() => undefined);
    },
  };
}
