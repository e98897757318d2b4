/**
 * The Mistral layer: the configured SDK client, key resolution, error mapping and moderation.
 * @module
 */
export { fingerprintKey, resolveApiKey, resolveApiKeys } from './api-key.js';
export type { ResolveApiKeyOptions, ResolveApiKeysOptions } from './api-key.js';
export { POOL_KEY_PLACEHOLDER, createKeyPoolFetcher } from './key-fetcher.js';
export { DEFAULT_RETRY_CODES, DEFAULT_TIMEOUT_MS, createMistralClient, resolveServerURL } from './client.js';
export type { MistralClientOptions, MistralRetryOptions } from './client.js';
export { parseRetryAfter, toGuardError, upstreamStatusOf } from './errors.js';
export {
  DEFAULT_CACHE_TTL_MS,
  DEFAULT_CATEGORY_POLICY,
  DEFAULT_MODERATION_MODEL,
  DEFAULT_MODERATION_TIMEOUT_MS,
  createModerator,
} from './moderation.js';
export type {
  ModerationAction,
  ModerationCallOptions,
  ModerationCheck,
  ModerationLogger,
  Moderator,
  ModeratorOptions,
} from './moderation.js';
export { DEFAULT_COOLDOWN_MS, DEFAULT_FAILURE_THRESHOLD, createCircuitBreaker, isCircuitOpen } from './circuit-breaker.js';
export type { CircuitBreaker, CircuitBreakerOptions, CircuitState } from './circuit-breaker.js';
export { DEFAULT_CACHE_MAX, canonicalJson, createCacheKeyer, createMemoryModerationCache } from './cache.js';
export type { CacheKeyer, CachedModeration, MemoryModerationCacheOptions, ModerationCacheStore } from './cache.js';
export { contentText, createGuardedChat } from './chat.js';
export type { ChatCallFields, GuardedChat, GuardedChatOptions } from './chat.js';
export { createOutputStep, DEFAULT_OUTPUT_FIELDS } from './output-step.js';
export type { OutputModerationOptions, SanitizeOutputOptions } from './output-step.js';
