/**
 * Builds the same tiny chat app on Express and on Koa, so one table of cases runs against both.
 */
import express from 'express';
import Koa from 'koa';
import type { Middleware } from 'koa';
import { bodyParser } from '@koa/bodyparser';
import type { Server } from 'node:http';
import * as ex from '../../src/adapters/express/index.js';
import * as ko from '../../src/adapters/koa/index.js';
import type { GuardState } from '../../src/core/types.js';

export type Framework = 'express' | 'koa';

/** What the apps' error handlers reported as server-side failures. */
export const serverErrors: Array<{ err: unknown; requestId: string }> = [];
export const FRAMEWORKS: Framework[] = ['express', 'koa'];

/** Options both `sanitizeInput()`s take. */
export type InputOptions = Parameters<typeof ex.sanitizeInput>[0];

export interface AppOptions {
  input?: InputOptions;
  /** Put the framework's own JSON body parser in front (default true). */
  bodyParser?: boolean;
  /** Extra middleware between sanitizeInput and the handler. */
  express?: express.RequestHandler[];
  koa?: Middleware[];
}

/** What the handler answers: the guard state as the route sees it, and a restored echo. */
function view(guard: GuardState): Record<string, unknown> {
  const lastUser = [...guard.messages].reverse().find((m) => m.role === 'user');
  const text = typeof lastUser?.content === 'string' ? lastUser.content : '';
  return {
    requestId: guard.requestId,
    messages: guard.messages,
    findings: guard.findings,
    verdict: guard.verdict,
    moderation: guard.moderation ?? null,
    restored: guard.restore ? guard.restore(text) : null,
  };
}

export function buildApp(framework: Framework, options: AppOptions = {}): Server | ReturnType<Koa['callback']> {
  if (framework === 'express') {
    const app = express();
    const stack: express.RequestHandler[] = [];
    if (options.bodyParser !== false) stack.push(express.json({ limit: '1mb' }));
    stack.push(ex.sanitizeInput(options.input), ...(options.express ?? []));
    app.post('/chat', ...stack, (req, res) => {
      res.json(view(ex.getGuard(req)));
    });
    app.get('/health', (_req, res) => {
      res.json({ ok: true });
    });
    app.get('/private', (_req, _res, next) => {
      next(Object.assign(new Error('Login required'), { status: 401, expose: true }));
    });
    app.get('/crash', () => {
      throw new Error('database password=hunter2 is wrong');
    });
    app.use(ex.guardErrorHandler({ onServerError: (err, requestId) => serverErrors.push({ err, requestId }) }));
    return app as unknown as Server;
  }
  const app = new Koa();
  app.silent = true;
  app.use(ko.guardErrorHandler({ onServerError: (err, requestId) => serverErrors.push({ err, requestId }) }));
  if (options.bodyParser !== false) app.use(bodyParser({ jsonLimit: '1mb' }));
  const chat = ko.compose([
    ko.sanitizeInput(options.input),
    ...(options.koa ?? []),
    async (ctx) => {
      ctx.body = view(ko.getGuard(ctx));
    },
  ]);
  app.use(async (ctx, next) => {
    if (ctx.method === 'POST' && ctx.path === '/chat') return chat(ctx, next);
    if (ctx.method === 'GET' && ctx.path === '/health') {
      ctx.body = { ok: true };
      return;
    }
    if (ctx.method === 'GET' && ctx.path === '/private') ctx.throw(401, 'Login required');
    if (ctx.method === 'GET' && ctx.path === '/crash') throw new Error('database password=hunter2 is wrong');
    await next();
  });
  return app.callback();
}
