/**
 * The moderation decision: Mistral's moderation scores → per-category thresholds → allow/flag/block.
 *
 * `createModerator()` calls `POST /v1/chat/moderations` (conversation; the endpoint classifies the last
 * turn with the earlier turns as context) or `POST /v1/moderations` (`moderateText`, for output), with a
 * pinned model, a time limit, an explicit fail mode, a circuit breaker, a keyed LRU cache and sharing of
 * identical in-flight calls. It never logs or returns content.
 * @module
 */
import type { Mistral } from '@mistralai/mistralai';
import { GuardConfigError, GuardError } from '../core/errors.js';
import { checkOptionKeys, suggestion } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import type { ChatMessage, Finding, ModerationOutcome } from '../core/types.js';
import { createCacheKeyer, createMemoryModerationCache } from './cache.js';
import type { CachedModeration, ModerationCacheStore } from './cache.js';
import { createCircuitBreaker, isCircuitOpen } from './circuit-breaker.js';
import type { CircuitBreakerOptions, CircuitState } from './circuit-breaker.js';
import { createMistralClient } from './client.js';
import { toGuardError, upstreamStatusOf } from './errors.js';

/** What crossing a category's threshold does. */
export type ModerationAction = 'block' | 'flag';

/** Where moderation failures are reported (metadata only, never content or keys). */
export interface ModerationLogger {
  warn(message: string, meta?: Record<string, unknown>): void;
}

/** Options of {@link createModerator}. */
export interface ModeratorOptions {
  /** The SDK client. @default createMistralClient() (key from MISTRAL_API_KEY / MISTRAL_API_KEY_FILE) */
  client?: Mistral;
  /** Pinned moderation model; `-latest` would change behaviour under you. @default 'mistral-moderation-2603' */
  model?: string;
  /** Per-category thresholds (0..1), over {@link DEFAULT_CATEGORY_POLICY}. */
  thresholds?: Record<string, number>;
  /** Per-category actions, over {@link DEFAULT_CATEGORY_POLICY}. */
  actions?: Record<string, ModerationAction>;
  /** Threshold for categories with no policy (e.g. new ones). @default 0.5 */
  defaultThreshold?: number;
  /** Action for categories with no policy: flag, so a new upstream category cannot silently block traffic. @default 'flag' */
  defaultAction?: ModerationAction;
  /** Also send `system` messages (normally the server's own prompt, not user content). @default false */
  includeSystem?: boolean;
  /** Most recent user/assistant turns sent as context. @default 20 */
  maxContextMessages?: number;
  /** Time limit for one moderation call in ms (no upstream retries inside it). @default 3000 */
  timeoutMs?: number;
  /** On failure, timeout or open circuit: `block` throws a 503 GuardError; `allow` lets it through marked `failedOpen`. @default 'block' */
  onError?: 'block' | 'allow';
  /** Receives failure reports. @default console.warn with JSON metadata */
  logger?: ModerationLogger;
  /** Result cache, or `false` to disable. @default { max: 1000, ttlMs: 600000 } */
  cache?:
    | false
    | {
        /** Entries in the default memory store. @default 1000 */
        max?: number;
        /** Time to live of an entry. @default 600000 (10 min) */
        ttlMs?: number;
        /** A shared store (e.g. Redis). @default an in-process LRU */
        store?: ModerationCacheStore;
        /** HMAC secret for keys (≥ 16 bytes); set the same one on instances sharing a store. @default random per moderator */
        hmacKey?: string | Uint8Array;
      };
  /** Circuit breaker, or `false` to disable. @default { failureThreshold: 5, cooldownMs: 30000 } */
  breaker?: false | CircuitBreakerOptions;
}

/** Per-call options. */
export interface ModerationCallOptions {
  /** Aborts this caller's wait (a shared upstream call continues for others). */
  signal?: AbortSignal;
  /** Overrides the moderator's time limit for a call this caller starts. */
  timeoutMs?: number;
}

/** The decision and its findings (kind `moderation`, or `injection` for `jailbreaking`). */
export interface ModerationCheck {
  outcome: ModerationOutcome;
  findings: Finding[];
}

