/**
 * The per-route example (`npm run start:per-route`): only POST /support/ask is guarded.
 */
import { serveDemo } from '../shared/serve.js';
import { createApp } from './app.js';

await serveDemo('per-route, POST /support/ask guarded', ({ mistral }, port, host, ready) => createApp(mistral).listen(port, host, ready));
