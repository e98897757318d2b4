import { createHook } from 'node:async_hooks';
import { createHmac, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Mistral } from '@mistralai/mistralai';
import type { ChatMessage } from '../../src/core/types.js';
import { createCacheKeyer, createMemoryModerationCache, createMistralClient, createModerator } from '../../src/mistral/index.js';
import type { CacheKeyer, ModeratorOptions } from '../../src/mistral/index.js';
import { startFakeMistral } from '../../src/testing/index.js';
import type { FakeMistral } from '../../src/testing/index.js';
import { fakeKey } from '../testing/helpers.js';

// The moderation cache key must change with every part of the request the answer depends on, and
// with the secret; a store shared by tenants with different secrets must never answer across them.

const secret = (): Buffer => randomBytes(32);
const turn = (role: string, content: string): { role: string; content: string } => ({ role, content });

describe('createCacheKeyer: what the key depends on', () => {
  const keyOf: CacheKeyer = createCacheKeyer(secret());
  const base = [[turn('user', 'hello there'), turn('assistant', 'hi'), turn('user', 'and then?')]];

  it('is stable for equal inputs (a copy hits)', () => {
    expect(keyOf('chat', 'm', base)).toBe(keyOf('chat', 'm', structuredClone(base)));
    expect(keyOf('text', 'm', ['a b'])).toBe(keyOf('text', 'm', ['a b']));
  });

  it.each([
    ['the endpoint', () => keyOf('text', 'm', base)],
    ['the model', () => keyOf('chat', 'm2', base)],
    ['one character of a turn', () => keyOf('chat', 'm', [[turn('user', 'hello therE'), base[0]![1]!, base[0]![2]!]])],
    ['an earlier turn only', () => keyOf('chat', 'm', [[turn('user', 'hello'), base[0]![1]!, base[0]![2]!]])],
    ['a role', () => keyOf('chat', 'm', [[base[0]![0]!, turn('user', 'hi'), base[0]![2]!]])],
    ['the order of turns', () => keyOf('chat', 'm', [[base[0]![1]!, base[0]![0]!, base[0]![2]!]])],
    ['a dropped turn', () => keyOf('chat', 'm', [[base[0]![0]!, base[0]![2]!]])],
    ['turns split into conversations', () => keyOf('chat', 'm', [[base[0]![0]!], [base[0]![1]!, base[0]![2]!]])],
    ['text moved across a turn boundary', () => keyOf('chat', 'm', [[turn('user', 'hello therehi'), turn('assistant', ''), base[0]![2]!]])],
  ])('changes with %s', (_what, other) => {
    expect(other()).not.toBe(keyOf('chat', 'm', base));
  });

  it('keeps texts apart whatever they contain (lengths, separators, framing characters)', () => {
    const keys = [
      keyOf('text', 'm', ['ab']),
      keyOf('text', 'm', ['a', 'b']),
      keyOf('text', 'm', ['a:b']),
      keyOf('text', 'm', ['1:a', 'b']),
      keyOf('text', 'm', ['1:a1:b']),
      keyOf('text', 'm', ['']),
      keyOf('text', 'm', []),
      keyOf('text', 'm1', ['1:a']),
      keyOf('chat', 'm', [[turn('user', '4:user')]]),
      keyOf('chat', 'm', [[turn('user4:user', '')]]),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps texts with different lone surrogates apart (UTF-8 would write both as U+FFFD)', () => {
    const a = keyOf('text', 'm', ['x\uD800y']);
    const b = keyOf('text', 'm', ['x\uDC00y']);
    const replaced = keyOf('text', 'm', ['x\uFFFDy']);
    expect(new Set([a, b, replaced]).size).toBe(3);
  });

  it('keeps every field of a turn of another shape (canonical JSON)', () => {
    const plain = keyOf('chat', 'm', [[turn('user', 'x')]]);
    const named = keyOf('chat', 'm', [[{ role: 'user', content: 'x', name: 'bob' }]]);
    const named2 = keyOf('chat', 'm', [[{ role: 'user', content: 'x', name: 'eve' }]]);
    expect(new Set([plain, named, named2]).size).toBe(3);
  });

  it('depends on the secret (a keyed digest, 64 hex digits, none of the text)', () => {
    const shared = secret();
    const a = createCacheKeyer(shared)('chat', 'm', base);
    expect(createCacheKeyer(Buffer.from(shared))('chat', 'm', base)).toBe(a);
    expect(createCacheKeyer(secret())('chat', 'm', base)).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('createCacheKeyer: the bytes of the key', () => {
  // Long texts are written to the HMAC in their own pieces; the key must stay the HMAC of the documented
  // framing (instances of two versions sharing a store keep hitting each other), built here on its own.
  // Well-formed: UTF-8 round-trips it (a lone surrogate would come back as U+FFFD).
  const frame = (text: string): string => (Buffer.from(text, 'utf8').toString('utf8') === text ? `${text.length}:${text}` : `~${JSON.stringify(text).length}:${JSON.stringify(text)}`);
  const reference = (key: Buffer, kind: string, model: string, inputs: Array<string | Array<{ role: string; content: string }>>): string => {
    let body = `${inputs.length}[`;
    for (const input of inputs) {
      body += typeof input === 'string' ? `s${frame(input)}` : `c${input.length}[${input.map((t) => frame(t.role) + frame(t.content)).join('')}`;
    }
    return createHmac('sha256', key).update(`${kind}\u0000${frame(model)}f${body}`).digest('hex');
  };

  const cases: Array<[string, Array<string | Array<{ role: string; content: string }>>]> = [
    ['a 4 KB prompt after a system prompt', [[turn('system', 'Be brief.'), turn('user', 'word '.repeat(800))]]],
    ['long texts with lone surrogates, a long role, texts at the length where writing changes', ['x'.repeat(256), 'y'.repeat(257), `${'z'.repeat(300)}\uD800`, [turn('r'.repeat(400), `\uDC00${'é'.repeat(500)}😀`)]]],
    ['short texts only', ['a', '', [turn('user', 'hi'), turn('assistant', 'hello')]]],
  ];
  it.each(cases)('is the HMAC of the framing: %s', (_what, inputs) => {
    const key = secret();
    const keyOf = createCacheKeyer(key);
    for (const model of ['m', 'm'.repeat(300)]) expect(keyOf('chat', model, inputs)).toBe(reference(key, 'chat', model, inputs));
  });
});

describe('the memory store on a hit', () => {
  it('sets no timer (lru-cache reads the clock instead of caching it behind a 1 ms timer)', async () => {
    const store = createMemoryModerationCache();
    store.set('k', { model: 'm', scores: { sexual: 0.1 } }, 60_000);
    let timers = 0;
    let counting = false;
    const hook = createHook({
      init(_id, type) {
        if (counting && type === 'Timeout') timers++;
      },
    }).enable();
    try {
      for (let i = 0; i < 5; i++) {
        await sleep(3); // past the old 1 ms clock cache, so each hit would have set a new timer
        counting = true;
        expect(store.get('k')).toEqual({ model: 'm', scores: { sexual: 0.1 } });
        counting = false;
      }
    } finally {
      hook.disable();
    }
    expect(timers).toBe(0);
  });

  it('still expires entries after their time to live', async () => {
    const store = createMemoryModerationCache();
    store.set('k', { model: 'm', scores: {} }, 20);
    expect(store.get('k')).toBeDefined();
    await sleep(40);
    expect(store.get('k')).toBeUndefined();
  });
});

describe('the moderator keyed by createCacheKeyer', () => {
  let fake: FakeMistral;
  let client: Mistral;
  beforeAll(async () => {
    fake = await startFakeMistral();
    client = createMistralClient({ apiKey: fakeKey(), serverURL: fake.url, env: {}, retry: false });
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(() => fake.reset());

  const moderator = (options: ModeratorOptions = {}): ReturnType<typeof createModerator> =>
    createModerator({ client, logger: { warn: () => undefined }, ...options });
  const user = (content: string): ChatMessage => ({ role: 'user', content });
  const calls = (): number => fake.requests.filter((r) => r.path === '/v1/chat/moderations').length;

  it('never answers a changed conversation from the cache (earlier turn, role, last turn)', async () => {
    const m = moderator();
    const convo: ChatMessage[] = [user('first question'), { role: 'assistant', content: 'an answer' }, user('second question')];
    await m.check(convo);
    expect((await m.check(convo.map((x) => ({ ...x })))).outcome.cached).toBe(true);
    const changed: ChatMessage[][] = [
      [user('first question!'), convo[1]!, convo[2]!],
      [convo[0]!, { role: 'assistant', content: 'an answer.' }, convo[2]!],
      [convo[0]!, convo[1]!, user('second question?')],
      [convo[0]!, convo[2]!],
    ];
    for (const other of changed) expect((await m.check(other)).outcome.cached).toBe(false);
    expect(calls()).toBe(1 + changed.length);
  });

  it('shares a store across tenants without hits across their secrets, nor across models', async () => {
    const store = createMemoryModerationCache();
    const tenantA = moderator({ cache: { store, hmacKey: randomBytes(32) } });
    const tenantB = moderator({ cache: { store, hmacKey: randomBytes(32) } });
    await tenantA.check([user('the same words')]);
    expect((await tenantB.check([user('the same words')])).outcome.cached).toBe(false);
    expect((await tenantA.check([user('the same words')])).outcome.cached).toBe(true);
    const sameSecret = randomBytes(32);
    await moderator({ cache: { store, hmacKey: sameSecret } }).check([user('x y')]);
    const otherModel = await moderator({ model: 'mistral-moderation-2411', cache: { store, hmacKey: sameSecret } }).check([user('x y')]);
    expect(otherModel.outcome.cached).toBe(false);
    expect(calls()).toBe(4);
  });
});
