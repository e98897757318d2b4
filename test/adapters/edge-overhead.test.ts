/**
 * The per-request shortcuts of the edge pieces give the same answers as the long way: headers recorded
 * once from helmet, per-request tokens cut from a random pool, bodies read without a stream in between.
 */
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import request from 'supertest';
import { createHeadersMiddleware } from '../../src/adapters/shared/security-headers.js';
import type { NodeHeadersMiddleware } from '../../src/adapters/shared/security-headers.js';
import { readJsonBody } from '../../src/adapters/shared/http.js';
import { randomHex } from '../../src/scan/random-hex.js';
import { createInputGuard } from '../../src/scan/input-guard.js';

/** A bare Node server running one headers middleware, answering with the headers it set. */
function serve(headers: NodeHeadersMiddleware) {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('X-Powered-By', 'app');
    headers(req, res, () => res.end('ok'));
  });
}

const strip = (h: Record<string, unknown>): Record<string, unknown> => {
  const { date: _d, connection: _c, 'keep-alive': _k, 'content-length': _l, ...rest } = h;
  return rest;
};

describe('security headers recorded once', () => {
  test.each(['api', 'page'] as const)('preset %s: the helmet headers, X-Powered-By removed, the same on every request', async (preset) => {
    const server = serve(createHeadersMiddleware({ preset }));
    const a = await request(server).get('/');
    const b = await request(server).get('/');
    expect(strip(a.headers)).toEqual(strip(b.headers));
    expect(a.headers['x-powered-by']).toBeUndefined();
    expect(a.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(a.headers['cache-control']).toBe(preset === 'api' ? 'no-store' : undefined);
  });

  test('matches helmet called directly, header for header', async () => {
    const direct = helmet({
      referrerPolicy: { policy: 'no-referrer' },
      xFrameOptions: { action: 'deny' },
      crossOriginResourcePolicy: { policy: 'same-origin' },
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } },
    });
    const a = await request(serve(createHeadersMiddleware({ noStore: false }))).get('/');
    const b = await request(serve(direct as NodeHeadersMiddleware)).get('/');
    expect(strip(a.headers)).toEqual(strip(b.headers));
  });

  test('an option that is a function (a CSP nonce) still runs per request', async () => {
    let n = 0;
    const headers = createHeadersMiddleware({
      helmet: { contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], scriptSrc: [() => `'nonce-n${++n}'`] } } },
    });
    const server = serve(headers);
    const first = await request(server).get('/');
    const second = await request(server).get('/');
    expect(first.headers['content-security-policy']).toContain("'nonce-n1'");
    expect(second.headers['content-security-policy']).toContain("'nonce-n2'");
    expect(first.headers['cache-control']).toBe('no-store');
  });
});

describe('per-request tokens from the random pool', () => {
  test('hex of the asked length, never repeated across pool refills', () => {
    const seen = new Set<string>();
    // 8 bytes each: 4096 / 8 = 512 per pool, so this crosses the refill a dozen times.
    for (let i = 0; i < 6000; i++) {
      const hex = randomHex(8);
      expect(hex).toMatch(/^[0-9a-f]{16}$/);
      seen.add(hex);
    }
    expect(seen.size).toBe(6000);
  });

  test('canaries and delimiter tags keep their format and differ per request', () => {
    const guard = createInputGuard({ systemPrompt: 'You help with orders.' });
    const body = { messages: [{ role: 'user', content: 'hello' }] };
    const a = guard.run(body, 'r1');
    const b = guard.run(body, 'r2');
    expect(a.canary).toMatch(/^mg-canary-[0-9a-f]{16}$/);
    expect(b.canary).not.toBe(a.canary);
    const tagOf = (state: typeof a): string => /<(user_data_[0-9a-f]{16})>/.exec(state.messages[1]!.content as string)![1]!;
    expect(tagOf(a)).not.toBe(tagOf(b));
    expect(a.messages[0]!.content).toContain(a.canary!);
  });
});

describe('JSON bodies read straight from the request', () => {
  /** Posts `chunks` one write each (chunked transfer) to a server that reads the body with `readJsonBody`. */
  async function post(limit: number, chunks: Buffer[]): Promise<{ status: number; body: unknown }> {
    const server = createServer((req, res) => {
      readJsonBody(req, limit).then(
        (body) => res.end(JSON.stringify({ body })),
        (err: { status: number; code: string }) => {
          res.statusCode = err.status;
          res.end(JSON.stringify({ code: err.code }));
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      return await new Promise((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', headers: { 'content-type': 'application/json' } }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) as unknown }));
        });
        req.on('error', reject);
        for (const chunk of chunks) req.write(chunk);
        req.end();
      });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }

  test('a body in many chunks is read whole; one over the limit is refused with 413', async () => {
    const text = 'é'.repeat(20_000);
    const json = Buffer.from(JSON.stringify({ text }));
    // Cut inside a two-byte character too: the bytes are joined before decoding.
    const pieces = [json.subarray(0, 7), json.subarray(7, 20_001), json.subarray(20_001)];
    expect(await post(1_000_000, pieces)).toEqual({ status: 200, body: { body: { text } } });
    expect(await post(1000, pieces)).toEqual({ status: 413, body: { code: 'body_too_large' } });
  });

  test('invalid UTF-8 is refused and a leading BOM dropped, across requests sharing one decoder', async () => {
    expect(await post(1000, [Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])])).toEqual({ status: 400, body: { code: 'malformed_body' } });
    expect(await post(1000, [Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":"é"}')])).toEqual({ status: 200, body: { body: { a: 'é' } } });
    expect(await post(1000, [Buffer.from('{"a":1')])).toEqual({ status: 400, body: { code: 'malformed_json' } });
  });
});
