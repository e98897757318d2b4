/**
 * The key pool on its own (no network): selection, quarantine, cool-down, lifecycle, sources, the 503 when
 * nothing is usable, and what inspecting it shows. Time is a manual clock.
 */
import { inspect } from 'node:util';
import { GuardConfigError, GuardError } from '../../src/core/errors.js';
import { createKeyPool, createMemoryKeyStore, fingerprintKey } from '../../src/keys/index.js';
import type { KeyLease, KeyPool, KeySource } from '../../src/keys/index.js';
import { eventually, makeKey, manualClock, recordingLogger } from './helpers.js';

const HOUR = 3_600_000;

/** The fingerprint `acquire()` picks (synchronously: no store, no pending source read). */
function pick(pool: KeyPool): string {
  const lease = pool.acquire();
  if (lease instanceof Promise) throw new Error('expected a synchronous pick');
  return lease.fingerprint;
}

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('did not throw');
}

function setup(count: number, options: Parameters<typeof createKeyPool>[0] = {}) {
  const keys = Array.from({ length: count }, (_, i) => makeKey(`k${i}`));
  const fps = keys.map(fingerprintKey);
  const clock = manualClock();
  const logger = recordingLogger();
  const pool = createKeyPool({ keys, now: clock.now, logger, ...options });
  return { keys, fps, clock, logger, pool };
}

describe('createKeyPool: options', () => {
  it('rejects unknown options, naming the closest one', () => {
    expect(() => createKeyPool({ keys: [makeKey()], quarantinMs: 5 } as never)).toThrow(/unknown option `quarantinMs`.*Did you mean `quarantineMs`/);
    expect(() => createKeyPool({ keys: [makeKey()], selection: 'roundrobin' as never })).toThrow(/Did you mean `round-robin`/);
  });

  it('needs keys or a source, and checks every duration and collaborator once', () => {
    expect(() => createKeyPool({})).toThrow(/at least one key/);
    expect(() => createKeyPool({ keys: [] })).toThrow(GuardConfigError);
    const keys = [makeKey()];
    for (const bad of [{ cooldownMs: -1 }, { quarantineMs: 0 }, { rotationIntervalMs: Number.NaN }, { syncIntervalMs: 0 }, { graceMs: -5 }]) {
      expect(() => createKeyPool({ keys, ...bad })).toThrow(GuardConfigError);
    }
    expect(() => createKeyPool({ keys, graceMs: 0 })).not.toThrow();
    expect(() => createKeyPool({ keys, logger: {} as never })).toThrow(/logger/);
    expect(() => createKeyPool({ keys, store: createMemoryKeyStore(), redis: { call: async () => null } })).toThrow(/either redis or store/);
    expect(() => createKeyPool({ keys, redisPrefix: 'x' })).toThrow(/redisPrefix needs redis/);
    expect(() => createKeyPool({ keys, redis: {} as never })).toThrow(/must be a connected node-redis client .* or an ioredis client/);
    expect(() => createKeyPool({ keys, source: { read: 'no' } as never })).toThrow(/key source/);
  });

  it('names a bad or repeated key by position or fingerprint, never by value', () => {
    const key = makeKey();
    const spaced = `${makeKey()} ${makeKey()}`;
    const dup = thrown(() => createKeyPool({ keys: [key, ` ${key}\n`] }));
    expect(dup.message).toContain(fingerprintKey(key));
    expect(dup.message).not.toContain(key);
    const bad = thrown(() => createKeyPool({ keys: [makeKey(), spaced] }));
    expect(bad.message).toMatch(/keys\[1\].*whitespace/);
    for (const part of spaced.split(' ')) expect(bad.message).not.toContain(part);
  });
});

