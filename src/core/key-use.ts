/**
 * Which Mistral key served a request, for its audit event. With a key pool the handler cannot know (the
 * pool picks a key per attempt, and re-sends with another after a 401), so the client notes each key it
 * authenticates with in the request's async context, and whoever opened that context reads it back.
 * Only fingerprints are noted, never keys.
 * @module
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** What a context collects: the fingerprint of the last key a call authenticated with. */
export interface KeyUse {
  keyFingerprint?: string;
}

interface Scope {
  readonly use: KeyUse;
  readonly outer: Scope | undefined;
}

const scopes = new AsyncLocalStorage<Scope>();

/**
 * Runs `fn` with `use` collecting the keys its Mistral calls authenticate with (and every enclosing
 * context too: the guarded chat inside the audit log's request both see the key).
 */
export function collectKeyUse<T>(use: KeyUse, fn: () => T): T {
  return scopes.run({ use, outer: scopes.getStore() }, fn);
}

/** Called by the client each time it authenticates a call; a no-op outside any collecting context. */
export function noteKeyUse(fingerprint: string): void {
  for (let scope = scopes.getStore(); scope !== undefined; scope = scope.outer) scope.use.keyFingerprint = fingerprint;
}