export interface Moderator {
  readonly model: string;
  /** Moderates a conversation (user/assistant turns) through `/v1/chat/moderations`. */
  check(messages: readonly ChatMessage[], options?: ModerationCallOptions): Promise<ModerationCheck>;
  /** Moderates one text (e.g. model output) through `/v1/moderations`. */
  moderateText(text: string, options?: ModerationCallOptions): Promise<ModerationCheck>;
  /** The circuit breaker's state (`closed` when disabled). */
  readonly circuitState: CircuitState;
}

export const DEFAULT_MODERATION_MODEL = 'mistral-moderation-2603';
export const DEFAULT_MODERATION_TIMEOUT_MS = 3000;
export const DEFAULT_CACHE_TTL_MS = 600_000;

/**
 * Default policy per category, covering both model generations (2411: 9 categories, 2603: 11).
 * Harm categories block at 0.5; the advisory ones (health, financial, law, pii) only flag at 0.7:
 * asking about a symptom or a loan is not abuse, but an application may want to know.
 */
export const DEFAULT_CATEGORY_POLICY: Readonly<Record<string, { threshold: number; action: ModerationAction }>> = {
  sexual: { threshold: 0.5, action: 'block' },
  hate_and_discrimination: { threshold: 0.5, action: 'block' },
  violence_and_threats: { threshold: 0.5, action: 'block' },
  dangerous: { threshold: 0.5, action: 'block' },
  criminal: { threshold: 0.5, action: 'block' },
  dangerous_and_criminal_content: { threshold: 0.5, action: 'block' },
  selfharm: { threshold: 0.5, action: 'block' },
  jailbreaking: { threshold: 0.5, action: 'block' },
  health: { threshold: 0.7, action: 'flag' },
  financial: { threshold: 0.7, action: 'flag' },
  law: { threshold: 0.7, action: 'flag' },
  pii: { threshold: 0.7, action: 'flag' },
};

/** Every key of {@link ModeratorOptions}. */
export const MODERATOR_OPTION_KEYS: OptionKeys<ModeratorOptions> = {
  client: true,
  model: true,
  thresholds: true,
  actions: true,
  defaultThreshold: true,
  defaultAction: true,
  includeSystem: true,
  maxContextMessages: true,
  timeoutMs: true,
  onError: true,
  logger: true,
  cache: true,
  breaker: true,
};

const CACHE_OPTION_KEYS: OptionKeys<Exclude<NonNullable<ModeratorOptions['cache']>, false>> = { max: true, ttlMs: true, store: true, hmacKey: true };

/** Category names of both model generations: a name outside them in `thresholds`/`actions` is a typo. */
const KNOWN_CATEGORIES = Object.keys(DEFAULT_CATEGORY_POLICY);

function checkCategory(option: 'thresholds' | 'actions', category: string): void {
  if (!KNOWN_CATEGORIES.includes(category)) {
    throw new GuardConfigError(
      `createModerator: unknown moderation category \`${category}\` in \`${option}\`.${suggestion(category, KNOWN_CATEGORIES)}`,
    );
  }
}

const consoleLogger: ModerationLogger = {
  warn: (message, meta) => console.warn(message, meta === undefined ? '' : JSON.stringify(meta)),
};

interface WireTurn {
  role: 'user' | 'assistant' | 'system';
  content: string;
}

function textOf(message: ChatMessage): string {
  if (typeof message.content === 'string') return message.content;
  if (!Array.isArray(message.content)) return '';
  return message.content
    .map((c) => (c.type === 'text' && typeof c.text === 'string' ? c.text : ''))
    .filter((t) => t !== '')
    .join('\n');
}

function checkThreshold(name: string, v: unknown): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1) {
    throw new GuardConfigError(`createModerator: ${name} must be a number between 0 and 1.`);
  }
}

function checkAction(name: string, v: unknown): void {
  if (v !== 'block' && v !== 'flag') throw new GuardConfigError(`createModerator: ${name} must be 'block' or 'flag'.`);
}

function positiveInt(name: string, v: unknown): void {
  if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < 1)) {
    throw new GuardConfigError(`createModerator: ${name} must be a positive integer.`);
  }
}

