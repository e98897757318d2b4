/**
 * `createAuditLogger()`: the winston logger audit events go to (JSON lines on stdout by default, any
 * winston transport), with redaction always on and transport failures reported once, never thrown.
 * @module
 */
import type winston from 'winston';
import type { Logform } from 'winston';
import { lazyRequire } from '../core/lazy-require.js';
import { GuardConfigError } from '../core/errors.js';
import { checkOptionKeys, describe } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { redactFormat } from './format.js';
import type { RedactFormatOptions } from './format.js';
import { createRedactor } from './redact.js';

/** Receives a failing transport's error, once per transport. */
export type LogErrorReporter = (err: unknown) => void;

/** Options of {@link createAuditLogger}. */
export interface AuditLoggerOptions {
  /**
   * Where entries go: any winston transports (file, stream, HTTP, a cloud logger's transport).
   * @default one Console transport: JSON lines on stdout
   */
  transports?: winston.transport | readonly winston.transport[];
  /**
   * Lowest level written.
   * @default 'info'
   */
  level?: string;
  /**
   * Options of the redaction applied to every entry (it cannot be turned off).
   * @default {} (see `redactFormat()`)
   */
  redact?: RedactFormatOptions;
  /**
   * Receives a transport's failure, once per transport; logging goes on with the other transports and
   * the request is never affected.
   * @default console.error with the redacted error message
   */
  onError?: LogErrorReporter;
}

/** Every key of {@link AuditLoggerOptions}. */
export const AUDIT_LOGGER_OPTION_KEYS: OptionKeys<AuditLoggerOptions> = { transports: true, level: true, redact: true, onError: true };

const consoleRedactor = createRedactor();

/** Default report of a failing transport: one line on stderr, the error's message redacted. */
export function reportLogError(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`mistral-guard: a log transport failed (${consoleRedactor.text(message)}); its further errors are not reported.`);
}

/** Fills `timestamp` when an entry has none (audit events carry their own). */
const timestampIfMissing: Logform.Format = {
  transform(info) {
    if (info.timestamp === undefined) info.timestamp = new Date().toISOString();
    return info;
  },
};

const MESSAGE = Symbol.for('message');
// winston loads on first use: importing the package must not pay for it.
const loadWinston = lazyRequire<typeof winston>('winston');
let safeJson: Logform.Format | undefined;

/**
 * The finished line: `JSON.stringify` (entries were walked by the redaction, so cycles are gone), with
 * winston's safe serializer as the fallback for what it cannot handle (a BigInt, a getter that throws).
 */
const fastJson: Logform.Format = {
  transform(info) {
    try {
      (info as Record<symbol, unknown>)[MESSAGE] = JSON.stringify(info);
      return info;
    } catch {
      safeJson ??= loadWinston().format.json();
      return safeJson.transform(info, safeJson.options);
    }
  },
};

const watched = new WeakSet<object>();

/**
 * Makes a logger's transport failures harmless: `error` events (which would crash the process when
 * nobody listens) are reported once per transport, and a transport whose `log()` throws is caught.
 * Idempotent; used on loggers passed to `auditLog({ logger })` too.
 */
export function guardLoggerErrors(logger: winston.Logger, report: LogErrorReporter = reportLogError): void {
  if (watched.has(logger) || typeof logger.on !== 'function') return;
  watched.add(logger);
  const reported = new WeakSet<object>();
  const once = (err: unknown, source: object): void => {
    if (reported.has(source)) return;
    reported.add(source);
    try {
      report(err);
    } catch {
      // A reporter that throws must not turn a log failure into a crash.
    }
  };
  logger.on('error', (err: unknown, transport?: object) => once(err, transport ?? logger));
  for (const transport of logger.transports ?? []) {
    // winston's Stream transport writes to the app's stream without listening for its errors; one
    // broken stream (a closed pipe) would otherwise throw an unhandled 'error' and end the process.
    const stream = (transport as { _stream?: { on?: unknown } })._stream;
    if (stream !== undefined && typeof stream.on === 'function') {
      (stream as NodeJS.EventEmitter).on('error', (err: unknown) => once(err, transport));
    }
    const log = transport.log?.bind(transport);
    if (log === undefined) continue;
    transport.log = (info: unknown, next: () => void) => {
      try {
        return log(info, next);
      } catch (err) {
        once(err, transport);
        next();
        return undefined;
      }
    };
  }
}

/**
 * A winston logger for audit events and, if you like, the application's own logs: JSON lines, secrets
 * and PII redacted in every entry, transport failures reported once and never thrown.
 *
 * @example
 * ```ts
 * const logger = createAuditLogger({ transports: [new winston.transports.File({ filename: 'audit.log' })] });
 * app.post('/chat', secureChat({ audit: { logger } }), handler);
 * ```
 * @throws GuardConfigError at construction for an unknown option or a bad value
 */
export function createAuditLogger(options: AuditLoggerOptions = {}): winston.Logger {
  checkOptionKeys('createAuditLogger()', options, AUDIT_LOGGER_OPTION_KEYS);
  const winston = loadWinston();
  const given = options.transports;
  const transports = given === undefined ? [new winston.transports.Console()] : Array.isArray(given) ? [...given] : [given as winston.transport];
  if (transports.length === 0 || transports.some((t) => typeof t !== 'object' || t === null || typeof (t as { log?: unknown }).log !== 'function')) {
    throw new GuardConfigError(`mistral-guard: createAuditLogger({ transports }) must be winston transports; got ${describe(given)}.`);
  }
  if (options.onError !== undefined && typeof options.onError !== 'function') {
    throw new GuardConfigError('mistral-guard: createAuditLogger({ onError }) must be a function.');
  }
  const logger = winston.createLogger({
    level: options.level ?? 'info',
    format: winston.format.combine(redactFormat(options.redact), timestampIfMissing, fastJson),
    transports,
    exitOnError: false,
  });
  guardLoggerErrors(logger, options.onError);
  return logger;
}
