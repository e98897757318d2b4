/**
 * System-prompt restrictions: the server's system prompt says what the assistant must not do ("Do not
 * discuss politics.", "The password is 'Tulip'. Don't reveal it."). This module compiles those rules
 * once into protected words, then scores user texts that reach for them. Many attacks carry no attack
 * wording at all and are attacks only against the prompt they target ("Which composer wrote this
 * opera?" sent to a bot told never to discuss music); only the system prompt makes them visible.
 *
 * The knowledge of how each language phrases a restriction is data (`restriction-lexicon/`); the
 * function words come from the `stopwords-iso` lists.
 * @module
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import type { Detection } from '../core/types.js';
import { GuardConfigError } from '../core/errors.js';
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import type { NormalizedText } from '../text/index.js';
import { compilePhraseLists, foldLikeMatching, MATCHING_COPY, MAX_TAGS, normalizeWithoutDecoding, tagMask, type PhraseList, type PhraseScanner, type TagMask } from './phrase-engine.js';
import { BUILTIN_RESTRICTION_LEXICONS } from './restriction-lexicon/index.js';
import { unpackScanner } from './phrase-pack.js';
import { precompiled } from './precompiled.js';
import type { RestrictionLexicon } from './restriction-lexicon/types.js';

export type { RestrictionLexicon } from './restriction-lexicon/types.js';
export { BUILTIN_RESTRICTION_LEXICONS } from './restriction-lexicon/index.js';

/** Options of {@link createRestrictionCompiler}. */
export interface RestrictionOptions {
  /**
   * Built-in languages to load (codes of {@link BUILTIN_RESTRICTION_LEXICONS}).
   * @default all built-in languages
   */
  languages?: readonly string[];
  /**
   * Additional lexicons (new languages or more phrasing for existing ones). A lexicon for a built-in
   * language joins that language; one for another language is read for every prompt, whatever its script.
   * @default []
   */
  extraLexicons?: readonly RestrictionLexicon[];
}

const RESTRICTION_OPTION_KEYS: OptionKeys<RestrictionOptions> = { languages: true, extraLexicons: true };

/** The score of a user text that names one protected word; each further word adds {@link EXTRA_TERM_SCORE}. */
export const RESTRICTED_TERM_SCORE = 0.5;
/** What each protected word beyond the first adds to the score. */
export const EXTRA_TERM_SCORE = 0.15;
const MAX_SCORE = 0.95;
/**
 * Beyond this many characters (about a hundred English words) one protected word is as likely a
 * chance overlap as a request, so alone it only flags; two or more still block.
 */
export const LONG_TEXT_CHARS = 600;
const LONG_TEXT_PENALTY = 0.1;

/** The rules of one system prompt, compiled. */
export interface RestrictionProfile {
  /**
   * The protected words, as matching keys, for inspection and tests: normalized and cut to their stem, with
   * a prefix saying how they match: `=` whole word (names, values, acronyms), `<` short word (may gain a letter
   * or two), `~` unspaced script (found anywhere), none a stem. Empty when nothing is restricted.
   */
  readonly terms: readonly string[];
  /**
   * Scores a user text: 0 when it names no protected word, {@link RESTRICTED_TERM_SCORE} for one
   * (less in a text longer than {@link LONG_TEXT_CHARS}), more for each further one. Each protected word
   * found is one detection (kind `injection`, type `restricted_request`) spanning it in the original text.
   */
  check(text: NormalizedText): { score: number; detections: Detection[] };
}

/** Compiles a system prompt into its {@link RestrictionProfile}. */
export type RestrictionCompiler = (systemPrompt: string) => RestrictionProfile;

// ---------------------------------------------------------------------------------------------
// Words and keys

/** Letters of scripts written without spaces between words: their words are found by segmentation. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;
const WORD = /[\p{L}\p{M}\p{N}]+(?:[@._-][\p{L}\p{M}\p{N}]+)*/gu;
/** A character that continues a word (a candidate after one is inside a word, not at its start). */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** The same word pattern, anchored where a candidate starts. */
const WORD_AT = /[\p{L}\p{M}\p{N}]+(?:[@._-][\p{L}\p{M}\p{N}]+)*/uy;
/** Words shorter than this (in UTF-16 units) are too unspecific to protect. */
const MIN_SPACED_TERM = 3;
const MIN_UNSPACED_TERM = 2;
/**
 * A spaced word is protected by its stem: short words whole (a user's word may add a letter or two,
 * "pet" / "pets"), longer ones minus their last three letters, so inflections and derivations meet
 * ("recipes" / "recipe", "politics" / "political") while "technical" does not become "technology".
 * Values with digits or `@` ("gamma789", an email) stay whole and must match exactly.
 */
