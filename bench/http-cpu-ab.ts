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
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realisticPrompt } from './lib/prompts.js';
import type { Framework, Variant } from './lib/http-apps.js';
import { numberOption } from './lib/args.js';
import { benchServers, cpuPerRequest } from './lib/bench-servers.js';

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
const servers = benchServers(args.includes('--build'));

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

try {
  const here = await servers.start(fileURLToPath(new URL('./lib/http-server.ts', import.meta.url)), [framework, variant]);
  const there = await servers.start(join(against, 'bench/lib/http-server.ts'), [framework, variant]);
  await cpuPerRequest(here, body, 2, connections);
  await cpuPerRequest(there, body, 2, connections);
  const mine: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [here, there] : [there, here];
    for (const base of order) (base === here ? mine : theirs).push(await cpuPerRequest(base, body, seconds, connections));
    console.log(`round ${round + 1}: this checkout ${mine.at(-1)!.toFixed(0)} µs CPU per request, the other ${theirs.at(-1)!.toFixed(0)}: ${(mine.at(-1)! / theirs.at(-1)!).toFixed(2)}x`);
  }
  const ratios = mine.map((m, i) => m / theirs[i]!);
  console.log(
    `${framework} ${variant}: median CPU per request ${median(mine).toFixed(0)} µs here, ${median(theirs).toFixed(0)} µs in ${against}; ` +
      `median ratio ${median(ratios).toFixed(2)}x (rounds ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
  );
} finally {
  servers.stopAll();
}
