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
import { fileURLToPath } from 'node:url';
import { numberOption } from './lib/args.js';
import { benchServers, cpuPerRequest } from './lib/bench-servers.js';
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

const script = fileURLToPath(new URL('./lib/http-server.ts', import.meta.url));
const servers = benchServers(args.includes('--build'));

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

try {
  const bases = await Promise.all(RUNGS.map(([, serverArgs]) => servers.start(script, [framework, ...serverArgs])));
  for (const base of bases) await cpuPerRequest(base, body, 1);
  const us: number[][] = RUNGS.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = bases.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) us[i]!.push(await cpuPerRequest(bases[i]!, body, seconds));
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
  servers.stopAll();
}
