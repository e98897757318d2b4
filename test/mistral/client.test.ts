import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HTTPClient } from '@mistralai/mistralai';
import { GuardConfigError, GuardError } from '../../src/core/errors.js';
import { createMistralClient, fingerprintKey, parseRetryAfter, resolveApiKey, toGuardError } from '../../src/mistral/index.js';
import { startFakeMistral } from '../../src/testing/index.js';
import type { FakeMistral } from '../../src/testing/index.js';
import { fakeKey } from '../testing/helpers.js';

let fake: FakeMistral;
const key = fakeKey();
const chatReq = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hi' }] };
const fastRetry = { initialIntervalMs: 10, maxIntervalMs: 2000, maxElapsedMs: 5000 };

beforeAll(async () => {
  fake = await startFakeMistral();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

function chatCalls(): number {
  return fake.requests.filter((r) => r.path === '/v1/chat/completions').length;
}

describe('resolveApiKey', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mg-key-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prefers the explicit key, then MISTRAL_API_KEY, then MISTRAL_API_KEY_FILE (trimmed)', () => {
    const a = fakeKey();
    const b = fakeKey();
    const c = fakeKey();
    const file = join(dir, 'key.txt');
    writeFileSync(file, `  ${c}\n`);
    const env = { MISTRAL_API_KEY: b, MISTRAL_API_KEY_FILE: file };
    expect(resolveApiKey({ apiKey: a, env })).toBe(a);
    expect(resolveApiKey({ env })).toBe(b);
    expect(resolveApiKey({ env: { MISTRAL_API_KEY_FILE: file } })).toBe(c);
    expect(resolveApiKey({ env: { MISTRAL_API_KEY: '  ', MISTRAL_API_KEY_FILE: file } })).toBe(c);
  });

  it('names the variables when no key is found', () => {
    let err: unknown;
    try {
      resolveApiKey({ env: {} });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GuardConfigError);
    expect((err as Error).message).toContain('MISTRAL_API_KEY');
    expect((err as Error).message).toContain('MISTRAL_API_KEY_FILE');
  });

  it('reports an unreadable or empty key file without its content', () => {
    expect(() => resolveApiKey({ env: { MISTRAL_API_KEY_FILE: join(dir, 'missing.txt') } })).toThrow(/MISTRAL_API_KEY_FILE.*ENOENT/);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n');
    expect(() => resolveApiKey({ env: { MISTRAL_API_KEY_FILE: empty } })).toThrow(GuardConfigError);
  });

  it('refuses keys with inner whitespace and never echoes them', () => {
    const bad = `${fakeKey()} ${fakeKey()}`;
    let message = '';
    try {
      resolveApiKey({ env: { MISTRAL_API_KEY: bad } });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/whitespace/);
    expect(message).not.toContain(bad.split(' ')[0] as string);
  });

  it('fingerprints keys as the first 8 hex of SHA-256', () => {
    expect(fingerprintKey('abc')).toBe('ba7816bf');
  });
});

