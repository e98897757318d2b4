/**
 * Google Secret Manager as a key source, without the cloud: the official `@google-cloud/secret-manager`
 * client, pointed by endpoint override (`apiEndpoint`, `port`, `protocol: 'http'`, `fallback: true` for its
 * HTTP/1.1 REST transport) at a local fake of the API; credentials are the auth library's PassThroughClient.
 */
import { SecretManagerServiceClient } from '@google-cloud/secret-manager';
import { PassThroughClient } from 'google-auth-library';
import { GuardConfigError } from '../../src/core/errors.js';
import { createKeyPool, crc32c, fingerprintKey, googleSecretManagerSource } from '../../src/keys/index.js';
import { createMistralClient } from '../../src/mistral/index.js';
import { startFakeMistral } from '../../src/testing/index.js';
import type { FakeMistral } from '../../src/testing/index.js';
import { startFakeGoogleSecrets } from './fake-secret-managers.js';
import type { FakeGoogleSecrets } from './fake-secret-managers.js';
import { eventually, makeKey, manualClock, recordingLogger } from './helpers.js';

// The first client of a file loads the Mistral SDK (seconds under Jest's transform on a busy machine).
jest.setTimeout(90_000);

const SECRET = 'projects/acme/secrets/mistral-api-key';
let gsm: FakeGoogleSecrets;
let mistral: FakeMistral;

beforeAll(async () => {
  [gsm, mistral] = await Promise.all([startFakeGoogleSecrets(), startFakeMistral()]);
});
afterAll(async () => {
  await Promise.all([gsm.close(), mistral.close()]);
});

/**
 * Client options that point the official client at the fake. The auth client sends with Node's own fetch:
 * left alone, its HTTP library loads node-fetch with a dynamic `import()`, which Jest's CommonJS sandbox
 * refuses (plain Node does not).
 */
const local = (): Record<string, object | string | number | boolean> => ({
  apiEndpoint: gsm.host,
  port: gsm.port,
  protocol: 'http',
  fallback: true,
  authClient: new PassThroughClient({ transporterOptions: { fetchImplementation: fetch } }),
});

const chatReq = { model: 'mistral-small-latest', messages: [{ role: 'user' as const, content: 'hi' }] };

describe('googleSecretManagerSource', () => {
  it('reads the latest version through the official client (endpoint override)', async () => {
    const key = makeKey('g');
    const name = `projects/acme/secrets/s-${makeKey('id')}`;
    gsm.addVersion(name, `${key}\n`);
    const source = googleSecretManagerSource({ name, clientOptions: local() });
    try {
      expect(await source.read()).toEqual([key]);
      expect(source.description).toBe(`google-secret-manager ${name}/versions/latest`);
      expect(gsm.requests).toContain(`GET /v1/${name}/versions/latest:access`);
    } finally {
      await source.close?.();
    }
  });

  it('a pool on it picks up a rotated secret without restart; the old key retires with grace', async () => {
    const a = makeKey('a');
    const b = makeKey('b');
    gsm.addVersion(SECRET, a);
    const clock = manualClock();
    const logger = recordingLogger();
    const source = googleSecretManagerSource({ name: `${SECRET}/versions/latest`, clientOptions: local(), refreshIntervalMs: 60_000 });
    const pool = createKeyPool({ source, now: clock.now, logger, graceMs: 120_000 });
    const client = createMistralClient({ keys: pool, serverURL: mistral.url, env: {}, retry: false });
    try {
      await pool.ready();
      await client.chat.complete(chatReq);
      gsm.addVersion(SECRET, b); // rotated in Secret Manager
      clock.advance(60_000);
      await client.chat.complete(chatReq); // due: the read runs beside this request
      await eventually(() => pool.status().some((s) => s.fingerprint === fingerprintKey(b)));
      await client.chat.complete(chatReq);
      const used = mistral.requests.slice(-3).map((r) => r.keyFingerprint);
      expect(used).toEqual([fingerprintKey(a), fingerprintKey(a), fingerprintKey(b)]);
      expect(pool.status().find((s) => s.fingerprint === fingerprintKey(a))).toMatchObject({ state: 'retiring', until: clock.now() + 120_000 });
      expect(logger.text()).not.toMatch(new RegExp(`${a}|${b}`));
    } finally {
      await pool.close();
    }
  });

  it('a failed refresh keeps the last good key and warns without a value', async () => {
    const a = makeKey('a');
    const name = `projects/acme/secrets/f-${makeKey('id')}`;
    gsm.addVersion(name, a);
    const clock = manualClock();
    const logger = recordingLogger();
    const pool = createKeyPool({ source: googleSecretManagerSource({ name, clientOptions: local(), refreshIntervalMs: 1000 }), now: clock.now, logger });
    try {
      await pool.ready();
      gsm.addVersion(name, makeKey('never-read'));
      gsm.failWith({ httpStatus: 403, status: 'PERMISSION_DENIED' });
      clock.advance(1000);
      await expect(pool.refresh()).rejects.toMatchObject({ name: 'KeySourceError', code: 'read_failed' });
      expect((await pool.acquire()).fingerprint).toBe(fingerprintKey(a));
      const warning = logger.of('warn').find((l) => /keeping the last good keys/.test(l.message));
      expect(warning?.meta).toMatchObject({ source: `google-secret-manager ${name}/versions/latest`, kept: 1 });
      expect(logger.text()).not.toContain(a);

      gsm.failWith(undefined);
      gsm.corruptChecksums(true);
      await expect(pool.refresh()).rejects.toMatchObject({ code: 'checksum_mismatch' });
      expect((await pool.acquire()).fingerprint).toBe(fingerprintKey(a));
    } finally {
      gsm.failWith(undefined);
      gsm.corruptChecksums(false);
      await pool.close();
    }
  });

  it('takes a ready client (the injection seam) and leaves it open on close', async () => {
    const key = makeKey('c');
    const name = `projects/acme/secrets/c-${makeKey('id')}`;
    gsm.addVersion(name, key);
    const client = new SecretManagerServiceClient(local());
    try {
      const source = googleSecretManagerSource({ name, client, refreshIntervalMs: 0 });
      expect(await source.read()).toEqual([key]);
      await source.close?.();
      expect(await source.read()).toEqual([key]); // still usable: closing the source did not close the caller's client
    } finally {
      await client.close();
    }
  });

  it('validates its options at construction, and checks CRC32C as Secret Manager computes it', () => {
    expect(() => googleSecretManagerSource({ name: 'mistral-api-key' })).toThrow(/projects\/P\/secrets\/S\/versions\/latest/);
    expect(() => googleSecretManagerSource({ name: SECRET, client: {} as never })).toThrow(/accessSecretVersion/);
    expect(() => googleSecretManagerSource({ name: SECRET, client: new SecretManagerServiceClient(local()), clientOptions: {} })).toThrow(/either client or clientOptions/);
    expect(() => googleSecretManagerSource({ name: SECRET, refreshIntervalMs: -1 })).toThrow(GuardConfigError);
    expect(() => googleSecretManagerSource({ name: SECRET, refresh: 1 } as never)).toThrow(/Did you mean `refreshIntervalMs`/);
    expect(googleSecretManagerSource({ name: 'projects/p/locations/europe-west1/secrets/s/versions/3' }).description).toMatch(/versions\/3$/);
    expect(crc32c(Buffer.from('123456789'))).toBe(0xe3069283); // the standard CRC32C check value
  });
});
