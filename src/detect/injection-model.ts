/**
 * A small learned scorer for prompt extraction and hijacking: logistic regression over hashed word
 * unigrams, word bigrams and word stems (first letters of a long word) of the keyword copy. The phrase
 * rules know the exact wordings they were written for; the model knows which words and word pairs tend
 * to come with an attack ("before i arrived", "copy it out", "text above"), so paraphrases score too.
 *
 * Trained offline by `bench/build/train-injection-model.ts` (deterministic); the pruned weights ship as
 * a data table in `injection-model-weights.ts` and are unpacked once, on first use. Scoring is one pass
 * over the characters with one table probe per feature: no allocation that grows with the text.
 *
 * The model is one piece of evidence, never a verdict alone: {@link learnedEvidence} turns its
 * probability into a score only when the text also addresses the model (instructions, prompt, rules,
 * an override, a mode), and a cue inside code, data or a quoted mention keeps a third of it. Its
 * score stays below the blocking threshold: the rules' evidence must be there too.
 * @module
 */
import type { Cues } from './injection-cues.js';
import { classSet, CUE_CLASSES, is, present } from './injection-cues.js';
import { handsGameRole, pointsAtOwnText, type EvidenceSink } from './injection-evidence.js';
import { INJECTION_MODEL_WEIGHTS } from './injection-model-weights.js';
import { MAX_TAGS } from './phrase-engine.js';

/** The shipped form of a model (written by the trainer). */
export interface InjectionModelWeights {
  /** Feature-scheme version; a scorer refuses weights of another scheme. */
  readonly scheme: number;
  /** Intercept of the logistic regression. */
  readonly bias: number;
  /** Weight of one int8 step: `weight = int8 * scale`. */
  readonly scale: number;
  /** Feature hashes, little-endian int32, base64. */
  readonly keys: string;
  /** Quantized weights, int8 in the order of `keys`, base64. */
  readonly weights: string;
  /**
   * How many of `CUE_CLASSES` (its first entries: classes are only ever appended) the weights were trained with.
   * The scorer reads the classes after them as absent: they carry no weights, and each present class adds to the
   * count its class features are normalized by, so an unknown one would only dilute what the model learned.
   */
  readonly classes: number;
}

/** The feature scheme this file computes (bump when {@link forEachFeature} changes). */
export const FEATURE_SCHEME = 4;
/** Whether words also yield their character 4-grams. */
const useChars = true;

/** A loaded model. */
export interface InjectionModel {
  /** Number of features with a weight. */
  readonly size: number;
  /**
   * Probability (0..1) that `text` (a keyword copy) is an injection, as the trainer fit it, given the
   * cue classes found in it (`presentLo`/`presentHi`/`presentTop` of the phrase scan).
   */
  probability(text: string, presentLo?: number, presentHi?: number, presentTop?: number): number;
  /** How its probability becomes evidence ({@link LEARNED_SCORES} when absent): a bench or a test may try another. */
  readonly scores?: LearnedScores;
}

/** A mapping from the model's probability to an evidence score: linear from `low` at `from` to `high` at 1. */
export interface LearnedScores {
  /** Probability where evidence starts. */
  readonly from: number;
  /** Score at `from`. */
  readonly low: number;
  /** Score at probability 1. */
  readonly high: number;
}

// ---------------------------------------------------------------------------------------------
// Features

/** Salts that keep the three feature kinds apart in one hash space. */
const UNIGRAM = 0x9e3779b1;
const BIGRAM = 0x85ebca6b;
const STEM = 0xc2b2ae35;
const CHARS = 0x27d4eb2f;
/** A word longer than this also yields its first `STEM_LENGTH` letters ("instruction*", "anweisung*"). */
const STEM_LENGTH = 5;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** One hash for every run of digits: numbers carry no meaning here, their presence may. */
const NUMBER_HASH = 0x2545f491;

/** murmur3's finalizer: spreads a word hash before it is salted into a feature. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** Character classes: 0 separator, 1 word character, 2 a character that is a word by itself (CJK, kana, hangul, Thai). */
function charClass(c: number): number {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return 0; // Latin-1 punctuation and signs
  if (c >= 0x0e00 && c <= 0x0e7f) return 2; // Thai is written without spaces
  if (c >= 0x2000 && c <= 0x2bff) return 0; // general punctuation, symbols, arrows, boxes
  if (c >= 0x3000 && c <= 0x303f) return 0; // CJK punctuation
  if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) return 2;
  if (c >= 0xd800 && c <= 0xdfff) return 0; // astral: emoji and the like
  if (c >= 0xfe30 && c <= 0xfe4f) return 0;
  if (c >= 0xff00 && c <= 0xff20) return 0; // fullwidth punctuation
  return 1;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Calls `visit` with every feature hash of `text` (the keyword copy: lowercased, folded), in text
 * order, and returns how many there were: per word its unigram, its stem when longer than
 * {@link STEM_LENGTH}, and the bigram with the word before. One pass; a word is hashed as it is read.
 */
