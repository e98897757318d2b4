/**
 * Async resources one chat request makes, by type (promises, timers, ticks, ...), counted with an
 * async hook while one bench app (`bench/lib/http-apps.ts`) answers the HTTP bench's 4 KB chat body, one
 * request at a time over a kept-alive connection. Unlike CPU time, these counts do not move with the
 * machine's load: each promise is work for the `AsyncLocalStorage` hooks (key-use scope) and each timer a
 * timer-list entry, so they are a steady measure of per-request churn. The client's own resources (one
 * request object, its ticks) are counted too, the same in every app.
 *
 * `--where`: also the code that made each promise and tick, by the nearest frame of our sources or of a
 * package (a stack trace per resource: slow, use few requests).
 *
 * Run: node --import tsx bench/http-async-count.ts <express|koa> <variant> [--requests N] [--without a,b] [--where]
 */
import { createHook } from 'node:async_hooks';
import { Agent, createServer, request } from 'node:http';
import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMistralClient } from '../src/mistral/index.js';
import { startFakeMistral } from '../src/testing/index.js';
import { numberOption } from './lib/args.js';
import { expressApp, koaApp } from './lib/http-apps.js';
import type { Framework, SecurePiece, Variant } from './lib/http-apps.js';
import { realisticPrompt } from './lib/prompts.js';

const args = process.argv.slice(2);
const framework = (args[0] ?? 'koa') as Framework;
const variant = (args[1] ?? 'secure') as Variant;
const requests = numberOption(args, 'requests', 200);
const withoutAt = args.indexOf('--without');
const without = (withoutAt === -1 ? [] : args[withoutAt + 1]!.split(',')) as SecurePiece[];
const where = args.includes('--where');

const fake = await startFakeMistral();
const mistral = createMistralClient({ apiKey: 'bench', serverURL: fake.url, retry: false });
const app = (framework === 'express' ? expressApp(variant, mistral, undefined, true, without) : koaApp(variant, mistral, undefined, true, without).callback()) as RequestListener;

const counts = new Map<string, number>();
const origins = new Map<string, number>();
/** The nearest frame of our sources or of a package (node internals skipped), as `path:line`. */
function origin(): string {
  const stack = new Error().stack?.split('\n').slice(3) ?? [];
  for (const line of stack) {
    const m = /(?:src|node_modules)\/[^\s)]*/.exec(line);
    if (m !== null && !m[0].includes('http-async-count')) return m[0].replace(/:\d+$/, '');
  }
  return '(node internals)';
}
let counting = false;
const hook = createHook({
  init(_id, type) {
    if (!counting) return;
    counts.set(type, (counts.get(type) ?? 0) + 1);
    if (where && (type === 'PROMISE' || type === 'TickObject')) {
      const key = `${type} ${origin()}`;
      origins.set(key, (origins.get(key) ?? 0) + 1);
    }
  },
}).enable();
if (where) Error.stackTraceLimit = 30;

const server = createServer(app).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/chat`;
const body = JSON.stringify({ messages: [{ role: 'user', content: realisticPrompt(3950, 7) }] });
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

function send(): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

try {
  for (let i = 0; i < 50; i++) await send(); // warm-up: caches filled, lazy modules loaded
  counting = true;
  for (let i = 0; i < requests; i++) {
    const status = await send();
    if (status !== 200) throw new Error(`the app answered ${status}`);
  }
  counting = false;
  const perRequest = [...counts].sort((a, b) => b[1] - a[1]).map(([type, n]) => `${type} ${(n / requests).toFixed(1)}`);
  console.log(`${framework} ${variant}${without.length > 0 ? ` without ${without.join(',')}` : ''}: async resources per request: ${perRequest.join(', ')}`);
  if (where) for (const [key, n] of [...origins].sort((a, b) => b[1] - a[1])) console.log(`  ${(n / requests).toFixed(1).padStart(5)}  ${key}`);
} finally {
  hook.disable();
  agent.destroy();
  server.close();
  await fake.close();
}
