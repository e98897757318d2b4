/**
 * `auditProject()`: a clean generated project passes every check; each defect, added to it alone,
 * fails (or warns) the right check at the right `path:line`, and no output ever holds a key.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditProject, formatAuditSarif, formatAuditText } from '../../src/project-audit/index.js';
import type { AuditCheckResult, AuditProjectOptions, AuditReport } from '../../src/project-audit/index.js';
import { fingerprintKey } from '../../src/mistral/api-key.js';
import { GuardConfigError } from '../../src/core/errors.js';
import type { Files } from './fixtures.js';
import { cleanProject, fakeAwsKey, fakeMistralKey, fakeNpmAudit, fakeToken, lineOf, NPM_OFFLINE, npmAuditJson, writeProject } from './fixtures.js';

const NO_VULNERABILITIES = npmAuditJson({});

async function audit(files: Files, options: AuditProjectOptions = {}, setup?: (dir: string) => void): Promise<AuditReport> {
  const project = writeProject(files);
  try {
    setup?.(project.dir);
    return await auditProject(project.dir, { runNpmAudit: fakeNpmAudit(NO_VULNERABILITIES), ...options });
  } finally {
    project.cleanup();
  }
}

function check(report: AuditReport, id: string): AuditCheckResult {
  const found = report.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}

const at = (result: AuditCheckResult): string[] => result.findings.map((f) => `${f.location.path}:${f.location.line}`);

/** Every check but `id` passes: a defect shows in its own check only. */
function othersPass(report: AuditReport, ...ids: string[]): void {
  const others = report.checks.filter((c) => !ids.includes(c.id) && c.status !== 'pass');
  expect(others.map((c) => ({ id: c.id, findings: at(c) }))).toEqual([]);
}

/** No rendering of the report holds `secret`. */
function neverPrints(report: AuditReport, secret: string): void {
  expect(JSON.stringify(report)).not.toContain(secret);
  expect(formatAuditText(report)).not.toContain(secret);
  expect(formatAuditSarif(report)).not.toContain(secret);
}

describe('the clean project', () => {
  test('passes every check (npm audit answered by the injected runner)', async () => {
    const runner = fakeNpmAudit(NO_VULNERABILITIES);
    const report = await audit(cleanProject(), { runNpmAudit: runner });
    expect(report.checks.map((c) => [c.id, c.status])).toEqual(report.checks.map((c) => [c.id, 'pass']));
    expect(report.summary).toEqual({ pass: 12, warn: 0, fail: 0, skip: 0 });
    expect(runner.calls).toHaveLength(1);
    expect(runner.calls[0]!.args).toEqual(['audit', '--json', '--omit=dev']);
    // The route was read (through the handler's call into src/llm.ts), not passed for want of routes.
    expect(check(report, 'chat-route-guards').notes).toEqual(['1 chat route(s) read.']);
  });
});

