/**
 * Routes read from the code of Express and Koa (`@koa/router`) apps: `app.post(path, ...)`,
 * `router.route(path).post(...)`, `router.post(name, path, ...)`, with the guards each goes through
 * (its own arguments, the `use()` calls before it on its app or router, and those of every app or
 * router it is mounted on, before the mount), and whether its handlers reach the Mistral chat API.
 * @module
 */
import type * as t from '@babel/types';
import type { CodeProject, ModuleInfo, Resolved } from './code-model.js';
import { literalString, propertyName, unwrap } from './code-model.js';
import { ChatCallReader } from './chat-calls.js';
import { GuardReader } from './guards.js';
import { joinRoutePath, runsUnder } from './app-coverage.js';

/** Route methods of Express and `@koa/router` (`del` is Koa's alias of `delete`). */
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'options', 'head']);

/** Packages whose objects take routes; a receiver imported from any other package is no router. */
const ROUTER_PACKAGES = new Set(['express', 'router', '@koa/router', 'koa-router', 'koa-tree-router', 'koa']);

/** A route found in the code. */
export interface StaticRoute {
  method: string;
  /** The full path when the mounts are known (`/api` + `/chat`), else the path as registered. */
  path: string;
  module: ModuleInfo;
  line: number;
  column: number;
  /** Guards that run before the first handler that calls the chat API. */
  guards: Set<string>;
  /** Whether a handler of the route reaches the Mistral chat API. */
  callsChat: boolean;
}

interface Receiver {
  key: string;
  /** Koa router `prefix` option. */
  prefix: string;
}

interface UseSite {
  receiver: string;
  module: ModuleInfo;
  start: number;
  path?: string;
  guards: Set<string>;
}

interface MountSite {
  child: string;
  parent: string;
  module: ModuleInfo;
  start: number;
  path: string;
}

interface PendingRoute {
  receiver: Receiver;
  method: string;
  paths: string[];
  args: t.Node[];
  module: ModuleInfo;
  ancestors: readonly t.Node[];
  node: t.Node;
}

/** Paths a route argument spells: a string, an array of strings, a regular expression. */
function pathsOf(project: CodeProject, module: ModuleInfo, node: t.Node, ancestors: readonly t.Node[]): string[] | undefined {
  const inner = unwrap(node);
  const text = literalString(inner);
  if (text !== undefined) return text.startsWith('/') || text === '*' ? [text] : undefined;
  if (inner.type === 'RegExpLiteral') return [`/${inner.pattern}/`];
  if (inner.type === 'ArrayExpression') {
    const all: string[] = [];
    for (const element of inner.elements) {
      const paths = element && element.type !== 'SpreadElement' ? pathsOf(project, module, element, ancestors) : undefined;
      if (!paths) return undefined;
      all.push(...paths);
    }
    return all.length > 0 ? all : undefined;
  }
  if (inner.type === 'Identifier') {
    const resolved = project.resolveExpression(module, inner, ancestors);
    if (resolved.kind === 'value' && resolved.node !== inner) {
      const value = literalString(resolved.node);
      if (value !== undefined && (value.startsWith('/') || value === '*')) return [value];
    }
  }
  return undefined;
}

/** Reads the routes of a parsed project. */
export class RouteReader {
  private readonly guards: GuardReader;
  private readonly chat: ChatCallReader;
  private readonly receivers = new Map<string, Receiver>();
  private readonly uses: UseSite[] = [];
  private readonly mounts: MountSite[] = [];
  private readonly pending: PendingRoute[] = [];

  constructor(private readonly project: CodeProject) {
    this.guards = new GuardReader(project);
    this.chat = new ChatCallReader(project);
  }

  /** Every route of the modules (test files only when `includeTests`). */
  read(includeTests: boolean): StaticRoute[] {
    for (const module of this.project.modules.values()) {
      if (module.isTest && !includeTests) continue;
      for (const call of module.calls) this.collect(module, call.node, call.ancestors);
    }
    return this.pending.flatMap((route) => this.finish(route));
  }

