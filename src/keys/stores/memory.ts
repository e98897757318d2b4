/**
 * Key state shared by the pools of one process (several clients, tests). Pools without a store keep their
 * state to themselves; this store is for pools that should agree without Redis.
 * @module
 */
import { KEY_STATE_KINDS, MERGE } from './types.js';
import type { KeyStateChange, KeyStateKind, KeyStateSnapshot, KeyStateStore } from './types.js';

/** Creates an in-process {@link KeyStateStore}. */
export function createMemoryKeyStore(): KeyStateStore {
  const maps = Object.fromEntries(KEY_STATE_KINDS.map((k) => [k, new Map<string, number>()])) as Record<KeyStateKind, Map<string, number>>;
  let version = 0;
  return {
    description: 'memory',
    async write(change: KeyStateChange, now: number): Promise<void> {
      const map = maps[change.kind];
      const ends = MERGE[change.kind] === 'max';
      // Ended quarantines and cool-downs are dropped; one that has already ended is not recorded.
      if (ends) for (const [fp, until] of map) if (until <= now) map.delete(fp);
      if (ends && change.at <= now) return;
      const current = map.get(change.fingerprint);
      const wins = current === undefined || (ends ? change.at > current : change.at < current);
      if (wins) {
        map.set(change.fingerprint, change.at);
        version++;
      }
    },
    async read(knownVersion: string | undefined): Promise<KeyStateSnapshot | undefined> {
      const v = String(version);
      if (v === knownVersion) return undefined;
      const state = Object.fromEntries(KEY_STATE_KINDS.map((k) => [k, Object.fromEntries(maps[k])])) as KeyStateSnapshot['state'];
      return { version: v, state };
    },
  };
}
