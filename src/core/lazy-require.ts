/**
 * Dependencies loaded on first use instead of when `mistral-guard` is imported: winston, cockatiel,
 * xss and eventsource-parser serve the logger, the moderation breaker, output markup and streams, and
 * together cost more to load than the whole scan path. Loaded with `require`, which Node (>= 20.19)
 * also supports for ES modules; CommonJS builds have a module `require`, ES module builds make one.
 * @module
 */
import { createRequire } from 'node:module';
import { moduleUrl } from './module-url.js';

declare const module: { require?: NodeJS.Require } | undefined;

let nodeRequire: NodeJS.Require | undefined;

function requireFn(): NodeJS.Require {
  // `module.require` rather than `require`: bundlers rewrite a bare `require` in ES module output.
  if (typeof module === 'object' && module !== null && typeof module.require === 'function') return module.require.bind(module);
  return (nodeRequire ??= createRequire(moduleUrl()));
}

/** A getter for package `name`, which is loaded on the first call and kept. */
export function lazyRequire<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requireFn()(name) as T);
}
