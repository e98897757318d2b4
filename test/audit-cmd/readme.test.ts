/**
 * The README documents every check of `mistral-guard audit`, and every CLI option.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AUDIT_CHECKS } from '../../src/project-audit/checks/index.js';

const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## `mistral-guard audit`'), readme.indexOf('## Testing your own app'));

test.each(AUDIT_CHECKS.map((check) => [check.id, check.severity] as const))('the README table documents `%s` (%s)', (id, severity) => {
  const row = section.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
  expect(row).toBeDefined();
  expect(row!.split('|')[2]!.trim().startsWith(severity)).toBe(true);
});

test.each(['--json', '--sarif', '--fail-on', '--skip', '--exclude', '--include-tests', '--no-npm-audit'])('the README documents %s', (option) => {
  expect(section).toContain(`\`${option}`);
});
