/**
 * How a key is named everywhere (logs, errors, status, shared state): a fingerprint, never the key.
 * @module
 */
import { createHash } from 'node:crypto';
import { GuardConfigError } from '../core/errors.js';

/** First 8 hex chars of the key's SHA-256: a stable name for a key that reveals nothing usable. */
export function fingerprintKey(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/** What a fingerprint looks like: 8 lowercase hex digits. */
export const FINGERPRINT_PATTERN = /^[0-9a-f]{8}$/;

/**
 * Checks one key's shape: not empty, no whitespace or control characters (a copy/paste accident that
 * would break the header). The message names where the key came from, never the key.
 * @param hint appended to the "empty" message: how to set a key
 * @throws GuardConfigError
 */
export function checkKeyShape(key: string, source: string, hint = ''): string {
  if (key === '') throw new GuardConfigError(`The Mistral API key from ${source} is empty.${hint === '' ? '' : ` ${hint}`}`);
  if (/[\s\u0000-\u001f\u007f]/.test(key)) {
    throw new GuardConfigError(`The Mistral API key from ${source} contains whitespace or control characters.`);
  }
  return key;
}

/** Checks that a value is a fingerprint, for the lifecycle calls (`retire`, `revoke`) that name keys by it. */
export function checkFingerprint(where: string, value: unknown): string {
  if (typeof value !== 'string' || !FINGERPRINT_PATTERN.test(value)) {
    throw new GuardConfigError(
      `${where} takes a key fingerprint (8 lowercase hex digits, as fingerprintKey() and the logs give), not a key.`,
    );
  }
  return value;
}
