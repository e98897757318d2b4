/**
 * Audit events, the winston logger factory and the redaction format.
 * @module
 */
export { AUDIT_SCHEMA, buildAuditEvent } from './event.js';
export type { AuditEvent, AuditEventV1, AuditOutcome, RequestFacts } from './event.js';
export { createAuditLogger, guardLoggerErrors } from './logger.js';
export type { AuditLoggerOptions, LogErrorReporter } from './logger.js';
export { redactFormat } from './format.js';
export type { RedactFormatOptions } from './format.js';
export { createRedactor } from './redact.js';
export type { RedactOptions, Redactor } from './redact.js';
export { createAuditor } from './auditor.js';
export type { AuditLogOptions, Auditor } from './auditor.js';
