/**
 * What the code checks know about a project's sources: per module its imports (ESM and `require`),
 * exports, declarations with their scopes, and every call; across modules, names resolved to the
 * package import or the declaration they stand for (through relative imports and re-exports).
 * Resolution is syntactic and bounded: no type checker, no evaluation.
 * @module
 */
import type * as t from '@babel/types';
import { dirname, posix } from 'node:path';
import { LineIndex } from './text.js';
import { walk } from './parse.js';

/** A declared name: its value node when it has one (parameters and patterns have none). */
export interface Binding {
  name: string;
  value?: t.Node;
  /** `const { Router } = require('express')`, `const x = require('./x')`. */
  importOf?: { source: string; imported: string };
  /** The function (or program) the name is visible in. */
  scope: t.Node;
  start: number;
  /** The nodes around the declaration, outermost first (to resolve names inside its value). */
  ancestors: readonly t.Node[];
}

/** A call (or `new`) with the nodes around it, outermost first. */
export interface CallSite {
  node: t.CallExpression | t.OptionalCallExpression | t.NewExpression;
  ancestors: readonly t.Node[];
}

/** An assignment with the nodes around it (for `process.env.MISTRAL_DEBUG = ...`). */
export interface AssignmentSite {
  node: t.AssignmentExpression;
  ancestors: readonly t.Node[];
}

interface ExportEntry {
  local?: string;
  value?: t.Node;
  from?: { source: string; imported: string };
}

/** One parsed source. */
export interface ModuleInfo {
  rel: string;
  text: string;
  ast: t.File;
  lines: LineIndex;
  isTest: boolean;
  imports: Map<string, { source: string; imported: string }>;
  exports: Map<string, ExportEntry>;
  starExports: string[];
  bindings: Map<string, Binding[]>;
  calls: CallSite[];
  assignments: AssignmentSite[];
}

/** What an expression stands for, as far as the syntax tells. */
export type Resolved =
  | { kind: 'package'; source: string; imported: string }
  | { kind: 'value'; module: ModuleInfo; node: t.Node; key: string; ancestors: readonly t.Node[] }
  | { kind: 'module'; module: ModuleInfo }
  | { kind: 'unknown'; key: string };

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod']);

/** Whether `node` is a function of any kind. */
export function isFunction(node: t.Node): node is t.Function {
  return FUNCTION_TYPES.has(node.type);
}

/** `node` without TypeScript wrappers, parentheses and `await`. */
export function unwrap(node: t.Node): t.Node {
  let current = node;
  for (let i = 0; i < 20; i++) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'ParenthesizedExpression':
        current = current.expression;
        continue;
      case 'AwaitExpression':
        if (current.argument) {
          current = current.argument;
          continue;
        }
        return current;
      default:
        return current;
    }
  }
  return current;
}

/** The name of a property key or member property (`a.b`, `a['b']`, `{ b: 1 }`, `{ 'b': 1 }`). */
export function propertyName(key: t.Node, computed: boolean): string | undefined {
  if (!computed && key.type === 'Identifier') return key.name;
  if (key.type === 'StringLiteral') return key.value;
  return undefined;
}

/** A string the syntax spells out: a string literal or a template without expressions. */
export function literalString(node: t.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const inner = unwrap(node);
  if (inner.type === 'StringLiteral') return inner.value;
  if (inner.type === 'TemplateLiteral' && inner.expressions.length === 0) return inner.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The argument of `require('x')` / `import('x')`, when `node` is one. */
function requiredSource(node: t.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const inner = unwrap(node);
  if (inner.type === 'CallExpression' && inner.arguments.length === 1) {
    const callee = inner.callee;
    if ((callee.type === 'Identifier' && callee.name === 'require') || callee.type === 'Import') return literalString(inner.arguments[0] as t.Node);
  }
  if (inner.type === 'ImportExpression') return literalString(inner.source);
  return undefined;
}

function scopeOf(ancestors: readonly t.Node[]): t.Node {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i]!;
    if (isFunction(node) || node.type === 'Program') return node;
  }
  return ancestors[0]!;
}

