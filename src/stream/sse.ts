/**
 * Server-sent events cleaned as they are written: the text an SSE response carries is parsed (with the
 * `eventsource-parser` package), pushed through the stream sanitizer, and re-emitted as events of the same
 * shape. Understood shapes of `data`:
 * - Mistral chunks: `{"choices":[{"index":0,"delta":{"content":"..."},"finish_reason":null}], ...}`
 *   (one sanitizer per choice index; `finish_reason` flushes that choice into its event);
 * - an object with a string `delta`, `content` or `text` field (`{"delta":"..."}`);
 * - anything that is not JSON: the data is the text itself.
 * Other JSON events pass unchanged. `data: [DONE]` flushes what is held first. On a block the rewriter sends
 * one `event: error` with the documented error JSON and nothing more (no `[DONE]`).
 * @module
 */
import type * as EventSourceParser from 'eventsource-parser';
import { lazyRequire } from '../core/lazy-require.js';
import type { EventSourceMessage } from 'eventsource-parser';
import type { Finding } from '../core/types.js';
import type { IncrementalOutput, OutputStep } from '../scan/output.js';
import type { GateStep, ModerationGate } from './gate.js';
import { outputBlockedError } from './errors.js';

/** eventsource-parser loads with the first stream: importing the package must not pay for it. */
const eventSourceParser = lazyRequire<typeof EventSourceParser>('eventsource-parser');

/** One SSE event as text (`id:`, `event:`, `data:` lines, then a blank line). */
export function formatSseEvent(event: { data: string; event?: string | undefined; id?: string | undefined }): string {
  let out = '';
  if (event.id !== undefined) out += `id: ${event.id}\n`;
  if (event.event !== undefined) out += `event: ${event.event}\n`;
  for (const line of event.data.split(/\r\n|\r|\n/)) out += `data: ${line}\n`;
  return `${out}\n`;
}

export interface SseRewriterOptions {
  /** A fresh incremental sanitizer (one per choice). */
  open(): IncrementalOutput;
  /** A fresh moderation gate (one per choice), when output moderation is on. */
  gate?: () => ModerationGate;
  requestId: string;
  /** Receives the findings of the cleaned text. */
  onFindings?(findings: readonly Finding[]): void;
  /** Called once when the answer is refused. */
  onBlock?(finding: Finding): void;
}

export interface SseRewriter {
  /** Feeds written SSE text; resolves with the SSE text to send now. */
  write(text: string): Promise<string>;
  /** The response ends: resolves with what was held, or the error event. */
  end(): Promise<string>;
  /** True once the answer was refused (the error event was produced). */
  readonly blocked: boolean;
}

type Json = Record<string, unknown>;
const TEXT_FIELDS = ['delta', 'content', 'text'] as const;

/** Where an event carries text. */
type Shape =
  | { kind: 'choices'; value: Json }
  | { kind: 'field'; value: Json; field: (typeof TEXT_FIELDS)[number] }
  | { kind: 'raw' };

function shapeOf(data: string): Shape | undefined {
  const first = data.trimStart()[0];
  if (first !== '{') return { kind: 'raw' };
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return { kind: 'raw' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const json = value as Json;
  if (Array.isArray(json.choices)) return { kind: 'choices', value: json };
  for (const field of TEXT_FIELDS) if (typeof json[field] === 'string') return { kind: 'field', value: json, field };
  return undefined;
}

interface Choice {
  stream: IncrementalOutput;
  gate: ModerationGate | undefined;
}

function deltaText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content.map((c: unknown) => (typeof c === 'object' && c !== null && (c as Json).type === 'text' ? String((c as Json).text ?? '') : '')).join('');
  }
  return undefined;
}

