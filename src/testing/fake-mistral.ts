/**
 * A Mistral-compatible HTTP server for tests and the offline demo (a TEST DOUBLE, not a model).
 *
 * It speaks enough of the API for the unmodified `@mistralai/mistralai` v2 SDK (via `serverURL`):
 * `POST /v1/chat/completions` (JSON and `stream: true` SSE), `POST /v1/moderations`,
 * `POST /v1/chat/moderations`; any `GET` answers a small JSON status so scripts can wait for it.
 * Replies are deterministic: see `commands.ts` (echo, `/say`, `/leak-system`, `/slow`) and
 * `moderation-table.ts` (keyword scores). Failures are scripted with {@link FakeMistral.setScenario}.
 *
 * Authentication: a request without `Authorization: Bearer <key>` gets 401, like the real API. With
 * `validKeys` set (option or scenario), every other key gets 401 too; otherwise any key is accepted.
 * The request log keeps a key fingerprint (first 8 hex of SHA-256), never the key.
 * @module
 */
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageText, scriptReply } from './commands.js';
import type { WireMessage } from './commands.js';
import { scoreText, toWireResult } from './moderation-table.js';

/** Which endpoints a scenario applies to: `chat` = completions; `moderations` = both moderation paths. */
export type FakeRoute = 'chat' | 'moderations';

/**
 * Scripted behaviour. Every field is optional; `setScenario` replaces the scenario of its scope
 * (`path` × `key`). For each request, the most specific matching scenarios win field by field
 * (key+path, then key, then path, then global).
 */
export interface FakeScenario {
  /** Only requests to this route. @default all routes */
  path?: FakeRoute;
  /** Only requests authenticated with this key (kept as a fingerprint, never stored raw). @default all keys */
  key?: string;
  /** Characters (code points) per streamed content chunk. @default the server's `chunkSize` */
  chunkSize?: number;
  /** Explicit sizes of the streamed content chunks; the last size repeats for the remainder. */
  chunkSizes?: number[];
  /** Delay between streamed chunks, in ms. @default 0 */
  chunkDelayMs?: number;
  /** Only these keys are accepted; others get 401. */
  validKeys?: string[];
  /** Answer 429 with `Retry-After` for the next `times` requests. @default times Infinity */
  rateLimit?: { status?: number; retryAfterSeconds?: number; times?: number };
  /** Answer this 5xx status for the next `times` requests. @default times Infinity */
  failure?: { status: 500 | 502 | 503 | 504; times?: number };
  /**
   * `true`: never answer (until the client gives up or the server closes).
   * `{ ms }`: wait `ms` before handling the request normally. `times` bounds how many requests.
   */
  timeout?: boolean | { ms?: number; times?: number };
  /** Streams get one line of invalid JSON after the first content chunk. @default false */
  malformedStream?: boolean;
  /**
   * Chat requests are refused with 403 as Mistral's guardrails do (`{"error": …, "guardrails": …}`): a content
   * decision, not a bad key. @default false
   */
  guardrailBlock?: boolean;
  /** Fixed chat reply instead of the scripted one. */
  reply?: string;
  /** Moderation scores forced over the keyword table's (unknown names are added as extra categories). */
  moderationScores?: Record<string, number>;
}

/** Options of {@link startFakeMistral}. */
export interface FakeMistralOptions {
  /** @default 0 (a random free port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Accepted keys; when absent any non-empty bearer key is accepted. */
  validKeys?: string[];
  /** Code points per streamed content chunk. @default 8 */
  chunkSize?: number;
  /** An initial global scenario. */
  scenario?: FakeScenario;
  /**
   * Most requests kept in `requests`; older ones are dropped first, so a long-running fake (the
   * offline demo) does not grow with traffic.
   * @default 10000
   */
  maxRequests?: number;
}

/** Every key of {@link FakeMistralOptions}. */
const FAKE_OPTION_KEYS: OptionKeys<FakeMistralOptions> = { port: true, host: true, validKeys: true, chunkSize: true, scenario: true, maxRequests: true };

/** One logged request. The key is only ever present as a fingerprint. */
export interface FakeRequestRecord {
  method: string;
  path: string;
  /** The parsed JSON body, or null when there was none or it did not parse. */
  body: unknown;
  /** First 8 hex chars of SHA-256 of the bearer key, or null without a key. */
  keyFingerprint: string | null;
  /** `Date.now()` when the request arrived. */
  time: number;
}