  /** The app or router `expression` names, or `undefined` when it is something else (an HTTP client). */
  private receiver(module: ModuleInfo, expression: t.Node, ancestors: readonly t.Node[]): Receiver | undefined {
    const node = unwrap(expression);
    if (node.type !== 'Identifier' && node.type !== 'MemberExpression') return undefined;
    const resolved: Resolved = this.project.resolveExpression(module, node, ancestors);
    if (resolved.kind === 'package') return ROUTER_PACKAGES.has(resolved.source) ? this.remember({ key: `pkg:${resolved.source}:${resolved.imported}`, prefix: '' }) : undefined;
    if (resolved.kind === 'module') return undefined;
    if (resolved.kind === 'unknown') return this.remember({ key: resolved.key, prefix: '' });
    const value = resolved.node;
    if (value.type === 'CallExpression' || value.type === 'NewExpression') {
      if (value.callee.type === 'V8IntrinsicIdentifier') return undefined;
      const factory = this.project.resolveExpression(resolved.module, value.callee, resolved.ancestors);
      if (factory.kind === 'package' && !ROUTER_PACKAGES.has(factory.source)) return undefined;
      let prefix = '';
      const options = value.arguments[0] ? unwrap(value.arguments[0] as t.Node) : undefined;
      if (options?.type === 'ObjectExpression') {
        for (const property of options.properties) {
          if (property.type === 'ObjectProperty' && propertyName(property.key, property.computed) === 'prefix') prefix = literalString(property.value) ?? '';
        }
      }
      return this.remember({ key: resolved.key, prefix });
    }
    if (value.type === 'ObjectExpression' || value.type === 'StringLiteral' || value.type === 'ArrayExpression' || value.type === 'NumericLiteral') return undefined;
    return this.remember({ key: resolved.key, prefix: '' });
  }

  private remember(receiver: Receiver): Receiver {
    const known = this.receivers.get(receiver.key);
    if (known) return known;
    this.receivers.set(receiver.key, receiver);
    return receiver;
  }

  private collect(module: ModuleInfo, node: t.CallExpression | t.OptionalCallExpression | t.NewExpression, ancestors: readonly t.Node[]): void {
    if (node.type === 'NewExpression') return;
    const callee = node.callee;
    if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return;
    const method = propertyName(callee.property, callee.computed);
    if (method === undefined) return;
    const args = node.arguments as t.Node[];
    if (method === 'use') {
      this.collectUse(module, callee.object, args, ancestors, node.start ?? 0);
      return;
    }
    if (!ROUTE_METHODS.has(method)) return;
    let paths: string[] | undefined;
    let handlers = args;
    // Chained registrations return the app, router or route: `router.route('/p').get(a).post(b)`,
    // `app.get('/a', h).post('/b', h)`. Unwind to what the chain started from.
    let object = unwrap(callee.object);
    while (object.type === 'CallExpression' && object.callee.type === 'MemberExpression' && ROUTE_METHODS.has(propertyName(object.callee.property, object.callee.computed) ?? '')) {
      object = unwrap(object.callee.object);
    }
    let receiverNode: t.Node = object;
    // router.route('/path').post(...)
    if (object.type === 'CallExpression' && object.callee.type === 'MemberExpression' && propertyName(object.callee.property, object.callee.computed) === 'route' && object.arguments[0]) {
      receiverNode = object.callee.object;
      paths = pathsOf(this.project, module, object.arguments[0] as t.Node, ancestors);
    } else if (args[0]) {
      paths = pathsOf(this.project, module, args[0], ancestors);
      handlers = args.slice(1);
      // router.post('name', '/path', ...)
      if (!paths && args[1] && literalString(args[0]) !== undefined) {
        paths = pathsOf(this.project, module, args[1], ancestors);
        handlers = args.slice(2);
      }
    }
    if (!paths || handlers.length === 0) return;
    // An HTTP client's `post(url, body)` has data, not handlers, after the path.
    const last = unwrap(handlers[handlers.length - 1]!);
    if (last.type === 'ObjectExpression' || last.type === 'StringLiteral' || last.type === 'TemplateLiteral' || last.type === 'NumericLiteral') return;
    const receiver = this.receiver(module, receiverNode, ancestors);
    if (!receiver) return;
    this.pending.push({ receiver, method: method === 'del' ? 'DELETE' : method.toUpperCase(), paths, args: handlers, module, ancestors, node });
  }

  private collectUse(module: ModuleInfo, object: t.Node, args: t.Node[], ancestors: readonly t.Node[], start: number): void {
    const parent = this.receiver(module, object, ancestors);
    if (!parent) return;
    let path: string | undefined;
    let rest = args;
    if (args[0]) {
      const paths = pathsOf(this.project, module, args[0], ancestors);
      if (paths) {
        path = joinRoutePath(parent.prefix, paths[0]!);
        rest = args.slice(1);
      }
    }
    const guards = new Set<string>();
    for (const argument of rest) {
      const child = this.mountedRouter(module, argument, ancestors);
      if (child) {
        this.mounts.push({ child: child.key, parent: parent.key, module, start, path: path ?? parent.prefix });
        continue;
      }
      for (const name of this.guards.guardsOf(module, argument, ancestors)) guards.add(name);
    }
    if (guards.size > 0) this.uses.push({ receiver: parent.key, module, start, ...(path === undefined ? {} : { path }), guards });
  }

