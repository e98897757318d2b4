/**
 * AWS Secrets Manager as a key source, without the cloud: the official `@aws-sdk/client-secrets-manager`
 * client, pointed by endpoint override (`endpoint: http://127.0.0.1:PORT`, static test credentials) at a
 * local fake of the API.
 */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { randomBytes } from 'node:crypto';
import { awsSecretsManagerSource, createKeyPool, fingerprintKey } from '../../src/keys/index.js';
import { createMistralClient } from '../../src/mistral/index.js';
import { startFakeMistral } from '../../src/testing/index.js';
import type { FakeMistral } from '../../src/testing/index.js';
import { startFakeAwsSecrets } from './fake-secret-managers.js';
import type { FakeAwsSecrets } from './fake-secret-managers.js';
import { eventually, makeKey, manualClock, recordingLogger } from './helpers.js';

// The first client of a file loads the Mistral SDK (seconds under Jest's transform on a busy machine).
jest.setTimeout(90_000);

let sm: FakeAwsSecrets;
let mistral: FakeMistral;

beforeAll(async () => {
  [sm, mistral] = await Promise.all([startFakeAwsSecrets(), startFakeMistral()]);
});
afterAll(async () => {
  await Promise.all([sm.close(), mistral.close()]);
});

/** Client configuration that points the official client at the fake (made-up credentials, one attempt). */
const local = (): Record<string, unknown> => ({
  endpoint: sm.url,
  region: 'eu-west-3',
  credentials: { accessKeyId: `AKIATEST${randomBytes(4).toString('hex').toUpperCase()}`, secretAccessKey: randomBytes(16).toString('hex') },
  maxAttempts: 1,
});

const secretId = (): string => `prod/mistral-${randomBytes(4).toString('hex')}`;
const chatReq = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hi' }] };

describe('awsSecretsManagerSource', () => {
  it('reads a plain, a JSON and a binary secret through the official client (endpoint override)', async () => {
    const [a, b, c, d] = [makeKey('a'), makeKey('b'), makeKey('c'), makeKey('d')];
    const plain = secretId();
    const asJson = secretId();
    const binary = secretId();
    sm.put(plain, `${a},${b}\n`);
    sm.put(asJson, JSON.stringify({ MISTRAL_API_KEY: c, other: 'x' }));
    sm.put(binary, { binary: Buffer.from(d) });
    const sources = [
      awsSecretsManagerSource({ secretId: plain, clientConfig: local() }),
      awsSecretsManagerSource({ secretId: asJson, jsonKey: 'MISTRAL_API_KEY', clientConfig: local() }),
      awsSecretsManagerSource({ secretId: binary, clientConfig: local() }),
    ];
    try {
      expect(await Promise.all(sources.map((s) => s.read()))).toEqual([[a, b], [c], [d]]);
      expect(sm.requests).toContain(`secretsmanager.GetSecretValue ${plain} AWSCURRENT`);
      expect(sources[1]!.description).toBe(`aws-secrets-manager ${asJson} field MISTRAL_API_KEY`);
    } finally {
      await Promise.all(sources.map((s) => s.close?.()));
    }
  });

  it('a pool on it picks up a rotated secret without restart; the old key retires with grace', async () => {
    const [a, b] = [makeKey('a'), makeKey('b')];
    const id = secretId();
    sm.put(id, a);
    const clock = manualClock();
    const logger = recordingLogger();
    const pool = createKeyPool({
      source: awsSecretsManagerSource({ secretId: id, clientConfig: local(), refreshIntervalMs: 300_000 }),
      now: clock.now,
      logger,
      graceMs: 60_000,
    });
    const client = createMistralClient({ keys: pool, serverURL: mistral.url, env: {}, retry: false });
    try {
      await pool.ready();
      await client.chat.complete(chatReq);
      sm.put(id, b); // rotation: AWSCURRENT now holds the new key
      clock.advance(300_000);
      await client.chat.complete(chatReq);
      await eventually(() => pool.status().some((s) => s.fingerprint === fingerprintKey(b)));
      await client.chat.complete(chatReq);
      expect(mistral.requests.slice(-3).map((r) => r.keyFingerprint)).toEqual([fingerprintKey(a), fingerprintKey(a), fingerprintKey(b)]);
      expect(pool.status().find((s) => s.fingerprint === fingerprintKey(a))?.state).toBe('retiring');
      expect(logger.text()).not.toMatch(new RegExp(`${a}|${b}`));
    } finally {
      await pool.close();
    }
  });

  it('a failed refresh keeps the last good key and warns without a value; a bad JSON secret is not quoted', async () => {
    const a = makeKey('a');
    const id = secretId();
    sm.put(id, JSON.stringify({ MISTRAL_API_KEY: a }));
    const clock = manualClock();
    const logger = recordingLogger();
    const pool = createKeyPool({
      source: awsSecretsManagerSource({ secretId: id, jsonKey: 'MISTRAL_API_KEY', clientConfig: local(), refreshIntervalMs: 1000 }),
      now: clock.now,
      logger,
    });
    try {
      await pool.ready();
      sm.failWith({ httpStatus: 400, type: 'AccessDeniedException' });
      await expect(pool.refresh()).rejects.toMatchObject({ name: 'KeySourceError', message: expect.stringMatching(/AccessDeniedException/) });
      expect((await pool.acquire()).fingerprint).toBe(fingerprintKey(a));
      sm.failWith(undefined);
      const leaked = makeKey('leaked');
      sm.put(id, `{"MISTRAL_API_KEY": "${leaked}"`); // broken JSON: a parser's message would quote it
      const err = (await pool.refresh().then(
        () => new Error('resolved'),
        (e: unknown) => e as Error,
      ));
      expect(err.message).toMatch(/not JSON/);
      expect(`${err.message}\n${logger.text()}`).not.toContain(leaked);
      expect(logger.text()).not.toContain(a);
      expect((await pool.acquire()).fingerprint).toBe(fingerprintKey(a));
    } finally {
      sm.failWith(undefined);
      await pool.close();
    }
  });

  it('takes a ready client (the injection seam) and leaves it open on close', async () => {
    const key = makeKey('k');
    const id = secretId();
    sm.put(id, key);
    const client = new SecretsManagerClient(local());
    try {
      const source = awsSecretsManagerSource({ secretId: id, client });
      expect(await source.read()).toEqual([key]);
      await source.close?.();
      expect(await source.read()).toEqual([key]);
    } finally {
      client.destroy();
    }
  });

  it('validates its options at construction', () => {
    expect(() => awsSecretsManagerSource({} as never)).toThrow(/secretId is required/);
    expect(() => awsSecretsManagerSource({ secretId: 'x', jsonKey: '' })).toThrow(/jsonKey must be a non-empty string/);
    expect(() => awsSecretsManagerSource({ secretId: 'x', client: {} as never })).toThrow(/send\(\) method/);
    expect(() => awsSecretsManagerSource({ secretId: 'x', client: new SecretsManagerClient(local()), clientConfig: {} })).toThrow(/either client or clientConfig/);
    expect(() => awsSecretsManagerSource({ secretId: 'x', versionstage: 'AWSPREVIOUS' } as never)).toThrow(/Did you mean `versionStage`/);
    expect(awsSecretsManagerSource({ secretId: 'x', versionStage: 'AWSPENDING' }).description).toBe('aws-secrets-manager x (AWSPENDING)');
  });
});
