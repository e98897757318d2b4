/**
 * The output direction: what the model answered, made safe to show. One composer for whole answers
 * (`sanitizeText`) and for streams (the stream sanitizer feeds it piece by piece):
 *
 * 1. length limit (`maxLength`): a longer answer is refused whole;
 * 2. system-prompt leakage (`leak`): the request's canary, however written, or verbatim overlap with the
 *    system prompt: the whole answer becomes the refusal;
 * 3. PII and secrets (the output policy of the scan pipeline), then placeholders of pseudonymized values
 *    restored from the request's vault, so the user sees their own data;
 * 4. markup (`html`, `allowedHosts`, `blockedUrls`): see `detect/html.ts`.
 *
 * Pieces. A stream is cut into segments of at most `holdBack / 2` characters, each cleaned with up to
 * `holdBack / 2` characters of the text after it in view (and as much before it), at a whitespace that
 * no detected value, markup construct or placeholder spans. So a value, a tag or a canary is always
 * seen whole, and the text sent is never more than `holdBack` characters behind the model.
 * @module
 */
import type * as LruCache from 'lru-cache';
import { lazyRequire } from '../core/lazy-require.js';
import type { Finding, Verdict } from '../core/types.js';
import { GuardConfigError } from '../core/errors.js';
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { createMarkupCleaner, initialMarkupState, markupConstructs } from '../detect/html.js';
import type { MarkupDetection, MarkupOptions, MarkupState } from '../detect/html.js';
import { compileOverlap, createCanaryMatcher, OVERLAP_OPTION_KEYS } from '../detect/leak.js';
import type { CanaryMatcher, OverlapOptions, OverlapProfile } from '../detect/leak.js';
import { buildScanner, verdictOf } from './pipeline.js';
import type { ScanOptions, Scanner, TextScanResult } from './pipeline.js';

// lru-cache loads with the first cache, not with the package.
const lruCache = lazyRequire<typeof LruCache>('lru-cache');

/** The seeds' refusal, sent instead of an answer that leaked or was blocked. */
export const DEFAULT_REFUSAL = 'I cannot provide that response.';
/** @see OutputOptions.holdBack */
export const DEFAULT_HOLD_BACK = 128;
/** @see OutputOptions.maxLength */
export const DEFAULT_MAX_OUTPUT_LENGTH = 100_000;

/** System-prompt leak detection. */
export interface LeakOptions {
  /**
   * Look for the request's canary (`req.guard.canary`, placed in the system prompt by `sanitizeInput`).
   * @default true
   */
  canary?: boolean;
  /**
   * Verbatim overlap with the system prompt (word n-grams on normalized copies), or `false`.
   * @default { ngram: 5, threshold: 0.5, maxShingles: 6 }
   */
  overlap?: OverlapOptions | false;
}

/** Options of the output direction (`sanitizeText`, `sanitizeOutput()`, the stream sanitizer). */
export interface OutputOptions extends MarkupOptions, Pick<ScanOptions, 'pii' | 'secrets' | 'invisible' | 'hashKey' | 'piiDetector' | 'normalize'> {
  /** `output` (the default here); `input` scans with the input policy instead (see `sanitizeText`). */
  direction?: 'output';
  /**
   * The system prompt the answer must not leak (overlap check). The middleware uses the request's own
   * system message when this is not set.
   */
  systemPrompt?: string;
  /**
   * Leak detection, or `false`.
   * @default { canary: true, overlap: { ngram: 5, threshold: 0.5, maxShingles: 6 } }
   */
  leak?: LeakOptions | false;
  /**
   * The answer sent instead of one that leaked or was blocked.
   * @default "I cannot provide that response."
   */
  refusal?: string;
  /**
   * Longest answer cleaned, in UTF-16 units; a longer one is refused whole (a `length` finding).
   * @default 100000
   */
  maxLength?: number;
  /**
   * Streams: the most characters the sanitizer keeps behind the model. Values, tags, placeholders and
   * canaries up to half of it are always seen whole. At least 16.
   * @default 128
   */
  holdBack?: number;
}

