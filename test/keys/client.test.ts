/**
 * A key pool behind the real Mistral SDK, over HTTP, against the fake Mistral: chat, streaming and
 * moderation alike take their key from the pool; key failures are retried once with another key, unseen.
 */
import { inspect } from 'node:util';
import { HTTPClient } from '@mistralai/mistralai';
import { GuardError } from '../../src/core/errors.js';
import { createKeyPool, fingerprintKey } from '../../src/keys/index.js';
import type { KeyPool } from '../../src/keys/index.js';
import { createMistralClient, toGuardError } from '../../src/mistral/index.js';
import { POOL_KEY_PLACEHOLDER } from '../../src/mistral/key-fetcher.js';
import { startFakeMistral } from '../../src/testing/index.js';
import type { FakeMistral } from '../../src/testing/index.js';
import { eventually, makeKey, recordingLogger } from './helpers.js';

// The first client of a file loads the Mistral SDK (seconds under Jest's transform on a busy machine).
jest.setTimeout(90_000);

let fake: FakeMistral;
beforeAll(async () => {
  fake = await startFakeMistral();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

const chatReq = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hi' }] };
const moderationModel = 'mistral-moderation-2603';

/** Fingerprints of the keys the fake saw, in order. */
const seen = (): (string | null)[] => fake.requests.filter((r) => r.method === 'POST').map((r) => r.keyFingerprint);

async function drain(stream: AsyncIterable<{ data: { choices: Array<{ delta: { content?: unknown } }> } }>): Promise<string> {
  let text = '';
  for await (const event of stream) {
    const c = event.data.choices[0]?.delta.content;
    if (typeof c === 'string') text += c;
  }
  return text;
}

function twoKeys(options: Partial<Parameters<typeof createKeyPool>[0]> = {}) {
  const a = makeKey('a');
  const b = makeKey('b');
  const logger = recordingLogger();
  const pool = createKeyPool({ keys: [a, b], logger, ...options });
  const client = createMistralClient({ keys: pool, serverURL: fake.url, env: {}, retry: false });
  return { a, b, fa: fingerprintKey(a), fb: fingerprintKey(b), logger, pool, client };
}

describe('createMistralClient({ keys })', () => {
  it('chat, stream and both moderation calls: a 401 quarantines the key and the request goes through with the next one', async () => {
    const { b, fa, fb, logger, pool, client, a } = twoKeys();
    fake.setScenario({ validKeys: [b] });
    const reply = await client.chat.complete(chatReq);
    expect(reply.choices[0]?.message?.content).toBe('Echo: hi');
    expect(seen()).toEqual([fa, fb]);
    expect(pool.status()[0]).toMatchObject({ fingerprint: fa, state: 'quarantined' });

    expect(await drain(await client.chat.stream(chatReq))).toBe('Echo: hi');
    const chatMod = await client.classifiers.moderateChat({ model: moderationModel, inputs: [{ role: 'user', content: 'hello' }] });
    expect(chatMod.results).toHaveLength(1);
    const textMod = await client.classifiers.moderate({ model: moderationModel, inputs: ['hello'] });
    expect(textMod.results).toHaveLength(1);
    expect(seen()).toEqual([fa, fb, fb, fb, fb]); // A once, B for everything after
    expect(logger.of('warn').filter((l) => /quarantined/.test(l.message))).toHaveLength(1);
    expect(logger.text()).not.toMatch(new RegExp(`${a}|${b}`));
  });

  it('a 401 on a stream is retried before the caller iterates', async () => {
    const { b, fa, fb, client } = twoKeys();
    fake.setScenario({ validKeys: [b] });
    expect(await drain(await client.chat.stream(chatReq))).toBe('Echo: hi');
    expect(seen()).toEqual([fa, fb]);
  });

  it('a 429 cools the key down for Retry-After and the request is re-sent at once with another key', async () => {
    const { a, fa, fb, pool, client } = twoKeys();
    fake.setScenario({ key: a, rateLimit: { retryAfterSeconds: 7 } });
    const before = Date.now();
    await client.chat.complete(chatReq);
    expect(seen()).toEqual([fa, fb]);
    const cooling = pool.status()[0]!;
    expect(cooling).toMatchObject({ fingerprint: fa, state: 'cooling' });
    expect(cooling.until! - before).toBeGreaterThanOrEqual(7000);
    await client.chat.complete(chatReq);
    expect(seen()).toEqual([fa, fb, fb]);
  });

  it('a 403 from Mistral guardrails is a content decision: passed through, key kept, nothing re-sent', async () => {
    const { fa, pool, client } = twoKeys();
    fake.setScenario({ guardrailBlock: true });
    const err = await client.chat.complete(chatReq).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'SDKError', statusCode: 403 });
    // Answered as the content decision it is, not as a refused key.
    expect(toGuardError(err)).toMatchObject({ status: 403, type: 'content_blocked', code: 'guardrail_blocked' });
    expect(seen()).toEqual([fa]);
    expect(pool.status()[0]).toMatchObject({ fingerprint: fa, state: 'active' });
  });

  it('a plain 403 (key not allowed) quarantines like a 401', async () => {
    const { a, fa, fb, pool, client } = twoKeys();
    fake.setScenario({ key: a, rateLimit: { status: 403 } });
    await client.chat.complete(chatReq);
    expect(seen()).toEqual([fa, fb]);
    expect(pool.status()[0]).toMatchObject({ fingerprint: fa, state: 'quarantined' });
  });

  it('every key refused: that call fails as upstream_auth after one retry; the next fails fast with our 503, nothing sent', async () => {
    const { a, b, fa, fb, logger, client } = twoKeys();
    fake.setScenario({ validKeys: [makeKey('other')] });
    const first = await client.chat.complete(chatReq).catch((e: unknown) => e);
    expect(toGuardError(first)).toMatchObject({ status: 502, code: 'upstream_auth' });
    expect(seen()).toEqual([fa, fb]);

    const second = await client.chat.complete(chatReq).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(GuardError);
    expect(toGuardError(second)).toMatchObject({ status: 503, type: 'upstream_error', code: 'upstream_keys_unavailable' });
    const stream = await client.chat.stream(chatReq).catch((e: unknown) => e);
    expect(stream).toMatchObject({ code: 'upstream_keys_unavailable' });
    expect(seen()).toEqual([fa, fb]); // nothing more was sent
    const event = logger.of('error')[0];
    expect(event?.meta).toMatchObject({ keys: [{ fingerprint: fa, state: 'quarantined' }, { fingerprint: fb, state: 'quarantined' }] });
    const body = JSON.stringify((second as GuardError).toBody('r1'));
    expect(`${body}\n${logger.text()}\n${String(second)}`).not.toMatch(new RegExp(`${a}|${b}`));
  });

  it('the only key rate limited: the SDK retries within its budget without sending again, then a 503 with Retry-After', async () => {
    const a = makeKey('a');
    const pool = createKeyPool({ keys: [a], logger: recordingLogger() });
    const client = createMistralClient({ keys: pool, serverURL: fake.url, env: {}, retry: { initialIntervalMs: 1, maxIntervalMs: 20, maxElapsedMs: 200 } });
    fake.setScenario({ rateLimit: { retryAfterSeconds: 30, times: 1 } });
    const err = await client.chat.complete(chatReq).catch((e: unknown) => e);
    expect(seen()).toEqual([fingerprintKey(a)]); // the SDK's retries met the cooling key locally: one request upstream
    expect(toGuardError(err)).toMatchObject({ status: 503, type: 'upstream_error', code: 'upstream_rate_limited' });
    expect(toGuardError(err).retryAfter).toBeGreaterThanOrEqual(29);
  });

  it('keys all gone between two attempts of one call (revoked during an SDK retry): nothing is sent, the 503 is the cause', async () => {
    const a = makeKey('a');
    const pool = createKeyPool({ keys: [a], logger: recordingLogger() });
    const client = createMistralClient({ keys: pool, serverURL: fake.url, env: {}, retry: { initialIntervalMs: 1, maxElapsedMs: 5000 } });
    fake.setScenario({ timeout: { ms: 300, times: 1 }, failure: { status: 502, times: 1 } });
    const call = client.chat.complete(chatReq).catch((e: unknown) => e);
    await eventually(() => fake.requests.length === 1); // the first attempt is waiting upstream
    await pool.revoke(fingerprintKey(a));
    const err = (await call) as Error & { cause?: unknown };
    expect(seen()).toEqual([fingerprintKey(a)]); // the SDK's retry found no key: nothing more was sent
    // The SDK wraps what its HTTP client throws; our 503 is the cause, and what the client is answered.
    expect(err.name).toBe('UnexpectedClientError');
    expect(err.cause).toMatchObject({ name: 'GuardError', status: 503, code: 'upstream_keys_unavailable' });
    expect(toGuardError(err)).toMatchObject({ status: 503, code: 'upstream_keys_unavailable' });
  });

  it('a key added at runtime is used; a revoked key is never used again', async () => {
    const a = makeKey('a');
    const c = makeKey('c');
    const pool = createKeyPool({ keys: [a], selection: 'round-robin', logger: recordingLogger() });
    const client = createMistralClient({ keys: pool, serverURL: fake.url, env: {}, retry: false });
    pool.add(c);
    for (let i = 0; i < 4; i++) await client.chat.complete(chatReq);
    expect(seen()).toEqual([fingerprintKey(a), fingerprintKey(c), fingerprintKey(a), fingerprintKey(c)]);
    await pool.revoke(fingerprintKey(a));
    fake.reset();
    for (let i = 0; i < 4; i++) await client.chat.complete(chatReq);
    expect(seen()).toEqual(Array(4).fill(fingerprintKey(c)));
  });

  it('MISTRAL_API_KEYS in the environment makes a pool (and a list in keys does too)', async () => {
    const a = makeKey('a');
    const b = makeKey('b');
    fake.setScenario({ validKeys: [b] });
    const printed: string[] = [];
    const spy = jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => void printed.push(args.join(' ')));
    try {
      const fromEnv = createMistralClient({ env: { MISTRAL_API_KEYS: ` ${a} , ${b}\n`, MISTRAL_SERVER_URL: fake.url }, retry: false });
      await fromEnv.chat.complete(chatReq);
      await fromEnv.chat.complete(chatReq);
      const fromList = createMistralClient({ keys: [a, b], serverURL: fake.url, env: {}, retry: false });
      await fromList.chat.complete(chatReq);
    } finally {
      spy.mockRestore();
    }
    expect(seen()).toEqual([fingerprintKey(a), fingerprintKey(b), fingerprintKey(b), fingerprintKey(a), fingerprintKey(b)]);
    expect(printed.join('\n')).toContain(fingerprintKey(a));
    expect(printed.join('\n')).not.toMatch(new RegExp(`${a}|${b}`));
  });

  it('sends through the caller’s fetcher, and never sends the placeholder', async () => {
    const { fa, pool } = twoKeys();
    let calls = 0;
    const client = createMistralClient({
      keys: pool,
      serverURL: fake.url,
      env: {},
      fetcher: (input, init) => {
        calls++;
        expect(input).toBeInstanceOf(Request);
        expect((input as Request).headers.get('authorization')).not.toContain(POOL_KEY_PLACEHOLDER);
        return fetch(input, init);
      },
    });
    await client.chat.complete(chatReq);
    expect(calls).toBe(1);
    expect(seen()).toEqual([fa]);
  });

  it('validates keys against the other options at construction', () => {
    const pool = createKeyPool({ keys: [makeKey()], logger: recordingLogger() });
    expect(() => createMistralClient({ keys: pool, apiKey: makeKey(), env: {} })).toThrow(/either apiKey or keys/);
    expect(() => createMistralClient({ keys: pool, httpClient: new HTTPClient(), env: {} })).toThrow(/pass fetcher instead/);
    expect(() => createMistralClient({ keys: 'a,b' as never, env: {} })).toThrow(/keys must be a key pool/);
    expect(() => createMistralClient({ keys: [], env: {} })).toThrow(/at least one key/);
    expect(() => createMistralClient({ env: { MISTRAL_API_KEYS: ' , ' } })).toThrow(/MISTRAL_API_KEYS is empty/);
  });
});

describe('what the client shows of its keys', () => {
  it('inspecting a client (pool or single key) and its debug log show no key', async () => {
    const { a, b, client } = twoKeys();
    const single = makeKey('single');
    const one = createMistralClient({ apiKey: single, serverURL: fake.url, env: {} });
    const views = [inspect(client, { depth: 6, showHidden: true }), inspect(one, { depth: 6, showHidden: true })];
    for (const view of views) expect(view).not.toMatch(new RegExp(`${a}|${b}|${single}`));

    const lines: string[] = [];
    const record = (...args: unknown[]): void => void lines.push(args.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));
    const pool: KeyPool = createKeyPool({ keys: [a, b], logger: recordingLogger() });
    const debug = createMistralClient({ keys: pool, serverURL: fake.url, env: {}, debugLogger: { log: record, group: record, groupEnd: () => undefined } });
    await debug.chat.complete(chatReq);
    expect(lines.join('\n')).toContain('/v1/chat/completions');
    expect(lines.join('\n')).not.toMatch(new RegExp(`${a}|${b}`));
  });
});
