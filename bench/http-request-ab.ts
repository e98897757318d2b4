/**
 * Whole chat requests, this checkout against another, in ONE process: both versions' bench apps
 * (`bench/lib/http-apps.ts` of each checkout, each with its own sources) listen on their own port, and
 * one in-process client sends them the HTTP bench's 4 KB chat body in alternating batches. The process's
 * CPU time per request of each batch (server and client; the client's share is the same for both) is
 * compared round by round. Both versions run under the same machine load at the same moments, which
 * separate server processes (`bench/http-cpu-ab.ts`) do not: on a loaded machine their CPU per request
 * moves by 2x between rounds, here the ratio stays within a few percent.
 *
 * The other side can also be another app of this checkout (`--their-variant`, `--their-without`): a
 * ladder of what one piece of secureChat costs (`secure` against `secure --their-without output`).
 *
 * Run: node --import tsx bench/http-request-ab.ts <express|koa> <variant> [--against DIR] [--without a,b]
 *      [--their-variant V] [--their-without a,b] [--rounds N] [--requests N per batch] [--concurrency C]
 *      (DIR: e.g. `git archive <commit> | tar -x -C DIR`, node_modules linked in; default this checkout)
 */
import { Agent, createServer, request } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { numberOption } from './lib/args.js';
import { realisticPrompt } from './lib/prompts.js';
import type { Framework, Variant } from './lib/http-apps.js';

const args = process.argv.slice(2);
const framework = (args[0] ?? 'koa') as Framework;
const variant = (args[1] ?? 'secure') as Variant;
const here = resolve(new URL('..', import.meta.url).pathname);
const stringOption = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
};
const against = resolve(stringOption('against') ?? here);
const theirVariant = (stringOption('their-variant') ?? variant) as Variant;
const listOption = (name: string): string[] => stringOption(name)?.split(',') ?? [];
const mySide = { root: here, variant, without: listOption('without') };
const theirSide = { root: against, variant: theirVariant, without: listOption('their-without') };
const describeSide = (s: typeof mySide): string => `${s.root === here ? 'this checkout' : s.root} ${s.variant}${s.without.length > 0 ? ` without ${s.without.join(',')}` : ''}`;
const rounds = numberOption(args, 'rounds', 10);
const perBatch = numberOption(args, 'requests', 1000);
const concurrency = numberOption(args, 'concurrency', 4);
const body = JSON.stringify({ messages: [{ role: 'user', content: realisticPrompt(3950, 7) }] });

interface Side {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

/** One checkout's app on its own port, with its own fake Mistral and client (its own sources throughout). */
async function side({ root, variant, without }: typeof mySide): Promise<Side> {
  const load = async (file: string): Promise<Record<string, unknown>> => (await import(pathToFileURL(join(root, file)).href)) as Record<string, unknown>;
  const apps = (await load('bench/lib/http-apps.ts')) as { expressApp: (...a: unknown[]) => RequestListener; koaApp: (...a: unknown[]) => { callback: () => RequestListener } };
  const { createMistralClient } = (await load('src/mistral/index.ts')) as { createMistralClient: (o: object) => unknown };
  const { startFakeMistral } = (await load('src/testing/index.ts')) as { startFakeMistral: () => Promise<{ url: string; close: () => Promise<void> }> };
  const fake = await startFakeMistral();
  const mistral = createMistralClient({ apiKey: 'bench', serverURL: fake.url, retry: false });
  const app = framework === 'express' ? apps.expressApp(variant, mistral, undefined, true, without) : apps.koaApp(variant, mistral, undefined, true, without).callback();
  const server = createServer(app);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/chat`,
    server,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await fake.close();
    },
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: concurrency * 2 });

function send(url: string): Promise<void> {
  return new Promise((done, fail) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      if (res.statusCode !== 200) fail(new Error(`${url} answered ${res.statusCode}`));
      res.resume();
      res.on('end', done);
    });
    req.on('error', fail);
    req.end(body);
  });
}

/** CPU µs of this process per request over one batch sent to `url`, `concurrency` requests in flight. */
async function batch(url: string, n: number): Promise<number> {
  const before = process.cpuUsage();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < n) {
      next++;
      await send(url);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / n;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const mine = await side(mySide);
const theirs = await side(theirSide);
try {
  await batch(mine.url, perBatch);
  await batch(theirs.url, perBatch);
  const mineUs: number[] = [];
  const theirsUs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first, so a drift of the machine within a round favours neither.
    if (round % 2 === 0) {
      mineUs.push(await batch(mine.url, perBatch));
      theirsUs.push(await batch(theirs.url, perBatch));
    } else {
      theirsUs.push(await batch(theirs.url, perBatch));
      mineUs.push(await batch(mine.url, perBatch));
    }
  }
  const ratios = mineUs.map((us, i) => us / theirsUs[i]!);
  console.log(
    `${framework}: µs CPU per request (server and client, one process) ${describeSide(mySide)} ${median(mineUs).toFixed(0)}, ${describeSide(theirSide)} ${median(theirsUs).toFixed(0)}; ` +
      `median ratio ${median(ratios).toFixed(2)}x (rounds ${ratios.map((r) => r.toFixed(2)).join(', ')})`,
  );
} finally {
  agent.destroy();
  await mine.close();
  await theirs.close();
}
