/**
 * The readable report: one line per check (PASS/WARN/FAIL/SKIP), each finding as `path:line` and what
 * to do. Paths are relative to the audited directory; secrets appear only as fingerprints.
 * @module
 */
import type { AuditReport, AuditStatus } from './types.js';

const LABEL: Record<AuditStatus, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', skip: 'SKIP' };

/** The report as plain text (no colours), ending with a newline. */
export function formatAuditText(report: AuditReport): string {
  const width = Math.max(...report.checks.map((check) => check.id.length));
  const out: string[] = [`mistral-guard audit of ${report.directory}`, ''];
  for (const check of report.checks) {
    out.push(`${LABEL[check.status]}  ${check.id.padEnd(width)}  ${check.title}`);
    for (const finding of check.findings) {
      const marker = finding.severity !== check.status ? ` [${finding.severity}]` : '';
      out.push(`      ${finding.location.path}:${finding.location.line}  ${finding.message}${marker}`);
    }
    if (check.status === 'skip') for (const note of check.notes) out.push(`      ${note}`);
    if (check.status === 'fail' || check.status === 'warn') out.push(`      What to do: ${check.help}`);
  }
  const { pass, warn, fail, skip } = report.summary;
  out.push('');
  out.push(`${fail} failed, ${warn} with warnings, ${pass} passed, ${skip} skipped. ${report.notes.join(' ')}`.trimEnd());
  return `${out.join('\n')}\n`;
}
