/**
 * The scan pipeline: normalizes each text, runs the detectors, applies the policy and produces the
 * findings, the verdict and the sanitized text. Input and output directions share it.
 * @module
 */
import type { ChatMessage, Detection, Finding, FindingAction, Verdict } from '../core/types.js';
import { GuardConfigError } from '../core/errors.js';
import { checkOptionKeys, describe } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { createNormalizer } from '../text/index.js';
import type { NormalizeOptions } from '../text/index.js';
import { strongest } from '../detect/contract.js';
import type { DetectorName, DetectorResult, TextDetector, TextRole } from '../detect/contract.js';
import { createInjectionDetector, DEFAULT_INJECTION_THRESHOLD } from '../detect/injection.js';
import type { InjectionDetector, InjectionDetectorOptions } from '../detect/injection.js';
import { createPIIDetector, PII_TYPES } from '../detect/pii.js';
import type { DetectPIIOptions } from '../detect/pii.js';
import { createSecretDetector, SECRET_TYPES } from '../detect/secrets.js';
import { createRestrictionCompiler } from '../detect/restrictions.js';
import type { RestrictionCompiler, RestrictionOptions, RestrictionProfile } from '../detect/restrictions.js';
import type * as LruCache from 'lru-cache';
import { lazyRequire } from '../core/lazy-require.js';
import { applyRedactions } from './redaction.js';
import { textsOf } from './input-shape.js';
import { dataDetector, injectionDetector, restrictionDetector } from './detectors.js';
import { dataNormalizer } from './data-normalize.js';
import type { AppliedRedaction, OperatorSpec, RedactionContext, RedactionSpan } from './redaction.js';
import { PseudonymVault } from './vault.js';
import { createTextCache } from './text-cache.js';
import type { TextCacheOptions, TextWork } from './text-cache.js';
import {
  INPUT_PII_DEFAULTS,
  OUTPUT_PII_DEFAULTS,
  resolveDataPolicy,
  resolveInjectionPolicy,
} from './policy.js';
import type {
  DataAction,
  DataPolicyOptions,
  InjectionAction,
  InjectionPolicyOptions,
  InvisibleAction,
  ResolvedDataPolicy,
} from './policy.js';

// lru-cache loads with the first cache, not with the package.
const lruCache = lazyRequire<typeof LruCache>('lru-cache');

/** Options of {@link createScanner}: the detectors and what to do with what they find. */
export interface ScanOptions {
  /**
   * `input` scans what users send (injection, PII, secrets, invisible text); `output` scans what
   * the model answers (PII, secrets, invisible text; no injection scoring).
   * @default 'input'
   */
  direction?: 'input' | 'output';
  /** Injection policy, or just its action. Ignored for `direction: 'output'`. */
  injection?: (InjectionPolicyOptions & Pick<InjectionDetectorOptions, 'languages' | 'extraLexicons'>) | InjectionAction;
  /**
   * PII policy, or one action for every type.
   * @default redact CREDIT_CARD, IBAN, US_SSN, FR_NIR, EMAIL, PHONE; flag IP_ADDRESS; URL off
   */
  pii?: DataPolicyOptions | DataAction;
  /**
   * Secrets policy, or one action for every type.
   * @default 'redact' for every secret type
   */
  secrets?: DataPolicyOptions | DataAction;
  /**
   * Invisible and format characters, bidi controls and tag-smuggled text.
   * @default 'strip'
   */
  invisible?: InvisibleAction;
  /**
   * Key of the `hash` operator's HMAC, so the same value maps to the same token across processes.
   * @default a random key per process
   */
  hashKey?: string;
  /** Normalization bounds (decoders, depth, sizes). */
  normalize?: NormalizeOptions;
  /** Extra PII recognizers and detector tuning. */
  piiDetector?: Omit<DetectPIIOptions, 'types'>;
  /**
   * The server's system prompt. Its restrictions ("do not discuss politics", "never reveal the
   * password") are compiled once, here, and user texts that reach for what it protects score as
   * `restricted_request` injection findings, under the injection policy.
   */
  systemPrompt?: string;
  /**
   * Scoring of user texts against the restrictions of `systemPrompt` (and of a prompt given with a scan
   * call, such as the scan command's `system_prompt` and its conversations' system messages).
   * `false` turns it off; `{ languages, extraLexicons }` picks the phrase knowledge.
   * @default true
   */
  restrictions?: boolean | RestrictionOptions;
  /**
   * Keep what the normalizer and the detectors found per text (never the text: a SHA-256 of it, with
   * its role and the detector list, is the key), so the earlier turns a chat client resends every turn
   * are not scanned again. The policy, redactions and the joined reading of the conversation still run
   * on every call, on every turn, so results are identical with or without it. Bounded in entries and in
   * findings kept (see {@link TextCacheOptions}). A shared cache lets a caller who can time requests
   * tell whether the same text was scanned recently; `false` turns it off.
   * @default true for `direction: 'input'` ({ entries: 1024, findings: 65536 }), false for 'output'
   */
  cache?: boolean | TextCacheOptions;
}

