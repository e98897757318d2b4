/**
 * The prompt-injection detector: a scored heuristic over the normalized text.
 *
 * Design: one pre-compiled phrase trie (all languages merged) finds cue phrases in the keyword copy,
 * one structural regex finds template tokens and beacons in the matching copy, then rules combine
 * co-occurring cues (verb + object + qualifier in one clause, persona + "no restrictions", ...) into
 * evidence per reason. Single words never decide: an innocent "override" or "system prompt" stays low.
 * Decoded payloads are scanned the same way, with a bonus because smuggling is itself suspicious.
 * @module
 */
import type { Detection } from '../core/types.js';
import { GuardConfigError } from '../core/errors.js';
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import type { NormalizedText } from '../text/types.js';
import type { DetectorContext } from './contract.js';
import { BUILTIN_LEXICONS } from './injection-lexicon/index.js';
import type { CueClass, InjectionLexicon } from './injection-lexicon/types.js';
import { classSet, CUE_CLASSES, present, scanCues, spansOf, tagOf } from './injection-cues.js';
import { RegionIndex } from './injection-context.js';
import { findSuffix } from './injection-suffix.js';
import { findSoupTail } from './injection-suffix-tail.js';
import { assembleLists, assemblePayload, type AssembledPayload } from './injection-assembly.js';
import { normalizeText } from '../text/index.js';
import { BUILTIN_RULES, EvidenceSink, noisyOr, phraseEvidence, repetitionEvidence, structureEvidence, type Evidence } from './injection-evidence.js';
import type { InjectionReason } from './injection-rules.js';
import { findStructure } from './injection-structure.js';
import { builtinInjectionModel, learnedEvidence, type InjectionModel } from './injection-model.js';
import { compilePhraseLists, KEYWORD_COPY, type PhraseCanonicalizer, type PhraseList, type PhraseScanner } from './phrase-engine.js';
import { unpackScanner } from './phrase-pack.js';
import { precompiled } from './precompiled.js';

export type { CueClass, InjectionLexicon } from './injection-lexicon/types.js';
export type { InjectionReason } from './injection-rules.js';
export { BUILTIN_LEXICONS } from './injection-lexicon/index.js';

/** The score at or above which the default policy blocks a text. */
export const DEFAULT_INJECTION_THRESHOLD = 0.5;

const INJECTION_DETECTOR_OPTION_KEYS: OptionKeys<InjectionDetectorOptions> = {
  languages: true,
  extraLexicons: true,
  minDetectionScore: true,
};

/** Options of {@link createInjectionDetector}. */
export interface InjectionDetectorOptions {
  /**
   * Built-in languages to load (codes of {@link BUILTIN_LEXICONS}).
   * @default all built-in languages
   */
  languages?: readonly string[];
  /**
   * Additional lexicons (new languages or extra phrases for existing ones), merged at construction.
   * @default []
   */
  extraLexicons?: readonly InjectionLexicon[];
  /**
   * Reasons scoring below this are left out of `detections` (they still count in `score`).
   * @default 0.2
   */
  minDetectionScore?: number;
}

/** The verdict of the detector on one text. */
export interface InjectionResult {
  /** Overall injection likelihood, 0..1; compare with {@link DEFAULT_INJECTION_THRESHOLD}. */
  score: number;
  /** One detection per reason found (kind `injection`, type = reason), spans in the original text. */
  detections: Detection[];
}

/** Scores one normalized text (the detector contract of `contract.ts`). */
export type InjectionDetector = (text: NormalizedText, context?: DetectorContext) => InjectionResult;

// ---------------------------------------------------------------------------------------------
// Compilation

function validateLexicon(lex: unknown, where: string): asserts lex is InjectionLexicon {
  if (typeof lex !== 'object' || lex === null) throw new GuardConfigError(`${where} must be an object { lang, cues }.`);
  const { lang, cues, spaced } = lex as Partial<InjectionLexicon>;
  if (typeof lang !== 'string' || lang === '') throw new GuardConfigError(`${where}.lang must be a non-empty string.`);
  if (spaced !== undefined && typeof spaced !== 'boolean') throw new GuardConfigError(`${where}.spaced must be a boolean.`);
  if (typeof cues !== 'object' || cues === null) throw new GuardConfigError(`${where}.cues must be an object of phrase lists.`);
  for (const [cls, list] of Object.entries(cues)) {
    if (!(CUE_CLASSES as readonly string[]).includes(cls)) {
      throw new GuardConfigError(`${where}.cues.${cls} is not a cue class; use one of: ${CUE_CLASSES.join(', ')}.`);
    }
    if (!Array.isArray(list) || list.some((p) => typeof p !== 'string')) {
      throw new GuardConfigError(`${where}.cues.${cls} must be an array of strings.`);
    }
  }
}

