import type { Request } from 'express';
import type { GuardState } from '../../core/types.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Set by mistral-guard's `sanitizeInput()`: the secured conversation and what was found. */
      guard?: GuardState;
    }
  }
}

/**
 * The guard state of a request, typed as present.
 * @throws Error when `sanitizeInput()` did not run on this route (a setup mistake, answered as a 500)
 */
export function getGuard(req: Request): GuardState {
  if (req.guard === undefined) {
    throw new Error('mistral-guard: getGuard(req) found no guard state. Add sanitizeInput() before this handler.');
  }
  return req.guard;
}