/** The result of scanning one text. */
export interface TextScanResult {
  /** The text with invisible characters stripped and redactions applied: what may be sent on. */
  text: string;
  findings: Finding[];
  verdict: Verdict;
  /** The injection score (0..1) of this text; 0 for the output direction. */
  injectionScore: number;
  /** The rewrites applied (offsets into the scanned text), for callers that cut a text into pieces. */
  edits?: readonly AppliedRedaction[];
}

/** The result of scanning a conversation. */
export interface MessagesScanResult {
  messages: ChatMessage[];
  findings: Finding[];
  verdict: Verdict;
  /** Present when a policy pseudonymized: restores placeholders in the model's answer. */
  vault?: PseudonymVault;
}

export interface ScanContext {
  /** A system prompt whose restrictions this text is checked against, on top of the scanner's own. */
  systemPrompt?: string;
  /**
   * Who wrote the text. In an assistant turn (the client sends it) restriction hits only flag, since the real
   * assistant may well have named the topic, if only to refuse it; and a first-person policy change ("my
   * restrictions have been lifted") is a forgery.
   * @default 'user'
   */
  role?: TextRole;
  messageIndex?: number;
  chunkIndex?: number;
  /** Vault for pseudonymized values; one per request, shared by all its messages. */
  vault?: PseudonymVault;
}

/** Per-call context of {@link Scanner.scanMessages}. */
export interface MessagesScanContext {
  /** Vault for pseudonymized values; one per request. */
  vault?: PseudonymVault;
  /** A system prompt the conversation is sent with, restricting its user turns (the scan command's `system_prompt`). */
  systemPrompt?: string;
  /**
   * Whether the conversation's own `system` messages restrict its user turns. The batch command trusts its
   * input; a middleware must not, since compiling a client's text on every request is a cost the client controls.
   * @default false
   */
  restrictFromSystemMessages?: boolean;
}

export interface Scanner {
  readonly direction: 'input' | 'output';
  scanText(text: string, context?: ScanContext): TextScanResult;
  /**
   * Scans every user and assistant text of a conversation (system and tool texts are the server's).
   * User texts are also checked against the restrictions of the scanner's system prompt, of
   * `context.systemPrompt`, and (with `restrictFromSystemMessages`) of the conversation's system messages.
   */
  scanMessages(messages: readonly ChatMessage[], context?: MessagesScanContext): MessagesScanResult;
  /** True when some type is pseudonymized, so callers should pass a vault. */
  readonly pseudonymizes: boolean;
}

/** Every key of {@link ScanOptions}, kept in step with the type by the compiler. */
export const SCAN_OPTION_KEYS: OptionKeys<ScanOptions> = {
  direction: true,
  injection: true,
  pii: true,
  secrets: true,
  invisible: true,
  hashKey: true,
  normalize: true,
  piiDetector: true,
  systemPrompt: true,
  restrictions: true,
  cache: true,
};

