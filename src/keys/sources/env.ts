/**
 * Keys from the environment: `MISTRAL_API_KEYS` (comma-separated), `MISTRAL_API_KEY`, or the file named
 * by `MISTRAL_API_KEY_FILE` (Docker/Kubernetes secrets). Errors name the variables, never a key.
 * @module
 */
import { readFileSync } from 'node:fs';
import { GuardConfigError } from '../../core/errors.js';
import { checkOptionKeys } from '../../core/options.js';
import type { OptionKeys } from '../../core/options.js';
import { checkKeyShape, fingerprintKey } from '../fingerprint.js';
import type { KeySource } from '../types.js';
import { DEFAULT_FILE_REFRESH_MS, checkRefreshInterval, parseKeyList, readKeyFile } from './file.js';
import { KeySourceError } from './source-error.js';

/** Options of {@link resolveApiKey}. */
export interface ResolveApiKeyOptions {
  /** An explicit key; wins over the environment. */
  apiKey?: string;
  /** The environment to read. @default process.env */
  env?: NodeJS.ProcessEnv;
}

/** Options of {@link resolveApiKeys}. */
export interface ResolveApiKeysOptions {
  /** The environment to read. @default process.env */
  env?: NodeJS.ProcessEnv;
}

/** The variable the keys were read from. */
export type KeyVariable = 'MISTRAL_API_KEYS' | 'MISTRAL_API_KEY' | 'MISTRAL_API_KEY_FILE';

const HOW_TO_FIX =
  'Set MISTRAL_API_KEY, or MISTRAL_API_KEY_FILE to the path of a file holding the key, or pass { apiKey }.';

const HOW_TO_FIX_MANY =
  'Set MISTRAL_API_KEYS (comma-separated keys), MISTRAL_API_KEY (one key), or MISTRAL_API_KEY_FILE (the path of a ' +
  'file holding the key or keys, one per line), or pass { keys } / { apiKey }.';

const set = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

function readFileOrExplain(file: string, hint: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    throw new GuardConfigError(
      `Cannot read the file named by MISTRAL_API_KEY_FILE (${file}): ${typeof code === 'string' ? code : 'read error'}. ${hint}`,
    );
  }
}

/**
 * Finds one Mistral API key: the explicit `apiKey` option, else `MISTRAL_API_KEY`, else the trimmed
 * contents of the file named by `MISTRAL_API_KEY_FILE`.
 * @throws GuardConfigError naming the variables when no key is found (the message never holds a key).
 */
export function resolveApiKey(options: ResolveApiKeyOptions = {}): string {
  const env = options.env ?? process.env;
  if (options.apiKey !== undefined) {
    if (typeof options.apiKey !== 'string') throw new GuardConfigError('apiKey must be a string.');
    return checkKeyShape(options.apiKey.trim(), 'the apiKey option', HOW_TO_FIX);
  }
  if (set(env.MISTRAL_API_KEY)) return checkKeyShape(env.MISTRAL_API_KEY.trim(), 'MISTRAL_API_KEY', HOW_TO_FIX);
  const file = env.MISTRAL_API_KEY_FILE;
  if (set(file)) {
    return checkKeyShape(readFileOrExplain(file.trim(), HOW_TO_FIX).trim(), 'MISTRAL_API_KEY_FILE', HOW_TO_FIX);
  }
  throw new GuardConfigError(`No Mistral API key found. ${HOW_TO_FIX}`);
}

/** Rejects a list that names one key twice (a copy/paste slip), by fingerprint. */
function unique(keys: string[], source: string): string[] {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) {
      throw new GuardConfigError(`${source} lists the key ${fingerprintKey(key)} (fingerprint) more than once.`);
    }
    seen.add(key);
  }
  return keys;
}

/**
 * Reads the keys and says from which variable: `MISTRAL_API_KEYS` first, then `MISTRAL_API_KEY`, then
 * `MISTRAL_API_KEY_FILE` (the first one set wins; they are not merged).
 */