describe('secrets', () => {
  test('a hard-coded Mistral key: file:line and fingerprint, never the key', async () => {
    const key = fakeMistralKey();
    const config = `export const settings = {\n  model: 'mistral-small-latest',\n  mistralApiKey: '${key}',\n};\n`;
    const report = await audit({ ...cleanProject(), 'src/config.ts': config });
    const result = check(report, 'hardcoded-secret');
    expect(result.status).toBe('fail');
    expect(at(result)).toEqual([`src/config.ts:${lineOf(config, key)}`]);
    expect(result.findings[0]).toMatchObject({ secretType: 'MISTRAL_API_KEY', fingerprint: fingerprintKey(key), severity: 'fail' });
    expect(result.findings[0]!.message).toContain(fingerprintKey(key));
    othersPass(report, 'hardcoded-secret');
    neverPrints(report, key);
  });

  test('an AWS key in a JSON config and a token in YAML are found; placeholders are not', async () => {
    const aws = fakeAwsKey();
    const token = fakeToken();
    const json = `{\n  "region": "eu-west-3",\n  "accessKeyId": "${aws}"\n}\n`;
    const yaml = `service: chat\nenv:\n  GITHUB_TOKEN: ${token}\n  PLACEHOLDER_TOKEN: your-token-here\n`;
    const report = await audit({ ...cleanProject(), 'config/aws.json': json, 'deploy/app.yaml': yaml });
    const result = check(report, 'hardcoded-secret');
    expect(at(result).sort()).toEqual([`config/aws.json:${lineOf(json, aws)}`, `deploy/app.yaml:${lineOf(yaml, token)}`]);
    neverPrints(report, aws);
    neverPrints(report, token);
  });

  test('code that merely looks like an assignment to a secret name is not a secret', async () => {
    const code = "const pass = slowPass(input, state);\nconst token = tokens.next();\nexport const password: string | undefined = process.env.DB_PASSWORD;\n";
    const docs = `Example:\n\n    const pass = slowPass(input, state);\n`;
    const report = await audit({ ...cleanProject(), 'src/passes.ts': code, 'docs/passes.md': docs });
    expect(check(report, 'hardcoded-secret').status).toBe('pass');
  });

  test('a key in a comment is a finding too', async () => {
    const key = fakeMistralKey();
    const code = `// old key: MISTRAL_API_KEY=${key}\nexport const x = 1;\n`;
    const report = await audit({ ...cleanProject(), 'src/old.ts': code });
    expect(at(check(report, 'hardcoded-secret'))).toEqual(['src/old.ts:1']);
  });

  test('a committed .env: the key in it and the missing ignore', async () => {
    const key = fakeMistralKey();
    const files = { ...cleanProject(), '.gitignore': 'node_modules/\n', '.env': `PORT=3000\nMISTRAL_API_KEY=${key}\n` };
    const report = await audit(files);
    expect(at(check(report, 'hardcoded-secret'))).toEqual(['.env:2']);
    const gitignore = check(report, 'gitignore-env');
    expect(gitignore.status).toBe('fail');
    expect(at(gitignore)).toEqual(['.gitignore:1', '.env:1']);
    expect(gitignore.findings[0]!.message).toMatch(/does not ignore `\.env`, `\.env\.local`/);
    othersPass(report, 'hardcoded-secret', 'gitignore-env');
    neverPrints(report, key);
  });

  test('a .env that git ignores is not read (it is not committed)', async () => {
    const key = fakeMistralKey();
    const report = await audit({ ...cleanProject(), '.env': `MISTRAL_API_KEY=${key}\n` });
    othersPass(report);
  });

  test('.env.example with a real-looking value fails env-example-values, naming the variable', async () => {
    const key = fakeMistralKey();
    const example = `# Copy to .env\nPORT=3000\nMISTRAL_API_KEY=${key}\n`;
    const report = await audit({ ...cleanProject(), '.env.example': example });
    const result = check(report, 'env-example-values');
    expect(result.status).toBe('fail');
    expect(at(result)).toEqual(['.env.example:3']);
    expect(result.findings[0]!.message).toContain('MISTRAL_API_KEY');
    othersPass(report, 'env-example-values');
    neverPrints(report, key);
  });
});

describe('.gitignore', () => {
  test('no .gitignore: the missing ignore is named at .gitignore:1', async () => {
    const files = cleanProject();
    delete (files as Record<string, string>)['.gitignore'];
    const report = await audit(files);
    const result = check(report, 'gitignore-env');
    expect(result.status).toBe('fail');
    expect(at(result)).toEqual(['.gitignore:1']);
    expect(result.findings[0]!.message).toMatch(/no \.gitignore.*\.env\*.*!\.env\.example/);
    othersPass(report, 'gitignore-env');
  });

  test('a .gitignore with only `.env` misses the other env files', async () => {
    const report = await audit({ ...cleanProject(), '.gitignore': 'node_modules/\n.env\n' });
    const result = check(report, 'gitignore-env');
    expect(result.status).toBe('fail');
    expect(result.findings[0]!.message).toMatch(/`\.env\.local`, `\.env\.production`/);
    expect(result.findings[0]!.message).not.toMatch(/`\.env`,/);
  });

  test('a negation that re-opens an env file is pointed at', async () => {
    const gitignore = 'node_modules/\n.env*\n!.env.example\n!.env.production\n';
    const report = await audit({ ...cleanProject(), '.gitignore': gitignore });
    expect(at(check(report, 'gitignore-env'))).toEqual([`.gitignore:${lineOf(gitignore, '!.env.production')}`]);
  });

  test('ignoring .env.example too is a warning', async () => {
    const report = await audit({ ...cleanProject(), '.gitignore': 'node_modules/\n.env*\n' });
    const result = check(report, 'gitignore-env');
    expect(result.status).toBe('warn');
    expect(at(result)).toEqual(['.gitignore:2']);
  });

  test('an env file in a subfolder that no rule covers is named', async () => {
    const report = await audit({ ...cleanProject(), '.gitignore': 'node_modules/\n/.env*\n!.env.example\n', 'services/api/.env.production': 'PORT=1\n' });
    expect(at(check(report, 'gitignore-env'))).toEqual(['services/api/.env.production:1']);
  });
});