export function createSseRewriter(options: SseRewriterOptions): SseRewriter {
  const events: EventSourceMessage[] = [];
  const parser = eventSourceParser().createParser({ onEvent: (event) => events.push(event), maxBufferSize: 4 * 1024 * 1024 });
  const choices = new Map<number, Choice>();
  let blocked = false;
  let done = false;
  /** The last text event, to carry held text at the end in the same shape. */
  let template: { event: EventSourceMessage; shape: Shape } | undefined;

  const choice = (index: number): Choice => {
    let c = choices.get(index);
    if (c === undefined) {
      c = { stream: options.open(), gate: options.gate?.() };
      choices.set(index, c);
    }
    return c;
  };

  function errorEvent(finding: Finding): string {
    blocked = true;
    options.onBlock?.(finding);
    return formatSseEvent({ event: 'error', data: JSON.stringify(outputBlockedError(finding).toBody(options.requestId)) });
  }

  /** Sanitizer then gate; returns the text to send, or the blocking finding. */
  async function clean(c: Choice, step: OutputStep, final: boolean): Promise<{ text: string; block?: Finding }> {
    if (step.findings.length > 0) options.onFindings?.(step.findings);
    if (step.block !== undefined) return { text: '', block: step.block.finding };
    if (c.gate === undefined) return { text: step.text };
    let gated: GateStep = await c.gate.push(step.text);
    if (final && gated.block === undefined) {
      const rest = await c.gate.end();
      gated = { text: gated.text + rest.text, findings: [...gated.findings, ...rest.findings], ...(rest.block ? { block: rest.block } : {}) };
    }
    if (gated.findings.length > 0) options.onFindings?.(gated.findings);
    return gated.block !== undefined ? { text: '', block: gated.block } : { text: gated.text };
  }

  async function push(index: number, text: string, final: boolean): Promise<{ text: string; block?: Finding }> {
    const c = choice(index);
    let step = c.stream.push(text);
    if (final && step.block === undefined) {
      const rest = c.stream.end();
      step = { text: step.text + rest.text, findings: [...step.findings, ...rest.findings], ...(rest.block ? { block: rest.block } : {}) };
    }
    return clean(c, step, final);
  }

  function render(event: EventSourceMessage, shape: Shape, text: string, index = 0): string {
    if (shape.kind === 'raw') return formatSseEvent({ ...event, data: text });
    const value = structuredClone(shape.value);
    if (shape.kind === 'field') value[shape.field] = text;
    else {
      const list = value.choices as Json[];
      value.choices = list.filter((c) => Number(c.index ?? 0) === index).map((c) => ({ ...c, delta: { ...((c.delta as Json) ?? {}), content: text } }));
    }
    return formatSseEvent({ ...event, data: JSON.stringify(value) });
  }

  async function handle(event: EventSourceMessage): Promise<string> {
    if (event.data === '[DONE]') {
      const rest = await flush();
      return blocked ? rest : rest + formatSseEvent(event);
    }
    const shape = shapeOf(event.data);
    if (shape === undefined) return formatSseEvent(event);
    if (shape.kind === 'raw' || shape.kind === 'field') {
      const raw = shape.kind === 'raw' ? event.data : (shape.value[shape.field] as string);
      template = { event, shape };
      const out = await push(0, raw, false);
      if (out.block !== undefined) return errorEvent(out.block);
      return out.text === '' ? '' : render(event, shape, out.text);
    }
    // Mistral-shaped chunk: each choice's delta is cleaned on its own.
    const value = shape.value;
    const list = value.choices as Json[];
    let meaningful = value.usage !== undefined && value.usage !== null;
    const cleaned: Json[] = [];
    for (const c of list) {
      const index = Number(c.index ?? 0);
      const delta = (c.delta ?? {}) as Json;
      const text = deltaText(delta.content);
      const finish = c.finish_reason ?? c.finishReason;
      const final = finish !== undefined && finish !== null;
      if (text === undefined && !final) {
        cleaned.push(c);
        meaningful = true;
        continue;
      }
      template = { event, shape: { kind: 'choices', value: { ...value, choices: [{ ...c, finish_reason: null, usage: undefined }] } } };
      const out = await push(index, text ?? '', final);
      if (out.block !== undefined) return errorEvent(out.block);
      if (out.text !== '' || final || Object.keys(delta).some((k) => k !== 'content') || text === '') meaningful = true;
      cleaned.push({ ...c, delta: { ...delta, content: out.text } });
    }
    if (!meaningful) return '';
    return formatSseEvent({ ...event, data: JSON.stringify({ ...value, choices: cleaned }) });
  }

  /** Ends every choice: the held text goes out in the shape of the last text event. */
  async function flush(): Promise<string> {
    if (done) return '';
    done = true;
    let out = '';
    for (const [index, c] of choices) {
      const result = await clean(c, c.stream.end(), true);
      if (result.block !== undefined) return out + errorEvent(result.block);
      if (result.text !== '' && template !== undefined) out += render(template.event, template.shape, result.text, index);
    }
    return out;
  }

  return {
    get blocked() {
      return blocked;
    },
    async write(text) {
      if (blocked) return '';
      parser.feed(text);
      let out = '';
      while (events.length > 0 && !blocked) out += await handle(events.shift()!);
      events.length = 0;
      return out;
    },
    async end() {
      if (blocked) return '';
      return flush();
    },
  };
}