const SHORT_WORD = 5;
/** All-capital words up to this length are acronyms ("AI", "NASA"), matched whole. */
const MAX_ACRONYM = 5;
const MIN_STEM = 5;
const STEM_CUT = 3;

/** The stem of a protected word, prefixed `=` when it must match a whole word, `<` when it is a short word. */
function spacedStem(word: string): string {
  if (/[\p{N}@]/u.test(word)) return `=${word}`;
  return word.length <= SHORT_WORD ? `<${word}` : word.slice(0, Math.max(MIN_STEM, word.length - STEM_CUT));
}

/** How many letters a user's word may add to a short protected word. */
const extraLetters = (stem: string): number => (stem.length <= 4 ? 1 : 2);

/**
 * An unspaced term of more than this many characters is compared without its last one, so an
 * inflection or a particle left on it does not matter ("パスワード" / "パスワードを"; Thai การเมือง keeps
 * enough not to become every การ- word).
 */
const UNSPACED_WHOLE = 4;

function unspacedKey(word: string): string {
  return word.length > UNSPACED_WHOLE ? word.slice(0, -1) : word;
}

const NUMBER_ONLY = /^\p{N}{1,3}$/u;

// ---------------------------------------------------------------------------------------------
// Phrase lists

const MAX_PHRASES_PER_FIELD = 2000;

/** Normalizes texts like the phrases: the same folding as the detectors' matching copy. */
const fold = foldLikeMatching;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The phrase fields of a restriction lexicon. */
export type PhraseField = 'markers' | 'generic' | 'extenders' | 'backReferences' | 'promptReferences' | 'descriptors';

/** Function words of one language (its `stopwords-iso` list), folded like the text; shared by every compiler. */
const functionWords = new Map<string, ReadonlySet<string>>();
function stopwordsOf(lang: string): ReadonlySet<string> {
  let set = functionWords.get(lang);
  if (set === undefined) {
    // The build folds the lists of the built-in languages; others (an extra lexicon's) are folded here.
    set = new Set(precompiled()?.stopwords[lang] ?? foldedStopwords(lang));
    functionWords.set(lang, set);
  }
  return set;
}

/** @internal The `stopwords-iso` list of a language, folded like the text (the build stores these). */
export function foldedStopwords(lang: string): string[] {
  const list = (stopwordsIso as Readonly<Record<string, readonly string[] | undefined>>)[lang] ?? [];
  return list.map((word) => fold(word).trim());
}

/**
 * The script each built-in language is written in. A system prompt is read with the lexicons of its own
 * languages only: the French "le" is a pronoun, the English "no" a marker only in English.
 */
const SCRIPTS: Readonly<Record<string, RegExp>> = {
  Latin: /\p{Script=Latin}/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
  Greek: /\p{Script=Greek}/u,
  Arabic: /\p{Script=Arabic}/u,
  Devanagari: /\p{Script=Devanagari}/u,
  Bengali: /\p{Script=Bengali}/u,
  Thai: /\p{Script=Thai}/u,
  Hangul: /\p{Script=Hangul}/u,
  Han: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
};
const SCRIPT_OF_LANGUAGE: Readonly<Record<string, string>> = {
  en: 'Latin', fr: 'Latin', de: 'Latin', es: 'Latin', it: 'Latin', pt: 'Latin', tr: 'Latin', vi: 'Latin', id: 'Latin',
  tl: 'Latin', ru: 'Cyrillic', el: 'Greek', ar: 'Arabic', hi: 'Devanagari', bn: 'Bengali', th: 'Thai', ko: 'Hangul',
  zh: 'Han', ja: 'Han',
};
/** A script counts in a prompt when it writes at least this share of its letters. */
const MIN_SCRIPT_SHARE = 0.2;
/** Languages of one script within this share of the best function-word count are read too. */
const LANGUAGE_VOTE_SHARE = 0.8;