describe('key handling', () => {
  test('a literal key given to the SDK fails api-key-literal (and hardcoded-secret)', async () => {
    const key = fakeMistralKey();
    const code = `import { Mistral } from '@mistralai/mistralai';\n\nexport const client = new Mistral({\n  apiKey: '${key}',\n});\n`;
    const report = await audit({ ...cleanProject(), 'src/client.ts': code });
    const result = check(report, 'api-key-literal');
    expect(result.status).toBe('fail');
    expect(at(result)).toEqual(['src/client.ts:4']);
    expect(result.findings[0]!.fingerprint).toBe(fingerprintKey(key));
    expect(at(check(report, 'hardcoded-secret'))).toEqual(['src/client.ts:4']);
    neverPrints(report, key);
  });

  test('a literal fallback behind the environment, through a constant, is found', async () => {
    const key = fakeMistralKey();
    const code = `import { createMistralClient } from 'mistral-guard';\nconst FALLBACK = '${key}';\nexport const client = createMistralClient({ apiKey: process.env.MISTRAL_API_KEY ?? FALLBACK });\n`;
    const report = await audit({ ...cleanProject(), 'src/client.ts': code });
    expect(check(report, 'api-key-literal').findings.map((f) => [f.severity, `${f.location.path}:${f.location.line}`])).toEqual([['fail', 'src/client.ts:2']]);
    neverPrints(report, key);
  });

  test('a dummy key for a local fake server is fine; the same dummy for Mistral warns', async () => {
    const local = "import { createMistralClient } from 'mistral-guard';\nexport const fake = createMistralClient({ apiKey: 'offline-demo', serverURL: process.env.FAKE_URL });\n";
    const remote = "import { createMistralClient } from 'mistral-guard';\nexport const real = createMistralClient({ apiKey: 'not-a-real-key' });\n";
    const quiet = await audit({ ...cleanProject(), 'src/local.ts': local });
    expect(check(quiet, 'api-key-literal').status).toBe('pass');
    const report = await audit({ ...cleanProject(), 'src/remote.ts': remote });
    const result = check(report, 'api-key-literal');
    expect(result.status).toBe('warn');
    expect(at(result)).toEqual(['src/remote.ts:2']);
  });

  test('debugLogger on the SDK outside a development check fails; under NODE_ENV it passes', async () => {
    const open = "import { Mistral } from '@mistralai/mistralai';\n\nexport const client = new Mistral({\n  apiKey: process.env.MISTRAL_API_KEY,\n  debugLogger: console,\n});\n";
    const guarded = "import { Mistral } from '@mistralai/mistralai';\nconst dev = process.env.NODE_ENV === 'development';\nexport const a = new Mistral({ debugLogger: process.env.NODE_ENV === 'development' ? console : undefined });\nexport const b = dev ? new Mistral({ debugLogger: console }) : new Mistral();\nif (process.env.NODE_ENV !== 'production') {\n  new Mistral({ debugLogger: console });\n}\nexport const c = new Mistral({ debugLogger: undefined });\n";
    const report = await audit({ ...cleanProject(), 'src/client.ts': open });
    const result = check(report, 'sdk-debug-logging');
    expect(result.status).toBe('fail');
    expect(at(result)).toEqual(['src/client.ts:5']);
    othersPass(report, 'sdk-debug-logging');
    expect(check(await audit({ ...cleanProject(), 'src/client.ts': guarded }), 'sdk-debug-logging').status).toBe('pass');
  });

  test("createMistralClient({ debugLogger }) warns: the factory refuses it in production, so the app would not start", async () => {
    const code = "import * as guard from 'mistral-guard';\nexport const client = guard.createMistralClient({ debugLogger: console });\n";
    const result = check(await audit({ ...cleanProject(), 'src/client.ts': code }), 'sdk-debug-logging');
    expect(result.findings.map((f) => [f.severity, `${f.location.path}:${f.location.line}`])).toEqual([['warn', 'src/client.ts:2']]);
  });

  test('MISTRAL_DEBUG in code, a Dockerfile, a compose file and a start script fails; in dev files it does not', async () => {
    const files: Files = {
      ...cleanProject(),
      'src/boot.ts': "process.env.MISTRAL_DEBUG = 'true';\nif (process.env.NODE_ENV === 'development') process.env.MISTRAL_DEBUG = '1';\n",
      Dockerfile: 'FROM node:20\nENV NODE_ENV=production\nENV MISTRAL_DEBUG=false\nCMD ["node", "dist/server.js"]\n',
      'docker-compose.yml': 'services:\n  api:\n    environment:\n      MISTRAL_DEBUG: "1"\n',
      'docker-compose.dev.yml': 'services:\n  api:\n    environment:\n      MISTRAL_DEBUG: "1"\n',
    };
    const pkg = JSON.parse(files['package.json']!) as { scripts: Record<string, string> };
    pkg.scripts.start = 'MISTRAL_DEBUG=1 node dist/server.js';
    files['package.json'] = `${JSON.stringify(pkg, null, 2)}\n`;
    const report = await audit(files);
    const result = check(report, 'sdk-debug-logging');
    expect(at(result).sort()).toEqual(['Dockerfile:3', 'docker-compose.yml:4', `package.json:${lineOf(files['package.json'], '"start"')}`, 'src/boot.ts:1'].sort());
    expect(result.findings.find((f) => f.location.path === 'Dockerfile')!.message).toMatch(/even "false"/);
  });
});

