/**
 * Key state shared through a real `redis-server` (started here on 127.0.0.1), with both mainstream clients:
 * ioredis and node-redis. Several pools stand for several instances of one app; they share one clock so the
 * propagation bound (`syncIntervalMs`) is checked exactly, without waiting.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { createKeyPool, createRedisKeyStore, fingerprintKey } from '../../src/keys/index.js';
import type { KeyPool, KeyPoolOptions, RedisClientLike } from '../../src/keys/index.js';
import { createMistralClient } from '../../src/mistral/index.js';
import { startFakeMistral } from '../../src/testing/index.js';
import type { FakeMistral } from '../../src/testing/index.js';
import { startRedis } from '../helpers/redis.js';
import type { TestRedis as RedisServer } from '../helpers/redis.js';
import { makeKey, manualClock, recordingLogger } from './helpers.js';

// The first client of a file loads the Mistral SDK (seconds under Jest's transform on a busy machine).
jest.setTimeout(90_000);

interface Connected {
  client: RedisClientLike;
  close(): Promise<void>;
}

const CLIENTS: Array<[string, (server: RedisServer) => Promise<Connected>]> = [
  [
    'ioredis',
    async (server) => {
      const client = new Redis({ host: server.host, port: server.port, maxRetriesPerRequest: 1 });
      client.on('error', () => undefined);
      await client.ping();
      return { client, close: async () => void client.disconnect() };
    },
  ],
  [
    'node-redis',
    async (server) => {
      const client = createClient({ url: server.url });
      client.on('error', () => undefined);
      await client.connect();
      return { client, close: async () => void client.destroy() };
    },
  ],
];

let server: RedisServer;
let fake: FakeMistral;
const open: Connected[] = [];

beforeAll(async () => {
  [server, fake] = await Promise.all([startRedis(), startFakeMistral()]);
});
afterAll(async () => {
  await Promise.all(open.map((c) => c.close()));
  await Promise.all([server?.close(), fake?.close()]);
});
beforeEach(() => fake.reset());

const prefix = (): string => `mg-test-${randomBytes(4).toString('hex')}`;
const chatReq = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hi' }] };

describe.each(CLIENTS)('shared key state through redis-server with %s', (_name, connect) => {
  let redis: RedisClientLike;
  const connection = async (): Promise<RedisClientLike> => {
    const c = await connect(server);
    open.push(c);
    return c.client;
  };
  beforeAll(async () => {
    redis = await connection();
  });

  /** N instances of one app: same keys, same Redis prefix, one clock; each its own Redis connection. */
  async function instances(n: number, extra: Partial<KeyPoolOptions> = {}) {
    const keys = [makeKey('a'), makeKey('b')];
    const clock = manualClock();
    const p = prefix();
    const loggers = Array.from({ length: n }, () => recordingLogger());
    const pools: KeyPool[] = [];
    for (const logger of loggers) {
      pools.push(
        createKeyPool({ keys, redis: await connection(), redisPrefix: p, now: clock.now, logger, selection: 'round-robin', syncIntervalMs: 1000, ...extra }),
      );
    }
    return { keys, fps: keys.map(fingerprintKey), clock, pools, loggers, prefix: p };
  }

  async function picks(pool: KeyPool, n: number): Promise<string[]> {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push((await pool.acquire()).fingerprint);
    return out;
  }

  it('the store keeps the merge rules: earliest revocation and grace end, latest quarantine and cool-down end', async () => {
    const store = createRedisKeyStore(redis, { prefix: prefix() });
    const now = 1_000_000;
    await store.write({ kind: 'retired', fingerprint: 'aaaaaaaa', at: now + 500 }, now);
    await store.write({ kind: 'retired', fingerprint: 'aaaaaaaa', at: now + 900 }, now);
    await store.write({ kind: 'quarantined', fingerprint: 'bbbbbbbb', at: now + 900 }, now);
    await store.write({ kind: 'quarantined', fingerprint: 'bbbbbbbb', at: now + 500 }, now);
    await store.write({ kind: 'cooldown', fingerprint: 'cccccccc', at: now + 10 }, now);
    await store.write({ kind: 'revoked', fingerprint: 'dddddddd', at: now }, now);
    const first = await store.read(undefined);
    expect(first?.state).toEqual({
      revoked: { dddddddd: now },
      retired: { aaaaaaaa: now + 500 },
      quarantined: { bbbbbbbb: now + 900 },
      cooldown: { cccccccc: now + 10 },
    });
    expect(await store.read(first!.version)).toBeUndefined(); // nothing changed: one small reply
    // An ended cool-down is dropped on the next write of its kind.
    await store.write({ kind: 'cooldown', fingerprint: 'eeeeeeee', at: now + 100 }, now + 50);
    expect((await store.read(first!.version))?.state.cooldown).toEqual({ eeeeeeee: now + 100 });
  });

  it('a revocation on one instance is honoured by every other for every pick that starts syncIntervalMs later', async () => {
    const { fps, clock, pools, loggers } = await instances(3);
    const [one, two, three] = pools as [KeyPool, KeyPool, KeyPool];
    await Promise.all([two.sync(), three.sync()]);
    expect(await picks(two, 2)).toEqual([fps[0], fps[1]]);
    await one.revoke(fps[0]!);
    clock.advance(1000);
    for (const other of [two, three]) expect(await picks(other, 6)).toEqual(Array(6).fill(fps[1]));
    expect(two.status().find((s) => s.fingerprint === fps[0])?.state).toBe('revoked');
    expect(loggers[1]!.of('warn').some((l) => /revoked by another instance/.test(l.message) && l.meta?.fingerprint === fps[0])).toBe(true);
  });

  it('an instance started after a revocation never uses the key, not even for its first request', async () => {
    const { keys, fps, pools, prefix: p, clock } = await instances(1);
    await pools[0]!.revoke(fps[1]!);
    const late = createKeyPool({ keys, redis, redisPrefix: p, now: clock.now, logger: recordingLogger(), selection: 'round-robin' });
    expect(await picks(late, 4)).toEqual(Array(4).fill(fps[0]));
  });

  it('quarantines, cool-downs and retirements are shared', async () => {
    const { fps, clock, pools } = await instances(2, { cooldownMs: 10_000 });
    const [one, two] = pools as [KeyPool, KeyPool];
    await two.sync();
    one.report({ fingerprint: fps[0]!, authorize: () => undefined }, 401);
    await one.retire(fps[1]!, { graceMs: 60_000 }); // awaited write; the quarantine write went first
    clock.advance(1000);
    const seen = await two.acquire();
    expect(seen.fingerprint).toBe(fps[1]); // A quarantined elsewhere; B retiring, so only a fallback
    expect(two.status().map((s) => s.state)).toEqual(['quarantined', 'retiring']);
    clock.advance(60_000);
    await expect(Promise.resolve().then(() => two.acquire())).rejects.toMatchObject({ status: 503, code: 'upstream_keys_unavailable' });
  });

  it('two app instances on the real SDK: a key revoked through one is never sent by the other', async () => {
    const { fps, clock, pools } = await instances(2);
    const clients = pools.map((pool) => createMistralClient({ keys: pool, serverURL: fake.url, env: {}, retry: false }));
    for (const client of clients) for (let i = 0; i < 2; i++) await client.chat.complete(chatReq);
    expect(fake.requests.map((r) => r.keyFingerprint)).toEqual([fps[0], fps[1], fps[0], fps[1]]);
    await pools[0]!.revoke(fps[0]!);
    clock.advance(1000);
    fake.reset();
    for (let i = 0; i < 5; i++) for (const client of clients) await client.chat.complete(chatReq);
    expect(fake.requests).toHaveLength(10);
    expect(fake.requests.map((r) => r.keyFingerprint)).toEqual(Array(10).fill(fps[1]));
  });

  it('a 401 on one instance spares the others the failing key', async () => {
    const { keys, fps, clock, pools, prefix: p } = await instances(2);
    fake.setScenario({ validKeys: [keys[1]!] });
    const clients = pools.map((pool) => createMistralClient({ keys: pool, serverURL: fake.url, env: {}, retry: false }));
    await clients[0]!.chat.complete(chatReq); // A → 401 (quarantined, shared), then B
    // The quarantine is written in the background (no request waits for it): wait until Redis has it.
    const probe = createRedisKeyStore(redis, { prefix: p });
    for (let i = 0; i < 100 && (await probe.read(undefined))?.state.quarantined[fps[0]!] === undefined; i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    clock.advance(1000);
    fake.reset();
    for (let i = 0; i < 4; i++) await clients[1]!.chat.complete(chatReq);
    expect(fake.requests.map((r) => r.keyFingerprint)).toEqual(Array(4).fill(fps[1]));
  });
});

