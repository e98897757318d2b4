/**
 * Redaction of log values: secrets and PII replaced wherever they sit (strings, keys, nested objects,
 * arrays, errors with their stacks), with the project's detectors. Values are never changed in place:
 * a redacted copy is made only along the path to what changed, and everything else is returned as is.
 * @module
 */
import { GuardConfigError } from '../core/errors.js';
import { checkOptionKeys, describe } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { detectPII, PII_TYPES } from '../detect/pii.js';
import { detectSecrets } from '../detect/secrets.js';

/** Options of the redaction (`redactFormat()`, `createAuditLogger({ redact })`). */
export interface RedactOptions {
  /**
   * PII types replaced in log text, or `false` to leave PII alone (secrets are still redacted).
   * URLs are left readable by default (logs are full of them); add `'URL'` to redact them too.
   * @default every canonical type but URL: EMAIL, PHONE, CREDIT_CARD, IBAN, IP_ADDRESS, US_SSN, FR_NIR
   */
  piiTypes?: readonly string[] | false;
  /**
   * Field names whose whole value is replaced by `[REDACTED]`, whatever it looks like. Compared without
   * case, `-` and `_`; added to the built-in list (authorization, cookie, set-cookie, password, passwd,
   * pwd, secret, client_secret, token, access_token, refresh_token, id_token, api_key, apikey,
   * x-api-key, private_key, mistral_api_key, proxy-authorization).
   * @default []
   */
  censorKeys?: readonly string[];
  /**
   * Nesting depth walked; anything deeper is replaced by `[Truncated]` (it could not be checked).
   * @default 12
   */
  maxDepth?: number;
}

/** Every key of {@link RedactOptions}. */
export const REDACT_OPTION_KEYS: OptionKeys<RedactOptions> = { piiTypes: true, censorKeys: true, maxDepth: true };

const DEFAULT_CENSOR_KEYS = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'password',
  'passwd',
  'pwd',
  'secret',
  'client_secret',
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'api_key',
  'apikey',
  'x-api-key',
  'private_key',
  'mistral_api_key',
];

const normalizeKey = (key: string): string => key.toLowerCase().replace(/[-_]/g, '');

/** Clean strings up to this length are remembered, so repeated field values cost a map lookup. */
const CACHEABLE_LENGTH = 256;
const CACHE_SIZE = 2048;

/** Redacts strings and whole values with one configuration. */
export interface Redactor {
  /** The text with every secret and PII span replaced by `[TYPE]`. */
  text(text: string): string;
  /** A redacted copy of any value (the value itself when nothing needed redacting). */
  value(value: unknown): unknown;
  /** True when the field name's value is always replaced. */
  censored(key: string): boolean;
}

interface Span {
  type: string;
  start: number;
  end: number;
}

/** Replaces spans (possibly overlapping) by `[TYPE]`; overlapping spans merge so no fragment is left. */
function replaceSpans(text: string, spans: Span[]): string {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  let i = 0;
  while (i < spans.length) {
    const first = spans[i]!;
    let end = first.end;
    i++;
    while (i < spans.length && spans[i]!.start < end) {
      end = Math.max(end, spans[i]!.end);
      i++;
    }
    out += text.slice(cursor, first.start) + `[${first.type}]`;
    cursor = end;
  }
  return out + text.slice(cursor);
}

/**
 * Builds a redactor; options are checked here, once.
 * @throws GuardConfigError for an unknown option or a bad value
 */
