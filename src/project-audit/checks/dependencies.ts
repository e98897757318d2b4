/**
 * Dependencies: the Mistral SDK and mistral-guard at supported versions (`dependency-versions`), and
 * `npm audit` summarized when it can answer (`npm-audit`), skipped with a note when it cannot.
 * @module
 */
import { execFile } from 'node:child_process';
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import semver from 'semver';
import type { AuditContext, CheckOutcome, PackageJson } from '../context.js';
import { LineIndex } from '../text.js';
import type { AuditFinding, NpmAuditOutput, NpmAuditRunner } from '../types.js';

/** Supported versions, and why the rest are not. */
export const SUPPORTED_VERSIONS: readonly { name: string; range: string; why: string }[] = [
  {
    name: '@mistralai/mistralai',
    range: '>=2.7.0 <3',
    why: 'mistral-guard is built and tested against SDK 2.7+ (v1 has no request timeout by default and rejects unhandled when an apiKey function throws)',
  },
  { name: 'mistral-guard', range: '>=0.1.0', why: 'older releases do not mark their middleware, so coverage checks cannot see them' },
];

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];

function declared(pkg: PackageJson, name: string): string | undefined {
  for (const field of DEPENDENCY_FIELDS) {
    const deps = pkg.data[field];
    if (typeof deps === 'object' && deps !== null && typeof (deps as Record<string, unknown>)[name] === 'string') return (deps as Record<string, string>)[name];
  }
  return undefined;
}

/** The installed version under the project's own node_modules, read only when it resolves inside the project. */
function installed(root: string, name: string): string | undefined {
  const path = join(root, 'node_modules', ...name.split('/'), 'package.json');
  try {
    if (!lstatSync(path).isFile()) return undefined;
    const real = relative(realpathSync(root), realpathSync(path));
    if (real.startsWith('..') || isAbsolute(real)) return undefined;
    const version = (JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown }).version;
    return typeof version === 'string' ? version : undefined;
  } catch {
    return undefined;
  }
}

function lineOfKey(pkg: PackageJson, name: string): number {
  const at = pkg.text.indexOf(JSON.stringify(name));
  return at === -1 ? 1 : new LineIndex(pkg.text).line(at);
}

/** `dependency-versions`. */
export function checkDependencyVersions(context: AuditContext): CheckOutcome {
  const pkg = context.packageJson();
  if (!pkg) return { findings: [], notes: ['No package.json at the root of the directory.'] };
  const findings: AuditFinding[] = [];
  const notes: string[] = [];
  for (const { name, range, why } of SUPPORTED_VERSIONS) {
    const spec = declared(pkg, name);
    if (spec === undefined) continue;
    const actual = installed(context.root, name);
    let version: string | undefined = actual;
    if (version === undefined) {
      try {
        version = semver.minVersion(spec)?.version;
      } catch {
        version = undefined;
      }
    }
    if (version === undefined) {
      notes.push(`${name}: "${spec}" is not a version range this check reads.`);
      continue;
    }
    if (semver.satisfies(version, range, { includePrerelease: true })) {
      notes.push(`${name} ${actual !== undefined ? `${actual} installed` : `"${spec}" declared`}: supported.`);
      continue;
    }
    findings.push({
      check: 'dependency-versions',
      severity: 'warn',
      message: `${name} ${actual !== undefined ? `${actual} is installed` : `"${spec}" allows ${version}`}; supported: ${range} (${why}).`,
      location: { path: 'package.json', line: lineOfKey(pkg, name) },
    });
  }
  return { findings, notes };
}

/** Runs `npm audit` with a time limit; never throws (an error becomes the `error` field npm would print). */
export const defaultNpmAuditRunner: NpmAuditRunner = (directory, args) =>
  new Promise<NpmAuditOutput>((resolve) => {
    execFile(process.platform === 'win32' ? 'npm.cmd' : 'npm', [...args], { cwd: directory, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error && typeof (error as { code?: unknown }).code === 'number' ? ((error as { code: number }).code) : error ? null : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) || (error && code === null ? error.message : '') });
    });
  });

const SEVERITIES = ['critical', 'high', 'moderate', 'low'] as const;

interface AuditJson {
  error?: { code?: string; summary?: string };
  vulnerabilities?: Record<string, { severity?: string; isDirect?: boolean }>;
  metadata?: { vulnerabilities?: Partial<Record<(typeof SEVERITIES)[number] | 'info' | 'total', number>> };
}

/** `npm-audit`. */
export async function checkNpmAudit(context: AuditContext): Promise<CheckOutcome> {
  if (!context.options.npmAudit) return { findings: [], skipped: 'npm audit turned off.' };
  const pkg = context.packageJson();
  if (!pkg) return { findings: [], skipped: 'No package.json at the root of the directory.' };
  const hasLock = ['package-lock.json', 'npm-shrinkwrap.json'].some((name) => {
    try {
      return lstatSync(join(context.root, name)).isFile();
    } catch {
      return false;
    }
  });
  if (!hasLock) return { findings: [], skipped: 'npm audit needs a package-lock.json (none at the root).' };
  let output: NpmAuditOutput;
  try {
    output = await context.options.runNpmAudit(context.root, ['audit', '--json', '--omit=dev']);
  } catch (err) {
    return { findings: [], skipped: `npm audit could not run: ${err instanceof Error ? err.message : String(err)}` };
  }
  let report: AuditJson;
  try {
    report = JSON.parse(output.stdout) as AuditJson;
  } catch {
    const reason = output.stderr.trim().split('\n')[0] ?? '';
    return { findings: [], skipped: `npm audit gave no answer${reason ? `: ${reason.slice(0, 200)}` : ''} (offline?).` };
  }
  if (report.error) {
    return { findings: [], skipped: `npm audit could not answer (${report.error.code ?? 'error'}${report.error.summary ? `: ${report.error.summary.split('\n')[0]!.slice(0, 200)}` : ''}); offline or the registry has no audit endpoint.` };
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) return { findings: [], skipped: 'npm audit answered in a format this check does not read.' };
  const found = SEVERITIES.filter((severity) => (counts[severity] ?? 0) > 0);
  if (found.length === 0) return { findings: [], notes: ['npm audit (production dependencies): no known vulnerability.'] };
  const summary = found.map((severity) => `${counts[severity]} ${severity}`).join(', ');
  const packages = Object.entries(report.vulnerabilities ?? {})
    .sort(([, a], [, b]) => SEVERITIES.indexOf(a.severity as never) - SEVERITIES.indexOf(b.severity as never))
    .map(([name, entry]) => `${name} (${entry.severity ?? '?'})`);
  const shown = packages.slice(0, 8).join(', ') + (packages.length > 8 ? `, and ${packages.length - 8} more` : '');
  const severe = (counts.critical ?? 0) + (counts.high ?? 0) > 0;
  return {
    findings: [
      {
        check: 'npm-audit',
        severity: severe ? 'fail' : 'warn',
        message: `npm audit (production dependencies): ${summary}${shown ? `: ${shown}` : ''}. Run \`npm audit fix\` or update them.`,
        location: { path: 'package.json', line: 1 },
      },
    ],
  };
}
