/**
 * The report as SARIF 2.1.0 for code-scanning tools: one rule per check, one result per finding at
 * `path` (relative, `%SRCROOT%`) and line; skipped checks as tool notifications. Valid against the
 * SARIF 2.1.0 schema (the tests validate it).
 * @module
 */
import type { AuditReport, AuditSeverity } from './types.js';

const LEVEL: Record<AuditSeverity, 'error' | 'warning'> = { fail: 'error', warn: 'warning' };

/** A relative path as a URI reference: each segment percent-encoded, `/` between. */
function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The SARIF log object (serialize with `JSON.stringify`). */
export function buildAuditSarif(report: AuditReport): Record<string, unknown> {
  const ruleIndex = new Map(report.checks.map((check, index) => [check.id, index]));
  const rules = report.checks.map((check) => ({
    id: check.id,
    name: check.id.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()),
    shortDescription: { text: check.title },
    help: { text: check.help },
    defaultConfiguration: { level: LEVEL[check.severity] },
  }));
  const results = report.checks.flatMap((check) =>
    check.findings.map((finding) => {
      const properties: Record<string, unknown> = {};
      if (finding.secretType !== undefined) properties.secretType = finding.secretType;
      if (finding.route) properties.route = finding.route;
      return {
        ruleId: check.id,
        ruleIndex: ruleIndex.get(check.id),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uriOf(finding.location.path), uriBaseId: '%SRCROOT%' },
              region: { startLine: finding.location.line, ...(finding.location.column !== undefined ? { startColumn: finding.location.column } : {}) },
            },
          },
        ],
        ...(finding.fingerprint !== undefined ? { partialFingerprints: { 'secretFingerprint/v1': finding.fingerprint } } : {}),
        ...(Object.keys(properties).length > 0 ? { properties } : {}),
      };
    }),
  );
  const notifications = report.checks
    .filter((check) => check.status === 'skip')
    .map((check) => ({ level: 'note', message: { text: `${check.id} skipped: ${check.notes.join(' ')}`.trim() }, descriptor: { id: check.id } }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'mistral-guard', rules } },
        invocations: [{ executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** The SARIF log as JSON text, ending with a newline. */
export function formatAuditSarif(report: AuditReport): string {
  return `${JSON.stringify(buildAuditSarif(report), null, 2)}\n`;
}
