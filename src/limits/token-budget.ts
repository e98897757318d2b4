/**
 * Token budgets, the "denial of wallet" guard: tokens per user (or IP) per window, charged from the
 * Mistral usage of each response, and refused with 429 before the next call to Mistral once spent.
 * @module
 */
import { GuardConfigError, GuardError } from '../core/errors.js';
import { checkOptionKeys, describe } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import type { GuardState } from '../core/types.js';
import { tokensOf, usageOfRequest } from '../core/usage.js';
import { conversationOf } from '../scan/input-guard.js';
import { MemoryBudgetStore, RedisBudgetStore } from './budget-store.js';
import type { BudgetInfo, TokenBudgetStore } from './budget-store.js';
import { Failover, resolveFailover, STORE_FAILURE_OPTION_KEYS } from './failover.js';
import type { StoreFailureOptions } from './failover.js';
import { createLimitKey, LIMIT_KEY_OPTION_KEYS } from './keys.js';
import type { LimitKeyOf, LimitKeyOptions } from './keys.js';
import { toSendCommand } from '../core/redis.js';
import type { RedisClientLike } from '../core/redis.js';

/** Options of `tokenBudget()`. `R` is the framework's request (Express `Request`, Koa `Context`). */
export interface TokenBudgetOptions<R> extends LimitKeyOptions<R>, StoreFailureOptions {
  /**
   * Tokens (prompt + completion, as Mistral counts them) a user or IP may spend per window.
   * @default 100000
   */
  limit?: number;
  /**
   * Length of the window in ms (fixed windows, counted from the first charge).
   * @default 86400000 (one day)
   */
  windowMs?: number;
  /**
   * A connected Redis client (node-redis or ioredis) shared by your instances: budgets then hold across all of them.
   * @default none: budgets in this process
   */
  redis?: RedisClientLike;
  /**
   * Prefix of the Redis keys.
   * @default 'mistral-guard:tb:'
   */
  prefix?: string;
  /**
   * Any {@link TokenBudgetStore} instead of `redis`.
   * @default none
   */
  store?: TokenBudgetStore;
  /**
   * When an answered request carries no usage (the handler set no `guard.usage` and sent no Mistral
   * response), charge an estimate (one token per 4 characters of the conversation and the response), so
   * a route that forgets usage still spends its budget. `false` charges nothing then.
   * @default true
   */
  estimate?: boolean;
}

/** Every key of {@link TokenBudgetOptions}. */
export const TOKEN_BUDGET_OPTION_KEYS: OptionKeys<TokenBudgetOptions<unknown>> = {
  limit: true,
  windowMs: true,
  redis: true,
  prefix: true,
  store: true,
  estimate: true,
  ...LIMIT_KEY_OPTION_KEYS,
  ...STORE_FAILURE_OPTION_KEYS,
};

/** What the adapter knows about a finished request, for its charge. */
export interface ChargeFacts {
  guard: GuardState | undefined;
  /** The JSON body sent, when the adapter saw it. */
  body: unknown;
  outputChars: number;
  status: number;
}

export interface TokenBudget<R> {
  /** The counter key of a request. */
  keyOf: LimitKeyOf<R>;
  /**
   * Refuses a request whose budget is spent.
   * @throws GuardError 429 `token_budget_exceeded` with `retryAfter`, or 503 `limits_unavailable` (fail mode `block`)
   */
  check(key: string): Promise<void>;
  /** Charges a finished request's tokens; never throws (store failures follow the fail mode). */
  charge(key: string, facts: ChargeFacts): void;
  /** The tokens a finished request costs: its usage, else the estimate (0 for a refused request). */
  tokensFor(facts: ChargeFacts): number;
}

function positiveInteger(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw new GuardConfigError(`mistral-guard: tokenBudget() \`${name}\` must be a positive integer; got ${describe(value)}.`);
  }
  return value;
}