describe('createMistralClient', () => {
  it('talks to the fake with the key from the environment and MISTRAL_SERVER_URL', async () => {
    const client = createMistralClient({ env: { MISTRAL_API_KEY: key, MISTRAL_SERVER_URL: fake.url } });
    const res = await client.chat.complete(chatReq);
    expect(res.choices[0]?.message?.content).toBe('Echo: hi');
    expect(fake.requests[0]?.keyFingerprint).toBe(fingerprintKey(key));
  });

  it('fails at construction without a key, naming MISTRAL_API_KEY', () => {
    expect(() => createMistralClient({ env: { MISTRAL_SERVER_URL: fake.url } })).toThrow(/MISTRAL_API_KEY/);
  });

  it('validates options at construction', () => {
    const base = { apiKey: key, env: {} };
    expect(() => createMistralClient({ ...base, timeoutMs: 0 })).toThrow(GuardConfigError);
    expect(() => createMistralClient({ ...base, timeoutMs: 1.5 })).toThrow(GuardConfigError);
    expect(() => createMistralClient({ ...base, serverURL: 'not a url' })).toThrow(GuardConfigError);
    expect(() => createMistralClient({ ...base, serverURL: 'ftp://x' })).toThrow(GuardConfigError);
    expect(() => createMistralClient({ ...base, serverURL: 'https://u:p@x' })).toThrow(GuardConfigError);
    expect(() => createMistralClient({ ...base, retry: { maxIntervalMs: -1 } })).toThrow(GuardConfigError);
    expect(() => createMistralClient({ ...base, httpClient: new HTTPClient(), fetcher: fetch })).toThrow(GuardConfigError);
  });

  it('refuses debugLogger and MISTRAL_DEBUG in production', () => {
    const logger = { log: () => undefined, group: () => undefined, groupEnd: () => undefined };
    expect(() => createMistralClient({ apiKey: key, debugLogger: logger, env: { NODE_ENV: 'production' } })).toThrow(
      /debugLogger.*production/,
    );
    expect(() => createMistralClient({ apiKey: key, env: { NODE_ENV: 'production', MISTRAL_DEBUG: 'true' } })).toThrow(
      /MISTRAL_DEBUG/,
    );
    expect(() => createMistralClient({ apiKey: key, debugLogger: logger, env: { NODE_ENV: 'development' } })).not.toThrow();
    // The check ignores case and stray spaces: "Production" is production too.
    expect(() => createMistralClient({ apiKey: key, debugLogger: logger, env: { NODE_ENV: ' Production' } })).toThrow(/production/);
    expect(() => createMistralClient({ apiKey: key, env: { NODE_ENV: 'PRODUCTION', MISTRAL_DEBUG: '1' } })).toThrow(/MISTRAL_DEBUG/);
  });

  it('a debug logger never prints the key: headers and bearer tokens are redacted, the request is still logged', async () => {
    const lines: string[] = [];
    const record = (...args: unknown[]) => lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    const logger = { log: record, group: record, groupEnd: () => undefined };
    const client = createMistralClient({ apiKey: key, serverURL: fake.url, env: {}, debugLogger: logger });
    await client.chat.complete(chatReq);
    const printed = lines.join('\n');
    expect(printed).toMatch(/authorization: \[REDACTED\]/i);
    expect(printed).toContain('/v1/chat/completions');
    expect(printed).not.toContain(key);
  });

  it('MISTRAL_DEBUG outside production logs to the console without the key', async () => {
    const printed: string[] = [];
    const spies = (['log', 'group'] as const).map((m) =>
      jest.spyOn(console, m).mockImplementation((...args: unknown[]) => {
        printed.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      }),
    );
    process.env.MISTRAL_DEBUG = 'true';
    try {
      const client = createMistralClient({ apiKey: key, serverURL: fake.url, env: {} });
      await client.chat.complete(chatReq);
    } finally {
      delete process.env.MISTRAL_DEBUG;
      for (const spy of spies) spy.mockRestore();
    }
    expect(printed.join('\n')).toMatch(/authorization: \[REDACTED\]/i);
    expect(printed.join('\n')).not.toContain(key);
  });

  it('passes a custom fetcher through an SDK HTTPClient (the key-pool seam)', async () => {
    let calls = 0;
    const client = createMistralClient({
      apiKey: key,
      serverURL: fake.url,
      env: {},
      fetcher: (input, init) => {
        calls++;
        return fetch(input, init);
      },
    });
    await client.chat.complete(chatReq);
    expect(calls).toBe(1);
  });

  it('accepts an async key function, called per SDK call', async () => {
    const keys = [fakeKey(), fakeKey()];
    let i = 0;
    const client = createMistralClient({ apiKey: async () => keys[i++ % 2] as string, serverURL: fake.url, env: {} });
    await client.chat.complete(chatReq);
    await client.chat.complete(chatReq);
    expect(fake.requests.map((r) => r.keyFingerprint)).toEqual(keys.map(fingerprintKey));
  });

  it('retries a 429 after Retry-After (>= 1 s) and succeeds', async () => {
    fake.setScenario({ rateLimit: { retryAfterSeconds: 1, times: 1 } });
    const client = createMistralClient({ apiKey: key, serverURL: fake.url, env: {}, retry: fastRetry });
    const t0 = Date.now();
    const res = await client.chat.complete(chatReq);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    expect(res.choices[0]?.message?.content).toBe('Echo: hi');
    expect(chatCalls()).toBe(2);
  });

  it('retries 5xx with backoff, and gives up after maxElapsedMs', async () => {
    fake.setScenario({ failure: { status: 502, times: 2 } });
    const client = createMistralClient({ apiKey: key, serverURL: fake.url, env: {}, retry: { ...fastRetry, initialIntervalMs: 1 } });
    await client.chat.complete(chatReq);
    expect(chatCalls()).toBe(3);

    fake.reset();
    fake.setScenario({ failure: { status: 500 } });
    const brief = createMistralClient({
      apiKey: key,
      serverURL: fake.url,
      env: {},
      retry: { initialIntervalMs: 1, maxIntervalMs: 50, maxElapsedMs: 300 },
    });
    const err = await brief.chat.complete(chatReq).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'SDKError', statusCode: 500 });
    expect(chatCalls()).toBeGreaterThan(1);
    expect(chatCalls()).toBeLessThan(50);
  });

  it('does not retry with retry: false', async () => {
    fake.setScenario({ failure: { status: 503 } });
    const client = createMistralClient({ apiKey: key, serverURL: fake.url, env: {}, retry: false });
    const err = await client.chat.complete(chatReq).catch((e: unknown) => e);
    expect(toGuardError(err)).toMatchObject({ status: 502, type: 'upstream_error', code: 'upstream_failure' });
    expect(chatCalls()).toBe(1);
  });

  it('enforces its time limit', async () => {
    fake.setScenario({ timeout: true });
    const client = createMistralClient({ apiKey: key, serverURL: fake.url, env: {}, timeoutMs: 200 });
    // The fake never answers: only the client's own time limit can end this call.
    const err = await client.chat.complete(chatReq).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'RequestTimeoutError' });
    expect(toGuardError(err)).toMatchObject({ status: 503, code: 'upstream_timeout' });
  });
});

