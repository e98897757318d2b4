/**
 * The audit event: one per request, metadata only. Its schema is versioned (`schema` field); fields are
 * only ever added within a version, and a change of meaning makes a new version.
 * @module
 */
import type { GuardState, TokenUsage } from '../core/types.js';
import { conversationOf } from '../scan/input-guard.js';
import { usageOfRequest } from '../core/usage.js';
import type { Redactor } from './redact.js';

/** The schema name and version every event carries. */
export const AUDIT_SCHEMA = 'mistral-guard.audit.v1';

/**
 * What happened to the request:
 * - `allowed`: answered (2xx/3xx) and nothing was found;
 * - `flagged`: answered, with findings (redacted PII, flagged injection, moderation categories over
 *   their flag threshold, ...);
 * - `blocked`: refused with a 4xx (a guard's refusal, a limit, malformed input);
 * - `error`: a 5xx, or the client went away before the response was complete.
 */
export type AuditOutcome = 'allowed' | 'flagged' | 'blocked' | 'error';

/** Version 1 of the audit event. Never holds message content, keys, user ids or PII. */
export interface AuditEventV1 {
  schema: typeof AUDIT_SCHEMA;
  /** When the response finished (or the client went away), ISO 8601 UTC. */
  timestamp: string;
  /** The request id the client saw in `X-Request-Id` (also in every error body). */
  requestId: string;
  method: string;
  /** The route pattern (`/api/chat`, `/users/:id`), else the path without its query string. */
  route: string;
  /** HTTP status sent (for an aborted request: the status set when the client left). */
  status: number;
  outcome: AuditOutcome;
  /** Present when the client closed the connection before the response was complete. */
  aborted?: true;
  /** The documented error the client received (`rate_limited`, `prompt_injection`, ...). */
  error?: { type: string; code: string };
  /** The chat model, when the handler set `guard.model` or the response was Mistral-shaped. */
  model?: string;
  /** Messages in the client's conversation (after `sanitizeInput`). */
  messages?: number;
  /** Characters of the conversation's texts (after redaction, without the system prompt and delimiters). */
  inputChars?: number;
  /** Characters of the response body sent (bytes for binary bodies). */
  outputChars: number;
  /** Mistral token usage, when the handler set `guard.usage` or the response carried `usage`. */
  usage?: TokenUsage;
  /** From the first middleware of the stack to the end of the response, in ms. */
  latencyMs: number;
  /** Count of findings by kind, then type: `{ "pii": { "EMAIL": 2 }, "injection": { "instruction_override": 1 } }`. */
  findings: Record<string, Record<string, number>>;
  /** Moderation categories over their thresholds, when moderation ran. */
  moderation?: { model: string; flagged: string[]; blocked: string[]; cached: boolean; failedOpen?: true };
  /** `fingerprintKey()` of the Mistral key that served the request (8 hex), never the key. */
  keyFingerprint?: string;
  /** Keyed hash (HMAC-SHA256, 24 hex) of the user id, when a `userId` function is configured. */
  user?: string;
}

/** The current audit event type. */
export type AuditEvent = AuditEventV1;

/** What an adapter knows about a finished request. */
export interface RequestFacts {
  method: string;
  route: string;
  status: number;
  /** The response was written completely (false: the client went away first). */
  finished: boolean;
  /** The `X-Request-Id` response header, if one was set. */
  requestId: string | undefined;
  /** The incoming `X-Request-Id` header (a value the client chose, so it is redacted like any input). */
  clientRequestId: string | undefined;
  guard: GuardState | undefined;
  /** The JSON body the handler sent, when the adapter saw it. */
  body: unknown;
  outputChars: number;
  latencyMs: number;
  /** The fingerprint of the Mistral key the request's calls authenticated with, as the client noted it. */
  keyUsed?: string | undefined;
}

/** Who made the request and with which key, as the auditor resolved them (hash and fingerprint only). */
export interface RequestIdentity {
  userHash?: string | undefined;
  keyFingerprint?: string | undefined;
}

const NAME = /^[A-Za-z0-9_.:/-]{1,64}$/;
const HEX = /^[0-9a-f]{8,64}$/;

function textLength(content: unknown): number {
  if (typeof content === 'string') return content.length;
  if (!Array.isArray(content)) return 0;
  let n = 0;
  for (const chunk of content) {
    if (typeof chunk === 'object' && chunk !== null && (chunk as { type?: unknown }).type === 'text') {
      const text = (chunk as { text?: unknown }).text;
      if (typeof text === 'string') n += text.length;
    }
  }
  return n;
}

