/**
 * AWS Secrets Manager as a key source. `@aws-sdk/client-secrets-manager` is an optional peer dependency,
 * loaded (dynamic import) on the first read.
 * @module
 */
import { GuardConfigError } from '../../core/errors.js';
import { checkOptionKeys } from '../../core/options.js';
import type { OptionKeys } from '../../core/options.js';
import type * as AwsSdk from '@aws-sdk/client-secrets-manager';
import type { KeySource } from '../types.js';
import { checkRefreshInterval, parseKeyList } from './file.js';
import { DEFAULT_SECRET_MANAGER_REFRESH_MS } from './google.js';
import { KeySourceError, errorSummary, isMissingModule } from './source-error.js';

/** What the source needs of a Secrets Manager client (a `SecretsManagerClient` has it). */
export interface AwsSecretsClientLike {
  send(command: unknown): Promise<unknown>;
}

/** Options of {@link awsSecretsManagerSource}. */
export interface AwsSecretSourceOptions {
  /** The secret's name or ARN. */
  secretId: string;
  /** The version stage to read. @default 'AWSCURRENT' */
  versionStage?: string;
  /**
   * For a JSON secret (`{"MISTRAL_API_KEY": "…"}`, as the console's key/value editor writes), the field
   * holding the key(s). @default none: the whole secret string is the key(s)
   */
  jsonKey?: string;
  /** A ready client (`new SecretsManagerClient(…)`), e.g. one your app already has. @default a client made here */
  client?: AwsSecretsClientLike;
  /**
   * Configuration of the client made here (`region`, `credentials`, `endpoint`, …). Only without `client`.
   * @default {} (the SDK's default region and credential chain)
   */
  clientConfig?: Record<string, unknown>;
  /** How often the secret is read again, in ms; 0 = never. @default 300000 (5 min) */
  refreshIntervalMs?: number;
}

const AWS_SOURCE_OPTION_KEYS: OptionKeys<AwsSecretSourceOptions> = {
  secretId: true,
  versionStage: true,
  jsonKey: true,
  client: true,
  clientConfig: true,
  refreshIntervalMs: true,
};

const PACKAGE = '@aws-sdk/client-secrets-manager';

type AwsModule = typeof AwsSdk;

function nonEmpty(where: string, name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.trim() === '') throw new GuardConfigError(`${where}: ${name} must be a non-empty string.`);
  return value.trim();
}

/**
 * A key source reading an AWS Secrets Manager secret: its string (the key, or several separated by newlines
 * or commas), one field of a JSON secret (`jsonKey`), or its binary value as UTF-8. Errors name the secret
 * and the failure's kind, never a value.
 * @throws GuardConfigError on bad options
 */
export function awsSecretsManagerSource(options: AwsSecretSourceOptions): KeySource {
  const where = 'awsSecretsManagerSource';
  checkOptionKeys(`${where}()`, options, AWS_SOURCE_OPTION_KEYS);
  if (options === undefined || options.secretId === undefined) {
    throw new GuardConfigError(`${where}: secretId is required (the secret's name or ARN).`);
  }
  const secretId = nonEmpty(where, 'secretId', options.secretId) as string;
  const versionStage = nonEmpty(where, 'versionStage', options.versionStage) ?? 'AWSCURRENT';
  const jsonKey = nonEmpty(where, 'jsonKey', options.jsonKey);
  if (options.client !== undefined && typeof options.client?.send !== 'function') {
    throw new GuardConfigError(`${where}: client must have a send() method (a SecretsManagerClient).`);
  }
  if (options.client !== undefined && options.clientConfig !== undefined) {
    throw new GuardConfigError(`${where}: pass either client or clientConfig, not both.`);
  }
  const refreshIntervalMs = checkRefreshInterval(where, options.refreshIntervalMs ?? DEFAULT_SECRET_MANAGER_REFRESH_MS);
  const description = `aws-secrets-manager ${secretId}${versionStage === 'AWSCURRENT' ? '' : ` (${versionStage})`}${jsonKey === undefined ? '' : ` field ${jsonKey}`}`;
  let mod: AwsModule | undefined;
  let made: { destroy(): void } | undefined;
  let client: AwsSecretsClientLike | undefined = options.client;

  const load = async (): Promise<AwsModule> => {
    if (mod !== undefined) return mod;
    try {
      const m = await import('@aws-sdk/client-secrets-manager');
      // A CommonJS package: its classes are named exports, or sit on `default` under some loaders.
      mod = (m.GetSecretValueCommand === undefined ? (m as unknown as { default: AwsModule }).default : m) as AwsModule;
      return mod;
    } catch (err) {
      if (isMissingModule(err, PACKAGE)) {
        throw new KeySourceError(`${where} needs the ${PACKAGE} package: npm install ${PACKAGE}`, 'missing_package');
      }
      throw err;
    }
  };

  const textOf = (answer: { SecretString?: unknown; SecretBinary?: unknown }): string => {
    if (typeof answer.SecretString === 'string') return answer.SecretString;
    if (answer.SecretBinary instanceof Uint8Array) return Buffer.from(answer.SecretBinary).toString('utf8');
    throw new KeySourceError(`${description} has no value.`, 'invalid_secret');
  };

  const keysOf = (text: string): string[] => {
    if (jsonKey === undefined) return parseKeyList(text, description);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not the parser's message: it quotes the text it failed on.
      throw new KeySourceError(`${description}: the secret is not JSON, but jsonKey is set.`, 'invalid_secret');
    }
    const field = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>)[jsonKey] : undefined;
    if (typeof field !== 'string') throw new KeySourceError(`${description}: the JSON secret has no string field ${jsonKey}.`, 'invalid_secret');
    return parseKeyList(field, description);
  };

  return {
    description,
    refreshIntervalMs,
    async read() {
      const m = await load();
      if (client === undefined) {
        const c = new m.SecretsManagerClient(options.clientConfig ?? {});
        made = c;
        client = c as unknown as AwsSecretsClientLike;
      }
      let answer: unknown;
      try {
        answer = await client.send(new m.GetSecretValueCommand({ SecretId: secretId, VersionStage: versionStage }));
      } catch (err) {
        const s = errorSummary(err);
        throw new KeySourceError(`Reading ${description} failed: ${s.name}${s.code === undefined ? '' : ` (${s.code})`}.`, 'read_failed', s);
      }
      try {
        return keysOf(textOf((answer ?? {}) as { SecretString?: unknown; SecretBinary?: unknown }));
      } catch (err) {
        if (err instanceof KeySourceError) throw err;
        throw new KeySourceError((err as Error).message, 'invalid_secret');
      }
    },
    async close() {
      const m = made;
      made = undefined;
      if (m !== undefined) {
        client = options.client;
        m.destroy();
      }
    },
  };
}
