/**
 * Limits shared through a real redis-server: an Express instance and a Koa instance on one Redis show
 * one request limit and one token budget per user; when Redis goes away, the documented fail mode holds
 * and both servers keep serving; when it is back, counting is shared again.
 */
import { createHmac, randomBytes } from 'node:crypto';
import request from 'supertest';
import type { LimitsLogger, StoreErrorMode } from '../../src/limits/failover.js';
import { startRedis } from '../helpers/redis.js';
import type { TestRedis, TestRedisClient } from '../helpers/redis.js';
import { until } from '../helpers/log-sink.js';
import { limitApp } from './limit-apps.js';
import type { LimitAppOptions } from './limit-apps.js';

let redis: TestRedis;
let control: TestRedisClient;
const hashKey = randomBytes(24).toString('hex');

beforeAll(async () => {
  redis = await startRedis();
  control = await redis.client();
}, 30_000);
afterAll(async () => {
  await redis?.close();
});
beforeEach(async () => {
  await redis.start();
  await until(() => control.isReady);
  await control.flushAll();
});

interface Warnings extends LimitsLogger {
  messages: string[];
}

function warnings(): Warnings {
  const messages: string[] = [];
  return { messages, warn: (message) => messages.push(message) };
}

/** An Express and a Koa instance, each with its own Redis client, on the same Redis. */
async function twoInstances(options: { limit?: number; tokens?: number; onStoreError?: StoreErrorMode; logger?: LimitsLogger } = {}) {
  const make = async (framework: 'express' | 'koa') => {
    const client = await redis.client();
    const shared = {
      redis: client,
      hashKey,
      storeRetryMs: 50,
      ...(options.onStoreError ? { onStoreError: options.onStoreError } : {}),
      ...(options.logger ? { logger: options.logger } : {}),
    };
    const appOptions: LimitAppOptions = {
      byUser: true,
      rateLimit: { ...shared, limit: options.limit ?? 3, windowMs: 60_000 },
      tokenBudget: { ...shared, limit: options.tokens ?? 1_000_000, windowMs: 3_600_000 },
    };
    return limitApp(framework, appOptions);
  };
  return { a: await make('express'), b: await make('koa') };
}

/** The Redis key of a user's request counter: the keyed hash, as every instance computes it. */
const rateKey = (user: string) => `mistral-guard:rl:u:${createHmac('sha256', hashKey).update(user).digest('hex').slice(0, 24)}`;

const work = (app: ReturnType<typeof limitApp>, user: string, cost = 0) =>
  request(app).post('/work').set('x-user', user).set('x-cost', String(cost));

/** The budget is charged when the response closes; wait (bounded) until Redis holds `tokens` for someone. */
async function budgetReaches(tokens: number): Promise<void> {
  let total = 0;
  for (let i = 0; i < 500 && total < tokens; i++) {
    const keys = await control.keys('mistral-guard:tb:*');
    total = 0;
    for (const k of keys) total += Number(await control.get(k));
    if (total < tokens) await new Promise((r) => setTimeout(r, 5));
  }
}