/** Identifiers a parameter or pattern declares. */
function patternNames(pattern: t.Node, out: t.Identifier[]): void {
  switch (pattern.type) {
    case 'Identifier':
      out.push(pattern);
      break;
    case 'AssignmentPattern':
      patternNames(pattern.left, out);
      break;
    case 'RestElement':
      patternNames(pattern.argument, out);
      break;
    case 'ArrayPattern':
      for (const element of pattern.elements) if (element) patternNames(element, out);
      break;
    case 'ObjectPattern':
      for (const property of pattern.properties) patternNames(property.type === 'RestElement' ? property : property.value, out);
      break;
    case 'TSParameterProperty':
      patternNames(pattern.parameter, out);
      break;
    default:
      break;
  }
}

function addBinding(module: ModuleInfo, binding: Binding): void {
  const list = module.bindings.get(binding.name);
  if (list) list.push(binding);
  else module.bindings.set(binding.name, [binding]);
}

/** `module.exports` / `exports` as an assignment target: the export name (`default` for the whole). */
function commonJsExportName(target: t.Node): string | undefined {
  if (target.type !== 'MemberExpression') return undefined;
  const object = target.object;
  const name = propertyName(target.property, target.computed);
  if (object.type === 'Identifier' && object.name === 'module' && name === 'exports') return 'default';
  if (object.type === 'Identifier' && object.name === 'exports') return name;
  if (object.type === 'MemberExpression' && commonJsExportName(object) === 'default') return name;
  return undefined;
}

function collectDeclarator(module: ModuleInfo, declarator: t.VariableDeclarator, scope: t.Node, ancestors: readonly t.Node[]): void {
  const source = requiredSource(declarator.init);
  if (declarator.id.type === 'Identifier') {
    addBinding(module, {
      name: declarator.id.name,
      ...(declarator.init ? { value: declarator.init } : {}),
      ...(source !== undefined ? { importOf: { source, imported: '*' } } : {}),
      scope,
      start: declarator.id.start ?? 0,
      ancestors,
    });
    return;
  }
  if (declarator.id.type === 'ObjectPattern' && source !== undefined) {
    for (const property of declarator.id.properties) {
      if (property.type !== 'ObjectProperty') continue;
      const imported = propertyName(property.key, property.computed);
      const local = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
      if (imported !== undefined && local.type === 'Identifier') {
        addBinding(module, { name: local.name, importOf: { source, imported }, scope, start: local.start ?? 0, ancestors });
      }
    }
    return;
  }
  const names: t.Identifier[] = [];
  patternNames(declarator.id, names);
  for (const id of names) addBinding(module, { name: id.name, scope, start: id.start ?? 0, ancestors });
}