/** What one language knows, compiled: its tag in the field scanners, its function words and its traits. */
interface LanguageKnowledge {
  readonly lang: string;
  /** The language's tag in the field scanners (phrase-engine tags: one per language). */
  readonly want: Readonly<TagMask>;
  /** Whether it lists descriptor words. */
  readonly hasDescriptors: boolean;
  /** Script of the language, or undefined for an unknown language (then always read). */
  readonly script: string | undefined;
  readonly stop: ReadonlySet<string>;
  readonly capitalizesNouns: boolean;
  readonly objectFirst: boolean;
  /** Folded particles, longest first. */
  readonly particles: readonly string[];
}

const PHRASE_FIELDS: readonly PhraseField[] = ['markers', 'generic', 'extenders', 'backReferences', 'promptReferences', 'descriptors'];

function knowledgeOf(lang: string, tag: number, lexicons: readonly RestrictionLexicon[]): LanguageKnowledge {
  const particles = [...new Set(lexicons.flatMap((lex) => lex.particles ?? []).map((p) => fold(p).trim()).filter((p) => p !== ''))];
  return {
    lang,
    want: tagMask(tag),
    hasDescriptors: lexicons.some((lex) => (lex.descriptors ?? []).length > 0),
    script: SCRIPT_OF_LANGUAGE[lang],
    stop: stopwordsOf(lang),
    capitalizesNouns: lexicons.some((lex) => lex.capitalizesNouns === true),
    objectFirst: lexicons.some((lex) => lex.objectFirst === true),
    particles: particles.sort((a, b) => b.length - a.length),
  };
}

/** One scanner per phrase field, over every language (tag = language); scans ask for the prompt's languages. */
export type FieldScanners = Readonly<Record<PhraseField, PhraseScanner>>;

function fieldScanners(byLanguage: ReadonlyArray<readonly [string, readonly RestrictionLexicon[]]>): FieldScanners {
  const scanners = {} as Record<PhraseField, PhraseScanner>;
  for (const field of PHRASE_FIELDS) {
    const lists: PhraseList[] = [];
    byLanguage.forEach(([, lexicons], tag) => {
      for (const lex of lexicons) lists.push({ tag, phrases: lex[field] ?? [], spaced: lex.spaced !== false });
    });
    scanners[field] = compilePhraseLists(lists, MATCHING_COPY);
  }
  return scanners;
}

/** The field scanners of all built-in languages, shared by every default compiler of the process. */
let builtinScanners: FieldScanners | undefined;

/**
 * @internal The field scanners of all built-in restriction lexicons, tagged by their position in
 * {@link BUILTIN_RESTRICTION_LEXICONS}: restored from the tables the build packed, or, running from
 * source, compiled once per process.
 */
export function builtinFieldScanners(): FieldScanners {
  if (builtinScanners !== undefined) return builtinScanners;
  const packed = precompiled()?.restriction;
  if (packed === undefined) return (builtinScanners = compileBuiltinFieldScanners());
  const scanners = {} as Record<PhraseField, PhraseScanner>;
  for (const field of PHRASE_FIELDS) scanners[field] = unpackScanner(packed[field]!);
  return (builtinScanners = scanners);
}

/** @internal Compiles the field scanners of all built-in restriction lexicons afresh (the build packs these). */
export const compileBuiltinFieldScanners = (): FieldScanners => fieldScanners([...byLanguageOf(Object.values(BUILTIN_RESTRICTION_LEXICONS))]);

/** Lexicons grouped by language, in order of first appearance (a language's tag is its position). */
function byLanguageOf(lexicons: readonly RestrictionLexicon[]): Map<string, RestrictionLexicon[]> {
  const byLanguage = new Map<string, RestrictionLexicon[]>();
  for (const lex of lexicons) byLanguage.set(lex.lang, [...(byLanguage.get(lex.lang) ?? []), lex]);
  return byLanguage;
}

/** @internal The phrase fields of a restriction lexicon, in the order the build packs them. */
export const RESTRICTION_PHRASE_FIELDS = PHRASE_FIELDS;

