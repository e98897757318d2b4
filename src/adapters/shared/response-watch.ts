/**
 * What the audit and the token budget need to know about a response, observed on Node's own
 * `ServerResponse` (both frameworks write through it): the characters of the body sent and, when the
 * adapter saw it, the JSON body itself (for a Mistral-shaped `usage` and the error code). One watch per
 * response, however many middleware ask.
 * @module
 */
import type { ServerResponse } from 'node:http';

export interface ResponseWatch {
  /** Characters of the body written so far (bytes for binary chunks). */
  outputChars: number;
  /** The JSON body, when an adapter saw it (`res.json` on Express, `ctx.body` on Koa). */
  body: unknown;
  /** `performance.now()` when the watch began: the start of the request for the outermost middleware. */
  readonly startedAt: number;
}

const watches = new WeakMap<ServerResponse, ResponseWatch>();

function sizeOf(chunk: unknown): number {
  if (typeof chunk === 'string') return chunk.length;
  if (chunk instanceof Uint8Array) return chunk.byteLength;
  return 0;
}

/**
 * The watch of a response, started on first call (`write` and `end` are wrapped to count the body).
 * @param hook runs once, when the watch starts: an adapter's way to capture the JSON body
 */
export function watchResponse<Res extends ServerResponse>(res: Res, hook?: (res: Res, watch: ResponseWatch) => void): ResponseWatch {
  const known = watches.get(res);
  if (known !== undefined) return known;
  const watch: ResponseWatch = { outputChars: 0, body: undefined, startedAt: performance.now() };
  watches.set(res, watch);
  const write = res.write;
  const end = res.end;
  res.write = function countedWrite(this: ServerResponse, chunk: unknown) {
    watch.outputChars += sizeOf(chunk);
    // eslint-disable-next-line prefer-rest-params
    return write.apply(this, arguments as unknown as Parameters<typeof write>);
  } as typeof write;
  res.end = function countedEnd(this: ServerResponse, chunk?: unknown) {
    if (typeof chunk !== 'function') watch.outputChars += sizeOf(chunk);
    // eslint-disable-next-line prefer-rest-params
    return end.apply(this, arguments as unknown as Parameters<typeof end>);
  } as typeof end;
  hook?.(res, watch);
  return watch;
}

/** The watch of a response if one was started. */
export function peekWatch(res: ServerResponse): ResponseWatch | undefined {
  return watches.get(res);
}