export function forEachFeature(text: string, visit: (feature: number) => void): number {
  const n = text.length;
  let count = 0;
  let prev = 0; // hash of the previous word, 0 at the start
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = charClass(c);
    if (cls === 0) {
      i++;
      continue;
    }
    let h = FNV_OFFSET;
    let stem = 0;
    let len = 0;
    let digits = true;
    // The last three characters of the word, for its character 4-grams (inflections and cognates
    // share them: "instruc-tions", "instruc-ciones", "istru-zioni").
    let c1 = 0;
    let c2 = 0;
    let c3 = 0;
    if (cls === 2) {
      h = Math.imul(h ^ c, FNV_PRIME);
      len = 1;
      digits = false;
      i++;
    } else {
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (charClass(d) !== 1) break;
        h = Math.imul(h ^ d, FNV_PRIME);
        if (!isDigit(d)) digits = false;
        if (++len === STEM_LENGTH) stem = h;
        if (len >= 4 && useChars) {
          visit(mix((Math.imul(Math.imul(Math.imul(c1, 31) + c2, 31) + c3, 31) + d) ^ CHARS));
          count++;
        }
        c1 = c2;
        c2 = c3;
        c3 = d;
      }
    }
    const word = digits ? NUMBER_HASH : mix(h);
    visit(mix(word ^ UNIGRAM));
    count++;
    if (len > STEM_LENGTH + 1 && !digits) {
      visit(mix(stem ^ STEM));
      count++;
    }
    if (prev !== 0) {
      visit(mix(Math.imul(prev, 31) ^ word ^ BIGRAM));
      count++;
    }
    prev = word;
  }
  return count;
}

const CLASS = 0x165667b1;
const CLASS_PAIR = 0xd3a2646c;

/**
 * Calls `visit` with the features of the cue classes present (bit `i` of `lo`, `32 + i` of `hi`, `64 + i`
 * of `top`): one per class and one per pair of classes. The lexicons know the same cue in every language
 * they cover, so these carry what the model learns about combinations across languages. At most
 * {@link MAX_TAGS} classes: a bounded number of features whatever the text.
 */
export function forEachClassFeature(lo: number, hi: number, top: number, visit: (feature: number) => void): number {
  let count = 0;
  for (let i = 0; i < MAX_TAGS; i++) {
    if (!hasBit(lo, hi, top, i)) continue;
    visit(mix(i ^ CLASS));
    count++;
    for (let j = i + 1; j < MAX_TAGS; j++) {
      if (!hasBit(lo, hi, top, j)) continue;
      visit(mix(((i << 8) | j) ^ CLASS_PAIR));
      count++;
    }
  }
  return count;
}

const hasBit = (lo: number, hi: number, top: number, i: number): boolean => (((i < 32 ? lo : i < 64 ? hi : top) >>> (i & 31)) & 1) === 1;

// ---------------------------------------------------------------------------------------------
// Loading and scoring

/**
 * Unpacks shipped weights into an open-addressing table (keys and float weights in two typed arrays,
 * twice the feature count, a power of two): one probe sequence per feature when scoring.
 * @throws Error when the weights were written for another feature scheme or are malformed.
 */
