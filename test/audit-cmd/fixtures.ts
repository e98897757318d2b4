/**
 * Fixture projects for `mistral-guard audit`, generated into temp directories. Keys are never literals
 * of this repository: they are built at run time from random parts, so the repository itself holds none.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { NpmAuditRunner } from '../../src/project-audit/index.js';

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

function pick(alphabet: string, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** A random string of `n` characters from `alphabet`, with at least one of each required set. */
function mixed(n: number, sets: string[]): string {
  const chars = [...sets.map((set) => pick(set, 1)), ...pick(sets.join(''), n - sets.length)];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

/** The shape of a Mistral API key: 32 letters and digits, mixed case. Fresh on every call. */
export function fakeMistralKey(): string {
  return mixed(32, [UPPER, LOWER, DIGITS]);
}

/** The shape of an AWS access key id (`AKIA` + 16), never the documentation's `...EXAMPLE`. */
export function fakeAwsKey(): string {
  return `AKIA${mixed(16, [UPPER, DIGITS])}`;
}

/** A long random token (hex), for `*_TOKEN=` values. */
export function fakeToken(): string {
  return randomBytes(20).toString('hex');
}

export type Files = Record<string, string>;

/** Writes `files` under a new temp directory; returns it and a cleanup. */
export function writeProject(files: Files, prefix = 'mg-audit-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The 1-based line of the first line of `text` containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`fixture: ${JSON.stringify(needle)} not found`);
  return index + 1;
}

/** `npm audit --json` output with the given counts, as npm 7+ prints it. */
export function npmAuditJson(counts: Partial<Record<'critical' | 'high' | 'moderate' | 'low', number>>, packages: Record<string, string> = {}): string {
  const all = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts };
  const total = all.low + all.moderate + all.high + all.critical;
  const vulnerabilities = Object.fromEntries(Object.entries(packages).map(([name, severity]) => [name, { name, severity, isDirect: true, via: [], effects: [], range: '*', nodes: [], fixAvailable: true }]));
  return JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { ...all, total }, dependencies: { prod: 10, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 10 } } });
}

/** An `npm audit` runner that answers with `stdout` (and records its calls). */
export function fakeNpmAudit(stdout: string, code = 0): NpmAuditRunner & { calls: { directory: string; args: readonly string[] }[] } {
  const calls: { directory: string; args: readonly string[] }[] = [];
  const runner = async (directory: string, args: readonly string[]) => {
    calls.push({ directory, args });
    return { code, stdout, stderr: '' };
  };
  return Object.assign(runner, { calls });
}

/** What npm prints when it cannot reach the audit endpoint. */
export const NPM_OFFLINE = JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.invalid/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.invalid', detail: '' } });

/**
 * A well-kept chat backend: keys from the environment, `.gitignore` with `.env*` and
 * `!.env.example`, the chat route behind headers, a rate limit and `secureChat()`, the Mistral call in
 * another module. Every check passes on it.
 */
export function cleanProject(): Files {
  return {
    'package.json': `${JSON.stringify(
      {
        name: 'acme-chat',
        private: true,
        type: 'module',
        scripts: { start: 'node dist/server.js', dev: 'MISTRAL_DEBUG=1 tsx watch src/server.ts' },
        dependencies: { '@mistralai/mistralai': '^2.7.0', express: '^5.1.0', 'mistral-guard': '^0.1.0' },
      },
      null,
      2,
    )}\n`,
    'package-lock.json': '{"name":"acme-chat","lockfileVersion":3,"packages":{}}\n',
    '.gitignore': 'node_modules/\ndist/\n.env*\n!.env.example\n',
    '.env.example': '# Copy to .env and fill in.\nMISTRAL_API_KEY=your-key-here\nMISTRAL_MODEL=mistral-small-latest\n',
    'README.md': '# ACME chat\n\nSet `MISTRAL_API_KEY=<your-key>` (for example `sk-xxxxxxxxxxxxxxxxxxxx`) before `npm start`.\nAWS docs use AKIAIOSFODNN7EXAMPLE as their sample key.\n',
    'src/llm.ts': [
      "import { createMistralClient } from 'mistral-guard';",
      "import type { GuardState } from 'mistral-guard';",
      '',
      'const mistral = createMistralClient();',
      '',
      'export async function answer(guard: GuardState): Promise<string> {',
      "  const response = await mistral.chat.complete({ model: 'mistral-small-latest', messages: guard.messages as never });",
      "  return String(response.choices[0]?.message?.content ?? '');",
      '}',
      '',
    ].join('\n'),
    'src/app.ts': [
      "import express from 'express';",
      "import { getGuard, guardErrorHandler, rateLimit, secureChat, securityHeaders } from 'mistral-guard/express';",
      "import { answer } from './llm.js';",
      '',
      'export const app = express();',
      'app.use(securityHeaders());',
      "app.use(express.json({ limit: '1mb' }));",
      'const guard = secureChat({ moderation: { timeoutMs: 2000 } });',
      '',
      "app.post('/api/chat', rateLimit(), ...guard, async (req, res, next) => {",
      '  try {',
      '    res.json({ reply: await answer(getGuard(req)) });',
      '  } catch (err) {',
      '    next(err);',
      '  }',
      '});',
      '',
      "app.get('/health', (_req, res) => {",
      '  res.json({ ok: true });',
      '});',
      'app.use(guardErrorHandler());',
      '',
    ].join('\n'),
    'src/server.ts': "import { app } from './app.js';\n\napp.listen(Number(process.env.PORT ?? 3000));\n",
    'test/app.test.ts': "import { app } from '../src/app.js';\n\ntest('the app exists', () => {\n  expect(app).toBeDefined();\n});\n",
  };
}
