/**
 * `npm start`: the demo chat backend on Express. Without MISTRAL_API_KEY it embeds a fake Mistral.
 */
import { connectUpstream } from '../shared/upstream.js';
import { createChatApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const upstream = await connectUpstream();
const app = createChatApp({
  mistral: upstream.mistral,
  model: process.env.MISTRAL_MODEL ?? 'mistral-small-latest',
  systemPrompt: process.env.SYSTEM_PROMPT ?? 'You are a friendly, concise assistant for the ACME online shop.',
});

const server = app.listen(port, host, () => {
  console.log(`mistral-guard demo (Express) listening on http://${host}:${port}`);
  console.log(`Upstream: ${upstream.description}`);
});

function stop(): void {
  server.close();
  server.closeAllConnections();
  void upstream.close();
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