/** A running fake server. */
export interface FakeMistral {
  /** Base URL to give the SDK as `serverURL`, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly port: number;
  /** The request log (live array, oldest first). */
  readonly requests: readonly FakeRequestRecord[];
  /** Sets (replaces) the scenario of the scope given by `scenario.path` and `scenario.key`. */
  setScenario(scenario: FakeScenario): void;
  /** Clears every scenario and the request log. */
  reset(): void;
  /** Stops listening and destroys open (keep-alive, hanging) connections. */
  close(): Promise<void>;
}

/** First 8 hex chars of SHA-256: how keys are named everywhere in mistral-guard. */
function fingerprint(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

const MAX_BODY_BYTES = 10 * 1024 * 1024;

interface Entry {
  scenario: Omit<FakeScenario, 'key'>;
  keyFp: string | undefined;
  remaining: { rateLimit: number; failure: number; timeout: number };
}

interface Resolved {
  merged: Omit<FakeScenario, 'key' | 'rateLimit' | 'failure' | 'timeout'>;
  rateLimit?: { entry: Entry; value: NonNullable<FakeScenario['rateLimit']> };
  failure?: { entry: Entry; value: NonNullable<FakeScenario['failure']> };
  timeout?: { entry: Entry; value: NonNullable<FakeScenario['timeout']> };
}

function countOf(value: { times?: number } | boolean | undefined): number {
  if (value === undefined || value === false) return 0;
  if (value === true) return Infinity;
  return value.times ?? Infinity;
}

function validatePositiveInt(name: string, v: number | undefined): void {
  if (v !== undefined && (!Number.isInteger(v) || v < 1)) {
    throw new TypeError(`startFakeMistral: ${name} must be a positive integer`);
  }
}

function routeOf(path: string): FakeRoute | undefined {
  if (path === '/v1/chat/completions') return 'chat';
  if (path === '/v1/moderations' || path === '/v1/chat/moderations') return 'moderations';
  return undefined;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed || res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

function mistralError(message: string, type: string, code: number): Record<string, unknown> {
  return { object: 'error', message, type, param: null, code: String(code) };
}

function validationError(loc: (string | number)[], msg: string, type = 'missing'): Record<string, unknown> {
  return { detail: [{ type, loc, msg }] };
}

function tokens(chars: number): number {
  return Math.max(1, Math.ceil(chars / 4));
}

function splitChunks(text: string, sizes: readonly number[]): string[] {
  const points = Array.from(text);
  const out: string[] = [];
  let i = 0;
  let n = 0;
  while (i < points.length) {
    const size = Math.max(1, sizes[Math.min(n, sizes.length - 1)] ?? 1);
    out.push(points.slice(i, i + size).join(''));
    i += size;
    n++;
  }
  return out;
}

/** Starts the fake Mistral API on 127.0.0.1 (by default on a random port). */
export async function startFakeMistral(options: FakeMistralOptions = {}): Promise<FakeMistral> {
  checkOptionKeys('startFakeMistral()', options, FAKE_OPTION_KEYS);
  const host = options.host ?? '127.0.0.1';
  const defaultChunkSize = options.chunkSize ?? 8;
  validatePositiveInt('chunkSize', defaultChunkSize);
  const maxRequests = options.maxRequests ?? 10_000;
  validatePositiveInt('maxRequests', maxRequests);
  const serverValidKeys = options.validKeys?.map(fingerprint);

  const requests: FakeRequestRecord[] = [];
  const entries = new Map<string, Entry>();
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  // Waits, unless the server closes first (then never resolves: the socket is gone anyway).
  const wait = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      if (ms <= 0) return resolve();
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  function setScenario(scenario: FakeScenario): void {
    const { key, ...rest } = scenario;
    validatePositiveInt('chunkSize', rest.chunkSize);
    rest.chunkSizes?.forEach((s) => validatePositiveInt('chunkSizes[]', s));
    const keyFp = key === undefined ? undefined : fingerprint(key);
    entries.set(`${rest.path ?? '*'}|${keyFp ?? '*'}`, {
      scenario: rest,
      keyFp,
      remaining: { rateLimit: countOf(rest.rateLimit), failure: countOf(rest.failure), timeout: countOf(rest.timeout) },
    });
  }

  function resolveScenario(route: FakeRoute, keyFp: string | null): Resolved {
    const matching = [...entries.values()]
      .filter((e) => (e.scenario.path === undefined || e.scenario.path === route) && (e.keyFp === undefined || e.keyFp === keyFp))
      .sort((a, b) => specificity(b) - specificity(a));
    const resolved: Resolved = { merged: {} };
    const merged = resolved.merged as Record<string, unknown>;
    for (const e of matching) {
      for (const [k, v] of Object.entries(e.scenario)) {
        if (v === undefined) continue;
        if (k === 'rateLimit' || k === 'failure' || k === 'timeout') {
          const slot = k as 'rateLimit' | 'failure' | 'timeout';
          if (resolved[slot] === undefined && e.remaining[slot] > 0 && v !== false) {
            (resolved as unknown as Record<string, unknown>)[slot] = { entry: e, value: v };
          }
        } else if (!(k in merged)) {
          merged[k] = v;
        }
      }
    }
    return resolved;
  }

  function specificity(e: Entry): number {
    return (e.keyFp === undefined ? 0 : 2) + (e.scenario.path === undefined ? 0 : 1);
  }

  async function readBody(req: IncomingMessage): Promise<Buffer | 'too_large'> {
    const parts: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) return 'too_large';
      parts.push(chunk as Buffer);
    }
    return Buffer.concat(parts);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const path = (new URL(req.url ?? '/', 'http://fake').pathname.replace(/\/+$/, '') || '/') as string;
    const auth = req.headers.authorization ?? '';
    const bearer = auth.replace(/^Bearer\s+/i, '').trim();
    const keyFp = bearer === '' ? null : fingerprint(bearer);

    const raw = method === 'GET' || method === 'HEAD' ? Buffer.alloc(0) : await readBody(req);
    let body: unknown = null;
    let parseFailed = false;
    if (raw !== 'too_large' && raw.length > 0) {
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        parseFailed = true;
      }
    }
    requests.push({ method, path, body, keyFingerprint: keyFp, time: Date.now() });
    if (requests.length > maxRequests) requests.shift();

    if (method === 'GET' || method === 'HEAD') {
      sendJson(res, 200, { status: 'ok', service: 'fake-mistral', testDouble: true, requests: requests.length });
      return;
    }
    const route = routeOf(path);
    if (route === undefined) {
      sendJson(res, 404, mistralError(`Not found: ${method} ${path}`, 'not_found_error', 404));
      return;
    }
    if (method !== 'POST') {
      sendJson(res, 405, mistralError('Method not allowed', 'invalid_request_error', 405));
      return;
    }

    const scenario = resolveScenario(route, keyFp);
    const validKeys = scenario.merged.validKeys?.map(fingerprint) ?? serverValidKeys;
    if (keyFp === null || (validKeys !== undefined && !validKeys.includes(keyFp))) {
      sendJson(res, 401, { message: 'Unauthorized', request_id: randomUUID().replace(/-/g, '') });
      return;
    }
    if (scenario.timeout) {
      scenario.timeout.entry.remaining.timeout--;
      const t = scenario.timeout.value;
      if (t === true) return; // hang: the response is never written
      if (typeof t === 'object') await wait(t.ms ?? 0);
    }
    if (scenario.rateLimit) {
      scenario.rateLimit.entry.remaining.rateLimit--;
      const r = scenario.rateLimit.value;
      const headers: Record<string, string> = {};
      if (r.retryAfterSeconds !== undefined) headers['retry-after'] = String(r.retryAfterSeconds);
      sendJson(res, r.status ?? 429, { message: 'Requests rate limit exceeded', request_id: randomUUID().replace(/-/g, '') }, headers);
      return;
    }
    if (scenario.failure) {
      scenario.failure.entry.remaining.failure--;
      const status = scenario.failure.value.status;
      sendJson(res, status, mistralError('Internal server error (fake failure)', 'internal_server_error', status));
      return;
    }
    if (raw === 'too_large') {
      sendJson(res, 413, mistralError('Request body too large', 'invalid_request_error', 413));
      return;
    }
    if (parseFailed || body === null || typeof body !== 'object' || Array.isArray(body)) {
      sendJson(res, 400, mistralError('Invalid JSON body', 'invalid_request_error', 400));
      return;
    }
    const b = body as Record<string, unknown>;
    if (typeof b.model !== 'string' || b.model === '') {
      sendJson(res, 422, validationError(['body', 'model'], 'Field required'));
      return;
    }
    if (route === 'chat' && scenario.merged.guardrailBlock) {
      sendJson(res, 403, {
        error: { message: 'Content blocked by guardrail', status: 403 },
        guardrails: { results: [{ moderation_llm_v2: { action: 'block' } }] },
      });
      return;
    }
    if (route === 'chat') await chat(res, b as unknown as ChatBody, scenario);
    else if (path === '/v1/moderations') moderate(res, b, scenario, false);
    else moderate(res, b, scenario, true);
  }

  interface ChatBody {
    model: string;
    messages?: unknown;
    stream?: unknown;
  }

  async function chat(res: ServerResponse, body: ChatBody, scenario: Resolved): Promise<void> {
    if (!Array.isArray(body.messages) || body.messages.length === 0) {
      sendJson(res, 422, validationError(['body', 'messages'], 'Field required'));
      return;
    }
    const messages = body.messages as WireMessage[];
    const system = messages
      .filter((m) => m?.role === 'system')
      .map(messageText)
      .join('\n');
    const scripted = scriptReply(messages, system);
    const text = scenario.merged.reply ?? scripted.text;
    await wait(scripted.delayMs);
    const promptChars = messages.reduce((n, m) => n + messageText(m).length, 0);
    const usage = {
      prompt_tokens: tokens(promptChars),
      total_tokens: tokens(promptChars) + tokens(text.length),
      completion_tokens: tokens(text.length),
    };
    const id = randomUUID().replace(/-/g, '');
    const created = Math.floor(Date.now() / 1000);
    if (body.stream !== true) {
      sendJson(res, 200, {
        id,
        object: 'chat.completion',
        created,
        model: body.model,
        choices: [
          { index: 0, message: { role: 'assistant', content: text, tool_calls: null, prefix: false }, finish_reason: 'stop' },
        ],
        usage,
      });
      return;
    }
    const sizes = scenario.merged.chunkSizes ?? [scenario.merged.chunkSize ?? defaultChunkSize];
    const pieces = splitChunks(text, sizes);
    if (pieces.length === 0) pieces.push('');
    const delay = scenario.merged.chunkDelayMs ?? 0;
    const base = { id, object: 'chat.completion.chunk', created, model: body.model };
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    const send = (data: string): void => {
      if (!res.destroyed) res.write(`data: ${data}\n\n`);
    };
    send(JSON.stringify({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] }));
    for (let i = 0; i < pieces.length; i++) {
      if (delay > 0) await wait(delay);
      if (res.destroyed) return;
      const last = i === pieces.length - 1;
      const chunk: Record<string, unknown> = {
        ...base,
        choices: [{ index: 0, delta: { content: pieces[i] }, finish_reason: last ? 'stop' : null }],
      };
      if (last) chunk.usage = usage;
      send(JSON.stringify(chunk));
      if (i === 0 && scenario.merged.malformedStream) send('{"id": "broken", "choices": [ {');
    }
    send('[DONE]');
    res.end();
  }

  function moderate(res: ServerResponse, body: Record<string, unknown>, scenario: Resolved, chatRoute: boolean): void {
    const model = body.model as string;
    const input = body.input;
    let texts: string[];
    if (chatRoute) {
      if (!Array.isArray(input) || input.length === 0) {
        sendJson(res, 422, validationError(['body', 'input'], 'Field required'));
        return;
      }
      // One conversation (Message[]) or several (Message[][]); each is scored on its last turn.
      const conversations = (Array.isArray(input[0]) ? input : [input]) as unknown[];
      texts = conversations.map((c) => (Array.isArray(c) ? messageText(c[c.length - 1] as WireMessage) : ''));
    } else if (typeof input === 'string') {
      texts = [input];
    } else if (Array.isArray(input) && input.length > 0 && input.every((t) => typeof t === 'string')) {
      texts = input as string[];
    } else {
      sendJson(res, 422, validationError(['body', 'input'], 'Input should be a string or a list of strings', 'string_type'));
      return;
    }
    const forced = scenario.merged.moderationScores ?? {};
    sendJson(res, 200, {
      id: randomUUID().replace(/-/g, ''),
      model,
      results: texts.map((t) => toWireResult({ ...scoreText(t, model), ...forced })),
    });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, mistralError('Fake server error', 'internal_server_error', 500));
      else res.destroy();
    });
  });
  // Many tests reuse one server; keep-alive sockets must not outlive close().
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  if (options.scenario) setScenario(options.scenario);

  return {
    url: `http://${urlHost}:${port}`,
    port,
    requests,
    setScenario,
    reset(): void {
      entries.clear();
      requests.length = 0;
    },
    close(): Promise<void> {
      if (closed) return Promise.resolve();
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      return new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
