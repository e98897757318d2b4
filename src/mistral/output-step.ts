/**
 * The framework-free step behind `sanitizeOutput()`: JSON answers cleaned field by field, SSE answers
 * cleaned as they are written, optional output moderation through the same moderator as `moderate()`.
 * @module
 */
import type { Finding, GuardState } from '../core/types.js';
import { GuardConfigError } from '../core/errors.js';
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { buildOutputSanitizer, OUTPUT_OPTION_KEYS } from '../scan/output.js';
import type { OutputOptions, OutputSanitizer } from '../scan/output.js';
import { verdictOf } from '../scan/pipeline.js';
import { outputContextOf } from '../stream/sanitizer.js';
import { createModerationGate } from '../stream/gate.js';
import type { ModerationGateOptions, TextModeration } from '../stream/gate.js';
import { createSseRewriter } from '../stream/sse.js';
import type { SseRewriter } from '../stream/sse.js';
import { MODERATE_OPTION_KEYS } from './moderation-step.js';
import type { ModerateOptions } from './moderation-step.js';
import { buildModerator } from './moderation.js';

/** Output moderation: the `moderate()` options (client, thresholds, cache, fail mode), plus stream batches. */
export interface OutputModerationOptions extends ModerateOptions {
  /**
   * Streams: clean text is released in batches of this many characters, each after moderation passed it.
   * @default 400
   */
  batchChars?: number;
}

/** Options of `sanitizeOutput()`, the same for Express and Koa. */
export interface SanitizeOutputOptions extends OutputOptions {
  /**
   * Fields of a JSON answer that hold model text: dotted paths, `[]` for every item of an array.
   * @default ['reply', 'content', 'message.content', 'choices[].message.content']
   */
  fields?: readonly string[];
  /**
   * Output moderation, or `false`. A blocked JSON answer becomes the refusal; a stream is released in
   * moderated batches and ends with an `error` event when one is blocked.
   * @default false
   */
  moderation?: OutputModerationOptions | false;
  /**
   * Restore pseudonymized values (`req.guard.restore`) in the answer.
   * @default true
   */
  restore?: boolean;
}

export const DEFAULT_OUTPUT_FIELDS: readonly string[] = ['reply', 'content', 'message.content', 'choices[].message.content'];

/** Every key of {@link SanitizeOutputOptions}. */
export const SANITIZE_OUTPUT_KEYS: OptionKeys<SanitizeOutputOptions> = { ...OUTPUT_OPTION_KEYS, fields: true, moderation: true, restore: true };

const OUTPUT_MODERATION_KEYS: OptionKeys<OutputModerationOptions> = { ...MODERATE_OPTION_KEYS, batchChars: true };

export interface OutputStep {
  /** Cleans the model text in a JSON body (a copy; the body given is not changed). */
  json(body: unknown, guard: GuardState | undefined): Promise<unknown>;
  /** A rewriter for one SSE response. */
  sse(guard: GuardState | undefined, requestId: string): SseRewriter;
  readonly sanitizer: OutputSanitizer;
}

type Path = Array<string | '[]'>;

function parseField(field: string): Path {
  if (typeof field !== 'string' || !/^[A-Za-z_$][\w$]*(?:\[\])?(?:\.[A-Za-z_$][\w$]*(?:\[\])?)*$/.test(field)) {
    throw new GuardConfigError(`mistral-guard: \`fields\` entries are dotted paths such as "reply" or "choices[].message.content"; got ${JSON.stringify(field)}.`);
  }
  const path: Path = [];
  for (const part of field.split('.')) {
    if (part.endsWith('[]')) path.push(part.slice(0, -2), '[]');
    else path.push(part);
  }
  return path;
}

