/**
 * A real `redis-server` for tests: on 127.0.0.1, a free port, a temporary directory, no persistence.
 * It can be stopped and started again on the same port, to show what limits do while Redis is away.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';

function connectClient(url: string) {
  const client = createClient({
    url,
    disableOfflineQueue: true,
    // Reconnect quickly and forever: the tests stop and start the server.
    socket: { reconnectStrategy: () => 50, connectTimeout: 2000 },
  });
  client.on('error', () => {
    // Expected while the server is stopped; the limits report outages themselves.
  });
  return client;
}

export type TestRedisClient = ReturnType<typeof connectClient>;

/** Debian's redis-server; `REDIS_SERVER` points elsewhere on other systems. */
const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface TestRedis {
  host: string;
  port: number;
  /** `redis://127.0.0.1:PORT` */
  url: string;
  /** A connected client that fails fast while the server is away (no offline queue). */
  client(): Promise<TestRedisClient>;
  /** Stops the server (the "Redis went away" case); `start()` brings it back on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server, closes the clients made here and removes the directory. */
  close(): Promise<void>;
}

function launch(port: number, dir: string): Promise<ChildProcess> {
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--protected-mode', 'yes'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`redis-server did not get ready within 10 s:\n${output}`));
    }, 10_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (/Ready to accept connections/.test(output)) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stdout!.resume();
        child.stderr!.resume();
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${REDIS_SERVER} (install the redis-server package): ${err.message}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Starts a redis-server; call `close()` in `afterAll`. */
export async function startRedis(): Promise<TestRedis> {
  const dir = mkdtempSync(join(tmpdir(), 'mistral-guard-redis-'));
  // A port free a moment ago may be taken by the time the server binds it: a few fresh tries.
  let port = 0;
  let child: ChildProcess | undefined;
  for (let attempt = 0; child === undefined; attempt++) {
    port = await freePort();
    try {
      child = await launch(port, dir);
    } catch (err) {
      if (attempt >= 4) throw err;
    }
  }
  const clients: TestRedisClient[] = [];
  const url = `redis://127.0.0.1:${port}`;
  return {
    host: '127.0.0.1',
    port,
    url,
    async client() {
      const client = connectClient(url);
      await client.connect();
      clients.push(client);
      return client;
    },
    async stop() {
      await stopChild(child);
      child = undefined;
    },
    async start() {
      if (child === undefined) child = await launch(port, dir);
    },
    async close() {
      for (const client of clients) {
        try {
          client.destroy();
        } catch {
          // already closed
        }
      }
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
