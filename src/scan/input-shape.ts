/**
 * Reads the chat conversation out of a request body and validates its shape, types and limits.
 * Every rejection is a {@link GuardError} with a documented code; nothing is silently cut.
 * @module
 */
import { GuardConfigError, GuardError } from '../core/errors.js';
import type { OptionKeys } from '../core/options.js';
import type { ChatMessage, ChatRole, ContentChunk, Finding } from '../core/types.js';
import { repairText } from './text-repair.js';

/** Where and how the conversation is read from the body, and the limits it must fit. */
export interface InputShapeOptions {
  /**
   * Body field holding the Mistral-style `[{ role, content }]` array. A dotted path reads a nested field.
   * @default 'messages'
   */
  messagesField?: string;
  /**
   * Body fields read, in order, as a single user turn when there is no messages array.
   * @default ['prompt', 'message']
   */
  promptFields?: readonly string[];
  /**
   * Accept `system` messages from the client. Off by default: the server's own system prompt is the only one.
   * @default false
   */
  allowSystemMessages?: boolean;
  /**
   * Accept `tool` messages from the client.
   * @default false
   */
  allowToolMessages?: boolean;
  /**
   * Most characters (Unicode code points) in one user message (all its text chunks together); more is
   * a 413, never a silent cut.
   * @default 4000
   */
  maxMessageChars?: number;
  /**
   * Content chunk types accepted in chunk-array content. Text chunks are always scanned; other types
   * pass through rebuilt from their known fields only. Unknown types are a 400.
   * @default ['text', 'image_url']
   */
  allowedChunkTypes?: readonly string[];
  /**
   * Require the conversation to end with a user message (Mistral answers the last user turn; a
   * client-forged trailing assistant turn would be read as the model's own words).
   * @default true
   */
  requireUserLast?: boolean;
  /**
   * Most characters over all messages of one request.
   * @default 32000
   */
  maxTotalChars?: number;
  /**
   * Most messages in one request.
   * @default 50
   */
  maxMessages?: number;
  /**
   * Lone UTF-16 surrogates and NUL characters in message text: `replace` swaps each for U+FFFD (offsets
   * stay valid) and records an `encoding` finding; `block` refuses the request with 400 `invalid_text`.
   * @default 'replace'
   */
  invalidText?: 'replace' | 'block';
}

export const INPUT_SHAPE_KEYS: OptionKeys<InputShapeOptions> = {
  messagesField: true,
  promptFields: true,
  allowSystemMessages: true,
  allowToolMessages: true,
  maxMessageChars: true,
  allowedChunkTypes: true,
  requireUserLast: true,
  maxTotalChars: true,
  maxMessages: true,
  invalidText: true,
};

export type ResolvedInputShape = Required<InputShapeOptions> & { messagesPath: readonly string[] };

const DEFAULTS: Required<InputShapeOptions> = {
  messagesField: 'messages',
  promptFields: ['prompt', 'message'],
  allowSystemMessages: false,
  allowToolMessages: false,
  maxMessageChars: 4000,
  maxTotalChars: 32_000,
  maxMessages: 50,
  allowedChunkTypes: ['text', 'image_url'],
  requireUserLast: true,
  invalidText: 'replace',
};

const ROLES: ReadonlySet<string> = new Set<ChatRole>(['system', 'user', 'assistant', 'tool']);

function positiveInteger(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new GuardConfigError(`mistral-guard: \`${name}\` must be a positive integer, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** Merges and validates the options once, at construction. */
export function resolveInputShape(options: InputShapeOptions = {}): ResolvedInputShape {
  const merged = { ...DEFAULTS, ...dropUndefined(options) };
  if (typeof merged.messagesField !== 'string' || merged.messagesField === '') {
    throw new GuardConfigError('mistral-guard: `messagesField` must be a non-empty string such as "messages".');
  }
  if (!Array.isArray(merged.promptFields) || merged.promptFields.some((f) => typeof f !== 'string' || f === '')) {
    throw new GuardConfigError('mistral-guard: `promptFields` must be an array of field names, e.g. ["prompt"].');
  }
  positiveInteger('maxMessageChars', merged.maxMessageChars);
  positiveInteger('maxTotalChars', merged.maxTotalChars);
  positiveInteger('maxMessages', merged.maxMessages);
  if (merged.invalidText !== 'replace' && merged.invalidText !== 'block') {
    throw new GuardConfigError(`mistral-guard: \`invalidText\` must be "replace" or "block", got ${JSON.stringify(merged.invalidText)}.`);
  }
  const unknown = merged.allowedChunkTypes.filter((t) => !(t in CHUNK_BUILDERS));
  if (unknown.length > 0) {
    throw new GuardConfigError(
      `mistral-guard: \`allowedChunkTypes\` has unsupported types ${JSON.stringify(unknown)}; supported: ${Object.keys(CHUNK_BUILDERS).join(', ')}.`,
    );
  }
  return {
    ...merged,
    promptFields: [...merged.promptFields],
    allowedChunkTypes: [...merged.allowedChunkTypes],
    messagesPath: merged.messagesField.split('.'),
  };
}

