/**
 * Issue #14, "Done when", as an operator would run it, in real processes:
 *   mistral-guard mock --valid-keys B        (a fake Mistral that accepts only key B)
 *   MISTRAL_API_KEYS=A,B npm start           (the demo, pointed at it with MISTRAL_SERVER_URL)
 * Every chat, stream and moderation call is served; A is quarantined after its first 401 (once); neither
 * process prints a key.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { fingerprintKey } from '../../src/keys/index.js';

const root = resolve(__dirname, '../..');

interface Running {
  child: ChildProcess;
  output: () => string;
}

/** Starts a process and resolves once its output matches `ready` (bounded wait; the process is stopped on failure). */
function run(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<Running & { match: RegExpExecArray }> {
  const child = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolvePromise, reject) => {
    // Generous: on a busy machine compiling the TypeScript sources at start takes a while.
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`not ready within 120 s:\n${output}`));
    }, 120_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ child, output: () => output, match });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before it was ready:\n${output}`));
    });
  });
}

function stop(child: ChildProcess | undefined): Promise<void> {
  return new Promise((done) => {
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/** A key made at run time from random parts, so no output can contain it by chance. */
const makeKey = (label: string): string => `${label}-${randomBytes(10).toString('hex')}`;

describe('the demo with MISTRAL_API_KEYS=A,B against a fake that accepts only B', () => {
  const A = makeKey('keyA');
  const B = makeKey('keyB');
  let mock: Running | undefined;
  let demo: Running | undefined;
  let url = '';

  beforeAll(async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of ['MISTRAL_API_KEY', 'MISTRAL_API_KEYS', 'MISTRAL_API_KEY_FILE', 'MISTRAL_SERVER_URL', 'MISTRAL_DEBUG']) delete env[name];
    // The `mistral-guard` command's own entry point, run from the sources.
    const cli = `import('./src/cli/index.ts').then((m) => m.main(process.argv.slice(1), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr })).then((code) => { process.exitCode = code; });`;
    const started = await run(['--import', 'tsx', '-e', cli, 'mock', '--valid-keys', B], env, /^(http:\/\/127\.0\.0\.1:\d+)\n/m);
    mock = started;
    const mockUrl = started.match[1]!;
    const app = await run(
      ['--import', 'tsx', 'examples/express-chat/server.ts'],
      { ...env, MISTRAL_API_KEYS: `${A},${B}`, MISTRAL_SERVER_URL: mockUrl, PORT: '0', HOST: '127.0.0.1' },
      /listening on (http:\/\/127\.0\.0\.1:\d+)[\s\S]*Upstream: .*\n/,
    );
    demo = app;
    url = app.match[1]!;
  }, 250_000);

  afterAll(async () => {
    await Promise.all([stop(demo?.child), stop(mock?.child)]);
  });

  const post = (path: string, content: string): Promise<Response> =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content }] }),
    });

  test('serves every request; A is quarantined after its first 401; no key is printed', async () => {
    expect(url).not.toBe('');
    for (let i = 0; i < 3; i++) {
      const res = await post('/api/chat', `Hello number ${i}`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { reply: string }).reply).toContain(`Hello number ${i}`);
    }
    for (let i = 0; i < 2; i++) {
      const res = await post('/api/chat/stream', `Stream ${i}`);
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).toContain('[DONE]');
      expect(text).not.toMatch(/"error"/);
    }
    const out = demo!.output();
    expect(out).toContain(`a pool of 2 keys: ${fingerprintKey(A)}, ${fingerprintKey(B)}`);
    const quarantines = out.split('\n').filter((line) => /quarantined/.test(line));
    expect(quarantines).toHaveLength(1);
    expect(quarantines[0]).toContain(fingerprintKey(A));
    const everything = `${out}\n${mock!.output()}`;
    expect(everything).not.toContain(A);
    expect(everything).not.toContain(B);
  });
});
