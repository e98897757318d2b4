/**
 * `mistral-guard audit`: options and exit codes through `main()`, then the bin as a real process (the
 * repository's bin/mistral-guard.cjs over a fresh bundle of the current sources), on generated fixtures
 * and on the demo.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { buildSync } from 'esbuild';
import { main } from '../../src/cli/index.js';
import { fingerprintKey } from '../../src/mistral/api-key.js';
import type { NpmAuditRunner } from '../../src/project-audit/index.js';
import type { Files } from './fixtures.js';
import { cleanProject, fakeMistralKey, fakeNpmAudit, lineOf, npmAuditJson, writeProject } from './fixtures.js';

const repo = resolve(__dirname, '../..');

async function run(args: string[], runNpmAudit: NpmAuditRunner = fakeNpmAudit(npmAuditJson({}))): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const io = { stdin: new PassThrough(), stdout, stderr, runNpmAudit };
  const code = await main(args, io);
  return { code, out, err };
}

/** The example: a hard-coded key and no .gitignore. */
function keyWithoutGitignore(key: string): Files {
  const files = cleanProject();
  delete (files as Record<string, string>)['.gitignore'];
  files['src/config.ts'] = `// Settings of the chat backend.\nexport const config = {\n  port: 3000,\n  mistralApiKey: '${key}',\n};\n`;
  return files;
}

/** Only warnings: a fail-open moderation. */
function warningsOnly(): Files {
  const files = cleanProject();
  files['src/app.ts'] = files['src/app.ts']!.replace('{ timeoutMs: 2000 }', "{ timeoutMs: 2000, onError: 'allow' }");
  return files;
}

const projects: { cleanup: () => void }[] = [];
afterAll(() => projects.forEach((p) => p.cleanup()));
function project(files: Files): string {
  const p = writeProject(files);
  projects.push(p);
  return p.dir;
}

