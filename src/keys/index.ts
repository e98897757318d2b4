/**
 * API keys: sources (environment, files, Google Secret Manager, AWS Secrets Manager), the key pool with
 * rotation and a lifecycle without downtime, and the stores that share key state across instances.
 * @module
 */
export { FINGERPRINT_PATTERN, fingerprintKey } from './fingerprint.js';
export { consoleKeyLogger } from './logger.js';
export type { KeyPoolLogger, KeySource, KeyState, KeyStatus } from './types.js';
export {
  DEFAULT_GRACE_MS,
  DEFAULT_KEY_COOLDOWN_MS,
  DEFAULT_QUARANTINE_MS,
  DEFAULT_ROTATION_INTERVAL_MS,
  DEFAULT_SYNC_INTERVAL_MS,
  DEFAULT_SYNC_TIMEOUT_MS,
  createKeyPool,
  isKeyPool,
} from './pool.js';
export type { KeyLease, KeyPool, KeyPoolOptions, KeySelection, RetireOptions } from './pool.js';
export { envKeySource, resolveApiKey, resolveApiKeys } from './sources/env.js';
export type { EnvKeySourceOptions, ResolveApiKeyOptions, ResolveApiKeysOptions } from './sources/env.js';
export { DEFAULT_FILE_REFRESH_MS, fileKeySource, parseKeyList } from './sources/file.js';
export type { FileKeySourceOptions } from './sources/file.js';
export { DEFAULT_SECRET_MANAGER_REFRESH_MS, crc32c, googleSecretManagerSource } from './sources/google.js';
export type { GoogleSecretClientLike, GoogleSecretSourceOptions } from './sources/google.js';
export { awsSecretsManagerSource } from './sources/aws.js';
export type { AwsSecretSourceOptions, AwsSecretsClientLike } from './sources/aws.js';
export { KeySourceError } from './sources/source-error.js';
export { createMemoryKeyStore } from './stores/memory.js';
export { DEFAULT_REDIS_PREFIX, createRedisKeyStore } from './stores/redis.js';
export type { RedisClientLike, RedisKeyStoreOptions } from './stores/redis.js';
export type { KeyStateChange, KeyStateKind, KeyStateSnapshot, KeyStateStore } from './stores/types.js';
