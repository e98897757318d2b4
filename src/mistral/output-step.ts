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
  /**
   * {@link OutputStep.json} without a promise, for adapters when output moderation is off (`moderated`
   * false): the same cleaning, answered at once.
   * @throws Error when output moderation is on (its verdict can only come later)
   */
  jsonNow(body: unknown, guard: GuardState | undefined): unknown;
  /** Output moderation is on: `json` must be awaited. */
  readonly moderated: boolean;
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

/**
 * Applies `fn` to every string at `path` (from its part `at` on) in `value` (a fresh copy of each object it
 * changes). Walked by index: no copy of the path per level on every answer.
 */
function mapPath(value: unknown, path: Path, fn: (text: string) => string, at = 0): unknown {
  if (at === path.length) {
    if (typeof value === 'string') return fn(value);
    // Mistral content chunks: the text of each `text` chunk.
    if (Array.isArray(value)) return value.map((c: unknown) => (typeof c === 'object' && c !== null && (c as { type?: unknown }).type === 'text' && typeof (c as { text?: unknown }).text === 'string' ? { ...c, text: fn((c as { text: string }).text) } : c));
    return value;
  }
  const head = path[at]!;
  if (head === '[]') return Array.isArray(value) ? value.map((item) => mapPath(item, path, fn, at + 1)) : value;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.prototype.hasOwnProperty.call(value, head)) return value;
  const next = mapPath((value as Record<string, unknown>)[head], path, fn, at + 1);
  return next === (value as Record<string, unknown>)[head] ? value : { ...(value as object), [head]: next };
}

/** Applies `fn` to every string at each of `paths`, in order. */
function mapPaths(value: unknown, paths: readonly Path[], fn: (text: string) => string): unknown {
  let out = value;
  for (const path of paths) out = mapPath(out, path, fn);
  return out;
}

/** One answer's cleaning: what the sanitizer said of each text field. */
interface Cleaned {
  body: unknown;
  findings: Finding[];
  texts: string[];
  refused: boolean;
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

  const refusal = (): string => sanitizer.options.refusal;

  /** The sanitizer over every text field of a body (moderation aside). */
  function clean(body: unknown, guard: GuardState | undefined): Cleaned {
    const context = outputContextOf(guard, restore);
    const done: Cleaned = { body, findings: [], texts: [], refused: false };
    done.body = mapPaths(body, paths, (text) => {
      const result = sanitizer.sanitize(text, context);
      for (const finding of result.findings) done.findings.push(finding);
      if (result.verdict === 'block') done.refused = true;
      done.texts.push(result.text);
      return result.text;
    });
    return done;
  }

  /** The body sent: a refused answer is refused whole (every text field says the refusal). */
  function finish(body: unknown, guard: GuardState | undefined, done: Cleaned): unknown {
    record(guard, done.findings);
    return done.refused ? mapPaths(body, paths, refusal) : done.body;
  }

  return {
    sanitizer,
    moderated: moderate !== undefined,
    jsonNow(body, guard) {
      if (moderate !== undefined) throw new Error('mistral-guard: output moderation is on; await json() instead of jsonNow().');
      return finish(body, guard, clean(body, guard));
    },
    async json(body, guard) {
      const done = clean(body, guard);
      if (!done.refused && moderate !== undefined) {
        const answer = done.texts.filter((t) => t.trim() !== '').join('\n');
        if (answer !== '') {
          const verdict = await moderate(answer);
          done.findings.push(...verdict.findings);
          if (verdict.blocked.length > 0) {
            done.refused = true;
            if (!verdict.findings.some((f) => f.action === 'block')) done.findings.push({ kind: 'moderation', type: verdict.blocked[0]!, action: 'block' });
          }
        }
      }
      return finish(body, guard, done);
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
