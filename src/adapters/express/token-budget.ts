/**
 * `tokenBudget()` for Express: the core budget checks before the handler and charges when the response ends.
 * @module
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { createTokenBudget } from '../../limits/token-budget.js';
import type { TokenBudgetOptions } from '../../limits/token-budget.js';
import { sendError } from './respond.js';
import { requestIdOf, watchExpress } from './watch.js';

/** Options of `tokenBudget()` on Express: functions receive the Express request. */
export type ExpressTokenBudgetOptions = TokenBudgetOptions<Request>;

/**
 * Mistral tokens per user (or IP) per window: a request whose budget is spent gets a 429
 * `token_budget_exceeded` with `Retry-After` before anything calls Mistral; each answered request is
 * charged its usage (`guard.usage`, or the `usage` of a Mistral response sent with `res.json`).
 *
 * @example
 * ```ts
 * app.post('/chat', tokenBudget({ limit: 50_000, windowMs: 3_600_000, keyGenerator: (req) => req.user?.id }), ...);
 * ```
 * @throws GuardConfigError at construction for an unknown option or a bad value
 */
export function tokenBudget(options: ExpressTokenBudgetOptions = {}): RequestHandler {
  const budget = createTokenBudget<Request>(options);
  return tagMiddleware(async function tokenBudgetMiddleware(req: Request, res: Response, next: NextFunction): Promise<void> {
    let key: string;
    try {
      key = await budget.keyOf(req, req.ip);
      await budget.check(key);
    } catch (err) {
      sendError(res, err, requestIdOf(req, res));
      return;
    }
    const watch = watchExpress(res);
    res.once('close', () => {
      budget.charge(key, { guard: req.guard, body: watch.body, outputChars: watch.outputChars, status: res.statusCode });
    });
    next();
  }, 'tokenBudget');
}