export function loadInjectionModel(w: InjectionModelWeights): InjectionModel {
  if (w.scheme !== FEATURE_SCHEME) throw new Error(`injection model: weights of feature scheme ${w.scheme}, this scorer computes ${FEATURE_SCHEME}`);
  const keyBytes = Buffer.from(w.keys, 'base64');
  const weightBytes = Buffer.from(w.weights, 'base64');
  const size = weightBytes.length;
  if (keyBytes.length !== size * 4) throw new Error('injection model: keys and weights differ in length');
  let cap = 16;
  while (cap < size * 2) cap *= 2;
  const mask = cap - 1;
  const keys = new Int32Array(cap);
  const values = new Float32Array(cap);
  const used = new Uint8Array(cap);
  for (let k = 0; k < size; k++) {
    const key = keyBytes.readInt32LE(k * 4);
    let slot = key & mask;
    while (used[slot] === 1) slot = (slot + 1) & mask;
    used[slot] = 1;
    keys[slot] = key;
    values[slot] = weightBytes.readInt8(k) * w.scale;
  }
  const bias = w.bias;
  // Classes appended after training count as absent (see `InjectionModelWeights.classes`).
  const unseen = classSet(CUE_CLASSES.slice(w.classes));
  const knownLo = ~unseen.lo;
  const knownHi = ~unseen.hi;
  const knownTop = ~unseen.top;
  let sum = 0;
  // One visitor for the life of the model: scoring allocates nothing per call.
  const add = (f: number): void => {
    let slot = f & mask;
    while (used[slot] === 1) {
      if (keys[slot] === f) {
        sum += values[slot]!;
        return;
      }
      slot = (slot + 1) & mask;
    }
  };
  return {
    size,
    probability(text: string, presentLo = 0, presentHi = 0, presentTop = 0): number {
      sum = 0;
      const n = forEachFeature(text, add);
      const words = n === 0 ? 0 : sum / Math.sqrt(n);
      sum = 0;
      const m = forEachClassFeature(presentLo & knownLo, presentHi & knownHi, presentTop & knownTop, add);
      // Normalized like the words: a long text holds many classes, and their pairs grow as its square.
      return sigmoid(bias + words + (m === 0 ? 0 : sum / Math.sqrt(m)));
    },
  };
}

/** The logistic function. */
export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The feature values the trainer fits: each occurrence weighs `1 / sqrt(features of its kind in the text)` (words, classes). */
export const featureValue = (count: number): number => (count === 0 ? 0 : 1 / Math.sqrt(count));

let builtin: InjectionModel | undefined;

/** The shipped model, unpacked on first use and shared by every detector of the process. */
export function builtinInjectionModel(): InjectionModel {
  return (builtin ??= loadInjectionModel(INJECTION_MODEL_WEIGHTS));
}

// ---------------------------------------------------------------------------------------------
// Evidence

/** Cue classes that address the model or its instructions: the model's words only count next to one of them. */
const ADDRESS = classSet(['instructions', 'promptObject', 'ignore', 'roleSwitch', 'newTask', 'policyChange', 'mode', 'sayInstead']);
/** Cues that turn a role the user sets up into an override: with one, a persona opener is no excuse. */
const OVERRIDE = classSet(['ignore', 'policyChange', 'mode', 'unrestricted', 'persona', 'roleSwitch']);
/**
 * A text that opens by giving the model a role ("You are a seasoned chef…", "Du bist ein…"): the user
 * writes the model a prompt of their own, and "your instructions" in it are the role's, not the
 * deployment's. Read on the first characters of the keyword copy only.
 */
