/**
 * `createMistralClient()`: a configured `@mistralai/mistralai` v2 client with secure defaults.
 * @module
 */
import type { Fetcher, Mistral, SDKOptions, HTTPClient } from '@mistralai/mistralai';
import { GuardConfigError } from '../core/errors.js';
import { noteKeyUse } from '../core/key-use.js';
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { createKeyPool } from '../keys/pool.js';
import type { KeyPool } from '../keys/pool.js';
import { readEnvKeys } from '../keys/sources/env.js';
import { createKeyPoolFetcher, POOL_KEY_PLACEHOLDER } from './key-fetcher.js';
import { fingerprintKey, resolveApiKey } from './api-key.js';
import { loadMistralSdk } from './sdk.js';

/** Retry policy for 429 and 5xx answers (exponential backoff; `Retry-After` wins when present). */
export interface MistralRetryOptions {
  /** First backoff interval. @default 500 */
  initialIntervalMs?: number;
  /** Longest single wait; a longer `Retry-After` is cut to this (an SDK rule). @default 10000 */
  maxIntervalMs?: number;
  /** Backoff growth exponent. @default 1.5 */
  exponent?: number;
  /** Stop retrying after this long; the last 429/5xx is then thrown. @default 15000 */
  maxElapsedMs?: number;
  /**
   * Also retry connection errors and timeouts. Off by default: a timed-out chat call may still have
   * run (and been billed) upstream, and the one timeout budget covers every attempt anyway.
   * @default false
   */
  retryConnectionErrors?: boolean;
}

/** Options of {@link createMistralClient}. */
export interface MistralClientOptions {
  /**
   * The API key, or an async function called once per SDK call. Exclusive with `keys`.
   * @default from the environment: a pool of `MISTRAL_API_KEYS` when set, else `MISTRAL_API_KEY`, else the
   * file named by `MISTRAL_API_KEY_FILE` (a pool when it holds several keys)
   */
  apiKey?: string | (() => Promise<string>);
  /**
   * Several keys: a pool from `createKeyPool()` (shared state, sources, lifecycle), or a list of keys (a pool
   * with the defaults). Every attempt of chat, streaming and moderation calls takes a key from the pool; a
   * 401/403 quarantines the key and a 429 cools it down, and the request is re-sent once with another key,
   * unseen by the caller. Exclusive with `apiKey` and `httpClient` (pass `fetcher` to send requests your way).
   */
  keys?: KeyPool | readonly string[];
  /** Base URL of the API. @default env MISTRAL_SERVER_URL, else https://api.mistral.ai */
  serverURL?: string;
  /**
   * Time limit per SDK call in ms. It covers every retry and, for streams, reading the whole body
   * (the SDK's own default is 5 minutes). @default 30000
   */
  timeoutMs?: number;
  /** Retries on the SDK's retry codes (429, 500, 502, 503, 504), or `false` for none. @default {} (the defaults above) */
  retry?: MistralRetryOptions | false;
  /** A ready SDK HTTP client (hooks, custom fetch). Exclusive with `fetcher` and `keys`. */
  httpClient?: HTTPClient;
  /** A custom fetch, wrapped in an SDK `HTTPClient`; with `keys`, the pool sends through it. Exclusive with `httpClient`. */
  fetcher?: Fetcher;
  /** The SDK's debug logger. It prints the Authorization header, so it is refused when NODE_ENV=production. */
  debugLogger?: SDKOptions['debugLogger'];
  /** Environment to read. @default process.env */
  env?: NodeJS.ProcessEnv;
}

/** `production` in any case and with stray spaces (`NODE_ENV=Production` is production too). */
const isProduction = (value: string | undefined): boolean => (value ?? '').trim().toLowerCase() === 'production';

type DebugLogger = NonNullable<SDKOptions['debugLogger']>;

/** Header lines the SDK logs that carry credentials, and bearer tokens anywhere in a line. */
const CREDENTIAL_HEADER = /^(\s*(?:authorization|proxy-authorization|x-api-key|api-key|cookie|set-cookie)\s*:\s*).*$/gim;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/g;

/** Removes credentials from one logged value; objects (request bodies) pass through. */
function redactLogged(value: unknown, keys: readonly string[]): unknown {
  if (typeof value !== 'string') return value;
  let text = value.replace(CREDENTIAL_HEADER, '$1[REDACTED]').replace(BEARER, '$1 [REDACTED]');
  for (const key of keys) if (key.length >= 8) text = text.split(key).join('[REDACTED]');
  return text;
}