describe('guard coverage of chat routes', () => {
  const handler = "async (req, res) => {\n  const reply = await mistral.chat.complete({ model: 'mistral-small-latest', messages: req.body.messages });\n  res.json(reply);\n}";
  const expressHead = "import express from 'express';\nimport { Mistral } from '@mistralai/mistralai';\nimport { auditLog, moderate, rateLimit, sanitizeInput, sanitizeOutput, secureChat, securityHeaders } from 'mistral-guard/express';\nconst mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });\nexport const app = express();\napp.use(securityHeaders(), rateLimit());\n";

  async function routeFindings(code: string, rel = 'src/routes.ts', extra: Files = {}) {
    const report = await audit({ ...cleanProject(), [rel]: code, ...extra });
    return { report, result: check(report, 'chat-route-guards') };
  }

  test('a route that calls chat.complete with no guard fails with its path:line and every missing guard', async () => {
    const code = `${expressHead}app.post('/api/ask', ${handler});\n`;
    const { report, result } = await routeFindings(code);
    expect(result.status).toBe('fail');
    expect(at(result)).toEqual([`src/routes.ts:${lineOf(code, "app.post('/api/ask'")}`]);
    expect(result.findings[0]!.route).toEqual({ method: 'POST', path: '/api/ask', missing: ['sanitizeInput', 'moderate', 'sanitizeOutput', 'auditLog'] });
    othersPass(report, 'chat-route-guards');
  });

  test('a partly guarded route names only what is missing', async () => {
    const code = `${expressHead}app.post('/api/ask', sanitizeInput(), moderate(), ${handler});\n`;
    const { result } = await routeFindings(code);
    expect(result.findings[0]!.route!.missing).toEqual(['sanitizeOutput', 'auditLog']);
  });

  test('chained registrations are read: route(path).get().post(), app.get().post()', async () => {
    const code = `${expressHead}app.route('/api/ask').get((req, res) => res.end()).post(${handler});\napp.get('/x', (req, res) => res.end()).post('/api/other', ${handler});\n`;
    const { result } = await routeFindings(code);
    expect(result.findings.map((f) => `${f.route!.method} ${f.route!.path}`)).toEqual(['POST /api/ask', 'POST /api/other']);
  });

  test('guards after the handler do not count', async () => {
    const code = `${expressHead}app.post('/api/ask', ${handler}, secureChat());\n`;
    expect((await routeFindings(code)).result.findings[0]!.route!.missing).toHaveLength(4);
  });

  test('secureChat({ moderation: false }) leaves moderation out', async () => {
    const code = `${expressHead}app.post('/api/ask', ...secureChat({ moderation: false }), ${handler});\n`;
    expect((await routeFindings(code)).result.findings[0]!.route!.missing).toEqual(['moderate']);
  });

  test('app.use() before the route covers it; after it does not', async () => {
    const before = `${expressHead}app.use(secureChat());\napp.post('/api/ask', ${handler});\n`;
    const after = `${expressHead}app.post('/api/ask', ${handler});\napp.use(secureChat());\n`;
    expect((await routeFindings(before)).result.status).toBe('pass');
    expect((await routeFindings(after)).result.status).toBe('fail');
  });

  test('the four guards one by one, and a guard stack from a small factory in another module', async () => {
    const one = `${expressHead}app.post('/a', sanitizeInput(), moderate(), sanitizeOutput(), auditLog(), ${handler});\n`;
    expect((await routeFindings(one)).result.status).toBe('pass');
    const factory = "import { auditLog, sanitizeOutput, secureChat } from 'mistral-guard/express';\nexport const chatGuards = () => [...secureChat(), sanitizeOutput(), auditLog()];\n";
    const code = `${expressHead}import { chatGuards } from './guards.js';\napp.post('/a', chatGuards(), ${handler});\n`;
    expect((await routeFindings(code, 'src/routes.ts', { 'src/guards.ts': factory })).result.status).toBe('pass');
  });

  test('an Express router mounted under /api inherits the guards used on the app before the mount', async () => {
    const router = `import { Router } from 'express';\nimport { Mistral } from '@mistralai/mistralai';\nconst mistral = new Mistral();\nexport const chat = Router();\nchat.post('/chat', ${handler});\n`;
    const app = "import express from 'express';\nimport { rateLimit, secureChat, securityHeaders } from 'mistral-guard/express';\nimport { chat } from './chat-router.js';\nexport const app = express();\napp.use(securityHeaders(), rateLimit());\napp.use('/api', secureChat());\napp.use('/api', chat);\n";
    const report = await audit({ ...cleanProject(), 'src/chat-router.ts': router, 'src/main.ts': app });
    expect(check(report, 'chat-route-guards').status).toBe('pass');
    expect(check(report, 'chat-route-guards').notes).toEqual(['2 chat route(s) read.']);
    // Without the app-level guard, the route is named with its full path.
    const bare = app.replace("app.use('/api', secureChat());\n", '');
    const failing = check(await audit({ ...cleanProject(), 'src/chat-router.ts': router, 'src/main.ts': bare }), 'chat-route-guards');
    expect(failing.findings.map((f) => [`${f.location.path}:${f.location.line}`, f.route!.path])).toEqual([[`src/chat-router.ts:5`, '/api/chat']]);
  });

  test('Koa: app.use(secureChat()) before router.routes() covers the router; a guard on the route covers it too', async () => {
    const koa = (useGuard: boolean, onRoute: string) =>
      `import Koa from 'koa';\nimport Router from '@koa/router';\nimport { Mistral } from '@mistralai/mistralai';\nimport { rateLimit, secureChat, securityHeaders } from 'mistral-guard/koa';\nconst mistral = new Mistral();\nconst app = new Koa();\nconst router = new Router({ prefix: '/v1' });\nrouter.post('/chat', ${onRoute}async (ctx) => {\n  ctx.body = await mistral.chat.stream({ model: 'm', messages: [] });\n});\napp.use(securityHeaders());\napp.use(rateLimit());\n${useGuard ? 'app.use(secureChat());\n' : ''}app.use(router.routes());\n`;
    expect(check(await audit({ ...cleanProject(), 'src/koa.ts': koa(true, '') }), 'chat-route-guards').status).toBe('pass');
    expect(check(await audit({ ...cleanProject(), 'src/koa.ts': koa(false, 'secureChat(), ') }), 'chat-route-guards').status).toBe('pass');
    const failing = check(await audit({ ...cleanProject(), 'src/koa.ts': koa(false, '') }), 'chat-route-guards');
    expect(failing.findings.map((f) => [`${f.location.path}:${f.location.line}`, f.route])).toEqual([['src/koa.ts:8', { method: 'POST', path: '/v1/chat', missing: ['sanitizeInput', 'moderate', 'sanitizeOutput', 'auditLog'] }]]);
  });

  test('an HTTP client call to the chat REST path counts as a chat call; an axios.post is no route', async () => {
    const code = "import express from 'express';\nimport axios from 'axios';\nexport const app = express();\nconst URL = 'https://api.mistral.ai/v1/chat/completions';\napp.post('/proxy', async (req, res) => {\n  const r = await fetch(URL, { method: 'POST', body: JSON.stringify(req.body) });\n  res.json(await r.json());\n});\nexport const send = (body: unknown) => axios.post('/v1/chat/completions', body);\n";
    const result = check(await audit({ ...cleanProject(), 'src/proxy.ts': code }), 'chat-route-guards');
    expect(result.findings.map((f) => f.route!.path)).toEqual(['/proxy']);
  });

  test('a controller in another module that calls chat through a helper in a third is followed', async () => {
    const helper = "import { Mistral } from '@mistralai/mistralai';\nconst client = new Mistral();\nexport async function ask(messages: never[]) {\n  return client.agents.complete({ agentId: 'a', messages });\n}\n";
    const controller = "import * as llm from '../lib/llm.js';\nexport const chatController = {\n  async post(req: any, res: any) {\n    res.json(await llm.ask(req.body.messages));\n  },\n};\nexport default async function handle(req: any, res: any) {\n  res.json(await llm.ask(req.body.messages));\n}\n";
    const routes = "import express from 'express';\nimport handle, { chatController } from './controllers/chat.js';\nexport const app = express();\napp.post('/a', handle);\napp.post('/b', chatController.post);\napp.post('/c', (req, res) => res.json({ ok: true }));\n";
    const result = check(await audit({ ...cleanProject(), 'src/lib/llm.ts': helper, 'src/controllers/chat.ts': controller, 'src/routes.ts': routes }), 'chat-route-guards');
    expect(result.findings.map((f) => `${f.location.path}:${f.location.line} ${f.route!.path}`)).toEqual(['src/routes.ts:4 /a', 'src/routes.ts:5 /b']);
    expect(result.findings[0]!.message).toMatch(/calls the Mistral chat API without/);
  });

  test('headers and rate limits missing on a guarded chat route are warnings on that route', async () => {
    const code = "import express from 'express';\nimport { Mistral } from '@mistralai/mistralai';\nimport { secureChat } from 'mistral-guard/express';\nconst mistral = new Mistral();\nexport const app = express();\napp.post('/api/chat', secureChat(), async (req, res) => {\n  res.json(await mistral.chat.complete({ model: 'm', messages: [] }));\n});\n";
    const report = await audit({ ...cleanProject(), 'src/app.ts': code });
    expect(check(report, 'chat-route-guards').status).toBe('pass');
    for (const id of ['security-headers', 'rate-limit']) {
      const result = check(report, id);
      expect(result.status).toBe('warn');
      expect(at(result)).toEqual(['src/app.ts:6']);
    }
    // helmet() and express-rate-limit count as well.
    const third = code.replace("import { secureChat } from 'mistral-guard/express';", "import { secureChat } from 'mistral-guard/express';\nimport helmet from 'helmet';\nimport { rateLimit } from 'express-rate-limit';").replace('export const app = express();', 'export const app = express();\napp.use(helmet());\napp.use(rateLimit({ windowMs: 60_000, limit: 20 }));');
    const ok = await audit({ ...cleanProject(), 'src/app.ts': third });
    expect([check(ok, 'security-headers').status, check(ok, 'rate-limit').status]).toEqual(['pass', 'pass']);
    // A limiter applied through custom middleware cannot be followed: its use is taken as covering.
    const limiter = "const { RateLimiterMemory } = require('rate-limiter-flexible');\nmodule.exports = new RateLimiterMemory({ points: 10, duration: 1 });\n";
    const custom = check(await audit({ ...cleanProject(), 'src/app.ts': code, 'src/limiter.cjs': limiter }), 'rate-limit');
    expect([custom.status, custom.notes]).toEqual(['pass', ['Rate limiting through rate-limiter-flexible (src/limiter.cjs) is assumed to cover the chat routes.']]);
  });

  test('chat calls where no route can be read (another framework, a worker) warn, so a pass cannot hide them', async () => {
    const files = cleanProject();
    delete (files as Record<string, string>)['src/app.ts'];
    files['src/handler.ts'] = "import { Mistral } from '@mistralai/mistralai';\nconst mistral = new Mistral();\nexport async function POST(request: Request) {\n  const body = await request.json();\n  return Response.json(await mistral.chat.complete({ model: 'm', messages: body.messages }));\n}\n";
    const result = check(await audit(files), 'chat-route-guards');
    expect(result.status).toBe('warn');
    expect(at(result).sort()).toEqual(['src/handler.ts:5', 'src/llm.ts:7']);
    expect(result.notes).toEqual(['No Express or Koa route found in the code.']);
  });

  test('test files are left out of the code checks unless includeTests', async () => {
    const code = `${expressHead}app.post('/api/ask', ${handler});\n`;
    expect(check(await audit({ ...cleanProject(), 'test/unguarded.test.ts': code }), 'chat-route-guards').status).toBe('pass');
    expect(check(await audit({ ...cleanProject(), 'test/unguarded.test.ts': code }, { includeTests: true }), 'chat-route-guards').status).toBe('fail');
  });
});

