/**
 * One piece of a chat request's edge work, this checkout against another, in one process: both versions
 * are imported side by side and timed in alternating batches (CPU time of the process per call), so the
 * machine's load falls on both alike. The ratio per round is the result; whole-server A/Bs
 * (`bench/http-cpu-ab.ts`) cannot resolve changes of a few µs in a request of several hundred.
 *
 * Pieces:
 * - `moderation-hit`: `moderator.check()` answered from its cache, on the HTTP bench's 4 KB conversation
 *   (the secured messages: the server's system prompt, then the user turn);
 * - `audit-record`: `auditor.record()` of a finished request, to a winston logger that discards its lines;
 * - `output-reply`: the output step on the HTTP bench's reply (65 characters, a JSON body) for a request
 *   secured by `sanitizeInput` with the demo's system prompt: a fresh canary per request, as in the server
 *   (`jsonNow` where the checkout has it, else `await json()`).
 *
 * `--turns`: one event-loop turn (`setImmediate`) after each call, as a server makes one request per turn;
 * without it, work a call defers (winston's ticks) piles up behind the loop and runs in bulk.
 *
 * Run: node --import tsx bench/edge-pieces-ab.ts <piece> --against DIR [--rounds N] [--calls N] [--turns]
 *      (DIR: e.g. `git archive <commit> | tar -x -C DIR`, node_modules linked in)
 */
import { Writable } from 'node:stream';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import winston from 'winston';
import { numberOption } from './lib/args.js';
import { realisticPrompt } from './lib/prompts.js';
import { SYSTEM_PROMPT } from './lib/http-apps.js';

const args = process.argv.slice(2);
const piece = args[0] ?? 'moderation-hit';
const againstAt = args.indexOf('--against');
if (againstAt === -1) throw new Error('usage: edge-pieces-ab.ts <moderation-hit|audit-record|output-reply> --against DIR [--rounds N] [--calls N] [--turns]');
const against = resolve(args[againstAt + 1]!);
const here = resolve(new URL('..', import.meta.url).pathname);
const rounds = numberOption(args, 'rounds', 10);
const calls = numberOption(args, 'calls', 3000);
const turns = args.includes('--turns');

type Call = () => unknown;

const load = async (root: string, file: string): Promise<Record<string, unknown>> => (await import(pathToFileURL(join(root, file)).href)) as Record<string, unknown>;

/** A Mistral client stand-in answering moderation with fixed low scores (only the first call reaches it). */
const client = {
  classifiers: {
    moderateChat: async () => ({ model: 'mistral-moderation-2411', results: [{ categories: {}, categoryScores: { sexual: 0.01, hate_and_discrimination: 0.01, violence_and_threats: 0.02, jailbreaking: 0.03 } }] }),
    moderate: async () => ({ model: 'mistral-moderation-2411', results: [{ categories: {}, categoryScores: { sexual: 0.01 } }] }),
  },
};

const messages = [
  { role: 'system', content: SYSTEM_PROMPT },
  { role: 'user', content: realisticPrompt(3950, 7) },
];

async function moderationHit(root: string): Promise<Call> {
  const { createModerator } = (await load(root, 'src/mistral/moderation.ts')) as { createModerator: (o: object) => { check: (m: unknown) => Promise<unknown> } };
  const moderator = createModerator({ client });
  await moderator.check(messages); // fills the cache
  return () => moderator.check(messages);
}

async function auditRecord(root: string): Promise<Call> {
  const { createAuditor } = (await load(root, 'src/audit/auditor.ts')) as { createAuditor: (o: object) => { record: (req: unknown, facts: unknown) => void } };
  const { createAuditLogger } = (await load(root, 'src/audit/logger.ts')) as { createAuditLogger: (o: object) => winston.Logger };
  const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
  const auditor = createAuditor({ logger: createAuditLogger({ transports: [new winston.transports.Stream({ stream: sink })] }) });
  const guard = { requestId: 'req-1', messages, findings: [], verdict: 'allow', moderation: { model: 'mistral-moderation-2411', flagged: [], blocked: [], scores: {}, cached: true } };
  const facts = { method: 'POST', route: '/api/chat', status: 200, finished: true, requestId: 'req-1', clientRequestId: undefined, guard, body: { reply: 'Thanks' }, outputChars: 75, latencyMs: 1.25 };
  return () => auditor.record({}, facts);
}

async function outputReply(root: string): Promise<Call> {
  const { createInputGuard } = (await load(root, 'src/scan/input-guard.ts')) as { createInputGuard: (o: object) => { run: (body: unknown, id: string) => { findings: unknown[] } } };
  const { createOutputStep } = (await load(root, 'src/mistral/output-step.ts')) as {
    createOutputStep: (o: object) => { json: (body: unknown, guard: unknown) => Promise<unknown>; jsonNow?: (body: unknown, guard: unknown) => unknown };
  };
  const { REPLY } = await import('./lib/http-apps.js');
  const input = createInputGuard({ systemPrompt: SYSTEM_PROMPT });
  const step = createOutputStep({});
  // Secured requests made beforehand (each with its own canary), reused in turn; the scan is not timed.
  const guards = Array.from({ length: 512 }, (_, i) => input.run({ messages: [messages[1]] }, `req-${i}`));
  let next = 0;
  return () => {
    const guard = guards[next++ % guards.length]!;
    guard.findings.length = 0;
    return step.jsonNow !== undefined ? step.jsonNow(REPLY, guard) : step.json(REPLY, guard);
  };
}

const PIECES: Record<string, (root: string) => Promise<Call>> = { 'moderation-hit': moderationHit, 'audit-record': auditRecord, 'output-reply': outputReply };
const make = PIECES[piece];
if (make === undefined) throw new Error(`unknown piece ${piece}; one of ${Object.keys(PIECES).join(', ')}`);

async function time(call: Call): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < calls; i++) {
    await call();
    if (turns) await new Promise((resolve) => setImmediate(resolve));
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / calls;
}

const mine = await make(here);
const theirs = await make(against);
await time(mine);
await time(theirs);
const mineUs: number[] = [];
const theirsUs: number[] = [];
for (let round = 0; round < rounds; round++) {
  // Alternate which goes first, so a drift of the machine within a round favours neither.
  if (round % 2 === 0) {
    mineUs.push(await time(mine));
    theirsUs.push(await time(theirs));
  } else {
    theirsUs.push(await time(theirs));
    mineUs.push(await time(mine));
  }
}
const ratios = mineUs.map((us, i) => us / theirsUs[i]!);
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
console.log(
  `${piece}: µs CPU per call here ${median(mineUs).toFixed(2)}, in ${against} ${median(theirsUs).toFixed(2)}; ` +
    `median ratio ${median(ratios).toFixed(2)}x (rounds ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
);
