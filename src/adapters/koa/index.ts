/**
 * mistral-guard middleware for Koa. State at `ctx.state.guard`.
 * @module
 */
export { sanitizeInput } from './sanitize-input.js';
export { moderate } from './moderate.js';
export { secureChat } from './secure-chat.js';
export { guardErrorHandler } from './error-handler.js';
export { guardNotFound } from './not-found.js';
export { getGuard } from './state.js';
export { auditApp } from './audit-app.js';
export type { AuditAppOptions, RouteCoverageGap } from '../../project-audit/app-coverage.js';
export { compose } from './compose.js';
export type { ModerateOptions, SanitizeInputMiddlewareOptions, SecureChatOptions, ServerErrorOptions } from '../shared/options.js';
export type { ChatMessage, Finding, GuardState, ModerationOutcome, SecuredMessage } from '../../core/types.js';
export { GuardError, isGuardError } from '../../core/errors.js';