describe('main(["audit", ...])', () => {
  test('a clean project exits 0 with a PASS line per check', async () => {
    const { code, out, err } = await run(['audit', project(cleanProject())]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out.split('\n').filter((line) => line.startsWith('PASS  '))).toHaveLength(12);
  });

  test('a hard-coded key and no .gitignore: exit 1, file:line and the missing ignore, never the key', async () => {
    const key = fakeMistralKey();
    const files = keyWithoutGitignore(key);
    const { code, out } = await run(['audit', project(files)]);
    expect(code).toBe(1);
    expect(out).toContain(`src/config.ts:${lineOf(files['src/config.ts']!, key)}  MISTRAL_API_KEY in mistralApiKey is hard-coded (fingerprint ${fingerprintKey(key)}).`);
    expect(out).toContain('.gitignore:1  There is no .gitignore');
    expect(out).not.toContain(key);
  });

  test('--json and --sarif print the report in those formats, without the key', async () => {
    const key = fakeMistralKey();
    const dir = project(keyWithoutGitignore(key));
    const json = await run(['audit', dir, '--json']);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.out) as { checks: { id: string; status: string }[] };
    expect(report.checks.find((c) => c.id === 'hardcoded-secret')!.status).toBe('fail');
    const sarif = await run(['audit', '--sarif', dir]);
    expect(sarif.code).toBe(1);
    expect(JSON.parse(sarif.out)).toMatchObject({ version: '2.1.0', runs: [{ tool: { driver: { name: 'mistral-guard' } } }] });
    expect(json.out + sarif.out).not.toContain(key);
  });

  test('--fail-on sets the threshold: warnings pass by default, fail with warn; never always exits 0', async () => {
    const warn = project(warningsOnly());
    expect((await run(['audit', warn])).code).toBe(0);
    expect((await run(['audit', warn, '--fail-on', 'warn'])).code).toBe(1);
    expect((await run(['audit', warn, '--fail-on=fail'])).code).toBe(0);
    expect((await run(['audit', project(keyWithoutGitignore(fakeMistralKey())), '--fail-on', 'never'])).code).toBe(0);
  });

  test('--skip (repeatable or comma-separated) leaves checks out', async () => {
    const dir = project(keyWithoutGitignore(fakeMistralKey()));
    const { code, out } = await run(['audit', dir, '--skip', 'hardcoded-secret,gitignore-env']);
    expect(code).toBe(0);
    expect(out).toMatch(/^SKIP {2}hardcoded-secret/m);
    expect((await run(['audit', dir, '--skip', 'hardcoded-secret', '--skip', 'gitignore-env'])).code).toBe(0);
  });

  test('--no-npm-audit never calls npm; the injected runner is used otherwise', async () => {
    const dir = project(cleanProject());
    const runner = fakeNpmAudit(npmAuditJson({ critical: 1 }, { 'bad-lib': 'critical' }), 1);
    const failing = await run(['audit', dir], runner);
    expect(failing.code).toBe(1);
    expect(failing.out).toContain('package.json:1  npm audit (production dependencies): 1 critical: bad-lib (critical).');
    const off = await run(['audit', dir, '--no-npm-audit'], runner);
    expect(off.code).toBe(0);
    expect(runner.calls).toHaveLength(1);
  });

  test('usage errors exit 2 with a hint on stderr', async () => {
    const dir = project(cleanProject());
    for (const args of [
      ['audit', dir, '--frobnicate'],
      ['audit', dir, '--json', '--sarif'],
      ['audit', dir, '--fail-on', 'sometimes'],
      ['audit', dir, dir],
      ['audit', join(dir, 'missing')],
      ['audit', dir, '--skip', 'rate-limits'],
    ]) {
      const { code, out, err } = await run(args);
      expect({ args, code }).toEqual({ args, code: 2 });
      expect(out).toBe('');
      expect(err).toMatch(/^mistral-guard audit: .+\nRun "mistral-guard audit --help"\.\n$/);
    }
    expect((await run(['audit', dir, '--skip', 'rate-limits'])).err).toContain('Did you mean `rate-limit`?');
  });

  test('--help lists the options, the checks and the exit codes', async () => {
    const { code, out } = await run(['audit', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('--fail-on LEVEL');
    expect(out).toContain('chat-route-guards');
    expect(out).toMatch(/Exit codes: 0 .*; 1 .*; 2 /);
    expect((await run(['help'])).out).toContain('audit ');
  });
});

describe('the bin, as a real process', () => {
  // The repository's launcher beside a fresh CommonJS bundle of the sources, as `npm run build` lays
  // them out (bin/ next to dist/), under node_modules/.cache so the dependencies resolve and linters skip it.
  const root = join(repo, 'node_modules', '.cache', 'mistral-guard-tests', `audit-bin-${randomBytes(4).toString('hex')}`);
  const bin = join(root, 'bin', 'mistral-guard.cjs');

  beforeAll(() => {
    mkdirSync(join(root, 'bin'), { recursive: true });
    copyFileSync(join(repo, 'bin', 'mistral-guard.cjs'), bin);
    const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; peerDependencies: Record<string, string> };
    buildSync({
      entryPoints: [join(repo, 'src', 'cli', 'index.ts')],
      outfile: join(root, 'dist', 'cli.cjs'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)],
      logLevel: 'error',
    });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const exec = (args: string[], cwd = repo) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });

  test('`mistral-guard audit` on the demo passes (exit 0)', () => {
    for (const demo of ['examples/express-chat', 'examples/koa-chat']) {
      const { status, stdout, stderr } = exec(['audit', demo]);
      expect({ demo, status, stderr }).toEqual({ demo, status: 0, stderr: '' });
      expect(stdout).toMatch(/^PASS {2}chat-route-guards/m);
      expect(stdout).toMatch(/^0 failed,/m);
    }
  });

  test('a hard-coded key and no .gitignore: exit 1, file:line, the missing ignore, never the key', () => {
    const key = fakeMistralKey();
    const files = keyWithoutGitignore(key);
    const dir = project(files);
    // Run from inside the project, as `npx mistral-guard audit` is.
    const { status, stdout } = exec(['audit', '--no-npm-audit'], dir);
    expect(status).toBe(1);
    expect(stdout).toContain(`src/config.ts:${lineOf(files['src/config.ts']!, key)}  MISTRAL_API_KEY`);
    expect(stdout).toContain('.gitignore:1  There is no .gitignore');
    expect(stdout).not.toContain(key);
    const sarif = exec(['audit', dir, '--sarif', '--no-npm-audit']);
    expect(sarif.status).toBe(1);
    expect(JSON.parse(sarif.stdout).runs[0].results.length).toBeGreaterThanOrEqual(2);
    expect(sarif.stdout).not.toContain(key);
  });

  test('usage errors exit 2', () => {
    const { status, stderr } = exec(['audit', '--fail-on', 'sometimes']);
    expect(status).toBe(2);
    expect(stderr).toContain('--fail-on must be one of fail, warn, never');
  });
});
