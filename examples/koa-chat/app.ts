/**
 * The demo chat backend on Koa: the same routes and stack as the Express demo.
 */
import Koa from 'koa';
import Router from '@koa/router';
import { PassThrough } from 'node:stream';
import { getGuard, guardErrorHandler, secureChat, securityHeaders } from 'mistral-guard/koa';
import type { SecureChatOptions } from 'mistral-guard/koa';
import { clientGone, completeChat, openChatStream, sseFrame } from '../shared/chat.js';
import { sentText } from '../shared/sent.js';
import { loadPage } from '../shared/page.js';
import type { DemoSettings } from '../shared/serve.js';

export interface ChatAppOptions extends DemoSettings {
  /** Extra options for the stack (moderation thresholds, PII policy, limits, audit logger, ...). */
  guard?: SecureChatOptions;
}

export function createChatApp(options: ChatAppOptions): Koa {
  const { mistral, model } = options;
  const app = new Koa();
  const router = new Router();
  const page = loadPage(options.publicDir);

  for (const [path, file] of page) {
    router.get(path, (ctx) => {
      ctx.type = file.type;
      ctx.body = file.body;
    });
  }

  // The whole stack, its own error handler, body parser and the strict JSON-API headers included.
  const guard = secureChat({
    ...options.guard,
    input: { systemPrompt: options.systemPrompt, ...options.guard?.input },
    moderation: options.guard?.moderation === false ? false : { client: mistral, ...options.guard?.moderation },
  });

  // Tells the page whether the offline fake answers, so it can say so.
  router.get('/api/info', (ctx) => {
    ctx.body = { offline: options.offline === true };
  });

  router.post('/api/chat', guard, async (ctx) => {
    const guardState = getGuard(ctx);
    const { reply } = await completeChat(mistral, model, guardState);
    ctx.body = { reply, sent: sentText(guardState), requestId: guardState.requestId, verdict: guardState.verdict };
  });

  router.post('/api/chat/stream', guard, async (ctx) => {
    const guardState = getGuard(ctx);
    const frames = await openChatStream(mistral, model, guardState, clientGone(ctx.res));
    const body = new PassThrough();
    body.write(sseFrame({ sent: sentText(guardState) }));
    ctx.type = 'text/event-stream';
    ctx.set('cache-control', 'no-cache');
    ctx.body = body;
    void (async () => {
      for await (const frame of frames) body.write(frame);
      body.end();
    })();
  });

  // Errors outside the chat routes (the page's, the router's 405, an unknown path's 404) as the documented JSON.
  app.use(guardErrorHandler());
  // The page variant of the headers for the whole app; the chat routes get the strict ones over it.
  app.use(securityHeaders({ preset: 'page' }));
  app.use(router.routes());
  app.use(router.allowedMethods());
  return app;
}
