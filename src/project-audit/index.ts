/**
 * `mistral-guard audit` as an API: {@link auditProject} runs the static checks over a directory, the
 * formatters print the report as text, JSON or SARIF 2.1.0, and {@link checkRouteCoverage} is the
 * framework-free core of `auditApp(app)`. The parser and the file walk load only when an audit runs.
 * @module
 */
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import type { AuditProjectOptions, AuditReport, AuditStatus } from './types.js';

export type {
  AuditCheckResult,
  AuditFinding,
  AuditLocation,
  AuditProjectOptions,
  AuditReport,
  AuditSeverity,
  AuditStatus,
  NpmAuditOutput,
  NpmAuditRunner,
} from './types.js';
export { formatAuditText } from './report-text.js';
export { formatAuditSarif } from './report-sarif.js';
export { checkRouteCoverage, DEFAULT_CHAT_GUARDS } from './app-coverage.js';
export type { AuditAppOptions, RouteCoverageGap, RouteDescriptor } from './app-coverage.js';

/** Every key of {@link AuditProjectOptions}. */
export const AUDIT_PROJECT_OPTION_KEYS: OptionKeys<AuditProjectOptions> = {
  skip: true,
  npmAudit: true,
  runNpmAudit: true,
  maxFileBytes: true,
  maxFiles: true,
  exclude: true,
  includeTests: true,
  requiredGuards: true,
};

/**
 * Audits a project directory: secrets, `.gitignore`, key handling, debug logging, guard coverage of
 * chat routes, moderation model, fail-open settings, headers, rate limits, dependency versions and
 * `npm audit`. Paths in the report are relative to `directory`; secrets are named by fingerprint.
 * @throws GuardConfigError for an unknown option or a directory that does not exist
 */
export async function auditProject(directory: string, options: AuditProjectOptions = {}): Promise<AuditReport> {
  checkOptionKeys('auditProject()', options, AUDIT_PROJECT_OPTION_KEYS);
  const { runAudit } = await import('./audit-project.js');
  return runAudit(directory, options);
}

/** How bad a report must be to fail: `fail` (default), `warn`, or `never`. */
export type AuditFailOn = 'fail' | 'warn' | 'never';

/** Whether a report fails at a threshold: any check at `fail` (or, with `'warn'`, at `warn` too). */
export function auditFailed(report: AuditReport, failOn: AuditFailOn = 'fail'): boolean {
  if (failOn === 'never') return false;
  const failing: readonly AuditStatus[] = failOn === 'warn' ? ['fail', 'warn'] : ['fail'];
  return report.checks.some((check) => failing.includes(check.status));
}