describe('selection', () => {
  it('time (default): the first key serves for an hour, then the next, around the ring', () => {
    const { pool, fps, clock } = setup(3);
    expect(pool.selection).toBe('time');
    expect([pick(pool), pick(pool), pick(pool)]).toEqual([fps[0], fps[0], fps[0]]);
    clock.advance(HOUR - 1);
    expect(pick(pool)).toBe(fps[0]);
    clock.advance(1);
    expect(pick(pool)).toBe(fps[1]);
    clock.advance(HOUR);
    expect(pick(pool)).toBe(fps[2]);
    clock.advance(HOUR);
    expect(pick(pool)).toBe(fps[0]);
  });

  it('time: rotationIntervalMs sets the period; an unusable key hands over to the next one at once', () => {
    const { pool, fps, clock } = setup(2, { rotationIntervalMs: 1000 });
    expect(pick(pool)).toBe(fps[0]);
    clock.advance(1000);
    expect(pick(pool)).toBe(fps[1]);
    pool.report(pool.acquire() as KeyLease, 401);
    expect(pick(pool)).toBe(fps[0]);
  });

  it('round-robin: the next key on every pick', () => {
    const { pool, fps } = setup(3, { selection: 'round-robin' });
    expect(Array.from({ length: 7 }, () => pick(pool))).toEqual([fps[0], fps[1], fps[2], fps[0], fps[1], fps[2], fps[0]]);
  });

  it('least-recently-failed: never-failed keys first (in turn), then the one whose failure is oldest', () => {
    const { pool, fps, clock } = setup(3, { selection: 'least-recently-failed', cooldownMs: 1000 });
    const byFp = (fp: string): KeyLease => ({ fingerprint: fp, authorize: () => undefined });
    pool.report(byFp(fps[0]!), 429);
    clock.advance(10);
    pool.report(byFp(fps[1]!), 429);
    clock.advance(2000); // both cool-downs are over; their failures are remembered
    expect([pick(pool), pick(pool)]).toEqual([fps[2], fps[2]]);
    pool.report(byFp(fps[2]!), 429);
    clock.advance(2000);
    expect(pick(pool)).toBe(fps[0]); // oldest failure
  });

  it('a pick allocates nothing: the lease is the held key itself', () => {
    const { pool } = setup(2);
    expect(pool.acquire()).toBe(pool.acquire());
  });

  it('a lease puts the key on the request headers, and only there', () => {
    const { pool, keys } = setup(1);
    const headers = new Headers({ authorization: 'Bearer placeholder' });
    (pool.acquire() as KeyLease).authorize(headers);
    expect(headers.get('authorization')).toBe(`Bearer ${keys[0]}`);
  });
});

describe('failures', () => {
  it('401 and 403 quarantine a key at once for quarantineMs, logged by fingerprint; it then comes back', () => {
    const { pool, fps, clock, logger, keys } = setup(2, { quarantineMs: 60_000 });
    const lease = pool.acquire() as KeyLease;
    expect(pool.report(lease, 401)).toBe(true);
    expect(pool.report(lease, 401)).toBe(true); // concurrent failures: one log line
    expect(pick(pool)).toBe(fps[1]);
    expect(pool.status()[0]).toMatchObject({ fingerprint: fps[0], state: 'quarantined', until: clock.now() + 60_000 });
    const warned = logger.of('warn').filter((l) => /quarantined/.test(l.message));
    expect(warned).toHaveLength(1);
    expect(warned[0]!.meta).toMatchObject({ fingerprint: fps[0], status: 401, usable: [fps[1]] });
    clock.advance(60_000);
    expect(pick(pool)).toBe(fps[0]);
    expect(pool.report(pool.acquire() as KeyLease, 403)).toBe(true);
    expect(pick(pool)).toBe(fps[1]);
    expect(logger.text()).not.toContain(keys[0]);
  });

  it('429 cools a key down for Retry-After, or cooldownMs without one', () => {
    const { pool, fps, clock } = setup(2, { cooldownMs: 5000 });
    const a = pool.acquire() as KeyLease;
    expect(pool.report(a, 429, 2000)).toBe(true);
    expect(pool.status()[0]).toMatchObject({ state: 'cooling', until: clock.now() + 2000 });
    expect(pick(pool)).toBe(fps[1]);
    clock.advance(2000);
    expect(pick(pool)).toBe(fps[0]);
    pool.report(a, 429);
    expect(pool.status()[0]).toMatchObject({ state: 'cooling', until: clock.now() + 5000 });
  });

  it('other statuses say nothing about the key', () => {
    const { pool, fps } = setup(2);
    for (const status of [200, 400, 404, 422, 500, 502, 503]) expect(pool.report(pool.acquire() as KeyLease, status)).toBe(false);
    expect(pick(pool)).toBe(fps[0]);
  });

  it('all keys unusable: a 503 upstream_error without key material, Retry-After to the first key back, one log event naming fingerprints', () => {
    const { pool, fps, clock, logger, keys } = setup(2, { quarantineMs: 600_000 });
    pool.report(pool.acquire() as KeyLease, 401);
    pool.report(pool.acquire() as KeyLease, 429, 30_000);
    const errors = [thrown(() => pool.acquire()), thrown(() => pool.acquire()), thrown(() => pool.check())];
    for (const err of errors) {
      expect(err).toBeInstanceOf(GuardError);
      expect(err).toMatchObject({ status: 503, type: 'upstream_error', code: 'upstream_keys_unavailable', retryAfter: 30 });
      expect(JSON.stringify((err as GuardError).toBody('r1'))).not.toMatch(new RegExp(keys.join('|')));
    }
    const logged = logger.of('error');
    expect(logged).toHaveLength(1); // once per episode, not once per request
    expect(logged[0]!.meta).toEqual({
      keys: [
        { fingerprint: fps[0], state: 'quarantined', until: clock.now() + 600_000 },
        { fingerprint: fps[1], state: 'cooling', until: clock.now() + 30_000 },
      ],
    });
    clock.advance(30_000);
    expect(pick(pool)).toBe(fps[1]);
    pool.report(pool.acquire() as KeyLease, 429);
    thrown(() => pool.acquire());
    expect(logger.of('error')).toHaveLength(2); // a new episode
    expect(logger.text()).not.toMatch(new RegExp(keys.join('|')));
  });
});