/** Reads one parsed source into a {@link ModuleInfo}. */
export function buildModule(rel: string, text: string, ast: t.File, isTest: boolean): ModuleInfo {
  const module: ModuleInfo = {
    rel,
    text,
    ast,
    lines: new LineIndex(text),
    isTest,
    imports: new Map(),
    exports: new Map(),
    starExports: [],
    bindings: new Map(),
    calls: [],
    assignments: [],
  };
  walk(ast.program, (node, ancestors) => {
    switch (node.type) {
      case 'ImportDeclaration':
        for (const specifier of node.specifiers) {
          const imported =
            specifier.type === 'ImportDefaultSpecifier'
              ? 'default'
              : specifier.type === 'ImportNamespaceSpecifier'
                ? '*'
                : specifier.imported.type === 'Identifier'
                  ? specifier.imported.name
                  : specifier.imported.value;
          module.imports.set(specifier.local.name, { source: node.source.value, imported });
        }
        return false;
      case 'VariableDeclaration': {
        const scope = scopeOf(ancestors);
        const around = [...ancestors, node];
        for (const declarator of node.declarations) collectDeclarator(module, declarator, scope, around);
        break;
      }
      case 'FunctionDeclaration':
      case 'ClassDeclaration':
        if (node.id) addBinding(module, { name: node.id.name, value: node, scope: scopeOf(ancestors), start: node.id.start ?? 0, ancestors: [...ancestors] });
        break;
      case 'ExportNamedDeclaration': {
        const from = node.source?.value;
        for (const specifier of node.specifiers) {
          const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value;
          if (specifier.type === 'ExportSpecifier') {
            module.exports.set(exported, from !== undefined ? { from: { source: from, imported: specifier.local.name } } : { local: specifier.local.name });
          } else if (specifier.type === 'ExportNamespaceSpecifier' && from !== undefined) {
            module.exports.set(exported, { from: { source: from, imported: '*' } });
          }
        }
        const declaration = node.declaration;
        if (declaration?.type === 'VariableDeclaration') {
          for (const declarator of declaration.declarations) {
            const names: t.Identifier[] = [];
            patternNames(declarator.id, names);
            for (const id of names) module.exports.set(id.name, { local: id.name });
          }
        } else if ((declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') && declaration.id) {
          module.exports.set(declaration.id.name, { local: declaration.id.name });
        }
        break;
      }
      case 'ExportDefaultDeclaration': {
        const declaration = node.declaration;
        if (declaration.type === 'Identifier') module.exports.set('default', { local: declaration.name });
        else module.exports.set('default', { value: declaration });
        break;
      }
      case 'ExportAllDeclaration':
        module.starExports.push(node.source.value);
        break;
      case 'AssignmentExpression': {
        module.assignments.push({ node, ancestors: [...ancestors] });
        const name = commonJsExportName(node.left);
        if (name === 'default' && node.right.type === 'ObjectExpression') {
          for (const property of node.right.properties) {
            if (property.type === 'ObjectProperty') {
              const key = propertyName(property.key, property.computed);
              if (key !== undefined) module.exports.set(key, { value: property.value });
            }
          }
        } else if (name !== undefined) {
          module.exports.set(name, { value: node.right });
        }
        break;
      }
      case 'CallExpression':
      case 'OptionalCallExpression':
      case 'NewExpression':
        module.calls.push({ node, ancestors: [...ancestors] });
        break;
      default:
        break;
    }
    if (isFunction(node)) {
      for (const param of node.params) {
        const names: t.Identifier[] = [];
        patternNames(param, names);
        for (const id of names) addBinding(module, { name: id.name, scope: node, start: id.start ?? 0, ancestors: [] });
      }
    }
    return true;
  });
  return module;
}

const RESOLVE_EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** The modules of a project and name resolution across them. */
export class CodeProject {
  readonly modules = new Map<string, ModuleInfo>();

  add(module: ModuleInfo): void {
    this.modules.set(module.rel, module);
  }

  /** The module a relative specifier names (`./x.js` finds `x.ts`, `./dir` finds `dir/index.*`). */
  resolveModule(from: ModuleInfo, specifier: string): ModuleInfo | undefined {
    if (!specifier.startsWith('.')) return undefined;
    const base = posix.normalize(posix.join(dirname(from.rel) === '.' ? '' : dirname(from.rel).split('\\').join('/'), specifier));
    if (base.startsWith('..')) return undefined;
    const stem = base.replace(/\.(?:[cm]?js|jsx)$/, '');
    for (const candidate of [base, ...RESOLVE_EXTENSIONS.map((ext) => stem + ext), ...RESOLVE_EXTENSIONS.slice(1).map((ext) => `${base}/index${ext}`)]) {
      const found = this.modules.get(candidate);
      if (found) return found;
    }
    return undefined;
  }

  /** The binding `name` refers to at a place whose ancestors are given (closest scope wins). */
  binding(module: ModuleInfo, name: string, ancestors: readonly t.Node[], at: number): Binding | undefined {
    const list = module.bindings.get(name);
    if (!list) return undefined;
    let best: Binding | undefined;
    let bestDepth = -1;
    for (const binding of list) {
      const depth = ancestors.indexOf(binding.scope);
      const visible = depth !== -1 || binding.scope.type === 'Program';
      if (!visible) continue;
      const effectiveDepth = depth === -1 ? 0 : depth;
      // Closest scope first; within one scope, the last declaration before the use (else the first).
      if (effectiveDepth > bestDepth || (effectiveDepth === bestDepth && best !== undefined && binding.start <= at && binding.start > best.start)) {
        best = binding;
        bestDepth = effectiveDepth;
      }
    }
    return best;
  }

  /** What `name`, used in `module` at `at` under `ancestors`, stands for. */
  resolveName(module: ModuleInfo, name: string, ancestors: readonly t.Node[], at: number, depth = 0): Resolved {
    const binding = this.binding(module, name, ancestors, at);
    if (binding) {
      const key = `${module.rel}:${binding.start}`;
      if (binding.importOf) return this.resolveImport(module, binding.importOf.source, binding.importOf.imported, depth + 1) ?? { kind: 'unknown', key };
      if (binding.value === undefined) return { kind: 'unknown', key };
      const value = unwrap(binding.value);
      if (value.type === 'Identifier' && depth < 12) {
        const inner = this.resolveName(module, value.name, binding.ancestors, value.start ?? at, depth + 1);
        return inner.kind === 'unknown' ? { kind: 'value', module, node: value, key, ancestors: binding.ancestors } : inner;
      }
      if ((value.type === 'MemberExpression' || value.type === 'OptionalMemberExpression') && depth < 12) {
        const inner = this.resolveExpression(module, value, binding.ancestors, depth + 1);
        if (inner.kind !== 'unknown') return inner;
      }
      return { kind: 'value', module, node: value, key, ancestors: binding.ancestors };
    }
    const imported = module.imports.get(name);
    if (imported) return this.resolveImport(module, imported.source, imported.imported, depth + 1) ?? { kind: 'unknown', key: `${module.rel}:import:${name}` };
    return { kind: 'unknown', key: `global:${name}` };
  }

  private resolveImport(module: ModuleInfo, source: string, imported: string, depth: number): Resolved | undefined {
    if (!source.startsWith('.')) return { kind: 'package', source, imported };
    const target = this.resolveModule(module, source);
    if (!target) return undefined;
    if (imported === '*') return { kind: 'module', module: target };
    return this.resolveExport(target, imported, depth);
  }

  /** What module `module` exports as `name` (following re-exports). */
  resolveExport(module: ModuleInfo, name: string, depth = 0): Resolved | undefined {
    if (depth > 12) return undefined;
    const entry = module.exports.get(name);
    if (entry) {
      if (entry.from) return this.resolveImport(module, entry.from.source, entry.from.imported, depth + 1);
      if (entry.local !== undefined) return this.resolveName(module, entry.local, [module.ast.program], Infinity, depth + 1);
      if (entry.value) {
        const value = unwrap(entry.value);
        if (value.type === 'Identifier') return this.resolveName(module, value.name, [module.ast.program], Infinity, depth + 1);
        return { kind: 'value', module, node: value, key: `${module.rel}:export:${name}`, ancestors: [module.ast.program] };
      }
    }
    for (const source of module.starExports) {
      const target = this.resolveModule(module, source);
      const found = target ? this.resolveExport(target, name, depth + 1) : source.startsWith('.') ? undefined : ({ kind: 'package', source, imported: name } as const);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * What an expression stands for: names, `ns.member` of imports and modules, object members of
   * known objects, and `require('x')`.
   */
  resolveExpression(module: ModuleInfo, expression: t.Node, ancestors: readonly t.Node[], depth = 0): Resolved {
    const node = unwrap(expression);
    const at = node.start ?? 0;
    if (depth > 12) return { kind: 'unknown', key: `${module.rel}:${at}` };
    if (node.type === 'Identifier') return this.resolveName(module, node.name, ancestors, at, depth);
    const source = requiredSource(node);
    if (source !== undefined) return this.resolveImport(module, source, '*', depth + 1) ?? { kind: 'unknown', key: `${module.rel}:${at}` };
    if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && node.property.type !== 'PrivateName') {
      const member = propertyName(node.property, node.computed);
      if (member !== undefined) {
        const object = this.resolveExpression(module, node.object, ancestors, depth + 1);
        if (object.kind === 'package') {
          const imported = object.imported === '*' || object.imported === 'default' ? member : `${object.imported}.${member}`;
          return { kind: 'package', source: object.source, imported };
        }
        if (object.kind === 'module') return this.resolveExport(object.module, member, depth + 1) ?? { kind: 'unknown', key: `${module.rel}:${at}` };
        if (object.kind === 'value' && object.node.type === 'ObjectExpression') {
          for (const property of object.node.properties) {
            if (property.type === 'SpreadElement' || propertyName(property.key, property.computed) !== member) continue;
            if (property.type === 'ObjectProperty') return this.resolveExpression(object.module, property.value, object.ancestors, depth + 1);
            return { kind: 'value', module: object.module, node: property, key: `${object.module.rel}:${property.start ?? 0}`, ancestors: object.ancestors };
          }
        }
      }
    }
    return { kind: 'value', module, node, key: `${module.rel}:${at}`, ancestors };
  }
}