describe('weakened guards', () => {
  test("a -latest moderation model warns at its line, also through a constant", async () => {
    const code = "import { moderate, secureChat } from 'mistral-guard/express';\nconst MODEL = 'mistral-moderation-latest';\nexport const a = moderate({ model: 'mistral-moderation-latest' });\nexport const b = secureChat({ moderation: { model: MODEL } });\nexport const c = moderate({ model: 'mistral-moderation-2603' });\n";
    const report = await audit({ ...cleanProject(), 'src/mod.ts': code });
    const result = check(report, 'moderation-model-pinned');
    expect(result.status).toBe('warn');
    expect(at(result)).toEqual(['src/mod.ts:3', 'src/mod.ts:4']);
    othersPass(report, 'moderation-model-pinned');
  });

  test("onError: 'allow' warns wherever it is given to a guard: inline, nested, through a constant", async () => {
    const code = "import { moderate, secureChat } from 'mistral-guard/express';\nconst lenient = { onError: 'allow' as const };\nexport const a = moderate({ onError: 'allow' });\nexport const b = secureChat({ moderation: { onError: 'allow' } });\nexport const c = moderate(lenient);\nexport const d = moderate({ onError: 'block' });\n";
    const report = await audit({ ...cleanProject(), 'src/mod.ts': code });
    const result = check(report, 'fail-open');
    expect(result.status).toBe('warn');
    expect(at(result)).toEqual(['src/mod.ts:3', 'src/mod.ts:4', 'src/mod.ts:2']);
    expect(result.findings[0]!.message).toMatch(/moderate\(\)/);
  });
});