/** Applies `fn` to every string at `path` in `value` (a fresh copy of each object it changes). */
function mapPath(value: unknown, path: Path, fn: (text: string) => string): unknown {
  if (path.length === 0) {
    if (typeof value === 'string') return fn(value);
    // Mistral content chunks: the text of each `text` chunk.
    if (Array.isArray(value)) return value.map((c: unknown) => (typeof c === 'object' && c !== null && (c as { type?: unknown }).type === 'text' && typeof (c as { text?: unknown }).text === 'string' ? { ...c, text: fn((c as { text: string }).text) } : c));
    return value;
  }
  const [head, ...rest] = path;
  if (head === '[]') return Array.isArray(value) ? value.map((item) => mapPath(item, rest, fn)) : value;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.prototype.hasOwnProperty.call(value, head!)) return value;
  const next = mapPath((value as Record<string, unknown>)[head!], rest, fn);
  return next === (value as Record<string, unknown>)[head!] ? value : { ...(value as object), [head!]: next };
}

function record(guard: GuardState | undefined, findings: readonly Finding[]): void {
  if (guard === undefined || findings.length === 0) return;
  guard.findings.push(...findings);
  const verdict = verdictOf(findings);
  if (verdict === 'block' || (verdict === 'flag' && guard.verdict === 'allow')) guard.verdict = verdict;
}

/**
 * Builds the step; options are validated, the sanitizer and the moderator made here, once.
 * @throws GuardConfigError when an option is invalid (or moderation is on without a key or client)
 */
export function createOutputStep(options: SanitizeOutputOptions = {}): OutputStep {
  checkOptionKeys('sanitizeOutput()', options, SANITIZE_OUTPUT_KEYS);
  const { fields = DEFAULT_OUTPUT_FIELDS, moderation = false, restore = true, ...outputOptions } = options;
  if (!Array.isArray(fields)) throw new GuardConfigError('mistral-guard: `fields` must be an array of paths.');
  const paths = fields.map(parseField);
  const sanitizer = buildOutputSanitizer(outputOptions);
  let moderate: TextModeration | undefined;
  let batch: ModerationGateOptions = {};
  if (moderation !== false) {
    checkOptionKeys('the `moderation` option of sanitizeOutput()', moderation, OUTPUT_MODERATION_KEYS);
    const { moderator: given, batchChars, ...moderatorOptions } = moderation;
    if (batchChars !== undefined && (!Number.isSafeInteger(batchChars) || batchChars < 1)) throw new GuardConfigError('mistral-guard: `moderation.batchChars` must be a positive whole number.');
    const moderator = given ?? buildModerator(moderatorOptions);
    moderate = async (text) => {
      const { outcome, findings } = await moderator.moderateText(text);
      return { blocked: outcome.blocked, findings: findings.map((f) => ({ ...f, kind: 'moderation' as const })) };
    };
    if (batchChars !== undefined) batch = { batchChars };
  }

  return {
    sanitizer,
    async json(body, guard) {
      const context = outputContextOf(guard, restore);
      const findings: Finding[] = [];
      const texts: string[] = [];
      let refused = false;
      const cleaned = paths.reduce<unknown>(
        (value, path) =>
          mapPath(value, path, (text) => {
            const result = sanitizer.sanitize(text, context);
            findings.push(...result.findings);
            if (result.verdict === 'block') refused = true;
            texts.push(result.text);
            return result.text;
          }),
        body,
      );
      let out = cleaned;
      if (!refused && moderate !== undefined) {
        const answer = texts.filter((t) => t.trim() !== '').join('\n');
        if (answer !== '') {
          const verdict = await moderate(answer);
          findings.push(...verdict.findings);
          if (verdict.blocked.length > 0) {
            refused = true;
            if (!verdict.findings.some((f) => f.action === 'block')) findings.push({ kind: 'moderation', type: verdict.blocked[0]!, action: 'block' });
          }
        }
      }
      // A refused answer is refused whole: every text field says the refusal.
      if (refused) out = paths.reduce<unknown>((value, path) => mapPath(value, path, () => sanitizer.options.refusal), body);
      record(guard, findings);
      return out;
    },
    sse(guard, requestId) {
      const context = outputContextOf(guard, restore);
      return createSseRewriter({
        requestId,
        open: () => sanitizer.open(context),
        ...(moderate !== undefined ? { gate: () => createModerationGate(moderate!, batch) } : {}),
        onFindings: (findings) => record(guard, findings),
        onBlock: () => {
          if (guard !== undefined) guard.verdict = 'block';
        },
      });
    },
  };
}
