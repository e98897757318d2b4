/**
 * The scan pipeline: normalizes each text, runs the detectors, applies the policy and produces the
 * findings, the verdict and the sanitized text. Input and output directions share it.
 * @module
 */
import type { ChatMessage, ContentChunk, Detection, Finding, FindingAction, Verdict } from '../core/types.js';
import { GuardConfigError } from '../core/errors.js';
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { createNormalizer } from '../text/index.js';
import type { NormalizeOptions } from '../text/index.js';
import { createInjectionDetector, DEFAULT_INJECTION_THRESHOLD } from '../detect/injection.js';
import type { InjectionDetector, InjectionDetectorOptions } from '../detect/injection.js';
import { createPIIDetector, PII_TYPES } from '../detect/pii.js';
import type { DetectPIIOptions } from '../detect/pii.js';
import { createSecretDetector, SECRET_TYPES } from '../detect/secrets.js';
import { createRestrictionCompiler } from '../detect/restrictions.js';
import type { RestrictionCompiler, RestrictionOptions, RestrictionProfile } from '../detect/restrictions.js';
import { LRUCache } from 'lru-cache';
import { applyRedactions } from './redaction.js';
import { textsOf } from './input-shape.js';
import { detectionCopy, toOriginal } from './detection-copy.js';
import type { AppliedRedaction, OperatorSpec, RedactionContext, RedactionSpan } from './redaction.js';
import { PseudonymVault } from './vault.js';
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
   * Restriction hits in this text only flag (a conversation's assistant turns: the client sends them, but the
   * real assistant may well have named the topic, if only to refuse it).
   */
  restrictionsFlagOnly?: boolean;
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

const RESTRICTION_KEYS = new Set(['languages', 'extraLexicons']);

function restrictionCompiler(option: ScanOptions['restrictions']): RestrictionCompiler | undefined {
  if (option === false) return undefined;
  if (option === undefined || option === true) return (defaultRestrictionCompiler ??= createRestrictionCompiler());
  const unknown = typeof option === 'object' && option !== null && !Array.isArray(option) ? Object.keys(option).filter((k) => !RESTRICTION_KEYS.has(k)) : undefined;
  if (unknown === undefined || unknown.length > 0) {
    throw new GuardConfigError(
      `mistral-guard: \`restrictions\` must be true, false or { languages, extraLexicons }; got ${JSON.stringify(option)}.`,
    );
  }
  return createRestrictionCompiler(option);
}

/** The server's prompt and one given with a call, as one prompt. */
const joinPrompts = (server: string | undefined, call: string): string => (server === undefined || server.trim() === '' ? call : `${server}\n${call}`);