/** `undefined` means "not given", so it never overrides a default. */
export function dropUndefined<T extends object>(options: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(options) as (keyof T)[]) {
    if (options[key] !== undefined) out[key] = options[key];
  }
  return out;
}

function reject(status: number, code: string, message: string, details?: Record<string, unknown>): GuardError {
  return new GuardError({ status, type: 'input_rejected', code, message, ...(details ? { details } : {}) });
}

/** Code points, counted without allocating unless the UTF-16 length already exceeds the limit. */
export function exceedsChars(text: string, limit: number): boolean {
  if (text.length <= limit) return false;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    if (++count > limit) return true;
  }
  return false;
}

function readPath(body: Record<string, unknown>, path: readonly string[]): unknown {
  let value: unknown = body;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

type ChunkBuilder = (chunk: Record<string, unknown>) => ContentChunk | undefined;

const IMAGE_DETAILS: ReadonlySet<unknown> = new Set(['low', 'auto', 'high']);

/** A URL string, or `{ url, detail? }` with a detail Mistral knows; anything else is not a valid chunk. */
const stringOrUrlObject = (value: unknown): unknown => {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as { url?: unknown }).url === 'string') {
    const { url, detail } = value as { url: string; detail?: unknown };
    if (detail === undefined || detail === null) return { url };
    return IMAGE_DETAILS.has(detail) ? { url, detail } : undefined;
  }
  return undefined;
};

/** Chunk types that can be accepted. */
export const SUPPORTED_CHUNK_TYPES: readonly string[] = ['text', 'image_url', 'document_url'];

/** Rebuilds a chunk from its known fields only, so client-added fields never travel upstream. */
const CHUNK_BUILDERS: Record<string, ChunkBuilder> = {
  text: (c) => (typeof c.text === 'string' ? { type: 'text', text: c.text } : undefined),
  image_url: (c) => {
    const imageUrl = stringOrUrlObject(c.image_url ?? c.imageUrl);
    return imageUrl === undefined ? undefined : { type: 'image_url', image_url: imageUrl };
  },
  document_url: (c) => {
    const url = c.document_url ?? c.documentUrl;
    if (typeof url !== 'string') return undefined;
    const name = c.document_name ?? c.documentName;
    if (name !== undefined && name !== null && typeof name !== 'string') return undefined;
    return typeof name === 'string' ? { type: 'document_url', document_url: url, document_name: name } : { type: 'document_url', document_url: url };
  },
};

function validateContent(content: unknown, index: number, allowed: readonly string[]): string | ContentChunk[] {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) {
    throw reject(400, 'invalid_content', `messages[${index}].content must be a string or an array of content chunks.`, {
      messageIndex: index,
    });
  }
  return content.map((chunk, chunkIndex) => {
    if (typeof chunk !== 'object' || chunk === null || typeof (chunk as { type?: unknown }).type !== 'string') {
      throw reject(400, 'invalid_content', `messages[${index}].content[${chunkIndex}] must be an object with a string "type".`, {
        messageIndex: index,
      });
    }
    const type = (chunk as { type: string }).type;
    if (!allowed.includes(type)) {
      throw reject(400, 'unsupported_content', `messages[${index}].content[${chunkIndex}]: chunk type "${type.slice(0, 40)}" is not accepted.`, {
        messageIndex: index,
        chunkIndex,
      });
    }
    const built = CHUNK_BUILDERS[type]!(chunk as Record<string, unknown>);
    if (built === undefined) {
      throw reject(400, 'invalid_content', `messages[${index}].content[${chunkIndex}] is not a valid "${type}" chunk.`, {
        messageIndex: index,
        chunkIndex,
      });
    }
    return built;
  });
}

/** The text of a message: the string, or its text chunks. */
export function textsOf(content: string | ContentChunk[]): string[] {
  if (typeof content === 'string') return [content];
  const texts: string[] = [];
  for (const chunk of content) if (chunk.type === 'text') texts.push((chunk as { text: string }).text);
  return texts;
}

/**
 * Extracts and validates the conversation from a parsed JSON body.
 * @throws GuardError 400 for a wrong shape, type, role or empty content; 413 over a limit.
 */