describe('toGuardError', () => {
  it('maps a 401 from the fake to 502 upstream_auth without key or body in the message', async () => {
    fake.setScenario({ validKeys: [fakeKey()] });
    const client = createMistralClient({ apiKey: key, serverURL: fake.url, env: {} });
    const err = await client.chat.complete(chatReq).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'SDKError', statusCode: 401 });
    const g = toGuardError(err);
    expect(g).toBeInstanceOf(GuardError);
    expect(g).toMatchObject({ status: 502, type: 'upstream_error', code: 'upstream_auth' });
    expect(g.message).not.toMatch(/Unauthorized|request_id/);
    expect(JSON.stringify(g.toBody('r1'))).not.toContain(key);
    expect(g.cause).toEqual({ name: 'SDKError', statusCode: 401 });
  });

  it('maps 429 to 503 upstream_rate_limited with retryAfter from the header', async () => {
    fake.setScenario({ rateLimit: { retryAfterSeconds: 12 } });
    const client = createMistralClient({ apiKey: key, serverURL: fake.url, env: {}, retry: false });
    const err = await client.chat.complete(chatReq).catch((e: unknown) => e);
    expect(toGuardError(err)).toMatchObject({ status: 503, code: 'upstream_rate_limited', retryAfter: 12 });
  });

  it('maps 422, connection errors, malformed streams, and unknown errors', async () => {
    const client = createMistralClient({ apiKey: key, serverURL: fake.url, env: {}, retry: false });
    const v = await client.chat.complete({ model: '', messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(v).toMatchObject({ name: 'HTTPValidationError', statusCode: 422 });
    expect(toGuardError(v)).toMatchObject({ status: 502, code: 'upstream_rejected' });

    const dead = await startFakeMistral();
    const deadUrl = dead.url;
    await dead.close();
    const gone = createMistralClient({ apiKey: key, serverURL: deadUrl, env: {}, retry: false });
    const c = await gone.chat.complete(chatReq).catch((e: unknown) => e);
    // ConnectionError in plain Node; UnexpectedClientError(cause: fetch failed) across Jest's realms.
    expect(['ConnectionError', 'UnexpectedClientError']).toContain((c as Error).name);
    expect(toGuardError(c)).toMatchObject({ status: 503, code: 'upstream_unreachable' });

    fake.setScenario({ malformedStream: true, chunkSize: 1 });
    const stream = await client.chat.stream(chatReq);
    const s = await (async () => {
      for await (const _ev of stream) {
        /* drain */
      }
    })().catch((e: unknown) => e);
    expect(toGuardError(s)).toMatchObject({ status: 502, code: 'upstream_invalid_response' });

    const ac = new AbortController();
    ac.abort();
    const a = await client.chat.complete(chatReq, { signal: ac.signal }).catch((e: unknown) => e);
    expect(toGuardError(a)).toMatchObject({ status: 503, code: 'upstream_aborted' });

    expect(toGuardError(new Error('boom'))).toMatchObject({ status: 500, type: 'internal_error', code: 'internal_error' });
    expect(toGuardError('x')).toMatchObject({ status: 500 });
    const keep = new GuardError({ status: 403, type: 'content_blocked', code: 'x', message: 'm' });
    expect(toGuardError(keep)).toBe(keep);
  });

  it('parses Retry-After seconds and dates', () => {
    expect(parseRetryAfter('5')).toBe(5);
    expect(parseRetryAfter('0')).toBe(1);
    expect(parseRetryAfter(new Date(Date.now() + 10_000).toUTCString())).toBeGreaterThanOrEqual(9);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
