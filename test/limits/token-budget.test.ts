/**
 * `tokenBudget()` on Express and Koa, one table of cases: tokens charged from the Mistral usage of each
 * response, a spent budget refused with 429 before the handler (and so before Mistral) runs.
 */
import request from 'supertest';
import * as ex from '../../src/adapters/express/index.js';
import * as ko from '../../src/adapters/koa/index.js';
import { GuardConfigError } from '../../src/core/errors.js';
import { MemoryBudgetStore } from '../../src/limits/budget-store.js';
import { createMistralClient } from '../../src/mistral/index.js';
import { useFakeMistral } from '../helpers/fake-mistral.js';
import { FRAMEWORKS } from '../adapters/apps.js';
import type { Framework } from '../adapters/apps.js';
import { buildStackApp } from '../adapters/stack-apps.js';
import { until } from '../helpers/log-sink.js';
import { limitApp } from './limit-apps.js';

const mistralFake = useFakeMistral();
const { key } = mistralFake;
afterEach(() => {
  jest.useRealTimers();
});

const chatCalls = () => mistralFake.fake.requests.filter((r) => r.path === '/v1/chat/completions').length;

/** Charges land when the response has closed; wait (bounded) for the store to show them. */
async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 10));
}

describe.each(FRAMEWORKS)('tokenBudget on %s', (framework: Framework) => {
  test('charged from the usage of each response; once spent, 429 token_budget_exceeded with Retry-After', async () => {
    const app = limitApp(framework, { rateLimit: false, tokenBudget: { limit: 100, windowMs: 3_600_000 } });
    expect((await request(app).post('/work').set('x-cost', '60')).status).toBe(200);
    await settle();
    expect((await request(app).post('/work').set('x-cost', '50')).status).toBe(200); // 60 < 100: allowed, then 110
    await settle();
    const refused = await request(app).post('/work').set('x-cost', '1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3590);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3600);
    expect(refused.body.error).toEqual({
      type: 'rate_limited',
      code: 'token_budget_exceeded',
      message: `The token budget of this window is spent; try again in ${refused.headers['retry-after']} seconds.`,
      requestId: refused.headers['x-request-id'],
      details: { limit: 100, windowSeconds: 3600 },
    });
  });

  test('each user has their own budget; the window ends and it starts again', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
    const app = limitApp(framework, { rateLimit: false, tokenBudget: { limit: 10, windowMs: 60_000 }, byUser: true });
    expect((await request(app).post('/work').set('x-user', 'ana').set('x-cost', '10')).status).toBe(200);
    await settle();
    expect((await request(app).post('/work').set('x-user', 'ana')).status).toBe(429);
    expect((await request(app).post('/work').set('x-user', 'ben')).status).toBe(200);
    jest.setSystemTime(Date.now() + 60_001);
    expect((await request(app).post('/work').set('x-user', 'ana')).status).toBe(200);
  });

  test('a response without usage is charged an estimate (4 characters a token), or nothing with estimate: false', async () => {
    const estimating = limitApp(framework, { rateLimit: false, tokenBudget: { limit: 100 } });
    expect((await request(estimating).post('/plain').set('x-chars', '400')).status).toBe(200); // 100 tokens
    await settle();
    expect((await request(estimating).post('/plain').set('x-chars', '4')).status).toBe(429);
    const trusting = limitApp(framework, { rateLimit: false, tokenBudget: { limit: 100, estimate: false } });
    for (let i = 0; i < 3; i++) {
      expect((await request(trusting).post('/plain').set('x-chars', '400')).status).toBe(200);
      await settle();
    }
  });

  test('behind secureChat: a spent budget is refused before Mistral is called, streams included', async () => {
    const mistral = createMistralClient({ apiKey: key, serverURL: mistralFake.fake.url, retry: false });
    const app = buildStackApp(framework, { mistral, guard: { audit: false, moderation: false, tokenBudget: { limit: 700 } } });
    const first = await request(app).post('/chat').send({ prompt: 'Tell me about kettles, please, in detail.' });
    expect(first.status).toBe(200);
    await settle();
    expect(first.body.tokens).toBeGreaterThan(0);
    let calls = chatCalls();
    // Spend the rest through the stream route: its usage arrives with the last chunk.
    let streamed = 0;
    for (let i = 0; i < 20; i++) {
      const res = await request(app).post('/chat/stream').send({ prompt: `/say Our kettles come in steel and glass, boil fast, and carry a two year warranty (${i}).` });
      await settle();
      if (res.status === 429) break;
      expect(res.status).toBe(200);
      streamed++;
      calls = chatCalls();
    }
    expect(streamed).toBeGreaterThanOrEqual(2);
    expect(streamed).toBeLessThan(20);
    const refused = await request(app).post('/chat').send({ prompt: 'one more?' });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('token_budget_exceeded');
    expect(chatCalls()).toBe(calls); // no call to Mistral for the refused requests
  });

  test('a custom store receives the charges', async () => {
    const store = new MemoryBudgetStore();
    const charged: number[] = [];
    const spy = Object.assign(Object.create(store) as MemoryBudgetStore, {
      charge: (k: string, tokens: number) => {
        charged.push(tokens);
        return store.charge(k, tokens);
      },
    });
    const app = limitApp(framework, { rateLimit: false, tokenBudget: { store: spy } });
    await request(app).post('/work').set('x-cost', '7');
    await request(app).post('/work').set('x-cost', '5');
    await until(() => charged.length === 2);
    expect(charged).toEqual([7, 5]);
  });

  test('options are checked at construction, naming the key', () => {
    const make = framework === 'express' ? ex.tokenBudget : ko.tokenBudget;
    expect(() => make({ tokens: 5 } as never)).toThrow(GuardConfigError);
    expect(() => make({ limt: 5 } as never)).toThrow(/Did you mean `limit`\?/);
    expect(() => make({ limit: -1 })).toThrow(/`limit` must be a positive integer/);
    expect(() => make({ estimate: 'yes' as never })).toThrow(/`estimate`/);
    expect(() => make({ store: {} as never })).toThrow(/TokenBudgetStore/);
    expect(() => make({ redis: { sendCommand: async () => null }, keyGenerator: () => 'u' })).toThrow(/needs `hashKey`/);
  });
});
