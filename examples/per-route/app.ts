/**
 * Opt-in on one route of an existing app: only `POST /support/ask` is guarded; the rest of the app
 * is untouched. Run: `npm run start:per-route` (offline fake when no key).
 */
import express from 'express';
import { getGuard, guardErrorHandler, moderate, sanitizeInput, sanitizeOutput } from 'mistral-guard/express';
import { completeChat } from '../shared/chat.js';
import type { Mistral } from '@mistralai/mistralai';

export function createApp(mistral: Mistral): express.Express {
  const app = express();
  app.use(express.json());

  // Existing routes stay as they were.
  app.get('/products', (_req, res) => {
    res.json([{ id: 1, name: 'Kettle' }]);
  });

  // The one route that sends user text to Mistral gets the guard, with its own policy.
  app.post(
    '/support/ask',
    sanitizeInput({
      promptFields: ['question'],
      systemPrompt: 'You answer questions about ACME orders. Be brief.',
      pii: { types: { EMAIL: 'pseudonymize' } },
      maxMessageChars: 1000,
    }),
    moderate({ client: mistral, onError: 'allow' }),
    // The answer is cleaned on its way out; this route's JSON field is `answer`.
    sanitizeOutput({ fields: ['answer'] }),
    async (req, res, next) => {
      try {
        const guard = getGuard(req);
        const { reply } = await completeChat(mistral, 'mistral-small-latest', guard);
        res.json({ answer: reply, flagged: guard.verdict === 'flag' });
      } catch (err) {
        next(err);
      }
    },
  );

  app.use(guardErrorHandler());
  return app;
}
