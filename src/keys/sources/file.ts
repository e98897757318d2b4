/**
 * Keys in a file (Docker and Kubernetes secrets): one or several, separated by newlines or commas.
 * Re-read on an interval, so a secret the orchestrator rotates in place is picked up without restart.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { GuardConfigError } from '../../core/errors.js';
import { checkOptionKeys } from '../../core/options.js';
import type { OptionKeys } from '../../core/options.js';
import { checkKeyShape } from '../fingerprint.js';
import type { KeySource } from '../types.js';
import { KeySourceError } from './source-error.js';

/**
 * Splits a secret's text into keys: newlines and commas separate, surrounding whitespace (a trailing
 * newline, `\r\n`) is dropped, blank entries are skipped. `source` names the origin in errors.
 * @throws GuardConfigError when there is no key, or a key has inner whitespace or control characters
 */
export function parseKeyList(text: string, source: string): string[] {
  const keys: string[] = [];
  for (const part of text.split(/[\n,]/)) {
    const key = part.trim();
    if (key !== '') keys.push(checkKeyShape(key, source));
  }
  if (keys.length === 0) throw new GuardConfigError(`The Mistral API key from ${source} is empty.`);
  return keys;
}

/** Checks a refresh interval option (0 = never). */
export function checkRefreshInterval(where: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new GuardConfigError(`${where}: refreshIntervalMs must be a non-negative number of milliseconds (0 = never).`);
  }
  return value;
}

/** Options of {@link fileKeySource}. */
export interface FileKeySourceOptions {
  /** The file holding the key(s). */
  path: string;
  /** How often the file is read again, in ms; 0 = never. @default 60000 */
  refreshIntervalMs?: number;
}

const FILE_SOURCE_OPTION_KEYS: OptionKeys<FileKeySourceOptions> = { path: true, refreshIntervalMs: true };

/** @see FileKeySourceOptions.refreshIntervalMs */
export const DEFAULT_FILE_REFRESH_MS = 60_000;

/** Reads a file of keys; a read error says which file and why (its code), never its content. */
export async function readKeyFile(path: string, source: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    throw new KeySourceError(`Cannot read ${source}: ${typeof code === 'string' ? code : 'read error'}.`, 'read_failed');
  }
  try {
    return parseKeyList(text, source);
  } catch (err) {
    throw new KeySourceError((err as Error).message, 'invalid_secret');
  }
}

/**
 * A key source reading a file: one key, or several separated by newlines or commas.
 * @throws GuardConfigError on bad options
 */
export function fileKeySource(options: FileKeySourceOptions): KeySource {
  checkOptionKeys('fileKeySource()', options, FILE_SOURCE_OPTION_KEYS);
  if (options === undefined || typeof options.path !== 'string' || options.path.trim() === '') {
    throw new GuardConfigError('fileKeySource: path must name the file holding the key(s).');
  }
  const path = options.path.trim();
  const refreshIntervalMs = checkRefreshInterval('fileKeySource', options.refreshIntervalMs ?? DEFAULT_FILE_REFRESH_MS);
  const description = `file ${path}`;
  return {
    description,
    refreshIntervalMs,
    read: () => readKeyFile(path, `the file ${path}`),
  };
}