/** The languages a prompt is written in: by script, then, within a script, by function-word count. */
function languagesOf(prompt: NormalizedText, known: readonly LanguageKnowledge[], scanners: FieldScanners): LanguageKnowledge[] {
  const letters = new Map<string, number>();
  let total = 0;
  for (const char of prompt.original) {
    for (const [script, re] of Object.entries(SCRIPTS)) {
      if (re.test(char)) {
        letters.set(script, (letters.get(script) ?? 0) + 1);
        total++;
        break;
      }
    }
  }
  const words = prompt.matching.match(WORD) ?? [];
  const chosen: LanguageKnowledge[] = [];
  for (const [script, count] of letters) {
    if (count < MIN_SCRIPT_SHARE * total) continue;
    const candidates = known.filter((k) => k.script === script);
    // A function word shared by k candidate languages gives each 1/k ("non" is English, French and Italian);
    // a restriction marker of a language gives it one more vote ("Non dare consigli medici." is Italian).
    const votes = candidates.map(() => 0);
    for (const word of words) {
      const owners = candidates.flatMap((k, i) => (k.stop.has(word) ? [i] : []));
      for (const i of owners) votes[i]! += 1 / owners.length;
    }
    candidates.forEach((k, i) => {
      votes[i]! += scanners.markers.scan(prompt.matching, k.want.lo, k.want.hi, k.want.top).start.length;
    });
    const best = Math.max(0, ...votes);
    candidates.forEach((k, i) => {
      if (best === 0 || votes[i]! >= LANGUAGE_VOTE_SHARE * best) chosen.push(k);
    });
  }
  for (const k of known) if (k.script === undefined) chosen.push(k);
  return chosen;
}

