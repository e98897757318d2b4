/**
 * Marks the middleware mistral-guard makes, so coverage checks (`auditApp`, `mistral-guard audit`) can
 * tell which guards a route goes through without relying on function names, which bundlers may change.
 * @module
 */

/** The guards a route can go through, by the factory that made them. */
export type GuardMiddlewareName =
  | 'sanitizeInput'
  | 'moderate'
  | 'sanitizeOutput'
  | 'auditLog'
  | 'securityHeaders'
  | 'rateLimit'
  | 'tokenBudget'
  | 'bodyParser'
  | 'guardErrorHandler';

/** A registry symbol, so copies of the package (two versions in one tree) read each other's marks. */
const TAG = Symbol.for('mistral-guard.middleware');

/** Records which guards `fn` applies (a composed stack applies several) and returns `fn`. */
export function tagMiddleware<F extends object>(fn: F, names: GuardMiddlewareName | readonly GuardMiddlewareName[]): F {
  Object.defineProperty(fn, TAG, { value: Object.freeze(typeof names === 'string' ? [names] : [...names]), enumerable: false });
  return fn;
}

/** The guards a middleware function applies, or an empty list for anything else. */
export function middlewareTags(fn: unknown): readonly GuardMiddlewareName[] {
  if ((typeof fn !== 'function' && typeof fn !== 'object') || fn === null) return [];
  const tags = (fn as { [TAG]?: unknown })[TAG];
  return Array.isArray(tags) ? (tags as GuardMiddlewareName[]) : [];
}
