/**
 * mistral-guard core: framework-free scanning, redaction, normalization and the Mistral client.
 * Framework middleware lives in `mistral-guard/express` and `mistral-guard/koa`.
 * @module
 */
export type {
  ChatMessage,
  ChatRole,
  ContentChunk,
  Detection,
  Finding,
  FindingAction,
  FindingKind,
  GuardState,
  ModerationOutcome,
  SecuredChunk,
  SecuredDocumentChunk,
  SecuredImageChunk,
  SecuredMessage,
  TextChunk,
  TokenUsage,
  Verdict,
} from './core/types.js';
export { GuardConfigError, GuardError, isGuardError } from './core/errors.js';
export type { GuardErrorBody, GuardErrorType } from './core/errors.js';
export { middlewareTags } from './core/middleware-tag.js';
export type { GuardMiddlewareName } from './core/middleware-tag.js';

export { normalizeText, createNormalizer } from './text/index.js';
export type { DecodedSegment, NormalizedText, NormalizeOptions } from './text/index.js';

export { createInjectionDetector, DEFAULT_INJECTION_THRESHOLD } from './detect/injection.js';
export type { InjectionDetectorOptions, InjectionResult } from './detect/injection.js';
export {
  BUILTIN_RESTRICTION_LEXICONS,
  createRestrictionCompiler,
  EXTRA_TERM_SCORE,
  LONG_TEXT_CHARS,
  RESTRICTED_TERM_SCORE,
} from './detect/restrictions.js';
export type { RestrictionCompiler, RestrictionLexicon, RestrictionOptions, RestrictionProfile } from './detect/restrictions.js';
export { createPIIDetector, detectPII, PII_TYPES } from './detect/pii.js';
export type { DetectPIIOptions, PIIEntity, PIIType } from './detect/pii.js';
export { createSecretDetector, detectSecrets, SECRET_TYPES } from './detect/secrets.js';

export { redactPII } from './scan/redaction.js';
export { PseudonymVault } from './scan/vault.js';
export { createScanner, verdictOf } from './scan/pipeline.js';
export type { MessagesScanContext, MessagesScanResult, ScanOptions, Scanner, TextScanResult } from './scan/pipeline.js';
export { scanInput, sanitizeText } from './scan/api.js';
export { createInputGuard } from './scan/input-guard.js';
export type { InputGuard, SanitizeInputOptions } from './scan/input-guard.js';
export type { InputShapeOptions } from './scan/input-shape.js';
export type {
  DataAction,
  DataPolicyOptions,
  InjectionAction,
  InjectionPolicyOptions,
  InvisibleAction,
  RedactOperator,
} from './scan/policy.js';

export { createKeyPoolFetcher, createMistralClient, resolveApiKey, resolveServerURL, fingerprintKey, toGuardError } from './mistral/index.js';
export type { MistralClientOptions, MistralRetryOptions, ResolveApiKeyOptions } from './mistral/index.js';
export {
  awsSecretsManagerSource,
  createKeyPool,
  createMemoryKeyStore,
  createRedisKeyStore,
  envKeySource,
  fileKeySource,
  googleSecretManagerSource,
  KeySourceError,
  resolveApiKeys,
} from './keys/index.js';
export type {
  AwsSecretSourceOptions,
  EnvKeySourceOptions,
  FileKeySourceOptions,
  GoogleSecretSourceOptions,
  KeyLease,
  KeyPool,
  KeyPoolLogger,
  KeyPoolOptions,
  KeySelection,
  KeySource,
  KeyState,
  KeyStateStore,
  KeyStatus,
  RedisClientLike,
  RedisKeyStoreOptions,
  ResolveApiKeysOptions,
  RetireOptions,
} from './keys/index.js';
export { createModerator, DEFAULT_CATEGORY_POLICY, DEFAULT_MODERATION_MODEL } from './mistral/moderation.js';
export type { Moderator, ModeratorOptions, ModerationCheck, ModerationAction } from './mistral/moderation.js';
export type { ModerationCacheStore, CachedModeration } from './mistral/cache.js';

export { auditFailed, auditProject, checkRouteCoverage, DEFAULT_CHAT_GUARDS, formatAuditSarif, formatAuditText } from './project-audit/index.js';
export type {
  AuditAppOptions,
  AuditCheckResult,
  AuditFailOn,
  AuditFinding,
  AuditLocation,
  AuditProjectOptions,
  AuditReport,
  AuditSeverity,
  AuditStatus,
  NpmAuditOutput,
  NpmAuditRunner,
  RouteCoverageGap,
  RouteDescriptor,
} from './project-audit/index.js';