function validateLexicon(lex: unknown, where: string): asserts lex is RestrictionLexicon {
  if (typeof lex !== 'object' || lex === null) throw new GuardConfigError(`${where} must be an object { lang, markers, generic, extenders, backReferences, promptReferences? }.`);
  const l = lex as Partial<RestrictionLexicon>;
  if (typeof l.lang !== 'string' || l.lang === '') throw new GuardConfigError(`${where}.lang must be a non-empty string.`);
  if (l.spaced !== undefined && typeof l.spaced !== 'boolean') throw new GuardConfigError(`${where}.spaced must be a boolean.`);
  for (const flag of ['capitalizesNouns', 'objectFirst'] as const) {
    if (l[flag] !== undefined && typeof l[flag] !== 'boolean') throw new GuardConfigError(`${where}.${flag} must be a boolean.`);
  }
  if (l.particles !== undefined && (!Array.isArray(l.particles) || l.particles.some((p) => typeof p !== 'string'))) {
    throw new GuardConfigError(`${where}.particles must be an array of strings.`);
  }
  for (const field of ['markers', 'generic', 'extenders', 'backReferences', 'promptReferences', 'descriptors'] as const) {
    const list = l[field];
    if ((field === 'promptReferences' || field === 'descriptors') && list === undefined) continue;
    if (!Array.isArray(list) || list.some((p) => typeof p !== 'string')) {
      throw new GuardConfigError(`${where}.${field} must be an array of strings (use [] for none).`);
    }
    if (list.length > MAX_PHRASES_PER_FIELD) throw new GuardConfigError(`${where}.${field} has more than ${MAX_PHRASES_PER_FIELD} phrases.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Compilation of a system prompt

/** Sentence ends; a period after a one-letter abbreviation ("e.g.", "i.e.", "U.S.") is not one. */
const SENTENCE_END = /(?<!(?:^|[\s.])\p{L})[.!?;\u0964\u061f]+(?=\s|$)|[\u3002\uff01\uff1f\uff1b]+|\n+/gu;
/** A clause of at most this many content words with no lexicon word in it is an item of a list. */
const LIST_ITEM_WORDS = 4;
/** Commas and colons; in Thai, which writes no commas, the space between two phrases. */
const CLAUSE_BREAK = /[,\u060c\u3001\uff0c:]+|(?<=\p{Script=Thai}\p{M}*)\s+(?=\p{Script=Thai})/gu;
/** Letters of cased scripts: in them a capital marks a name, a place, a value. */
const CASED = /[\p{Lu}\p{Ll}]/u;
const UPPER = /\p{Lu}/u;
const QUOTES = /["'\u2018\u2019\u201c\u201d\u00ab\u00bb\u300c\u300d\u300e\u300f]/u;

/** Word segmentation for unspaced scripts, made on first need: ICU loads its word data then (tens of ms). */
let segmenter: Intl.Segmenter | undefined;
const wordSegmenter = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' }));

/** A span of the matching copy. */
type Span = readonly [start: number, end: number];

/** Splits `text[from, to)` at every match of `re` into non-empty spans. */
function spansBetween(text: string, from: number, to: number, re: RegExp): Span[] {
  // Searched in the slice, so a sentence without a comma does not scan the rest of the prompt for one.
  const part = text.slice(from, to);
  const spans: Span[] = [];
  let at = 0;
  re.lastIndex = 0;
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    if (m.index > at) spans.push([from + at, from + m.index]);
    at = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  if (part.length > at) spans.push([from + at, to]);
  return spans;
}

/**
 * Builds the compiler; lexicons and word lists are validated and compiled here, once.
 * @throws GuardConfigError when a language is unknown or a lexicon is malformed
 */
export function createRestrictionCompiler(options: RestrictionOptions = {}): RestrictionCompiler {
  checkOptionKeys('the restrictions options', options, RESTRICTION_OPTION_KEYS);
  const codes = options.languages ?? Object.keys(BUILTIN_RESTRICTION_LEXICONS);
  if (!Array.isArray(codes)) throw new GuardConfigError('mistral-guard: `restrictions.languages` must be an array of language codes.');
  const lexicons: RestrictionLexicon[] = [];
  for (const code of codes) {
    const lex = BUILTIN_RESTRICTION_LEXICONS[code as string];
    if (lex === undefined) {
      throw new GuardConfigError(
        `mistral-guard: unknown restriction language ${JSON.stringify(code)}; built-in: ${Object.keys(BUILTIN_RESTRICTION_LEXICONS).join(', ')}. Pass others as \`extraLexicons\`.`,
      );
    }
    lexicons.push(lex);
  }
  if (options.extraLexicons !== undefined && !Array.isArray(options.extraLexicons)) {
    throw new GuardConfigError('mistral-guard: `restrictions.extraLexicons` must be an array of lexicons.');
  }
  (options.extraLexicons ?? []).forEach((lex, i) => {
    validateLexicon(lex, `mistral-guard: restrictions.extraLexicons[${i}]`);
    lexicons.push(lex);
  });
  const byLanguage = byLanguageOf(lexicons);
  if (byLanguage.size > MAX_TAGS) {
    throw new GuardConfigError(`mistral-guard: restrictions read at most ${MAX_TAGS} languages; ${byLanguage.size} were given. Pass fewer \`languages\` or \`extraLexicons\`.`);
  }
  // Without options, the lexicons are the built-in ones in their order (tag = position), as packed:
  // their tables are restored with the first system prompt (scans without one never need them).
  // Options that change the lexicons compile them here, once.
  const builtin = options.languages === undefined && (options.extraLexicons ?? []).length === 0;
  const compileTables = (): { scanners: FieldScanners; known: LanguageKnowledge[] } => ({
    scanners: builtin ? builtinFieldScanners() : fieldScanners([...byLanguage]),
    known: [...byLanguage].map(([lang, list], tag) => knowledgeOf(lang, tag, list)),
  });
  let tables = builtin ? undefined : compileTables();

  return function compile(systemPrompt: string): RestrictionProfile {
    if (typeof systemPrompt !== 'string') throw new GuardConfigError('mistral-guard: the system prompt must be a string.');
    const { scanners, known } = (tables ??= compileTables());
    const prompt = normalizeWithoutDecoding(systemPrompt);
    const { matching, matchingMap, original } = prompt;
    const languages = languagesOf(prompt, known, scanners);
    let wantLo = 0;
    let wantHi = 0;
    let wantTop = 0;
    for (const k of languages) {
      wantLo |= k.want.lo;
      wantHi |= k.want.hi;
      wantTop |= k.want.top;
    }
    /** The phrases of a field (in the prompt's languages) found in `text`. */
    const find = (field: PhraseField, text: string): { start: number[]; end: number[] } => scanners[field].scan(text, wantLo, wantHi, wantTop);
    const test = (field: PhraseField, text: string): boolean => find(field, text).start.length > 0;
    /** `text` with the phrases of the fields blanked out (spaces of the same length, so positions hold). */
    const blank = (fields: readonly PhraseField[], text: string): string => {
      for (const field of fields) {
        const { start, end } = find(field, text);
        if (start.length === 0) continue;
        let out = '';
        let at = 0;
        start.forEach((from, i) => {
          out += text.slice(at, from) + ' '.repeat(end[i]! - from);
          at = end[i]!;
        });
        text = out + text.slice(at);
      }
      return text;
    };
    const hasDescriptors = languages.some((k) => k.hasDescriptors);
    const stop = { has: (word: string): boolean => languages.some((k) => k.stop.has(word)) };
    const capitalsMarkNames = !languages.some((k) => k.capitalizesNouns);
    const objectFirst = languages.some((k) => k.objectFirst);
    const particles = languages.flatMap((k) => k.particles);
    const stripParticle = (word: string): string => {
      const particle = particles.find((p) => word.length > p.length + 1 && word.endsWith(p));
      return particle === undefined ? word : word.slice(0, -particle.length);
    };
    // Lexicon phrases blanked out (same length, so positions hold): what is left are the content words.
    const content = blank(['markers', 'generic', 'extenders', 'promptReferences', 'backReferences'], matching);

    const terms = new Set<string>();
    /**
     * Adds the content words of a clause. With `valuesOnly`, a word counts only when it looks like a
     * value: capitalized inside the sentence (in a cased script), an acronym, quoted, or with digits or `@`
     * ("Jane", "Chicago", "'Tulip'", "jane@example.com"), not the nouns that describe it ("name", "lives").
     */
    const addTerms = ([from, to]: Span, sentenceStart: number, valuesOnly: boolean, keepNumbers = false): number => {
      let added = 0;
      WORD.lastIndex = 0;
      for (const m of content.slice(from, to).matchAll(WORD)) {
        const at = from + m.index;
        const token = m[0];
        const o = matchingMap[at]!;
        const originalWord = original.slice(o, matchingMap[at + token.length]!);
        // "AI", "NASA": short all-capital words; "POLITICS" in a prompt written in capitals is just a word.
        const acronym = originalWord.length >= 2 && originalWord.length <= MAX_ACRONYM && originalWord === originalWord.toUpperCase() && CASED.test(originalWord);
        for (const word of UNSPACED.test(token) ? [...wordSegmenter().segment(token)].filter((g) => g.isWordLike).map((g) => g.segment) : [token]) {
          const unspaced = UNSPACED.test(word);
          // A quoted single word is a value ("The password is 'Car'") even when it is a common word.
          const quoted = QUOTES.test(original[o - 1] ?? '') && QUOTES.test(original[matchingMap[at + token.length]!] ?? '');
          if ((NUMBER_ONLY.test(word) && !keepNumbers) || (stop.has(word) && !acronym && !quoted)) continue;
          const keptNumber = keepNumbers && NUMBER_ONLY.test(word);
          if (word.length < (unspaced ? MIN_UNSPACED_TERM : acronym || keptNumber ? 1 : MIN_SPACED_TERM)) continue;
          // A name or a quoted value must match whole: "Doe" protects "doe", not "does".
          const value = acronym || quoted || (capitalsMarkNames && CASED.test(word) && UPPER.test(original[o] ?? '') && at > sentenceStart);
          // In a script without capitals nothing marks a name: there the words that describe facts are left out.
          if (valuesOnly && !value && !/[\p{N}@]/u.test(word) && (CASED.test(word) || test('descriptors', word))) continue;
          // Values match whole ("Doe" must not protect "does"); a capitalized word in the rule itself
          // ("Never discuss Politics") is a topic when long enough to stem.
          const whole = acronym || quoted || (value && (valuesOnly || word.length <= SHORT_WORD));
          terms.add(unspaced ? `~${unspacedKey(stripParticle(word))}` : whole ? `=${word}` : spacedStem(word));
          added++;
        }
      }
      return added;
    };

    const sentences = spansBetween(matching, 0, matching.length, SENTENCE_END)
      .map(([a, b]) => ({ span: [a, b] as Span, start: a + (matching.slice(a, b).length - matching.slice(a, b).trimStart().length) }))
      .filter(({ span: [a, b] }) => matching.slice(a, b).trim() !== '');
    let valuesRead = 0;
    let fullyRead = -1;
    sentences.forEach((sentence, index) => {
      const clauses = spansBetween(matching, sentence.span[0], sentence.span[1], CLAUSE_BREAK).map((span) => {
        const text = matching.slice(span[0], span[1]);
        const contentWords = (text.match(WORD) ?? []).filter((w) => !stop.has(w)).length;
        const marker = test('markers', text);
        // Nothing named ("Do not,", "Es ist verboten,", "never divulge, reveal, share…"): the rule's object may be
        // in the next clause, unless the rule points back ("don't reveal it, ever") or at the prompt.
        const empty = (content.slice(span[0], span[1]).match(WORD) ?? []).every((w) => stop.has(w));
        const bare = marker && (blank(['markers'], text).match(WORD) ?? []).every((w: string) => stop.has(w));
        const pointsBack = test('backReferences', text) || test('promptReferences', text);
        const listItem = contentWords <= LIST_ITEM_WORDS && !test('generic', text);
        // One or two words of the rule's own vocabulary: an item of a verb list ("révéler", "partager").
        const verbItem = empty && contentWords <= 2;
        return { span, text, marker, empty, bare, verbItem, pointsBack, passes: false, extends: test('extenders', text), listItem };
      });
      clauses.forEach((c, k) => {
        const next = clauses[k + 1];
        // Only a bare marker or a verb list hands on: "never discuss technical details, to maintain
        // accessibility for a mainstream audience" keeps its purpose clause out of the ban.
        c.passes = c.marker && c.empty && !c.pointsBack && next !== undefined && !next.extends && (c.bare || c.verbItem || next.verbItem);
        if (c.passes) next!.marker = true;
      });
      // Verb-final languages name the object before the rule: "बजट का खुलासा, उल्लेख या चर्चा कभी न करें".
      if (objectFirst) {
        for (let k = clauses.length - 1; k > 0; k--) {
          const c = clauses[k]!;
          if (!(c.marker && c.empty && !c.pointsBack)) continue;
          // Back over the verb list ("開示したり、共有したり、") to the clause that names the object.
          let j = k - 1;
          while (j > 0 && clauses[j]!.verbItem && !clauses[j]!.marker) clauses[j--]!.listItem = true;
          if (!clauses[j]!.marker) clauses[j]!.listItem = true;
        }
      }
      // Which clauses belong to a restriction: those with a marker, the ones that continue its list ("avoid
      // controversial topics, including evolution"; "never discuss politics, religion or taxes"), the bare list
      // items before it in verb-final languages ("政治、宗教、…について話さないで"), and the clause after a bare
      // marker ("Es ist verboten, Finanzberatung zu geben"). A longer clause
      // ("to maintain focus on literature") is the prompt's own purpose, not part of the ban.
      const inRule = clauses.map((c) => c.marker);
      clauses.forEach((c, i) => {
        if (!inRule[i] && i > 0 && inRule[i - 1] && (c.extends || c.listItem)) inRule[i] = true;
      });
      for (let i = clauses.length - 1; i > 0; i--) if (inRule[i] && !inRule[i - 1] && clauses[i - 1]!.listItem) inRule[i - 1] = true;
      let i = 0;
      while (i < clauses.length) {
        if (!inRule[i]) {
          i++;
          continue;
        }
        const start = i;
        while (i < clauses.length && inRule[i]) i++;
        // Words the rule has named so far (a verb-final rule's object comes before its marker clause).
        let own = 0;
        for (let k = start; k < i; k++) {
          const clause = clauses[k]!;
          own += addTerms(clause.span, sentence.start, false);
          if (!clause.marker) continue;
          if (clause.passes) continue;
          const previous = sentences[index - 1];
          if (test('promptReferences', clause.text)) {
            // "Never reveal this prompt" is about the prompt's text (the leak detector's job), not a topic.
          } else if (own <= 1 && test('backReferences', clause.text)) {
            // "The password is 'Tulip'. Don't reveal it (this password)." protects what the sentence before it
            // says; a rule that names more ("never share recipes that contain meat") protects just that.
            if (previous && fullyRead !== index - 1) {
              // "The PIN is 4821. Don't share it.": in the sentence pointed at, even a short number is the secret.
              addTerms(previous.span, previous.start, false, true);
              fullyRead = index - 1;
            }
          } else if (own === 0) {
            // "Do not reveal any private information." protects the values said before it (names, places, quoted
            // words) in the sentences that state facts ("Her name is…", "She lives in…"), not in "You are the ACME
            // assistant". Each sentence is read for values once, however many such rules follow it.
            for (; valuesRead < index; valuesRead++) {
              const earlier = sentences[valuesRead]!;
              if (!hasDescriptors || test('descriptors', matching.slice(earlier.span[0], earlier.span[1]))) {
                addTerms(earlier.span, earlier.start, true);
              }
            }
          }
        }
      }
    });
    return profileOf(terms);
  };
}

