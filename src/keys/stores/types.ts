/**
 * The contract of a shared key-state store: what several pool instances agree on, by fingerprint only
 * (a key's value never leaves its process).
 * @module
 */

/** The shared kinds of state. Revocations and retirements are final; the others end at their time. */
export type KeyStateKind = 'revoked' | 'retired' | 'quarantined' | 'cooldown';

/** The kinds, in the order stores keep them. */
export const KEY_STATE_KINDS: readonly KeyStateKind[] = ['revoked', 'retired', 'quarantined', 'cooldown'];

/**
 * How two values of one kind combine: the earliest revocation and retirement end win (a grace window only
 * ever shortens), the latest quarantine and cool-down end win.
 */
export const MERGE: Readonly<Record<KeyStateKind, 'min' | 'max'>> = {
  revoked: 'min',
  retired: 'min',
  quarantined: 'max',
  cooldown: 'max',
};

/** One change. `at`: when a key was revoked, when its grace window ends, or when its quarantine / cool-down ends (ms). */
export interface KeyStateChange {
  kind: KeyStateKind;
  fingerprint: string;
  at: number;
}

/** All shared state: per kind, fingerprint → time (ms). */
export interface KeyStateSnapshot {
  /** Changes on every write; an unchanged version means nothing to read. */
  version: string;
  state: Record<KeyStateKind, Record<string, number>>;
}

/** Where pools share key state. */
export interface KeyStateStore {
  /** Content-free, for logs. */
  readonly description: string;
  /** Records a change (merged with what is there); `now` lets the store drop ended quarantines and cool-downs. */
  write(change: KeyStateChange, now: number): Promise<void>;
  /** The whole state, or `undefined` when its version is still `knownVersion`. */
  read(knownVersion: string | undefined): Promise<KeyStateSnapshot | undefined>;
}
