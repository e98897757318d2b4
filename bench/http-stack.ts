/**
 * Requests per second of the demo-shaped chat route behind `secureChat()`, next to the seeds' stack
 * (helmet + express-rate-limit + one winston line), the seeds' stack with mistral-guard's input scan and
 * moderation added (the same detectors as secureChat, so the ratio shows the cost of the edge pieces) and
 * the bare framework, on a 4 KB chat body, with the
 * handler answering a fixed reply and moderation answered from its cache. Each app runs in its own
 * process; autocannon runs here, alternating the apps round by round so machine noise hits all alike.
 *
 * Run: node --import tsx bench/http-stack.ts express   (or koa; `--rounds N --seconds S --connections C`,
 *      `--no-system-prompt` for the scan without the demo's system prompt, `--distinct` for a different body
 *      on every request, `--build` for the built package instead of the sources through tsx)
 * Results: bench/results/http-<framework>.json (`-distinct`, `-build` added to the name with those flags)
 *
 * With one body repeated, the scanner's cache of per-text work answers every request after the first (as it
 * does for the history a chat client resends); `--distinct` sends 4,096 bodies in turn, more than the cache
 * holds, so every request is scanned in full. Moderation is then off in `guarded` and `secure` alike: every
 * body would miss its cache and wait on Mistral, a cost that is not this package's.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { realisticPrompt } from './lib/prompts.js';
import { REPLY } from './lib/http-apps.js';
import type { Framework, Variant } from './lib/http-apps.js';
import { numberOption } from './lib/args.js';

const args = process.argv.slice(2);
const framework = (args[0] ?? 'express') as Framework;
if (framework !== 'express' && framework !== 'koa') throw new Error('usage: http-stack.ts <express|koa> [--rounds N] [--seconds S] [--connections C]');
const option = (name: string, fallback: number): number => numberOption(args, name, fallback);
const rounds = option('rounds', 5);
const seconds = option('seconds', 5);
const connections = option('connections', 10);
const variants: Variant[] = ['seeds', 'edge', 'guarded', 'secure', 'bare'];
const noSystemPrompt = args.includes('--no-system-prompt');
const distinct = args.includes('--distinct');
/** `--build`: the apps run the built package (`npm run build` first) instead of the sources through tsx. */
const build = args.includes('--build');

// One user message of about 4 KB (under the default 4,000-character message limit), as issue 16 measured.
const prompt = realisticPrompt(3950, 7);
const body = JSON.stringify({ messages: [{ role: 'user', content: prompt }] });
/** Distinct bodies of the same size and kind: the prompt's lines rotated, behind a ticket number. */
const lines = prompt.split('\n');
const bodies = distinct
  ? Array.from({ length: 4096 }, (_, i) => {
      const k = i % lines.length;
      const text = `Ticket ${i}: ${[...lines.slice(k), ...lines.slice(0, k)].join('\n')}`.slice(0, prompt.length);
      return JSON.stringify({ messages: [{ role: 'user', content: text }] });
    })
  : [body];
let sent = 0;

/** Every server started, so all are stopped whatever happens. */
const children: ChildProcess[] = [];