export function readEnvKeys(env: NodeJS.ProcessEnv = process.env): { keys: string[]; variable: KeyVariable } {
  if (set(env.MISTRAL_API_KEYS)) {
    return { keys: unique(parseKeyList(env.MISTRAL_API_KEYS, 'MISTRAL_API_KEYS'), 'MISTRAL_API_KEYS'), variable: 'MISTRAL_API_KEYS' };
  }
  if (set(env.MISTRAL_API_KEY)) {
    return { keys: [checkKeyShape(env.MISTRAL_API_KEY.trim(), 'MISTRAL_API_KEY')], variable: 'MISTRAL_API_KEY' };
  }
  if (set(env.MISTRAL_API_KEY_FILE)) {
    const text = readFileOrExplain(env.MISTRAL_API_KEY_FILE.trim(), HOW_TO_FIX_MANY);
    return { keys: unique(parseKeyList(text, 'MISTRAL_API_KEY_FILE'), 'MISTRAL_API_KEY_FILE'), variable: 'MISTRAL_API_KEY_FILE' };
  }
  throw new GuardConfigError(`No Mistral API key found. ${HOW_TO_FIX_MANY}`);
}

/**
 * Finds the Mistral API keys: the comma-separated `MISTRAL_API_KEYS`, else `MISTRAL_API_KEY`, else the file
 * named by `MISTRAL_API_KEY_FILE` (one key, or several on separate lines or separated by commas).
 * Whitespace around keys and a trailing newline are dropped.
 * @throws GuardConfigError naming the variables to set when none is, or a key is malformed or listed twice;
 * the message never holds a key.
 */
export function resolveApiKeys(options: ResolveApiKeysOptions = {}): string[] {
  return readEnvKeys(options.env ?? process.env).keys;
}

/** Options of {@link envKeySource}. */
export interface EnvKeySourceOptions {
  /** The environment to read. @default process.env */
  env?: NodeJS.ProcessEnv;
  /**
   * How often to read again, in ms; 0 = never. Variables do not change in a running process, but the file
   * named by `MISTRAL_API_KEY_FILE` may (a rotated Kubernetes secret).
   * @default 60000 with MISTRAL_API_KEY_FILE, else 0
   */
  refreshIntervalMs?: number;
}

const ENV_SOURCE_OPTION_KEYS: OptionKeys<EnvKeySourceOptions> = { env: true, refreshIntervalMs: true };

/**
 * The environment as a key source (what {@link resolveApiKeys} reads). With `MISTRAL_API_KEY_FILE`, the file
 * is read again every minute, so a secret rotated in place is picked up without restart.
 * @throws GuardConfigError on bad options
 */
export function envKeySource(options: EnvKeySourceOptions = {}): KeySource {
  checkOptionKeys('envKeySource()', options, ENV_SOURCE_OPTION_KEYS);
  const env = options.env ?? process.env;
  const usesFile = !set(env.MISTRAL_API_KEYS) && !set(env.MISTRAL_API_KEY) && set(env.MISTRAL_API_KEY_FILE);
  const refreshIntervalMs = checkRefreshInterval('envKeySource', options.refreshIntervalMs ?? (usesFile ? DEFAULT_FILE_REFRESH_MS : 0));
  return {
    description: usesFile ? 'env MISTRAL_API_KEY_FILE' : 'env',
    refreshIntervalMs,
    async read() {
      if (usesFile) {
        const file = (env.MISTRAL_API_KEY_FILE ?? '').trim();
        return unique(await readKeyFile(file, `the file named by MISTRAL_API_KEY_FILE (${file})`), 'MISTRAL_API_KEY_FILE');
      }
      try {
        return readEnvKeys(env).keys;
      } catch (err) {
        throw new KeySourceError((err as Error).message, 'invalid_secret');
      }
    },
  };
}
