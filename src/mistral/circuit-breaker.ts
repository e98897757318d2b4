/**
 * A small circuit breaker, so a failing moderation endpoint is not hammered by every request.
 *
 * Hand-written rather than a dependency: the whole state machine is ~60 lines, has no I/O, and the
 * libraries (e.g. opossum) bring timers, events and their own timeout handling we already do elsewhere.
 *
 * closed ──N consecutive failures──▶ open ──cooldown elapsed──▶ half-open (one probe at a time)
 *   ▲                                   ▲                           │ probe fails
 *   └──────────── probe succeeds ───────┼───────────────────────────┘
 * @module
 */
import { GuardConfigError } from '../core/errors.js';

/** Options of {@link createCircuitBreaker}. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. @default 5 */
  failureThreshold?: number;
  /** How long the circuit stays open before one probe is let through, in ms. @default 30000 */
  cooldownMs?: number;
  /** Clock, for tests. @default Date.now */
  now?: () => number;
}

export type CircuitState = 'closed' | 'open' | 'half-open';

/** The answer to "may I call?". `retryAfterMs` says how long the circuit stays open. */
export type CircuitPermit = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface CircuitBreaker {
  readonly state: CircuitState;
  /** Asks to make one call; in half-open only one probe may be in flight. */
  acquire(): CircuitPermit;
  /** The call succeeded: close the circuit. */
  success(): void;
  /** The call failed: count it, or re-open after a failed probe. */
  failure(): void;
  /** The call ended without telling anything (e.g. the caller aborted): free the probe slot. */
  release(): void;
}

export const DEFAULT_FAILURE_THRESHOLD = 5;
export const DEFAULT_COOLDOWN_MS = 30_000;

/** Creates a circuit breaker; validates its options. */
export function createCircuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = options.failureThreshold ?? DEFAULT_FAILURE_THRESHOLD;
  const cooldownMs = options.cooldownMs ?? DEFAULT_COOLDOWN_MS;
  const now = options.now ?? Date.now;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new GuardConfigError('breaker.failureThreshold must be a positive integer.');
  }
  if (!Number.isFinite(cooldownMs) || cooldownMs < 0) {
    throw new GuardConfigError('breaker.cooldownMs must be a non-negative number of milliseconds.');
  }

  let state: CircuitState = 'closed';
  let failures = 0;
  let openedAt = 0;
  let probeInFlight = false;

  const open = (): void => {
    state = 'open';
    openedAt = now();
    probeInFlight = false;
  };

  return {
    get state(): CircuitState {
      return state;
    },
    acquire(): CircuitPermit {
      if (state === 'open') {
        const left = openedAt + cooldownMs - now();
        if (left > 0) return { allowed: false, retryAfterMs: left };
        state = 'half-open';
      }
      if (state === 'half-open') {
        if (probeInFlight) return { allowed: false, retryAfterMs: cooldownMs };
        probeInFlight = true;
      }
      return { allowed: true };
    },
    success(): void {
      state = 'closed';
      failures = 0;
      probeInFlight = false;
    },
    failure(): void {
      if (state === 'half-open') return open();
      failures++;
      if (state === 'closed' && failures >= threshold) open();
    },
    release(): void {
      probeInFlight = false;
    },
  };
}
