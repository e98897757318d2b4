/**
 * `createStreamSanitizer()`: the output policy for text that arrives in pieces (SSE, WebSocket, any custom
 * transport). Push each piece as it comes; send what `push` returns; call `end()` when the model is done.
 *
 * Guarantees (proven in test/stream):
 * - the pieces returned, joined, equal `sanitizeText()` of the whole answer, whatever the chunking;
 * - no value the policy redacts, no canary and no live markup leaves in pieces: the sanitizer holds back
 *   at most `holdBack` characters (default 128) and cuts only where nothing it must see whole is straddled;
 * - once `block` is set (a leak, a blocking finding, the length limit), nothing more is returned: send an
 *   error to the client instead of the rest.
 * @module
 */
import type { GuardState } from '../core/types.js';
import { leakPromptOf } from '../scan/input-guard.js';
import { checkOptionKeys } from '../core/options.js';
import { buildOutputSanitizer, OUTPUT_OPTION_KEYS } from '../scan/output.js';
import type { IncrementalOutput, OutputContext, OutputOptions, OutputSanitizer, OutputStep } from '../scan/output.js';

export type { OutputStep };

/** A streamed answer being cleaned. */
export interface StreamSanitizer extends IncrementalOutput {
  /** The sanitizer's settings (refusal text, hold-back, length limit). */
  readonly settings: OutputSanitizer['options'];
}

const cache = new WeakMap<object, OutputSanitizer>();

/** The output sanitizer for an options object, built once per object. */
export function outputSanitizerFor(options: OutputOptions | OutputSanitizer | undefined): OutputSanitizer {
  if (options !== undefined && typeof (options as OutputSanitizer).open === 'function') return options as OutputSanitizer;
  const key = (options ?? DEFAULTS) as object;
  let sanitizer = cache.get(key);
  if (sanitizer === undefined) {
    checkOptionKeys('createStreamSanitizer()', options, OUTPUT_OPTION_KEYS);
    sanitizer = buildOutputSanitizer((options ?? {}) as OutputOptions);
    cache.set(key, sanitizer);
  }
  return sanitizer;
}
const DEFAULTS = {};

/** The context of a request's answer: its canary, its system prompt and its vault's restore. */
export function outputContextOf(state: GuardState | undefined, restore = true): OutputContext {
  const context: OutputContext = {};
  if (state === undefined) return context;
  if (state.canary !== undefined) context.canary = state.canary;
  const prompt = leakPromptOf(state);
  if (prompt !== undefined) context.systemPrompt = prompt;
  if (restore && state.restore !== undefined) context.restore = state.restore;
  return context;
}

/**
 * Starts cleaning one streamed answer.
 * @param options output options (validated once per options object) or a ready output sanitizer
 * @param context the request's canary, system prompt and restore, or its guard state
 */
export function createStreamSanitizer(options?: OutputOptions | OutputSanitizer, context?: OutputContext | GuardState): StreamSanitizer {
  const sanitizer = outputSanitizerFor(options);
  const ctx = context !== undefined && 'requestId' in context ? outputContextOf(context as GuardState) : ((context as OutputContext | undefined) ?? {});
  const stream = sanitizer.open(ctx);
  return {
    settings: sanitizer.options,
    get held() {
      return stream.held;
    },
    push: (chunk) => stream.push(chunk),
    end: () => stream.end(),
  };
}
