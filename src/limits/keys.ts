/**
 * Whose counter a request charges: the user (from the app's `keyGenerator`), stored only as a keyed
 * hash, else the client's IP, IPv6 addresses grouped by subnet (one user holds a whole /64 or more, so
 * counting single IPv6 addresses would let them walk around any limit).
 * @module
 */
import type { OptionKeys } from '../core/options.js';
import { ipKeyGenerator } from 'express-rate-limit';
import { GuardConfigError } from '../core/errors.js';
import { HASH_KEY_ENV, idHasher, resolveHashKey } from '../core/identity.js';
import { describe } from '../core/options.js';

/** Options naming the counter of a request. `R` is the framework's request (Express `Request`, Koa `Context`). */
export interface LimitKeyOptions<R> {
  /**
   * The user a request belongs to (from your auth), or undefined to fall back to the client's IP. The id
   * is kept only as a keyed hash (`hashKey`).
   * @default none: every request is counted by IP
   */
  keyGenerator?: (req: R) => string | undefined | Promise<string | undefined>;
  /**
   * Prefix length grouping IPv6 clients (32-64): `56` counts a whole /56 as one client.
   * @default 56
   */
  ipv6Subnet?: number;
  /**
   * Secret key of the user hash (16+ characters). Required with `redis` and a `keyGenerator`, so every
   * instance names a user the same way.
   * @default env MISTRAL_GUARD_HASH_KEY, else a random key per process (memory stores only)
   */
  hashKey?: string;
}

/** Every key of {@link LimitKeyOptions}, spread into each limit's own list. */
export const LIMIT_KEY_OPTION_KEYS: OptionKeys<LimitKeyOptions<unknown>> = { keyGenerator: true, ipv6Subnet: true, hashKey: true };

/** Turns a request into its counter key: `u:<hash>` or `ip:<address or subnet>`. */
export type LimitKeyOf<R> = (req: R, ip: string | undefined) => Promise<string>;

/**
 * Checks the options once and returns the key function.
 * @param shared the counters live in a store shared by instances (Redis)
 * @throws GuardConfigError naming the bad option
 */
export function createLimitKey<R>(where: string, options: LimitKeyOptions<R>, shared: boolean): LimitKeyOf<R> {
  const { keyGenerator } = options;
  if (keyGenerator !== undefined && typeof keyGenerator !== 'function') {
    throw new GuardConfigError(`mistral-guard: ${where} \`keyGenerator\` must be a function of the request; got ${describe(keyGenerator)}.`);
  }
  const subnet = options.ipv6Subnet ?? 56;
  if (!Number.isInteger(subnet) || subnet < 32 || subnet > 64) {
    throw new GuardConfigError(`mistral-guard: ${where} \`ipv6Subnet\` must be an integer from 32 to 64; got ${describe(subnet)}.`);
  }
  const hashKey = resolveHashKey(options.hashKey);
  if (shared && keyGenerator !== undefined && hashKey === undefined) {
    throw new GuardConfigError(
      `mistral-guard: ${where} with \`redis\` and a \`keyGenerator\` needs \`hashKey\` (or ${HASH_KEY_ENV}): a secret of 16+ characters shared by your instances, so they name each user the same way.`,
    );
  }
  const hash = idHasher(hashKey);
  const byIp = (ip: string | undefined): string => (ip === undefined || ip === '' ? 'ip:unknown' : `ip:${ipKeyGenerator(ip, subnet)}`);
  if (keyGenerator === undefined) return async (_req, ip) => byIp(ip);
  return async (req, ip) => {
    const user = await keyGenerator(req);
    return typeof user === 'string' && user !== '' ? `u:${hash(user)}` : byIp(ip);
  };
}
