/**
 * `tokenBudget()` for Koa: the same core budget as Express.
 * @module
 */
import type { Context, Middleware } from 'koa';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { createTokenBudget } from '../../limits/token-budget.js';
import type { TokenBudgetOptions } from '../../limits/token-budget.js';
import { sendError } from './respond.js';
import { peekGuard } from './state.js';
import { captureBody, requestIdOf, watchKoa } from './watch.js';

/** Options of `tokenBudget()` on Koa: functions receive the Koa context. */
export type KoaTokenBudgetOptions = TokenBudgetOptions<Context>;

/**
 * Mistral tokens per user (or IP) per window: a request whose budget is spent gets a 429
 * `token_budget_exceeded` with `Retry-After` before anything calls Mistral; each answered request is
 * charged its usage (`guard.usage`, or the `usage` of a Mistral response set as `ctx.body`).
 * @throws GuardConfigError at construction for an unknown option or a bad value
 */
export function tokenBudget(options: KoaTokenBudgetOptions = {}): Middleware {
  const budget = createTokenBudget<Context>(options);
  return tagMiddleware(async function tokenBudgetMiddleware(ctx, next) {
    let key: string;
    try {
      key = await budget.keyOf(ctx, ctx.ip);
      await budget.check(key);
    } catch (err) {
      sendError(ctx, err, requestIdOf(ctx));
      return;
    }
    const watch = watchKoa(ctx);
    ctx.res.once('close', () => {
      budget.charge(key, { guard: peekGuard(ctx), body: watch.body, outputChars: watch.outputChars, status: ctx.res.statusCode });
    });
    try {
      await next();
    } finally {
      captureBody(ctx, watch);
    }
  }, 'tokenBudget');
}
