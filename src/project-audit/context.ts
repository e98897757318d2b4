/**
 * What every check reads: the walked files (text cached), the parsed code (lazily, once), the routes,
 * the root `package.json`, and the resolved options.
 * @module
 */
import type * as t from '@babel/types';
import type { FileWalk, ProjectFile } from './files.js';
import { isTestFile, readText } from './files.js';
import { buildModule, CodeProject } from './code-model.js';
import type { ModuleInfo, Resolved } from './code-model.js';
import { isCodeFile, loadParser, parseSource } from './parse.js';
import { RouteReader } from './routes.js';
import type { StaticRoute } from './routes.js';
import type { AuditFinding, AuditLocation, AuditSeverity, NpmAuditRunner } from './types.js';

/** Options after defaults. */
export interface ResolvedAuditOptions {
  skip: ReadonlySet<string>;
  npmAudit: boolean;
  runNpmAudit: NpmAuditRunner;
  includeTests: boolean;
  requiredGuards: readonly string[];
}

/** The root `package.json`, as text (for line numbers) and data. */
export interface PackageJson {
  text: string;
  data: Record<string, unknown>;
}

/** What a check returns: its findings, notes, or why it could not answer. */
export interface CheckOutcome {
  findings: AuditFinding[];
  notes?: string[];
  /** Set when the check could not answer (e.g. `npm audit` offline): the report shows `skip` and this. */
  skipped?: string;
}

/** Shared state of one audit run. */
export class AuditContext {
  private readonly texts = new Map<string, string | undefined>();
  private code?: Promise<CodeProject>;
  private routeList?: StaticRoute[];
  /** Notes for the report (files that could not be parsed, ...). */
  readonly notes: string[] = [];

  constructor(
    /** The audited directory, absolute; never printed. */
    readonly root: string,
    readonly walk: FileWalk,
    readonly options: ResolvedAuditOptions,
  ) {}

  /** The file's text (cached), or `undefined` for binary files. */
  text(file: ProjectFile): string | undefined {
    if (!this.texts.has(file.rel)) this.texts.set(file.rel, readText(file));
    return this.texts.get(file.rel);
  }

  /** A file of the walk by relative path. */
  file(rel: string): ProjectFile | undefined {
    return this.walk.files.find((file) => file.rel === rel);
  }

  /** Every JS/TS source parsed, once. */
  project(): Promise<CodeProject> {
    this.code ??= (async () => {
      const parse = await loadParser();
      const project = new CodeProject();
      let unreadable = 0;
      for (const file of this.walk.files) {
        if (!isCodeFile(file.rel)) continue;
        const text = this.text(file);
        if (text === undefined) continue;
        const ast = parseSource(parse, file.rel, text);
        if (!ast) {
          unreadable++;
          continue;
        }
        try {
          project.add(buildModule(file.rel, text, ast, isTestFile(file.rel)));
        } catch {
          unreadable++; // e.g. a generated file nested too deep for the walk
        }
      }
      if (unreadable > 0) this.notes.push(`${unreadable} source file(s) could not be parsed and were left out of the code checks.`);
      return project;
    })();
    return this.code;
  }

  /** The modules the code checks read (test files only when `includeTests`). */
  async modules(): Promise<ModuleInfo[]> {
    const project = await this.project();
    return [...project.modules.values()].filter((module) => this.options.includeTests || !module.isTest);
  }

  /** Every route of the code, once. */
  async routes(): Promise<StaticRoute[]> {
    if (!this.routeList) this.routeList = new RouteReader(await this.project()).read(this.options.includeTests);
    return this.routeList;
  }

  /** The root `package.json`, when it is there and parses. */
  packageJson(): PackageJson | undefined {
    const file = this.file('package.json');
    const text = file ? this.text(file) : undefined;
    if (text === undefined) return undefined;
    try {
      const data: unknown = JSON.parse(text);
      return typeof data === 'object' && data !== null && !Array.isArray(data) ? { text, data: data as Record<string, unknown> } : undefined;
    } catch {
      return undefined;
    }
  }
}

/** A finding at a node of a module. */
export function findingAt(check: string, severity: AuditSeverity, message: string, module: ModuleInfo, node: t.Node): AuditFinding {
  const start = node.loc?.start;
  const location: AuditLocation = start ? { path: module.rel, line: start.line, column: start.column + 1 } : { path: module.rel, line: module.lines.line(node.start ?? 0) };
  return { check, severity, message, location };
}

/** The export name a resolved callee stands for when it comes from one of `packages`. */
export function packageExport(resolved: Resolved, accept: (source: string) => boolean): string | undefined {
  if (resolved.kind !== 'package' || !accept(resolved.source)) return undefined;
  return resolved.imported.split('.').pop();
}