/**
 * Wraps the SDK's debug logger so that no API key is ever printed: credential headers and bearer
 * tokens are replaced by `[REDACTED]`, and so is the client's own key wherever it appears.
 */
export function redactingDebugLogger(logger: DebugLogger, keys: readonly string[] = []): DebugLogger {
  return {
    log: (message?: unknown, ...args: unknown[]) => logger.log(redactLogged(message, keys), ...args.map((a) => redactLogged(a, keys))),
    group: (label?: string) => logger.group(redactLogged(label, keys) as string | undefined),
    groupEnd: () => logger.groupEnd(),
  };
}

/** Every key of {@link MistralClientOptions}. */
export const MISTRAL_CLIENT_OPTION_KEYS: OptionKeys<MistralClientOptions> = {
  apiKey: true,
  keys: true,
  serverURL: true,
  timeoutMs: true,
  retry: true,
  httpClient: true,
  fetcher: true,
  debugLogger: true,
  env: true,
};

/** @see MistralClientOptions.timeoutMs */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The retry codes the SDK uses for chat, moderation and classifiers; override per call with `retryCodes`. */
export const DEFAULT_RETRY_CODES: readonly string[] = ['429', '500', '502', '503', '504'];

const DEFAULT_RETRY: Required<MistralRetryOptions> = {
  initialIntervalMs: 500,
  maxIntervalMs: 10_000,
  exponent: 1.5,
  maxElapsedMs: 15_000,
  retryConnectionErrors: false,
};

function positive(name: string, value: number | undefined, allowZero = false): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new GuardConfigError(`createMistralClient: ${name} must be a ${allowZero ? 'non-negative' : 'positive'} finite number.`);
  }
}

/**
 * `MISTRAL_SERVER_URL` from `env`, checked (an http(s) URL without credentials), or undefined when unset.
 * @throws GuardConfigError naming MISTRAL_SERVER_URL when it is not a usable URL
 */
export function resolveServerURL(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const url = env.MISTRAL_SERVER_URL?.trim();
  return url === undefined || url === '' ? undefined : checkServerURL(url, 'MISTRAL_SERVER_URL');
}

function checkServerURL(url: string, source: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new GuardConfigError(`createMistralClient: ${source} is not a valid URL.`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new GuardConfigError(`createMistralClient: ${source} must be an http(s) URL.`);
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new GuardConfigError(`createMistralClient: ${source} must not contain credentials.`);
  }
  return url;
}

/** Builds the SDK retry config from our options. */
function toRetryConfig(retry: MistralRetryOptions | false | undefined): SDKOptions['retryConfig'] {
  if (retry === false) return { strategy: 'none' };
  const r = { ...DEFAULT_RETRY, ...retry };
  positive('retry.initialIntervalMs', r.initialIntervalMs, true);
  positive('retry.maxIntervalMs', r.maxIntervalMs);
  positive('retry.exponent', r.exponent, true);
  positive('retry.maxElapsedMs', r.maxElapsedMs, true);
  return {
    strategy: 'backoff',
    backoff: {
      initialInterval: r.initialIntervalMs,
      maxInterval: r.maxIntervalMs,
      exponent: r.exponent,
      maxElapsedTime: r.maxElapsedMs,
    },
    retryConnectionErrors: r.retryConnectionErrors,
  };
}

function isPoolLike(value: unknown): value is KeyPool {
  const p = value as Partial<KeyPool> | null;
  return typeof p === 'object' && p !== null && typeof p.acquire === 'function' && typeof p.check === 'function' && typeof p.report === 'function';
}

/** The pool to use: `keys` (a pool or a list), or `MISTRAL_API_KEYS` / a multi-key file when no key is given. */
function poolOf(options: MistralClientOptions, env: NodeJS.ProcessEnv): KeyPool | undefined {
  const keys = options.keys;
  if (keys !== undefined) {
    if (Array.isArray(keys)) return createKeyPool({ keys });
    if (isPoolLike(keys)) return keys;
    throw new GuardConfigError('createMistralClient: keys must be a key pool (createKeyPool()) or an array of keys.');
  }
  if (options.apiKey !== undefined) return undefined;
  const found = readEnvKeys(env);
  return found.variable === 'MISTRAL_API_KEYS' || found.keys.length > 1 ? createKeyPool({ keys: found.keys }) : undefined;
}