  /** A router mounted by `use`: `app.use(router)` (Express), `app.use(router.routes())` (Koa). */
  private mountedRouter(module: ModuleInfo, argument: t.Node, ancestors: readonly t.Node[]): Receiver | undefined {
    const node = unwrap(argument);
    if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.arguments.length === 0) {
      const member = propertyName(node.callee.property, node.callee.computed);
      if (member === 'routes' || member === 'middleware') return this.receiver(module, node.callee.object, ancestors);
      return undefined;
    }
    if (node.type !== 'Identifier' && node.type !== 'MemberExpression') return undefined;
    const resolved = this.project.resolveExpression(module, node, ancestors);
    if (resolved.kind !== 'value') return undefined;
    const value = resolved.node;
    if (value.type !== 'CallExpression' && value.type !== 'NewExpression') return undefined;
    if (value.callee.type === 'V8IntrinsicIdentifier') return undefined;
    const factory = this.project.resolveExpression(resolved.module, value.callee, resolved.ancestors);
    if (factory.kind === 'package' && (factory.source === 'express' || factory.source === 'router') && /(?:^|\.)Router$/.test(factory.imported)) {
      return this.receiver(module, node, ancestors);
    }
    return undefined;
  }

  /** Guards of `use()` calls on `receiver` that run before a point (same module: earlier in it). */
  private usedBefore(receiver: string, path: string, module: ModuleInfo, start: number): Set<string> {
    const out = new Set<string>();
    for (const use of this.uses) {
      if (use.receiver !== receiver) continue;
      if (use.module === module && use.start > start) continue;
      if (!runsUnder(path, use.path)) continue;
      for (const name of use.guards) out.add(name);
    }
    return out;
  }

  /** Guards every mount of `receiver` puts in front of it (a guard counts when all mounts have it). */
  private inherited(receiver: string, path: string, seen: Set<string>): Set<string> {
    const mounts = this.mounts.filter((mount) => mount.child === receiver && !seen.has(mount.parent));
    let out: Set<string> | undefined;
    for (const mount of mounts) {
      const parentPath = joinRoutePath(mount.path, path);
      const next = new Set(seen).add(mount.parent);
      const guards = this.usedBefore(mount.parent, parentPath, mount.module, mount.start);
      for (const name of this.inherited(mount.parent, parentPath, next)) guards.add(name);
      if (out === undefined) out = guards;
      else for (const name of [...out]) if (!guards.has(name)) out.delete(name);
    }
    return out ?? new Set();
  }

  /** The path of `receiver`'s routes seen from the outermost app (first mount of each level). */
  private mountPrefix(receiver: string, seen: Set<string>): string {
    const mount = this.mounts.find((m) => m.child === receiver && !seen.has(m.parent));
    if (!mount) return '';
    return joinRoutePath(this.mountPrefix(mount.parent, new Set(seen).add(mount.parent)), mount.path);
  }

  private finish(route: PendingRoute): StaticRoute[] {
    const { module, receiver, ancestors } = route;
    const own = new Set<string>();
    let callsChat = false;
    for (const argument of route.args) {
      if (this.chat.reaches(module, argument, ancestors)) {
        callsChat = true;
        break;
      }
      for (const name of this.guards.guardsOf(module, argument, ancestors)) own.add(name);
    }
    const start = route.node.start ?? 0;
    const loc = route.node.loc?.start;
    return route.paths.map((registered) => {
      const relative = joinRoutePath(receiver.prefix, registered);
      const guards = new Set(own);
      for (const name of this.usedBefore(receiver.key, relative, module, start)) guards.add(name);
      for (const name of this.inherited(receiver.key, relative, new Set([receiver.key]))) guards.add(name);
      return {
        method: route.method,
        path: joinRoutePath(this.mountPrefix(receiver.key, new Set([receiver.key])), relative),
        module,
        line: loc?.line ?? module.lines.line(start),
        column: (loc?.column ?? 0) + 1,
        guards,
        callsChat,
      };
    });
  }
}
