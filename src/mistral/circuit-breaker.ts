/**
 * The circuit breaker in front of the moderation endpoint, so a failing endpoint is not hammered by every
 * request: cockatiel's `CircuitBreakerPolicy` with a `ConsecutiveBreaker`.
 *
 * closed ──N consecutive failures──▶ open ──cooldown elapsed──▶ half-open (one probe)
 *   ▲                                   ▲                           │ probe fails
 *   └──────────── probe succeeds ───────┼───────────────────────────┘
 *
 * cockatiel rather than our own state machine or opossum: it is small, has no dependencies, counts
 * consecutive failures exactly as we want (opossum counts a percentage over a rolling window and brings
 * its own timeouts, which moderation already has), and while the circuit is open it refuses at once,
 * so the caller's fail mode (closed by default) decides. Calls arriving while the half-open probe is in
 * flight wait for its outcome instead of failing: at most the probe's own time limit.
 * @module
 */
import type * as Cockatiel from 'cockatiel';
import { lazyRequire } from '../core/lazy-require.js';
import { GuardConfigError } from '../core/errors.js';
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';

/** Options of {@link createCircuitBreaker}. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit. @default 5 */
  failureThreshold?: number;
  /** How long the circuit stays open before one probe is let through, in ms. @default 30000 */
  cooldownMs?: number;
}

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreaker {
  readonly state: CircuitState;
  /**
   * Runs `call` through the circuit: its outcome counts. While the circuit is open, rejects at once with
   * an error that {@link isCircuitOpen} recognises.
   */
  execute<T>(call: () => Promise<T>): Promise<T>;
  /** How long (ms) the circuit stays open from now; 0 when it is not open. */
  retryAfterMs(): number;
}

export const DEFAULT_FAILURE_THRESHOLD = 5;
export const DEFAULT_COOLDOWN_MS = 30_000;

/** Whether an error means "not called: the circuit is open". */
export const isCircuitOpen = (err: unknown): boolean => {
  const { BrokenCircuitError, isBrokenCircuitError } = cockatiel();
  return isBrokenCircuitError(err) || err instanceof BrokenCircuitError;
};

/** cockatiel loads with the first breaker: importing the package must not pay for it. */
const cockatiel = lazyRequire<typeof Cockatiel>('cockatiel');

const statesOf = (PolicyState: typeof Cockatiel.CircuitState): Record<number, CircuitState> => ({
  [PolicyState.Closed]: 'closed',
  [PolicyState.Open]: 'open',
  [PolicyState.HalfOpen]: 'half-open',
  [PolicyState.Isolated]: 'open',
});

const BREAKER_OPTION_KEYS: OptionKeys<CircuitBreakerOptions> = { failureThreshold: true, cooldownMs: true };

/** Creates a circuit breaker; validates its options. */
export function createCircuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  checkOptionKeys('the moderation `breaker` option', options, BREAKER_OPTION_KEYS);
  const threshold = options.failureThreshold ?? DEFAULT_FAILURE_THRESHOLD;
  const cooldownMs = options.cooldownMs ?? DEFAULT_COOLDOWN_MS;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new GuardConfigError('breaker.failureThreshold must be a positive integer.');
  }
  if (!Number.isFinite(cooldownMs) || cooldownMs < 0) {
    throw new GuardConfigError('breaker.cooldownMs must be a non-negative number of milliseconds.');
  }
  const { CircuitState: PolicyState, ConsecutiveBreaker, circuitBreaker, handleAll } = cockatiel();
  const STATES = statesOf(PolicyState);
  const policy = circuitBreaker(handleAll, { halfOpenAfter: cooldownMs, breaker: new ConsecutiveBreaker(threshold) });
  let openedAt = 0;
  policy.onBreak(() => {
    openedAt = Date.now();
  });
  return {
    get state(): CircuitState {
      return STATES[policy.state] ?? 'open';
    },
    execute: (call) => policy.execute(call),
    retryAfterMs: () => (policy.state === PolicyState.Open ? Math.max(0, openedAt + cooldownMs - Date.now()) : 0),
  };
}
