/**
 * Never leak a key: one known fake key, made at run time from random parts, goes through every code path
 * of the key handling, failures included (refused, rate limited, all keys out, revoked, added back, bad
 * input, sources failing, shared state in Redis, debug logging), through the demo's Express app. Everything
 * that comes out is captured (stdout, stderr, console, logger output, response bodies, error messages,
 * inspected objects, what Redis holds) and must not contain it. The fingerprint must be there: proof that
 * the capture saw the events.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inspect } from 'node:util';
import { Redis } from 'ioredis';
import request from 'supertest';
import { createChatApp } from '../../examples/express-chat/app.js';
import {
  createKeyPool,
  envKeySource,
  fileKeySource,
  fingerprintKey,
  resolveApiKeys,
} from '../../src/keys/index.js';
import type { KeyPool } from '../../src/keys/index.js';
import { createMistralClient, toGuardError } from '../../src/mistral/index.js';
import { startFakeMistral } from '../../src/testing/index.js';
import type { FakeMistral } from '../../src/testing/index.js';
import { startRedis } from '../helpers/redis.js';
import type { TestRedis as RedisServer } from '../helpers/redis.js';

// The first client of a file loads the Mistral SDK (seconds under Jest's transform on a busy machine).
jest.setTimeout(90_000);

const KNOWN = `leak-${randomBytes(12).toString('hex')}-${randomBytes(9).toString('base64url')}`;
const FP = fingerprintKey(KNOWN);
const OTHER = `other-${randomBytes(12).toString('hex')}`;

let fake: FakeMistral;
let redisServer: RedisServer;
let redis: Redis;
let dir: string;
const captured: string[] = [];
const restore: Array<() => void> = [];

const record = (...args: unknown[]): void => {
  captured.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 8 }))).join(' '));
};

beforeAll(async () => {
  [fake, redisServer] = await Promise.all([startFakeMistral(), startRedis()]);
  redis = new Redis({ host: redisServer.host, port: redisServer.port });
  dir = mkdtempSync(join(tmpdir(), 'mg-leak-'));
  // Everything printed, by any route: console methods and the raw streams.
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'group'] as const) {
    const spy = jest.spyOn(console, method).mockImplementation(record);
    restore.push(() => spy.mockRestore());
  }
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      captured.push(String(chunk));
      return (original as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => {
      stream.write = original;
    });
  }
});

afterAll(async () => {
  for (const undo of restore.reverse()) undo();
  redis.disconnect();
  rmSync(dir, { recursive: true, force: true });
  await Promise.all([fake.close(), redisServer.close()]);
});

/** Runs `fn` and keeps what it throws or rejects with: message, JSON, inspection. */
async function keepError(fn: () => unknown): Promise<void> {
  try {
    await fn();
  } catch (err) {
    const e = err as Error & { toBody?: (id: string) => unknown };
    captured.push(String(e), e.message ?? '', inspect(err, { depth: 8, showHidden: true }), JSON.stringify(e));
    if (typeof e.toBody === 'function') captured.push(JSON.stringify(e.toBody('r')));
    captured.push(JSON.stringify(toGuardError(err).toBody('r')));
  }
}

const publicDir = resolve(__dirname, '../../examples/shared/public');
const model = 'mistral-small-latest';

