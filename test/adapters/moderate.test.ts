/**
 * `moderate()` through both adapters: the real SDK over HTTP against the fake Mistral.
 */
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import * as ex from '../../src/adapters/express/index.js';
import * as ko from '../../src/adapters/koa/index.js';
import { createMistralClient } from '../../src/mistral/index.js';
import { useFakeMistral } from '../helpers/fake-mistral.js';
import type { ModerateOptions } from '../../src/adapters/shared/options.js';
import { buildApp, FRAMEWORKS } from './apps.js';
import type { Framework } from './apps.js';

const mistralFake = useFakeMistral();
const { key } = mistralFake;

const quietLogger = { warn: () => {} };

function appWith(framework: Framework, options: ModerateOptions = {}, apiKey = key) {
  const client = createMistralClient({ apiKey, serverURL: mistralFake.fake.url, retry: false });
  const moderation: ModerateOptions = { client, logger: quietLogger, ...options };
  return buildApp(framework, {
    input: { injection: 'flag' },
    express: [ex.moderate(moderation)],
    koa: [ko.moderate(moderation)],
  });
}

const moderationCalls = () => mistralFake.fake.requests.filter((r) => r.path === '/v1/chat/moderations');

describe.each(FRAMEWORKS)('moderate on %s', (framework: Framework) => {
  test('a harmless conversation passes with the outcome recorded, through the pinned 2603 model', async () => {
    const res = await request(appWith(framework)).post('/chat').send({ prompt: 'How do I bake bread?' });
    expect(res.status).toBe(200);
    expect(res.body.moderation).toMatchObject({ model: 'mistral-moderation-2603', flagged: [], blocked: [], cached: false });
    const calls = moderationCalls();
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toMatchObject({ model: 'mistral-moderation-2603', input: [{ role: 'user', content: 'How do I bake bread?' }] });
  });

  test('a violent prompt is refused with 403 naming the category, never the content', async () => {
    const res = await request(appWith(framework)).post('/chat').send({ prompt: 'I will kill you tomorrow' });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ type: 'content_blocked', code: 'moderation_blocked' });
    expect(res.body.error.details.categories).toEqual(['violence_and_threats']);
    expect(res.body.error.requestId).toBe(res.headers['x-request-id']);
    expect(JSON.stringify(res.body)).not.toContain('kill you');
  });

  test('a harmful earlier user turn is caught too, in the same single call', async () => {
    const res = await request(appWith(framework))
      .post('/chat')
      .send({
        messages: [
          { role: 'user', content: 'I will kill you tomorrow' },
          { role: 'assistant', content: 'ok' },
          { role: 'user', content: 'anyway, what is the weather like?' },
        ],
      });
    expect(res.status).toBe(403);
    expect(res.body.error.details.categories).toEqual(['violence_and_threats']);
    expect(moderationCalls()).toHaveLength(1);
    const input = (moderationCalls()[0]!.body as { input: unknown[][] }).input;
    expect(input).toHaveLength(2);
    expect(input[0]).toEqual([{ role: 'user', content: 'I will kill you tomorrow' }]);
  });

  test('the conversation is moderated without the system prompt or the delimiters', async () => {
    await request(appWith(framework)).post('/chat').send({ prompt: 'hello there' });
    const input = (moderationCalls()[0]!.body as { input: Array<{ role: string; content: string }> }).input;
    expect(input).toEqual([{ role: 'user', content: 'hello there' }]);
  });

  test('an advisory category is flagged and passed', async () => {
    const res = await request(appWith(framework)).post('/chat').send({ prompt: 'What dosage of ibuprofen is usual?' });
    expect(res.status).toBe(200);
    expect(res.body.verdict).toBe('flag');
    expect(res.body.moderation.flagged).toEqual(['health']);
    expect(res.body.findings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'moderation', type: 'health', action: 'flag' })]));
  });

  test('per-category thresholds and actions are honoured', async () => {
    const app = appWith(framework, { actions: { health: 'block' }, thresholds: { health: 0.6 } });
    const res = await request(app).post('/chat').send({ prompt: 'What dosage of ibuprofen is usual?' });
    expect(res.status).toBe(403);
    expect(res.body.error.details.categories).toEqual(['health']);
    const relaxed = appWith(framework, { thresholds: { violence_and_threats: 0.99 } });
    expect((await request(relaxed).post('/chat').send({ prompt: 'kill the process' })).status).toBe(200);
  });

  test('jailbreaking is recorded as an injection signal and blocks', async () => {
    mistralFake.fake.setScenario({ path: 'moderations', moderationScores: { jailbreaking: 0.93 } });
    const res = await request(appWith(framework)).post('/chat').send({ prompt: 'Let us play a little game.' });
    expect(res.status).toBe(403);
    expect(res.body.error.details.categories).toEqual(['jailbreaking']);
    mistralFake.fake.setScenario({ path: 'moderations', moderationScores: { jailbreaking: 0.93 } });
    const flagged = await request(appWith(framework, { actions: { jailbreaking: 'flag' } }))
      .post('/chat')
      .send({ prompt: 'Let us play a little game.' });
    expect(flagged.status).toBe(200);
    expect(flagged.body.findings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'injection', type: 'jailbreaking' })]));
  });

  test('a repeated prompt costs one moderation call', async () => {
    const app = appWith(framework);
    const first = await request(app).post('/chat').send({ prompt: 'Tell me about the Loire castles' });
    const second = await request(app).post('/chat').send({ prompt: 'Tell me about the Loire castles' });
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body.moderation.cached).toBe(true);
    expect(moderationCalls()).toHaveLength(1);
  });

  test('a moderation outage is a 503 by default (fail closed)', async () => {
    mistralFake.fake.setScenario({ path: 'moderations', failure: { status: 503 } });
    const res = await request(appWith(framework)).post('/chat').send({ prompt: 'hello' });
    expect(res.status).toBe(503);
    expect(res.body.error).toMatchObject({ type: 'upstream_error', code: 'moderation_unavailable' });
  });

  test("a moderation outage passes with onError: 'allow', marked as failed open", async () => {
    mistralFake.fake.setScenario({ path: 'moderations', failure: { status: 500 } });
    const res = await request(appWith(framework, { onError: 'allow' })).post('/chat').send({ prompt: 'hello' });
    expect(res.status).toBe(200);
    expect(res.body.moderation.failedOpen).toBe(true);
  });

  test('a moderation timeout fails closed, or open when allowed', async () => {
    mistralFake.fake.setScenario({ path: 'moderations', timeout: { ms: 1500 } });
    const closed = await request(appWith(framework, { timeoutMs: 200 })).post('/chat').send({ prompt: 'hello' });
    expect(closed.status).toBe(503);
    const open = await request(appWith(framework, { timeoutMs: 200, onError: 'allow' })).post('/chat').send({ prompt: 'hello' });
    expect(open.status).toBe(200);
    expect(open.body.moderation.failedOpen).toBe(true);
  });

  test('a revoked key is a 502 upstream_auth with no key in the answer', async () => {
    const wrongKey = `test-${randomBytes(8).toString('hex')}`;
    const res = await request(appWith(framework, {}, wrongKey)).post('/chat').send({ prompt: 'hello' });
    expect(res.status).toBe(502);
    expect(res.body.error).toMatchObject({ type: 'upstream_error', code: 'upstream_auth' });
    expect(JSON.stringify(res.body)).not.toContain(wrongKey);
  });

  test('moderate() without sanitizeInput() before it is a 500, not a crash', async () => {
    const client = createMistralClient({ apiKey: key, serverURL: mistralFake.fake.url });
    let res;
    if (framework === 'express') {
      const express = (await import('express')).default;
      const app = express();
      app.post('/x', express.json(), ex.moderate({ client }), (_req, r) => {
        r.json({ ok: true });
      });
      res = await request(app).post('/x').send({ prompt: 'hi' });
    } else {
      const Koa = (await import('koa')).default;
      const app = new Koa();
      app.silent = true; // the 500 is provoked on purpose
      app.use(ko.moderate({ client }));
      res = await request(app.callback()).post('/x').send({ prompt: 'hi' });
    }
    expect(res.status).toBe(500);
    expect(res.body.error).toMatchObject({ type: 'internal_error' });
  });
});
