/**
 * `mistral-guard audit [dir]`: the static checks over a project, as text, JSON or SARIF; the exit code
 * tells CI whether a check failed.
 * @module
 */
import { parseArgs } from 'node:util';
import { auditFailed, auditProject, formatAuditSarif, formatAuditText } from '../project-audit/index.js';
import type { AuditFailOn, AuditProjectOptions, NpmAuditRunner } from '../project-audit/index.js';
import { AUDIT_CHECK_IDS } from '../project-audit/checks/index.js';
import { GuardConfigError } from '../core/errors.js';
import type { CliIO } from './scan.js';

/** The command's streams; tests also inject the `npm audit` runner. */
export interface AuditCliIO extends CliIO {
  runNpmAudit?: NpmAuditRunner;
}

/** Exit codes of `mistral-guard audit`. */
export const AUDIT_EXIT = { passed: 0, failed: 1, error: 2 } as const;

const USAGE = `Usage: mistral-guard audit [DIR] [options]

Audits the project in DIR (default: the current directory): hard-coded keys, .gitignore, env
templates, key handling, SDK debug logging, guard coverage of routes that call the Mistral chat API,
moderation model, fail-open settings, security headers, rate limits, dependency versions, npm audit.
Locations are printed as path:line relative to DIR; secrets only by fingerprint, never their value.

Options:
  --json               print the report as JSON
  --sarif              print the report as SARIF 2.1.0 (for code-scanning tools)
  --fail-on LEVEL      exit 1 when a check reaches LEVEL: fail (default), warn, or never
  --skip ID            leave a check out (repeatable, or comma-separated)
  --exclude PATTERN    leave paths out, .gitignore syntax, relative to DIR (repeatable)
  --include-tests      apply the code checks to test files too (secrets are always searched)
  --no-npm-audit       do not run npm audit
  -h, --help           show this help

Checks: ${AUDIT_CHECK_IDS.join(', ')}

Exit codes: 0 no check reached the --fail-on level; 1 one did; 2 usage error or the audit could not run.
`;

const FAIL_ON: readonly AuditFailOn[] = ['fail', 'warn', 'never'];

/** Runs the audit command; resolves with the exit code. */
export async function runAuditCommand(argv: readonly string[], io: AuditCliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        sarif: { type: 'boolean' },
        'fail-on': { type: 'string' },
        skip: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        'include-tests': { type: 'boolean' },
        'no-npm-audit': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    io.stderr.write(`mistral-guard audit: ${err instanceof Error ? err.message : String(err)}\nRun "mistral-guard audit --help".\n`);
    return AUDIT_EXIT.error;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return AUDIT_EXIT.passed;
  }
  const usage = (message: string): number => {
    io.stderr.write(`mistral-guard audit: ${message}\nRun "mistral-guard audit --help".\n`);
    return AUDIT_EXIT.error;
  };
  if (positionals.length > 1) return usage(`one directory at most; got ${positionals.length}.`);
  if (values.json && values.sarif) return usage('--json and --sarif exclude each other.');
  const failOn = (values['fail-on'] ?? 'fail') as AuditFailOn;
  if (!FAIL_ON.includes(failOn)) return usage(`--fail-on must be one of ${FAIL_ON.join(', ')}; got ${JSON.stringify(values['fail-on'])}.`);
  const directory = positionals[0] ?? '.';
  const options: AuditProjectOptions = {
    skip: (values.skip ?? []).flatMap((item) => item.split(',')).map((item) => item.trim()).filter((item) => item !== ''),
    exclude: values.exclude ?? [],
    includeTests: values['include-tests'] ?? false,
    npmAudit: !values['no-npm-audit'],
    ...(io.runNpmAudit ? { runNpmAudit: io.runNpmAudit } : {}),
  };
  let report;
  try {
    report = await auditProject(directory, options);
  } catch (err) {
    if (err instanceof GuardConfigError) return usage(err.message.replace(/^mistral-guard(?: audit)?: /, ''));
    io.stderr.write(`mistral-guard audit: the audit could not run: ${err instanceof Error ? err.message : String(err)}\n`);
    return AUDIT_EXIT.error;
  }
  io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : values.sarif ? formatAuditSarif(report) : formatAuditText(report));
  return auditFailed(report, failOn) ? AUDIT_EXIT.failed : AUDIT_EXIT.passed;
}
