/**
 * Google Secret Manager as a key source. `@google-cloud/secret-manager` is an optional peer dependency,
 * loaded (dynamic import) on the first read, and only when no client is passed in.
 * @module
 */
import { GuardConfigError } from '../../core/errors.js';
import { checkOptionKeys } from '../../core/options.js';
import type { OptionKeys } from '../../core/options.js';
import type * as GoogleSdk from '@google-cloud/secret-manager';
import type { KeySource } from '../types.js';
import { checkRefreshInterval, parseKeyList } from './file.js';
import { KeySourceError, errorSummary, isMissingModule } from './source-error.js';

/** What the source needs of a Secret Manager client (a `SecretManagerServiceClient` has it). */
export interface GoogleSecretClientLike {
  accessSecretVersion(request: { name: string }): Promise<unknown>;
}

/** Options of {@link googleSecretManagerSource}. */
export interface GoogleSecretSourceOptions {
  /**
   * The secret version: `projects/P/secrets/S/versions/latest` (or a version number; regional secrets as
   * `projects/P/locations/L/secrets/S/versions/V`). A name without `/versions/…` reads `latest`.
   */
  name: string;
  /** A ready client (`new SecretManagerServiceClient(…)`), e.g. one your app already has. @default a client made here */
  client?: GoogleSecretClientLike;
  /**
   * Options for the client made here (credentials, `apiEndpoint`, `fallback` for HTTP/1.1 REST, …).
   * Only without `client`. @default {} (Application Default Credentials)
   */
  clientOptions?: Record<string, unknown>;
  /** How often the secret is read again, in ms; 0 = never. @default 300000 (5 min) */
  refreshIntervalMs?: number;
}

const GOOGLE_SOURCE_OPTION_KEYS: OptionKeys<GoogleSecretSourceOptions> = {
  name: true,
  client: true,
  clientOptions: true,
  refreshIntervalMs: true,
};

/** @see GoogleSecretSourceOptions.refreshIntervalMs */
export const DEFAULT_SECRET_MANAGER_REFRESH_MS = 300_000;

const VERSION_NAME = /^projects\/[^/\s]+(?:\/locations\/[^/\s]+)?\/secrets\/[^/\s]+\/versions\/[^/\s]+$/;
const SECRET_NAME = /^projects\/[^/\s]+(?:\/locations\/[^/\s]+)?\/secrets\/[^/\s]+$/;

const PACKAGE = '@google-cloud/secret-manager';

// CRC32C (Castagnoli), the checksum Secret Manager sends with each payload.
let crcTable: Uint32Array | undefined;
/** CRC32C of `data` (what Secret Manager's `dataCrc32c` holds). */
export function crc32c(data: Uint8Array): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0x82f63b78 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function payloadBytes(data: unknown): Uint8Array | undefined {
  if (data instanceof Uint8Array) return data;
  if (typeof data === 'string') return Buffer.from(data, 'base64');
  return undefined;
}

/**
 * A key source reading a Google Secret Manager secret version (the key, or several keys separated by
 * newlines or commas). The payload's CRC32C is checked when the API sends one.
 *
 * Without `client`, one `SecretManagerServiceClient` is made on the first read from `clientOptions` and
 * closed by `close()`. Errors name the secret and the failure's kind, never a value.
 * @throws GuardConfigError on bad options
 */
export function googleSecretManagerSource(options: GoogleSecretSourceOptions): KeySource {
  checkOptionKeys('googleSecretManagerSource()', options, GOOGLE_SOURCE_OPTION_KEYS);
  if (options === undefined || typeof options.name !== 'string') {
    throw new GuardConfigError('googleSecretManagerSource: name must be a secret version, e.g. projects/P/secrets/S/versions/latest.');
  }
  const trimmed = options.name.trim().replace(/\/+$/, '');
  const name = SECRET_NAME.test(trimmed) ? `${trimmed}/versions/latest` : trimmed;
  if (!VERSION_NAME.test(name)) {
    throw new GuardConfigError(
      'googleSecretManagerSource: name must look like projects/P/secrets/S/versions/latest (or .../versions/N).',
    );
  }
  if (options.client !== undefined && typeof options.client?.accessSecretVersion !== 'function') {
    throw new GuardConfigError('googleSecretManagerSource: client must have an accessSecretVersion() method.');
  }
  if (options.client !== undefined && options.clientOptions !== undefined) {
    throw new GuardConfigError('googleSecretManagerSource: pass either client or clientOptions, not both.');
  }
  const refreshIntervalMs = checkRefreshInterval(
    'googleSecretManagerSource',
    options.refreshIntervalMs ?? DEFAULT_SECRET_MANAGER_REFRESH_MS,
  );
  const description = `google-secret-manager ${name}`;
  let client: GoogleSecretClientLike | undefined = options.client;
  let made: (GoogleSecretClientLike & { close(): Promise<void> }) | undefined;

  const getClient = async (): Promise<GoogleSecretClientLike> => {
    if (client !== undefined) return client;
    let mod: typeof GoogleSdk;
    try {
      mod = await import('@google-cloud/secret-manager');
    } catch (err) {
      if (isMissingModule(err, PACKAGE)) {
        throw new KeySourceError(`googleSecretManagerSource needs the ${PACKAGE} package: npm install ${PACKAGE}`, 'missing_package');
      }
      throw err;
    }
    // A CommonJS package: its classes are named exports, or sit on `default` under some loaders.
    const Client = (mod.SecretManagerServiceClient ?? mod.default.SecretManagerServiceClient) as unknown as new (
      clientOptions: Record<string, unknown>,
    ) => GoogleSecretClientLike & { close(): Promise<void> };
    made = new Client(options.clientOptions ?? {});
    client = made;
    return made;
  };

  return {
    description,
    refreshIntervalMs,
    async read() {
      const c = await getClient();
      let answer: unknown;
      try {
        answer = await c.accessSecretVersion({ name });
      } catch (err) {
        const s = errorSummary(err);
        throw new KeySourceError(`Reading ${description} failed: ${s.name}${s.code === undefined ? '' : ` (${s.code})`}.`, 'read_failed', s);
      }
      const response = (Array.isArray(answer) ? answer[0] : answer) as { payload?: { data?: unknown; dataCrc32c?: unknown } } | undefined;
      const bytes = payloadBytes(response?.payload?.data);
      if (bytes === undefined || bytes.length === 0) throw new KeySourceError(`${description} has no payload.`, 'invalid_secret');
      const expected = response?.payload?.dataCrc32c;
      // int64 as a string (REST, default gRPC options) or a Long object: both print as decimal.
      if (expected !== undefined && expected !== null && String(expected) !== String(crc32c(bytes))) {
        throw new KeySourceError(`${description}: the payload does not match its checksum (corrupted in transit).`, 'checksum_mismatch');
      }
      try {
        return parseKeyList(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), description);
      } catch (err) {
        throw new KeySourceError((err as Error).message, 'invalid_secret');
      }
    },
    async close() {
      const m = made;
      made = undefined;
      if (m !== undefined) {
        client = options.client;
        await m.close();
      }
    },
  };
}
