/**
 * What each piece of `secureChat()` costs in server CPU time, measured by taking it away: the full stack
 * and the stack without one piece (`--without`, see `bench/lib/http-apps.ts`) each run in their own server,
 * loaded in turn round by round with the HTTP bench's 4 KB chat body; a piece costs the CPU per request of
 * the full stack minus that of the stack without it (median over rounds of the per-round difference).
 * Unlike a sampling profile, this charges nothing by wall-clock samples (a process the machine pre-empts
 * inside a syscall collects samples there) and catches costs spread across the process (promise hooks,
 * GC). `bare` (framework, body parser, handler) is measured alongside for scale.
 *
 * Run: node --import tsx bench/http-ladder.ts <express|koa> [--rounds N] [--seconds S] [--build]
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { numberOption } from './lib/args.js';
import { realisticPrompt } from './lib/prompts.js';
import type { Framework } from './lib/http-apps.js';

const args = process.argv.slice(2);
const framework = (args[0] ?? 'koa') as Framework;
const rounds = numberOption(args, 'rounds', 6);
const seconds = numberOption(args, 'seconds', 3);
const body = JSON.stringify({ messages: [{ role: 'user', content: realisticPrompt(3950, 7) }] });

/** The rungs: a name and the bench server's arguments after the framework. */
const RUNGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['secureChat', ['secure']],
  ['without output', ['secure', '--without', 'output']],
  ['without audit', ['secure', '--without', 'audit']],
  ['without moderation', ['secure', '--no-moderation']],
  ['without rate limit + token budget', ['secure', '--without', 'rateLimit,tokenBudget']],
  ['without headers', ['secure', '--without', 'headers']],
  ['without error handler', ['secure', '--without', 'errors']],
  ['bare', ['bare']],
];

const children: ChildProcess[] = [];
const script = fileURLToPath(new URL('./lib/http-server.ts', import.meta.url));
const env = { ...process.env, ...(args.includes('--build') ? { MISTRAL_GUARD_BENCH_BUILD: '1' } : {}) };

function start(serverArgs: readonly string[]): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, framework, ...serverArgs], { stdio: ['ignore', 'pipe', 'inherit'], env });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const port = /PORT (\d+)/.exec(out);
      if (port) resolve(`http://127.0.0.1:${port[1]}`);
    });
    child.once('exit', (code) => reject(new Error(`server ${serverArgs.join(' ')} exited with ${code}`)));
  });
}

async function cpu(base: string): Promise<number> {
  const usage = (await (await fetch(`${base}/__cpu`)).json()) as { user: number; system: number };
  return usage.user + usage.system;
}

async function cpuPerRequest(base: string, duration: number): Promise<number> {
  const before = await cpu(base);
  const result = await autocannon({ url: `${base}/api/chat`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: 10, duration });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${base}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return ((await cpu(base)) - before) / result.requests.total;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

try {
  const bases = await Promise.all(RUNGS.map(([, serverArgs]) => start(serverArgs)));
  for (const base of bases) await cpuPerRequest(base, 1);
  const us: number[][] = RUNGS.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = bases.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) us[i]!.push(await cpuPerRequest(bases[i]!, seconds));
    console.log(`round ${round + 1}: ${RUNGS.map(([name], i) => `${name} ${us[i]!.at(-1)!.toFixed(0)}`).join(', ')} µs CPU per request`);
  }
  const full = us[0]!;
  console.log(`${framework}, µs CPU per request (median of ${rounds} rounds), and what the piece costs (full stack minus the rung, median of the per-round differences):`);
  RUNGS.forEach(([name], i) => {
    const own = median(us[i]!);
    const cost = i === 0 ? '' : `; ${name === 'bare' ? 'secureChat over bare' : 'the piece'}: ${median(full.map((f, r) => f - us[i]![r]!)).toFixed(0)} µs`;
    console.log(`  ${name.padEnd(34)} ${own.toFixed(0).padStart(5)}${cost}`);
  });
} finally {
  for (const child of children) child.kill('SIGTERM');
}
