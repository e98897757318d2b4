/**
 * Where the Mistral API key comes from, and how it is named in logs (a fingerprint, never the key).
 * @module
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GuardConfigError } from '../core/errors.js';

/** Options of {@link resolveApiKey}. */
export interface ResolveApiKeyOptions {
  /** An explicit key; wins over the environment. */
  apiKey?: string;
  /** The environment to read. @default process.env */
  env?: NodeJS.ProcessEnv;
}

/** First 8 hex chars of the key's SHA-256: a stable name for a key that reveals nothing usable. */
export function fingerprintKey(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

const HOW_TO_FIX =
  'Set MISTRAL_API_KEY, or MISTRAL_API_KEY_FILE to the path of a file holding the key, or pass { apiKey }.';

// Whitespace or control characters inside a key are a copy/paste accident and would break the header.
function checkShape(key: string, source: string): string {
  if (key === '') throw new GuardConfigError(`The Mistral API key from ${source} is empty. ${HOW_TO_FIX}`);
  if (/[\s\u0000-\u001f\u007f]/.test(key)) {
    throw new GuardConfigError(`The Mistral API key from ${source} contains whitespace or control characters.`);
  }
  return key;
}

/**
 * Finds the Mistral API key: the explicit `apiKey` option, else `MISTRAL_API_KEY`, else the trimmed
 * contents of the file named by `MISTRAL_API_KEY_FILE`.
 * @throws GuardConfigError naming the variables when no key is found (the message never holds a key).
 */
export function resolveApiKey(options: ResolveApiKeyOptions = {}): string {
  const env = options.env ?? process.env;
  if (options.apiKey !== undefined) {
    if (typeof options.apiKey !== 'string') throw new GuardConfigError('apiKey must be a string.');
    return checkShape(options.apiKey.trim(), 'the apiKey option');
  }
  const fromEnv = env.MISTRAL_API_KEY;
  if (fromEnv !== undefined && fromEnv.trim() !== '') return checkShape(fromEnv.trim(), 'MISTRAL_API_KEY');
  const file = env.MISTRAL_API_KEY_FILE;
  if (file !== undefined && file.trim() !== '') {
    let content: string;
    try {
      content = readFileSync(file.trim(), 'utf8');
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      throw new GuardConfigError(
        `Cannot read the file named by MISTRAL_API_KEY_FILE (${file.trim()}): ${typeof code === 'string' ? code : 'read error'}. ${HOW_TO_FIX}`,
      );
    }
    return checkShape(content.trim(), 'MISTRAL_API_KEY_FILE');
  }
  throw new GuardConfigError(`No Mistral API key found. ${HOW_TO_FIX}`);
}
