/**
 * Local fakes of the two secret-manager APIs, over HTTP on 127.0.0.1, for the official clients pointed at
 * them by endpoint override:
 * - Google Secret Manager's REST API (`GET /v1/{name}:access`), as `@google-cloud/secret-manager` speaks it
 *   with `fallback: true` (HTTP/1.1 JSON instead of gRPC);
 * - AWS Secrets Manager's JSON protocol (`POST /`, `X-Amz-Target: secretsmanager.GetSecretValue`).
 * Test doubles: no auth is checked, values live in memory, the request log holds paths and targets only.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32c } from '../../src/keys/index.js';

interface Fake {
  readonly host: string;
  readonly port: number;
  readonly url: string;
  /** What was asked: `GET /v1/...:access` paths, or AWS targets with the secret id. */
  readonly requests: string[];
  close(): Promise<void>;
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<{ server: Server; port: number }> {
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => handler(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  // No keep-alive: a client must not reuse a socket the fake may be closing (an idle timeout while a test
  // loads a large module would reset it).
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), connection: 'close', ...headers });
  res.end(text);
}

export interface FakeGoogleSecrets extends Fake {
  /** Adds a version of a secret (`projects/P/secrets/S`); `latest` then reads it. */
  addVersion(secret: string, value: string): void;
  /** Answers every access with this gRPC-style error until cleared. */
  failWith(error: { httpStatus: number; status: string } | undefined): void;
  /** Sends a wrong checksum with the next answers. */
  corruptChecksums(on: boolean): void;
}

export async function startFakeGoogleSecrets(): Promise<FakeGoogleSecrets> {
  const versions = new Map<string, string[]>();
  const requests: string[] = [];
  let failure: { httpStatus: number; status: string } | undefined;
  let corrupt = false;
  const { server, port } = await listen((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(`${req.method} ${path}`);
    const m = /^\/v1\/(projects\/[^/]+\/secrets\/[^/]+)\/versions\/([^/:]+):access$/.exec(path);
    if (req.method !== 'GET' || m === null) return json(res, 404, { error: { code: 404, message: 'Not found', status: 'NOT_FOUND' } });
    if (failure !== undefined) {
      return json(res, failure.httpStatus, { error: { code: failure.httpStatus, message: 'Refused by the fake', status: failure.status } });
    }
    const list = versions.get(m[1]!) ?? [];
    const n = m[2] === 'latest' ? list.length : Number(m[2]);
    const value = list[n - 1];
    if (value === undefined) return json(res, 404, { error: { code: 404, message: 'Secret version not found', status: 'NOT_FOUND' } });
    const data = Buffer.from(value, 'utf8');
    json(res, 200, {
      name: `${m[1]}/versions/${n}`,
      payload: { data: data.toString('base64'), dataCrc32c: String(corrupt ? (crc32c(data) + 1) >>> 0 : crc32c(data)) },
    });
  });
  return {
    host: '127.0.0.1',
    port,
    url: `http://127.0.0.1:${port}`,
    requests,
    addVersion: (secret, value) => void versions.set(secret, [...(versions.get(secret) ?? []), value]),
    failWith: (error) => void (failure = error),
    corruptChecksums: (on) => void (corrupt = on),
    close: () => close(server),
  };
}

export interface FakeAwsSecrets extends Fake {
  /** Sets the AWSCURRENT value of a secret (the previous one becomes AWSPREVIOUS). */
  put(secretId: string, value: string | { binary: Uint8Array }): void;
  /** Answers every call with this AWS error until cleared. */
  failWith(error: { httpStatus: number; type: string } | undefined): void;
}

export async function startFakeAwsSecrets(): Promise<FakeAwsSecrets> {
  const secrets = new Map<string, { current?: string | { binary: Uint8Array }; previous?: string | { binary: Uint8Array }; version: number }>();
  const requests: string[] = [];
  let failure: { httpStatus: number; type: string } | undefined;
  const { server, port } = await listen((req, res, body) => {
    const target = String(req.headers['x-amz-target'] ?? '');
    let input: { SecretId?: string; VersionStage?: string } = {};
    try {
      input = JSON.parse(body) as typeof input;
    } catch {
      /* an empty or bad body is answered below */
    }
    requests.push(`${target} ${input.SecretId ?? ''} ${input.VersionStage ?? ''}`.trim());
    const error = (status: number, type: string, message: string): void =>
      json(res, status, { __type: type, message }, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': type });
    if (req.method !== 'POST' || target !== 'secretsmanager.GetSecretValue') return error(400, 'UnknownOperationException', 'Unknown operation');
    if (failure !== undefined) return error(failure.httpStatus, failure.type, 'Refused by the fake');
    const secret = secrets.get(input.SecretId ?? '');
    const stage = input.VersionStage ?? 'AWSCURRENT';
    const value = stage === 'AWSCURRENT' ? secret?.current : stage === 'AWSPREVIOUS' ? secret?.previous : undefined;
    if (secret === undefined || value === undefined) return error(400, 'ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
    const out: Record<string, unknown> = {
      ARN: `arn:aws:secretsmanager:us-east-1:000000000000:secret:${input.SecretId}`,
      Name: input.SecretId,
      VersionId: `v${secret.version - (stage === 'AWSPREVIOUS' ? 1 : 0)}`,
      VersionStages: [stage],
      CreatedDate: 1_700_000_000,
    };
    if (typeof value === 'string') out.SecretString = value;
    else out.SecretBinary = Buffer.from(value.binary).toString('base64');
    json(res, 200, out, { 'content-type': 'application/x-amz-json-1.1' });
  });
  return {
    host: '127.0.0.1',
    port,
    url: `http://127.0.0.1:${port}`,
    requests,
    put: (secretId, value) => {
      const s = secrets.get(secretId);
      secrets.set(secretId, { current: value, previous: s?.current, version: (s?.version ?? 0) + 1 });
    },
    failWith: (error) => void (failure = error),
    close: () => close(server),
  };
}
