import { checkRouteCoverage, joinRoutePath, runsUnder } from '../../project-audit/app-coverage.js';
import type { AuditAppOptions, RouteCoverageGap, RouteDescriptor } from '../../project-audit/app-coverage.js';

/** What this walk reads of an Express 4/5 router layer. */
interface LayerLike {
  handle?: unknown;
  method?: string;
  route?: { path?: unknown; stack?: LayerLike[]; methods?: Record<string, boolean> };
  /** router 2.x (Express 5): the path given to `use`. */
  rawPath?: unknown;
  /** Express 4: the compiled mount path. */
  regexp?: RegExp & { fast_slash?: boolean };
}

interface Applied {
  fn: unknown;
  mount: string | undefined;
}

/** The layers of an app or router: Express 5 `app.router`, Express 4 `app._router`, or a Router itself. */
function stackOf(app: unknown): LayerLike[] | undefined {
  if ((typeof app !== 'function' && typeof app !== 'object') || app === null) return undefined;
  const own = (app as { stack?: unknown }).stack;
  if (Array.isArray(own)) return own as LayerLike[];
  const legacy = (app as { _router?: { stack?: unknown } })._router;
  if (legacy && Array.isArray(legacy.stack)) return legacy.stack as LayerLike[];
  let router: { stack?: unknown } | undefined;
  try {
    router = (app as { router?: { stack?: unknown } }).router; // Express 4 throws here ("app.router is deprecated")
  } catch {
    router = undefined;
  }
  return router && Array.isArray(router.stack) ? (router.stack as LayerLike[]) : undefined;
}

function pathsOf(path: unknown): string[] {
  if (typeof path === 'string') return [path];
  if (path instanceof RegExp) return [String(path)];
  if (Array.isArray(path)) return path.flat(Infinity).flatMap((item) => pathsOf(item));
  return ['<unknown>'];
}

/** The path a `use` layer is mounted at, when it can be read (`undefined`: runs everywhere as far as we know). */
function mountOf(layer: LayerLike): string | undefined {
  if (typeof layer.rawPath === 'string') return layer.rawPath;
  if (Array.isArray(layer.rawPath) && typeof layer.rawPath[0] === 'string') return layer.rawPath[0];
  const regexp = layer.regexp;
  if (regexp instanceof RegExp) {
    if (regexp.fast_slash) return '/';
    // Express 4 compiles `use('/api')` to /^\/api\/?(?=\/|$)/i.
    const plain = regexp.source.replace(/^\^/, '').replace(/\\\/\?\(\?=\\\/\|\$\)$/, '').replace(/\\\//g, '/');
    if (/^[\w\-./~]*$/.test(plain)) return plain === '' ? '/' : plain;
  }
  return undefined;
}

function methodsOf(route: NonNullable<LayerLike['route']>): string[] {
  const methods: string[] = [];
  for (const layer of route.stack ?? []) {
    const method = layer.method === undefined ? 'ALL' : layer.method.toUpperCase();
    if (!methods.includes(method)) methods.push(method);
  }
  if (methods.length === 0 && route.methods) for (const name of Object.keys(route.methods)) methods.push(name === '_all' ? 'ALL' : name.toUpperCase());
  return methods;
}

function walk(stack: readonly LayerLike[], prefix: string, inherited: readonly Applied[], out: RouteDescriptor[], depth: number): void {
  const applied = [...inherited];
  for (const layer of stack) {
    const handle = layer.handle;
    if (layer.route) {
      const route = layer.route;
      for (const registered of pathsOf(route.path)) {
        const path = joinRoutePath(prefix, registered);
        const before = applied.filter((item) => runsUnder(path, item.mount)).map((item) => item.fn);
        for (const method of methodsOf(route)) {
          const own = (route.stack ?? []).filter((l) => l.method === undefined || l.method.toUpperCase() === method).map((l) => l.handle);
          out.push({ method, path, chain: [...before, ...own] });
        }
      }
      continue;
    }
    const mount = mountOf(layer);
    const at = mount === undefined ? prefix : joinRoutePath(prefix, mount);
    if (typeof handle === 'function' && Array.isArray((handle as { stack?: unknown }).stack) && depth < 32) {
      walk((handle as unknown as { stack: LayerLike[] }).stack, at, applied, out, depth + 1);
      continue;
    }
    if (typeof handle === 'function' && handle.name === 'mounted_app') {
      const before = applied.filter((item) => runsUnder(at, item.mount)).map((item) => item.fn);
      out.push({ method: 'ALL', path: at, chain: before, note: 'A mounted Express app: its routes are not visible from here; call auditApp() on that app too.' });
      continue;
    }
    if (typeof handle === 'function' && handle.length === 4) continue; // error handlers see no normal request
    applied.push({ fn: handle, mount: mount === undefined ? undefined : at });
  }
}

/**
 * The routes of an Express app (4 or 5) or Router that accept a prompt body without the guard
 * middleware, as `{ method, path, missing }`: a test can assert `expect(auditApp(app)).toEqual([])`.
 * A route counts as taking prompts when it is POST, PUT, PATCH or all-methods (or listed in
 * `chatRoutes`), or already goes through `sanitizeInput`.
 * @throws GuardConfigError for unknown options, or TypeError when `app` is no Express app or Router
 */
export function auditApp(app: unknown, options?: AuditAppOptions): RouteCoverageGap[] {
  const stack = stackOf(app);
  if (!stack) throw new TypeError('mistral-guard: auditApp() expects an Express app or Router (nothing routed yet?).');
  const routes: RouteDescriptor[] = [];
  walk(stack, '', [], routes, 0);
  return checkRouteCoverage(routes, options);
}