/** Per-answer context: what belongs to the request. */
export interface OutputContext {
  /** The request's canary (`req.guard.canary`). */
  canary?: string;
  /** The system prompt sent with the request, when the options do not fix one. */
  systemPrompt?: string;
  /** Restores pseudonymized placeholders (`req.guard.restore`). */
  restore?: (text: string) => string;
}

/** Why an answer was refused. */
export interface OutputBlock {
  /** The finding that refused it (kind `leak`, `length`, or the blocking PII/secret type). */
  finding: Finding;
}

/** What one piece of a streamed answer gave. */
export interface OutputStep {
  /** Clean text to send now (possibly empty). */
  text: string;
  /** Findings of the text cleaned in this step. */
  findings: Finding[];
  /** Set once the answer is refused: send nothing more of it. */
  block?: OutputBlock;
}

/** An answer cleaned piece by piece. */
export interface IncrementalOutput {
  push(chunk: string): OutputStep;
  /** The end of the answer: cleans what was held back. */
  end(): OutputStep;
  /** Characters received and not yet sent. */
  readonly held: number;
}

export interface OutputSanitizer {
  readonly options: Readonly<{ refusal: string; holdBack: number; maxLength: number }>;
  /** Cleans a whole answer; a refused one comes back as the refusal, verdict `block`. */
  sanitize(text: string, context?: OutputContext): TextScanResult;
  /** Starts a streamed answer. */
  open(context?: OutputContext): IncrementalOutput;
}

/** Every key of {@link OutputOptions}. */
export const OUTPUT_OPTION_KEYS: OptionKeys<OutputOptions> = {
  direction: true,
  html: true,
  allowedHosts: true,
  blockedUrls: true,
  pii: true,
  secrets: true,
  invisible: true,
  hashKey: true,
  piiDetector: true,
  normalize: true,
  systemPrompt: true,
  leak: true,
  refusal: true,
  maxLength: true,
  holdBack: true,
};

const OUTPUT_NORMALIZE = { maxDecodeDepth: 0, foldConfusables: false } as const;

const LEAK_OPTION_KEYS: OptionKeys<LeakOptions> = { canary: true, overlap: true };

const WHITESPACE = /\s/;
/** Text kept in view after a cut that a long construct pushed past the segment size. */
const MIN_LOOKAHEAD = 16;

interface LeakState {
  canary: CanaryMatcher | undefined;
  overlap: OverlapProfile | undefined;
  /** Prompt n-grams seen in the text cleaned so far. */
  matched: Set<number>;
  /** The last words of the cleaned text (n − 1 of them, as prompt word ids), which open n-grams with the next piece. */
  carry: number[];
}

/**
 * Builds the output sanitizer: options validated, detectors and the markup filter prepared here, once.
 * @throws GuardConfigError when an option is unknown or invalid
 */
export function createOutputSanitizer(options: OutputOptions = {}): OutputSanitizer {
  checkOptionKeys('the output options', options, OUTPUT_OPTION_KEYS);
  return buildOutputSanitizer(options);
}

