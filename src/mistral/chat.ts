/**
 * The chat helper handlers call Mistral through: the secured messages of `req.guard`, Mistral's own safety
 * prompt on by default (`safePrompt: true`, as the seeds did), token usage recorded on the guard state, SDK
 * errors mapped to the documented JSON errors. Answers are cleaned by `sanitizeOutput()` (or
 * `guardStream()`), which also restores pseudonymized values.
 * @module
 */
import type { Mistral } from '@mistralai/mistralai';
import type { GuardState } from '../core/types.js';
import { GuardConfigError } from '../core/errors.js';
import { collectKeyUse } from '../core/key-use.js';
import type { KeyUse } from '../core/key-use.js';
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { toGuardError } from './errors.js';

type CompleteRequest = Parameters<Mistral['chat']['complete']>[0];
type StreamRequest = Parameters<Mistral['chat']['stream']>[0];

/** Options of {@link createGuardedChat}. */
export interface GuardedChatOptions {
  /** Chat model, e.g. `mistral-small-latest`. */
  model: string;
  /**
   * Mistral's built-in safety system prompt (`safe_prompt`). Turn it off with `safePrompt: false`, for
   * the helper or for one call.
   * @default true
   */
  safePrompt?: boolean;
}

/** Per-call request fields (temperature, maxTokens, ...); `messages` always come from the guard state. */
export type ChatCallFields = Omit<CompleteRequest, 'messages' | 'model' | 'stream'> & { model?: string };

export interface GuardedChat {
  /** One completion; resolves with the answer's text (content chunks joined) and the SDK response. */
  complete(guard: GuardState, fields?: ChatCallFields, signal?: AbortSignal): Promise<{ reply: string; response: Awaited<ReturnType<Mistral['chat']['complete']>> }>;
  /** Opens a stream (upstream errors are thrown here, before any byte is sent); clean it with `guardStream()`. */
  stream(guard: GuardState, fields?: ChatCallFields, signal?: AbortSignal): ReturnType<Mistral['chat']['stream']>;
}

const GUARDED_CHAT_KEYS: OptionKeys<GuardedChatOptions> = { model: true, safePrompt: true };

/** The text of a message's content (string, or the text of its `text` chunks). */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((c: unknown) => (typeof c === 'object' && c !== null && (c as { type?: unknown }).type === 'text' ? String((c as { text?: unknown }).text ?? '') : '')).join('');
  return '';
}

/** The key that served the call (a pool's, after any re-send), for the audit event: its fingerprint only. */
function recordKey(guard: GuardState, used: KeyUse): void {
  if (used.keyFingerprint !== undefined) guard.keyFingerprint = used.keyFingerprint;
}

/**
 * @example
 * ```ts
 * const chat = createGuardedChat(mistral, { model: 'mistral-small-latest' }); // safePrompt: true
 * const { reply } = await chat.complete(getGuard(req));
 * ```
 * @throws GuardConfigError when an option is invalid
 */
export function createGuardedChat(client: Mistral, options: GuardedChatOptions): GuardedChat {
  checkOptionKeys('createGuardedChat()', options, GUARDED_CHAT_KEYS);
  if (typeof options?.model !== 'string' || options.model.trim() === '') throw new GuardConfigError('mistral-guard: createGuardedChat() needs a `model`.');
  if (options.safePrompt !== undefined && typeof options.safePrompt !== 'boolean') throw new GuardConfigError('mistral-guard: `safePrompt` must be true or false.');
  const safePrompt = options.safePrompt ?? true;
  const request = (guard: GuardState, fields: ChatCallFields = {}) => ({
    safePrompt,
    ...fields,
    model: fields.model ?? options.model,
    messages: guard.messages as CompleteRequest['messages'],
  });
  return {
    async complete(guard, fields, signal) {
      const used: KeyUse = {};
      try {
        const response = await collectKeyUse(used, () => client.chat.complete(request(guard, fields), signal ? { signal } : {}));
        const { usage } = response;
        if (usage) guard.usage = { promptTokens: usage.promptTokens, completionTokens: usage.completionTokens, totalTokens: usage.totalTokens };
        // The model that answered, for the audit event.
        if (typeof response.model === 'string') guard.model = response.model;
        return { reply: contentText(response.choices[0]?.message?.content), response };
      } catch (err) {
        throw toGuardError(err);
      } finally {
        recordKey(guard, used);
      }
    },
    async stream(guard, fields, signal) {
      const used: KeyUse = {};
      try {
        return await collectKeyUse(used, () => client.chat.stream(request(guard, fields) as StreamRequest, signal ? { signal } : {}));
      } catch (err) {
        throw toGuardError(err);
      } finally {
        recordKey(guard, used);
      }
    },
  };
}