const INJECTION_OPTION_KEYS: OptionKeys<Exclude<NonNullable<ScanOptions['injection']>, string>> = {
  action: true,
  threshold: true,
  flagThreshold: true,
  languages: true,
  extraLexicons: true,
};

const FILTER: OperatorSpec = { operator: 'replace', label: '[FILTERED]' };
const STRIP: OperatorSpec = { operator: 'replace', label: '' };
const INVISIBLE_ACTIONS = new Set<InvisibleAction>(['strip', 'block', 'flag']);

/**
 * Compiling the lexicons costs tens of milliseconds, so detectors without extra lexicons are shared
 * between scanners (they are pure functions of their languages).
 */
const injectionDetectors = new Map<string, InjectionDetector>();

function sharedInjectionDetector(
  languages: InjectionDetectorOptions['languages'],
  extraLexicons: InjectionDetectorOptions['extraLexicons'],
): InjectionDetector {
  if (extraLexicons !== undefined && extraLexicons.length > 0) {
    return createInjectionDetector({ ...(languages ? { languages } : {}), extraLexicons });
  }
  const key = languages ? [...languages].sort().join(',') : '*';
  let detector = injectionDetectors.get(key);
  if (detector === undefined) {
    detector = createInjectionDetector(languages ? { languages } : {});
    injectionDetectors.set(key, detector);
  }
  return detector;
}

/** The compiler with the built-in languages, shared like the injection detectors. */
let defaultRestrictionCompiler: RestrictionCompiler | undefined;

function restrictionCompiler(option: ScanOptions['restrictions']): RestrictionCompiler | undefined {
  if (option === false) return undefined;
  if (option === undefined || option === true) return (defaultRestrictionCompiler ??= createRestrictionCompiler());
  if (typeof option !== 'object' || option === null || Array.isArray(option)) {
    throw new GuardConfigError(
      `mistral-guard: \`restrictions\` must be true, false or { languages, extraLexicons }; got ${describe(option)}.`,
    );
  }
  // The compiler names an unknown key and the closest valid one.
  return createRestrictionCompiler(option);
}

/** The server's prompt and one given with a call, as one prompt. */
const joinPrompts = (server: string | undefined, call: string): string => (server === undefined || server.trim() === '' ? call : `${server}\n${call}`);

/** System prompts seen in scanned conversations, compiled once each. */
const PROFILE_CACHE_SIZE = 256;
const PROFILE_CACHE_CHARS = 4_000_000;

/** One user text of a conversation, as a part of the joined pass. */
interface JoinedPart {
  messageIndex: number;
  chunkIndex?: number;
  text: string;
}

/** A scanner's detectors for one prompt; `id` tells lists apart in the cache of per-text work. */
interface DetectorList {
  readonly detectors: readonly TextDetector[];
  readonly id: string;
}

/** What the joined pass found in one part, per detector, in that part's coordinates. */
type Carried = Partial<Record<DetectorName, DetectorResult>>;

/** Injection reasons that block in a client-sent assistant turn: forgeries of the assistant's voice or of the template. */
const ASSISTANT_BLOCKS: ReadonlySet<string> = new Set(['forged_policy', 'template_spoofing']);

/** The injection result of a chunk in which the whole message's reading found nothing. */
const NO_INJECTION: DetectorResult = { score: 0, detections: [] };

/** Between the texts of two messages in the joined pass (the chunks of one message join as they are). */
const JOIN_MESSAGES = ' ';

/** Non-space characters of earlier user text that make "the text above" name it (as within one message, see `injection-evidence.ts`). */
const MATERIAL_BEFORE_CHARS = 40;

/** Whether texts hold at least {@link MATERIAL_BEFORE_CHARS} non-space characters (counted up to that bound). */
function holdsMaterial(texts: readonly string[]): boolean {
  let letters = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length && letters < MATERIAL_BEFORE_CHARS; i++) if (text.charCodeAt(i) > 0x20) letters++;
    if (letters >= MATERIAL_BEFORE_CHARS) return true;
  }
  return false;
}