export function readConversation(body: unknown, shape: ResolvedInputShape, repairs: Finding[] = []): ChatMessage[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw reject(400, 'invalid_body', 'The request body must be a JSON object.');
  }
  const record = body as Record<string, unknown>;
  const raw = readPath(record, shape.messagesPath);
  let messages: ChatMessage[];
  if (raw !== undefined) {
    if (!Array.isArray(raw)) {
      throw reject(400, 'invalid_messages', `"${shape.messagesField}" must be an array of { role, content } objects.`);
    }
    if (raw.length > shape.maxMessages) {
      throw reject(413, 'too_many_messages', `At most ${shape.maxMessages} messages are accepted per request.`, {
        limit: shape.maxMessages,
      });
    }
    messages = raw.map((item, index) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        throw reject(400, 'invalid_messages', `messages[${index}] must be an object with "role" and "content".`, {
          messageIndex: index,
        });
      }
      const { role, content } = item as { role?: unknown; content?: unknown };
      if (typeof role !== 'string' || !ROLES.has(role)) {
        throw reject(400, 'invalid_role', `messages[${index}].role must be "user" or "assistant".`, { messageIndex: index });
      }
      if ((role === 'system' && !shape.allowSystemMessages) || (role === 'tool' && !shape.allowToolMessages)) {
        throw reject(400, 'role_not_allowed', `messages[${index}]: "${role}" messages are not accepted from clients.`, {
          messageIndex: index,
          role,
        });
      }
      // Only role and content are forwarded: client-set extras (prefix, tool_calls, name) are not trusted.
      return { role: role as ChatRole, content: validateContent(content, index, shape.allowedChunkTypes) };
    });
  } else {
    const field = shape.promptFields.find((name) => record[name] !== undefined);
    if (field === undefined) {
      const fields = [shape.messagesField, ...shape.promptFields].map((f) => `"${f}"`).join(' or ');
      throw reject(400, 'missing_messages', `The body must contain ${fields}.`);
    }
    const prompt = record[field];
    if (typeof prompt !== 'string') throw reject(400, 'invalid_content', `"${field}" must be a string.`);
    messages = [{ role: 'user', content: prompt }];
  }
  if (messages.length === 0) throw reject(400, 'empty_messages', 'The conversation must contain at least one message.');
  if (!messages.some((m) => m.role === 'user')) {
    throw reject(400, 'missing_user_message', 'The conversation must contain at least one user message.');
  }
  if (shape.requireUserLast && messages[messages.length - 1]!.role !== 'user') {
    throw reject(400, 'last_message_not_user', 'The conversation must end with a user message.');
  }

  messages = messages.map((message, index) => repairMessage(message, index, shape, repairs));

  let total = 0;
  messages.forEach((message, index) => {
    const texts = textsOf(message.content);
    const hasOther = typeof message.content !== 'string' && message.content.some((c) => c.type !== 'text');
    if (!hasOther && texts.every((t) => t.trim() === '')) {
      throw reject(400, 'empty_content', `messages[${index}].content is empty.`, { messageIndex: index });
    }
    const text = texts.length === 1 ? texts[0]! : texts.join('');
    if (message.role === 'user' && exceedsChars(text, shape.maxMessageChars)) {
      throw reject(413, 'message_too_long', `messages[${index}] is longer than ${shape.maxMessageChars} characters.`, {
        messageIndex: index,
        limit: shape.maxMessageChars,
      });
    }
    total += text.length;
  });
  if (exceedsTotal(messages, total, shape.maxTotalChars)) {
    throw reject(413, 'request_too_long', `The conversation is longer than ${shape.maxTotalChars} characters in total.`, {
      limit: shape.maxTotalChars,
    });
  }
  return messages;
}

function exceedsTotal(messages: ChatMessage[], utf16Total: number, limit: number): boolean {
  if (utf16Total <= limit) return false;
  return exceedsChars(messages.flatMap((m) => textsOf(m.content)).join(''), limit);
}

/**
 * Replaces lone surrogates and NULs in a message's texts (or refuses them, with `invalidText: 'block'`),
 * recording one `encoding` finding per replaced run.
 */
function repairMessage(message: ChatMessage, messageIndex: number, shape: ResolvedInputShape, findings: Finding[]): ChatMessage {
  const fix = (text: string, chunkIndex?: number): string => {
    const { text: repaired, repairs } = repairText(text);
    if (repairs.length === 0) return text;
    if (shape.invalidText === 'block') {
      throw reject(400, 'invalid_text', `messages[${messageIndex}] contains ${repairs[0]!.type === 'nul_character' ? 'a NUL character' : 'a lone UTF-16 surrogate'}.`, {
        messageIndex,
      });
    }
    for (const r of repairs) {
      findings.push({ kind: 'encoding', type: r.type, start: r.start, end: r.end, messageIndex, ...(chunkIndex !== undefined ? { chunkIndex } : {}), action: 'redact' });
    }
    return repaired;
  };
  if (typeof message.content === 'string') {
    const content = fix(message.content);
    return content === message.content ? message : { ...message, content };
  }
  let changed = false;
  const content = message.content.map((chunk, chunkIndex) => {
    if (chunk.type !== 'text') return chunk;
    const text = (chunk as { text: string }).text;
    const repaired = fix(text, chunkIndex);
    if (repaired === text) return chunk;
    changed = true;
    return { ...chunk, text: repaired };
  });
  return changed ? { ...message, content } : message;
}