describe('dependencies', () => {
  test('an SDK v1 range warns at its line in package.json', async () => {
    const files = cleanProject();
    files['package.json'] = files['package.json']!.replace('"^2.7.0"', '"^1.5.0"');
    const report = await audit(files);
    const result = check(report, 'dependency-versions');
    expect(result.status).toBe('warn');
    expect(at(result)).toEqual([`package.json:${lineOf(files['package.json'], '@mistralai/mistralai')}`]);
    expect(result.findings[0]!.message).toMatch(/"\^1\.5\.0" allows 1\.5\.0; supported: >=2\.7\.0 <3/);
  });

  test('the installed version wins over the declared range', async () => {
    const files = { ...cleanProject(), 'node_modules/@mistralai/mistralai/package.json': '{"name":"@mistralai/mistralai","version":"2.1.0"}' };
    const result = check(await audit(files), 'dependency-versions');
    expect(result.findings[0]!.message).toMatch(/2\.1\.0 is installed/);
  });

  test('npm audit: high fails, moderate warns, offline and errors skip with a note', async () => {
    const high = await audit(cleanProject(), { runNpmAudit: fakeNpmAudit(npmAuditJson({ high: 1, moderate: 2 }, { lodash: 'high', qs: 'moderate' }), 1) });
    const highCheck = check(high, 'npm-audit');
    expect(highCheck.status).toBe('fail');
    expect(highCheck.findings[0]!.message).toMatch(/1 high, 2 moderate: lodash \(high\), qs \(moderate\)/);
    expect(check(await audit(cleanProject(), { runNpmAudit: fakeNpmAudit(npmAuditJson({ low: 3 }), 1) }), 'npm-audit').status).toBe('warn');
    const offline = check(await audit(cleanProject(), { runNpmAudit: fakeNpmAudit(NPM_OFFLINE, 1) }), 'npm-audit');
    expect(offline.status).toBe('skip');
    expect(offline.notes[0]).toMatch(/ENOTFOUND.*offline/);
    const broken = check(await audit(cleanProject(), { runNpmAudit: async () => Promise.reject(new Error('spawn npm ENOENT')) }), 'npm-audit');
    expect([broken.status, broken.notes[0]]).toEqual(['skip', 'npm audit could not run: spawn npm ENOENT']);
    const files = cleanProject();
    delete (files as Record<string, string>)['package-lock.json'];
    const runner = fakeNpmAudit(NO_VULNERABILITIES);
    expect(check(await audit(files, { runNpmAudit: runner }), 'npm-audit').status).toBe('skip');
    expect(runner.calls).toHaveLength(0);
    expect(check(await audit(cleanProject(), { npmAudit: false }), 'npm-audit').notes).toEqual(['npm audit turned off.']);
  });
});