/** System prompts seen in scanned conversations, compiled once each. */
const PROFILE_CACHE_SIZE = 256;
const PROFILE_CACHE_CHARS = 4_000_000;

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

  const normalize = createNormalizer(options.normalize);
  if (options.systemPrompt !== undefined && typeof options.systemPrompt !== 'string') {
    throw new GuardConfigError(`mistral-guard: \`systemPrompt\` must be a string; got ${typeof options.systemPrompt}.`);
  }
  // Validated whatever the direction, so a mistake shows at construction and not when the config is reused.
  const validatedCompiler = restrictionCompiler(options.restrictions);
  const compileRestrictions = injectionOn ? validatedCompiler : undefined;
  // Bounded in count and in characters of prompts kept, whatever their size.
  const profiles = compileRestrictions
    ? new LRUCache<string, RestrictionProfile>({ max: PROFILE_CACHE_SIZE, maxSize: PROFILE_CACHE_CHARS, sizeCalculation: (_, key) => Math.max(1, key.length) })
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
  const detectInjection = injectionOn ? sharedInjectionDetector(injectionOption.languages, injectionOption.extraLexicons) : undefined;
  const piiTypes = PII_TYPES.filter((type) => pii.actionFor(type) !== 'off');
  const detectPII = piiTypes.length > 0 ? createPIIDetector({ ...options.piiDetector, types: piiTypes }) : undefined;
  const secretTypes = SECRET_TYPES.filter((type) => secrets.actionFor(type) !== 'off');
  const detectSecrets = secretTypes.length > 0 ? createSecretDetector({ types: secretTypes }) : undefined;

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

  function scanText(text: string, context: ScanContext = {}): TextScanResult {
    const findings: Finding[] = [];
    const spans: RedactionSpan[] = [];
    const normalized = normalize(text);

    for (const detection of normalized.detections) {
      const action: FindingAction =
        detection.kind === 'invisible' && invisible === 'block' ? 'block' : detection.kind === 'invisible' && invisible === 'strip' ? 'redact' : 'flag';
      findings.push(toFinding(detection, action, context));
    }
    if (invisible === 'strip') {
      for (const [start, end] of normalized.strip) spans.push({ start, end, type: 'INVISIBLE', operator: STRIP, priority: -1 });
    }

    let injectionScore = 0;
    const applyInjectionPolicy = (result: { score: number; detections: readonly Detection[] }): void => {
      injectionScore = Math.max(injectionScore, result.score);
      if (result.score < injectionPolicy.flagThreshold) return;
      const over = result.score >= injectionPolicy.threshold;
      const action: FindingAction = !over || injectionPolicy.action === 'flag' ? 'flag' : injectionPolicy.action === 'filter' ? 'redact' : 'block';
      for (const detection of result.detections) {
        findings.push(toFinding(detection, action, context));
        if (action === 'redact') spans.push({ start: detection.start, end: detection.end, type: 'INJECTION', operator: FILTER });
      }
    };
    if (detectInjection) {
      applyInjectionPolicy(detectInjection(normalized));
      const restrictions = context.systemPrompt !== undefined ? profileFor(joinPrompts(options.systemPrompt, context.systemPrompt)) : serverProfile;
      if (restrictions) {
        const result = restrictions.check(normalized);
        if (context.restrictionsFlagOnly && result.score > injectionPolicy.flagThreshold) {
          const capped = injectionPolicy.flagThreshold;
          applyInjectionPolicy({ score: capped, detections: result.detections.map((d) => ({ ...d, score: capped })) });
        } else applyInjectionPolicy(result);
      }
    }
    if (detectPII || detectSecrets) {
      const copy = detectionCopy(text, normalized.strip);
      const source = copy?.text ?? text;
      if (detectPII) dataSpans(toOriginal(detectPII(source), copy), pii, context, findings, spans);
      if (detectSecrets) dataSpans(toOriginal(detectSecrets(source), copy), secrets, context, findings, spans);
    }

    if (spans.length === 0) return { text, findings, verdict: verdictOf(findings), injectionScore, edits: [] };
    const redacted = applyRedactions(text, spans, redactionContext(context));
    return { text: redacted.text, findings, verdict: verdictOf(findings), injectionScore, edits: redacted.applied };
  }

  function scanChunks(chunks: ContentChunk[], context: ScanContext, findings: Finding[]): ContentChunk[] {
    return chunks.map((chunk, chunkIndex) => {
      if (chunk.type !== 'text') return chunk;
      const result = scanText((chunk as { text: string }).text, { ...context, chunkIndex });
      findings.push(...result.findings);
      return { ...chunk, text: result.text };
    });
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
    const out = messages.map((message, messageIndex): ChatMessage => {
      if (message.role !== 'user' && message.role !== 'assistant') return message;
      const ctx: ScanContext = vault ? { messageIndex, vault } : { messageIndex };
      if (systemPrompt !== undefined) ctx.systemPrompt = systemPrompt;
      if (message.role === 'assistant') ctx.restrictionsFlagOnly = true;
      if (typeof message.content === 'string') {
        const result = scanText(message.content, ctx);
        findings.push(...result.findings);
        return { ...message, content: result.text };
      }
      return { ...message, content: scanChunks(message.content, ctx, findings) };
    });
    const result: MessagesScanResult = { messages: out, findings, verdict: verdictOf(findings) };
    if (vault && vault.size > 0) result.vault = vault;
    return result;
  }

  return { direction, scanText, scanMessages, pseudonymizes: pii.pseudonymizes || secrets.pseudonymizes };
}
