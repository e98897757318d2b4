/**
 * Key state shared through Redis, so every instance agrees on revocations, retirements, quarantines and
 * cool-downs. Only fingerprints and times are stored; a key's value never leaves its process.
 *
 * The client is yours (ioredis or node-redis, connected); mistral-guard imports no Redis package. Each
 * write and each read is one `EVAL` (atomic, one round trip). Layout, all in one hash slot (cluster-safe):
 *
 * | key                        | type   | content                                  |
 * |----------------------------|--------|------------------------------------------|
 * | `{prefix}:version`         | string | bumped on every change                   |
 * | `{prefix}:revoked`         | hash   | fingerprint → revoked at (ms)            |
 * | `{prefix}:retired`         | hash   | fingerprint → grace window end (ms)      |
 * | `{prefix}:quarantined`     | hash   | fingerprint → quarantine end (ms)        |
 * | `{prefix}:cooldown`        | hash   | fingerprint → cool-down end (ms)         |
 * @module
 */
import { GuardConfigError } from '../../core/errors.js';
import { toSendCommand } from '../../core/redis.js';
import type { RedisClientLike } from '../../core/redis.js';
import { checkOptionKeys } from '../../core/options.js';
import type { OptionKeys } from '../../core/options.js';
import { KEY_STATE_KINDS, MERGE } from './types.js';
import type { KeyStateChange, KeyStateKind, KeyStateSnapshot, KeyStateStore } from './types.js';

export type { RedisClientLike };

/** Options of {@link createRedisKeyStore}. */
export interface RedisKeyStoreOptions {
  /** Prefix of the Redis keys; pools that should agree use the same one. @default 'mistral-guard:keys' */
  prefix?: string;
}

const REDIS_STORE_OPTION_KEYS: OptionKeys<RedisKeyStoreOptions> = { prefix: true };

/** @see RedisKeyStoreOptions.prefix */
export const DEFAULT_REDIS_PREFIX = 'mistral-guard:keys';

// KEYS: version, hash. ARGV: fingerprint, time, 'min'|'max', now.
const WRITE = `
local at = tonumber(ARGV[2])
local now = tonumber(ARGV[4])
if ARGV[3] == 'max' then
  local all = redis.call('HGETALL', KEYS[2])
  for i = 1, #all, 2 do
    if tonumber(all[i + 1]) <= now then redis.call('HDEL', KEYS[2], all[i]) end
  end
  if at <= now then return 0 end
end
local cur = tonumber(redis.call('HGET', KEYS[2], ARGV[1]))
if cur ~= nil and ((ARGV[3] == 'max' and cur >= at) or (ARGV[3] == 'min' and cur <= at)) then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('INCR', KEYS[1])
return 1
`;

// KEYS: version, then one hash per kind. ARGV: the version the reader knows.
const READ = `
local v = redis.call('GET', KEYS[1]) or '0'
if v == ARGV[1] then return {v} end
local out = {v}
for i = 2, #KEYS do out[i] = redis.call('HGETALL', KEYS[i]) end
return out
`;


function toRecord(reply: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (!Array.isArray(reply)) return out;
  for (let i = 0; i + 1 < reply.length; i += 2) {
    const at = Number(String(reply[i + 1]));
    if (Number.isFinite(at)) out[String(reply[i])] = at;
  }
  return out;
}

/** Creates a {@link KeyStateStore} on a Redis client you pass (and close). */
export function createRedisKeyStore(client: RedisClientLike, options: RedisKeyStoreOptions = {}): KeyStateStore {
  checkOptionKeys('createRedisKeyStore()', options, REDIS_STORE_OPTION_KEYS);
  const send = toSendCommand(client, 'createRedisKeyStore()');
  const prefix = options.prefix ?? DEFAULT_REDIS_PREFIX;
  if (typeof prefix !== 'string' || prefix === '' || /[\s{}]/.test(prefix)) {
    throw new GuardConfigError('createRedisKeyStore: prefix must be a non-empty string without spaces or braces.');
  }
  const key = (name: string): string => `{${prefix}}:${name}`;
  const versionKey = key('version');
  const hashKeys = KEY_STATE_KINDS.map(key);
  const hashOf = Object.fromEntries(KEY_STATE_KINDS.map((k, i) => [k, hashKeys[i]])) as Record<KeyStateKind, string>;
  return {
    description: `redis ${prefix}`,
    async write(change: KeyStateChange, now: number): Promise<void> {
      await send(['EVAL', WRITE, '2', versionKey, hashOf[change.kind], change.fingerprint, String(Math.round(change.at)), MERGE[change.kind], String(Math.round(now))]);
    },
    async read(knownVersion: string | undefined): Promise<KeyStateSnapshot | undefined> {
      const reply = await send(['EVAL', READ, String(1 + hashKeys.length), versionKey, ...hashKeys, knownVersion ?? '']);
      if (!Array.isArray(reply) || reply.length === 0) throw new Error('unexpected reply from Redis');
      const version = String(reply[0]);
      if (reply.length === 1) return version === knownVersion ? undefined : { version, state: emptyState() };
      const state = Object.fromEntries(KEY_STATE_KINDS.map((k, i) => [k, toRecord(reply[i + 1])])) as KeyStateSnapshot['state'];
      return { version, state };
    },
  };
}

function emptyState(): KeyStateSnapshot['state'] {
  return { revoked: {}, retired: {}, quarantined: {}, cooldown: {} };
}