/** The index of the part holding joined offset `at` (the last part starting at or before it). */
function partAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The detections of `extra` that overlap none of `own`. */
function disjoint(extra: readonly Detection[], own: readonly Detection[]): Detection[] {
  return extra.filter((x) => !own.some((o) => x.start < o.end && o.start < x.end));
}

/** Worst verdict of a set of findings: any block blocks, anything found flags. */
export function verdictOf(findings: readonly Finding[]): Verdict {
  let verdict: Verdict = 'allow';
  for (const finding of findings) {
    if (finding.action === 'block') return 'block';
    verdict = 'flag';
  }
  return verdict;
}

function toFinding(detection: Detection, action: FindingAction, context: ScanContext): Finding {
  const finding: Finding = {
    kind: detection.kind,
    type: detection.type,
    start: detection.start,
    end: detection.end,
    score: Math.round(detection.score * 1000) / 1000,
    action,
  };
  if (context.messageIndex !== undefined) finding.messageIndex = context.messageIndex;
  if (context.chunkIndex !== undefined) finding.chunkIndex = context.chunkIndex;
  return finding;
}

/**
 * Builds a scanner. Every option is validated and every pattern compiled here, once; scanning a text
 * only runs prepared detectors.
 * @throws GuardConfigError when an option is unknown or invalid (the message says how to fix it)
 */
export function createScanner(options: ScanOptions = {}): Scanner {
  checkOptionKeys('createScanner()', options, SCAN_OPTION_KEYS);
  return buildScanner(options);
}

