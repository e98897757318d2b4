/**
 * The body parser of `secureChat()`: JSON only, bounded, the same reader for Express and Koa.
 * @module
 */
import { GuardConfigError } from '../../core/errors.js';
import { checkOptionKeys, describe } from '../../core/options.js';
import type { OptionKeys } from '../../core/options.js';
import { DEFAULT_BODY_LIMIT } from './http.js';

/** Options of the stack's JSON body parser. */
export interface BodyParserOptions {
  /**
   * Largest body in bytes; a larger one is refused with 413 `body_too_large` before it is read whole.
   * @default 1048576 (1 MiB)
   */
  limit?: number;
}

/** Every key of {@link BodyParserOptions}. */
export const BODY_PARSER_OPTION_KEYS: OptionKeys<BodyParserOptions> = { limit: true };

/** @throws GuardConfigError for an unknown option or a bad limit */
export function resolveBodyParser(options: BodyParserOptions = {}): number {
  checkOptionKeys('secureChat({ bodyParser })', options, BODY_PARSER_OPTION_KEYS);
  const limit = options.limit ?? DEFAULT_BODY_LIMIT;
  if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit <= 0) {
    throw new GuardConfigError(`mistral-guard: secureChat({ bodyParser: { limit } }) must be a positive number of bytes; got ${describe(limit)}.`);
  }
  return limit;
}