/** @internal {@link createOutputSanitizer} for callers that checked a wider set of keys themselves. */
export function buildOutputSanitizer(options: OutputOptions): OutputSanitizer {
  if (options.direction !== undefined && options.direction !== 'output') {
    throw new GuardConfigError(`mistral-guard: the output sanitizer's \`direction\` can only be "output"; got ${JSON.stringify(options.direction)}.`);
  }
  const refusal = options.refusal ?? DEFAULT_REFUSAL;
  if (typeof refusal !== 'string') throw new GuardConfigError('mistral-guard: `refusal` must be a string.');
  const maxLength = options.maxLength ?? DEFAULT_MAX_OUTPUT_LENGTH;
  if (!Number.isSafeInteger(maxLength) || maxLength < 1) throw new GuardConfigError(`mistral-guard: \`maxLength\` must be a positive whole number of characters; got ${JSON.stringify(maxLength)}.`);
  const holdBack = options.holdBack ?? DEFAULT_HOLD_BACK;
  if (!Number.isSafeInteger(holdBack) || holdBack < 16) throw new GuardConfigError(`mistral-guard: \`holdBack\` must be a whole number of characters, at least 16; got ${JSON.stringify(holdBack)}.`);
  if (options.systemPrompt !== undefined && typeof options.systemPrompt !== 'string') throw new GuardConfigError('mistral-guard: `systemPrompt` must be a string.');
  const leak = options.leak === false ? undefined : (options.leak ?? {});
  if (leak !== undefined) {
    checkOptionKeys('the `leak` option', leak, LEAK_OPTION_KEYS);
    if (leak.overlap !== undefined && leak.overlap !== false) checkOptionKeys('the `leak.overlap` option', leak.overlap, OVERLAP_OPTION_KEYS);
  }
  const overlapOptions = leak === undefined || leak.overlap === false ? undefined : (leak.overlap ?? {});
  // Validates the overlap options now, not on the first answer.
  compileOverlap('a b c', overlapOptions);
  const fixedOverlap = options.systemPrompt !== undefined && overlapOptions !== undefined ? compileOverlap(options.systemPrompt, overlapOptions) : undefined;
  const useCanary = leak !== undefined && leak.canary !== false;

  const cleaner = createMarkupCleaner(options);
  // The output scan reads values on the text itself (invisible characters aside): decoding payloads and
  // folding look-alikes serve injection scoring, which the output side does not do.
  const scanOptions: ScanOptions = { direction: 'output', normalize: options.normalize ?? OUTPUT_NORMALIZE };
  for (const key of ['pii', 'secrets', 'invisible', 'hashKey', 'piiDetector'] as const) {
    if (options[key] !== undefined) (scanOptions as Record<string, unknown>)[key] = options[key];
  }
  const scanner: Scanner = buildScanner(scanOptions);

  const half = Math.floor(holdBack / 2);
  const segmentMax = half;
  const lookahead = holdBack - half;
  const leftContext = half;

  // A canary is per request: the last matcher made serves every field of one answer (a JSON answer's fields
  // are cleaned one after another, in one call) and a caller who passes a fresh context with the same token.
  // No map keyed by context: a weak entry per request is work for every garbage collection.
  let lastCanary: { token: string; matcher: CanaryMatcher } | undefined;
  // Compiled per prompt, a few prompts kept; the last one is checked first (most servers have one prompt).
  const prompts = new (lruCache().LRUCache)<string, { profile: OverlapProfile | undefined }>({ max: 64, maxSize: 1_000_000, sizeCalculation: (_v, key) => Math.max(1, key.length) });
  let lastPrompt: { prompt: string; profile: OverlapProfile | undefined } | undefined;

  function overlapFor(prompt: string, overlapOptions: OverlapOptions): OverlapProfile | undefined {
    if (lastPrompt?.prompt === prompt) return lastPrompt.profile;
    let entry = prompts.get(prompt);
    if (entry === undefined) prompts.set(prompt, (entry = { profile: compileOverlap(prompt, overlapOptions) }));
    lastPrompt = { prompt, profile: entry.profile };
    return entry.profile;
  }

  function leakState(context: OutputContext): LeakState {
    const prompt = options.systemPrompt === undefined ? context.systemPrompt : undefined;
    let canary: CanaryMatcher | undefined;
    if (useCanary && context.canary !== undefined) {
      if (lastCanary?.token !== context.canary) lastCanary = { token: context.canary, matcher: createCanaryMatcher(context.canary) };
      canary = lastCanary.matcher;
    }
    let overlap = fixedOverlap;
    if (overlap === undefined && prompt !== undefined && overlapOptions !== undefined) overlap = overlapFor(prompt, overlapOptions);
    return { canary, overlap, matched: new Set(), carry: [] };
  }

  function blockFinding(kind: Finding['kind'], type: string): OutputBlock {
    return { finding: { kind, type, action: 'block' } };
  }

  /**
   * Leak check of one segment: the canary anywhere in view, and prompt n-grams of the segment (kept) and of
   * the text after it (counted, not kept), so a quote is refused before its first words are sent.
   */
  function checkLeak(state: LeakState, view: string, segment: string, after: string): OutputBlock | undefined {
    if (state.canary !== undefined) {
      const found = state.canary.find(view);
      if (found.length > 0) return blockFinding('leak', found[0]!);
    }
    const overlap = state.overlap;
    if (overlap === undefined) return undefined;
    const n = overlap.ngram;
    const words = state.carry.concat(overlap.wordIds(segment));
    for (let i = 0; i + n <= words.length; i++) {
      const id = overlap.idOf(words, i);
      if (id !== undefined) state.matched.add(id);
    }
    state.carry = words.slice(Math.max(0, words.length - (n - 1)));
    if (state.matched.size >= overlap.needed) return blockFinding('leak', 'system_prompt_overlap');
    if (after !== '') {
      const ahead = state.carry.concat(overlap.wordIds(after));
      const seen = new Set(state.matched);
      for (let i = 0; i + n <= ahead.length; i++) {
        const id = overlap.idOf(ahead, i);
        if (id !== undefined) seen.add(id);
      }
      if (seen.size >= overlap.needed) return blockFinding('leak', 'system_prompt_overlap');
    }
    return undefined;
  }

  /** Output-side findings get offsets into the whole answer. */
  function shift(findings: readonly Finding[], from: number, to: number, base: number): Finding[] {
    const out: Finding[] = [];
    for (const f of findings) {
      if (f.start !== undefined && (f.start < from || f.start >= to)) continue;
      const copy = { ...f };
      if (copy.start !== undefined) copy.start += base - from;
      if (copy.end !== undefined) copy.end += base - from;
      out.push(copy);
    }
    return out;
  }

  /**
   * One segment: `view` = text before it (already sent) + the segment + text after it; the segment is
   * `view.slice(from, to)`; `base` is its offset in the whole answer.
   */
  function cleanSegment(
    view: string,
    from: number,
    to: number,
    base: number,
    scan: TextScanResult,
    leakState: LeakState,
    markup: MarkupState,
    context: OutputContext,
  ): OutputStep {
    const segment = view.slice(from, to);
    const block = checkLeak(leakState, view, segment, view.slice(to));
    if (block !== undefined) return { text: '', findings: [block.finding], block };
    const findings = shift(scan.findings, from, to, base);
    const blocking = findings.find((f) => f.action === 'block');
    if (blocking !== undefined) return { text: '', findings, block: { finding: blocking } };
    let text = segment;
    const edits = scan.edits ?? [];
    if (edits.length > 0) {
      let out = '';
      let pos = from;
      for (const edit of edits) {
        if (edit.start < from || edit.start >= to) continue;
        out += view.slice(pos, edit.start) + edit.replacement;
        pos = Math.min(edit.end, to);
      }
      text = out + view.slice(pos, to);
    }
    if (context.restore !== undefined) text = context.restore(text);
    const detections: MarkupDetection[] = [];
    text = cleaner.clean(text, markup, detections);
    for (const d of detections) findings.push({ kind: d.kind, type: d.type, action: 'redact' });
    return { text, findings };
  }

  function tooLong(): OutputBlock {
    return blockFinding('length', 'output_too_long');
  }

  return {
    options: { refusal, holdBack, maxLength },

    sanitize(text, context = {}) {
      if (typeof text !== 'string') throw new TypeError('sanitizeText(text): text must be a string');
      const refuse = (finding: Finding, findings: Finding[]): TextScanResult => ({
        text: refusal,
        findings: findings.includes(finding) ? findings : [...findings, finding],
        verdict: 'block',
        injectionScore: 0,
      });
      if (text.length > maxLength) return refuse(tooLong().finding, []);
      const step = cleanSegment(text, 0, text.length, 0, scanner.scanText(text), leakState(context), initialMarkupState(), context);
      if (step.block !== undefined) return refuse(step.block.finding, step.findings);
      return { text: step.text, findings: step.findings, verdict: verdictOf(step.findings), injectionScore: 0 };
    },

    open(context = {}) {
      const leaks = leakState(context);
      const markup = initialMarkupState();
      let pending = '';
      /** Raw text already cleaned, kept for the detectors' left context. */
      let before = '';
      let consumed = 0;
      let received = 0;
      let blocked: OutputBlock | undefined;

      /** Cleans the first segment of `pending`; `final` when no more text will come. */
      function next(final: boolean): OutputStep {
        const view = before + pending.slice(0, final ? pending.length : segmentMax + lookahead);
        const from = before.length;
        const scan = scanner.scanText(view);
        let cut: number;
        if (final && pending.length <= segmentMax) cut = pending.length;
        else cut = chooseCut(view, from, Math.min(pending.length, segmentMax), final ? pending.length : pending.length - MIN_LOOKAHEAD, scan);
        const step = cleanSegment(view, from, from + cut, consumed, scan, leaks, markup, context);
        before = (before + pending.slice(0, cut)).slice(-leftContext);
        pending = pending.slice(cut);
        consumed += cut;
        return step;
      }

      function run(final: boolean): OutputStep {
        const out: OutputStep = { text: '', findings: [] };
        if (blocked !== undefined) return { ...out, block: blocked };
        while (pending.length > 0 && (final || pending.length >= segmentMax + lookahead)) {
          const step = next(final);
          out.findings.push(...step.findings);
          if (step.block !== undefined) {
            blocked = step.block;
            pending = '';
            return { text: out.text, findings: out.findings, block: blocked };
          }
          out.text += step.text;
        }
        return out;
      }

      return {
        get held() {
          return pending.length;
        },
        push(chunk) {
          if (typeof chunk !== 'string') throw new TypeError('push(chunk): chunk must be a string');
          if (blocked !== undefined) return { text: '', findings: [], block: blocked };
          received += chunk.length;
          if (received > maxLength) {
            blocked = tooLong();
            pending = '';
            return { text: '', findings: [blocked.finding], block: blocked };
          }
          pending += chunk;
          return run(false);
        },
        end() {
          return run(true);
        },
      };
    },
  };
}

