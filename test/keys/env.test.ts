/**
 * Keys from the environment and from files: `resolveApiKeys()`, `envKeySource()`, `fileKeySource()`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GuardConfigError } from '../../src/core/errors.js';
import { createKeyPool, envKeySource, fileKeySource, fingerprintKey, resolveApiKeys } from '../../src/keys/index.js';
import { eventually, makeKey, manualClock, recordingLogger } from './helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-keys-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function message(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(GuardConfigError);
    return (err as Error).message;
  }
  throw new Error('did not throw');
}

describe('resolveApiKeys', () => {
  it('reads MISTRAL_API_KEYS (comma-separated, spaces and a trailing newline dropped), then MISTRAL_API_KEY, then the file', () => {
    const [a, b, c, d] = [makeKey('a'), makeKey('b'), makeKey('c'), makeKey('d')];
    const file = join(dir, 'keys.txt');
    writeFileSync(file, `${c}\r\n\n${d}\n`);
    expect(resolveApiKeys({ env: { MISTRAL_API_KEYS: ` ${a} , ${b},\n`, MISTRAL_API_KEY: c, MISTRAL_API_KEY_FILE: file } })).toEqual([a, b]);
    expect(resolveApiKeys({ env: { MISTRAL_API_KEYS: '  ', MISTRAL_API_KEY: ` ${c}\n`, MISTRAL_API_KEY_FILE: file } })).toEqual([c]);
    expect(resolveApiKeys({ env: { MISTRAL_API_KEY_FILE: file } })).toEqual([c, d]);
    writeFileSync(file, `${a},${b}`);
    expect(resolveApiKeys({ env: { MISTRAL_API_KEY_FILE: ` ${file} ` } })).toEqual([a, b]);
  });

  it('with nothing set, a startup error names the three variables', () => {
    const text = message(() => resolveApiKeys({ env: {} }));
    for (const name of ['MISTRAL_API_KEYS ', 'MISTRAL_API_KEY ', 'MISTRAL_API_KEY_FILE ']) expect(text).toContain(name);
    expect(message(() => resolveApiKeys({ env: { MISTRAL_API_KEYS: ' , ,' } }))).toMatch(/MISTRAL_API_KEYS is empty/);
  });

  it('names a bad, repeated or unreadable entry without its value', () => {
    const a = makeKey('a');
    const spaced = `${makeKey('x')} ${makeKey('y')}`;
    const twice = message(() => resolveApiKeys({ env: { MISTRAL_API_KEYS: `${a},${makeKey()},${a}` } }));
    expect(twice).toContain(fingerprintKey(a));
    expect(twice).not.toContain(a);
    const bad = message(() => resolveApiKeys({ env: { MISTRAL_API_KEYS: `${a},${spaced}` } }));
    expect(bad).toMatch(/MISTRAL_API_KEYS contains whitespace/);
    for (const part of [a, ...spaced.split(' ')]) expect(bad).not.toContain(part);
    expect(message(() => resolveApiKeys({ env: { MISTRAL_API_KEY_FILE: join(dir, 'missing') } }))).toMatch(/MISTRAL_API_KEY_FILE.*ENOENT/);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '\n\n');
    expect(message(() => resolveApiKeys({ env: { MISTRAL_API_KEY_FILE: empty } }))).toMatch(/MISTRAL_API_KEY_FILE is empty/);
  });
});

describe('file sources', () => {
  it('fileKeySource: a key rotated in place in the file (a Kubernetes secret) is picked up without restart', async () => {
    const [a, b] = [makeKey('a'), makeKey('b')];
    const file = join(dir, 'rotating.txt');
    writeFileSync(file, `${a}\n`);
    const clock = manualClock();
    const logger = recordingLogger();
    const pool = createKeyPool({ source: fileKeySource({ path: file }), now: clock.now, logger, graceMs: 0 });
    await pool.ready();
    expect((await pool.acquire()).fingerprint).toBe(fingerprintKey(a));
    writeFileSync(file, `${b}\n`);
    clock.advance(60_000); // the default interval
    await pool.acquire();
    await eventually(() => pool.status().some((s) => s.fingerprint === fingerprintKey(b) && s.state === 'active'));
    expect((await pool.acquire()).fingerprint).toBe(fingerprintKey(b));
    expect(pool.status().find((s) => s.fingerprint === fingerprintKey(a))?.state).toBe('retired'); // graceMs 0
    expect(logger.text()).not.toMatch(new RegExp(`${a}|${b}`));
  });

  it('a file that disappears keeps the last good keys, with a warning naming the file and the error code', async () => {
    const a = makeKey('a');
    const file = join(dir, 'gone.txt');
    writeFileSync(file, a);
    const logger = recordingLogger();
    const pool = createKeyPool({ source: fileKeySource({ path: file, refreshIntervalMs: 1000 }), logger });
    await pool.ready();
    rmSync(file);
    await expect(pool.refresh()).rejects.toMatchObject({ name: 'KeySourceError', message: expect.stringMatching(/ENOENT/) });
    expect((await pool.acquire()).fingerprint).toBe(fingerprintKey(a));
    expect(logger.of('warn')[0]?.meta).toMatchObject({ source: `file ${file}`, kept: 1 });
  });

  it('envKeySource re-reads MISTRAL_API_KEY_FILE every minute by default, and the variables never', async () => {
    const file = join(dir, 'env-file.txt');
    writeFileSync(file, makeKey());
    expect(envKeySource({ env: { MISTRAL_API_KEY_FILE: file } })).toMatchObject({ description: 'env MISTRAL_API_KEY_FILE', refreshIntervalMs: 60_000 });
    const keys = envKeySource({ env: { MISTRAL_API_KEYS: `${makeKey()},${makeKey()}` } });
    expect(keys.refreshIntervalMs).toBe(0);
    expect(await keys.read()).toHaveLength(2);
    await expect(envKeySource({ env: {} }).read()).rejects.toMatchObject({ name: 'KeySourceError', message: expect.stringMatching(/MISTRAL_API_KEYS/) });
    expect(() => fileKeySource({ path: ' ' })).toThrow(/path/);
    expect(() => envKeySource({ refreshMs: 5 } as never)).toThrow(/unknown option `refreshMs`/);
  });
});