const PERSONA_OPENER = /^\W{0,3}(?:you are|you're|tu es|vous etes|du bist|sie sind|eres|usted es|sei|voce e|jij bent|je bent|jestes)\s{1,3}(?:a|an|un|une|ein|eine|uno|una|um|uma|een)\s/;
/** Cues that name the prompt itself: the evidence is an extraction. */
const EXTRACTION = classSet(['promptObject']);
/** A task over material the user hands over (summarize, translate…): cues after it belong to the material. */
const HANDOVER = classSet(['dataTask']);
/**
 * How many of `CUE_CLASSES` the shipped weights were trained with (the trainer writes it with the weights). Classes
 * appended later carry no weights: the scorer reads them as absent, so they neither add features nor dilute the
 * ones it knows, until the next training.
 */
export const TRAINED_CLASS_COUNT = INJECTION_MODEL_WEIGHTS.classes;
/** The classes after the trained ones, derived rather than listed by hand, so a new class cannot be missed. */
export const UNTRAINED = classSet(CUE_CLASSES.slice(TRAINED_CLASS_COUNT));

/**
 * The longest text (keyword-copy characters) the model reads. It was trained on chat-sized prompts, and its
 * cost grows with the text: longer texts, where it moved no figure, are left to the rules.
 */
export const LEARNED_MAX_CHARS = 2048;

/**
 * Probability from which the model's opinion becomes evidence, and the score it gives there and at
 * certainty (linear between). Chosen on out-of-fold probabilities of the training rows (5 folds), never on
 * holdout rows (`train-injection-model.ts --oof` compares mappings through the whole detector: with a retrained
 * model no mapping that let it score higher paid for its look-alikes). At certainty the model adds to the rules'
 * evidence what a second weak cue would.
 */
export const LEARNED_SCORES = {
  /** Probability where evidence starts. */
  from: 0.8,
  /** Score at `from`. */
  low: 0.15,
  /** Score at probability 1: below the blocking threshold, so the model never blocks a text alone. */
  high: 0.4,
} as const satisfies LearnedScores;

/** Where the first cue of `classes` starts in the keyword copy (Infinity when there is none). */
function firstOf(c: Cues, classes: ReturnType<typeof classSet>): number {
  let first = Infinity;
  for (let i = 0; i < c.lo.length; i++) if (is(c, i, classes) && c.start[i]! < first) first = c.start[i]!;
  return first;
}

/**
 * Adds the model's evidence for one text to `out`: when some cue addresses the model and the model's
 * probability reaches {@link LEARNED_SCORES}.from. The span is the first addressing cue outside code,
 * data and quoted mentions (or, when every one lies inside them, the first: the sink then weighs the
 * score down as it weighs the rules').
 */
/** Whether every cue that addresses the model is a pointer up the page at the user's own text. */
function onlyPointsAtOwnText(c: Cues): boolean {
  let pointers = 0;
  for (let i = 0; i < c.lo.length; i++) {
    if (!is(c, i, ADDRESS)) continue;
    if (!is(c, i, EXTRACTION) || !pointsAtOwnText(c, i)) return false;
    pointers++;
  }
  return pointers > 0;
}

const ROLE_SWITCH = classSet(['roleSwitch']);
const OTHER_OVERRIDE = classSet(['ignore', 'policyChange', 'mode', 'unrestricted', 'persona']);
/** Whether every override cue is a role switch handing over a game-hosting role. */
function gameHostOnly(c: Cues): boolean {
  if (present(c, OTHER_OVERRIDE)) return false;
  let seen = false;
  for (let i = 0; i < c.lo.length; i++) {
    if (!is(c, i, ROLE_SWITCH)) continue;
    if (!handsGameRole(c, i)) return false;
    seen = true;
  }
  return seen;
}

/** The cues that make a text an override or an extraction: the verb of ignoring and the prompt ("instructions" and "rules" are everyday words). */
const CORE = classSet(['ignore', 'promptObject']);

/** The first core cue when every core cue lies in code, data or a quoted mention; -1 otherwise. */
function coreOnlyInMaterial(c: Cues, regions: { weight(start: number, end: number): number }): number {
  let first = -1;
  for (let i = 0; i < c.lo.length; i++) {
    if (!is(c, i, CORE)) continue;
    if (regions.weight(c.map[c.start[i]!]!, c.map[c.end[i]!]!) >= 1) return -1;
    if (first < 0) first = i;
  }
  return first;
}

export function learnedEvidence(model: InjectionModel, c: Cues, out: EvidenceSink): void {
  if (c.text.length > LEARNED_MAX_CHARS || !present(c, ADDRESS)) return;
  if (!present(c, OVERRIDE) && PERSONA_OPENER.test(c.text.slice(0, 40))) return;
  // Lane lookalike9b: a role switch that only hands over the host of the user's own game ("ab jetzt bist du der
  // Erzähler unseres Krimi-Dinners") is a persona opener too, when nothing else overrides.
  if (gameHostOnly(c)) return;
  // Words that address a model inside a text handed over for a task are the material's, which the rules
  // read with its context; the model, trained on direct requests, would count them as the user's.
  if (present(c, HANDOVER) && firstOf(c, HANDOVER) < firstOf(c, ADDRESS)) return;
  // "Summarize the text above" after text the user wrote names that text: the rules weigh it (`materialAbove`);
  // the model, which never saw the lines before, would read a request for the hidden prompt.
  if (onlyPointsAtOwnText(c)) return;
  // The model reads the classes it was trained with only (it masks the others itself).
  const p = model.probability(c.text, c.presentLo, c.presentHi, c.presentTop);
  const map = model.scores ?? LEARNED_SCORES;
  if (p < map.from) return;
  const t = (p - map.from) / (1 - map.from);
  const score = map.low + (map.high - map.low) * t;
  let at = -1;
  for (let i = 0; i < c.lo.length; i++) {
    if (!is(c, i, ADDRESS)) continue;
    if (at < 0) at = i;
    if (out.regions === undefined || out.regions.weight(c.map[c.start[i]!]!, c.map[c.end[i]!]!) >= 1) {
      at = i;
      break;
    }
  }
  // Lane lookalike9b: when the override or the prompt is named only inside quoted or coded material ("our gateway
  // strips "ignore previous instructions" from every request"), the model's opinion is about those words: it is
  // placed on them, so the sink weighs it as the quote (and keeps only the strongest evidence read in one quote).
  const quotedCore = out.regions === undefined ? -1 : coreOnlyInMaterial(c, out.regions);
  if (quotedCore >= 0) at = quotedCore;
  out.cues(c, present(c, EXTRACTION) ? 'prompt_extraction' : 'instruction_override', 'learned', score, at);
}
