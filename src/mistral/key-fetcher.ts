/**
 * The seam between a key pool and the Mistral SDK: a `fetcher` for the SDK's `HTTPClient` that puts a
 * pool key on every attempt, and on a key failure re-sends the request once with another key, so the
 * caller never sees it (401/403: the key is quarantined; 429: it cools down).
 *
 * The SDK's own `apiKey` is a placeholder: the real key is set here, after the SDK's debug logging, so
 * neither the SDK's options nor its logs ever hold one.
 * @module
 */
import type { Fetcher } from '@mistralai/mistralai';
import { isGuardError } from '../core/errors.js';
import { noteKeyUse } from '../core/key-use.js';
import type { KeyLease, KeyPool } from '../keys/pool.js';
import { parseRetryAfter } from './errors.js';

/** What the SDK sees as its key when a pool is used; never sent upstream (the fetcher replaces it). */
export const POOL_KEY_PLACEHOLDER = 'mistral-guard-key-pool';

const MAX_ERROR_BODY_CHARS = 65_536;

/**
 * A 403 from Mistral's guardrails (`guardrails` in the chat request) is a content decision, not a bad key:
 * its body carries a `guardrails` field. That one is passed through without quarantining the key.
 */
async function isGuardrailBlock(response: Response): Promise<boolean> {
  try {
    const text = await response.clone().text();
    if (text.length > MAX_ERROR_BODY_CHARS) return false;
    const body = JSON.parse(text) as unknown;
    return typeof body === 'object' && body !== null && 'guardrails' in body;
  } catch {
    return false;
  }
}

/** Reports a key failure to the pool; true when the key was put out of use (so another may be tried). */
async function keyFailed(pool: KeyPool, lease: KeyLease, response: Response): Promise<boolean> {
  const status = response.status;
  if (status === 401) return pool.report(lease, status);
  if (status === 403) return (await isGuardrailBlock(response)) ? false : pool.report(lease, status);
  if (status === 429) {
    const seconds = parseRetryAfter(response.headers.get('retry-after'));
    return pool.report(lease, status, seconds === undefined ? undefined : seconds * 1000);
  }
  return false;
}

/**
 * Lets go of a body we will not read. Not awaited: cancelling one branch of a cloned (teed) body settles
 * only when the other branch is done too, which for an unsent request is never.
 */
function discard(body: ReadableStream | null): void {
  body?.cancel().catch(() => undefined);
}

/**
 * The answer to an attempt for which no key is usable but one will be again (cooling or quarantined): a local
 * 429 with `Retry-After`, never sent upstream. The SDK treats it as it treats Mistral's own 429 (it waits and
 * retries while its retry budget lasts, then throws a 429 that `toGuardError` makes a 503 with `Retry-After`)
 * rather than as a failed HTTP client, which it would report as an unexplained error.
 */
function noKeyYet(retryAfterSeconds: number): Response {
  return new Response(JSON.stringify({ message: 'No API key of the pool is usable yet', type: 'no_usable_key' }), {
    status: 429,
    headers: { 'content-type': 'application/json', 'retry-after': String(retryAfterSeconds), 'x-mistral-guard': 'no-usable-key' },
  });
}

/**
 * A fetcher for `new HTTPClient({ fetcher })` that authenticates each attempt with a key from `pool` and
 * re-sends once with another key after a 401/403 (not a guardrail block) or a 429. With no other key
 * usable, the upstream answer stands (the SDK maps it, and may retry a 429 after `Retry-After`); an SDK
 * retry that finds every key cooling or quarantined gets a local 429 with `Retry-After` (nothing is sent).
 * @param send what actually sends the request @default global fetch
 */
export function createKeyPoolFetcher(pool: KeyPool, send: Fetcher = (input, init) => fetch(input, init)): Fetcher {
  return async function keyPoolFetcher(input, init) {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const spare = request.clone(); // a body can be read once: keep one for the re-send
    let first: KeyLease;
    try {
      first = await pool.acquire();
    } catch (err) {
      // Reached only on an SDK retry (a call checks for a usable key before it starts): keys that come back
      // answer like a 429; keys that never will (all revoked) throw our 503, which the SDK wraps as the cause.
      discard(request.body);
      discard(spare.body);
      if (isGuardError(err) && err.retryAfter !== undefined) return noKeyYet(err.retryAfter);
      throw err;
    }
    first.authorize(request.headers);
    noteKeyUse(first.fingerprint);
    const response = await send(request);
    if (!(await keyFailed(pool, first, response))) {
      discard(spare.body);
      return response;
    }
    let second: KeyLease;
    try {
      second = await pool.acquire();
    } catch {
      discard(spare.body);
      return response; // no other key is usable: the upstream answer stands
    }
    discard(response.body);
    second.authorize(spare.headers);
    noteKeyUse(second.fingerprint);
    const retried = await send(spare);
    await keyFailed(pool, second, retried);
    return retried;
  };
}