describe('what the walk leaves out', () => {
  test('dependencies, build output, lockfiles, binaries, huge files, ignored paths and symlinks out', async () => {
    const key = () => `MISTRAL_API_KEY=${fakeMistralKey()}\n`;
    const files: Files = {
      ...cleanProject(),
      '.gitignore': 'node_modules/\n.env*\n!.env.example\nsecrets/\n',
      'node_modules/some-lib/index.js': key(),
      'dist/server.js': key(),
      'coverage/lcov.info': key(),
      'yarn.lock': key(),
      'secrets/local.json': key(),
      'fixtures/sample.ts': key(),
    };
    const outside = writeProject({ 'leak.ts': key() }, 'mg-outside-');
    try {
      const report = await audit(files, { maxFileBytes: 4096, exclude: ['fixtures/'] }, (dir) => {
        writeFileSync(join(dir, 'logo.bin'), Buffer.concat([Buffer.from([0, 1, 2, 0]), Buffer.from(key())]));
        writeFileSync(join(dir, 'big.txt'), `${'x'.repeat(5000)}\n${key()}`);
        mkdirSync(join(dir, 'linked'));
        symlinkSync(outside.dir, join(dir, 'linked', 'outside'));
        symlinkSync(join(outside.dir, 'leak.ts'), join(dir, 'leak.ts'));
      });
      expect(check(report, 'hardcoded-secret').findings).toEqual([]);
      expect(report.notes.join(' ')).toMatch(/1 file\(s\) over the size limit left out\. 2 symbolic link\(s\) not followed\./);
    } finally {
      outside.cleanup();
    }
  });

  test('a file git ignores in a nested .gitignore is left out; one it re-includes is read', async () => {
    const files: Files = { ...cleanProject(), 'config/.gitignore': '*.local.json\n!public.local.json\n', 'config/dev.local.json': `{"apiKey": "${fakeMistralKey()}"}\n`, 'config/public.local.json': `{"apiKey": "${fakeMistralKey()}"}\n` };
    expect(at(check(await audit(files), 'hardcoded-secret'))).toEqual(['config/public.local.json:1']);
  });
});

