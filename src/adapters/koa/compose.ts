import type { Middleware } from 'koa';
import { middlewareTags, tagMiddleware } from '../../core/middleware-tag.js';

/**
 * Composes Koa middleware into one, so a stack (`secureChat()`) can be passed to `app.use` or a
 * router as a single function. Kept here to avoid a runtime dependency for ten lines.
 */
export function compose(stack: readonly Middleware[]): Middleware {
  for (const fn of stack) {
    if (typeof fn !== 'function') throw new TypeError('mistral-guard: every middleware of the stack must be a function.');
  }
  const composed: Middleware = function composed(ctx, next) {
    let last = -1;
    const dispatch = (i: number): Promise<void> => {
      if (i <= last) return Promise.reject(new Error('mistral-guard: next() called multiple times.'));
      last = i;
      const fn = i === stack.length ? next : stack[i];
      if (fn === undefined) return Promise.resolve();
      try {
        return Promise.resolve(fn(ctx, () => dispatch(i + 1)));
      } catch (err) {
        return Promise.reject(err);
      }
    };
    return dispatch(0);
  };
  // The stack's guards stay visible to coverage checks through the one composed function.
  return tagMiddleware(composed, stack.flatMap((fn) => middlewareTags(fn)));
}
