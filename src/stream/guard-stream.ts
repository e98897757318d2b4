/**
 * `guardStream()`: the SDK's `chat.stream()` iterable, cleaned. Each event comes out with the same shape
 * and its `delta.content` replaced by clean text (events whose text is held back come out with `''`, or not
 * at all when they carry nothing else); the choice's `finishReason` event carries what was held. A refused
 * answer throws a `GuardError` (`content_blocked`) from the loop: send it as an SSE `error` event.
 * @module
 */
import type { Finding, GuardState } from '../core/types.js';
import type { OutputContext, OutputOptions, OutputSanitizer } from '../scan/output.js';
import { outputBlockedError } from './errors.js';
import { createModerationGate } from './gate.js';
import type { ModerationGate, ModerationGateOptions, TextModeration } from './gate.js';
import { createStreamSanitizer } from './sanitizer.js';
import type { StreamSanitizer } from './sanitizer.js';

/** The part of an SDK stream event this reads and rewrites. */
export interface StreamEventLike {
  data: {
    choices: Array<{ index: number; delta: { content?: unknown }; finishReason?: unknown }>;
  };
}

/** Extra options of {@link guardStream}. */
export interface GuardStreamOptions {
  /** Output moderation: each batch of clean text is released only once this passes it. */
  moderate?: TextModeration;
  /** Batch sizes for `moderate`. */
  moderationBatch?: ModerationGateOptions;
  /** Receives the findings of the cleaned text (e.g. to add them to `guard.findings`). */
  onFindings?: (findings: readonly Finding[]) => void;
}

function textOf(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content.map((c: unknown) => (typeof c === 'object' && c !== null && (c as { type?: unknown }).type === 'text' ? String((c as { text?: unknown }).text ?? '') : '')).join('');
  }
  return undefined;
}

/**
 * Cleans an SDK chat stream.
 * @param stream what `await client.chat.stream(...)` returned
 * @param options output options (validated once per options object) or a ready output sanitizer
 * @param context the request's guard state (canary, system prompt, restore) or an explicit context
 * @throws GuardError `content_blocked` from the iteration when the answer is refused
 */
export async function* guardStream<E extends StreamEventLike>(
  stream: AsyncIterable<E>,
  options?: OutputOptions | OutputSanitizer,
  context?: OutputContext | GuardState,
  extra: GuardStreamOptions = {},
): AsyncGenerator<E, void, undefined> {
  const choices = new Map<number, { sanitizer: StreamSanitizer; gate: ModerationGate | undefined }>();
  const choice = (index: number) => {
    let c = choices.get(index);
    if (c === undefined) {
      c = { sanitizer: createStreamSanitizer(options, context), gate: extra.moderate ? createModerationGate(extra.moderate, extra.moderationBatch) : undefined };
      choices.set(index, c);
    }
    return c;
  };
  let last: E | undefined;

  async function clean(index: number, text: string, final: boolean): Promise<string> {
    const c = choice(index);
    const step = c.sanitizer.push(text);
    const rest = final && step.block === undefined ? c.sanitizer.end() : { text: '', findings: [] };
    const findings = [...step.findings, ...rest.findings];
    if (findings.length > 0) extra.onFindings?.(findings);
    const block = step.block ?? ('block' in rest ? rest.block : undefined);
    if (block !== undefined) throw outputBlockedError(block.finding);
    let out = step.text + rest.text;
    if (c.gate !== undefined) {
      const gated = await c.gate.push(out);
      const end = final && gated.block === undefined ? await c.gate.end() : { text: '', findings: [] };
      const gateFindings = [...gated.findings, ...end.findings];
      if (gateFindings.length > 0) extra.onFindings?.(gateFindings);
      const gateBlock = gated.block ?? ('block' in end ? end.block : undefined);
      if (gateBlock !== undefined) throw outputBlockedError(gateBlock);
      out = gated.text + end.text;
    }
    return out;
  }

  for await (const event of stream) {
    let carries = false;
    const out = structuredClone(event);
    for (const c of out.data.choices ?? []) {
      const text = textOf(c.delta?.content);
      const final = c.finishReason !== undefined && c.finishReason !== null;
      if (text === undefined && !final) continue;
      c.delta = { ...c.delta, content: await clean(c.index ?? 0, text ?? '', final) };
      if (c.delta.content !== '' || final || text === '') carries = true;
    }
    if ((out.data as { usage?: unknown }).usage != null) carries = true;
    if (carries) yield out;
    last = event;
  }
  // A stream that ended without a finish reason: what is still held goes out in one more event.
  for (const [index, c] of choices) {
    if (c.sanitizer.held === 0 && c.gate === undefined) continue;
    const text = await clean(index, '', true);
    if (text !== '' && last !== undefined) {
      const tail = structuredClone(last);
      tail.data.choices = [{ index, delta: { content: text }, finishReason: null }];
      yield tail;
    }
  }
}