export function createRedactor(options: RedactOptions = {}): Redactor {
  checkOptionKeys('redactFormat()', options, REDACT_OPTION_KEYS);
  const piiTypes = options.piiTypes ?? PII_TYPES.filter((t) => t !== 'URL');
  if (piiTypes !== false && (!Array.isArray(piiTypes) || piiTypes.some((t) => typeof t !== 'string'))) {
    throw new GuardConfigError(`mistral-guard: redactFormat({ piiTypes }) must be an array of type names or false; got ${describe(piiTypes)}.`);
  }
  const wantPII = piiTypes === false ? undefined : new Set<string>(piiTypes);
  const censorKeys = options.censorKeys ?? [];
  if (!Array.isArray(censorKeys) || censorKeys.some((k) => typeof k !== 'string' || k === '')) {
    throw new GuardConfigError(`mistral-guard: redactFormat({ censorKeys }) must be an array of field names; got ${describe(censorKeys)}.`);
  }
  const censor = new Set([...DEFAULT_CENSOR_KEYS, ...censorKeys].map(normalizeKey));
  const maxDepth = options.maxDepth ?? 12;
  if (!Number.isInteger(maxDepth) || maxDepth < 1) {
    throw new GuardConfigError(`mistral-guard: redactFormat({ maxDepth }) must be a positive integer; got ${describe(maxDepth)}.`);
  }

  let clean = new Set<string>();

  function text(input: string): string {
    if (input.length === 0 || clean.has(input)) return input;
    const spans: Span[] = [];
    if (wantPII !== undefined) for (const e of detectPII(input)) if (wantPII.has(e.type)) spans.push(e);
    for (const e of detectSecrets(input)) spans.push(e);
    if (spans.length === 0) {
      if (input.length <= CACHEABLE_LENGTH) {
        if (clean.size >= CACHE_SIZE) clean = new Set();
        clean.add(input);
      }
      return input;
    }
    return replaceSpans(input, spans);
  }

  const censored = (key: string): boolean => censor.has(normalizeKey(key));

  function errorObject(err: Error, depth: number, path: Set<object>): Record<string, unknown> {
    const out: Record<string, unknown> = { name: walk(err.name, depth, path), message: walk(err.message, depth, path) };
    if (err.stack !== undefined) out.stack = walk(err.stack, depth, path);
    for (const key of Object.keys(err)) copyField(out, err as unknown as Record<string, unknown>, key, depth, path);
    if ('cause' in err && err.cause !== undefined) out.cause = walk(err.cause, depth + 1, path);
    const errors = (err as { errors?: unknown }).errors;
    if (Array.isArray(errors)) out.errors = walk(errors, depth + 1, path);
    return out;
  }

  /** A field whose getter threw: written as `[Unreadable]`, and its object is always copied (never read again). */
  const UNREADABLE = Symbol('unreadable');

  function read(source: Record<string, unknown>, key: string): unknown {
    try {
      return source[key];
    } catch {
      return UNREADABLE;
    }
  }

  function copyField(out: Record<string, unknown>, source: Record<string, unknown>, key: string, depth: number, path: Set<object>): void {
    const value = read(source, key);
    out[text(key)] = censored(key) && value !== undefined && value !== null ? '[REDACTED]' : walk(value, depth + 1, path);
  }

  function walkObject(source: Record<string, unknown>, depth: number, path: Set<object>): Record<string, unknown> {
    const keys = Object.keys(source);
    let out: Record<string, unknown> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const value = read(source, key);
      const newKey = text(key);
      const newValue = censored(key) && value !== undefined && value !== null ? '[REDACTED]' : walk(value, depth + 1, path);
      if (out === undefined && (newKey !== key || newValue !== value)) {
        out = {};
        for (let j = 0; j < i; j++) out[text(keys[j]!)] = read(source, keys[j]!);
      }
      if (out !== undefined) out[newKey] = newValue;
    }
    return out ?? source;
  }

  function walk(value: unknown, depth: number, path: Set<object>): unknown {
    if (typeof value === 'string') return text(value);
    if (value === UNREADABLE) return '[Unreadable]';
    if (typeof value !== 'object' || value === null) return value;
    if (depth > maxDepth) return '[Truncated]';
    if (path.has(value)) return '[Circular]';
    if (value instanceof Date) return value;
    if (ArrayBuffer.isView(value)) return `[Binary ${value.byteLength} bytes]`;
    if (value instanceof Map || value instanceof Set || value instanceof WeakMap || value instanceof WeakSet) return value; // serialize as {}
    path.add(value);
    try {
      if (value instanceof Error) return errorObject(value, depth, path);
      const toJSON = (value as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') {
        let json: unknown;
        try {
          json = (toJSON as () => unknown).call(value);
        } catch {
          return '[Unserializable]';
        }
        return walk(json, depth, path);
      }
      if (Array.isArray(value)) {
        let out: unknown[] | undefined;
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          const next = walk(item, depth + 1, path);
          if (out === undefined && next !== item) out = value.slice(0, i);
          if (out !== undefined) out.push(next);
        }
        return out ?? value;
      }
      return walkObject(value as Record<string, unknown>, depth, path);
    } finally {
      path.delete(value);
    }
  }

  return {
    text,
    value: (value) => walk(value, 0, new Set()),
    censored,
  };
}
