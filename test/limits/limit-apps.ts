/**
 * Small apps with the limit pieces alone (per-route opt-in), on Express and Koa, for one table of cases:
 * - `POST /work`: behind `rateLimit()` and/or `tokenBudget()`, answers a Mistral-shaped body whose usage is
 *   the `x-cost` header (0 when absent), so budgets are charged from the response;
 * - `POST /plain`: the same stack, answers `x-chars` characters of text with no usage (budgets estimate);
 * - `GET /health`: outside the limits.
 * `x-user` names the user when `byUser` is set; with `trustProxy`, `X-Forwarded-For` from 127.0.0.1 names the client IP.
 */
import express from 'express';
import Koa from 'koa';
import Router from '@koa/router';
import type { Server } from 'node:http';
import * as ex from '../../src/adapters/express/index.js';
import * as ko from '../../src/adapters/koa/index.js';
import type { RateLimitOptions } from '../../src/limits/rate-limit.js';
import type { TokenBudgetOptions } from '../../src/limits/token-budget.js';
import type { Framework } from '../adapters/apps.js';

export interface LimitAppOptions {
  rateLimit?: Omit<RateLimitOptions<never>, 'keyGenerator' | 'skip'> | false;
  tokenBudget?: Omit<TokenBudgetOptions<never>, 'keyGenerator'> | false;
  byUser?: boolean;
  trustProxy?: boolean;
  /** Requests with `x-staff: 1` are not counted by the rate limit. */
  skipStaff?: boolean;
}

function answer(cost: number) {
  return { id: 'x', object: 'chat.completion', model: 'mistral-small-latest', choices: [], usage: { prompt_tokens: cost, completion_tokens: 0, total_tokens: cost } };
}

export function limitApp(framework: Framework, options: LimitAppOptions): Server | ReturnType<Koa['callback']> {
  if (framework === 'express') {
    const app = express();
    if (options.trustProxy) app.set('trust proxy', 'loopback');
    const stack: express.RequestHandler[] = [];
    const keyGenerator = options.byUser ? (req: express.Request) => req.get('x-user') || undefined : undefined;
    if (options.rateLimit !== false) {
      stack.push(
        ex.rateLimit({
          ...(options.rateLimit as ex.RateLimitOptions),
          ...(keyGenerator ? { keyGenerator } : {}),
          ...(options.skipStaff ? { skip: (req: express.Request) => req.get('x-staff') === '1' } : {}),
        }),
      );
    }
    if (options.tokenBudget !== undefined && options.tokenBudget !== false) {
      stack.push(ex.tokenBudget({ ...(options.tokenBudget as ex.TokenBudgetOptions), ...(keyGenerator ? { keyGenerator } : {}) }));
    }
    app.post('/work', ...stack, (req, res) => {
      res.json(answer(Number(req.get('x-cost') ?? 0)));
    });
    app.post('/plain', ...stack, (req, res) => {
      res.type('text/plain').send('y'.repeat(Number(req.get('x-chars') ?? 0)));
    });
    app.get('/health', (_req, res) => {
      res.json({ ok: true });
    });
    return app as unknown as Server;
  }
  const app = new Koa();
  app.silent = true;
  if (options.trustProxy) app.proxy = true;
  const router = new Router();
  const stack: Koa.Middleware[] = [];
  const keyGenerator = options.byUser ? (ctx: Koa.Context) => ctx.get('x-user') || undefined : undefined;
  if (options.rateLimit !== false) {
    stack.push(
      ko.rateLimit({
        ...(options.rateLimit as ko.RateLimitOptions),
        ...(keyGenerator ? { keyGenerator } : {}),
        ...(options.skipStaff ? { skip: (ctx: Koa.Context) => ctx.get('x-staff') === '1' } : {}),
      }),
    );
  }
  if (options.tokenBudget !== undefined && options.tokenBudget !== false) {
    stack.push(ko.tokenBudget({ ...(options.tokenBudget as ko.TokenBudgetOptions), ...(keyGenerator ? { keyGenerator } : {}) }));
  }
  router.post('/work', ...stack, (ctx) => {
    ctx.body = answer(Number(ctx.get('x-cost') || 0));
  });
  router.post('/plain', ...stack, (ctx) => {
    ctx.type = 'text/plain';
    ctx.body = 'y'.repeat(Number(ctx.get('x-chars') || 0));
  });
  router.get('/health', (ctx) => {
    ctx.body = { ok: true };
  });
  app.use(router.routes());
  return app.callback();
}