describe('options', () => {
  test('unknown options and unknown check ids are refused with the closest name', async () => {
    await expect(auditProject('.', { skp: ['x'] } as never)).rejects.toThrow(GuardConfigError);
    await expect(auditProject('.', { skp: ['x'] } as never)).rejects.toThrow(/Did you mean `skip`/);
    await expect(auditProject('.', { skip: ['rate-limits'] })).rejects.toThrow(/unknown check `rate-limits`. Did you mean `rate-limit`/);
    await expect(auditProject(join(__dirname, 'no-such-dir'))).rejects.toThrow(/is not a directory/);
    await expect(auditProject('.', { requiredGuards: ['moderation' as never] })).rejects.toThrow(/unknown guard `moderation` in requiredGuards. Did you mean `moderate`/);
  });

  test('skip leaves a check out as skip; requiredGuards narrows the chat guards', async () => {
    const files = cleanProject();
    delete (files as Record<string, string>)['.gitignore'];
    const report = await audit(files, { skip: ['gitignore-env'] });
    expect(check(report, 'gitignore-env')).toMatchObject({ status: 'skip', notes: ['Skipped on request.'] });
    const code = "import express from 'express';\nimport { sanitizeInput } from 'mistral-guard/express';\nimport { answer } from './llm.js';\nexport const app = express();\napp.post('/x', sanitizeInput(), async (req, res) => res.json(await answer(req as never)));\n";
    const narrowed = await audit({ ...cleanProject(), 'src/x.ts': code }, { requiredGuards: ['sanitizeInput'] });
    expect(check(narrowed, 'chat-route-guards').status).toBe('pass');
  });
});
