/**
 * The security headers of both adapters: helmet, configured once from a preset. helmet's middleware
 * speaks Node's own `(req, res, next)`, so Express runs it as it is and Koa through `ctx.req`/`ctx.res`.
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import type { HelmetOptions } from 'helmet';
import { GuardConfigError } from '../../core/errors.js';
import { checkOptionKeys, describe } from '../../core/options.js';
import type { OptionKeys } from '../../core/options.js';

/**
 * - `api`: for JSON APIs. Nothing may load, frame or be framed: `Content-Security-Policy: default-src 'none';
 *   frame-ancestors 'none'; base-uri 'none'; form-action 'none'`, `X-Content-Type-Options: nosniff`,
 *   `Referrer-Policy: no-referrer`, `X-Frame-Options: DENY`, `Cache-Control: no-store`, plus helmet's
 *   other defaults (HSTS, COOP, CORP same-origin, ...).
 * - `page`: for an app that also serves its own page (scripts, styles and images from its own origin, no
 *   inline script, calls to its own API): `default-src 'self'`, `script-src 'self'`, `script-src-attr 'none'`,
 *   `style-src 'self'`, `img-src 'self' data:`, `connect-src 'self'`, `object-src 'none'`, `base-uri 'self'`,
 *   `form-action 'self'`, `frame-ancestors 'none'`; the same other headers, without `Cache-Control`.
 */
export type SecurityHeadersPreset = 'api' | 'page';

/** Options of `securityHeaders()`, the same for Express and Koa. */
export interface SecurityHeadersOptions {
  /**
   * The policy to start from (see {@link SecurityHeadersPreset}).
   * @default 'api'
   */
  preset?: SecurityHeadersPreset;
  /**
   * helmet options over the preset, key by key (a `contentSecurityPolicy` given here replaces the preset's).
   * @default {}
   */
  helmet?: HelmetOptions;
  /**
   * Send `Cache-Control: no-store`, so no proxy or browser cache keeps a conversation.
   * @default true with preset `api`, false with `page`
   */
  noStore?: boolean;
}

/** Every key of {@link SecurityHeadersOptions}. */
export const SECURITY_HEADERS_OPTION_KEYS: OptionKeys<SecurityHeadersOptions> = { preset: true, helmet: true, noStore: true };

const COMMON: HelmetOptions = {
  referrerPolicy: { policy: 'no-referrer' },
  xFrameOptions: { action: 'deny' },
  crossOriginResourcePolicy: { policy: 'same-origin' },
};

const PRESETS: Record<SecurityHeadersPreset, HelmetOptions> = {
  api: {
    ...COMMON,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
  },
  page: {
    ...COMMON,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  },
};

/** Node-style middleware setting the headers. */
export type NodeHeadersMiddleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/**
 * The headers middleware for the options (helmet's, plus `Cache-Control: no-store`); options checked once.
 * @throws GuardConfigError for an unknown option or a bad value (helmet's own errors included)
 */
export function createHeadersMiddleware(options: SecurityHeadersOptions = {}): NodeHeadersMiddleware {
  checkOptionKeys('securityHeaders()', options, SECURITY_HEADERS_OPTION_KEYS);
  const preset = options.preset ?? 'api';
  if (preset !== 'api' && preset !== 'page') {
    throw new GuardConfigError(`mistral-guard: securityHeaders({ preset }) must be 'api' or 'page'; got ${describe(preset)}.`);
  }
  const overrides = options.helmet ?? {};
  if (typeof overrides !== 'object' || overrides === null) {
    throw new GuardConfigError(`mistral-guard: securityHeaders({ helmet }) must be helmet options; got ${describe(overrides)}.`);
  }
  const noStore = options.noStore ?? preset === 'api';
  if (typeof noStore !== 'boolean') throw new GuardConfigError('mistral-guard: securityHeaders({ noStore }) must be true or false.');
  let headers: NodeHeadersMiddleware;
  try {
    headers = helmet({ ...PRESETS[preset], ...overrides } as HelmetOptions);
  } catch (err) {
    throw new GuardConfigError(`mistral-guard: securityHeaders({ helmet }): ${(err as Error).message}`);
  }
  // helmet's headers are constants unless an option is a function (a CSP nonce per request): then it
  // runs per request; else what it sets is recorded once here and replayed, as helmet's own string fast path.
  const recorded = hasFunction(overrides) ? undefined : recordHeaders(headers);
  if (recorded !== undefined) {
    const { set, removed } = recorded;
    if (noStore) set.unshift(['Cache-Control', 'no-store']);
    return function presetHeaders(_req, res, next) {
      for (const name of removed) res.removeHeader(name);
      for (const [name, value] of set) res.setHeader(name, value);
      next();
    };
  }
  if (!noStore) return headers;
  return function headersWithNoStore(req, res, next) {
    res.setHeader('Cache-Control', 'no-store');
    headers(req, res, next);
  };
}

/** Whether an options value holds a function anywhere (bounded: options are small, acyclic objects). */
function hasFunction(value: unknown, depth = 0): boolean {
  if (typeof value === 'function') return true;
  if (typeof value !== 'object' || value === null || depth > 8) return false;
  return Object.values(value).some((v) => hasFunction(v, depth + 1));
}

/**
 * The headers helmet sets and removes, read by running it once on a stand-in response. Undefined when it
 * did anything else (read the request, failed, answered asynchronously): then it keeps running per request.
 */
function recordHeaders(headers: NodeHeadersMiddleware): { set: Array<[string, string | number | readonly string[]]>; removed: string[] } | undefined {
  const set: Array<[string, string | number | readonly string[]]> = [];
  const removed: string[] = [];
  let passed = false;
  const res = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set.push([name, value]);
      return res;
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  };
  try {
    // A request with nothing on it: a preset that read it would throw or differ, and is then not recorded.
    headers(Object.freeze({}) as IncomingMessage, res as unknown as ServerResponse, (err) => {
      passed = err === undefined;
    });
  } catch {
    return undefined;
  }
  return passed ? { set, removed } : undefined;
}
