/**
 * The demo chat backend on Express: the template a team copies.
 * `POST /api/chat` (JSON) and `POST /api/chat/stream` (SSE) behind the whole mistral-guard stack
 * (`secureChat`: audit, headers, limits, body parsing, input scan, moderation); the page's own files
 * under the page variant of the security headers.
 */
import express from 'express';
import { getGuard, guardErrorHandler, guardMethodNotAllowed, guardNotFound, secureChat, securityHeaders } from 'mistral-guard/express';
import type { SecureChatOptions } from 'mistral-guard/express';
import { clientGone, completeChat, openChatStream, sseFrame } from '../shared/chat.js';
import { sentText } from '../shared/sent.js';
import { loadPage } from '../shared/page.js';
import type { DemoSettings } from '../shared/serve.js';

export interface ChatAppOptions extends DemoSettings {
  /** Extra options for the stack (moderation thresholds, PII policy, limits, audit logger, ...). */
  guard?: SecureChatOptions;
}

export function createChatApp(options: ChatAppOptions): express.Express {
  const { mistral, model } = options;
  const app = express();
  app.disable('x-powered-by');
  // The whole app serves its own page: scripts, styles and API calls from this origin only. The chat
  // routes below get the strict JSON-API headers of the stack over these.
  app.use(securityHeaders({ preset: 'page' }));

  // One route per file, bound to it: routing is case-insensitive, so `req.path` (e.g. `/App.js`) is no map key.
  for (const [path, file] of loadPage(options.publicDir)) {
    app.get(path, (_req, res) => {
      res.type(file.type).send(file.body);
    });
  }

  const guard = secureChat({
    ...options.guard,
    input: { systemPrompt: options.systemPrompt, ...options.guard?.input },
    moderation: options.guard?.moderation === false ? false : { client: mistral, ...options.guard?.moderation },
  });
  // Tells the page whether the offline fake answers, so it can say so.
  app.get('/api/info', (_req, res) => {
    res.json({ offline: options.offline === true });
  });

  app.post('/api/chat', ...guard, async (req, res, next) => {
    try {
      const guardState = getGuard(req);
      const { reply } = await completeChat(mistral, model, guardState);
      res.json({ reply, sent: sentText(guardState), requestId: guardState.requestId, verdict: guardState.verdict });
    } catch (err) {
      next(err);
    }
  });

  app.post('/api/chat/stream', ...guard, async (req, res, next) => {
    try {
      const guardState = getGuard(req);
      const frames = await openChatStream(mistral, model, guardState, clientGone(res));
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      res.write(sseFrame({ sent: sentText(guardState) }));
      for await (const frame of frames) res.write(frame);
      res.end();
    } catch (err) {
      next(err);
    }
  });

  // The chat routes take POST only; every other method and path gets the documented JSON error.
  app.all(['/api/chat', '/api/chat/stream'], guardMethodNotAllowed(['POST']));
  app.use(guardNotFound());
  // Errors of the handlers above (upstream failures) as the documented JSON.
  app.use(guardErrorHandler());
  return app;
}
