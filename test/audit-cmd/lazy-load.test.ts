/**
 * The core import path stays light: importing `mistral-guard` loads neither the parser nor the audit's
 * other dependencies; they load when an audit runs. Checked on a CommonJS bundle of the sources (the
 * dependencies external, as in the published build), in a fresh process.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const repo = resolve(__dirname, '../..');
// Under node_modules/.cache: the dependencies resolve from there, and linters skip it.
const out = join(repo, 'node_modules', '.cache', 'mistral-guard-tests', `audit-lazy-${randomBytes(4).toString('hex')}`);

afterAll(() => rmSync(out, { recursive: true, force: true }));

test('importing the core loads no audit dependency; auditProject() loads them on first use', () => {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; peerDependencies: Record<string, string> };
  buildSync({
    entryPoints: [join(repo, 'src', 'index.ts')],
    outfile: join(out, 'index.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)],
    logLevel: 'error',
  });
  const script = `
    const loaded = () => Object.keys(require.cache).map((k) => k.split('node_modules/')[1]).filter((k) => k && /^(@babel\\/parser|ignore|semver)\\//.test(k)).map((k) => k.split('/').slice(0, k.startsWith('@') ? 2 : 1).join('/'));
    const core = require(${JSON.stringify(join(out, 'index.cjs'))});
    const before = [...new Set(loaded())];
    core.auditProject(${JSON.stringify(join(repo, 'examples', 'express-chat'))}, { npmAudit: false }).then(() => {
      process.stdout.write(JSON.stringify({ before, after: [...new Set(loaded())].sort() }));
    });
  `;
  const result = spawnSync(process.execPath, ['-e', script], { cwd: repo, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(JSON.parse(result.stdout)).toEqual({ before: [], after: ['@babel/parser', 'ignore', 'semver'] });
});
