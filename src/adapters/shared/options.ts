import type { OptionKeys } from '../../core/options.js';
import type { SanitizeInputOptions } from '../../scan/input-guard.js';
import type { ModerateOptions } from '../../mistral/moderation-step.js';
import type { SanitizeOutputOptions } from '../../mistral/output-step.js';

/** Options of the `sanitizeInput()` middleware, the same for Express and Koa. */
export type SanitizeInputMiddlewareOptions = SanitizeInputOptions;

/** Options of `secureChat()`: the whole stack in one call. */
export interface SecureChatOptions {
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
}

export type { ModerateOptions, SanitizeOutputOptions };

/** Every key of {@link SecureChatOptions}. */
export const SECURE_CHAT_OPTION_KEYS: OptionKeys<SecureChatOptions> = { input: true, moderation: true, output: true };

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
