/**
 * `redactFormat()`: a winston format that redacts secrets and PII anywhere in a log entry, a second
 * line of defence for the application's own logs as much as for the audit events.
 * @module
 */
import type { Logform } from 'winston';
import { createRedactor } from './redact.js';
import type { RedactOptions, Redactor } from './redact.js';

/** Options of {@link redactFormat}. */
export type RedactFormatOptions = RedactOptions;

const MESSAGE = Symbol.for('message');
const SPLAT = Symbol.for('splat');

/**
 * Marks an entry whose every string was redacted when it was built (the audit events), so the format
 * does not walk it again. Only mistral-guard sets it.
 */
export const PRE_REDACTED = Symbol.for('mistral-guard.redacted');

type Info = Logform.TransformableInfo;

/** Copies the symbol-keyed fields winston keeps on an entry (level, splat, message). */
function copySymbols(from: object, to: Record<string | symbol, unknown>): void {
  for (const symbol of Object.getOwnPropertySymbols(from)) to[symbol] = (from as Record<symbol, unknown>)[symbol];
}

/** Redacts one entry; returns a new entry when anything changed, never editing the caller's objects. */
export function redactInfo(info: Info, redactor: Redactor): Info {
  if ((info as Record<symbol, unknown>)[PRE_REDACTED] === true) return info;
  let entry: Info;
  if (info instanceof Error) {
    // `logger.error(err)` hands winston the error itself: log its message and stack, redacted.
    entry = { ...(redactor.value(info) as Record<string, unknown>), level: info.level } as Info;
    copySymbols(info, entry);
  } else {
    entry = redactor.value(info) as Info;
    if (entry !== info) copySymbols(info, entry);
  }
  const splat = entry[SPLAT];
  if (Array.isArray(splat)) entry[SPLAT] = redactor.value(splat);
  const message = entry[MESSAGE];
  if (typeof message === 'string') entry[MESSAGE] = redactor.text(message);
  return entry;
}

/**
 * A winston format that replaces secrets (API keys, tokens, private keys, JWTs, `password=` values) and
 * PII (emails, phone numbers, cards, IBANs, IP addresses, national ids) by `[TYPE]` anywhere in an entry:
 * the message, metadata, nested objects and arrays, object keys, errors and their stacks, `%s` arguments,
 * and the finished line when placed after `json()`. Fields named like credentials (`authorization`,
 * `password`, `token`, ...) are replaced whole. Caller objects are never modified.
 *
 * @example
 * ```ts
 * const logger = winston.createLogger({ format: winston.format.combine(redactFormat(), winston.format.json()), transports });
 * ```
 * @throws GuardConfigError at construction for an unknown option or a bad value
 */
export function redactFormat(options: RedactFormatOptions = {}): Logform.Format {
  const redactor = createRedactor(options);
  return { options, transform: (info: Info) => redactInfo(info, redactor) };
}