/**
 * Creates a Mistral SDK client: key from {@link resolveApiKey} unless given, 30 s time limit, retries
 * with backoff on 429/5xx that honour `Retry-After`. Validates everything at construction.
 * @throws GuardConfigError on a missing key, bad options, or a debug logger in production.
 */
export function createMistralClient(options: MistralClientOptions = {}): Mistral {
  checkOptionKeys('createMistralClient()', options, MISTRAL_CLIENT_OPTION_KEYS);
  const env = options.env ?? process.env;
  const production = isProduction(env.NODE_ENV) || isProduction(process.env.NODE_ENV);
  if (production && options.debugLogger !== undefined) {
    throw new GuardConfigError(
      'createMistralClient: debugLogger is refused when NODE_ENV=production because the SDK logs every request. Remove it.',
    );
  }
  // The SDK reads MISTRAL_DEBUG from process.env itself and then logs every request to the console.
  const debugEnv = (env.MISTRAL_DEBUG ?? '') !== '' || (process.env.MISTRAL_DEBUG ?? '') !== '';
  if (production && debugEnv) {
    throw new GuardConfigError(
      'createMistralClient: MISTRAL_DEBUG is set while NODE_ENV=production; the SDK would log every request. Unset MISTRAL_DEBUG.',
    );
  }
  if (options.httpClient !== undefined && options.fetcher !== undefined) {
    throw new GuardConfigError('createMistralClient: pass either httpClient or fetcher, not both.');
  }
  if (options.fetcher !== undefined && typeof options.fetcher !== 'function') {
    throw new GuardConfigError('createMistralClient: fetcher must be a function.');
  }
  if (options.timeoutMs !== undefined && (!Number.isInteger(options.timeoutMs) || options.timeoutMs <= 0)) {
    throw new GuardConfigError('createMistralClient: timeoutMs must be a positive integer (milliseconds).');
  }
  if (options.keys !== undefined && options.apiKey !== undefined) {
    throw new GuardConfigError('createMistralClient: pass either apiKey or keys, not both.');
  }
  if (options.keys !== undefined && options.httpClient !== undefined) {
    throw new GuardConfigError('createMistralClient: keys cannot be combined with httpClient; pass fetcher instead, and the pool sends through it.');
  }
  const pool = poolOf(options, env);
  let key: string | undefined;
  let apiKey: () => Promise<string>;
  if (pool !== undefined) {
    // The SDK holds a placeholder; the fetcher sets the real key per attempt. Checking here makes "no usable
    // key" reach the caller as our 503 before anything is sent (the SDK rethrows apiKey errors as they are).
    apiKey = async () => {
      await pool.check();
      return POOL_KEY_PLACEHOLDER;
    };
  } else if (typeof options.apiKey === 'function') {
    const source = options.apiKey;
    let last: { key: string; fingerprint: string } | undefined;
    apiKey = async () => {
      const current = await source();
      if (typeof current === 'string') {
        if (last?.key !== current) last = { key: current, fingerprint: fingerprintKey(current) };
        noteKeyUse(last.fingerprint);
      }
      return current;
    };
  } else {
    const fixed = resolveApiKey({ apiKey: options.apiKey, env });
    key = fixed;
    const fingerprint = fingerprintKey(fixed);
    // A closure, not the string: the SDK keeps its options on the client, where inspecting it would show the key.
    apiKey = async () => {
      noteKeyUse(fingerprint);
      return fixed;
    };
  }
  const serverURL = options.serverURL !== undefined ? checkServerURL(options.serverURL, 'serverURL') : resolveServerURL(env);

  const sdkOptions: SDKOptions = {
    apiKey,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retryConfig: toRetryConfig(options.retry),
  };
  const sdk = loadMistralSdk();
  if (serverURL !== undefined) sdkOptions.serverURL = serverURL;
  if (options.httpClient !== undefined) sdkOptions.httpClient = options.httpClient;
  else if (pool !== undefined) sdkOptions.httpClient = new sdk.HTTPClient({ fetcher: createKeyPoolFetcher(pool, options.fetcher) });
  else if (options.fetcher !== undefined) sdkOptions.httpClient = new sdk.HTTPClient({ fetcher: options.fetcher });
  // Whatever logs the SDK's requests (the caller's logger, or the console the SDK would pick for
  // MISTRAL_DEBUG) goes through a filter that removes keys, so debugging never prints one.
  if (options.debugLogger !== undefined || debugEnv) {
    sdkOptions.debugLogger = redactingDebugLogger(options.debugLogger ?? console, key === undefined ? [] : [key]);
  }
  return new sdk.Mistral(sdkOptions);
}
