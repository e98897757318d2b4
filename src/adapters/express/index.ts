/**
 * mistral-guard middleware for Express. State at `req.guard`.
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
export { guardMethodNotAllowed, guardNotFound } from './not-found.js';
export { getGuard } from './state.js';
export { auditApp } from './audit-app.js';
export type { AuditAppOptions, RouteCoverageGap } from '../../project-audit/app-coverage.js';
export type { ModerateOptions, SanitizeInputMiddlewareOptions, SanitizeOutputOptions, ServerErrorOptions } from '../shared/options.js';
export type { ExpressSecureChatOptions as SecureChatOptions } from './secure-chat.js';
export type { ExpressAuditLogOptions as AuditLogOptions } from './audit-log.js';
export type { ExpressRateLimitOptions as RateLimitOptions } from './rate-limit.js';
export type { ExpressTokenBudgetOptions as TokenBudgetOptions } from './token-budget.js';
export type { SecurityHeadersOptions, SecurityHeadersPreset } from '../shared/security-headers.js';
export type { BodyParserOptions } from '../shared/body-parser.js';
export type { ChatMessage, Finding, GuardState, ModerationOutcome, SecuredMessage } from '../../core/types.js';
export { GuardError, isGuardError } from '../../core/errors.js';
