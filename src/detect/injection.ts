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
import type { NormalizedText } from '../text/types.js';
import { createNormalizer } from '../text/index.js';
import { BUILTIN_LEXICONS } from './injection-lexicon/index.js';
import type { CueClass, InjectionLexicon } from './injection-lexicon/types.js';
import {
  CUE_BIT,
  CUE_CLASSES,
  compilePhrases,
  type CueHits,
  type PhraseEntry,
  type PhraseScanner,
  type ScannedWords,
} from './injection-compile.js';
import { findStructure, type StructureHit } from './injection-structure.js';

export type { CueClass, InjectionLexicon } from './injection-lexicon/types.js';
export { BUILTIN_LEXICONS } from './injection-lexicon/index.js';

/** Reasons reported as the `type` of injection detections. */
export type InjectionReason =
  | 'instruction_override'
  | 'role_reassignment'
  | 'jailbreak_persona'
  | 'prompt_extraction'
  | 'template_spoofing'
  | 'exfiltration'
  | 'encoded_instruction'
  | 'authority_claim'
  | 'secret_elicitation'
  | 'data_elicitation'
  | 'indirect_instruction'
  | 'mode_switch'
  | 'payload_splitting'
  | 'many_shot'
  | 'repeated_token';

/** The score at or above which the default policy blocks a text. */
export const DEFAULT_INJECTION_THRESHOLD = 0.5;

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

/** Scores one normalized text. */
export type InjectionDetector = (text: NormalizedText) => InjectionResult;

// ---------------------------------------------------------------------------------------------
// Compilation

/** Turns a lexicon phrase into its canonical form(s): the same folding the normalizer applies. */
export type PhraseCanonicalizer = (phrase: string) => readonly string[];

/**
 * Phrases go through the very normalizer the text goes through, so both sides are folded alike:
 * NFKC, combining marks dropped (Thai, Devanagari, Bengali, Arabic and Vietnamese vowel signs and
 * tone marks included), look-alikes folded, lowercased, then leet mapped and separators collapsed.
 * The scanner runs on the keyword copy (`collapsed`), so that is the key; the matching copy is kept
 * as a second key when it differs (a phrase whose digits the collapse reads as letters, "rot13").
 */
let phraseNormalizer: ReturnType<typeof createNormalizer> | undefined;
const defaultCanonicalizer: PhraseCanonicalizer = (phrase) => {
  // Decoders off: a phrase is never an encoded payload, and skipping them keeps the factory quick.
  phraseNormalizer ??= createNormalizer({ maxDecodeDepth: 0 });
  const n = phraseNormalizer(phrase);
  return n.collapsed === n.matching ? [n.collapsed] : [n.collapsed, n.matching];
};

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

/** Latin-script phrases keep word boundaries even in lexicons of unspaced scripts ("chatgpt" in ja). */
const LATIN_EDGES = /^[a-z0-9\u00c0-\u024f].*[a-z0-9\u00c0-\u024f]$|^[a-z0-9]$/;

function compileLexicons(lexicons: readonly InjectionLexicon[], canon: PhraseCanonicalizer): PhraseScanner {
  const entries: PhraseEntry[] = [];
  for (const lex of lexicons) {
    for (const cls of Object.keys(lex.cues) as CueClass[]) {
      const mask = CUE_BIT[cls];
      for (const raw of lex.cues[cls] ?? []) {
        const stem = raw.endsWith('*');
        const body = stem ? raw.slice(0, -1) : raw;
        for (const text of new Set(canon(body))) {
          const trimmed = text.trim();
          if (trimmed === '') continue;
          entries.push({ text: trimmed, mask, stem, bounded: lex.spaced !== false || LATIN_EDGES.test(trimmed) });
        }
      }
    }
  }
  return compilePhrases(entries);
}

// ---------------------------------------------------------------------------------------------
// Cue scanning

/** Cue hits of one scanned copy, in that copy's coordinates, with the copy and its map. */
interface Cues extends CueHits {
  text: string;
  map: Uint32Array;
  original: string;
}

const B = CUE_BIT;
const UPPER_ACRONYM = /^[A-Z][A-Z0-9-]*$/;

