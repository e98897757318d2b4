/**
 * The demo chat backend on Koa (`npm run start:koa`). Without MISTRAL_API_KEY it embeds a fake Mistral.
 */
import { serveDemo } from '../shared/serve.js';
import { createChatApp } from './app.js';

await serveDemo('Koa', (settings, port, host, ready) => createChatApp(settings).listen(port, host, ready));
