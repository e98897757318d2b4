/**
 * `secureChat()` as the whole stack on Express and Koa: its pieces in the flow's order, each one
 * configurable or left out through its own key, the shared `userId`/`hashKey`, and every error raised in
 * the stack answered with the documented JSON.
 */
import { randomBytes } from 'node:crypto';
import express from 'express';
import Koa from 'koa';
import request from 'supertest';
import * as ex from '../../src/adapters/express/index.js';
import * as ko from '../../src/adapters/koa/index.js';
import { createAuditLogger } from '../../src/audit/logger.js';
import { GuardConfigError } from '../../src/core/errors.js';
import { middlewareTags } from '../../src/core/middleware-tag.js';
import { createMistralClient } from '../../src/mistral/index.js';
import { useFakeMistral } from '../helpers/fake-mistral.js';
import { logSink } from '../helpers/log-sink.js';
import { FRAMEWORKS } from './apps.js';
import type { Framework } from './apps.js';
import { buildStackApp } from './stack-apps.js';
import type { StackAppOptions } from './stack-apps.js';

const mistralFake = useFakeMistral();
const { key } = mistralFake;

const mistral = () => createMistralClient({ apiKey: key, serverURL: mistralFake.fake.url, retry: false });
const quiet = { audit: false } as const;

function stackOf(framework: Framework, options: Record<string, unknown> = {}): readonly string[] {
  const client = mistral();
  const base = { moderation: { client }, audit: { logger: createAuditLogger({ transports: [logSink().transport] }) }, ...options };
  return framework === 'express' ? ex.secureChat(base as never).flatMap((fn) => middlewareTags(fn)) : middlewareTags(ko.secureChat(base as never));
}

