/**
 * The key pool's default logger: one console line per event, metadata as JSON (fingerprints, never keys).
 * @module
 */
import type { KeyPoolLogger } from './types.js';

const line = (meta: Record<string, unknown> | undefined): string => (meta === undefined ? '' : JSON.stringify(meta));

/** Writes `info` to stdout and `warn`/`error` to stderr. */
export const consoleKeyLogger: KeyPoolLogger = {
  info: (message, meta) => console.info(message, line(meta)),
  warn: (message, meta) => console.warn(message, line(meta)),
  error: (message, meta) => console.error(message, line(meta)),
};

/** A logger with all three levels (`info`/`error` fall back to `warn`). */
export function completeLogger(logger: KeyPoolLogger): Required<KeyPoolLogger> {
  const warn = logger.warn.bind(logger);
  return {
    warn,
    info: typeof logger.info === 'function' ? logger.info.bind(logger) : warn,
    error: typeof logger.error === 'function' ? logger.error.bind(logger) : warn,
  };
}
