/**
 * Token usage and model of a Mistral-shaped response, read without trusting its shape: the wire form
 * (`usage.prompt_tokens`) and the SDK's camelCase form (`usage.promptTokens`) both count.
 * @module
 */
import type { GuardState, TokenUsage } from './types.js';

/** What a response body says about the upstream call that produced it. */
export interface ResponseUsage {
  usage?: TokenUsage;
  model?: string;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(Math.ceil(value), Number.MAX_SAFE_INTEGER) : undefined;
}

/** A usage record with only well-formed counts, or undefined when none is. */
export function cleanUsage(raw: unknown): TokenUsage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const usage: TokenUsage = {};
  const prompt = count(r.promptTokens ?? r.prompt_tokens);
  const completion = count(r.completionTokens ?? r.completion_tokens);
  const total = count(r.totalTokens ?? r.total_tokens);
  if (prompt !== undefined) usage.promptTokens = prompt;
  if (completion !== undefined) usage.completionTokens = completion;
  if (total !== undefined) usage.totalTokens = total;
  return prompt === undefined && completion === undefined && total === undefined ? undefined : usage;
}

const MODEL_NAME = /^[A-Za-z0-9._:/-]{1,100}$/;

/** Usage and model of a Mistral-shaped body (`{ model, usage: { prompt_tokens, ... } }`), else undefined. */
export function usageOfBody(body: unknown): ResponseUsage | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const b = body as { usage?: unknown; model?: unknown };
  const usage = cleanUsage(b.usage);
  if (usage === undefined) return undefined;
  const result: ResponseUsage = { usage };
  if (typeof b.model === 'string' && MODEL_NAME.test(b.model)) result.model = b.model;
  return result;
}

/** Tokens a usage record stands for: its total, else prompt + completion. */
export function tokensOf(usage: TokenUsage | undefined): number | undefined {
  if (usage === undefined) return undefined;
  if (usage.totalTokens !== undefined) return usage.totalTokens;
  if (usage.promptTokens === undefined && usage.completionTokens === undefined) return undefined;
  return (usage.promptTokens ?? 0) + (usage.completionTokens ?? 0);
}

/** The usage of a request: what the handler put on the guard state, else what the response body says. */
export function usageOfRequest(guard: GuardState | undefined, body: unknown): ResponseUsage | undefined {
  const fromGuard = guard?.usage === undefined ? undefined : cleanUsage(guard.usage);
  if (fromGuard !== undefined) {
    const result: ResponseUsage = { usage: fromGuard };
    const model = guard?.model ?? usageOfBody(body)?.model;
    if (model !== undefined && MODEL_NAME.test(model)) result.model = model;
    return result;
  }
  const fromBody = usageOfBody(body);
  if (fromBody !== undefined && fromBody.model === undefined && guard?.model !== undefined && MODEL_NAME.test(guard.model)) {
    fromBody.model = guard.model;
  }
  if (fromBody === undefined && guard?.model !== undefined && MODEL_NAME.test(guard.model)) return { model: guard.model };
  return fromBody;
}