describe('when Redis is unreachable', () => {
  it('picks go on with the instance’s own view (bounded wait), one warning without keys; a revoke says it stayed local', async () => {
    const lonely = await startRedis();
    const redis = new Redis({ host: lonely.host, port: lonely.port, maxRetriesPerRequest: 1, retryStrategy: () => 50 });
    redis.on('error', () => undefined);
    try {
      await redis.ping();
      const keys = [makeKey('a'), makeKey('b')];
      const fps = keys.map(fingerprintKey);
      const clock = manualClock();
      const logger = recordingLogger();
      const pool = createKeyPool({ keys, redis, redisPrefix: prefix(), now: clock.now, logger, syncIntervalMs: 1000, syncTimeoutMs: 100, selection: 'round-robin' });
      await pool.sync();
      await lonely.close();
      clock.advance(1000);
      expect((await pool.acquire()).fingerprint).toBe(fps[0]);
      clock.advance(1000);
      expect((await pool.acquire()).fingerprint).toBe(fps[1]);
      const warnings = logger.of('warn').filter((l) => /shared key state unreachable/.test(l.message));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.meta).toMatchObject({ store: expect.stringMatching(/^redis /), op: 'read' });
      const err = await pool.revoke(fps[0]!).catch((e: unknown) => e as Error);
      expect((err as Error).message).toMatch(new RegExp(`${fps[0]} revoked on this instance only`));
      expect((await pool.acquire()).fingerprint).toBe(fps[1]); // applied here all the same
      expect(logger.text()).not.toMatch(new RegExp(keys.join('|')));
    } finally {
      redis.disconnect();
      await lonely.close();
    }
  });
});
