/**
 * Helpers shared by the code checks: option objects of calls, literal values behind names, and
 * whether code runs only in development.
 * @module
 */
import type * as t from '@babel/types';
import type { CodeProject, ModuleInfo } from '../code-model.js';
import { literalString, propertyName, unwrap } from '../code-model.js';
import { walk } from '../parse.js';

/** An object literal with the module and nodes around it (to resolve the names inside). */
export interface ObjectAt {
  module: ModuleInfo;
  node: t.ObjectExpression;
  ancestors: readonly t.Node[];
}

/** The object literal an expression is, or names (`const options = {...}`). */
export function objectOf(project: CodeProject, module: ModuleInfo, expression: t.Node | undefined, ancestors: readonly t.Node[]): ObjectAt | undefined {
  if (!expression) return undefined;
  const node = unwrap(expression);
  if (node.type === 'ObjectExpression') return { module, node, ancestors };
  if (node.type === 'Identifier' || node.type === 'MemberExpression') {
    const resolved = project.resolveExpression(module, node, ancestors);
    if (resolved.kind === 'value' && resolved.node.type === 'ObjectExpression') return { module: resolved.module, node: resolved.node, ancestors: resolved.ancestors };
  }
  return undefined;
}

/** The properties of an object literal named `name` (spreads of known objects included). */
export function propertiesNamed(project: CodeProject, object: ObjectAt, name: string, depth = 0): { property: t.ObjectProperty; at: ObjectAt }[] {
  const out: { property: t.ObjectProperty; at: ObjectAt }[] = [];
  for (const property of object.node.properties) {
    if (property.type === 'ObjectProperty' && propertyName(property.key, property.computed) === name) out.push({ property, at: object });
    else if (property.type === 'SpreadElement' && depth < 4) {
      const spread = objectOf(project, object.module, property.argument, object.ancestors);
      if (spread) out.push(...propertiesNamed(project, spread, name, depth + 1));
    }
  }
  return out;
}

/** The string a value spells, directly or through a constant it names. */
export function stringValue(project: CodeProject, module: ModuleInfo, node: t.Node, ancestors: readonly t.Node[]): string | undefined {
  const direct = literalString(node);
  if (direct !== undefined) return direct;
  const inner = unwrap(node);
  if (inner.type === 'Identifier' || inner.type === 'MemberExpression') {
    const resolved = project.resolveExpression(module, inner, ancestors);
    if (resolved.kind === 'value' && resolved.node !== inner) return literalString(resolved.node);
  }
  return undefined;
}

/** The literal a value spells (string, boolean, null), directly or through a constant. */
export function literalValue(project: CodeProject, module: ModuleInfo, node: t.Node, ancestors: readonly t.Node[]): string | boolean | null | undefined {
  const inner = unwrap(node);
  if (inner.type === 'BooleanLiteral') return inner.value;
  if (inner.type === 'NullLiteral') return null;
  if (inner.type === 'Identifier' && inner.name === 'undefined') return undefined;
  const text = stringValue(project, module, inner, ancestors);
  if (text !== undefined) return text;
  if (inner.type === 'Identifier') {
    const resolved = project.resolveExpression(module, inner, ancestors);
    if (resolved.kind === 'value' && resolved.node.type === 'BooleanLiteral') return resolved.node.value;
  }
  return undefined;
}

const ENVIRONMENT_NAME = /^(?:is)?(?:dev|development|debug|local|prod|production|test|testing)(?:mode|env)?$/i;

/** Whether an expression tests the environment (`process.env.NODE_ENV`, `isDev`, `'production'`). */
export function testsEnvironment(node: t.Node): boolean {
  let found = false;
  walk(node, (inner) => {
    if (found) return false;
    if (inner.type === 'Identifier' && (ENVIRONMENT_NAME.test(inner.name) || inner.name === 'NODE_ENV')) found = true;
    else if (inner.type === 'StringLiteral' && /^(?:dev|development|production|prod|test|NODE_ENV)$/.test(inner.value)) found = true;
    return !found;
  });
  return found;
}

/**
 * Whether `node` runs only under an environment test: inside `if (NODE_ENV ...)`, a branch of
 * `isDev ? ... : ...`, or after `isDev && ...`. Either branch counts: the author chose per environment.
 */
export function underEnvironmentTest(node: t.Node, ancestors: readonly t.Node[]): boolean {
  let child: t.Node = node;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const parent = ancestors[i]!;
    if (parent.type === 'IfStatement' && child !== parent.test && testsEnvironment(parent.test)) return true;
    if (parent.type === 'ConditionalExpression' && child !== parent.test && testsEnvironment(parent.test)) return true;
    if (parent.type === 'LogicalExpression' && child === parent.right && testsEnvironment(parent.left)) return true;
    child = parent;
  }
  return false;
}

/** Whether a value is switched by the environment itself (`isDev ? console : undefined`). */
export function switchedByEnvironment(node: t.Node): boolean {
  const inner = unwrap(node);
  if (inner.type === 'ConditionalExpression') return testsEnvironment(inner.test);
  if (inner.type === 'LogicalExpression') return testsEnvironment(inner.left);
  return false;
}