test('the known key appears in no output, on any path', async () => {
  // ── configuration errors that hold the key ──────────────────────────────────────────────────────
  await keepError(() => resolveApiKeys({ env: { MISTRAL_API_KEYS: `${KNOWN},${KNOWN}` } }));
  await keepError(() => resolveApiKeys({ env: { MISTRAL_API_KEYS: `${KNOWN} ${OTHER}` } }));
  await keepError(() => createKeyPool({ keys: [KNOWN, KNOWN] }));
  await keepError(() => createKeyPool({ keys: [`${KNOWN}\u0007`] }));
  await keepError(() => createMistralClient({ env: { MISTRAL_API_KEY: `${KNOWN} x` } }));

  // ── a pool (console logger, shared state in Redis) behind the demo app ─────────────────────────
  const pool: KeyPool = createKeyPool({ keys: [KNOWN, OTHER], redis, redisPrefix: 'leak-test', selection: 'round-robin', quarantineMs: 60_000 });
  const debug = { log: record, group: record, groupEnd: () => undefined };
  const mistral = createMistralClient({ keys: pool, serverURL: fake.url, env: {}, retry: false, debugLogger: debug });
  const app = createChatApp({ mistral, model, systemPrompt: 'You are the ACME assistant.', publicDir, guard: { moderation: { cache: false } } });
  const chat = async (path = '/api/chat'): Promise<number> => {
    const res = await request(app).post(path).send({ messages: [{ role: 'user', content: 'Do you sell kettles?' }] });
    captured.push(res.text, JSON.stringify(res.headers));
    return res.status;
  };

  fake.setScenario({ validKeys: [OTHER] }); // the known key is refused: quarantined, the request goes through
  expect(await chat()).toBe(200);
  expect(await chat('/api/chat/stream')).toBe(200);
  fake.setScenario({ key: OTHER, rateLimit: { retryAfterSeconds: 30 } }); // the other key is rate limited
  expect(await chat()).toBe(503);
  expect(await chat('/api/chat/stream')).toBe(503);
  await keepError(() => pool.acquire());
  captured.push(inspect(pool, { depth: Infinity, showHidden: true }), JSON.stringify(pool), inspect(mistral, { depth: 5, showHidden: true }));

  // ── lifecycle, with the key passed where a fingerprint belongs ─────────────────────────────────
  await keepError(() => pool.revoke(KNOWN));
  await keepError(() => pool.retire(KNOWN));
  await pool.revoke(FP);
  await keepError(() => pool.add(KNOWN));
  await keepError(() => pool.add(`${KNOWN}\n${OTHER}`));

  // ── every key refused, without a pool's retry to hide it ───────────────────────────────────────
  fake.reset();
  fake.setScenario({ validKeys: [`none-${randomBytes(4).toString('hex')}`] });
  const single = createMistralClient({ apiKey: KNOWN, serverURL: fake.url, env: {}, retry: false, debugLogger: debug });
  await keepError(() => single.chat.complete({ model, messages: [{ role: 'user', content: 'hi' }] }));
  await keepError(() => single.classifiers.moderate({ model: 'mistral-moderation-2603', inputs: ['hi'] }));
  captured.push(inspect(single, { depth: 5, showHidden: true }));
  const lonely = createKeyPool({ keys: [KNOWN] });
  const pooled = createMistralClient({ keys: lonely, serverURL: fake.url, env: {}, retry: false });
  await keepError(() => pooled.chat.complete({ model, messages: [{ role: 'user', content: 'hi' }] }));
  await keepError(() => pooled.chat.stream({ model, messages: [{ role: 'user', content: 'hi' }] }));

  // ── sources that fail, or hold the key in a malformed file ─────────────────────────────────────
  const file = join(dir, 'key');
  writeFileSync(file, `${KNOWN} ${OTHER}\n`);
  await keepError(() => fileKeySource({ path: file }).read());
  await keepError(() => createKeyPool({ source: fileKeySource({ path: file }) }).ready());
  writeFileSync(file, KNOWN);
  const fromFile = createKeyPool({ source: fileKeySource({ path: file, refreshIntervalMs: 1 }) });
  await fromFile.ready();
  rmSync(file);
  await keepError(() => fromFile.refresh());
  await keepError(() => envKeySource({ env: { MISTRAL_API_KEYS: `${KNOWN},${KNOWN}` } }).read());

  // ── what the shared store holds ────────────────────────────────────────────────────────────────
  await pool.sync();
  for (const name of await redis.keys('*')) {
    const type = await redis.type(name);
    captured.push(name, type === 'hash' ? JSON.stringify(await redis.hgetall(name)) : String(await redis.get(name)));
  }

  const everything = captured.join("\n");
  expect(everything).toContain(FP); // the events were seen, by fingerprint
  expect(everything).toMatch(/quarantined/);
  expect(everything).toMatch(/upstream_keys_unavailable/);
  expect(everything).not.toContain(KNOWN);
  expect(everything).not.toContain(KNOWN.slice(5, 29)); // not even its random middle
});