describe('lifecycle', () => {
  it('a key added at runtime is used, adding it again changes nothing, and it is logged by fingerprint', () => {
    const { pool, fps, logger } = setup(1, { selection: 'round-robin' });
    const extra = makeKey('extra');
    const fp = pool.add(extra);
    expect(fp).toBe(fingerprintKey(extra));
    expect(pool.add(`  ${extra}\n`)).toBe(fp);
    expect(pool.size).toBe(2);
    expect([pick(pool), pick(pool), pick(pool)]).toEqual([fps[0], fp, fps[0]]);
    expect(pool.status().map((s) => s.origin)).toEqual(['static', 'added']);
    expect(logger.of('info').map((l) => l.meta?.fingerprint)).toEqual([fp]);
    expect(logger.text()).not.toContain(extra);
  });

  it('retire: only a fallback during the grace window, then never used again', async () => {
    const { pool, fps, clock } = setup(2, { selection: 'round-robin', graceMs: 10_000 });
    await pool.retire(fps[0]!);
    expect(pool.status()[0]).toMatchObject({ state: 'retiring', until: clock.now() + 10_000 });
    expect([pick(pool), pick(pool), pick(pool)]).toEqual([fps[1], fps[1], fps[1]]);
    pool.report(pool.acquire() as KeyLease, 401); // the active key fails: the retiring one still serves
    expect(pick(pool)).toBe(fps[0]);
    clock.advance(10_000);
    expect(() => pool.acquire()).toThrow(GuardError);
    expect(pool.status().find((k) => k.fingerprint === fps[0])).toMatchObject({ state: 'retired', held: false });
    expect(pool.size).toBe(1);
  });

  it('retire with its own grace window; a shorter window wins over a longer one', async () => {
    const { pool, fps, clock } = setup(2);
    await pool.retire(fps[0]!, { graceMs: 60_000 });
    await pool.retire(fps[0]!, { graceMs: 1000 });
    await pool.retire(fps[0]!, { graceMs: 30_000 });
    expect(pool.status()[0]!.until).toBe(clock.now() + 1000);
    await expect(pool.retire(fps[0]!, { grace: 1 } as never)).rejects.toThrow(/Did you mean `graceMs`/);
  });

  it('revoke: never picked again, at once; a revoked or retired key cannot be added back', async () => {
    const { pool, keys, fps, logger } = setup(3, { selection: 'round-robin' });
    await pool.revoke(fps[1]!);
    expect(Array.from({ length: 6 }, () => pick(pool))).not.toContain(fps[1]);
    expect(pool.status().find((s) => s.fingerprint === fps[1])).toMatchObject({ state: 'revoked', held: false });
    const again = thrown(() => pool.add(keys[1]!));
    expect(again.message).toMatch(new RegExp(`${fps[1]} was revoked`));
    expect(again.message).not.toContain(keys[1]);
    await pool.retire(fps[2]!, { graceMs: 0 });
    expect(() => pool.add(keys[2]!)).toThrow(/was retired/);
    expect(logger.of('warn').find((l) => /revoked/.test(l.message))?.meta).toMatchObject({ fingerprint: fps[1] });
  });

  it('revoke a fingerprint this pool does not hold (a leaked key held elsewhere): it can never be added here', async () => {
    const { pool } = setup(1);
    const leaked = makeKey('leaked');
    await pool.revoke(fingerprintKey(leaked));
    expect(() => pool.add(leaked)).toThrow(/revoked/);
  });

  it('lifecycle calls take fingerprints; a key passed by mistake is not echoed', async () => {
    const { pool, keys } = setup(1);
    for (const call of [() => pool.revoke(keys[0]!), () => pool.retire(keys[0]!)]) {
      const err = await call().catch((e: unknown) => e as Error);
      expect(err).toBeInstanceOf(GuardConfigError);
      expect((err as Error).message).toMatch(/fingerprint/);
      expect((err as Error).message).not.toContain(keys[0]);
    }
    expect(() => pool.add(`${makeKey()}\u0000`)).toThrow(/control characters/);
  });
});

