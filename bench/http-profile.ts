/**
 * Where the CPU of one chat request goes: one bench app (`bench/lib/http-apps.ts`) in its own process under
 * the V8 sampling profiler, autocannon sending the HTTP bench's 4 KB chat body, and every sample of the
 * measured window attributed to the nearest piece on its stack (the table below). CPU µs per request is the
 * server process's CPU time over the window / requests served (which the load of other processes disturbs
 * far less than requests per second), shared out among the pieces in proportion to their samples.
 *
 * Run: node --import tsx bench/http-profile.ts <express|koa> <bare|seeds|edge|guarded|secure>
 *      [--seconds S] [--warmup S] [--connections C] [--top N] [--save FILE.cpuprofile]
 *      [--build: the built package, `npm run build` first, instead of the sources through tsx]
 * Prints the table by piece and the functions with the most self time.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { realisticPrompt } from './lib/prompts.js';
import type { Framework, Variant } from './lib/http-apps.js';
import { numberOption } from './lib/args.js';

const args = process.argv.slice(2);
const framework = (args[0] ?? 'express') as Framework;
const variant = (args[1] ?? 'secure') as Variant;
const option = (name: string, fallback: number): number => numberOption(args, name, fallback);
const seconds = option('seconds', 10);
const warmup = option('warmup', 3);
const connections = option('connections', 10);
const top = option('top', 30);
const saveAt = args.indexOf('--save');
const saveTo = saveAt === -1 ? undefined : args[saveAt + 1];
const INTERVAL_US = 100;

/** The same body as `bench/http-stack.ts`: one user message of about 4 KB. */
const body = JSON.stringify({ messages: [{ role: 'user', content: realisticPrompt(3950, 7) }] });

/**
 * The pieces a sample is charged to: the first row matching the nearest frame (leaf to root) that any row
 * matches. `url` is matched as a substring of the script's URL.
 */