function abortedError(): GuardError {
  return new GuardError({
    status: 503,
    type: 'upstream_error',
    code: 'moderation_aborted',
    message: 'The moderation check was aborted.',
  });
}

/** Waits for `promise` unless `signal` aborts first. */
function raceSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(abortedError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortedError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/**
 * Reads every result's `categoryScores` defensively (only finite numbers survive) and keeps, per
 * category, the highest score and which input had it. A result without scores is invalid: treating
 * it as "nothing found" would fail open.
 */
function scoresOf(response: unknown, expected: number): Pick<CachedModeration, 'scores' | 'worst'> {
  const results = (response as { results?: unknown[] } | undefined)?.results;
  if (!Array.isArray(results) || results.length !== expected) {
    throw Object.assign(new Error('moderation response with a wrong number of results'), { name: 'ResponseValidationError' });
  }
  const scores: Record<string, number> = {};
  const worst: Record<string, number> = {};
  results.forEach((result, index) => {
    const raw = (result as { categoryScores?: Record<string, unknown> } | undefined)?.categoryScores;
    if (raw === undefined || raw === null || typeof raw !== 'object' || Object.keys(raw).length === 0) {
      throw Object.assign(new Error('moderation response without category scores'), { name: 'ResponseValidationError' });
    }
    for (const [k, v] of Object.entries(raw)) {
      if (typeof v !== 'number' || !Number.isFinite(v)) continue;
      if (!(k in scores) || v > scores[k]!) {
        scores[k] = v;
        worst[k] = index;
      }
    }
  });
  return expected > 1 ? { scores, worst } : { scores };
}

/** Preceding turns sent as context when an earlier user turn is classified on its own. */
const EARLIER_TURN_CONTEXT = 2;

/**
 * Creates a moderator. Validates options at construction (and resolves the API key when no client is
 * given, so a missing key is a startup error).
 */
export function createModerator(options: ModeratorOptions = {}): Moderator {
  checkOptionKeys('createModerator()', options, MODERATOR_OPTION_KEYS);
  return buildModerator(options);
}

/** @internal {@link createModerator} for callers that checked a wider set of option keys themselves. */
export function buildModerator(options: ModeratorOptions): Moderator {
  if (options.cache !== false) checkOptionKeys('the moderation `cache` option', options.cache, CACHE_OPTION_KEYS);
  const model = options.model ?? DEFAULT_MODERATION_MODEL;
  if (typeof model !== 'string' || model.trim() === '') throw new GuardConfigError('createModerator: model must be a non-empty string.');
  const defaultThreshold = options.defaultThreshold ?? 0.5;
  checkThreshold('defaultThreshold', defaultThreshold);
  const defaultAction = options.defaultAction ?? 'flag';
  checkAction('defaultAction', defaultAction);
  for (const [k, v] of Object.entries(options.thresholds ?? {})) {
    checkCategory('thresholds', k);
    checkThreshold(`thresholds.${k}`, v);
  }
  for (const [k, v] of Object.entries(options.actions ?? {})) {
    checkCategory('actions', k);
    checkAction(`actions.${k}`, v);
  }
  const onError = options.onError ?? 'block';
  if (onError !== 'block' && onError !== 'allow') throw new GuardConfigError("createModerator: onError must be 'block' or 'allow'.");
  const timeoutMs = options.timeoutMs ?? DEFAULT_MODERATION_TIMEOUT_MS;
  positiveInt('timeoutMs', timeoutMs);
  const maxContext = options.maxContextMessages ?? 20;
  positiveInt('maxContextMessages', maxContext);
  const includeSystem = options.includeSystem ?? false;
  const logger = options.logger ?? consoleLogger;
  if (typeof logger.warn !== 'function') throw new GuardConfigError('createModerator: logger must have a warn(message, meta) method.');

  const cacheOpts = options.cache === false ? undefined : (options.cache ?? {});
  const ttlMs = cacheOpts?.ttlMs ?? DEFAULT_CACHE_TTL_MS;
  positiveInt('cache.ttlMs', ttlMs);
  const store = cacheOpts === undefined ? undefined : (cacheOpts.store ?? createMemoryModerationCache({ max: cacheOpts.max }));
  const keyOf = createCacheKeyer(cacheOpts?.hmacKey);
  const breaker = options.breaker === false ? undefined : createCircuitBreaker(options.breaker ?? {});

  const client = options.client ?? createMistralClient();
  if (typeof client?.classifiers?.moderateChat !== 'function') {
    throw new GuardConfigError('createModerator: client must be a Mistral SDK v2 client.');
  }

  const inflight = new Map<string, Promise<CachedModeration>>();

  const policyOf = (category: string): { threshold: number; action: ModerationAction } => ({
    threshold: options.thresholds?.[category] ?? DEFAULT_CATEGORY_POLICY[category]?.threshold ?? defaultThreshold,
    action: options.actions?.[category] ?? DEFAULT_CATEGORY_POLICY[category]?.action ?? defaultAction,
  });

  function decide(result: CachedModeration, cached: boolean, messageIndexOf: (input: number) => number | undefined): ModerationCheck {
    const flagged: string[] = [];
    const blocked: string[] = [];
    const findings: Finding[] = [];
    for (const [category, score] of Object.entries(result.scores)) {
      const policy = policyOf(category);
      if (score < policy.threshold) continue;
      flagged.push(category);
      if (policy.action === 'block') blocked.push(category);
      const finding: Finding = {
        // Mistral's only prompt-injection signal is this category; report it as such.
        kind: category === 'jailbreaking' ? 'injection' : 'moderation',
        type: category,
        score,
        action: policy.action,
      };
      const messageIndex = messageIndexOf(result.worst?.[category] ?? 0);
      if (messageIndex !== undefined) finding.messageIndex = messageIndex;
      findings.push(finding);
    }
    return { outcome: { model: result.model, flagged, blocked, scores: { ...result.scores }, cached }, findings };
  }

  function fail(error: GuardError, reason: string): ModerationCheck {
    if (onError === 'allow') {
      return { outcome: { model, flagged: [], blocked: [], scores: {}, cached: false, failedOpen: true }, findings: [] };
    }
    // Mistral refused the server's own key: not a passing outage ("try again later" would mislead), but
    // the operator's problem, answered as the documented 502 upstream_auth.
    if (error.code === 'upstream_auth') throw error;
    const init: ConstructorParameters<typeof GuardError>[0] = {
      status: 503,
      type: 'upstream_error',
      code: 'moderation_unavailable',
      message: 'Content moderation is unavailable, so the request was refused. Try again later.',
      // The reason (e.g. the server's key was refused) goes to the log, not to the client.
      cause: { reason, upstream: error.cause },
    };
    if (error.retryAfter !== undefined) init.retryAfter = error.retryAfter;
    throw new GuardError(init);
  }

  // One upstream call; settles the breaker, fills the cache, logs failures once.
  async function callUpstream(
    kind: 'chat' | 'text',
    key: string,
    inputs: WireTurn[][] | string[],
    limitMs: number,
  ): Promise<CachedModeration> {
    const timeout = AbortSignal.timeout(limitMs);
    // No SDK retries: the time budget is small, and the breaker handles an endpoint that keeps failing.
    const request = { signal: timeout, retries: { strategy: 'none' as const } };
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error('moderation timed out'), { name: 'TimeoutError' })), limitMs + 50);
    });
    try {
      const call =
        kind === 'chat'
          ? client.classifiers.moderateChat(
              // One conversation: send it as such; several: one conversation per classified turn.
              { model, inputs: inputs.length === 1 ? inputs[0] : inputs } as Parameters<Mistral['classifiers']['moderateChat']>[0],
              request,
            )
          : client.classifiers.moderate({ model, inputs: inputs as string[] }, request);
      const response = await Promise.race([call, deadline]);
      const value: CachedModeration = {
        model: typeof response.model === 'string' && response.model !== '' ? response.model : model,
        ...scoresOf(response, inputs.length),
      };
      if (store !== undefined) {
        try {
          await store.set(key, value, ttlMs);
        } catch {
          logger.warn('mistral-guard: moderation cache write failed', { model });
        }
      }
      return value;
    } catch (err) {
      const mapped = toGuardError(err);
      logger.warn('mistral-guard: moderation call failed', {
        model,
        endpoint: kind === 'chat' ? '/v1/chat/moderations' : '/v1/moderations',
        code: mapped.code,
        upstreamStatus: upstreamStatusOf(err),
        onError,
        circuit: breaker?.state ?? 'disabled',
      });
      throw mapped;
    } finally {
      clearTimeout(timer);
    }
  }

  async function run(
    kind: 'chat' | 'text',
    inputs: WireTurn[][] | string[],
    messageIndexOf: (input: number) => number | undefined,
    call: ModerationCallOptions,
  ): Promise<ModerationCheck> {
    if (call.signal?.aborted) throw abortedError();
    const limitMs = call.timeoutMs ?? timeoutMs;
    positiveInt('timeoutMs', limitMs);
    const key = keyOf(kind, model, inputs);
    if (store !== undefined) {
      try {
        const hit = await store.get(key);
        if (hit !== undefined) return decide(hit, true, messageIndexOf);
      } catch {
        logger.warn('mistral-guard: moderation cache read failed', { model });
      }
    }
    let shared = inflight.get(key);
    const joined = shared !== undefined;
    if (shared === undefined) {
      const upstream = (): Promise<CachedModeration> => callUpstream(kind, key, inputs, limitMs);
      shared = (breaker ? breaker.execute(upstream) : upstream()).finally(() => inflight.delete(key));
      // Callers may all abort; the shared promise must never become an unhandled rejection.
      shared.catch(() => undefined);
      inflight.set(key, shared);
    }
    let value: CachedModeration;
    try {
      value = await raceSignal(shared, call.signal);
    } catch (err) {
      if (err instanceof GuardError && err.code === 'moderation_aborted') throw err;
      if (isCircuitOpen(err)) {
        logger.warn('mistral-guard: moderation circuit open, not calling upstream', { model, onError });
        const retryAfter = Math.max(1, Math.ceil((breaker?.retryAfterMs() ?? 0) / 1000));
        return fail(new GuardError({ status: 503, type: 'upstream_error', code: 'circuit_open', message: '', retryAfter }), 'circuit_open');
      }
      const mapped = toGuardError(err);
      return fail(mapped, mapped.code);
    }
    // A caller that joined another's call paid nothing, like a cache hit.
    return decide(value, joined, messageIndexOf);
  }

  return {
    model,
    get circuitState(): CircuitState {
      return breaker?.state ?? 'closed';
    },
    async check(messages, call = {}) {
      if (!Array.isArray(messages)) throw new TypeError('check(messages): messages must be an array');
      const picked: { turn: WireTurn; index: number }[] = [];
      messages.forEach((m, index) => {
        const role = m?.role;
        if (role !== 'user' && role !== 'assistant' && !(includeSystem && role === 'system')) return;
        const content = textOf(m);
        if (content.trim() === '') return;
        picked.push({ turn: { role, content }, index });
      });
      if (picked.length === 0) {
        return { outcome: { model, flagged: [], blocked: [], scores: {}, cached: false }, findings: [] };
      }
      // The endpoint classifies the LAST turn of a conversation. Clients send the whole history, so
      // every earlier user turn is classified too (with a little context), in the same call.
      const conversations: { turns: WireTurn[]; index: number }[] = [];
      picked.forEach((p, position) => {
        if (p.turn.role !== 'user' || position === picked.length - 1) return;
        const from = Math.max(0, position - EARLIER_TURN_CONTEXT);
        conversations.push({ turns: picked.slice(from, position + 1).map((q) => q.turn), index: p.index });
      });
      conversations.push({ turns: picked.slice(-maxContext).map((q) => q.turn), index: picked[picked.length - 1]!.index });
      return run(
        'chat',
        conversations.map((c) => c.turns),
        (input) => conversations[input]?.index,
        call,
      );
    },
    async moderateText(text, call = {}) {
      if (typeof text !== 'string') throw new TypeError('moderateText(text): text must be a string');
      if (text.trim() === '') return { outcome: { model, flagged: [], blocked: [], scores: {}, cached: false }, findings: [] };
      return run('text', [text], () => undefined, call);
    },
  };
}