function startServer(variant: Variant): Promise<{ child: ChildProcess; url: string }> {
  const script = fileURLToPath(new URL('./lib/http-server.ts', import.meta.url));
  const flags = [...(noSystemPrompt ? ['--no-system-prompt'] : []), ...(distinct ? ['--no-moderation'] : [])];
  const child = spawn(process.execPath, ['--import', 'tsx', script, framework, variant, ...flags], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...(build ? { MISTRAL_GUARD_BENCH_BUILD: '1' } : {}) },
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    // Generous: on a busy machine, compiling the lexicons at start takes a while.
    const timer = setTimeout(() => reject(new Error(`${variant} server did not start within 180 s`)), 180_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const port = /PORT (\d+)/.exec(out);
      if (port) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${port[1]}/api/chat` });
      }
    });
    child.once('exit', (code) => reject(new Error(`${variant} server exited with ${code}`)));
  });
}

async function cpuMicros(url: string): Promise<number> {
  const usage = (await (await fetch(new URL('/__cpu', url))).json()) as { user: number; system: number };
  return usage.user + usage.system;
}

interface Run {
  rps: number;
  /** Server CPU time per request in µs (user + system). */
  cpuUs: number;
  non2xx: number;
  errors: number;
  p50: number;
  p99: number;
}

async function run(url: string, duration: number): Promise<Run> {
  const before = await cpuMicros(url);
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration,
    // Each request takes the next body of the pool (the one body, without --distinct).
    ...(distinct ? { requests: [{ setupRequest: (req: autocannon.Request): autocannon.Request => ({ ...req, body: bodies[sent++ % bodies.length]! }) }] } : {}),
  });
  const cpu = (await cpuMicros(url)) - before;
  return {
    rps: result.requests.average,
    cpuUs: cpu / Math.max(1, result.requests.total),
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const servers = new Map<Variant, { child: ChildProcess; url: string }>();
try {
  for (const variant of variants) servers.set(variant, await startServer(variant));
  // Each app answers correctly before it is timed (a refusal would be fast and meaningless).
  for (const [variant, { url }] of servers) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const answer = (await res.json()) as unknown;
    if (res.status !== 200 || JSON.stringify(answer) !== JSON.stringify(REPLY)) {
      throw new Error(`${variant} answered ${res.status} ${JSON.stringify(answer)}`);
    }
  }
  for (const [, { url }] of servers) await run(url, 2); // warm-up (JIT, moderation cache)

  const samples: Record<Variant, number[]> = { bare: [], seeds: [], edge: [], guarded: [], secure: [] };
  const latency: Record<Variant, Array<{ p50: number; p99: number }>> = { bare: [], seeds: [], edge: [], guarded: [], secure: [] };
  const cpu: Record<Variant, number[]> = { bare: [], seeds: [], edge: [], guarded: [], secure: [] };
  const ratios: number[] = [];
  const bareRatios: number[] = [];
  const edgeRatios: number[] = [];
  const ownEdgeRatios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Rotate the order every round.
    const order = variants.map((_, i) => variants[(i + round) % variants.length]!);
    const got: Partial<Record<Variant, number>> = {};
    for (const variant of order) {
      const r = await run(servers.get(variant)!.url, seconds);
      if (r.non2xx > 0 || r.errors > 0) throw new Error(`${variant}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
      samples[variant].push(r.rps);
      latency[variant].push({ p50: r.p50, p99: r.p99 });
      cpu[variant].push(r.cpuUs);
      got[variant] = r.rps;
    }
    ratios.push(got.secure! / got.seeds!);
    bareRatios.push(got.secure! / got.bare!);
    edgeRatios.push(got.secure! / got.guarded!);
    ownEdgeRatios.push(got.edge! / got.seeds!);
    console.log(
      `round ${round + 1}: seeds ${got.seeds!.toFixed(0)} req/s, edge ${got.edge!.toFixed(0)}, seeds+scan ${got.guarded!.toFixed(0)}, secureChat ${got.secure!.toFixed(0)}, bare ${got.bare!.toFixed(0)}; ` +
        `(CPU µs/request: seeds ${cpu.seeds.at(-1)!.toFixed(0)}, edge ${cpu.edge.at(-1)!.toFixed(0)}, seeds+scan ${cpu.guarded.at(-1)!.toFixed(0)}, secureChat ${cpu.secure.at(-1)!.toFixed(0)}, bare ${cpu.bare.at(-1)!.toFixed(0)}); ` +
        `edge/seeds ${(got.edge! / got.seeds!).toFixed(2)}x, secureChat/seeds ${(got.secure! / got.seeds!).toFixed(2)}x, secureChat/(seeds+scan) ${(got.secure! / got.guarded!).toFixed(2)}x, secureChat/bare ${(got.secure! / got.bare!).toFixed(2)}x`,
    );
  }
  const result = {
    command: `node --import tsx bench/http-stack.ts ${framework} --rounds ${rounds} --seconds ${seconds} --connections ${connections}${noSystemPrompt ? ' --no-system-prompt' : ''}${distinct ? ' --distinct' : ''}${build ? ' --build' : ''}`,
    code: build ? 'the built package (dist/)' : 'the sources through tsx',
    systemPrompt: !noSystemPrompt,
    bodies: distinct ? 'distinct: 4096 bodies in turn, more than the scan cache holds; moderation off in guarded and secure' : 'one body repeated (scan answered from its cache after the first request, moderation from its cache)',
    date: new Date().toISOString(),
    node: process.version,
    framework,
    body: { bytes: Buffer.byteLength(body), promptChars: prompt.length },
    autocannon: { connections, seconds, rounds, pipelining: 1 },
    medianRps: Object.fromEntries(variants.map((v) => [v, Math.round(median(samples[v]))])),
    samplesRps: Object.fromEntries(variants.map((v) => [v, samples[v].map((x) => Math.round(x))])),
    cpuUsPerRequest: Object.fromEntries(variants.map((v) => [v, Math.round(median(cpu[v]))])),
    latencyMs: Object.fromEntries(variants.map((v) => [v, { p50: median(latency[v].map((l) => l.p50)), p99: median(latency[v].map((l) => l.p99)) }])),
    secureOverSeeds: { median: Number(median(ratios).toFixed(3)), rounds: ratios.map((r) => Number(r.toFixed(3))) },
    secureOverBare: { median: Number(median(bareRatios).toFixed(3)), rounds: bareRatios.map((r) => Number(r.toFixed(3))) },
    // mistral-guard's edge pieces (no scan) next to the seeds' stack they replace.
    edgeOverSeeds: { median: Number(median(ownEdgeRatios).toFixed(3)), rounds: ownEdgeRatios.map((r) => Number(r.toFixed(3))) },
    // The same detectors on both sides: what mistral-guard's edge pieces cost next to helmet + express-rate-limit + winston.
    secureOverSeedsWithScan: { median: Number(median(edgeRatios).toFixed(3)), rounds: edgeRatios.map((r) => Number(r.toFixed(3))) },
  };
  console.log(JSON.stringify(result, null, 2));
  writeFileSync(new URL(`./results/http-${framework}${noSystemPrompt ? '-no-system-prompt' : ''}${distinct ? '-distinct' : ''}${build ? '-build' : ''}.json`, import.meta.url), JSON.stringify(result, null, 2) + '\n');
} finally {
  for (const child of children) child.kill('SIGTERM');
}