function compileLexicons(lexicons: readonly InjectionLexicon[], canon: PhraseCanonicalizer): PhraseScanner {
  const lists: PhraseList[] = [];
  for (const lex of lexicons) {
    for (const cls of Object.keys(lex.cues) as CueClass[]) {
      lists.push({ tag: tagOf(cls), phrases: lex.cues[cls] ?? [], spaced: lex.spaced !== false });
    }
  }
  return compilePhraseLists(lists, canon);
}

/** The scanner of every built-in lexicon, shared by every default detector of the process. */
let builtinScanner: PhraseScanner | undefined;

/**
 * @internal The phrase scanner of all built-in lexicons (what a detector without `languages` or
 * `extraLexicons` uses): restored from the tables the build packed, or, running from source, compiled
 * once per process.
 */
export function builtinInjectionScanner(): PhraseScanner {
  if (builtinScanner !== undefined) return builtinScanner;
  const packed = precompiled()?.injection;
  return (builtinScanner = packed === undefined ? compileBuiltinInjectionScanner() : unpackScanner(packed));
}

/** @internal Compiles the scanner of all built-in lexicons afresh (the build packs this one). */
export const compileBuiltinInjectionScanner = (): PhraseScanner => compileLexicons(Object.values(BUILTIN_LEXICONS), KEYWORD_COPY);

// ---------------------------------------------------------------------------------------------
// The detector

const META_WORD = classSet(['metaWord']);
const MAX_DECODED_DEPTH = 4;
const MAX_DECODED_SEGMENTS = 32;
/** Smuggled evidence is raised toward 1 by this fraction of the remaining distance. */
const SMUGGLING_BONUS = 0.35;
const HARMFUL = classSet(['harmful']);
/** A dangerous thing asked for ("how do I" ... "hack into"): harmful once it was cut into variables to pass. */
const HARM_TOPIC = classSet(['harmTopic']);
const HARM_ASK = classSet(['harmAsk', 'detailDemand']);
/**
 * A harmful ask found only inside an encoded payload: alone it is moderation's business, but
 * encoding it is the jailbreak (the encoding is there to get it past moderation and refusals).
 */
const ENCODED_HARMFUL_SCORE = 0.6;
/**
 * Characters a harmful ask spelled in plain letters does not hold: digits and symbols between its
 * letters (leetspeak, `m•a•k•e`, 🅑🅞🅜🅑). Letters, marks, spaces and sentence punctuation are allowed.
 */
