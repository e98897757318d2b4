/**
 * Bench servers in child processes (`bench/lib/http-server.ts` of this or another checkout): started on a free
 * port of 127.0.0.1, read for their CPU time, stopped together. Shared by the HTTP A/B and ladder benches.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import autocannon from 'autocannon';

export interface BenchServers {
  /** Starts `script` with `args`; resolves with the server's base URL once it prints its port. */
  start(script: string, args: readonly string[]): Promise<string>;
  /** Stops every server started. */
  stopAll(): void;
}

/** @param build run the servers on the built `dist/` (`--build`) instead of the sources */
export function benchServers(build: boolean): BenchServers {
  const children: ChildProcess[] = [];
  const env = { ...process.env, ...(build ? { MISTRAL_GUARD_BENCH_BUILD: '1' } : {}) };
  return {
    start(script, args) {
      const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['ignore', 'pipe', 'inherit'], env });
      children.push(child);
      return new Promise((resolve, reject) => {
        let out = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          out += chunk.toString('utf8');
          const port = /PORT (\d+)/.exec(out);
          if (port) resolve(`http://127.0.0.1:${port[1]}`);
        });
        child.once('exit', (code) => reject(new Error(`server ${script} ${args.join(' ')} exited with ${code}`)));
      });
    },
    stopAll() {
      for (const child of children) child.kill('SIGTERM');
    },
  };
}

/** The server process's CPU time so far, in microseconds (its `/__cpu` route). */
export async function serverCpu(base: string): Promise<number> {
  const usage = (await (await fetch(`${base}/__cpu`)).json()) as { user: number; system: number };
  return usage.user + usage.system;
}

/** Server CPU per request (µs) over an autocannon run of POSTs of `body` to `/api/chat`; every answer must be a 2xx. */
export async function cpuPerRequest(base: string, body: string, duration: number, connections = 10): Promise<number> {
  const before = await serverCpu(base);
  const result = await autocannon({ url: `${base}/api/chat`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${base}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return ((await serverCpu(base)) - before) / result.requests.total;
}
