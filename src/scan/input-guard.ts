/**
 * The framework-free heart of `sanitizeInput`: body in, `GuardState` (or a `GuardError`) out.
 * @module
 */
import { GuardError } from '../core/errors.js';
import type { ChatMessage, Finding, GuardState } from '../core/types.js';
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { INPUT_SHAPE_KEYS, readConversation, resolveInputShape } from './input-shape.js';
import type { InputShapeOptions } from './input-shape.js';
import { buildScanner, SCAN_OPTION_KEYS } from './pipeline.js';
import type { ScanOptions } from './pipeline.js';
import { createDelimiterTag, secureMessages } from './secure-messages.js';
import { CANARY_PREFIX } from '../detect/leak.js';
import { randomHex } from './random-hex.js';
import type { SecureMessagesOptions } from './secure-messages.js';

/** Options of `sanitizeInput()`: where to read, the limits, the detectors' policy and the system prompt. */
export interface SanitizeInputOptions extends InputShapeOptions, Omit<ScanOptions, 'direction'>, SecureMessagesOptions {
  /**
   * Largest JSON body (bytes) read when no body parser ran before `sanitizeInput`.
   * @default 1048576 (1 MiB)
   */
  bodyLimit?: number;
}

const { direction: _direction, ...scanKeys } = SCAN_OPTION_KEYS;

/** Every key of {@link SanitizeInputOptions}. */
export const SANITIZE_INPUT_KEYS: OptionKeys<SanitizeInputOptions> = {
  ...INPUT_SHAPE_KEYS,
  ...scanKeys,
  systemPrompt: true,
  wrapUserContent: true,
  canary: true,
  bodyLimit: true,
};

/**
 * The scanned conversation behind a guard state, before the system prompt and delimiters were
 * added: what moderation classifies. Kept off the request, so `guard` stays the one namespace.
 */
const conversations = new WeakMap<GuardState, ChatMessage[]>();

/**
 * The operator's system prompt behind a guard state (`''` when none was configured). The secured system
 * message also holds per-request parts (the delimiter tag, the canary), so the output's leak check compares
 * answers with this instead: it is the secret worth guarding, and its compiled form is reused across requests.
 */
const operatorPrompts = new WeakMap<GuardState, string>();

/**
 * The system prompt an answer must not leak: the operator's, for a state made by `sanitizeInput` (undefined
 * when none was configured: the security notes are no secret and the canary is checked on its own); the
 * system message, for a state built by hand.
 */
export function leakPromptOf(state: GuardState): string | undefined {
  const known = operatorPrompts.get(state);
  if (known !== undefined) return known === '' ? undefined : known;
  const system = state.messages.find((m) => m.role === 'system');
  // The secured conversation's system message is always a string.
  return system === undefined ? undefined : (system.content as string);
}

/** The scanned, unwrapped conversation of a guard state made by `sanitizeInput`. */
export function conversationOf(state: GuardState): ChatMessage[] {
  const known = conversations.get(state);
  if (known !== undefined) return known;
  // A state built by hand: its non-system turns, chunks as they are (moderation reads their text).
  return state.messages.filter((m) => m.role !== 'system').map((m) => ({ role: m.role, content: m.content as ChatMessage['content'] }));
}

export interface InputGuard {
  /**
   * Validates and scans a parsed body.
   * @throws GuardError 400/413 for a malformed or oversize conversation, 400 when a policy blocks
   */
  run(body: unknown, requestId: string): GuardState;
}

/** Error code of a block, by the kind of the first blocking finding. */
const BLOCK_CODES: Record<string, { code: string; message: string }> = {
  injection: { code: 'prompt_injection', message: 'The message was rejected because it looks like a prompt-injection attempt.' },
  pii: { code: 'sensitive_data', message: 'The message was rejected because it contains personal data that may not be sent.' },
  secret: { code: 'secret_detected', message: 'The message was rejected because it contains a credential or secret.' },
  invisible: { code: 'hidden_characters', message: 'The message was rejected because it contains hidden characters.' },
  encoding: { code: 'hidden_characters', message: 'The message was rejected because it contains hidden encoded text.' },
};

/** A block caused only by what the server's system prompt forbids: a topic, not an attack. */
const RESTRICTED_TOPIC = {
  code: 'restricted_topic',
  message: 'The message was rejected because it asks about something this assistant is not allowed to discuss.',
};

/** Turns blocking findings into the client-facing error: types and message indexes, never content. */
export function blockError(findings: readonly Finding[]): GuardError {
  const blocking = findings.filter((f) => f.action === 'block');
  const first = blocking[0];
  const onlyRestricted = blocking.length > 0 && blocking.every((f) => f.kind === 'injection' && f.type === 'restricted_request');
  const known = onlyRestricted
    ? RESTRICTED_TOPIC
    : ((first && BLOCK_CODES[first.kind]) ?? { code: 'input_blocked', message: 'The message was rejected by policy.' });
  return new GuardError({
    status: 400,
    type: 'input_rejected',
    code: known.code,
    message: known.message,
    details: {
      findings: blocking.map((f) => ({ kind: f.kind, type: f.type, ...(f.messageIndex !== undefined ? { messageIndex: f.messageIndex } : {}) })),
    },
  });
}

/**
 * Builds the input guard; every option is validated here, once. Its canaries are `createCanary()`'s format
 * (the prefix and 16 random hex digits), cut from a random pool instead of one `randomBytes` call each.
 */
export function createInputGuard(options: SanitizeInputOptions = {}): InputGuard {
  checkOptionKeys('sanitizeInput()', options, SANITIZE_INPUT_KEYS);
  const { bodyLimit: _bodyLimit, wrapUserContent: _wrap, canary: useCanary = true, ...rest } = options;
  const shape = resolveInputShape(pick<InputShapeOptions>(rest, INPUT_SHAPE_KEYS));
  const scanner = buildScanner({ ...pick<Omit<ScanOptions, 'direction'>>(rest, scanKeys), direction: 'input' });
  const secure = { systemPrompt: options.systemPrompt, wrapUserContent: options.wrapUserContent ?? true };

  return {
    run(body, requestId) {
      const repairs: Finding[] = [];
      const conversation = readConversation(body, shape, repairs);
      const scanned = scanner.scanMessages(conversation);
      if (scanned.verdict === 'block') throw blockError(scanned.findings);
      const findings = repairs.length === 0 ? scanned.findings : [...repairs, ...scanned.findings];
      const canary = useCanary && (secure.wrapUserContent || (secure.systemPrompt ?? '') !== '') ? `${CANARY_PREFIX}${randomHex(8)}` : undefined;
      const state: GuardState = {
        requestId,
        messages: secureMessages(scanned.messages, secure, createDelimiterTag(), canary),
        findings,
        verdict: repairs.length > 0 && scanned.verdict === 'allow' ? 'flag' : scanned.verdict,
      };
      if (canary !== undefined) state.canary = canary;
      conversations.set(state, scanned.messages);
      operatorPrompts.set(state, secure.systemPrompt ?? '');
      const vault = scanned.vault;
      if (vault) {
        state.restore = (text) => vault.restore(text);
        state.restoreStream = () => vault.restoreStream();
      }
      return state;
    },
  };
}

/** The entries of `options` whose keys are in `keys`. */
function pick<T extends object>(options: object, keys: OptionKeys<T>): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) if (Object.prototype.hasOwnProperty.call(keys, key)) out[key] = value;
  return out as T;
}