describe('inspecting a pool never shows a key', () => {
  it('util.inspect, JSON.stringify and console formatting show fingerprints and states', async () => {
    const { pool, keys, fps } = setup(3);
    pool.report(pool.acquire() as KeyLease, 429, 1000);
    await pool.revoke(fps[1]!);
    const lease = pool.acquire() as KeyLease;
    expect(lease.fingerprint).toBe(fps[2]);
    const views = [
      inspect(pool, { depth: Infinity, showHidden: true }),
      inspect({ pool, lease }, { depth: Infinity, showHidden: true, getters: true }),
      JSON.stringify(pool),
      JSON.stringify({ lease }),
      String(lease),
    ];
    for (const view of views) for (const key of keys) expect(view).not.toContain(key);
    expect(views[0]).toContain(fps[0]);
    expect(views[0]).toMatch(/KeyPool/);
    expect(JSON.parse(views[2]!)).toMatchObject({
      selection: 'time',
      keys: [
        { fingerprint: fps[0], state: 'cooling' },
        { fingerprint: fps[2], state: 'active' },
        { fingerprint: fps[1], state: 'revoked' },
      ],
    });
    expect(views[1]).toContain(`KeyLease(${fps[2]})`);
  });
});

/** A source whose value the test changes, and whose reads can be made to fail. */
function scriptedSource(initial: string[], refreshIntervalMs = 60_000) {
  let value = initial;
  let failWith: Error | undefined;
  let reads = 0;
  const source: KeySource = {
    description: 'test-source',
    refreshIntervalMs,
    async read() {
      reads++;
      if (failWith) throw failWith;
      return value;
    },
  };
  return {
    source,
    set: (v: string[]) => void (value = v),
    fail: (err: Error | undefined) => void (failWith = err),
    reads: () => reads,
  };
}

