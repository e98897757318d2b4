import { checkRouteCoverage } from '../../project-audit/app-coverage.js';
import type { AuditAppOptions, RouteCoverageGap, RouteDescriptor } from '../../project-audit/app-coverage.js';

/** What this walk reads of an `@koa/router` layer. */
interface LayerLike {
  methods?: unknown;
  path?: unknown;
  stack?: unknown;
  match?: (path: string) => boolean;
}

interface RouterLike {
  stack: LayerLike[];
}

function isRouter(value: unknown): value is RouterLike {
  return typeof value === 'object' && value !== null && Array.isArray((value as { stack?: unknown }).stack);
}

function functionsOf(stack: unknown): unknown[] {
  return Array.isArray(stack) ? stack : [];
}

/** Whether router-level middleware (`router.use(path?, fn)`) runs for a route path. */
function runsFor(layer: LayerLike, path: string): boolean {
  if (typeof layer.match !== 'function') return true;
  try {
    return layer.match(path);
  } catch {
    return true;
  }
}

function walkRouter(router: RouterLike, before: readonly unknown[], out: RouteDescriptor[]): void {
  const uses: LayerLike[] = [];
  for (const layer of router.stack) {
    const methods = Array.isArray(layer.methods) ? (layer.methods as unknown[]).filter((m): m is string => typeof m === 'string') : [];
    if (methods.length === 0) {
      uses.push(layer);
      continue;
    }
    const path = typeof layer.path === 'string' ? layer.path : String(layer.path);
    const chain = [...before, ...uses.filter((use) => runsFor(use, path)).flatMap((use) => functionsOf(use.stack)), ...functionsOf(layer.stack)];
    // @koa/router adds HEAD to every GET route: one entry is enough.
    for (const method of methods.filter((m) => !(m === 'HEAD' && methods.includes('GET')))) out.push({ method: method.toUpperCase(), path, chain });
  }
}

/**
 * The routes of a Koa app (with `@koa/router`) or of a Router that accept a prompt body without the
 * guard middleware, as `{ method, path, missing }`. App middleware counts for the routers mounted after
 * it; a composed `secureChat()` carries all of its guards.
 * @throws GuardConfigError for unknown options, or TypeError when `app` is no Koa app or Router
 */
export function auditApp(app: unknown, options?: AuditAppOptions): RouteCoverageGap[] {
  const routes: RouteDescriptor[] = [];
  const middleware = typeof app === 'object' && app !== null ? (app as { middleware?: unknown }).middleware : undefined;
  if (Array.isArray(middleware)) {
    const before: unknown[] = [];
    for (const fn of middleware) {
      const router = typeof fn === 'function' ? (fn as { router?: unknown }).router : undefined;
      if (isRouter(router)) walkRouter(router, [...before], routes);
      else before.push(fn);
    }
  } else if (isRouter(app)) {
    walkRouter(app, [], routes);
  } else {
    throw new TypeError('mistral-guard: auditApp() expects a Koa app or an @koa/router Router.');
  }
  return checkRouteCoverage(routes, options);
}