function scanCues(scanner: PhraseScanner, text: string, map: Uint32Array, original: string): Cues {
  const hits = scanner.scan(text);
  if (hits.present & B.personaAcronym) {
    // Persona acronyms (DAN, STAN) only count in capitals: "Dan" the friend is not a jailbreak.
    hits.present = 0;
    for (let i = 0; i < hits.mask.length; i++) {
      if (hits.mask[i]! & B.personaAcronym) {
        const o = original.slice(map[hits.start[i]!], map[hits.end[i]!]);
        if (!UPPER_ACRONYM.test(o)) hits.mask[i] = hits.mask[i]! & ~B.personaAcronym;
      }
      hits.present |= hits.mask[i]!;
    }
  }
  // Extend the hit object in place (it is ours): a spread would copy every field per call.
  const cues = hits as Cues;
  cues.text = text;
  cues.map = map;
  cues.original = original;
  return cues;
}

const CLAUSE_BREAK = /[.!?\n\u3002\uff01\uff1f\u0964\u061f;]/;
/**
 * A clause break inside running text: ASCII `.` `!` `?` only when a space, a closing quote or the end
 * follows, so the dots and `?` of a URL or an e-mail address between two cues do not split the clause
 * ("send the chat history to https://x.example/c?q=1" in verb-final languages puts the URL first).
 */
