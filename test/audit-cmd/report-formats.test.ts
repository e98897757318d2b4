/**
 * The report's three renderings: readable text with `path:line`, JSON, and SARIF 2.1.0 validated against
 * the SARIF 2.1.0 JSON schema (the schema file shipped, MIT, by Microsoft's sarif-js-sdk package
 * `@microsoft/jest-sarif`; validated with ajv's draft-04 build and ajv-formats).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { auditProject, formatAuditSarif, formatAuditText } from '../../src/project-audit/index.js';
import type { AuditReport } from '../../src/project-audit/index.js';
import { fingerprintKey } from '../../src/mistral/api-key.js';
import { cleanProject, fakeMistralKey, fakeNpmAudit, lineOf, NPM_OFFLINE, npmAuditJson, writeProject } from './fixtures.js';
import type { Files } from './fixtures.js';

const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
// The schema's language pattern (`^[a-zA-Z]{2}|...]?$`) is valid only without the RegExp `u` flag.
// Both packages are CommonJS with `exports.default`: `.default` reads the same under tsc and ts-jest.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

async function audit(files: Files, stdout = npmAuditJson({})): Promise<AuditReport> {
  const project = writeProject(files);
  try {
    return await auditProject(project.dir, { runNpmAudit: fakeNpmAudit(stdout) });
  } finally {
    project.cleanup();
  }
}

/** A project with findings of most kinds: secret, gitignore, route, fail-open, and a skipped npm audit. */
function defective(key: string): Files {
  const files = cleanProject();
  delete (files as Record<string, string>)['.gitignore'];
  files['src/config.ts'] = `export const mistralApiKey = '${key}';\n`;
  files['src/app.ts'] = files['src/app.ts']!.replace('rateLimit(), ...guard, ', '').replace('secureChat({ moderation: { timeoutMs: 2000 } })', "secureChat({ moderation: { onError: 'allow' } })");
  files['src/dir with space/ünïcode.ts'] = "import { moderate } from 'mistral-guard/express';\nexport const lenient = moderate({ onError: 'allow' });\n";
  return files;
}

test('the schema is the SARIF 2.1.0 one, and the validator rejects a broken log', () => {
  expect(String(schema.title)).toMatch(/SARIF\) Version 2\.1\.0/);
  expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
  expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
  expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { region: { startLine: 0 } } }] }] }] })).toBe(false);
});

test('SARIF of a clean and of a failing project validates; results carry rule, level, path and line', async () => {
  const clean = JSON.parse(formatAuditSarif(await audit(cleanProject()))) as Record<string, any>;
  expect(validate(clean)).toBe(true);
  expect(clean.runs[0].results).toEqual([]);
  expect(clean.runs[0].tool.driver.rules.map((r: { id: string }) => r.id)).toHaveLength(12);

  const key = fakeMistralKey();
  const report = await audit(defective(key), NPM_OFFLINE);
  const text = formatAuditSarif(report);
  const sarif = JSON.parse(text) as Record<string, any>;
  const ok = validate(sarif);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  expect(text).not.toContain(key);
  const run = sarif.runs[0];
  const byRule = (id: string) => run.results.filter((r: { ruleId: string }) => r.ruleId === id);
  const [secret] = byRule('hardcoded-secret');
  expect(secret).toMatchObject({
    level: 'error',
    partialFingerprints: { 'secretFingerprint/v1': fingerprintKey(key) },
    locations: [{ physicalLocation: { artifactLocation: { uri: 'src/config.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 1 } } }],
  });
  expect(run.tool.driver.rules[secret.ruleIndex].id).toBe('hardcoded-secret');
  expect(byRule('gitignore-env')[0].locations[0].physicalLocation.artifactLocation.uri).toBe('.gitignore');
  expect(byRule('fail-open').map((r: any) => [r.level, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual([
    ['warning', 'src/app.ts'],
    ['warning', 'src/dir%20with%20space/%C3%BCn%C3%AFcode.ts'],
  ]);
  expect(byRule('rate-limit')[0].properties.route).toEqual({ method: 'POST', path: '/api/chat', missing: ['rateLimit'] });
  expect(run.invocations[0].toolExecutionNotifications).toEqual([expect.objectContaining({ level: 'note', descriptor: { id: 'npm-audit' } })]);
});

test('the text report: a line per check, each finding as path:line, what to do, never the key', async () => {
  const key = fakeMistralKey();
  const files = defective(key);
  const report = await audit(files, NPM_OFFLINE);
  const text = formatAuditText(report);
  expect(text).not.toContain(key);
  const lines = text.split('\n');
  expect(lines).toContain(`      src/config.ts:1  MISTRAL_API_KEY in mistralApiKey is hard-coded (fingerprint ${fingerprintKey(key)}).`);
  expect(lines.some((line) => /^FAIL {2}gitignore-env {2,}/.test(line))).toBe(true);
  expect(lines).toContain('      .gitignore:1  There is no .gitignore: .env files (and the keys in them) can be committed. Add `.env*` and `!.env.example`.');
  const failOpenLine = lineOf(files['src/app.ts']!, "onError: 'allow'");
  expect(lines.some((line) => line.startsWith(`      src/app.ts:${failOpenLine}  \`onError: 'allow'\` in secureChat()`))).toBe(true);
  // Three failed checks and two with warnings (fail-open, and rate-limit: the route lost rateLimit()).
  expect(lines.filter((line) => line.startsWith('      What to do: '))).toHaveLength(5);
  expect(text).toMatch(/^SKIP {2}npm-audit .*\n {6}npm audit could not answer \(ENOTFOUND/m);
  expect(lines.at(-2)).toMatch(/^3 failed, 2 with warnings, 6 passed, 1 skipped\./);
});

test('the JSON report round-trips and holds relative paths only', async () => {
  const project = writeProject(defective(fakeMistralKey()));
  try {
    // The directory as the caller names it (here relative); every path in the report is relative to it.
    const report = await auditProject(relative(process.cwd(), project.dir), { npmAudit: false });
    const json = JSON.stringify(report);
    expect(JSON.parse(json)).toEqual(report);
    expect(report.directory).toBe(relative(process.cwd(), project.dir));
    expect(json).not.toContain(`"${project.dir}`);
    for (const check of report.checks) for (const finding of check.findings) expect(finding.location.path.startsWith('/')).toBe(false);
  } finally {
    project.cleanup();
  }
});
