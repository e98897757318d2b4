/**
 * mistral-guard middleware for Express. State at `req.guard`.
 * @module
 */
export { sanitizeInput } from './sanitize-input.js';
export { moderate } from './moderate.js';
export { secureChat } from './secure-chat.js';
export { guardErrorHandler } from './error-handler.js';
export { guardMethodNotAllowed, guardNotFound } from './not-found.js';
export { getGuard } from './state.js';
export { auditApp } from './audit-app.js';
export type { AuditAppOptions, RouteCoverageGap } from '../../project-audit/app-coverage.js';
export type { ModerateOptions, SanitizeInputMiddlewareOptions, SecureChatOptions, ServerErrorOptions } from '../shared/options.js';
export type { ChatMessage, Finding, GuardState, ModerationOutcome, SecuredMessage } from '../../core/types.js';
export { GuardError, isGuardError } from '../../core/errors.js';
