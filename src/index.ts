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
export type { SanitizeTextOptions } from './scan/api.js';
export { createOutputSanitizer, DEFAULT_HOLD_BACK, DEFAULT_MAX_OUTPUT_LENGTH, DEFAULT_REFUSAL } from './scan/output.js';
export type { IncrementalOutput, LeakOptions, OutputBlock, OutputContext, OutputOptions, OutputSanitizer, OutputStep } from './scan/output.js';
export type { BlockedUrlAction, HtmlMode, MarkupOptions } from './detect/html.js';
export { CANARY_PREFIX, createCanary } from './detect/leak.js';
export type { OverlapOptions } from './detect/leak.js';
export { createStreamSanitizer, outputContextOf } from './stream/sanitizer.js';
export type { StreamSanitizer } from './stream/sanitizer.js';
export { guardStream } from './stream/guard-stream.js';
export type { GuardStreamOptions, StreamEventLike } from './stream/guard-stream.js';
export { createSseRewriter, formatSseEvent } from './stream/sse.js';
export type { SseRewriter, SseRewriterOptions } from './stream/sse.js';
export { createModerationGate } from './stream/gate.js';
export type { ModerationGate, ModerationGateOptions, TextModeration, TextModerationResult } from './stream/gate.js';
export { outputBlockedError } from './stream/errors.js';
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
export { contentText, createGuardedChat } from './mistral/chat.js';
export type { ChatCallFields, GuardedChat, GuardedChatOptions } from './mistral/chat.js';
export type { OutputModerationOptions, SanitizeOutputOptions } from './mistral/output-step.js';
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
export { AUDIT_SCHEMA, createAuditLogger, redactFormat } from './audit/index.js';
export type { AuditEvent, AuditEventV1, AuditLoggerOptions, AuditOutcome, LogErrorReporter, RedactFormatOptions } from './audit/index.js';
// Straight from the module: the core must not load express-rate-limit.
export { MemoryBudgetStore, RedisBudgetStore } from './limits/budget-store.js';
export type {
  BudgetInfo,
  IoRedisClientLike,
  LimitsLogger,
  NodeRedisClientLike,
  RedisClientLike,
  StoreErrorMode,
  TokenBudgetStore,
} from './limits/index.js';
export { HASH_KEY_ENV } from './core/identity.js';