/**
 * Where to end the segment that starts at `from` in `view`: the last whitespace within `limit` characters
 * that no detected value, markup construct or placeholder straddles. When a single run of text is longer
 * than the window, the last place outside detected values (then outside markup), else `limit`.
 */
function chooseCut(view: string, from: number, limit: number, stretch: number, scan: TextScanResult): number {
  // 2: inside a detected value; 1: inside markup (a tag, a link, inline code, an entity).
  const inside = new Uint8Array(Math.max(limit, stretch) + 1);
  const top = inside.length - 1;
  const mark = (start: number, end: number, level: number): void => {
    // A cut at c ends the segment before view[from + c]; it straddles [start, end) when start < from + c < end.
    for (let c = Math.max(1, start - from + 1); c <= Math.min(top, end - from - 1); c++) if (inside[c]! < level) inside[c] = level;
  };
  for (const edit of scan.edits ?? []) mark(edit.start, edit.end, 2);
  for (const f of scan.findings) if (f.start !== undefined && f.end !== undefined) mark(f.start, f.end, 2);
  for (const [start, end] of markupConstructs(view.slice(from))) mark(start + from, end + from, 1);
  for (let c = limit; c >= 1; c--) if (inside[c] === 0 && WHITESPACE.test(view[from + c - 1]!)) return c;
  // A construct longer than the segment (a long tag): the first clean cut after it, while the held text allows.
  for (let c = limit + 1; c <= stretch; c++) if (inside[c] === 0 && WHITESPACE.test(view[from + c - 1]!)) return c;
  for (let c = limit; c >= 1; c--) if (inside[c] === 0) return c;
  for (let c = limit; c >= 1; c--) if (inside[c]! < 2) return c;
  return limit;
}

/** The verdict of output findings (html and redactions flag; a block refuses). */
export function outputVerdict(findings: readonly Finding[]): Verdict {
  return verdictOf(findings);
}
