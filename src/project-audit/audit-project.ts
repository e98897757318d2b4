/**
 * Runs the check table over one directory. Loaded by {@link auditProject} on first use, so the core
 * import path never loads the parser or the file walk.
 * @module
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { GuardConfigError } from '../core/errors.js';
import { suggestion } from '../core/options.js';
import { AUDIT_CHECK_IDS, AUDIT_CHECKS } from './checks/index.js';
import { GUARD_NAMES } from './app-coverage.js';
import { defaultNpmAuditRunner } from './checks/dependencies.js';
import { AuditContext } from './context.js';
import type { ResolvedAuditOptions } from './context.js';
import { walkProject } from './files.js';
import type { AuditCheckResult, AuditProjectOptions, AuditReport, AuditStatus } from './types.js';

/** The guards every chat route needs unless `requiredGuards` says otherwise. */
export const DEFAULT_REQUIRED_GUARDS: readonly string[] = ['sanitizeInput', 'moderate', 'sanitizeOutput', 'auditLog'];

function numberOption(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new GuardConfigError(`mistral-guard: auditProject() ${name} must be a positive integer.`);
  return value;
}

function stringList(name: string, value: unknown): readonly string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new GuardConfigError(`mistral-guard: auditProject() ${name} must be an array of strings.`);
  return value as string[];
}

export async function runAudit(directory: string, options: AuditProjectOptions): Promise<AuditReport> {
  const root = resolve(directory);
  let isDirectory = false;
  try {
    isDirectory = statSync(root).isDirectory();
  } catch {
    isDirectory = false;
  }
  if (!isDirectory) throw new GuardConfigError(`mistral-guard audit: ${JSON.stringify(directory)} is not a directory.`);
  for (const id of stringList('skip', options.skip)) {
    if (!AUDIT_CHECK_IDS.includes(id)) throw new GuardConfigError(`mistral-guard audit: unknown check \`${id}\`.${suggestion(id, AUDIT_CHECK_IDS)}`);
  }
  for (const name of stringList('requiredGuards', options.requiredGuards)) {
    if (!(GUARD_NAMES as readonly string[]).includes(name)) throw new GuardConfigError(`mistral-guard: auditProject() unknown guard \`${name}\` in requiredGuards.${suggestion(name, GUARD_NAMES)}`);
  }
  const resolved: ResolvedAuditOptions = {
    skip: new Set(stringList('skip', options.skip)),
    npmAudit: options.npmAudit ?? true,
    runNpmAudit: options.runNpmAudit ?? defaultNpmAuditRunner,
    includeTests: options.includeTests ?? false,
    requiredGuards: options.requiredGuards === undefined ? DEFAULT_REQUIRED_GUARDS : stringList('requiredGuards', options.requiredGuards),
  };
  const walk = walkProject(root, {
    maxFileBytes: numberOption('maxFileBytes', options.maxFileBytes, 1_048_576),
    maxFiles: numberOption('maxFiles', options.maxFiles, 20_000),
    exclude: stringList('exclude', options.exclude),
  });
  const context = new AuditContext(root, walk, resolved);
  const checks: AuditCheckResult[] = [];
  for (const check of AUDIT_CHECKS) {
    const base = { id: check.id, title: check.title, severity: check.severity, help: check.help };
    if (resolved.skip.has(check.id)) {
      checks.push({ ...base, status: 'skip', findings: [], notes: ['Skipped on request.'] });
      continue;
    }
    const outcome = await check.run(context);
    const status: AuditStatus = outcome.skipped !== undefined ? 'skip' : outcome.findings.some((f) => f.severity === 'fail') ? 'fail' : outcome.findings.length > 0 ? 'warn' : 'pass';
    checks.push({ ...base, status, findings: outcome.findings, notes: [...(outcome.skipped !== undefined ? [outcome.skipped] : []), ...(outcome.notes ?? [])] });
  }
  const summary: Record<AuditStatus, number> = { pass: 0, warn: 0, fail: 0, skip: 0 };
  for (const check of checks) summary[check.status]++;
  const notes: string[] = [];
  const { large, symlinks, overLimit } = walk.skipped;
  notes.push(`${walk.files.length} file(s) read.`);
  if (large > 0) notes.push(`${large} file(s) over the size limit left out.`);
  if (symlinks > 0) notes.push(`${symlinks} symbolic link(s) not followed.`);
  if (overLimit > 0) notes.push(`${overLimit} file(s) over the file-count limit left out.`);
  notes.push(...context.notes);
  return { directory, checks, summary, notes };
}