const DISGUISE = /[^\p{L}\p{M}\s.,;:!?'’"()-]/u;

/**
 * Whether the original text of a cue was disguised: folded look-alike or styled letters (NFKC or
 * the confusable fold changed it), invisible characters inside it, or digits and symbols between
 * its letters. The normalizer's own findings (homoglyphs, zero-width, tags) mark the first two.
 */
function disguised(text: NormalizedText, start: number, end: number): boolean {
  for (const d of text.detections) if (d.start < end && d.end > start) return true;
  const original = text.original.slice(start, end);
  return original.normalize('NFKC') !== original || DISGUISE.test(original);
}

function collectEvidence(
  compiled: PhraseScanner,
  text: NormalizedText,
  out: EvidenceSink,
  depth: number,
  budget: { segments: number },
  role: 'user' | 'assistant' = 'user',
  model: InjectionModel | null = null,
  materialBefore = false,
): boolean {
  const cues = scanCues(compiled, text.collapsed, text.collapsedMap, text.original);
  if (depth === 0) {
    if (materialBefore) cues.materialBefore = true;
    const regions = new RegionIndex(text.original, spansOf(cues, META_WORD));
    // Optimizer soup appended to a request (read on the original: its shapes are the evidence), outside code.
    const soup = findSuffix(text.original, regions) ?? findSoupTail(text.original, regions);
    if (soup) out.add('adversarial_suffix', 'token_soup', soup.score, soup.start, soup.end);
    // Code, data and quoted words asked about are material, not address (the decoded payloads are read whole).
    out.regions = regions;
    // The learned scorer reads what a user wrote, as it was trained (decoded payloads have the smuggling rules).
    if (model !== null && role === 'user') learnedEvidence(model, cues, out);
  }
  phraseEvidence(cues, BUILTIN_RULES, out, role);
  structureEvidence(findStructure(text.matching), text.matchingMap, cues, out);
  // The words of `collapsed`, hashed by the phrase scan in `scanCues` (no scan has run since).
  repetitionEvidence(text.collapsed.length, compiled.words, text.collapsedMap, out);
  const harmfulSpans = spansOf(cues, HARMFUL);
  const harmful = harmfulSpans.length > 0;
  // A harmful ask whose own letters were disguised: the disguise is there to get it past filters.
  for (let i = 0; i < harmfulSpans.length; i += 2) {
    if (!disguised(text, harmfulSpans[i]!, harmfulSpans[i + 1]!)) continue;
    out.add('encoded_instruction', 'disguised_harmful', ENCODED_HARMFUL_SCORE, harmfulSpans[i]!, harmfulSpans[i + 1]!);
    break;
  }
  if (depth >= MAX_DECODED_DEPTH) return harmful;
  // An encoded run reads as data (digits, symbols, a code block): what it decodes to is weighed whole.
  const regions = out.regions;
  out.regions = undefined;
  for (const seg of text.decoded) {
    if (budget.segments-- <= 0) break;
    const inner = new EvidenceSink();
    if (collectEvidence(compiled, seg.decoded, inner, depth + 1, budget, role) && !harmful) {
      out.add('encoded_instruction', 'decoded_harmful', ENCODED_HARMFUL_SCORE, seg.start, seg.end);
    }
    for (const ev of inner.items) {
      const boosted = ev.score >= 0.25 ? ev.score + (1 - ev.score) * SMUGGLING_BONUS : ev.score;
      out.add(ev.reason, `decoded_${ev.rule}`, boosted, seg.start, seg.end);
    }
  }
  // An attack cut into string variables: the assembled text is read like a decoded payload.
  const assembledOnes: AssembledPayload[] = [];
  if (depth === 0) {
    const byName = assemblePayload(text.original);
    if (byName !== undefined) assembledOnes.push(byName);
    assembledOnes.push(...assembleLists(text.original));
  }
  for (const assembled of assembledOnes) {
    if (budget.segments-- <= 0) break;
    const inner = new EvidenceSink();
    const whole = normalizeText(assembled.text);
    const innerHarmful = collectEvidence(compiled, whole, inner, depth + 1, budget, role);
    const cues = innerHarmful ? undefined : scanCues(compiled, whole.collapsed, whole.collapsedMap, whole.original);
    // Unlike a decoded payload, the pieces may hold the harmful words in plain letters: the cut is the evasion.
    if (innerHarmful || (cues !== undefined && present(cues, HARM_TOPIC) && present(cues, HARM_ASK))) {
      out.add('payload_splitting', 'assembled_harmful', ENCODED_HARMFUL_SCORE, assembled.start, assembled.end);
    }
    for (const ev of inner.items) {
      const boosted = ev.score >= 0.25 ? ev.score + (1 - ev.score) * SMUGGLING_BONUS : ev.score;
      out.add(ev.reason, `assembled_${ev.rule}`, boosted, assembled.start, assembled.end);
    }
  }
  out.regions = regions;
  return harmful;
}

/**
 * @internal Development aid: the evidence behind a score, with the original text of each span.
 * Used by bench/injection-misses.ts; not part of the public API.
 */
export function explainInjection(options: InjectionDetectorOptions = {}): (text: NormalizedText) => string[] {
  const compiled = compileLexicons(resolveLexicons(options), KEYWORD_COPY);
  return (text) => {
    const sink = new EvidenceSink();
    collectEvidence(compiled, text, sink, 0, { segments: MAX_DECODED_SEGMENTS }, 'user', builtinInjectionModel());
    return sink.items.map((e) => `${e.reason}/${e.rule}=${round(e.score)} «${text.original.slice(e.start, e.end)}»`);
  };
}

/**
 * Creates the prompt-injection detector. All phrase compilation happens here, once.
 *
 * @example
 * ```ts
 * const detect = createInjectionDetector();
 * const { score, detections } = detect(normalizeText(userText));
 * if (score >= DEFAULT_INJECTION_THRESHOLD) reject();
 * ```
 * @throws GuardConfigError when a language is unknown or a lexicon is malformed.
 */
export function createInjectionDetector(options: InjectionDetectorOptions = {}): InjectionDetector {
  checkOptionKeys('createInjectionDetector()', options, INJECTION_DETECTOR_OPTION_KEYS);
  return buildDetector(options, KEYWORD_COPY);
}

function resolveLexicons(options: InjectionDetectorOptions): InjectionLexicon[] {
  const known = Object.keys(BUILTIN_LEXICONS);
  const languages = options.languages ?? known;
  if (!Array.isArray(languages)) throw new GuardConfigError('languages must be an array of language codes.');
  const lexicons: InjectionLexicon[] = [];
  for (const lang of languages) {
    const lex = BUILTIN_LEXICONS[lang];
    if (lex === undefined) {
      throw new GuardConfigError(
        `Unknown injection language "${String(lang)}". Built-in: ${known.join(', ')}; pass others as extraLexicons.`,
      );
    }
    lexicons.push(lex);
  }
  const extra = options.extraLexicons ?? [];
  if (!Array.isArray(extra)) throw new GuardConfigError('extraLexicons must be an array of InjectionLexicon.');
  extra.forEach((lex, i) => validateLexicon(lex, `extraLexicons[${i}]`));
  lexicons.push(...extra);
  return lexicons;
}

/**
 * @internal Builds a detector with an explicit phrase canonicalizer; `model` replaces the shipped
 * learned scorer (the trainer's leave-one-source-out runs), `null` leaves it out.
 */
export function buildDetector(options: InjectionDetectorOptions, canon: PhraseCanonicalizer, model: InjectionModel | null = builtinInjectionModel()): InjectionDetector {
  if (typeof options !== 'object' || options === null) {
    throw new GuardConfigError('createInjectionDetector(options) expects an object or nothing.');
  }
  const lexicons = resolveLexicons(options);
  const minDetection = options.minDetectionScore ?? 0.2;
  if (typeof minDetection !== 'number' || !(minDetection >= 0 && minDetection <= 1)) {
    throw new GuardConfigError('minDetectionScore must be a number between 0 and 1.');
  }
  const builtin = options.languages === undefined && (options.extraLexicons ?? []).length === 0 && canon === KEYWORD_COPY;
  const compiled = builtin ? builtinInjectionScanner() : compileLexicons(lexicons, canon);

  return function detectInjection(text: NormalizedText, context?: DetectorContext): InjectionResult {
    const sink = new EvidenceSink();
    collectEvidence(compiled, text, sink, 0, { segments: MAX_DECODED_SEGMENTS }, context?.role ?? 'user', model, context?.materialBefore === true);
    // Per reason: the strongest evidence of each rule, combined; the overall score combines reasons.
    const byReason = new Map<InjectionReason, Map<string, Evidence>>();
    for (const ev of sink.items) {
      let rules = byReason.get(ev.reason);
      if (rules === undefined) byReason.set(ev.reason, (rules = new Map()));
      const prev = rules.get(ev.rule);
      if (prev === undefined || ev.score > prev.score) rules.set(ev.rule, ev);
    }
    const detections: Detection[] = [];
    const reasonScores: number[] = [];
    for (const [reason, rules] of byReason) {
      const list = [...rules.values()];
      const score = noisyOr(list.map((e) => e.score));
      reasonScores.push(score);
      if (score < minDetection) continue;
      const top = list.reduce((a, b) => (b.score > a.score ? b : a));
      detections.push({ kind: 'injection', type: reason, start: top.start, end: top.end, score: round(score) });
    }
    detections.sort((a, b) => b.score - a.score || a.start - b.start);
    return { score: round(noisyOr(reasonScores)), detections };
  };
}

const round = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