/** @internal {@link createScanner} for callers that checked a wider set of option keys themselves. */
export function buildScanner(options: ScanOptions): Scanner {
  if (typeof options.injection === 'object') checkOptionKeys('the `injection` option', options.injection, INJECTION_OPTION_KEYS);
  const direction = options.direction ?? 'input';
  if (direction !== 'input' && direction !== 'output') {
    throw new GuardConfigError(`mistral-guard: \`direction\` must be "input" or "output", got ${JSON.stringify(direction)}.`);
  }
  const invisible = options.invisible ?? 'strip';
  if (!INVISIBLE_ACTIONS.has(invisible)) {
    throw new GuardConfigError(`mistral-guard: \`invisible\` must be strip, block or flag; got ${JSON.stringify(invisible)}.`);
  }
  const injectionOption = typeof options.injection === 'string' ? { action: options.injection } : (options.injection ?? {});
  const injectionPolicy = resolveInjectionPolicy(injectionOption, DEFAULT_INJECTION_THRESHOLD);
  const injectionOn = direction === 'input' && injectionPolicy.action !== 'off';
  const pii = resolveDataPolicy('pii', options.pii, PII_TYPES, {
    perType: direction === 'input' ? INPUT_PII_DEFAULTS : OUTPUT_PII_DEFAULTS,
    fallback: 'redact',
  });
  const secrets = resolveDataPolicy('secrets', options.secrets, SECRET_TYPES, { perType: {}, fallback: 'redact' });

  const fullNormalize = createNormalizer(options.normalize);
  // Without injection scoring only the data detectors run, and they need no matching copies.
  const normalize = injectionOn ? fullNormalize : dataNormalizer(fullNormalize, (options.normalize?.maxDecodeDepth ?? 3) > 0);
  if (options.systemPrompt !== undefined && typeof options.systemPrompt !== 'string') {
    throw new GuardConfigError(`mistral-guard: \`systemPrompt\` must be a string; got ${typeof options.systemPrompt}.`);
  }
  // Validated whatever the direction, so a mistake shows at construction and not when the config is reused.
  const validatedCompiler = restrictionCompiler(options.restrictions);
  const compileRestrictions = injectionOn ? validatedCompiler : undefined;
  // Bounded in count and in characters of prompts kept, whatever their size.
  const profiles = compileRestrictions
    ? new (lruCache().LRUCache)<string, RestrictionProfile>({ max: PROFILE_CACHE_SIZE, maxSize: PROFILE_CACHE_CHARS, sizeCalculation: (_, key) => Math.max(1, key.length) })
    : undefined;
  const profileFor = (systemPrompt: string | undefined): RestrictionProfile | undefined => {
    if (systemPrompt === undefined || systemPrompt.trim() === '' || !compileRestrictions || !profiles) return undefined;
    let profile = profiles.get(systemPrompt);
    if (profile === undefined) {
      profile = compileRestrictions(systemPrompt);
      profiles.set(systemPrompt, profile);
    }
    return profile;
  };
  // The server's own prompt is compiled here, once, not on the first request.
  const serverProfile = profileFor(options.systemPrompt);
  const piiTypes = PII_TYPES.filter((type) => pii.actionFor(type) !== 'off');
  const secretTypes = SECRET_TYPES.filter((type) => secrets.actionFor(type) !== 'off');
  // The detectors of every text, under one contract; the restrictions join per text (their prompt may vary).
  const detectors: TextDetector[] = [];
  if (injectionOn) detectors.push(injectionDetector(sharedInjectionDetector(injectionOption.languages, injectionOption.extraLexicons)));
  if (piiTypes.length > 0) detectors.push(dataDetector('pii', createPIIDetector({ ...options.piiDetector, types: piiTypes })));
  if (secretTypes.length > 0) detectors.push(dataDetector('secrets', createSecretDetector({ types: secretTypes })));
  const dataPolicy: Readonly<Record<'pii' | 'secrets', ResolvedDataPolicy>> = { pii, secrets };

  const operatorSpecs = new Map<ResolvedDataPolicy, (type: string) => OperatorSpec>();
  for (const policy of [pii, secrets]) {
    operatorSpecs.set(policy, (type) => {
      const operator = policy.operatorFor(type);
      return operator === 'mask' ? { operator: 'mask', keepLast: policy.maskKeep } : operator;
    });
  }

  function dataSpans(
    detections: readonly Detection[],
    policy: ResolvedDataPolicy,
    context: ScanContext,
    findings: Finding[],
    spans: RedactionSpan[],
  ): void {
    for (const detection of detections) {
      let action = policy.actionFor(detection.type);
      if (action === 'off') continue;
      // The output side has no conversation to restore into, so a placeholder is just a redaction there.
      if (action === 'pseudonymize' && (direction === 'output' || context.vault === undefined)) action = 'redact';
      if (action === 'flag' || action === 'block') {
        findings.push(toFinding(detection, action, context));
        continue;
      }
      spans.push({
        start: detection.start,
        end: detection.end,
        type: detection.type,
        score: detection.score,
        operator: action === 'pseudonymize' ? 'pseudonymize' : operatorSpecs.get(policy)!(detection.type),
      });
      findings.push(toFinding(detection, 'redact', context));
    }
  }

  function redactionContext(context: ScanContext): RedactionContext {
    const ctx: RedactionContext = {};
    if (context.vault) ctx.vault = context.vault;
    if (options.hashKey !== undefined) ctx.hashKey = options.hashKey;
    return ctx;
  }

  const ownList: DetectorList = { detectors, id: '' };
  /** Each compiled prompt's detector list, made once, with an id that keys the cache of per-text work. */
  const lists = new WeakMap<RestrictionProfile, DetectorList>();
  let listCount = 0;
  /** The detectors of one text: the scanner's own, plus the restrictions of the prompt it is checked against. */
  function detectorsFor(context: ScanContext): DetectorList {
    if (!injectionOn) return ownList;
    const profile = context.systemPrompt !== undefined ? profileFor(joinPrompts(options.systemPrompt, context.systemPrompt)) : serverProfile;
    if (!profile) return ownList;
    let list = lists.get(profile);
    if (list === undefined) lists.set(profile, (list = { detectors: [...detectors, restrictionDetector(profile)], id: String(++listCount) }));
    return list;
  }

  const cache = createTextCache(options.cache ?? direction === 'input');
  /** What the normalizer and each detector of `list` find in `text`: from the cache when the text was seen. */
  /** @param materialBefore the user wrote text earlier in the conversation (see `DetectorContext.materialBefore`) */
  function workOf(text: string, role: TextRole, list: DetectorList, materialBefore = false): TextWork {
    const compute = (): TextWork => {
      const normalized = normalize(text);
      const detectorContext = materialBefore ? { role, materialBefore } : { role };
      return { detections: normalized.detections, strip: normalized.strip, results: list.detectors.map((d) => d.detect(normalized, detectorContext)) };
    };
    return cache ? cache.get(text, materialBefore ? `${role}+before` : role, list.id, compute) : compute();
  }

  function scanText(text: string, context: ScanContext = {}): TextScanResult {
    return scanNormalized(text, context, undefined);
  }

  /**
   * Runs the detectors over one normalized text and applies the policy. `carried` holds what the joined
   * pass over the conversation found in this text (spans in this text's coordinates). `chunkOfWhole`: the
   * text is one chunk of the conversation's only user message, whose joined reading is then the injection
   * verdict (a chunk boundary is transport, not meaning: "translate:" in one chunk frames the quote in the next).
   */
  function scanNormalized(text: string, context: ScanContext, carried: Carried | undefined, chunkOfWhole = false, materialBefore = false): TextScanResult {
    const findings: Finding[] = [];
    const spans: RedactionSpan[] = [];
    const role = context.role ?? 'user';
    const list = detectorsFor(context);
    const work = workOf(text, role, list, materialBefore && role === 'user');

    for (const detection of work.detections) {
      const action: FindingAction =
        detection.kind === 'invisible' && invisible === 'block' ? 'block' : detection.kind === 'invisible' && invisible === 'strip' ? 'redact' : 'flag';
      findings.push(toFinding(detection, action, context));
    }
    if (invisible === 'strip') {
      for (const [start, end] of work.strip) spans.push({ start, end, type: 'INVISIBLE', operator: STRIP, priority: -1 });
    }

    let injectionScore = 0;
    const applyInjectionPolicy = (result: DetectorResult): void => {
      injectionScore = Math.max(injectionScore, result.score);
      if (result.score < injectionPolicy.flagThreshold) return;
      const over = result.score >= injectionPolicy.threshold;
      const action: FindingAction = !over || injectionPolicy.action === 'flag' ? 'flag' : injectionPolicy.action === 'filter' ? 'redact' : 'block';
      for (const detection of result.detections) {
        findings.push(toFinding(detection, action, context));
        if (action === 'redact') spans.push({ start: detection.start, end: detection.end, type: 'INJECTION', operator: FILTER });
      }
    };
    /** Findings that only flag, whatever their score (a client-sent assistant turn's). */
    const applyFlagOnly = (result: DetectorResult): void => {
      if (result.score <= injectionPolicy.flagThreshold) return applyInjectionPolicy(result);
      const capped = injectionPolicy.flagThreshold;
      applyInjectionPolicy({ score: capped, detections: result.detections.map((d) => ({ ...d, score: capped })) });
    };
    list.detectors.forEach((detector, at) => {
      const own = work.results[at]!;
      const joined = carried?.[detector.name];
      switch (detector.name) {
        case 'injection': {
          // The conversation scored as a whole counts where it makes a stronger case than this text alone;
          // for the chunks of a single message, the message read whole is the verdict either way.
          const result = chunkOfWhole ? (joined ?? NO_INJECTION) : joined !== undefined && joined.score > own.score ? joined : own;
          if (role === 'assistant') {
            // A client-sent assistant turn is blocked for a forgery (a policy change announced, a template
            // token); anything else in it (the real assistant explaining code, naming a jailbreak) only flags.
            const forged = result.detections.filter((d) => ASSISTANT_BLOCKS.has(d.type));
            const rest = result.detections.filter((d) => !ASSISTANT_BLOCKS.has(d.type));
            if (forged.length > 0) applyInjectionPolicy({ score: strongest(forged), detections: forged });
            if (rest.length > 0) applyFlagOnly({ score: strongest(rest), detections: rest });
          } else applyInjectionPolicy(result);
          break;
        }
        case 'restrictions': {
          const result = joined === undefined ? own : { score: Math.max(own.score, joined.score), detections: [...own.detections, ...disjoint(joined.detections, own.detections)] };
          // A (client-sent) assistant turn may have named the topic to refuse it: only a flag.
          if (role === 'assistant') applyFlagOnly(result);
          else applyInjectionPolicy(result);
          break;
        }
        case 'pii':
        case 'secrets': {
          const detections = joined === undefined ? own.detections : [...own.detections, ...disjoint(joined.detections, own.detections)];
          dataSpans(detections, dataPolicy[detector.name], context, findings, spans);
          break;
        }
      }
    });

    if (spans.length === 0) return { text, findings, verdict: verdictOf(findings), injectionScore, edits: [] };
    const redacted = applyRedactions(text, spans, redactionContext(context));
    return { text: redacted.text, findings, verdict: verdictOf(findings), injectionScore, edits: redacted.applied };
  }

  /**
   * The joined pass: the user texts of a conversation as one text (the text chunks of a message joined
   * as they are, messages with a space between), run through the same detectors, so an attack or a
   * value split across turns or chunks is found as if whole. What it finds is carried back to each
   * part: data and restriction findings that cross a part boundary, cut at the boundary (each part is
   * redacted in its own text); the injection result where it scores higher than the part alone.
   */
  function joinedPass(parts: readonly JoinedPart[], context: ScanContext): Map<JoinedPart, Carried> {
    const carried = new Map<JoinedPart, Carried>();
    if (parts.length < 2) return carried;
    let joinedText = '';
    const starts: number[] = [];
    parts.forEach((part, i) => {
      if (i > 0 && part.messageIndex !== parts[i - 1]!.messageIndex) joinedText += JOIN_MESSAGES;
      starts.push(joinedText.length);
      joinedText += part.text;
    });
    // A conversation resent as it was (a retry, the same opening turns) reads from the cache too. When the first
    // user turn holds text, "the text above" in a later turn may name it (the turns join without a line break).
    const list = detectorsFor(context);
    const firstMessage = parts[0]!.messageIndex;
    const severalTurns = parts.some((p) => p.messageIndex !== firstMessage);
    const work = workOf(joinedText, 'user', list, severalTurns && holdsMaterial(parts.filter((p) => p.messageIndex === firstMessage).map((p) => p.text)));
    list.detectors.forEach((detector, at) => {
      const result = work.results[at]!;
      if (result.detections.length === 0) return;
      const wholeResult = detector.name === 'injection';
      if (wholeResult && result.score < injectionPolicy.flagThreshold) return;
      const pieces = new Map<JoinedPart, Detection[]>();
      for (const detection of result.detections) {
        const first = partAt(starts, detection.start);
        const last = partAt(starts, Math.max(detection.start, detection.end - 1));
        // Data found whole in one part is that part's own finding; only what crosses a boundary is new.
        if (!wholeResult && first === last) continue;
        for (let p = first; p <= last; p++) {
          const part = parts[p]!;
          const from = Math.max(detection.start, starts[p]!) - starts[p]!;
          const to = Math.min(detection.end, starts[p]! + part.text.length) - starts[p]!;
          if (to <= from) continue;
          let list = pieces.get(part);
          if (list === undefined) pieces.set(part, (list = []));
          list.push({ ...detection, start: from, end: to });
        }
      }
      for (const [part, detections] of pieces) {
        let entry = carried.get(part);
        if (entry === undefined) carried.set(part, (entry = {}));
        entry[detector.name] = { score: result.score, detections };
      }
    });
    return carried;
  }

  function scanMessages(messages: readonly ChatMessage[], context: MessagesScanContext = {}): MessagesScanResult {
    const vault = context.vault ?? (pii.pseudonymizes || secrets.pseudonymizes ? new PseudonymVault() : undefined);
    // Placeholder-looking text the user typed is reserved, so an issued placeholder never means two things.
    if (vault) for (const message of messages) for (const text of textsOf(message.content)) vault.reserve(text);
    const findings: Finding[] = [];
    // A prompt given with the call, and on request the conversation's own system messages, restrict on top of the server's.
    const systemTexts =
      compileRestrictions && context.restrictFromSystemMessages === true
        ? messages.filter((m) => m.role === 'system').flatMap((m) => textsOf(m.content))
        : [];
    if (context.systemPrompt !== undefined) systemTexts.unshift(context.systemPrompt);
    // The scanner's own prompt is added in scanText.
    const systemPrompt = systemTexts.length === 0 ? undefined : systemTexts.join('\n');
    const base: ScanContext = systemPrompt === undefined ? {} : { systemPrompt };

    // The user texts, in order: the parts of the joined pass.
    const parts: JoinedPart[] = [];
    messages.forEach((message, messageIndex) => {
      if (message.role !== 'user') return;
      if (typeof message.content === 'string') parts.push({ messageIndex, text: message.content });
      else message.content.forEach((chunk, chunkIndex) => {
        if (chunk.type === 'text') parts.push({ messageIndex, chunkIndex, text: (chunk as { text: string }).text });
      });
    });
    const carried = joinedPass(parts, base);
    const oneMessage = parts.length >= 2 && parts.every((p) => p.messageIndex === parts[0]!.messageIndex);
    // By position, so a long conversation is not searched once per part.
    const byPosition = new Map<string, JoinedPart>();
    if (carried.size > 0) for (const part of parts) byPosition.set(`${part.messageIndex}:${part.chunkIndex ?? ''}`, part);
    const partOf = (messageIndex: number, chunkIndex?: number): JoinedPart | undefined => byPosition.get(`${messageIndex}:${chunkIndex ?? ''}`);

    /** Whether the user turns before the current one hold text of their own ("the text above" may name it). */
    let userTextBefore = false;
    const earlierUserTexts: string[] = [];
    const out = messages.map((message, messageIndex): ChatMessage => {
      if (message.role !== 'user' && message.role !== 'assistant') return message;
      const ctx: ScanContext = { ...base, messageIndex, role: message.role };
      if (vault) ctx.vault = vault;
      const materialBefore = userTextBefore;
      if (message.role === 'user' && !userTextBefore) {
        earlierUserTexts.push(...textsOf(message.content));
        userTextBefore = holdsMaterial(earlierUserTexts);
      }
      const scanOne = (text: string, chunkIndex?: number): string => {
        const part = carried.size === 0 ? undefined : partOf(messageIndex, chunkIndex);
        const chunkOfWhole = oneMessage && chunkIndex !== undefined && message.role === 'user';
        const result = scanNormalized(text, chunkIndex === undefined ? ctx : { ...ctx, chunkIndex }, part && carried.get(part), chunkOfWhole, materialBefore);
        findings.push(...result.findings);
        return result.text;
      };
      if (typeof message.content === 'string') return { ...message, content: scanOne(message.content) };
      return {
        ...message,
        content: message.content.map((chunk, chunkIndex) =>
          chunk.type !== 'text' ? chunk : { ...chunk, text: scanOne((chunk as { text: string }).text, chunkIndex) },
        ),
      };
    });
    const result: MessagesScanResult = { messages: out, findings, verdict: verdictOf(findings) };
    if (vault && vault.size > 0) result.vault = vault;
    return result;
  }

  return { direction, scanText, scanMessages, pseudonymizes: pii.pseudonymizes || secrets.pseudonymizes };
}
