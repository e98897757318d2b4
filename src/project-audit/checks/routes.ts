/**
 * Guard coverage read from the code: every route that calls the Mistral chat API (or already goes
 * through `sanitizeInput`) goes through the chat guards (`chat-route-guards`), security headers
 * (`security-headers`) and a rate limit or token budget (`rate-limit`).
 * @module
 */
import { isChatCall } from '../chat-calls.js';
import type { AuditContext, CheckOutcome } from '../context.js';
import { findingAt } from '../context.js';
import type { StaticRoute } from '../routes.js';
import type { AuditFinding, AuditSeverity } from '../types.js';

/** Libraries whose limits are applied in ways the code checks cannot follow (custom middleware). */
const OPAQUE_RATE_LIMITERS = ['rate-limiter-flexible', '@upstash/ratelimit', 'bottleneck', 'limiter', 'p-throttle'];

/** The routes the guard checks apply to: those that reach the chat API or declare themselves chat routes. */
async function chatRoutes(context: AuditContext): Promise<StaticRoute[]> {
  return (await context.routes()).filter((route) => route.callsChat || route.guards.has('sanitizeInput'));
}

function routeFinding(check: string, severity: AuditSeverity, route: StaticRoute, missing: string[], message: string): AuditFinding {
  return {
    check,
    severity,
    message,
    location: { path: route.module.rel, line: route.line, column: route.column },
    route: { method: route.method, path: route.path, missing },
  };
}

function describe(route: StaticRoute): string {
  return `${route.method} ${route.path}${route.callsChat ? ' calls the Mistral chat API' : ' takes prompts (sanitizeInput)'}`;
}

function noRoutesNote(all: number): string[] {
  return [all === 0 ? 'No Express or Koa route found in the code.' : `No route calls the Mistral chat API (of ${all} route(s) read).`];
}

/**
 * Chat calls in code where no chat route was read (another framework, serverless handlers, workers):
 * their guards cannot be checked from here, which a pass would hide.
 */
async function unreadChatCalls(context: AuditContext): Promise<AuditFinding[]> {
  const findings: AuditFinding[] = [];
  for (const module of await context.modules()) {
    for (const { node } of module.calls) {
      if (!isChatCall(node)) continue;
      findings.push(findingAt('chat-route-guards', 'warn', 'Calls the Mistral chat API outside any Express or Koa route the audit can read: check by hand that its input goes through the guards (or test the app with auditApp).', module, node));
    }
  }
  return findings;
}

/** `chat-route-guards`. */
export async function checkChatRouteGuards(context: AuditContext): Promise<CheckOutcome> {
  const routes = await chatRoutes(context);
  if (routes.length === 0) return { findings: await unreadChatCalls(context), notes: noRoutesNote((await context.routes()).length) };
  const findings: AuditFinding[] = [];
  for (const route of routes) {
    const missing = context.options.requiredGuards.filter((name) => !route.guards.has(name));
    if (missing.length === 0) continue;
    findings.push(routeFinding('chat-route-guards', 'fail', route, missing, `${describe(route)} without ${missing.join(', ')}.`));
  }
  return { findings, notes: [`${routes.length} chat route(s) read.`] };
}

/** `security-headers`. */
export async function checkSecurityHeaders(context: AuditContext): Promise<CheckOutcome> {
  const routes = await chatRoutes(context);
  if (routes.length === 0) return { findings: [], notes: noRoutesNote((await context.routes()).length) };
  const findings = routes
    .filter((route) => !route.guards.has('securityHeaders'))
    .map((route) => routeFinding('security-headers', 'warn', route, ['securityHeaders'], `${describe(route)} without security headers (securityHeaders() or helmet()).`));
  return { findings };
}

/** `rate-limit`. */
export async function checkRateLimit(context: AuditContext): Promise<CheckOutcome> {
  const routes = await chatRoutes(context);
  if (routes.length === 0) return { findings: [], notes: noRoutesNote((await context.routes()).length) };
  const project = await context.project();
  for (const module of project.modules.values()) {
    const sources = [...module.imports.values()].map((entry) => entry.source);
    for (const bindings of module.bindings.values()) for (const binding of bindings) if (binding.importOf) sources.push(binding.importOf.source);
    const limiter = sources.find((source) => OPAQUE_RATE_LIMITERS.includes(source));
    if (limiter !== undefined) return { findings: [], notes: [`Rate limiting through ${limiter} (${module.rel}) is assumed to cover the chat routes.`] };
  }
  const findings = routes
    .filter((route) => !route.guards.has('rateLimit') && !route.guards.has('tokenBudget'))
    .map((route) => routeFinding('rate-limit', 'warn', route, ['rateLimit'], `${describe(route)} without a rate limit or token budget (rateLimit(), tokenBudget()).`));
  return { findings };
}
