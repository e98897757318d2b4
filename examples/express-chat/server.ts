/**
 * `npm start`: the demo chat backend on Express. Without MISTRAL_API_KEY it embeds a fake Mistral.
 */
import { serveDemo } from '../shared/serve.js';
import { createChatApp } from './app.js';

await serveDemo('Express', (settings, port, host, ready) => createChatApp(settings).listen(port, host, ready));
