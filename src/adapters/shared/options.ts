import type { SanitizeInputOptions } from '../../scan/input-guard.js';
import type { ModerateOptions } from '../../mistral/moderation-step.js';
import type { BodyOptions } from './http.js';

/** Options of the `sanitizeInput()` middleware, the same for Express and Koa. */
export interface SanitizeInputMiddlewareOptions extends SanitizeInputOptions, BodyOptions {}

/** Options of `secureChat()`: the whole stack in one call. */
export interface SecureChatOptions {
  /** Options of `sanitizeInput()`. */
  input?: SanitizeInputMiddlewareOptions;
  /**
   * Options of `moderate()`, or `false` to leave moderation out.
   * @default {} (moderation on, with its defaults)
   */
  moderation?: ModerateOptions | false;
}

export type { ModerateOptions };
