/**
 * Which guards an expression in route code applies, read from the syntax: calls of the mistral-guard
 * factories (also through names, arrays, spreads, `compose`, re-exports and small factory functions
 * that return them), and the well-known third-party middleware for headers and rate limits.
 * @module
 */
import type * as t from '@babel/types';
import type { CodeProject, ModuleInfo } from './code-model.js';
import { isFunction, propertyName, unwrap } from './code-model.js';
import { walk } from './parse.js';

/** mistral-guard's own import names: the package and its subpaths. */
export function isGuardPackage(source: string): boolean {
  return source === 'mistral-guard' || source.startsWith('mistral-guard/');
}

/** Factories of mistral-guard that put one guard on a route, by export name. */
const GUARD_FACTORIES: Readonly<Record<string, string>> = {
  sanitizeInput: 'sanitizeInput',
  moderate: 'moderate',
  sanitizeOutput: 'sanitizeOutput',
  auditLog: 'auditLog',
  securityHeaders: 'securityHeaders',
  rateLimit: 'rateLimit',
  tokenBudget: 'tokenBudget',
};

/**
 * What `secureChat()` applies, read statically: the whole chat stack. An option set to the literal
 * `false` leaves its step out (`secureChat({ moderation: false })` has no `moderate`).
 */
export const SECURE_CHAT_GUARDS: readonly string[] = ['sanitizeInput', 'moderate', 'sanitizeOutput', 'auditLog'];

/** The `secureChat()` option key that turns each step off. */
const SECURE_CHAT_STEP_KEYS: Readonly<Record<string, string>> = {
  input: 'sanitizeInput',
  moderation: 'moderate',
  output: 'sanitizeOutput',
  sanitizeOutput: 'sanitizeOutput',
  audit: 'auditLog',
  auditLog: 'auditLog',
};

/** Third-party middleware that stands for a guard, by package. */
const THIRD_PARTY_GUARDS: Readonly<Record<string, string>> = {
  helmet: 'securityHeaders',
  'koa-helmet': 'securityHeaders',
  'express-rate-limit': 'rateLimit',
  'express-slow-down': 'rateLimit',
  'koa-ratelimit': 'rateLimit',
  'koa2-ratelimit': 'rateLimit',
};

/** Packages that compose middleware arrays into one (their guards are the array's). */
const COMPOSERS = new Set(['koa-compose', 'compose-middleware']);

function secureChatGuards(call: t.CallExpression | t.NewExpression | t.OptionalCallExpression): string[] {
  const options = call.arguments[0] ? unwrap(call.arguments[0] as t.Node) : undefined;
  const off = new Set<string>();
  if (options?.type === 'ObjectExpression') {
    for (const property of options.properties) {
      if (property.type !== 'ObjectProperty') continue;
      const key = propertyName(property.key, property.computed);
      const step = key === undefined ? undefined : SECURE_CHAT_STEP_KEYS[key];
      const value = unwrap(property.value);
      if (step !== undefined && value.type === 'BooleanLiteral' && !value.value) off.add(step);
    }
  }
  return SECURE_CHAT_GUARDS.filter((name) => !off.has(name));
}

/** Reads guard names off route code, with memoized, depth-bounded resolution. */
export class GuardReader {
  private readonly functionMemo = new Map<t.Node, Set<string>>();

  constructor(private readonly project: CodeProject) {}

  /** The guards `expression` (a route argument, a `use` argument) applies. */
  guardsOf(module: ModuleInfo, expression: t.Node, ancestors: readonly t.Node[], depth = 0): Set<string> {
    const out = new Set<string>();
    if (depth > 10) return out;
    const node = unwrap(expression);
    switch (node.type) {
      case 'SpreadElement':
        return this.guardsOf(module, node.argument, ancestors, depth + 1);
      case 'ArrayExpression':
        for (const element of node.elements) if (element) for (const name of this.guardsOf(module, element, ancestors, depth + 1)) out.add(name);
        return out;
      case 'ConditionalExpression': {
        // A guard counts when both branches apply it.
        const whenTrue = this.guardsOf(module, node.consequent, ancestors, depth + 1);
        for (const name of this.guardsOf(module, node.alternate, ancestors, depth + 1)) if (whenTrue.has(name)) out.add(name);
        return out;
      }
      case 'LogicalExpression':
        // `enabled && guard()`: applied on one path only, so not for sure.
        return out;
      case 'CallExpression':
      case 'OptionalCallExpression':
      case 'NewExpression':
        return this.guardsOfCall(module, node, ancestors, depth);
      case 'Identifier':
      case 'MemberExpression':
      case 'OptionalMemberExpression': {
        const resolved = this.project.resolveExpression(module, node, ancestors, depth);
        if (resolved.kind === 'value' && resolved.node !== node) return this.guardsOf(resolved.module, resolved.node, resolved.ancestors, depth + 1);
        return out;
      }
      default:
        return out;
    }
  }

  private guardsOfCall(module: ModuleInfo, call: t.CallExpression | t.OptionalCallExpression | t.NewExpression, ancestors: readonly t.Node[], depth: number): Set<string> {
    const out = new Set<string>();
    if (call.callee.type === 'V8IntrinsicIdentifier') return out;
    const callee = this.project.resolveExpression(module, call.callee, ancestors, depth + 1);
    if (callee.kind === 'package') {
      const name = callee.imported.split('.').pop()!;
      if (isGuardPackage(callee.source)) {
        if (name === 'secureChat') for (const guard of secureChatGuards(call)) out.add(guard);
        else if (GUARD_FACTORIES[name] !== undefined) out.add(GUARD_FACTORIES[name]!);
        else if (name === 'compose' && call.arguments[0]) return this.guardsOf(module, call.arguments[0] as t.Node, ancestors, depth + 1);
        return out;
      }
      const thirdParty = THIRD_PARTY_GUARDS[callee.source];
      if (thirdParty !== undefined) out.add(thirdParty);
      else if (COMPOSERS.has(callee.source) && call.arguments[0]) return this.guardsOf(module, call.arguments[0] as t.Node, ancestors, depth + 1);
      return out;
    }
    if (callee.kind === 'value' && isFunction(callee.node)) return this.returnedGuards(callee.module, callee.node, callee.ancestors, depth + 1);
    return out;
  }

  /** Guards every `return` of a small factory function applies (`const guard = () => secureChat()`). */
  private returnedGuards(module: ModuleInfo, fn: t.Function, ancestors: readonly t.Node[], depth: number): Set<string> {
    const memo = this.functionMemo.get(fn);
    if (memo) return memo;
    const out = new Set<string>();
    this.functionMemo.set(fn, out); // a recursive factory reads as no guard
    const inside = [...ancestors, fn];
    if (fn.body.type !== 'BlockStatement') {
      for (const name of this.guardsOf(module, fn.body, inside, depth)) out.add(name);
      return out;
    }
    const returns: { node: t.Node; ancestors: readonly t.Node[] }[] = [];
    walk(fn.body, (node, local) => {
      if (node !== fn.body && isFunction(node)) return false;
      if (node.type === 'ReturnStatement' && node.argument) returns.push({ node: node.argument, ancestors: [...inside, ...local] });
      return true;
    });
    let first = true;
    for (const { node, ancestors: around } of returns) {
      const guards = this.guardsOf(module, node, around, depth);
      // Every return must apply a guard for the factory to apply it.
      if (first) for (const name of guards) out.add(name);
      else for (const name of [...out]) if (!guards.has(name)) out.delete(name);
      first = false;
    }
    return out;
  }
}
