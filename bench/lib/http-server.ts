/**
 * One bench server in its own process: `node --import tsx bench/lib/http-server.ts <express|koa> <variant>`
 * [--no-system-prompt] [--no-moderation] [--without output,audit,...: secureChat pieces turned off].
 * Embeds a fake Mistral (moderation answers), listens on a free 127.0.0.1 port and prints `PORT <n>`;
 * `GET /__cpu` answers the process's `cpuUsage()`; `GET /__profile/start` and `/__profile/stop` run the V8
 * sampling profiler over a window the driver chooses (`bench/http-profile.ts`), answering the profile.
 */
import { createServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMistralClient } from '../../src/mistral/index.js';
import { startFakeMistral } from '../../src/testing/index.js';
import { expressApp, koaApp, SYSTEM_PROMPT } from './http-apps.js';
import type { Framework, SecurePiece, Variant } from './http-apps.js';

const [framework, variant] = process.argv.slice(2) as [Framework, Variant];
const systemPrompt = process.argv.includes('--no-system-prompt') ? undefined : SYSTEM_PROMPT;
const moderation = !process.argv.includes('--no-moderation');
const withoutAt = process.argv.indexOf('--without');
const without = (withoutAt === -1 ? [] : process.argv[withoutAt + 1]!.split(',')) as SecurePiece[];
const fake = await startFakeMistral();
const mistral = createMistralClient({ apiKey: 'bench', serverURL: fake.url, retry: false });
const app = (
  framework === 'express' ? expressApp(variant, mistral, systemPrompt, moderation, without) : koaApp(variant, mistral, systemPrompt, moderation, without).callback()
) as RequestListener;
// `GET /__cpu` reports this process's CPU time, so the driver can measure CPU per request, which
// other load on the machine disturbs far less than requests per second.
const inspector = new Session();
const http = createServer((req, res) => {
  if (req.url === '/__cpu') {
    res.end(JSON.stringify(process.cpuUsage()));
    return;
  }
  if (req.url === '/__profile/start') {
    void (async () => {
      inspector.connect();
      await inspector.post('Profiler.enable');
      await inspector.post('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_INTERVAL_US ?? 100) });
      await inspector.post('Profiler.start');
      res.end('{}');
    })();
    return;
  }
  if (req.url === '/__profile/stop') {
    void (async () => {
      const { profile } = await inspector.post('Profiler.stop');
      inspector.disconnect();
      res.end(JSON.stringify(profile));
    })();
    return;
  }
  app(req, res);
});
http.keepAliveTimeout = 60_000;
http.listen(0, '127.0.0.1', () => {
  console.log(`PORT ${(http.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => {
  http.closeAllConnections();
  http.close();
  void fake.close();
});
