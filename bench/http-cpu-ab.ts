/**
 * Server CPU time per request of one bench app, this checkout against another (`--against DIR`: a copy of
 * an earlier commit, e.g. `git archive <commit> | tar -x -C DIR` with `node_modules` linked in), side by
 * side: both servers start, then autocannon loads each in turn, round by round, with the HTTP bench's 4 KB
 * chat body. CPU time (getrusage of each server process) per request served is far steadier than
 * requests per second on a machine shared with other work; the ratio of the two, round by round, is
 * the result.
 *
 * Run: node --import tsx bench/http-cpu-ab.ts <express|koa> <variant> --against DIR [--rounds N] [--seconds S]
 *      [--connections C] [--build: both checkouts' built packages, `npm run build` in each first]
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { realisticPrompt } from './lib/prompts.js';
import type { Framework, Variant } from './lib/http-apps.js';
import { numberOption } from './lib/args.js';

const args = process.argv.slice(2);
const framework = (args[0] ?? 'express') as Framework;
const variant = (args[1] ?? 'secure') as Variant;
const option = (name: string, fallback: number): number => numberOption(args, name, fallback);
const againstAt = args.indexOf('--against');
if (againstAt === -1) throw new Error('usage: http-cpu-ab.ts <express|koa> <variant> --against DIR [--rounds N] [--seconds S]');
const against = args[againstAt + 1]!;
const rounds = option('rounds', 6);
const seconds = option('seconds', 4);
const connections = option('connections', 10);

const body = JSON.stringify({ messages: [{ role: 'user', content: realisticPrompt(3950, 7) }] });
const children: ChildProcess[] = [];

function start(script: string): Promise<string> {
  const env = { ...process.env, ...(args.includes('--build') ? { MISTRAL_GUARD_BENCH_BUILD: '1' } : {}) };
  const child = spawn(process.execPath, ['--import', 'tsx', script, framework, variant], { stdio: ['ignore', 'pipe', 'inherit'], env });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const port = /PORT (\d+)/.exec(out);
      if (port) resolve(`http://127.0.0.1:${port[1]}`);
    });
    child.once('exit', (code) => reject(new Error(`server ${script} exited with ${code}`)));
  });
}

async function cpu(base: string): Promise<number> {
  const usage = (await (await fetch(`${base}/__cpu`)).json()) as { user: number; system: number };
  return usage.user + usage.system;
}

async function cpuPerRequest(base: string, duration: number): Promise<number> {
  const before = await cpu(base);
  const result = await autocannon({ url: `${base}/api/chat`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${base}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return ((await cpu(base)) - before) / result.requests.total;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

try {
  const here = await start(fileURLToPath(new URL('./lib/http-server.ts', import.meta.url)));
  const there = await start(join(against, 'bench/lib/http-server.ts'));
  await cpuPerRequest(here, 2);
  await cpuPerRequest(there, 2);
  const mine: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [here, there] : [there, here];
    for (const base of order) (base === here ? mine : theirs).push(await cpuPerRequest(base, seconds));
    console.log(`round ${round + 1}: this checkout ${mine.at(-1)!.toFixed(0)} µs CPU per request, the other ${theirs.at(-1)!.toFixed(0)}: ${(mine.at(-1)! / theirs.at(-1)!).toFixed(2)}x`);
  }
  const ratios = mine.map((m, i) => m / theirs[i]!);
  console.log(
    `${framework} ${variant}: median CPU per request ${median(mine).toFixed(0)} µs here, ${median(theirs).toFixed(0)} µs in ${against}; ` +
      `median ratio ${median(ratios).toFixed(2)}x (rounds ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
  );
} finally {
  for (const child of children) child.kill('SIGTERM');
}
