import type { OptionKeys } from '../../core/options.js';
import type { SanitizeInputOptions } from '../../scan/input-guard.js';
import type { ModerateOptions } from '../../mistral/moderation-step.js';
import type { SanitizeOutputOptions } from '../../mistral/output-step.js';
import type { AuditLogOptions } from '../../audit/auditor.js';
import type { RateLimitOptions } from '../../limits/rate-limit.js';
import type { TokenBudgetOptions } from '../../limits/token-budget.js';
import type { RedisClientLike } from '../../core/redis.js';
import type { BodyParserOptions } from './body-parser.js';
import type { SecurityHeadersOptions } from './security-headers.js';

/** Options of the `sanitizeInput()` middleware, the same for Express and Koa. */
export type SanitizeInputMiddlewareOptions = SanitizeInputOptions;

/**
 * Options of `secureChat()`: the whole stack in one call, each piece configured (or left out with
 * `false`) through its own key. `R` is the framework's request (Express `Request`, Koa `Context`); each
 * adapter exports the type with its request filled in.
 */
export interface SecureChatOptions<R = unknown> {
  /** Options of `sanitizeInput()`. */
  input?: SanitizeInputMiddlewareOptions;
  /**
   * Options of `moderate()`, or `false` to leave moderation out.
   * @default {} (moderation on, with its defaults)
   */
  moderation?: ModerateOptions | false;
  /**
   * Options of `sanitizeOutput()`, or `false` to leave answers uncleaned.
   * @default {} (output sanitizing on, with its defaults)
   */
  output?: SanitizeOutputOptions | false;
  /**
   * Options of `securityHeaders()`, or `false` to send none.
   * @default { preset: 'api' }
   */
  headers?: SecurityHeadersOptions | false;
  /**
   * Options of `rateLimit()`, or `false` for no request limit.
   * @default 30 requests per minute per user (or IP)
   */
  rateLimit?: RateLimitOptions<R> | false;
  /**
   * Options of `tokenBudget()`, or `false` for no token budget.
   * @default 100,000 tokens per day per user (or IP)
   */
  tokenBudget?: TokenBudgetOptions<R> | false;
  /**
   * Options of the JSON body parser, or `false` when the app parses bodies itself (`sanitizeInput` then
   * reads an unparsed body, bounded by `input.bodyLimit`).
   * @default { limit: 1048576 }
   */
  bodyParser?: BodyParserOptions | false;
  /**
   * Options of `auditLog()`, or `false` for no audit events.
   * @default {} (JSON lines on stdout)
   */
  audit?: AuditLogOptions<R> | false;
  /**
   * Options of the error handler that answers every error raised in the stack with the documented JSON,
   * or `false` to leave errors to your own handler. (On Express, errors of your route handler reach
   * `next(err)`: keep `app.use(guardErrorHandler())` after your routes.)
   * @default {}
   */
  errors?: ServerErrorOptions | false;
  /**
   * The user a request belongs to (from your auth): the key of the rate limit and token budget (unless they
   * set their own `keyGenerator`) and the audit's `user` hash (unless `audit.userId` is set). Undefined
   * falls back to the client's IP for limits.
   * @default none: limits by IP, no `user` in audit events
   */
  userId?: (req: R) => string | undefined;
  /**
   * Secret key of the user hashes (audit and limits), 16+ characters, the same on every instance.
   * @default env MISTRAL_GUARD_HASH_KEY, else a random key per process
   */
  hashKey?: string;
  /**
   * A connected Redis client (node-redis or ioredis) for the rate limit and token budget counters, shared
   * by every instance on it (unless `rateLimit.redis`/`tokenBudget.redis` say otherwise).
   * @default none: counters in this process
   */
  redis?: RedisClientLike;
}

export type { ModerateOptions, SanitizeOutputOptions };

/** Every key of {@link SecureChatOptions}. */
export const SECURE_CHAT_OPTION_KEYS: OptionKeys<SecureChatOptions> = {
  input: true,
  moderation: true,
  output: true,
  headers: true,
  rateLimit: true,
  tokenBudget: true,
  bodyParser: true,
  audit: true,
  errors: true,
  userId: true,
  hashKey: true,
  redis: true,
};

/** The options each piece of the stack gets from the shared keys (`userId`, `hashKey`, `redis`), its own keys winning. */
export function stackPieces<R>(options: SecureChatOptions<R>) {
  const { userId, hashKey, redis } = options;
  const withKey = <T extends object>(own: T | undefined): T => ({
    ...(userId !== undefined ? { keyGenerator: userId } : {}),
    ...(hashKey !== undefined ? { hashKey } : {}),
    ...(redis !== undefined && (own === undefined || !('store' in own)) ? { redis } : {}),
    ...own,
  }) as T;
  return {
    rateLimit: options.rateLimit === false ? false : withKey<RateLimitOptions<R>>(options.rateLimit),
    tokenBudget: options.tokenBudget === false ? false : withKey<TokenBudgetOptions<R>>(options.tokenBudget),
    audit:
      options.audit === false
        ? false
        : ({ ...(userId !== undefined ? { userId } : {}), ...(hashKey !== undefined ? { hashKey } : {}), ...options.audit } as AuditLogOptions<R>),
  } as const;
}

/** Every key of {@link ServerErrorOptions}. */
export const SERVER_ERROR_OPTION_KEYS: OptionKeys<ServerErrorOptions> = { onServerError: true };

/** Options of `guardErrorHandler()`. */
export interface ServerErrorOptions {
  /**
   * Receives errors answered with a 5xx (the client only sees a generic body).
   * @default Express: console.error with the request id; Koa: the app's 'error' event
   */
  onServerError?: (err: unknown, requestId: string) => void;
}

/** Default report of a server-side failure: the request id and the error, to the server's log. */
export function logServerError(err: unknown, requestId: string): void {
  console.error(`mistral-guard: request ${requestId} failed:`, err);
}
