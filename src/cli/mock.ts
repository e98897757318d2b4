/**
 * `mistral-guard mock`: runs the fake Mistral API (a test double) until SIGINT/SIGTERM.
 *
 * Prints the base URL alone on the first stdout line (so scripts can read it), notes on stderr.
 * Exit code: 0 after a clean stop, 2 on bad arguments, 1 when the server cannot start.
 * @module
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startFakeMistral } from '../testing/index.js';
import type { FakeMistralOptions } from '../testing/index.js';

/** Streams the command writes to. */
export interface MockIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Extra controls, mainly for tests. */
export interface MockRunOptions {
  /** Stops the server when aborted (in addition to SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

const USAGE = `Usage: mistral-guard mock [--port N] [--host H] [--valid-keys a,b] [--chunk-size N]

Runs a fake Mistral API (chat completions with SSE, moderations) for tests and offline demos.
  --port N          port to listen on (default 0: a random free port)
  --host H          address to bind (default 127.0.0.1)
  --valid-keys a,b  only these bearer keys are accepted (default: any non-empty key)
  --chunk-size N    characters per streamed chunk (default 8)
`;

type Parsed = { ok: true; options: FakeMistralOptions; help: boolean } | { ok: false; error: string };

function parseMockArgs(argv: readonly string[]): Parsed {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'valid-keys': { type: 'string' },
        'chunk-size': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  const options: FakeMistralOptions = {};
  if (values.port !== undefined) {
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) return { ok: false, error: '--port needs a number 0..65535' };
    options.port = port;
  }
  if (values.host !== undefined) {
    if (values.host === '') return { ok: false, error: '--host needs an address' };
    options.host = values.host;
  }
  if (values['valid-keys'] !== undefined) {
    const keys = values['valid-keys'].split(',').map((k) => k.trim()).filter((k) => k !== '');
    if (keys.length === 0) return { ok: false, error: '--valid-keys needs a comma-separated list' };
    options.validKeys = keys;
  }
  if (values['chunk-size'] !== undefined) {
    const n = Number(values['chunk-size']);
    if (!Number.isInteger(n) || n < 1) return { ok: false, error: '--chunk-size needs a positive integer' };
    options.chunkSize = n;
  }
  return { ok: true, options, help: values.help === true };
}

/** Runs the fake until a signal; resolves with the exit code. */
export async function runMock(argv: string[], io: MockIo, run: MockRunOptions = {}): Promise<number> {
  const parsed = parseMockArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`mistral-guard mock: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  let fake;
  try {
    fake = await startFakeMistral(parsed.options);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    io.stderr.write(`mistral-guard mock: cannot listen (${typeof code === 'string' ? code : 'error'})\n`);
    return 1;
  }
  const server = fake;
  io.stdout.write(`${server.url}\n`);
  // Keys are named by fingerprint only, even test keys.
  const keys = parsed.options.validKeys?.map((k) => createHash('sha256').update(k).digest('hex').slice(0, 8));
  io.stderr.write(
    `fake Mistral (test double) listening on ${server.url}; ${keys ? `accepting keys ${keys.join(', ')}` : 'accepting any key'}. Stop with Ctrl-C.\n`,
  );

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      run.signal?.removeEventListener('abort', stop);
      void server.close().then(() => {
        io.stderr.write('fake Mistral stopped.\n');
        resolve(0);
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (run.signal?.aborted) stop();
    else run.signal?.addEventListener('abort', stop, { once: true });
  });
}
