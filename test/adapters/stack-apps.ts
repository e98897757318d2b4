/**
 * The same chat backend on Express and Koa behind `secureChat()`, calling the fake Mistral through the
 * real SDK, so one table of cases runs against both. Routes:
 * - `POST /chat`: completes, sets `guard.usage` and `guard.model`, answers `{ reply, tokens }`;
 * - `POST /chat/raw`: answers the SDK's Mistral response as it is (usage read from the body);
 * - `POST /chat/stream`: streams SSE frames from the SDK stream, usage set at the end;
 * - `POST /chat/crash`: the handler throws (with a secret in the message);
 * - `GET /health`: outside the stack.
 */
import express from 'express';
import Koa from 'koa';
import Router from '@koa/router';
import type { Server } from 'node:http';
import { Readable } from 'node:stream';
import type { Mistral } from '@mistralai/mistralai';
import * as ex from '../../src/adapters/express/index.js';
import * as ko from '../../src/adapters/koa/index.js';
import type { GuardState } from '../../src/core/types.js';
import { toGuardError } from '../../src/mistral/index.js';
import type { SecureChatOptions } from '../../src/adapters/shared/options.js';
import type { Framework } from './apps.js';

type SdkMessages = Parameters<Mistral['chat']['complete']>[0]['messages'];

/** Options both frameworks' `secureChat()` take, with the request-typed functions written per framework. */
export interface StackAppOptions {
  mistral: Mistral;
  guard?: Omit<SecureChatOptions<never>, 'userId'>;
  /** The user id header read by `userId` (both frameworks). */
  userHeader?: string;
  /** Trust X-Forwarded-For from 127.0.0.1, to test per-IP keys (Express 'trust proxy', Koa `app.proxy`). */
  trustProxy?: boolean;
  /** A secret put in the crash route's error message. */
  crashSecret?: string;
}

const MODEL = 'mistral-small-latest';

async function complete(mistral: Mistral, guard: GuardState): Promise<{ reply: string; tokens: number }> {
  let response;
  try {
    response = await mistral.chat.complete({ model: MODEL, messages: guard.messages as SdkMessages });
  } catch (err) {
    throw toGuardError(err);
  }
  const { usage } = response;
  guard.usage = { promptTokens: usage.promptTokens, completionTokens: usage.completionTokens, totalTokens: usage.totalTokens };
  guard.model = response.model;
  const content = response.choices[0]?.message?.content;
  return { reply: typeof content === 'string' ? content : '', tokens: usage.totalTokens ?? 0 };
}

async function* streamFrames(mistral: Mistral, guard: GuardState, signal: AbortSignal): AsyncGenerator<string> {
  const stream = await mistral.chat.stream({ model: MODEL, messages: guard.messages as SdkMessages }, { signal });
  for await (const event of stream) {
    const delta = event.data.choices[0]?.delta.content;
    if (typeof delta === 'string' && delta !== '') yield `data: ${JSON.stringify({ delta })}\n\n`;
    const usage = event.data.usage;
    if (usage) guard.usage = { promptTokens: usage.promptTokens, completionTokens: usage.completionTokens, totalTokens: usage.totalTokens };
  }
  yield 'data: [DONE]\n\n';
}

export function buildStackApp(framework: Framework, options: StackAppOptions): Server | ReturnType<Koa['callback']> {
  const { mistral } = options;
  const userHeader = options.userHeader ?? 'x-user';
  const crash = options.crashSecret ?? 'nothing';
  if (framework === 'express') {
    const app = express();
    if (options.trustProxy) app.set('trust proxy', 'loopback');
    const stack = ex.secureChat({
      ...(options.guard as ex.SecureChatOptions),
      userId: (req) => req.get(userHeader) || undefined,
      moderation: options.guard?.moderation === false ? false : { client: mistral, logger: { warn() {} }, ...options.guard?.moderation },
    });
    app.post('/chat', ...stack, async (req, res, next) => {
      try {
        res.json(await complete(mistral, ex.getGuard(req)));
      } catch (err) {
        next(err);
      }
    });
    app.post('/chat/raw', ...stack, async (req, res, next) => {
      try {
        res.json(await mistral.chat.complete({ model: MODEL, messages: ex.getGuard(req).messages as SdkMessages }));
      } catch (err) {
        next(err);
      }
    });
    app.post('/chat/stream', ...stack, async (req, res, next) => {
      const controller = new AbortController();
      res.on('close', () => controller.abort());
      try {
        const frames = streamFrames(mistral, ex.getGuard(req), controller.signal);
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        for await (const frame of frames) res.write(frame);
        res.end();
      } catch (err) {
        if (!controller.signal.aborted) next(err);
      }
    });
    app.post('/chat/crash', ...stack, () => {
      throw new Error(`database refused password=${crash}`);
    });
    app.get('/health', (_req, res) => {
      res.json({ ok: true });
    });
    app.use(ex.guardErrorHandler({ onServerError: () => {} }));
    return app as unknown as Server;
  }
  const app = new Koa();
  app.silent = true;
  if (options.trustProxy) app.proxy = true;
  const router = new Router();
  const stack = ko.secureChat({
    ...(options.guard as ko.SecureChatOptions),
    errors: options.guard?.errors === false ? false : { onServerError: () => {}, ...options.guard?.errors },
    userId: (ctx) => ctx.get(userHeader) || undefined,
    moderation: options.guard?.moderation === false ? false : { client: mistral, logger: { warn() {} }, ...options.guard?.moderation },
  });
  router.post('/chat', stack, async (ctx) => {
    ctx.body = await complete(mistral, ko.getGuard(ctx));
  });
  router.post('/chat/raw', stack, async (ctx) => {
    ctx.body = await mistral.chat.complete({ model: MODEL, messages: ko.getGuard(ctx).messages as SdkMessages });
  });
  router.post('/chat/stream', stack, async (ctx) => {
    const controller = new AbortController();
    ctx.res.on('close', () => controller.abort());
    const frames = streamFrames(mistral, ko.getGuard(ctx), controller.signal);
    // The first frame before answering, so an upstream failure is still a JSON error.
    const first = await frames.next();
    ctx.type = 'text/event-stream';
    ctx.body = Readable.from(
      (async function* all() {
        if (!first.done) yield first.value;
        try {
          yield* frames;
        } catch {
          // the client left
        }
      })(),
    );
  });
  router.post('/chat/crash', stack, () => {
    throw new Error(`database refused password=${crash}`);
  });
  router.get('/health', (ctx) => {
    ctx.body = { ok: true };
  });
  app.use(router.routes());
  return app.callback();
}
