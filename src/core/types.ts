/**
 * Public types shared by every layer. This module imports nothing of ours.
 * @module
 */

/** What a finding is about. */
export type FindingKind =
  | 'injection'
  | 'pii'
  | 'secret'
  | 'invisible'
  | 'encoding'
  | 'length'
  | 'role'
  | 'moderation'
  | 'html'
  | 'leak';

/** What the policy did about a finding. */
export type FindingAction = 'block' | 'redact' | 'flag';

/** The overall outcome of a scan. */
export type Verdict = 'allow' | 'flag' | 'block';

/**
 * One thing a detector found. Never holds the matched text itself, so findings can be logged.
 */
export interface Finding {
  kind: FindingKind;
  /** e.g. `EMAIL`, `IBAN`, `instruction_override`, `jailbreaking`. */
  type: string;
  /** UTF-16 offset into the original text (inclusive). */
  start?: number;
  /** UTF-16 offset into the original text (exclusive). */
  end?: number;
  /** Index of the message in the client's array, when the scan ran over messages. */
  messageIndex?: number;
  /** Index of the content chunk, when the message content is a chunk array (offsets index that chunk's text). */
  chunkIndex?: number;
  /** Confidence 0..1. */
  score?: number;
  action: FindingAction;
}

/** A detection before the policy decides what to do with it. Spans index the original text. */
export interface Detection {
  kind: FindingKind;
  type: string;
  start: number;
  end: number;
  /** Confidence 0..1. */
  score: number;
}

export interface TextChunk {
  type: 'text';
  text: string;
}

/** Mistral content chunks other than text (image_url, document_url, ...) pass through untouched. */
export interface OtherChunk {
  type: string;
  [key: string]: unknown;
}

export type ContentChunk = TextChunk | OtherChunk;

export type ChatRole = 'system' | 'user' | 'assistant' | 'tool';

export interface ChatMessage {
  role: ChatRole;
  content: string | ContentChunk[];
  [key: string]: unknown;
}

/** Token usage of one upstream call; the handler may set it for audit and budgets. */
export interface TokenUsage {
  promptTokens?: number;
  completionTokens?: number;
  totalTokens?: number;
}

/** What moderation decided for one request. */
export interface ModerationOutcome {
  model: string;
  /** Categories at or above their threshold. */
  flagged: string[];
  /** The subset of `flagged` whose action is `block`. */
  blocked: string[];
  scores: Record<string, number>;
  /** True when the result came from the cache. */
  cached: boolean;
  /** Set when the moderation call failed and `onError: 'allow'` let the request through. */
  failedOpen?: boolean;
}

/** An image chunk as the Mistral SDK takes it (`image_url` on the wire). */
export interface SecuredImageChunk {
  type: 'image_url';
  imageUrl: string | { url: string; detail?: 'low' | 'auto' | 'high' };
}

/** A document chunk as the Mistral SDK takes it (`document_url` on the wire). */
export interface SecuredDocumentChunk {
  type: 'document_url';
  documentUrl: string;
  documentName?: string;
}

/** A content chunk of the secured conversation, in the SDK's shape. */
export type SecuredChunk = TextChunk | SecuredImageChunk | SecuredDocumentChunk;

/**
 * A message of the secured conversation, shaped as the `@mistralai/mistralai` SDK takes it, so
 * `guard.messages` goes straight into `mistral.chat.complete({ model, messages: guard.messages })`.
 */
export type SecuredMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string | SecuredChunk[] }
  | { role: 'assistant'; content: string | SecuredChunk[] }
  | { role: 'tool'; content: string | SecuredChunk[] };

/** The one namespace mistral-guard adds to a request: `req.guard` / `ctx.state.guard`. */
export interface GuardState {
  requestId: string;
  /** The secured array to send to Mistral, in the SDK's shape. */
  messages: SecuredMessage[];
  /** Everything detected, input and output. */
  findings: Finding[];
  verdict: Verdict;
  moderation?: ModerationOutcome;
  /** Present when leak detection is on. */
  canary?: string;
  /** The handler may set it, for audit and token budgets. */
  usage?: TokenUsage;
  /** The chat model the handler called; the handler may set it, for the audit event. */
  model?: string;
  /**
   * Fingerprint (`fingerprintKey()`, 8 hex) of the Mistral key that served the request; the handler or a
   * key pool may set it, for the audit event. Never the key itself.
   */
  keyFingerprint?: string;
  /** Restores pseudonymized values in model output; present when a policy pseudonymizes. */
  restore?: (text: string) => string;
  /**
   * Restores placeholders in streamed output, chunk by chunk: `push(delta)` returns what is safe to
   * send now (a placeholder split across deltas is held back), `flush()` the rest at the end.
   */
  restoreStream?: () => { push(chunk: string): string; flush(): string };
}