interface SentError {
  type: string;
  code: string;
  /** The blocking findings the error body lists (kinds and types only), for a refusal made before any guard state. */
  findings: ReadonlyArray<{ kind?: unknown; type?: unknown }>;
}

function errorOf(body: unknown): SentError | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return undefined;
  const { type, code, details } = error as { type?: unknown; code?: unknown; details?: { findings?: unknown } };
  if (typeof type !== 'string' || typeof code !== 'string' || !NAME.test(type) || !NAME.test(code)) return undefined;
  const findings = details?.findings;
  return { type, code, findings: Array.isArray(findings) ? (findings as SentError['findings']) : [] };
}

function countFinding(into: Record<string, Record<string, number>>, kind: unknown, type: unknown): void {
  const k = typeof kind === 'string' && NAME.test(kind) ? kind : 'other';
  const t = typeof type === 'string' && NAME.test(type) ? type : 'other';
  const byType = (into[k] ??= {});
  byType[t] = (byType[t] ?? 0) + 1;
}

function names(list: readonly unknown[]): string[] {
  return list.filter((c): c is string => typeof c === 'string' && NAME.test(c));
}

/**
 * Builds the event from what the adapter saw. Every string that could carry client input (the path,
 * a client-chosen request id, the model name) goes through the redactor; everything else is a number,
 * an enum, a hash or a name checked against a strict pattern.
 */
export function buildAuditEvent<T extends object = Record<never, never>>(
  facts: RequestFacts,
  redactor: Redactor,
  identity: RequestIdentity = {},
  /** Fields written first (the log entry's `level` and `message`): the event is built into this object. */
  into?: T,
): AuditEvent & T {
  const { guard, status } = facts;
  const requestId = facts.requestId ?? guard?.requestId ?? '';
  const event = (into ?? {}) as AuditEvent & T;
  event.schema = AUDIT_SCHEMA;
  event.timestamp = new Date().toISOString();
  event.requestId = requestId === facts.clientRequestId ? redactor.text(requestId) : requestId;
  event.method = facts.method;
  event.route = redactor.text(facts.route);
  event.status = status;
  event.outcome = 'allowed';
  event.outputChars = facts.outputChars;
  event.latencyMs = Math.round(facts.latencyMs * 100) / 100;
  event.findings = {};
  if (!facts.finished) event.aborted = true;
  const error = errorOf(facts.body);
  if (error !== undefined) event.error = { type: error.type, code: error.code };

  let flagged = false;
  if (guard !== undefined) {
    const conversation = conversationOf(guard);
    let chars = 0;
    for (const message of conversation) chars += textLength(message.content);
    event.messages = conversation.length;
    event.inputChars = chars;
    for (const finding of guard.findings) countFinding(event.findings, finding.kind, finding.type);
    const moderation = guard.moderation;
    if (moderation !== undefined) {
      event.moderation = {
        model: NAME.test(moderation.model) ? moderation.model : 'other',
        flagged: names(moderation.flagged),
        blocked: names(moderation.blocked),
        cached: moderation.cached === true,
      };
      if (moderation.failedOpen === true) event.moderation.failedOpen = true;
    }
    flagged = guard.verdict !== 'allow' || guard.findings.length > 0 || (moderation?.flagged.length ?? 0) > 0;
  } else if (error !== undefined) {
    // Refused by sanitizeInput: no guard state was made, the error body names what blocked.
    for (const finding of error.findings) countFinding(event.findings, finding?.kind, finding?.type);
  }
  const used = usageOfRequest(guard, facts.body);
  if (used?.model !== undefined) event.model = redactor.text(used.model);
  if (used?.usage !== undefined) event.usage = used.usage;

  const fingerprint = guard?.keyFingerprint ?? facts.keyUsed ?? identity.keyFingerprint;
  if (fingerprint !== undefined && HEX.test(fingerprint)) event.keyFingerprint = fingerprint;
  if (identity.userHash !== undefined) event.user = identity.userHash;

  if (!facts.finished || status >= 500) event.outcome = 'error';
  else if (status >= 400) event.outcome = 'blocked';
  else if (flagged) event.outcome = 'flagged';
  return event;
}