function conversationChars(guard: GuardState | undefined): number {
  if (guard === undefined) return 0;
  let n = 0;
  for (const message of conversationOf(guard)) {
    const content = message.content;
    if (typeof content === 'string') n += content.length;
    else for (const chunk of content) if (chunk.type === 'text' && typeof chunk.text === 'string') n += chunk.text.length;
  }
  return n;
}

/**
 * Checks the options once and returns the budget.
 * @throws GuardConfigError naming the bad option
 */
export function createTokenBudget<R>(options: TokenBudgetOptions<R> = {}): TokenBudget<R> {
  const where = 'tokenBudget()';
  checkOptionKeys(where, options, TOKEN_BUDGET_OPTION_KEYS);
  const limit = positiveInteger('limit', options.limit ?? 100_000);
  const windowMs = positiveInteger('windowMs', options.windowMs ?? 86_400_000);
  if (options.redis !== undefined && options.store !== undefined) {
    throw new GuardConfigError(`mistral-guard: ${where} takes \`redis\` or \`store\`, not both.`);
  }
  const estimate = options.estimate ?? true;
  if (typeof estimate !== 'boolean') throw new GuardConfigError(`mistral-guard: ${where} \`estimate\` must be true or false.`);
  const prefix = options.prefix ?? 'mistral-guard:tb:';
  if (typeof prefix !== 'string') throw new GuardConfigError(`mistral-guard: ${where} \`prefix\` must be a string.`);
  let store: TokenBudgetStore;
  if (options.redis !== undefined) store = new RedisBudgetStore(toSendCommand(options.redis, where), prefix);
  else if (options.store !== undefined) {
    const given = options.store;
    if (typeof given !== 'object' || given === null || typeof given.charge !== 'function' || typeof given.get !== 'function') {
      throw new GuardConfigError(`mistral-guard: ${where} \`store\` must be a TokenBudgetStore (with get() and charge()).`);
    }
    store = given;
  } else store = new MemoryBudgetStore();
  const shared = store.localKeys !== true;
  const keyOf = createLimitKey(where, options, shared);
  const settings = resolveFailover(where, options);
  const local = new MemoryBudgetStore();
  local.init({ windowMs });
  const failover = shared ? new Failover('token-budget', settings) : undefined;
  void Promise.resolve(store.init?.({ windowMs })).catch(() => {});

  const run = <T>(primary: () => Promise<T>, fallback: () => Promise<T>, allow: () => T): Promise<T> =>
    failover === undefined ? primary() : failover.run(primary, () => (failover.mode === 'allow' ? allow() : fallback()));

  const tokensFor = (facts: ChargeFacts): number => {
    const tokens = tokensOf(usageOfRequest(facts.guard, facts.body)?.usage);
    if (tokens !== undefined) return tokens;
    if (!estimate || facts.status >= 400) return 0;
    return Math.ceil((conversationChars(facts.guard) + facts.outputChars) / 4);
  };

  const exceeded = (info: BudgetInfo): GuardError => {
    const retryAfter = Math.max(1, Math.ceil((info.resetTime.getTime() - Date.now()) / 1000));
    return new GuardError({
      status: 429,
      type: 'rate_limited',
      code: 'token_budget_exceeded',
      message: `The token budget of this window is spent; try again in ${retryAfter} seconds.`,
      details: { limit, windowSeconds: Math.ceil(windowMs / 1000) },
      retryAfter,
    });
  };

  return {
    keyOf,
    async check(key) {
      const info = await run(
        () => store.get(key),
        () => local.get(key),
        () => undefined,
      );
      if (info !== undefined && info.used >= limit) throw exceeded(info);
    },
    charge(key, facts) {
      const tokens = tokensFor(facts);
      if (tokens <= 0) return;
      run(
        () => store.charge(key, tokens),
        () => local.charge(key, tokens),
        () => undefined,
      ).catch(() => {
        // `block` mode: the charge is lost while the store is down (the next check refuses anyway).
      });
    },
    tokensFor,
  };
}
