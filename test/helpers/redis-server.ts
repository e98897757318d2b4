/**
 * A real `redis-server` for tests: on 127.0.0.1, a free port, a temporary directory, no persistence
 * (`--save ''`, no AOF). Started by the test, stopped by the test.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RedisServer {
  readonly host: string;
  readonly port: number;
  /** `redis://127.0.0.1:PORT` */
  readonly url: string;
  /** Stops the server (SIGTERM, then SIGKILL if it lingers) and removes its directory. */
  stop(): Promise<void>;
}

/** A port that was free a moment ago (the server is told to use it; a lost race is retried). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
  });
}

/** Starts the server and resolves once it accepts connections (bounded wait; bounded retries on a taken port). */
export async function startRedisServer(): Promise<RedisServer> {
  let lastOutput = '';
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'mg-redis-'));
    const child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'yes'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const ready = await new Promise<boolean>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => resolve(false), 15_000);
      const read = (chunk: Buffer): void => {
        output += chunk.toString('utf8');
        lastOutput = output;
        if (/Ready to accept connections/i.test(output)) {
          clearTimeout(timer);
          resolve(true);
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(new Error(`redis-server could not start (${(err as NodeJS.ErrnoException).code ?? err.name}); install it (Debian: apt-get install redis-server).`));
      });
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    if (ready) {
      child.stdout!.resume();
      child.stderr!.resume();
      return {
        host: '127.0.0.1',
        port,
        url: `redis://127.0.0.1:${port}`,
        async stop() {
          const done = exited(child);
          child.kill('SIGTERM');
          const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
          await done;
          clearTimeout(timer);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    }
    child.kill('SIGKILL');
    await exited(child);
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error(`redis-server did not start after 5 attempts:\n${lastOutput}`);
}
