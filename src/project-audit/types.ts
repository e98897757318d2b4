/**
 * The shapes of `mistral-guard audit`: findings, check results, the report, and the options of
 * {@link auditProject}. Framework-free; nothing here loads a parser.
 * @module
 */
import type { GuardMiddlewareName } from '../core/middleware-tag.js';

/** How bad one finding is. `fail` breaks the audit by default; `warn` only with `failOn: 'warn'`. */
export type AuditSeverity = 'fail' | 'warn';

/** A check's outcome: its worst finding, `pass` when it found nothing, `skip` when it could not answer. */
export type AuditStatus = 'pass' | 'warn' | 'fail' | 'skip';

/** Where a finding is: a path relative to the audited directory, and a 1-based line (and column). */
export interface AuditLocation {
  path: string;
  line: number;
  column?: number;
}

/** One problem found. Never holds a secret's value: secrets are named by their fingerprint. */
export interface AuditFinding {
  /** The id of the check that found it, e.g. `hardcoded-secret`. */
  check: string;
  severity: AuditSeverity;
  /** What is wrong, in one sentence; never a secret's value. */
  message: string;
  location: AuditLocation;
  /** For secrets: first 8 hex of the value's SHA-256, so two findings of one key can be matched. */
  fingerprint?: string;
  /** For secrets: the detector's type, e.g. `MISTRAL_API_KEY`. */
  secretType?: string;
  /** For route findings: the route, and the guards it lacks. */
  route?: { method: string; path: string; missing: string[] };
}

/** One check of the table, as the report shows it. */
export interface AuditCheckResult {
  id: string;
  title: string;
  /** The worst a finding of this check can be. */
  severity: AuditSeverity;
  status: AuditStatus;
  /** What to do when the check does not pass. */
  help: string;
  findings: AuditFinding[];
  /** Context for a pass or a skip (what was looked at, why it could not answer). */
  notes: string[];
}

/** The whole audit of one directory. */
export interface AuditReport {
  /** The audited directory as the caller named it (the report's paths are relative to it). */
  directory: string;
  checks: AuditCheckResult[];
  summary: Record<AuditStatus, number>;
  /** What the file walk left out, in counts (large, binary, symlinked files, parse failures). */
  notes: string[];
}

/** The outcome of `npm audit --json`, as the injected runner returns it. */
export interface NpmAuditOutput {
  /** Process exit code (npm exits 1 when it finds vulnerabilities, too). */
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `npm audit --json` in `directory`. Injected so tests never need the network.
 * Rejects (or resolves with an `error` JSON on stdout) when npm cannot answer, e.g. offline.
 */
export type NpmAuditRunner = (directory: string, args: readonly string[]) => Promise<NpmAuditOutput>;

/** Options of {@link auditProject}. */
export interface AuditProjectOptions {
  /**
   * Check ids to leave out (they are reported as `skip`).
   * @default []
   */
  skip?: readonly string[];
  /**
   * Run `npm audit` when the directory has a `package-lock.json`.
   * @default true
   */
  npmAudit?: boolean;
  /**
   * Runs `npm audit`; tests inject a fake.
   * @default spawns `npm audit --json --omit=dev` in the directory (60 s limit)
   */
  runNpmAudit?: NpmAuditRunner;
  /**
   * Files larger than this many bytes are not read (listed in the report's notes).
   * @default 1048576
   */
  maxFileBytes?: number;
  /**
   * At most this many files are read; the rest are counted in the notes.
   * @default 20000
   */
  maxFiles?: number;
  /**
   * Extra paths to leave out, in `.gitignore` syntax, relative to the directory (e.g. `fixtures/`).
   * @default []
   */
  exclude?: readonly string[];
  /**
   * Apply the code checks (routes, keys, debug logging, fail-open, models) to test files too
   * (`*.test.*`, `*.spec.*`, `test/`, `tests/`, `__tests__/`). Secrets are searched in tests either way.
   * @default false
   */
  includeTests?: boolean;
  /**
   * The guards every route that calls the Mistral chat API must go through.
   * @default ['sanitizeInput', 'moderate', 'sanitizeOutput', 'auditLog']
   */
  requiredGuards?: readonly GuardMiddlewareName[];
}