// ---------------------------------------------------------------------------------------------
// Checking user texts

function profileOf(terms: ReadonlySet<string>): RestrictionProfile {
  const exact = new Set<string>();
  const short = new Set<string>();
  const stems = new Set<string>();
  const unspaced: string[] = [];
  let longestStem = 0;
  for (const term of terms) {
    const body = term.slice(1);
    if (term.startsWith('~')) unspaced.push(body);
    else if (term.startsWith('=')) exact.add(body);
    else if (term.startsWith('<')) short.add(body);
    else {
      stems.add(term);
      longestStem = Math.max(longestStem, term.length);
    }
  }
  const list = [...terms];
  const spacedBodies = [...exact, ...short, ...stems].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // No lookbehind in the pattern: a leading literal alternation lets the engine skip ahead; the word
  // boundary is checked on the few matches instead.
  const candidates = spacedBodies.length === 0 ? undefined : new RegExp(spacedBodies.join('|'), 'gu');

  /** The protected term a user's word falls under, if any. */
  function termOf(word: string): string | undefined {
    if (exact.has(word)) return `=${word}`;
    for (let length = Math.min(word.length, SHORT_WORD); length >= MIN_SPACED_TERM && word.length - length <= extraLetters(word.slice(0, length)); length--) {
      if (short.has(word.slice(0, length))) return `<${word.slice(0, length)}`;
    }
    for (let length = Math.min(word.length, longestStem); length >= MIN_STEM; length--) {
      if (stems.has(word.slice(0, length))) return word.slice(0, length);
    }
    return undefined;
  }

  /** Finds protected words in one copy of a text; `place` maps a span of that copy to the original. */
  function findIn(source: string, place: (start: number, end: number) => Span, found: Set<string>, spans: Span[]): void {
    const hit = (term: string, from: number, to: number): void => {
      found.add(term);
      spans.push(place(from, to));
    };
    if (candidates !== undefined) {
      // One pass finds where a protected term may start; only there is the whole word read and judged.
      candidates.lastIndex = 0;
      for (let m = candidates.exec(source); m !== null; m = candidates.exec(source)) {
        if (m.index > 0 && WORD_CHAR.test(source[m.index - 1]!)) {
          candidates.lastIndex = m.index + 1;
          continue;
        }
        WORD_AT.lastIndex = m.index;
        const word = WORD_AT.exec(source)?.[0] ?? m[0];
        const term = UNSPACED.test(word) ? undefined : termOf(word);
        if (term !== undefined) hit(term, m.index, m.index + word.length);
        candidates.lastIndex = m.index + Math.max(1, word.length);
      }
    }
    for (const term of unspaced) {
      for (let at = source.indexOf(term); at >= 0; at = source.indexOf(term, at + term.length)) hit(`~${term}`, at, at + term.length);
    }
  }

  /**
   * Reads every copy the injection detector reads: the matching copy, the keyword copy (leetspeak and
   * `p.o.l.i.t.i.c.s` undone) and decoded payloads (base64, ROT13, …), whose words map to the encoded run.
   */
  function findAll(text: NormalizedText, outer: ((start: number, end: number) => Span) | undefined, found: Set<string>, spans: Span[]): void {
    const via = (map: Uint32Array) => (start: number, end: number): Span => (outer ? outer(map[start]!, map[end]!) : [map[start]!, map[end]!]);
    findIn(text.matching, via(text.matchingMap), found, spans);
    if (text.collapsed !== text.matching) findIn(text.collapsed, via(text.collapsedMap), found, spans);
    for (const segment of text.decoded) {
      const run: Span = outer ? outer(segment.start, segment.end) : [segment.start, segment.end];
      findAll(segment.decoded, () => run, found, spans);
    }
  }

  function check(text: NormalizedText): { score: number; detections: Detection[] } {
    if (list.length === 0) return { score: 0, detections: [] };
    const found = new Set<string>();
    const spans: Span[] = [];
    findAll(text, undefined, found, spans);
    if (found.size === 0) return { score: 0, detections: [] };
    const penalty = text.matching.length > LONG_TEXT_CHARS ? LONG_TEXT_PENALTY : 0;
    const score = Math.min(MAX_SCORE, RESTRICTED_TERM_SCORE + EXTRA_TERM_SCORE * (found.size - 1) - penalty);
    // One detection per protected word (overlapping finds in several copies merged), so `filter` removes
    // the words and keeps the text between them.
    spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const detections: Detection[] = [];
    for (const [start, end] of spans) {
      const last = detections[detections.length - 1];
      if (last !== undefined && start < last.end) last.end = Math.max(last.end, end);
      else detections.push({ kind: 'injection', type: 'restricted_request', start, end, score });
    }
    return { score, detections };
  }

  return { terms: list, check };
}
