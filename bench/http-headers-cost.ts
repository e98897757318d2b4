/**
 * What the response headers of `secureChat()` cost Node itself, apart from everything else: two plain
 * `node:http` servers answer the HTTP bench's 4 KB chat body with the same JSON reply, one with only its
 * content type, the other with the headers secureChat sends (helmet's preset as recorded, Cache-Control,
 * RateLimit, RateLimit-Policy, X-Request-Id), each set with `setHeader` as the adapters do. Both are
 * loaded in turn, round by round, and their CPU time per request compared. `--busy US` spins that long in
 * each request before answering, so the client waits for the server as it does for the real stack
 * (a server faster than the client writes to a client that is already awake: cheaper sends).
 *
 * Run: node --import tsx bench/http-headers-cost.ts [--busy US] [--rounds N] [--seconds S]
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createHeadersMiddleware } from '../src/adapters/shared/security-headers.js';
import { numberOption } from './lib/args.js';
import { realisticPrompt } from './lib/prompts.js';

const args = process.argv.slice(2);
const REPLY = JSON.stringify({ reply: 'Thanks for your message; our team will get back to you shortly.' });

/** The headers secureChat adds to a chat answer, set on a stand-in response once. */
function secureChatHeaders(): Array<[string, string | number | readonly string[]]> {
  const set: Array<[string, string | number | readonly string[]]> = [];
  const recorder = { setHeader: (name: string, value: string | number | readonly string[]) => set.push([name, value]), removeHeader: () => undefined };
  createHeadersMiddleware()({} as never, recorder as unknown as ServerResponse, () => undefined);
  set.push(['RateLimit-Policy', '1000000000;w=60'], ['RateLimit', 'limit=1000000000, remaining=999999999, reset=60'], ['X-Request-Id', '6f1c1f0e-3c55-4a8e-9a53-2f0e8b1d7c42']);
  return set;
}

/** Server mode: `--serve <none|secure> <busyUs>`, prints its port. */
if (args[0] === '--serve') {
  const headers = args[1] === 'secure' ? secureChatHeaders() : [];
  const busyNs = BigInt(Math.round(Number(args[2]) * 1000));
  const server = createServer((req, res) => {
    if (req.url === '/__cpu') {
      res.end(JSON.stringify(process.cpuUsage()));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const until = process.hrtime.bigint() + busyNs;
      while (process.hrtime.bigint() < until);
      for (const [name, value] of headers) res.setHeader(name, value);
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(REPLY);
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => console.log(`PORT ${(server.address() as AddressInfo).port}`));
} else {
  const busy = numberOption(args, 'busy', 0);
  const rounds = numberOption(args, 'rounds', 6);
  const seconds = numberOption(args, 'seconds', 3);
  const body = JSON.stringify({ messages: [{ role: 'user', content: realisticPrompt(3950, 7) }] });
  const children: ChildProcess[] = [];
  const start = (mode: string): Promise<string> => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', mode, String(busy)], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    return new Promise((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        const port = /PORT (\d+)/.exec(chunk.toString('utf8'));
        if (port) resolve(`http://127.0.0.1:${port[1]}`);
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
  };
  const cpu = async (base: string): Promise<number> => {
    const usage = (await (await fetch(`${base}/__cpu`)).json()) as { user: number; system: number };
    return usage.user + usage.system;
  };
  const cpuPerRequest = async (base: string, duration: number): Promise<number> => {
    const before = await cpu(base);
    const result = await autocannon({ url: `${base}/api/chat`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: 10, duration });
    return ((await cpu(base)) - before) / result.requests.total - busy;
  };
  try {
    const plain = await start('none');
    const secure = await start('secure');
    await cpuPerRequest(plain, 1);
    await cpuPerRequest(secure, 1);
    const extra: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const order = round % 2 === 0 ? [plain, secure] : [secure, plain];
      const us = new Map<string, number>();
      for (const base of order) us.set(base, await cpuPerRequest(base, seconds));
      extra.push(us.get(secure)! - us.get(plain)!);
      console.log(`round ${round + 1}: CPU µs per request besides the ${busy} µs spin: content type only ${us.get(plain)!.toFixed(1)}, secureChat's headers ${us.get(secure)!.toFixed(1)}`);
    }
    const sorted = [...extra].sort((a, b) => a - b);
    console.log(`secureChat's ${secureChatHeaders().length} response headers cost ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} µs CPU per request (median; rounds ${extra.map((x) => x.toFixed(1)).join(', ')})`);
  } finally {
    for (const child of children) child.kill('SIGTERM');
  }
}
