/**
 * mistral-guard middleware for Koa. State at `ctx.state.guard`.
 * @module
 */
export { sanitizeInput } from './sanitize-input.js';
export { moderate } from './moderate.js';
export { sanitizeOutput } from './sanitize-output.js';
export { auditLog } from './audit-log.js';
export { rateLimit } from './rate-limit.js';
export { tokenBudget } from './token-budget.js';
export { securityHeaders } from './security-headers.js';
export { secureChat } from './secure-chat.js';
export { guardErrorHandler } from './error-handler.js';
export { guardNotFound } from './not-found.js';
export { getGuard } from './state.js';
export { auditApp } from './audit-app.js';
export type { AuditAppOptions, RouteCoverageGap } from '../../project-audit/app-coverage.js';
export { compose } from './compose.js';
export type { ModerateOptions, SanitizeInputMiddlewareOptions, SanitizeOutputOptions, ServerErrorOptions } from '../shared/options.js';
export type { KoaSecureChatOptions as SecureChatOptions } from './secure-chat.js';
export type { KoaAuditLogOptions as AuditLogOptions } from './audit-log.js';
export type { KoaRateLimitOptions as RateLimitOptions } from './rate-limit.js';
export type { KoaTokenBudgetOptions as TokenBudgetOptions } from './token-budget.js';
export type { SecurityHeadersOptions, SecurityHeadersPreset } from '../shared/security-headers.js';
export type { BodyParserOptions } from '../shared/body-parser.js';
export type { ChatMessage, Finding, GuardState, ModerationOutcome, SecuredMessage } from '../../core/types.js';
export { GuardError, isGuardError } from '../../core/errors.js';
