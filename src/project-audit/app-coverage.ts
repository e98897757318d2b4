/**
 * The framework-free core of `auditApp(app)`: given the routes of a running app and the functions each
 * runs through, report every route that accepts a prompt body without the guard middleware, as data a
 * team's own test can assert on. Guards are recognised by the tag every mistral-guard middleware carries
 * (`middlewareTags`), never by function name.
 * @module
 */
import { GuardConfigError } from '../core/errors.js';
import { middlewareTags } from '../core/middleware-tag.js';
import type { GuardMiddlewareName } from '../core/middleware-tag.js';
import { checkOptionKeys, describe, suggestion } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';

/** One route of an app, as an adapter reads it off the framework's router. */
export interface RouteDescriptor {
  /** Upper case; `ALL` for a route of every method. */
  method: string;
  path: string;
  /** The functions a request to the route runs through, in order (app middleware first, handler last). */
  chain: readonly unknown[];
  /** Set when the adapter could not look inside (a mounted sub-app). */
  note?: string;
}

/** A route that accepts a prompt body without every required guard. */
export interface RouteCoverageGap {
  method: string;
  path: string;
  missing: GuardMiddlewareName[];
  /** Why the route could not be read fully (e.g. a mounted sub-app: audit it with its own call). */
  note?: string;
}

/** A route path pattern: a string is the exact path as registered, a RegExp is tested on it. */
export type RouteMatcher = string | RegExp;

/** Options of `auditApp(app, options)`. */
export interface AuditAppOptions {
  /**
   * Guards every route that accepts a prompt body must go through.
   * @default ['sanitizeInput', 'moderate', 'sanitizeOutput', 'auditLog']
   */
  required?: readonly GuardMiddlewareName[];
  /**
   * The routes that accept a prompt body. When set, only these (plus any route that already goes
   * through `sanitizeInput`) are checked.
   * @default every POST, PUT, PATCH and all-methods route, plus any route through `sanitizeInput`
   */
  chatRoutes?: readonly RouteMatcher[];
  /**
   * Routes to leave out (a login form, a webhook), matched like `chatRoutes`.
   * @default []
   */
  ignore?: readonly RouteMatcher[];
}

/** Every key of {@link AuditAppOptions}. */
export const AUDIT_APP_OPTION_KEYS: OptionKeys<AuditAppOptions> = { required: true, chatRoutes: true, ignore: true };

/** The guards a chat route needs by default: the four of the chat stack. */
export const DEFAULT_CHAT_GUARDS: readonly GuardMiddlewareName[] = ['sanitizeInput', 'moderate', 'sanitizeOutput', 'auditLog'];

/** Every guard name a mistral-guard middleware can carry (the tag names of `middlewareTags`). */
export const GUARD_NAMES: readonly GuardMiddlewareName[] = [
  'sanitizeInput',
  'moderate',
  'sanitizeOutput',
  'auditLog',
  'securityHeaders',
  'rateLimit',
  'tokenBudget',
  'bodyParser',
  'guardErrorHandler',
];

/** Methods whose requests carry a body. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'ALL']);

function matchers(name: string, value: unknown): readonly RouteMatcher[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' || item instanceof RegExp)) {
    throw new GuardConfigError(`mistral-guard: auditApp() ${name} must be an array of paths (strings) or regular expressions; got ${describe(value)}.`);
  }
  return value as RouteMatcher[];
}

function matches(list: readonly RouteMatcher[], path: string): boolean {
  return list.some((matcher) => (typeof matcher === 'string' ? matcher === path : new RegExp(matcher.source, matcher.flags.replace('g', '')).test(path)));
}

/**
 * The routes of `routes` that accept a prompt body without every required guard, in registration order.
 * @throws GuardConfigError for an unknown option or guard name
 */
export function checkRouteCoverage(routes: readonly RouteDescriptor[], options: AuditAppOptions = {}): RouteCoverageGap[] {
  checkOptionKeys('auditApp()', options, AUDIT_APP_OPTION_KEYS);
  const required = options.required ?? DEFAULT_CHAT_GUARDS;
  if (!Array.isArray(required)) throw new GuardConfigError(`mistral-guard: auditApp() required must be an array of guard names; got ${describe(required)}.`);
  for (const name of required) {
    if (!GUARD_NAMES.includes(name)) throw new GuardConfigError(`mistral-guard: auditApp() unknown guard \`${String(name)}\` in required.${suggestion(String(name), GUARD_NAMES)}`);
  }
  const chatRoutes = matchers('chatRoutes', options.chatRoutes);
  const ignored = matchers('ignore', options.ignore) ?? [];
  const gaps: RouteCoverageGap[] = [];
  for (const route of routes) {
    if (matches(ignored, route.path)) continue;
    // A route answered by a mistral-guard responder (a 405 for other methods) takes no prompt.
    if (middlewareTags(route.chain[route.chain.length - 1]).includes('guardErrorHandler')) continue;
    const tags = new Set<GuardMiddlewareName>(route.chain.flatMap((fn) => middlewareTags(fn)));
    const takesPrompts = tags.has('sanitizeInput') || (chatRoutes ? matches(chatRoutes, route.path) : BODY_METHODS.has(route.method));
    if (!takesPrompts) continue;
    const missing = required.filter((name) => !tags.has(name));
    if (missing.length > 0 || route.note !== undefined) {
      gaps.push({ method: route.method, path: route.path, missing, ...(route.note !== undefined ? { note: route.note } : {}) });
    }
  }
  return gaps;
}

/** Joins a mount path and a route path (`/api` + `/chat`). */
export function joinRoutePath(prefix: string, path: string): string {
  if (prefix === '' || prefix === '/') return path === '' ? '/' : path;
  if (path === '/' || path === '') return prefix;
  return `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Whether middleware mounted at `mount` runs for `path` (an unknown or pattern mount is taken to run). */
export function runsUnder(path: string, mount: string | undefined): boolean {
  if (mount === undefined || mount === '' || mount === '/' || /[()*?+[\]]/.test(mount)) return true;
  const base = mount.replace(/\/+$/, '');
  return path === base || path.startsWith(`${base}/`);
}
