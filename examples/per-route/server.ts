import { connectUpstream } from '../shared/upstream.js';
import { createApp } from './app.js';

const upstream = await connectUpstream();
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
createApp(upstream.mistral).listen(port, host, () => {
  console.log(`per-route example listening on http://${host}:${port} (POST /support/ask is guarded)`);
  console.log(`Upstream: ${upstream.description}`);
});
