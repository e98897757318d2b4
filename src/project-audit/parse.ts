/**
 * Parsing project sources for the code checks, with `@babel/parser` (TypeScript, JSX, ESM and CommonJS;
 * one dependency-light package that loads in tens of milliseconds). It is imported only when an audit
 * runs, never by the core import path.
 * @module
 */
import type { File, Node } from '@babel/types';
import type { ParserPlugin, parse as babelParse } from '@babel/parser';

type Parse = typeof babelParse;

let parser: Promise<Parse> | undefined;

/** Loads the parser once, on first use. */
export function loadParser(): Promise<Parse> {
  parser ??= import('@babel/parser').then((mod) => mod.parse);
  return parser;
}

const CODE_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** Whether `rel` is a JavaScript or TypeScript source the code checks read (declaration files are not). */
export function isCodeFile(rel: string): boolean {
  return CODE_FILE.test(rel) && !/\.d\.[cm]?ts$/.test(rel);
}

function pluginsFor(rel: string): ParserPlugin[] {
  if (/\.[cm]?ts$/.test(rel)) return ['typescript', 'decorators-legacy'];
  if (rel.endsWith('.tsx')) return ['typescript', 'jsx', 'decorators-legacy'];
  return ['jsx'];
}

/** Parses one source; `undefined` when it cannot be read as JS/TS even with error recovery. */
export function parseSource(parse: Parse, rel: string, text: string): File | undefined {
  try {
    return parse(text, {
      sourceType: 'unambiguous',
      errorRecovery: true,
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      allowImportExportEverywhere: true,
      allowUndeclaredExports: true,
      plugins: pluginsFor(rel),
    });
  } catch {
    return undefined;
  }
}

/** Keys of a Babel node that hold no child nodes. */
const SKIPPED_KEYS = new Set(['loc', 'start', 'end', 'extra', 'leadingComments', 'trailingComments', 'innerComments', 'range', 'errors', 'comments', 'tokens']);

/** Whether `value` is a Babel node. */
export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Visits every node under `root` depth-first, in source order. `visit` gets the node and its ancestors
 * (outermost first; the array is reused, copy it to keep it) and returns `false` to skip the children.
 */
export function walk(root: Node, visit: (node: Node, ancestors: readonly Node[]) => boolean | void): void {
  const ancestors: Node[] = [];
  const step = (node: Node): void => {
    if (visit(node, ancestors) === false) return;
    ancestors.push(node);
    for (const key of Object.keys(node)) {
      if (SKIPPED_KEYS.has(key)) continue;
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) step(item);
      } else if (isNode(child)) {
        step(child);
      }
    }
    ancestors.pop();
  };
  step(root);
}
