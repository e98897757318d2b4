/**
 * The framework-free step behind the `moderate()` middleware: classify the scanned conversation,
 * record the outcome on the guard state, and refuse blocked content with a 403.
 * @module
 */
import { GuardError } from '../core/errors.js';
import type { GuardState } from '../core/types.js';
import { conversationOf } from '../scan/input-guard.js';
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { buildModerator, MODERATOR_OPTION_KEYS } from './moderation.js';
import type { Moderator, ModeratorOptions } from './moderation.js';

/** Options of the `moderate()` middleware. */
export interface ModerateOptions extends ModeratorOptions {
  /** A moderator to share between routes (its cache and circuit breaker are then shared too). */
  moderator?: Moderator;
}

export type ModerationStep = (state: GuardState, signal?: AbortSignal) => Promise<void>;

/** Every key of {@link ModerateOptions}. */
export const MODERATE_OPTION_KEYS: OptionKeys<ModerateOptions> = { ...MODERATOR_OPTION_KEYS, moderator: true };

/** Builds the step once; the client and moderator (cache, breaker) live as long as the middleware. */
export function createModerationStep(options: ModerateOptions = {}): ModerationStep {
  checkOptionKeys('moderate()', options, MODERATE_OPTION_KEYS);
  const { moderator: given, ...moderatorOptions } = options;
  const moderator = given ?? buildModerator(moderatorOptions);
  return async function moderationStep(state, signal) {
    const { outcome, findings } = await moderator.check(conversationOf(state), signal ? { signal } : {});
    state.moderation = outcome;
    state.findings.push(...findings);
    if (outcome.blocked.length > 0) {
      state.verdict = 'block';
      throw new GuardError({
        status: 403,
        type: 'content_blocked',
        code: 'moderation_blocked',
        message: `The message was blocked by content moderation (${outcome.blocked.join(', ')}).`,
        details: { categories: outcome.blocked },
      });
    }
    if (findings.length > 0 && state.verdict === 'allow') state.verdict = 'flag';
  };
}
