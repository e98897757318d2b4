import type { Context } from 'koa';
import type { GuardState } from '../../core/types.js';

declare module 'koa' {
  interface DefaultState {
    /** Set by mistral-guard's `sanitizeInput()`: the secured conversation and what was found. */
    guard?: GuardState;
  }
}

/** The guard state lives at `ctx.state.guard`, the one name mistral-guard adds. */
export function peekGuard(ctx: Context): GuardState | undefined {
  return (ctx.state as { guard?: GuardState }).guard;
}

/**
 * The guard state of a request, typed as present.
 * @throws Error when `sanitizeInput()` did not run on this route (a setup mistake, answered as a 500)
 */
export function getGuard(ctx: Context): GuardState {
  const guard = peekGuard(ctx);
  if (guard === undefined) {
    throw new Error('mistral-guard: getGuard(ctx) found no guard state. Add sanitizeInput() before this middleware.');
  }
  return guard;
}