describe('a pool on a source', () => {
  it('loads on ready(), picks up a rotated value after the refresh interval, and retires the old one with grace', async () => {
    const a = makeKey('a');
    const b = makeKey('b');
    const src = scriptedSource([a]);
    const clock = manualClock();
    const logger = recordingLogger();
    const pool = createKeyPool({ source: src.source, now: clock.now, logger, graceMs: 5000 });
    await pool.ready();
    expect(pick(pool)).toBe(fingerprintKey(a));
    src.set([b]);
    clock.advance(59_999);
    expect(pick(pool)).toBe(fingerprintKey(a));
    expect(src.reads()).toBe(1);
    clock.advance(1);
    pick(pool); // due: a read starts in the background, this pick does not wait for it
    await eventually(() => pool.status().some((s) => s.fingerprint === fingerprintKey(b)));
    expect(src.reads()).toBe(2);
    expect(pick(pool)).toBe(fingerprintKey(b));
    expect(pool.status().find((s) => s.fingerprint === fingerprintKey(a))).toMatchObject({ state: 'retiring', origin: 'source' });
    clock.advance(5000);
    pick(pool);
    expect(pool.status().find((s) => s.fingerprint === fingerprintKey(a))).toMatchObject({ state: 'retired' });
    expect(logger.text()).not.toMatch(new RegExp(`${a}|${b}`));
  });

  it('a failed read keeps the last good keys and warns without the value; the next good read applies', async () => {
    const a = makeKey('a');
    const b = makeKey('b');
    const src = scriptedSource([a], 1000);
    const clock = manualClock();
    const logger = recordingLogger();
    const pool = createKeyPool({ source: src.source, now: clock.now, logger });
    await pool.ready();
    src.set([b]);
    src.fail(Object.assign(new Error(`upstream said: ${b}`), { name: 'AccessDenied', code: 'PERMISSION_DENIED' }));
    clock.advance(1000);
    await expect(pool.refresh()).rejects.toMatchObject({ name: 'KeySourceError', message: expect.not.stringContaining(b) });
    expect(pick(pool)).toBe(fingerprintKey(a));
    const warning = logger.of('warn').find((l) => /keeping the last good keys/.test(l.message));
    expect(warning?.meta).toMatchObject({ source: 'test-source', kept: 1, error: expect.stringMatching(/AccessDenied \(PERMISSION_DENIED\)/) });
    expect(logger.text()).not.toMatch(new RegExp(`${a}|${b}`));
    src.fail(undefined);
    await pool.refresh();
    expect(pick(pool)).toBe(fingerprintKey(b));
  });

  it('no key loaded yet: ready() rejects, picks answer 503; a later good read fixes it', async () => {
    const a = makeKey('a');
    const src = scriptedSource([a], 1000);
    src.fail(Object.assign(new Error('nope'), { name: 'ResourceNotFoundException' }));
    const clock = manualClock();
    const logger = recordingLogger();
    const pool = createKeyPool({ source: src.source, now: clock.now, logger });
    await expect(pool.ready()).rejects.toMatchObject({ name: 'KeySourceError' });
    await expect(Promise.resolve().then(() => pool.acquire())).rejects.toMatchObject({ status: 503, code: 'upstream_keys_unavailable' });
    expect(logger.of('error')[0]?.meta).toMatchObject({ source: 'test-source', loaded: false });
    src.fail(undefined);
    clock.advance(1000);
    expect((await pool.acquire()).fingerprint).toBe(fingerprintKey(a)); // the due read is awaited: nothing to serve without it
  });

  it('a source that returns a revoked key does not bring it back', async () => {
    const a = makeKey('a');
    const b = makeKey('b');
    const src = scriptedSource([a, b], 1000);
    const clock = manualClock();
    const logger = recordingLogger();
    const pool = createKeyPool({ source: src.source, now: clock.now, logger });
    await pool.ready();
    await pool.revoke(fingerprintKey(a));
    src.set([a, b, makeKey('c')]);
    await pool.refresh();
    expect(pool.status().find((s) => s.fingerprint === fingerprintKey(a))?.state).toBe('revoked');
    expect(logger.of('warn').some((l) => /returned a revoked or retired key/.test(l.message))).toBe(true);
  });
});

describe('pools sharing a store', () => {
  it('a revocation on one is honoured by the other for every pick that starts syncIntervalMs later', async () => {
    const keys = [makeKey('a'), makeKey('b')];
    const fps = keys.map(fingerprintKey);
    const store = createMemoryKeyStore();
    const clock = manualClock();
    const one = createKeyPool({ keys, store, now: clock.now, logger: recordingLogger(), syncIntervalMs: 1000, selection: 'round-robin' });
    const two = createKeyPool({ keys, store, now: clock.now, logger: recordingLogger(), syncIntervalMs: 1000, selection: 'round-robin' });
    await two.sync();
    await one.revoke(fps[0]!);
    clock.advance(1000);
    const picks: string[] = [];
    for (let i = 0; i < 6; i++) picks.push((await two.acquire()).fingerprint);
    expect(picks).toEqual(Array(6).fill(fps[1]));
    expect(two.status().find((s) => s.fingerprint === fps[0])?.state).toBe('revoked');
  });

  it('quarantines and cool-downs are shared too', async () => {
    const keys = [makeKey('a'), makeKey('b')];
    const fps = keys.map(fingerprintKey);
    const store = createMemoryKeyStore();
    const clock = manualClock();
    const opts = { keys, store, now: clock.now, logger: recordingLogger(), syncIntervalMs: 1000 };
    const one = createKeyPool(opts);
    const two = createKeyPool(opts);
    one.report(await one.acquire(), 401);
    await new Promise((resolve) => setImmediate(resolve)); // the shared write is not awaited by report()
    clock.advance(1000);
    expect((await two.acquire()).fingerprint).toBe(fps[1]);
    one.report({ fingerprint: fps[1]!, authorize: () => undefined }, 429, 5000);
    await new Promise((resolve) => setImmediate(resolve));
    clock.advance(1000);
    await expect(Promise.resolve().then(() => two.acquire())).rejects.toMatchObject({ status: 503, retryAfter: 4 });
  });
});