describe('limits on a shared Redis', () => {
  test('one request limit per user across an Express and a Koa instance, with 429 and Retry-After on both', async () => {
    const { a, b } = await twoInstances({ limit: 3 });
    const user = `ana.${randomBytes(3).toString('hex')}@example.org`;
    expect((await work(a, user)).status).toBe(200);
    expect((await work(b, user)).status).toBe(200);
    const third = await work(a, user);
    expect(third.status).toBe(200);
    expect(third.headers['ratelimit']).toBe('limit=3, remaining=0, reset=60');
    for (const app of [b, a]) {
      const refused = await work(app, user);
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('rate_limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    }
    expect((await work(b, 'ben')).status).toBe(200);
    expect(await control.get(rateKey(user))).toBe('5'); // refused requests count too
    // Redis holds hashes of the users, never the ids.
    const keys = await control.keys('*');
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) {
      expect(k).not.toContain(user);
      expect(k).not.toContain('ben');
      expect(k).toMatch(/^mistral-guard:(rl|tb):u:[0-9a-f]{24}$/);
    }
  });

  test('one token budget per user across both instances', async () => {
    const { a, b } = await twoInstances({ limit: 100, tokens: 100 });
    expect((await work(a, 'ana', 60)).status).toBe(200);
    await budgetReaches(60);
    expect((await work(b, 'ana', 50)).status).toBe(200); // 60 < 100: allowed, then 110
    await budgetReaches(110);
    for (const app of [a, b]) {
      const refused = await work(app, 'ana');
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('token_budget_exceeded');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3500);
    }
    expect((await work(a, 'ben', 10)).status).toBe(200);
    const [budgetKey] = await control.keys('mistral-guard:tb:*');
    expect(await control.pTTL(budgetKey!)).toBeGreaterThan(3_500_000);
  });

  test('when the window ends in Redis, both instances count from 0 again', async () => {
    const { a, b } = await twoInstances({ limit: 1 });
    expect((await work(a, 'ana')).status).toBe(200);
    expect((await work(b, 'ana')).status).toBe(429);
    // Store-level time: end the window by expiring the counter, instead of waiting a minute.
    for (const k of await control.keys('mistral-guard:rl:*')) await control.pExpire(k, 1);
    for (let i = 0; i < 500 && (await control.keys('mistral-guard:rl:*')).length > 0; i++) await new Promise((r) => setTimeout(r, 2));
    expect((await work(b, 'ana')).status).toBe(200);
    expect((await work(a, 'ana')).status).toBe(429);
  });

  test("Redis goes away (default 'local'): both servers keep serving, limits hold per instance, one warning; then shared again", async () => {
    const log = warnings();
    const { a, b } = await twoInstances({ limit: 2, logger: log });
    expect((await work(a, 'ana')).status).toBe(200);
    await redis.stop();
    // Each instance now counts alone: two more for ana on each, then 429 from its own count.
    for (const app of [a, b]) {
      expect((await work(app, 'ana')).status).toBe(200);
      expect((await work(app, 'ana')).status).toBe(200);
      const refused = await work(app, 'ana');
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('rate_limited');
      expect((await request(app).get('/health')).status).toBe(200);
    }
    // One warning per store and instance for the whole outage, however many requests.
    const failed = log.messages.filter((m) => /store failed; counting in this process until it is back/.test(m));
    expect(failed.sort()).toEqual([
      'mistral-guard: rate-limit store failed; counting in this process until it is back',
      'mistral-guard: rate-limit store failed; counting in this process until it is back',
      'mistral-guard: token-budget store failed; counting in this process until it is back',
      'mistral-guard: token-budget store failed; counting in this process until it is back',
    ]);

    await redis.start();
    await until(() => control.isReady);
    // Each instance tries Redis again after its retry interval: probe both until their counts land there.
    for (const app of [a, b]) {
      let back = false;
      for (let i = 0; i < 200 && !back; i++) {
        const user = `probe-${i}-${randomBytes(3).toString('hex')}`;
        await work(app, user);
        back = (await control.exists(rateKey(user))) === 1;
        if (!back) await new Promise((r) => setTimeout(r, 10));
      }
      expect(back).toBe(true);
    }
    expect(log.messages.filter((m) => /rate-limit store is back/.test(m))).toHaveLength(2);
    expect((await work(a, 'carl')).status).toBe(200);
    expect((await work(b, 'carl')).status).toBe(200);
    expect((await work(a, 'carl')).status).toBe(429); // one shared count again
  }, 30_000);

  test("Redis goes away with onStoreError 'block': 503 limits_unavailable, and the server keeps serving", async () => {
    const log = warnings();
    const { a, b } = await twoInstances({ onStoreError: 'block', logger: log });
    await redis.stop();
    for (const app of [a, b]) {
      const refused = await work(app, 'ana');
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toBe('1');
      expect(refused.body).toEqual({
        error: {
          type: 'internal_error',
          code: 'limits_unavailable',
          message: 'Request limits cannot be checked right now; try again shortly.',
          requestId: refused.headers['x-request-id'],
        },
      });
      expect((await request(app).get('/health')).status).toBe(200);
    }
    expect(log.messages.filter((m) => /refusing requests with 503/.test(m))).toHaveLength(2);
  });

  test("Redis goes away with onStoreError 'allow': requests pass uncounted, with one warning", async () => {
    const log = warnings();
    const { a, b } = await twoInstances({ limit: 1, onStoreError: 'allow', logger: log });
    await redis.stop();
    for (let i = 0; i < 3; i++) {
      expect((await work(a, 'ana')).status).toBe(200);
      expect((await work(b, 'ana')).status).toBe(200);
    }
    expect(log.messages.filter((m) => /letting requests through uncounted/.test(m))).toHaveLength(4);
  });
});
