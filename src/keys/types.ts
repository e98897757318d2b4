/**
 * Types shared by the key sources, stores and the pool.
 * @module
 */

/**
 * Where key-pool events go: metadata only (fingerprints, states, durations), never a key.
 * `info` and `error` fall back to `warn` when absent.
 */
export interface KeyPoolLogger {
  warn(message: string, meta?: Record<string, unknown>): void;
  info?(message: string, meta?: Record<string, unknown>): void;
  error?(message: string, meta?: Record<string, unknown>): void;
}

/**
 * A place keys are read from: the environment, a file, a secret manager. The pool reads it at start and
 * every `refreshIntervalMs`, keeps the last good value when a read fails, and retires (with a grace window)
 * the keys it stops returning.
 */
export interface KeySource {
  /** A content-free description for logs, e.g. `aws-secrets-manager prod/mistral`. */
  readonly description: string;
  /** How often the pool reads it again, in ms; 0 = never (read once). */
  readonly refreshIntervalMs: number;
  /** Reads the keys now. Rejects with an error that holds no key material. */
  read(): Promise<string[]>;
  /** Releases what the source opened (a client it made); a client passed in is left alone. */
  close?(): Promise<void>;
}

/** A key's place in its lifecycle (see the README's table). */
export type KeyState = 'active' | 'cooling' | 'quarantined' | 'retiring' | 'retired' | 'revoked';

/** One key as the pool sees it: named by fingerprint only. */
export interface KeyStatus {
  fingerprint: string;
  state: KeyState;
  /** Whether this instance holds the key (a fingerprint can be revoked or retired elsewhere). */
  held: boolean;
  /** Where the key came from. */
  origin?: 'static' | 'source' | 'added';
  /** When the state ends (cooling, quarantined: usable again; retiring: retired), in the pool clock's ms. */
  until?: number;
  /** Last 401/403/429 seen for this key on this instance, in the pool clock's ms. */
  lastFailureAt?: number;
}