describe.each(FRAMEWORKS)('secureChat on %s', (framework: Framework) => {
  const app = (guard: StackAppOptions['guard'] = {}) => buildStackApp(framework, { mistral: mistral(), guard });

  test('the whole stack, in the order of the flow', () => {
    expect(stackOf(framework)).toEqual(
      framework === 'express'
        ? ['auditLog', 'securityHeaders', 'rateLimit', 'tokenBudget', 'bodyParser', 'sanitizeInput', 'moderate', 'sanitizeOutput', 'guardErrorHandler']
        : ['auditLog', 'guardErrorHandler', 'securityHeaders', 'rateLimit', 'tokenBudget', 'bodyParser', 'sanitizeInput', 'moderate', 'sanitizeOutput'],
    );
  });

  test('every piece but sanitizeInput can be left out through its own key', () => {
    const off = { audit: false, headers: false, rateLimit: false, tokenBudget: false, bodyParser: false, moderation: false, output: false, errors: false };
    expect(stackOf(framework, off)).toEqual(['sanitizeInput']);
    for (const piece of Object.keys(off)) {
      const tags = stackOf(framework, { [piece]: false });
      expect(tags).toHaveLength(8);
    }
  });

  test('a request through the default stack: headers, limit headers, secured messages, answer', async () => {
    const res = await request(app(quiet)).post('/chat').send({ prompt: 'Do you sell kettles?' });
    expect(res.status).toBe(200);
    expect(res.body.reply).toBe('Echo: Do you sell kettles?');
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['ratelimit']).toBe('limit=30, remaining=29, reset=60');
    expect(res.headers['ratelimit-policy']).toBe('30;w=60');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('pieces configured through their own keys', async () => {
    const configured = app({ ...quiet, headers: { preset: 'page' }, rateLimit: { limit: 1 }, bodyParser: { limit: 64 } });
    const big = await request(configured).post('/chat').send({ prompt: 'x'.repeat(100) });
    expect(big.status).toBe(413);
    expect(big.body.error).toMatchObject({ type: 'input_rejected', code: 'body_too_large' });
    expect(big.headers['content-security-policy']).toMatch(/^default-src 'self'/);
    const limited = await request(configured).post('/chat').send({ prompt: 'hi' });
    expect(limited.status).toBe(429);
    const none = await request(app({ ...quiet, headers: false, rateLimit: false })).post('/chat').send({ prompt: 'hi' });
    expect(none.status).toBe(200);
    expect(none.headers['content-security-policy']).toBeUndefined();
    expect(none.headers['ratelimit']).toBeUndefined();
  });

  test('errors raised in the stack are the documented JSON: malformed body, wrong type, a handler that throws', async () => {
    const a = app(quiet);
    const malformed = await request(a).post('/chat').set('content-type', 'application/json').send('{"prompt": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ type: 'input_rejected', code: 'malformed_json', requestId: malformed.headers['x-request-id'] });
    const text = await request(a).post('/chat').set('content-type', 'text/plain').send('hello');
    expect(text.status).toBe(415);
    expect(text.body.error.code).toBe('unsupported_media_type');
    const crash = await request(a).post('/chat/crash').send({ prompt: 'hello' });
    expect(crash.status).toBe(500);
    expect(crash.body).toEqual({ error: { type: 'internal_error', code: 'internal_error', message: 'The request could not be processed.', requestId: crash.headers['x-request-id'] } });
  });

  test('userId and hashKey are shared: limits count per user, the audit names the user by the same keyed hash', async () => {
    const sink = logSink();
    const hashKey = randomBytes(20).toString('hex');
    const a = app({ audit: { logger: createAuditLogger({ transports: [sink.transport] }) }, hashKey, rateLimit: { limit: 1 } });
    expect((await request(a).post('/chat').set('x-user', 'ana').send({ prompt: 'hi' })).status).toBe(200);
    expect((await request(a).post('/chat').set('x-user', 'ana').send({ prompt: 'hi' })).status).toBe(429);
    expect((await request(a).post('/chat').set('x-user', 'ben').send({ prompt: 'hi' })).status).toBe(200);
    const events = await sink.waitForEntries(3);
    expect(events.map((e) => e.user)).toEqual([events[0]!.user, events[0]!.user, expect.stringMatching(/^[0-9a-f]{24}$/)]);
    expect(events[2]!.user).not.toBe(events[0]!.user);
    expect(sink.text()).not.toMatch(/"ana"|"ben"/);
  });

  test('options are checked at construction, naming the key, pieces included', () => {
    const make = framework === 'express' ? ex.secureChat : ko.secureChat;
    const moderation = { client: mistral() };
    expect(() => make({ moderation, rateLimits: {} } as never)).toThrow(new GuardConfigError('mistral-guard: unknown option `rateLimits` in secureChat(). Did you mean `rateLimit`?'));
    expect(() => make({ moderation, rateLimit: { limit: 0 } })).toThrow(/rateLimit\(\) `limit`/);
    expect(() => make({ moderation, bodyParser: { limit: -5 } })).toThrow(/bodyParser: \{ limit \}/);
    expect(() => make({ moderation, headers: { preset: 'none' as never } })).toThrow(/'api' or 'page'/);
    expect(() => make({ moderation, audit: { keyFingerprint: key } })).toThrow(/never the key itself/);
    expect(() => make({ moderation, redis: { sendCommand: async () => null }, userId: () => 'u' })).toThrow(/needs `hashKey`/);
  });
});

describe('per-route opt-in with single pieces', () => {
  test('Express: auditLog, securityHeaders and rateLimit on one route; the rest of the app is untouched', async () => {
    const sink = logSink();
    const a = express();
    a.get('/products', (_req, res) => {
      res.json([{ id: 1 }]);
    });
    a.post(
      '/support',
      ex.auditLog({ logger: createAuditLogger({ transports: [sink.transport] }) }),
      ex.securityHeaders(),
      ex.rateLimit({ limit: 5 }),
      express.json(),
      ex.sanitizeInput({ promptFields: ['question'] }),
      (req, res) => {
        res.json({ messages: ex.getGuard(req).messages.length });
      },
    );
    const products = await request(a).get('/products');
    expect(products.headers['content-security-policy']).toBeUndefined();
    const support = await request(a).post('/support').send({ question: 'Where is my order?' });
    expect(support.status).toBe(200);
    expect(support.headers['ratelimit']).toBe('limit=5, remaining=4, reset=60');
    expect(support.headers['x-frame-options']).toBe('DENY');
    const [event] = await sink.waitForEntries(1);
    expect(event).toMatchObject({ route: '/support', outcome: 'allowed', messages: 1 });
  });

  test('Koa: the same pieces composed on one route', async () => {
    const sink = logSink();
    const a = new Koa();
    const guarded = ko.compose([
      ko.auditLog({ logger: createAuditLogger({ transports: [sink.transport] }) }),
      ko.securityHeaders(),
      ko.rateLimit({ limit: 5 }),
      ko.sanitizeInput({ promptFields: ['question'] }),
      async (ctx) => {
        ctx.body = { messages: ko.getGuard(ctx).messages.length };
      },
    ]);
    a.use(async (ctx, next) => {
      if (ctx.path === '/support') return guarded(ctx, next);
      ctx.body = [{ id: 1 }];
    });
    const products = await request(a.callback()).get('/products');
    expect(products.headers['content-security-policy']).toBeUndefined();
    const support = await request(a.callback()).post('/support').send({ question: 'Where is my order?' });
    expect(support.status).toBe(200);
    expect(support.headers['ratelimit']).toBe('limit=5, remaining=4, reset=60');
    const [event] = await sink.waitForEntries(1);
    expect(event).toMatchObject({ route: '/support', outcome: 'allowed', messages: 1 });
  });
});
