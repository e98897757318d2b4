/**
 * `rateLimit()` on Express and Koa, one table of cases: the same express-rate-limit behaviour, headers
 * and documented 429 on both, keyed by user or by IP (IPv6 by subnet).
 */
import request from 'supertest';
import * as ex from '../../src/adapters/express/index.js';
import * as ko from '../../src/adapters/koa/index.js';
import { GuardConfigError } from '../../src/core/errors.js';
import { FRAMEWORKS } from '../adapters/apps.js';
import type { Framework } from '../adapters/apps.js';
import { limitApp } from './limit-apps.js';

/** Fakes only `Date`, so the store's window moves while sockets and timers stay real. */
function fakeDate(): void {
  jest.useFakeTimers({
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}

afterEach(() => {
  jest.useRealTimers();
});

function headersOf(res: request.Response): Record<string, string | undefined> {
  return {
    ratelimit: res.headers['ratelimit'],
    policy: res.headers['ratelimit-policy'],
    retryAfter: res.headers['retry-after'],
  };
}

describe.each(FRAMEWORKS)('rateLimit on %s', (framework: Framework) => {
  test('standard headers on every answer; over the limit, the documented 429 with Retry-After', async () => {
    const app = limitApp(framework, { rateLimit: { limit: 2, windowMs: 60_000 } });
    const first = await request(app).post('/work');
    const second = await request(app).post('/work');
    const third = await request(app).post('/work');
    expect([first.status, second.status, third.status]).toEqual([200, 200, 429]);
    expect(headersOf(first)).toEqual({ ratelimit: 'limit=2, remaining=1, reset=60', policy: '2;w=60', retryAfter: undefined });
    expect(headersOf(second).ratelimit).toBe('limit=2, remaining=0, reset=60');
    expect(third.headers['ratelimit']).toMatch(/^limit=2, remaining=0, reset=(59|60)$/);
    expect(Number(third.headers['retry-after'])).toBeGreaterThanOrEqual(59);
    expect(Number(third.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(third.body).toEqual({
      error: {
        type: 'rate_limited',
        code: 'rate_limited',
        message: `Too many requests; try again in ${third.headers['retry-after']} seconds.`,
        requestId: third.headers['x-request-id'],
        details: { limit: 2, windowSeconds: 60 },
      },
    });
    expect(third.headers['content-type']).toMatch(/application\/json/);
  });

  test('each user has their own counter; requests without a user fall back to the IP', async () => {
    const app = limitApp(framework, { rateLimit: { limit: 1 }, byUser: true });
    expect((await request(app).post('/work').set('x-user', 'ana')).status).toBe(200);
    expect((await request(app).post('/work').set('x-user', 'ana')).status).toBe(429);
    expect((await request(app).post('/work').set('x-user', 'ben')).status).toBe(200);
    expect((await request(app).post('/work')).status).toBe(200); // 127.0.0.1
    expect((await request(app).post('/work')).status).toBe(429);
  });

  test('IPv6 clients are counted by /56: a user cannot walk around the limit through their own addresses', async () => {
    const app = limitApp(framework, { rateLimit: { limit: 2 }, trustProxy: true });
    const from = (ip: string) => request(app).post('/work').set('x-forwarded-for', ip);
    expect((await from('2001:db8:1:100::1')).status).toBe(200);
    expect((await from('2001:db8:1:1ff:abcd::2')).status).toBe(200); // same /56
    expect((await from('2001:db8:1:1ab::3')).status).toBe(429);
    expect((await from('2001:db8:1:200::1')).status).toBe(200); // the next /56
    expect((await from('203.0.113.7')).status).toBe(200);
    expect((await from('203.0.113.8')).status).toBe(200); // IPv4 addresses count one by one
    const narrow = limitApp(framework, { rateLimit: { limit: 1, ipv6Subnet: 64 }, trustProxy: true });
    expect((await request(narrow).post('/work').set('x-forwarded-for', '2001:db8:1:100::1')).status).toBe(200);
    expect((await request(narrow).post('/work').set('x-forwarded-for', '2001:db8:1:101::1')).status).toBe(200);
  });

  test('the window ends and the count starts again (store time moved, not waited for)', async () => {
    fakeDate();
    const app = limitApp(framework, { rateLimit: { limit: 1, windowMs: 60_000 } });
    expect((await request(app).post('/work')).status).toBe(200);
    expect((await request(app).post('/work')).status).toBe(429);
    jest.setSystemTime(Date.now() + 30_000);
    const waiting = await request(app).post('/work');
    expect(waiting.status).toBe(429);
    expect(Number(waiting.headers['retry-after'])).toBe(30);
    jest.setSystemTime(Date.now() + 30_001);
    const again = await request(app).post('/work');
    expect(again.status).toBe(200);
    expect(again.headers['ratelimit']).toBe('limit=1, remaining=0, reset=60');
  });

  test('skip leaves requests uncounted; routes outside the limit are untouched', async () => {
    const app = limitApp(framework, { rateLimit: { limit: 1 }, skipStaff: true });
    for (let i = 0; i < 3; i++) expect((await request(app).post('/work').set('x-staff', '1')).status).toBe(200);
    expect((await request(app).post('/work')).status).toBe(200);
    expect((await request(app).post('/work')).status).toBe(429);
    const health = await request(app).get('/health');
    expect(health.status).toBe(200);
    expect(health.headers['ratelimit']).toBeUndefined();
  });

  test('options are checked at construction, naming the key', () => {
    const make = framework === 'express' ? ex.rateLimit : ko.rateLimit;
    expect(() => make({ max: 5 } as never)).toThrow(new GuardConfigError('mistral-guard: unknown option `max` in rateLimit(). Valid: limit, windowMs, redis, prefix, store, skip, keyGenerator, ipv6Subnet, hashKey, onStoreError, storeTimeoutMs, storeRetryMs, logger.'));
    expect(() => make({ limit: 0 })).toThrow(/`limit` must be a positive integer/);
    expect(() => make({ windowMs: 1.5 })).toThrow(/`windowMs`/);
    expect(() => make({ ipv6Subnet: 16 })).toThrow(/`ipv6Subnet`/);
    expect(() => make({ onStoreError: 'open' as never })).toThrow(/'local', 'allow' or 'block'/);
    expect(() => make({ redis: {} as never })).toThrow(/node-redis client/);
    const client = { sendCommand: async () => null };
    expect(() => make({ redis: client, store: { increment: async () => ({ totalHits: 1, resetTime: undefined }) } as never })).toThrow(/not both/);
    // Users on a shared store must be hashed the same way on every instance.
    expect(() => make({ redis: client, keyGenerator: () => 'u' })).toThrow(/needs `hashKey`/);
    expect(() => make({ redis: client, keyGenerator: () => 'u', hashKey: 'short' })).toThrow(/at least 16 characters/);
    expect(() => make({ redis: client, keyGenerator: () => 'u', hashKey: 'k'.repeat(16) })).not.toThrow();
  });
});

test('Express and Koa send the same headers and body for the same requests', async () => {
  const seen: Record<string, unknown[]> = {};
  for (const framework of FRAMEWORKS) {
    const app = limitApp(framework, { rateLimit: { limit: 1, windowMs: 10_000 } });
    const answers = [await request(app).post('/work'), await request(app).post('/work')];
    seen[framework] = answers.map((a) => ({
      status: a.status,
      ...headersOf(a),
      type: a.headers['content-type'],
      error: a.body.error ? { ...a.body.error, requestId: typeof a.body.error.requestId } : undefined,
    }));
  }
  expect(seen.koa).toEqual(seen.express);
});
