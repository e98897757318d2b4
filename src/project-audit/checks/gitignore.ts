/**
 * `gitignore-env`: git ignores every `.env*` file (they hold keys) except the committed template.
 * Read with git's own matching rules (the `ignore` package), per `.gitignore` file.
 * @module
 */
import { basename } from 'node:path';
import ignore from 'ignore';
import type { AuditContext, CheckOutcome } from '../context.js';
import { gitIgnored, isEnvTemplate } from '../files.js';
import type { AuditFinding } from '../types.js';

/** Env file names that must be ignored: the common ones of dotenv, Vite, Next.js and friends. */
const MUST_IGNORE = ['.env', '.env.local', '.env.production', '.env.production.local', '.env.development.local'];

/** The template that must stay committed. */
const TEMPLATE = '.env.example';

function ruleLines(text: string): { line: number; pattern: string }[] {
  return text
    .split(/\r?\n/)
    .map((pattern, index) => ({ line: index + 1, pattern: pattern.trim() }))
    .filter(({ pattern }) => pattern !== '' && !pattern.startsWith('#'));
}

/** The line of the first rule that ignores `name` (or, for a negation, un-ignores it). */
function lineOf(text: string, name: string, negated: boolean): number | undefined {
  for (const { line, pattern } of ruleLines(text)) {
    if (negated !== pattern.startsWith('!')) continue;
    const body = negated ? pattern.slice(1) : pattern;
    try {
      if (ignore().add(body).ignores(name)) return line;
    } catch {
      // a pattern the matcher refuses is no match
    }
  }
  return undefined;
}

/** `gitignore-env`. */
export function checkGitignore(context: AuditContext): CheckOutcome {
  const findings: AuditFinding[] = [];
  const { rootGitignore: text, rootLayers } = context.walk;
  if (rootLayers.length === 0) {
    findings.push({
      check: 'gitignore-env',
      severity: 'fail',
      message: 'There is no .gitignore: .env files (and the keys in them) can be committed. Add `.env*` and `!.env.example`.',
      location: { path: '.gitignore', line: 1 },
    });
  } else {
    const where = text === undefined ? ' (the repository around this directory has .gitignore files, but none covers it)' : '';
    const open = MUST_IGNORE.filter((name) => !gitIgnored(rootLayers, name));
    if (open.length > 0) {
      let line = 1;
      if (text !== undefined) {
        const lines = text.split(/\r?\n/);
        const reopened = open.map((name) => lineOf(text, name, true)).find((found) => found !== undefined);
        line = reopened ?? Math.max(1, lines.length - (lines[lines.length - 1] === '' ? 1 : 0));
      }
      findings.push({
        check: 'gitignore-env',
        severity: 'fail',
        message: `.gitignore does not ignore ${open.map((name) => `\`${name}\``).join(', ')}${where}. Add \`.env*\` and \`!.env.example\`.`,
        location: { path: '.gitignore', line },
      });
    }
    if (gitIgnored(rootLayers, TEMPLATE)) {
      findings.push({
        check: 'gitignore-env',
        severity: 'warn',
        message: '.gitignore also ignores `.env.example`, so the template of settings is not shared. Add `!.env.example` after `.env*`.',
        location: { path: '.gitignore', line: (text !== undefined ? lineOf(text, TEMPLATE, false) : undefined) ?? 1 },
      });
    }
  }
  for (const env of context.walk.envFiles) {
    if (env.ignored || isEnvTemplate(basename(env.rel))) continue;
    findings.push({
      check: 'gitignore-env',
      severity: 'fail',
      message: `${env.rel} is not ignored by git; it would be committed with whatever keys it holds.`,
      location: { path: env.rel, line: 1 },
    });
  }
  return { findings };
}
