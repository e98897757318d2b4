/**
 * The framework-free side of `auditLog()`: options checked once, then one call per finished request that
 * builds the event and hands it to winston. Nothing here may throw into a request.
 * @module
 */
import type winston from 'winston';
import { GuardConfigError } from '../core/errors.js';
import { idHasher, resolveHashKey } from '../core/identity.js';
import { checkOptionKeys, describe } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { buildAuditEvent } from './event.js';
import type { RequestFacts } from './event.js';
import { PRE_REDACTED } from './format.js';
import { createAuditLogger, guardLoggerErrors, reportLogError } from './logger.js';
import type { LogErrorReporter } from './logger.js';
import { createRedactor } from './redact.js';

/**
 * Options of `auditLog()`. `R` is the framework's request (Express `Request`, Koa `Context`).
 */
export interface AuditLogOptions<R> {
  /**
   * The winston logger events go to (`createAuditLogger()` makes one with redaction; any winston logger works).
   * @default one shared `createAuditLogger()`: JSON lines on stdout
   */
  logger?: winston.Logger;
  /**
   * Level of the audit entries.
   * @default 'info'
   */
  level?: string;
  /**
   * The user a request belongs to (from your auth), logged only as a keyed hash in `user`.
   * @default none: no `user` field
   */
  userId?: (req: R) => string | undefined;
  /**
   * Secret key of the user hash (16+ characters, the same on every instance so hashes join up).
   * @default env MISTRAL_GUARD_HASH_KEY, else a random key per process
   */
  hashKey?: string;
  /**
   * `fingerprintKey()` of the Mistral key in use (or a function of the request) when the handler does not
   * set `guard.keyFingerprint`. Only 8-64 lowercase hex characters are accepted: never pass a key here.
   * @default none
   */
  keyFingerprint?: string | ((req: R) => string | undefined);
  /**
   * Receives a failure of the logger or of your `userId`/`keyFingerprint` function, once per kind; the
   * request is never affected.
   * @default console.error with the redacted message
   */
  onError?: LogErrorReporter;
}

/** Every key of {@link AuditLogOptions}. */
export const AUDIT_LOG_OPTION_KEYS: OptionKeys<AuditLogOptions<unknown>> = {
  logger: true,
  level: true,
  userId: true,
  hashKey: true,
  keyFingerprint: true,
  onError: true,
};

/** What the adapter measured; the auditor adds the user hash and key fingerprint. */
export type MeasuredFacts = RequestFacts;

export interface Auditor<R> {
  /** Builds and writes the event of a finished request. Never throws. */
  record(req: R, facts: MeasuredFacts): void;
}

let sharedLogger: winston.Logger | undefined;

/** The logger `auditLog()` uses when none is given: made on first use, shared. */
export function defaultAuditLogger(): winston.Logger {
  return (sharedLogger ??= createAuditLogger());
}

const HEX = /^[0-9a-f]{8,64}$/;
const MESSAGE = 'mistral-guard audit';

/**
 * Checks the options once and returns the recorder.
 * @throws GuardConfigError for an unknown option or a bad value
 */
export function createAuditor<R>(options: AuditLogOptions<R> = {}): Auditor<R> {
  checkOptionKeys('auditLog()', options, AUDIT_LOG_OPTION_KEYS);
  const { userId, keyFingerprint } = options;
  if (userId !== undefined && typeof userId !== 'function') {
    throw new GuardConfigError(`mistral-guard: auditLog({ userId }) must be a function of the request; got ${describe(userId)}.`);
  }
  if (keyFingerprint !== undefined && typeof keyFingerprint !== 'function' && !(typeof keyFingerprint === 'string' && HEX.test(keyFingerprint))) {
    throw new GuardConfigError(
      'mistral-guard: auditLog({ keyFingerprint }) must be a fingerprint (fingerprintKey(key): 8-64 lowercase hex) or a function returning one; never the key itself.',
    );
  }
  const logger = options.logger ?? defaultAuditLogger();
  if (typeof logger !== 'object' || logger === null || typeof (logger as { log?: unknown }).log !== 'function') {
    throw new GuardConfigError(`mistral-guard: auditLog({ logger }) must be a winston logger; got ${describe(logger)}.`);
  }
  const report = options.onError ?? reportLogError;
  guardLoggerErrors(logger, report);
  const level = options.level ?? 'info';
  if (typeof level !== 'string' || level === '') throw new GuardConfigError('mistral-guard: auditLog({ level }) must be a level name.');
  const hash = userId === undefined ? undefined : idHasher(resolveHashKey(options.hashKey));
  const redactor = createRedactor();

  const reported = new Set<string>();
  const reportOnce = (what: string, err: unknown): void => {
    if (reported.has(what)) return;
    reported.add(what);
    try {
      report(err);
    } catch {
      // never into the request
    }
  };

  const call = <T>(what: string, fn: (req: R) => T, req: R): T | undefined => {
    try {
      return fn(req);
    } catch (err) {
      reportOnce(what, err);
      return undefined;
    }
  };

  return {
    record(req, measured) {
      try {
        let userHash: string | undefined;
        if (userId !== undefined && hash !== undefined) {
          const id = call('userId', userId, req);
          if (typeof id === 'string' && id !== '') userHash = hash(id);
        }
        let fingerprint: string | undefined;
        if (typeof keyFingerprint === 'string') fingerprint = keyFingerprint;
        else if (keyFingerprint !== undefined) {
          const value = call('keyFingerprint', keyFingerprint, req);
          if (typeof value === 'string' && HEX.test(value)) fingerprint = value;
        }
        // The event is built straight into the log entry (level and message first): one object per request.
        const entry = buildAuditEvent(measured, redactor, { userHash, keyFingerprint: fingerprint }, { level, message: MESSAGE });
        (entry as unknown as Record<symbol, unknown>)[PRE_REDACTED] = true;
        logger.log(entry);
      } catch (err) {
        reportOnce('log', err);
      }
    },
  };
}