const CLAUSE_BREAK_IN_TEXT = /[.!?](?=\s|$|["'\u201d\u2019)\]])|[\n\u3002\uff01\uff1f\u0964\u061f;]/;

/** A pair of cues, as indices into {@link Cues}. */
interface Pair {
  a: number;
  b: number;
}

/**
 * Finds the first cue of class `a` with a cue of class `b` within `window` characters (either side),
 * optionally in the same clause. Linear: for each `a` cue only neighbours inside the window are visited.
 */
function near(c: Cues, a: number, b: number, window: number, sameClause: boolean): Pair | undefined {
  if ((c.present & a) === 0 || (c.present & b) === 0) return undefined;
  const n = c.mask.length;
  for (let i = 0; i < n; i++) {
    if ((c.mask[i]! & a) === 0) continue;
    const lo = c.start[i]! - window;
    const hi = c.end[i]! + window;
    for (let j = i - 1; j >= 0 && c.end[j]! >= lo; j--) {
      if (c.mask[j]! & b && c.start[j]! < c.start[i]! && (!sameClause || !clauseBreak(c, j, i))) return { a: i, b: j };
    }
    for (let j = i + 1; j < n && c.start[j]! <= hi; j++) {
      if (c.mask[j]! & b && c.start[j]! >= c.end[i]! && (!sameClause || !clauseBreak(c, i, j))) return { a: i, b: j };
    }
  }
  return undefined;
}

function clauseBreak(c: Cues, first: number, second: number): boolean {
  const from = c.end[first]!;
  const to = c.start[second]!;
  return to > from && CLAUSE_BREAK_IN_TEXT.test(c.text.slice(from, to));
}

/** Whether any cue of class `cls` lies within `window` of the span [start, end). */
function around(c: Cues, cls: number, start: number, end: number, window: number, exclude: readonly number[]): boolean {
  if ((c.present & cls) === 0) return false;
  for (let j = 0; j < c.mask.length; j++) {
    if (c.start[j]! > end + window) break;
    if (c.end[j]! < start - window || exclude.includes(j)) continue;
    if (c.mask[j]! & cls) return true;
  }
  return false;
}

/** Whether the cue sits at a clause edge (imperative first, or verb-final languages' last word). */
function atClauseEdge(c: Cues, i: number): boolean {
  const before = c.text.slice(Math.max(0, c.start[i]! - 4), c.start[i]!).trimEnd();
  if (before === '' || /[.!?:;"'(\n,\]}>*\-\u3002\u0964]$/.test(before)) return true;
  const after = c.text.slice(c.end[i]!, c.end[i]! + 3).trimStart();
  return after === '' || /^[.!?\n\u3002\uff01\u0964]/.test(after);
}

/** Number of cues of a class (capped, for diminishing returns). */
function countOf(c: Cues, cls: number, cap: number): number {
  if ((c.present & cls) === 0) return 0;
  let k = 0;
  for (let j = 0; j < c.mask.length && k < cap; j++) if (c.mask[j]! & cls) k++;
  return k;
}

function firstOf(c: Cues, cls: number): number {
  for (let j = 0; j < c.mask.length; j++) if (c.mask[j]! & cls) return j;
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Evidence and scoring

interface Evidence {
  reason: InjectionReason;
  rule: string;
  score: number;
  /** Original-text span. */
  start: number;
  end: number;
}

const noisyOr = (scores: Iterable<number>): number => {
  let keep = 1;
  for (const s of scores) keep *= 1 - s;
  return 1 - keep;
};

/** Weight of `k` repeated weak cues: the first counts fully, later ones less. */
const repeated = (w: number, k: number): number => (k <= 0 ? 0 : noisyOr([w, k > 1 ? w / 2 : 0, k > 2 ? w / 4 : 0]));

class EvidenceSink {
  readonly items: Evidence[] = [];
  add(reason: InjectionReason, rule: string, score: number, start: number, end: number): void {
    if (score > 0) this.items.push({ reason, rule, score, start, end });
  }
  /** Evidence from cue indices of a copy, mapped to the original. */
  cues(c: Cues, reason: InjectionReason, rule: string, score: number, ...idx: number[]): void {
    let s = Infinity;
    let e = -Infinity;
    for (const i of idx) {
      s = Math.min(s, c.start[i]!);
      e = Math.max(e, c.end[i]!);
    }
    this.add(reason, rule, score, c.map[s]!, c.map[e]!);
  }
}

function phraseEvidence(c: Cues, out: EvidenceSink): void {
  // Instruction override: verb of ignoring + instructions object, boosted by a backward qualifier.
  const core = near(c, B.ignore, B.instructions | B.promptObject, 60, true);
  if (core) {
    const s = Math.min(c.start[core.a]!, c.start[core.b]!);
    const e = Math.max(c.end[core.a]!, c.end[core.b]!);
    const verb = c.mask[core.a]! & B.ignore ? core.a : core.b;
    let score = 0.4;
    if (around(c, B.prior, s, e, 30, [core.a, core.b])) score = 0.92;
    else if (around(c, B.quantifier, s, e, 20, [core.a, core.b])) score = 0.6;
    // The object is the model's own rulebook ("ignore the content policy"): nobody else's to ignore.
    else if ((c.mask[core.a]! | c.mask[core.b]!) & B.aiRef) score = 0.6;
    // An imperative (the verb opens or closes the clause) addresses the reader: "Forget the rules."
    if (atClauseEdge(c, verb)) score = noisyOr([score, 0.2]);
    out.cues(c, 'instruction_override', 'verb_object', score, core.a, core.b);
  }
  const back = near(c, B.ignore, B.prior, 25, true);
  if (back) {
    // Verb-final languages put the pointer first and the verb right after it, with at most a case
    // marker between ("上記を無視", "ऊपर को अनदेखा करें", "yukarıdakileri yok say").
    const pointerFirst = c.start[back.b]! < c.start[back.a]! && c.start[back.a]! - c.end[back.b]! <= 8 && atClauseEdge(c, back.b);
    const score = atClauseEdge(c, back.a) || pointerFirst ? 0.55 : 0.3;
    out.cues(c, 'instruction_override', 'verb_prior', score, back.a, back.b);
  }
  const hijack = near(c, B.ignore, B.sayInstead, 100, false);
  if (hijack) out.cues(c, 'instruction_override', 'hijack', 0.55, hijack.a, hijack.b);
  const newOrders = near(c, B.newTask, B.instructions, 30, true);
  if (newOrders) out.cues(c, 'instruction_override', 'new_orders', 0.3, newOrders.a, newOrders.b);
  else if (c.present & B.newTask) {
    const i = firstOf(c, B.newTask);
    out.cues(c, 'instruction_override', 'new_task', 0.1, i);
  }

  // Role reassignment and jailbreak personas.
  const nRole = countOf(c, B.roleSwitch, 3);
  if (nRole > 0) out.cues(c, 'role_reassignment', 'role_switch', repeated(0.3, nRole), firstOf(c, B.roleSwitch));
  const freed = near(c, B.roleSwitch | B.roleplay, B.unrestricted, 200, false);
  if (freed && c.mask[freed.a]! & B.roleSwitch) out.cues(c, 'jailbreak_persona', 'role_unrestricted', 0.7, freed.a, freed.b);
  else if (freed) {
    // A weak role-play verb ("imagine you're", "act as") frees the persona only when the freedom is in
    // the same clause; across sentences the "no limits" often describes the story world, not the model.
    const tight = near(c, B.roleplay, B.unrestricted, 200, true);
    const p = tight ?? freed;
    // "... a dragon in a kingdom where magic is not restricted": the freedom belongs to the world.
    const worldly = tight !== undefined && WORLD_CLAUSE.test(between(c, p));
    // "Act as Vex. Vex has no limits": the persona named in the setup is the subject of the freedom.
    const named = !tight && namesPersona(c, p.a, p.b);
    out.cues(c, 'jailbreak_persona', 'role_unrestricted', (tight && !worldly) || named ? 0.45 : 0.2, p.a, p.b);
  }
  // A persona that is set up and then kept up ("you are now X" ... "stay in character", "always
  // answer as X"): the two halves of the role-play jailbreak template, each common alone.
  if (c.present & (B.roleSwitch | B.roleplay) && c.present & B.stayInCharacter) {
    const setup = firstOf(c, B.roleSwitch | B.roleplay);
    const kept = firstOf(c, B.stayInCharacter);
    const strong = (c.present & B.roleSwitch) !== 0;
    out.cues(c, 'jailbreak_persona', 'persona_kept', strong ? 0.3 : 0.2, setup, kept);
  }
  // "an AI without restrictions": the model itself described as unbound.
  const unboundAi = near(c, B.aiRef, B.unrestricted, 40, true);
  if (unboundAi) out.cues(c, 'jailbreak_persona', 'unbound_ai', 0.4, unboundAi.a, unboundAi.b);
  // A character described at length as free of every limit ("amoral, uncensored, never refuses, no
  // ethics"): one such word is common in fiction requests, three or more are the jailbreak's
  // character sheet, whatever the persona is called.
  if (countOf(c, B.unrestricted, 3) >= 3) {
    out.cues(c, 'jailbreak_persona', 'unrestricted_persona', 0.5, firstOf(c, B.unrestricted));
  }
  const weights: Array<[number, number, string]> = [
    [B.unrestricted, 0.25, 'unrestricted'],
    [B.persona, 0.4, 'persona'],
    [B.personaAcronym, 0.3, 'persona_acronym'],
    [B.stayInCharacter, 0.25, 'stay_in_character'],
    [B.aiRef, 0.06, 'ai_reference'],
    [B.roleplay, 0.08, 'roleplay'],
    [B.hypothetical, 0.05, 'hypothetical'],
  ];
  // A persona name with nothing that sets it up or frees it ("what is a DAN jailbreak?") is a mention,
  // not a use: questions about jailbreaks name them too.
  const mention = (c.present & (B.roleSwitch | B.roleplay | B.stayInCharacter | B.unrestricted | B.enter | B.mode)) === 0;
  for (const [cls, w0, rule] of weights) {
    const w = mention && cls === B.persona ? w0 / 2 : w0;
    const k = countOf(c, cls, 3);
    if (k > 0) out.cues(c, 'jailbreak_persona', rule, repeated(w, k), firstOf(c, cls));
  }

  // Prompt extraction.
  const leak = near(c, B.reveal, B.promptObject, 50, true);
  if (leak) out.cues(c, 'prompt_extraction', 'reveal_prompt', 0.85, leak.a, leak.b);
  else if (c.present & B.promptObject) out.cues(c, 'prompt_extraction', 'prompt_object', 0.15, firstOf(c, B.promptObject));

  // Secret elicitation: asking the assistant to disclose a credential it holds. The speaker's own
  // credential chores ("reset my password", "a strong password") are `selfHelp` and damp the rules.
  const secret = near(c, B.reveal, B.secretObject, 40, true);
  const helped = secret ? helpedNear(c, secret) : (c.present & B.selfHelp) !== 0;
  const others = secret !== undefined && ownedByOther(c, c.mask[secret.a]! & B.secretObject ? secret.a : secret.b);
  if (secret) out.cues(c, 'secret_elicitation', 'reveal_secret', helped || others ? 0.2 : 0.6, secret.a, secret.b);
  const leverage = B.hypothetical | B.authority | B.claim | B.evasion | B.roleplay;
  // Persuasion circles the secret: it is named again and again, or wrapped in leverage.
  const nSecret = countOf(c, B.secretObject, 3);
  if (nSecret >= 2 && !helped) out.cues(c, 'secret_elicitation', 'secret_insistence', 0.2, firstOf(c, B.secretObject));
  if (secret && c.present & leverage && !helped) out.cues(c, 'secret_elicitation', 'secret_leverage', 0.3, secret.a, secret.b);
  const evade = near(c, B.evasion, B.secretObject | B.privateData | B.promptObject, 80, true);
  if (evade) out.cues(c, 'secret_elicitation', 'evasive_output', helped ? 0.25 : 0.55, evade.a, evade.b);

  // Elicitation of the data of the user the assistant serves ("the user's birth date").
  const userData = near(c, B.userRef, B.privateData, 30, true);
  if (userData) {
    const asked = around(c, B.reveal | B.evasion, c.start[userData.a]!, c.end[userData.a]!, 60, [userData.a, userData.b]);
    out.cues(c, 'data_elicitation', 'user_data', helped ? 0.2 : asked ? 0.65 : 0.5, userData.a, userData.b);
  }
  const askData = near(c, B.reveal, B.privateData, 40, true);
  if (askData && c.present & (leverage & ~B.roleplay)) out.cues(c, 'data_elicitation', 'data_leverage', helped ? 0.2 : 0.5, askData.a, askData.b);

  // Authority claims and privileged modes.
  const nAuth = countOf(c, B.authority, 3);
  if (nAuth > 0) out.cues(c, 'authority_claim', 'authority', repeated(0.4, nAuth), firstOf(c, B.authority));
  const privileged = near(c, B.authority | B.claim, B.secretObject | B.privateData | B.promptObject | B.userRef, 200, false);
  if (privileged) out.cues(c, 'authority_claim', 'authority_request', helped ? 0.25 : 0.55, privileged.a, privileged.b);
  // "I am your developer ... system check": a privileged identity invoking a privileged mode, the two
  // halves of the system-mode attack whatever verb joins them.
  const authorized = near(c, B.authority, B.mode, 200, false);
  if (authorized) out.cues(c, 'mode_switch', 'authority_mode', helpedNear(c, authorized) ? 0.2 : 0.55, authorized.a, authorized.b);
  const entered = near(c, B.enter, B.mode, 40, true);
  if (entered) out.cues(c, 'mode_switch', 'enter_mode', helpedNear(c, entered) ? 0.2 : 0.6, entered.a, entered.b);
  else if (c.present & B.mode) {
    const i = firstOf(c, B.mode);
    out.cues(c, 'mode_switch', 'mode_named', bracketed(c, i) ? 0.6 : 0.15, i);
  }

  // Indirect injection: content handed over for processing that itself addresses the model.
  if (c.present & B.dataTask) {
    const task = firstOf(c, B.dataTask);
    const directive = B.sayInstead | B.ignore | B.authority | B.mode | B.roleSwitch | B.claim;
    for (let j = task + 1; j < c.mask.length; j++) {
      if (c.mask[j]! & directive && c.start[j]! - c.end[task]! >= 20) {
        out.cues(c, 'indirect_instruction', 'embedded_directive', 0.6, j);
        break;
      }
    }
  }
  // "In a world where ..., we might state: ..." puts words in the model's mouth through a fiction.
  const framed = near(c, B.hypothetical, B.sayInstead, 150, false);
  if (framed && c.start[framed.a]! < c.start[framed.b]!) out.cues(c, 'indirect_instruction', 'framed_statement', 0.35, framed.a, framed.b);

  // Encoded instructions.
  const decodeRun = near(c, B.decode, B.execute, 80, false);
  if (decodeRun) out.cues(c, 'encoded_instruction', 'decode_execute', 0.75, decodeRun.a, decodeRun.b);

  // Few-shot priming: a forged run of question/answer turns.
  const nQa = countOf(c, B.qaMarker, 4);
  if (nQa >= 3) out.cues(c, 'many_shot', 'qa_priming', 0.5, firstOf(c, B.qaMarker));

  // Exfiltration phrased in words (the URL part is structural).
  const ship = near(c, B.send, B.conversation, 60, true);
  if (ship) out.cues(c, 'exfiltration', 'send_conversation', 0.3, ship.a, ship.b);
}

/** A relative clause that moves the subject to the setting ("a world where", "a land in which"). */
const WORLD_CLAUSE = /\b(?:where|in which|wherein)\b/;

/** The text between the two cues of a pair (bounded by the pair's window). */
function between(c: Cues, p: Pair): string {
  const first = Math.min(p.a, p.b);
  const second = Math.max(p.a, p.b);
  return c.text.slice(c.end[first]!, c.start[second]!);
}

/**
 * Whether the sentence holding the `free` cue opens with a name that the `setup` cue introduced
 * ("Take up the persona of Vex. Vex is not restrained ..."): a third-person description of the persona.
 * Reads at most 40 characters after the setup and one sentence before the freedom.
 */
function namesPersona(c: Cues, setup: number, free: number): boolean {
  if (c.start[setup]! > c.start[free]!) return false;
  const sentenceFrom = Math.max(c.end[setup]!, c.start[free]! - 200);
  const before = c.text.slice(sentenceFrom, c.start[free]!);
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(before[i]!)) {
      cut = i;
      break;
    }
  }
  if (cut < 0) return false;
  const subject = /^\s*["'(]?([\p{L}\p{N}_-]{2,30})/u.exec(before.slice(cut + 1));
  if (subject === null || NOT_NAMES.has(subject[1]!)) return false;
  const intro = c.text.slice(c.end[setup]!, c.end[setup]! + 40);
  const name = subject[1]!;
  const at = intro.indexOf(name);
  return at >= 0 && !isLetter(intro[at - 1]) && !isLetter(intro[at + name.length]);
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

/** Sentence openers that are not persona names. */
const NOT_NAMES = new Set(['you', 'i', 'it', 'he', 'she', 'they', 'we', 'this', 'that', 'the', 'a', 'an', 'your', 'my', 'and', 'but', 'if', 'as']);

/** Whether a `selfHelp` cue ("my password", "how do i") sits near the pair: the speaker's own need. */
function helpedNear(c: Cues, p: Pair): boolean {
  const s = Math.min(c.start[p.a]!, c.start[p.b]!);
  const e = Math.max(c.end[p.a]!, c.end[p.b]!);
  return around(c, B.selfHelp, s, e, 80, []);
}

/** Words before "'s" that are contractions ("what's the password") or the user, not a third party. */
const NOT_OWNERS = new Set(['what', 'it', 'that', 'let', 'here', 'there', 'who', 'where', 'he', 'she', 'how', 'user', 'users']);

/**
 * Whether the secret of cue `i` belongs to a named third party ("Jason Bourne's Instagram password"):
 * an English possessive right before it, with no `userRef` (the user is whom the assistant guards).
 */
function ownedByOther(c: Cues, i: number): boolean {
  const m = /(\p{L}+)['\u2019]s?\s(?:\p{L}+\s)?$/u.exec(c.text.slice(Math.max(0, c.start[i]! - 30), c.start[i]!));
  if (m !== null && !NOT_OWNERS.has(m[1]!)) return true;
  // "the access code for Scrooge McDuck": a capitalized name after "for"/"of" in the original text.
  const end = c.map[c.end[i]!]!;
  return /^\s{1,3}(?:for|of)\s{1,3}(?:the\s{1,3})?\p{Lu}/u.test(c.original.slice(end, end + 30));
}

/** Whether cue `i` opens the text or sits in brackets ("<SYSTEM MODE>", "[maintenance mode]"). */
function bracketed(c: Cues, i: number): boolean {
  const before = c.text.slice(Math.max(0, c.start[i]! - 3), c.start[i]!).trimEnd();
  return before === '' || /[<[{(]$/.test(before);
}

function structureEvidence(hits: readonly StructureHit[], map: Uint32Array, c: Cues, out: EvidenceSink): void {
  let open = -1;
  let close = -1;
  let hasTarget = false;
  let assigns = 0;
  let concat = -1;
  for (const h of hits) {
    const s = map[h.start]!;
    const e = map[h.end]!;
    switch (h.kind) {
      case 'control_token':
        out.add('template_spoofing', 'control_token', 0.9, s, e);
        break;
      case 'inst_tag':
        out.add('template_spoofing', 'inst_tag', 0.85, s, e);
        break;
      case 'sys_tag':
        out.add('template_spoofing', 'sys_tag', 0.9, s, e);
        break;
      case 'role_tag_open':
        if (open < 0) open = s;
        out.add('template_spoofing', 'role_tag', 0.2, s, e);
        break;
      case 'role_tag_close':
        if (close < 0) close = s;
        out.add('template_spoofing', 'role_tag', 0.2, s, e);
        break;
      case 'role_header':
        out.add('template_spoofing', 'role_header', 0.55, s, e);
        break;
      case 'role_json':
        out.add('template_spoofing', 'role_json', 0.7, s, e);
        break;
      case 'image_beacon':
        out.add('exfiltration', 'image_beacon', 0.85, s, e);
        break;
      case 'image_external':
        out.add('exfiltration', 'image_external', 0.3, s, e);
        break;
      case 'url':
      case 'email':
        hasTarget = true;
        break;
      case 'var_assign':
        assigns++;
        break;
      case 'var_concat':
        if (concat < 0) concat = s;
        break;
      case 'mode_tag':
        out.add('mode_switch', 'mode_tag', 0.6, s, e);
        break;
    }
  }
  // Fragments in one-letter variables glued back together: the attack text never appears whole.
  if (assigns >= 2 && concat >= 0) out.add('payload_splitting', 'split_strings', 0.6, concat, concat + 1);
  // A closing role tag followed by an opening one forges a turn boundary.
  if (open >= 0 && close >= 0 && close < open) out.add('template_spoofing', 'forged_turn', 0.8, close, open);
  if (hasTarget && c.present & B.send) {
    const ship = near(c, B.send, B.conversation, 60, true);
    if (ship) out.cues(c, 'exfiltration', 'send_to_target', 0.8, ship.a, ship.b);
  }
}

/** Longest period (in words) of repetition looked for. */
const MAX_PERIOD = 6;
/** Repetitions of one unit that count as a repeated-token attack. */
const MIN_REPEATS = 8;
// Scratch of the repetition pass, cleared per call (allocating typed arrays costs more than clearing).
const RING = new Int32Array(8);
const RUN = new Int32Array(MAX_PERIOD + 1);
const RUN_FROM = new Int32Array(MAX_PERIOD + 1);

/**
 * Repeated-token attacks: one word or short phrase repeated many times in a row ("cake cake cake ...",
 * "Ignore the above Ignore the above ..."). One linear pass over the words of the keyword copy, hashed
 * by the phrase scan that just read it (`PhraseScanner.words`): each hash is compared with the words
 * 1..MAX_PERIOD back; a run of matches at lag L is that many words repeated.
 */
function textEvidence(length: number, scanned: ScannedWords, map: Uint32Array, out: EvidenceSink): void {
  if (length < MIN_REPEATS * 4) return;
  const { count, hash, start, end } = scanned;
  // Ring of the last 8 word hashes, indexed with `& 7`: no integer division in the loop.
  const ring = RING.fill(0);
  const run = RUN.fill(0);
  const runFrom = RUN_FROM.fill(0);
  let best = 0;
  let bestStart = 0;
  let bestEnd = 0;
  let open = 0; // lags with a run in progress
  for (let words = 0; words < count; words++) {
    const h = hash[words]!;
    // Most words repeat none of the last MAX_PERIOD words and no run is open: nothing to update.
    if (
      open !== 0 ||
      ring[(words - 1) & 7] === h ||
      ring[(words - 2) & 7] === h ||
      ring[(words - 3) & 7] === h ||
      ring[(words - 4) & 7] === h ||
      ring[(words - 5) & 7] === h ||
      ring[(words - 6) & 7] === h
    ) {
      open = 0;
      for (let lag = 1; lag <= MAX_PERIOD && lag <= words; lag++) {
        if (ring[(words - lag) & 7] === h) {
          if (run[lag] === 0) runFrom[lag] = start[words]!;
          run[lag]!++;
          open++;
          const reps = Math.floor(run[lag]! / lag) + 1;
          if (reps > best) {
            best = reps;
            bestEnd = end[words]!;
            bestStart = runFrom[lag]!;
          }
        } else run[lag] = 0;
      }
    }
    ring[words & 7] = h;
  }
  if (best >= MIN_REPEATS) {
    out.add('repeated_token', 'repetition', best >= 2 * MIN_REPEATS ? 0.6 : 0.5, map[bestStart]!, map[bestEnd]!);
  }
}

// ---------------------------------------------------------------------------------------------
// The detector

const MAX_DECODED_DEPTH = 4;
const MAX_DECODED_SEGMENTS = 32;
/** Smuggled evidence is raised toward 1 by this fraction of the remaining distance. */
const SMUGGLING_BONUS = 0.35;

function collectEvidence(
  compiled: PhraseScanner,
  text: NormalizedText,
  out: EvidenceSink,
  depth: number,
  budget: { segments: number },
): void {
  const cues = scanCues(compiled, text.collapsed, text.collapsedMap, text.original);
  phraseEvidence(cues, out);
  structureEvidence(findStructure(text.matching), text.matchingMap, cues, out);
  // The words of `collapsed`, hashed by the phrase scan in `scanCues` (no scan has run since).
  textEvidence(text.collapsed.length, compiled.words, text.collapsedMap, out);
  if (depth >= MAX_DECODED_DEPTH) return;
  for (const seg of text.decoded) {
    if (budget.segments-- <= 0) return;
    const inner = new EvidenceSink();
    collectEvidence(compiled, seg.decoded, inner, depth + 1, budget);
    for (const ev of inner.items) {
      const boosted = ev.score >= 0.25 ? ev.score + (1 - ev.score) * SMUGGLING_BONUS : ev.score;
      out.add(ev.reason, `decoded_${ev.rule}`, boosted, seg.start, seg.end);
    }
  }
}

/**
 * @internal Development aid: the evidence behind a score, with the original text of each span.
 * Used by bench/injection-misses.ts; not part of the public API.
 */
export function explainInjection(options: InjectionDetectorOptions = {}): (text: NormalizedText) => string[] {
  const compiled = compileLexicons(resolveLexicons(options), defaultCanonicalizer);
  return (text) => {
    const sink = new EvidenceSink();
    collectEvidence(compiled, text, sink, 0, { segments: MAX_DECODED_SEGMENTS });
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
  return buildDetector(options, defaultCanonicalizer);
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

/** @internal Builds a detector with an explicit phrase canonicalizer. */
export function buildDetector(options: InjectionDetectorOptions, canon: PhraseCanonicalizer): InjectionDetector {
  if (typeof options !== 'object' || options === null) {
    throw new GuardConfigError('createInjectionDetector(options) expects an object or nothing.');
  }
  const lexicons = resolveLexicons(options);
  const minDetection = options.minDetectionScore ?? 0.2;
  if (typeof minDetection !== 'number' || !(minDetection >= 0 && minDetection <= 1)) {
    throw new GuardConfigError('minDetectionScore must be a number between 0 and 1.');
  }
  const compiled = compileLexicons(lexicons, canon);

  const collect = (text: NormalizedText, out: EvidenceSink): void => collectEvidence(compiled, text, out, 0, { segments: MAX_DECODED_SEGMENTS });

  return function detectInjection(text: NormalizedText): InjectionResult {
    const sink = new EvidenceSink();
    collect(text, sink);
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