const PIECES: ReadonlyArray<{ piece: string; fn?: RegExp; url?: RegExp }> = [
  { piece: 'GC', fn: /^\(garbage collector\)$/ },
  { piece: 'moderation cache key', url: /src\/mistral\/cache\.ts/ },
  { piece: 'moderation (rest)', url: /src\/mistral\/(moderation|moderation-step)\.ts/ },
  { piece: 'output step', url: /src\/(mistral\/output-step|scan\/output|detect\/leak|detect\/html|stream\/)/ },
  { piece: 'input scan', url: /src\/(scan\/(pipeline|api|text-cache|policy|detectors|detection-copy|redaction|vault)|detect\/|text\/)/ },
  { piece: 'input guard (shape, secured messages)', url: /src\/scan\/(input-guard|input-shape|secure-messages|text-repair|data-normalize|random-hex)/ },
  { piece: 'audit + winston', url: /src\/audit\/|node_modules\/(winston|logform|readable-stream|triple-beam|safe-stable-stringify|@colors|fecha)/ },
  { piece: 'key-use scope (AsyncLocalStorage)', url: /src\/core\/key-use\.ts|node:internal\/async_local_storage|node:internal\/async_hooks|node:async_hooks/ },
  { piece: 'rate limit + token budget', url: /src\/limits\/|node_modules\/express-rate-limit/ },
  { piece: 'security headers', url: /node_modules\/helmet|security-headers\.ts/ },
  { piece: 'adapters (rest)', url: /src\/adapters\/|src\/core\// },
  { piece: 'body parser', url: /node_modules\/(body-parser|raw-body|iconv-lite|@koa\/bodyparser|co-body|type-is|content-type|bytes|inflation)/ },
  { piece: 'Express', url: /node_modules\/(express|router|finalhandler|send|on-finished|depd|accepts|negotiator|mime|etag|fresh|parseurl|qs|encodeurl|escape-html|cookie|vary|proxy-addr|path-to-regexp)\// },
  { piece: 'Koa', url: /node_modules\/(koa|@koa\/router|koa-compose|http-errors|statuses|only|delegates|cache-content-type|content-disposition|http-assert)/ },
  { piece: 'Node HTTP + streams', url: /^node:/ },
  { piece: 'bench harness', url: /bench\// },
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Node's crypto and timers are charged to their caller (a hash belongs to whoever asked for it). */
const TRANSPARENT = /^node:(internal\/)?(crypto|timers|buffer)/;

function pieceOfFrame(frame: ProfileNode['callFrame']): string | undefined {
  if (TRANSPARENT.test(frame.url)) return undefined;
  for (const row of PIECES) {
    if (row.fn !== undefined && row.fn.test(frame.functionName)) return row.piece;
    if (row.url !== undefined && row.url.test(frame.url)) return row.piece;
  }
  return undefined;
}

function analyse(profile: CpuProfile, requests: number, cpuUs: number): void {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const pieceOf = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = pieceOf.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const name = node.callFrame.functionName;
    let piece: string;
    if (name === '(idle)') piece = '(idle)';
    else if (name === '(program)') piece = '(program: native, unattributed)';
    else piece = pieceOfFrame(node.callFrame) ?? (parent.has(id) ? resolve(parent.get(id)!) : 'other');
    pieceOf.set(id, piece);
    return piece;
  };
  const pieceUs = new Map<string, number>();
  const selfUs = new Map<string, number>();
  const totalUs = new Map<string, number>();
  const whereOf = (frame: ProfileNode['callFrame']): string =>
    `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(src|node_modules|bench)\//, '$1/')}:${frame.lineNumber + 1}`;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? INTERVAL_US;
    const piece = resolve(id);
    pieceUs.set(piece, (pieceUs.get(piece) ?? 0) + us);
    const where = whereOf(byId.get(id)!.callFrame);
    selfUs.set(where, (selfUs.get(where) ?? 0) + us);
    // Inclusive time of our own functions: each counted once per sample, however deep it recurses.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (!frame.url.includes('/src/')) continue;
      const name = whereOf(frame);
      if (seen.has(name)) continue;
      seen.add(name);
      totalUs.set(name, (totalUs.get(name) ?? 0) + us);
    }
  });
  // Samples are taken on a wall-clock interval, so a process the machine's load pre-empts collects samples
  // while it waits; the process's CPU time (getrusage) is not inflated so, and the table is scaled to it.
  const busy = [...pieceUs].filter(([p]) => p !== '(idle)').reduce((n, [, us]) => n + us, 0);
  const scale = cpuUs / busy;
  console.log(
    `${framework} ${variant}: ${requests} requests in the profiled window; CPU µs per request (process, all threads): ${(cpuUs / requests).toFixed(0)}; ` +
      `main-thread samples not idle: ${(busy / requests).toFixed(0)} µs per request; the tables below are scaled by ${scale.toFixed(2)} to the CPU time`,
  );
  for (const [piece, us] of [...pieceUs].sort((a, b) => b[1] - a[1])) {
    if (piece === '(idle)') continue;
    console.log(`  ${((us * scale) / requests).toFixed(1).padStart(7)}  ${piece}`);
  }
  console.log(`top ${top} functions by self time (µs per request):`);
  for (const [where, us] of [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${((us * scale) / requests).toFixed(1).padStart(7)}  ${where}`);
  }
  console.log(`top ${top} functions of src/ by inclusive time (µs per request):`);
  for (const [where, us] of [...totalUs].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${((us * scale) / requests).toFixed(1).padStart(7)}  ${where}`);
  }
}

const script = fileURLToPath(new URL('./lib/http-server.ts', import.meta.url));
const child = spawn(process.execPath, ['--import', 'tsx', script, framework, variant], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, PROFILE_INTERVAL_US: String(INTERVAL_US), ...(args.includes('--build') ? { MISTRAL_GUARD_BENCH_BUILD: '1' } : {}) },
});
try {
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const port = /PORT (\d+)/.exec(out);
      if (port) resolve(`http://127.0.0.1:${port[1]}`);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  const load = (duration: number): Promise<autocannon.Result> =>
    autocannon({ url: `${base}/api/chat`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration });
  const warm = await load(warmup);
  if (warm.non2xx > 0) throw new Error(`the app refused ${warm.non2xx} warm-up requests`);
  const cpu = async (): Promise<number> => {
    const usage = (await (await fetch(`${base}/__cpu`)).json()) as { user: number; system: number };
    return usage.user + usage.system;
  };
  await fetch(`${base}/__profile/start`);
  const before = await cpu();
  const measured = await load(seconds);
  const cpuUs = (await cpu()) - before;
  const profile = (await (await fetch(`${base}/__profile/stop`)).json()) as CpuProfile;
  if (measured.non2xx > 0 || measured.errors > 0) throw new Error(`${measured.non2xx} non-2xx answers, ${measured.errors} errors`);
  if (saveTo !== undefined) writeFileSync(saveTo, JSON.stringify(profile));
  analyse(profile, measured.requests.total, cpuUs);
} finally {
  child.kill('SIGTERM');
}
