/**
 * Soup at the end of a request whose tokens are shaped like words: the styles the shape windows of
 * `injection-suffix.ts` cannot see, because nothing in them is glued or bracketed.
 *
 * - **Made-up words** ("... without being detected kauxspitz wulmpfotz pfulmwutz drotz"): tokens of letters
 *   that are in no common-word list and string letters in orders words rarely do (`suffix-words.ts`), with
 *   almost no function word among them.
 * - **A few tokens repeated** ("... only here only . only only here . here"): a long tail of two or three
 *   kinds of token. Songs repeat too, line by line: a tail written in lines is left alone.
 * - **Words in no order** ("... steps compose output detailed enumerate carefully matrix manual format"): a long
 *   run of bare lowercase words at the end, on one line, without a function word or a comma, or made mostly of
 *   pieces that are no word ("resp anti pre ing im outp scri"). Prose has function words every few words; a
 *   list has commas or line breaks.
 * - **Languages switching at every token** ("... sekarang الآن ναι giờ nyní сейчас ตอนนี้ donc"): a sentence switches
 *   language a few times at most; a list of translations (a label, a sign) at commas, or showing each language once.
 *
 * Only the last {@link TAIL_TOKENS} tokens are read, so the cost does not grow with the text. A suffix goes
 * after the request; soup placed before it is left to the windows.
 * @module
 */
import { tokenFeatures, type Material, type SuffixHit } from './injection-suffix.js';
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { commonWord, pseudoWord } from './suffix-words.js';

/** Languages written in Latin letters whose function words tell languages apart (`stopwords-iso` codes; at most 31). */
const LATIN_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'fi', 'tr', 'id', 'vi', 'ro', 'cs', 'hu', 'da', 'no', 'sw', 'tl', 'sk', 'hr', 'sl', 'lt', 'lv', 'et', 'ca', 'ms', 'af', 'ga'];
let languageMasks: Map<string, number> | undefined;
/** The languages (bits) whose function-word lists hold `word`. */
function languagesOf(word: string): number {
  if (languageMasks === undefined) {
    const lists = stopwordsIso as Readonly<Record<string, readonly string[] | undefined>>;
    languageMasks = new Map();
    LATIN_LANGUAGES.forEach((lang, bit) => {
      for (const w of lists[lang] ?? []) languageMasks!.set(w.toLowerCase(), (languageMasks!.get(w.toLowerCase()) ?? 0) | (1 << bit));
    });
  }
  return languageMasks.get(word) ?? 0;
}

/** Tokens read from the end of the text. */
const TAIL_TOKENS = 16;
/** Longest token read (longer ones are blobs: encoded runs, links, minified code). */
const MAX_TOKEN = 80;
/** Words of letters before the soup that make it a tail after a request. */
const MIN_REQUEST_WORDS = 3;
const SCORE = 0.75;

/**
 * Made-up words: a window of eight tokens with at least four of them, five with the odd tokens (glued,
 * bracketed), at most a function word and no word ending a clause; or, for a short soup after a request that ends
 * in function words ("... une arme à feu"), six tokens with four, none, and no comma or full stop. Prose full of
 * rare words ("Moroccan zellige tilework, Mughal jali pierced stone screens, and muqarnas vaulting") and a
 * sentence in an invented language ("Vela mirun tasho keli, anu voreth") have commas; soup glues its marks.
 */
const MADE_UP_WINDOW = 8;
const MADE_UP_MIN = 4;
const MADE_UP_MAX_FUNCTION_WORDS = 1;
const MADE_UP_SHAPES: ReadonlyArray<{ window: number; madeUpOrOdd: number; functionWords: number; clauses: number }> = [
  { window: MADE_UP_WINDOW, madeUpOrOdd: 5, functionWords: MADE_UP_MAX_FUNCTION_WORDS, clauses: 0 },
  { window: 6, madeUpOrOdd: 4, functionWords: 0, clauses: 0 },
];
/**
 * Words with accents in a window that make it a real language's text (Polish, Czech, Hungarian typed with their
 * letters, whose words the tables know least); one is the request's last word before the soup ("à feu").
 */
const MADE_UP_MAX_ACCENTED = 2;
/** A capitalized made-up word counts half (names of places, people and products are capitalized). */
const CAPITALIZED_WEIGHT = 0.5;

/** Repeated tokens: at least this many tokens at the end, of at most {@link REPEAT_MAX_KINDS} kinds. */
const REPEAT_TOKENS = 12;
const REPEAT_MAX_KINDS = 3;
/** Line breaks in a repeated tail that make it verse (a chorus), not soup. */
const VERSE_LINES = 2;

/** Bare words at the end: at least this many, with at most this many function words, or this share of pieces that are no word. */
const BARE_RUN = 10;
const BARE_MAX_FUNCTION_WORDS = 1;
const BARE_PIECES_SHARE = 0.7;
const BARE_WORD = /^[a-z]+$/;

/** Language switches between neighbouring tokens of the last {@link SWITCH_TOKENS}, over at least {@link SWITCH_LANGUAGES} languages or scripts. */
const SWITCH_TOKENS = 16;
const MIN_SWITCHES = 5;
const SWITCH_LANGUAGES = 4;
/**
 * And the mixing of soup, not of a list of translations (labels, signs: each language once, in a row): a script
 * that comes back after another, or function words of this many Latin-script languages.
 */
const SWITCH_LATIN_LANGUAGES = 3;
const LATIN = 1;

/** Letter runs joined by emoji in one token: this many, or one fewer with a made-up word among them; in the last {@link EMOJI_TOKENS} tokens. */
const EMOJI_RUNS = 4;
const EMOJI_TOKENS = 4;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const PICTOGRAPHS = /[\p{Extended_Pictographic}\u200d\ufe0f]+/u;
const LETTERS_3 = /^\p{L}{3,}$/u;

/** Marks at the edges of a token: its core is what lies between (`"word,"` -> `word`). */
function coreOf(token: string): string {
  let a = 0;
  let b = token.length;
  while (a < b && isEdge(token, a)) a++;
  while (b > a && isEdge(token, b - 1)) b--;
  return a === 0 && b === token.length ? token : token.slice(a, b);
}
/** ASCII marks answered without the pattern; a surrogate half (emoji, rare letters) is kept in the core. */
function isEdge(token: string, i: number): boolean {
  const c = token.charCodeAt(i);
  if (c < 0x80) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  // Latin-1 marks (« » ¿ ¡), general punctuation (“ ” „ …), CJK and fullwidth punctuation; letters of every script are not.
  return (c >= 0xa0 && c <= 0xbf) || c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20);
}
/** A token of one or two marks and nothing else ("!", ".", "*", "?>"). */
const LONE_MARKS = /^[^\p{L}\p{N}\s]{1,2}$/u;
/** Latin letters beyond ASCII: a word with them is a word of a real language (Polish, Czech, French...). */
const ACCENTED_LATIN = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/;
const CAPITALIZED = /^[A-Z][a-z]+$/;
/** A token that ends a clause or a sentence ("keli,", "kai.\""). */
const SENTENCE_MARK = /[\p{L}\p{N}][,.;:!?]["'\u201d\u00bb]?$/u;
/** Hashtags and mentions: tags, whatever their letters. */
const TAG = /^[#@]/;
const LETTER_RUN = /\p{L}{2,}/gu;
/** A word in quotes or brackets: a word cited (a translation asked about), not soup. */
const QUOTED_WORD = /^["'\u201c\u2018\u00ab\u300c([]|["'\u201d\u2019\u00bb\u300d)\]][,.;:!?]*$/;
/** A token that ends an item of a list (a comma, a closing quote after one). */
const LIST_ITEM = /[,;\u3001\u060c]['"\u201d\u00bb]?$/;

/** The script of a token's letters, a small number per script; 0 when it has no letter. */
function scriptOf(token: string): number {
  for (const ch of token) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) return 1; // Latin
    if (c >= 0x370 && c <= 0x3ff) return 2; // Greek
    if (c >= 0x400 && c <= 0x52f) return 3; // Cyrillic
    if (c >= 0x590 && c <= 0x5ff) return 4; // Hebrew
    if (c >= 0x600 && c <= 0x6ff) return 5; // Arabic
    if (c >= 0x900 && c <= 0x97f) return 6; // Devanagari
    if (c >= 0xe00 && c <= 0xe7f) return 7; // Thai
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff)) return 8; // kana, Han
    if (c >= 0xac00 && c <= 0xd7a3) return 9; // Hangul
    if (c >= 0x530 && c <= 0x58f) return 10; // Armenian
    if (c >= 0x10a0 && c <= 0x10ff) return 11; // Georgian
  }
  return 0;
}

interface TailToken {
  start: number;
  end: number;
  token: string;
  /** Lowercase ASCII letters and nothing else. */
  bare: boolean;
  /** A bare word in the common-word filter. */
  common: boolean;
  /** Folded text, for counting kinds. */
  kind: string;
  madeUp: number;
  /** Shaped like no word; see {@link odd}. */
  odd?: boolean;
  /** A function word of a Latin-script language. */
  func: boolean;
  accented: boolean;
  script: number;
  /** Latin function words: the languages whose lists hold it (bits of {@link LATIN_LANGUAGES}); 0 for other tokens. */
  languages: number;
}

function readToken(text: string, start: number, end: number): TailToken {
  const token = text.slice(start, end);
  const core = coreOf(token);
  const lower = core.toLowerCase();
  const languages = lower === '' ? 0 : languagesOf(lower);
  const madeUp = languages !== 0 || TAG.test(token) ? 0 : pseudoWord(core) ? 1 : CAPITALIZED.test(core) && pseudoWord(lower) ? CAPITALIZED_WEIGHT : 0;
  const bare = BARE_WORD.test(token);
  return {
    start,
    end,
    token,
    bare,
    common: bare && token.length >= 3 && commonWord(token),
    kind: LONE_MARKS.test(token) ? token : lower || token,
    madeUp,
    func: languages !== 0,
    accented: ACCENTED_LATIN.test(core),
    script: scriptOf(core),
    languages,
  };
}

/** Whether a token is shaped like no word (glued, bracketed: `injection-suffix.ts`); read only where a rule needs it. */
function odd(t: TailToken): boolean {
  t.odd ??= tokenFeatures(t.token).shape === 1;
  return t.odd;
}

const isWhite = (c: number): boolean => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);

/** The last tokens of `text`, in order; reading stops at pasted material (code, logs, data). */
function tailTokens(text: string, material: Material): TailToken[] {
  const out: TailToken[] = [];
  let q = text.length;
  while (out.length < TAIL_TOKENS) {
    while (q > 0 && isWhite(text.charCodeAt(q - 1))) q--;
    if (q === 0) break;
    let p = q;
    while (p > 0 && !isWhite(text.charCodeAt(p - 1))) p--;
    if (q - p > MAX_TOKEN || material.material(p)) break;
    out.push(readToken(text, p, q));
    q = p;
  }
  return out.reverse();
}

/** Whether at least {@link MIN_REQUEST_WORDS} words of letters stand before `at`. */
function requestBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  LETTER_RUN.lastIndex = 0;
  let words = 0;
  while (words < MIN_REQUEST_WORDS && LETTER_RUN.exec(before) !== null) words++;
  return words >= MIN_REQUEST_WORDS;
}

/** The first token of a window of made-up words, or -1. */
function madeUpStart(tokens: readonly TailToken[]): number {
  for (const shape of MADE_UP_SHAPES) {
    for (let i = 0; i + shape.window <= tokens.length; i++) {
      const end = i + shape.window;
      let madeUp = 0;
      let func = 0;
      let accented = 0;
      let clauses = 0;
      for (let j = i; j < end; j++) {
        const t = tokens[j]!;
        madeUp += t.madeUp;
        if (t.func) func++;
        if (t.accented) accented++;
        if (SENTENCE_MARK.test(t.token)) clauses++;
      }
      if (accented >= MADE_UP_MAX_ACCENTED || madeUp < MADE_UP_MIN || func > shape.functionWords || clauses > shape.clauses) continue;
      let oddTokens = 0;
      for (let j = i; j < end; j++) if (tokens[j]!.madeUp === 0 && odd(tokens[j]!)) oddTokens++;
      if (madeUp + oddTokens >= shape.madeUpOrOdd) {
        // The soup starts at its first made-up or odd token.
        let k = i;
        while (k < end && tokens[k]!.madeUp === 0 && !odd(tokens[k]!)) k++;
        return k;
      }
    }
  }
  return -1;
}

/** The first token of a long run of a few kinds of token at the end, or -1. */
function repeatStart(text: string, tokens: readonly TailToken[]): number {
  if (tokens.length < REPEAT_TOKENS) return -1;
  const kinds = new Set<string>();
  let i = tokens.length;
  while (i > 0) {
    kinds.add(tokens[i - 1]!.kind);
    if (kinds.size > REPEAT_MAX_KINDS) break;
    i--;
  }
  if (tokens.length - i < REPEAT_TOKENS) return -1;
  // One kind alone is a song's "la la la" or a laugh, unless it is no word (`<pad>`, `}?}?`).
  const only = tokens[tokens.length - 1]!;
  if (new Set(tokens.slice(i).map((t) => t.kind)).size === 1 && !odd(only) && !LONE_MARKS.test(only.kind)) return -1;
  let lines = 0;
  for (let c = tokens[i]!.start; c < text.length; c++) if (text.charCodeAt(c) === 10) lines++;
  return lines >= VERSE_LINES ? -1 : i;
}

/** The first token of a long run of bare words at the end, on one line, in no sentence's order; or -1. */
function bareStart(text: string, tokens: readonly TailToken[]): number {
  let i = tokens.length;
  while (i > 0 && tokens[i - 1]!.bare && (i === tokens.length || !text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n'))) i--;
  // The longest stretch at the end that reads as no sentence (the request's own words may come before it).
  let func = 0;
  let pieces = 0;
  let found = -1;
  for (let j = tokens.length - 1; j >= i; j--) {
    if (tokens[j]!.func) func++;
    else if (!tokens[j]!.common) pieces++;
    const run = tokens.length - j;
    if (run >= BARE_RUN && (func <= BARE_MAX_FUNCTION_WORDS || pieces >= BARE_PIECES_SHARE * run)) found = j;
  }
  return found;
}

/**
 * The first token of a run that switches language at every few tokens, or -1. A token's language is its script
 * (Greek, Cyrillic, Thai...) or, for a function word in Latin letters, the languages whose function-word lists
 * hold it ("donc": French; "nu": Dutch, Romanian, Swedish...); other tokens have none and are passed over. Two
 * neighbours switch when they share no language; a switch after a list's comma does not count.
 */
function switchStart(text: string, tokens: readonly TailToken[]): number {
  const from = Math.max(0, tokens.length - SWITCH_TOKENS);
  let switches = 0;
  let returns = 0;
  let prev: TailToken | undefined;
  let first = -1;
  const scripts = new Set<number>();
  const masks: number[] = [];
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.script === 0) continue;
    if (t.script === LATIN) masks.push(t.languages);
    if (prev !== undefined && !sameLanguage(prev, t) && !LIST_ITEM.test(text.slice(prev.start, prev.end)) && !QUOTED_WORD.test(text.slice(t.start, t.end))) {
      switches++;
      if (first < 0) first = i;
      // A script coming back after another one: a list of translations shows each script once.
      if (t.script !== LATIN && scripts.has(t.script)) returns++;
    }
    if (t.script !== LATIN) scripts.add(t.script);
    prev = t;
  }
  const latinLanguages = languagesCovering(masks);
  lastSwitches = { switches, languages: scripts.size + latinLanguages };
  const mixed = returns > 0 || latinLanguages >= SWITCH_LATIN_LANGUAGES;
  return switches >= MIN_SWITCHES && lastSwitches.languages >= SWITCH_LANGUAGES && mixed ? Math.max(from, first - 1) : -1;
}

/** @internal The switches and languages the last {@link switchStart} counted (tests and the tuning bench). */
export let lastSwitches = { switches: 0, languages: 0 };

/** Any Latin token has the Latin script; a function word in Latin letters also has its languages. */
function sameLanguage(a: TailToken, b: TailToken): boolean {
  return a.script === b.script && (a.script !== LATIN || a.languages === 0 || b.languages === 0 || (a.languages & b.languages) !== 0);
}

/** How many languages it takes to hold every word of `masks` (greedy: the language holding most, then the rest). */
function languagesCovering(masks: readonly number[]): number {
  let left = masks.filter((m) => m !== 0);
  let count = 0;
  while (left.length > 0) {
    let best = 0;
    let bestHeld = -1;
    for (let bit = 0; bit < 31; bit++) {
      let held = 0;
      for (const m of left) if (m & (1 << bit)) held++;
      if (held > bestHeld) {
        bestHeld = held;
        best = bit;
      }
    }
    left = left.filter((m) => (m & (1 << best)) === 0);
    count++;
  }
  return count;
}

/** Letter runs of one token split by emoji ("piri🚀rovoi✨saite"), and whether one of them is made up. */
function emojiGlued(text: string, tokens: readonly TailToken[]): number {
  for (let i = Math.max(0, tokens.length - EMOJI_TOKENS); i < tokens.length; i++) {
    const t = tokens[i]!;
    const token = text.slice(t.start, t.end);
    if (!PICTOGRAPH.test(token)) continue;
    const runs = token.split(PICTOGRAPHS).filter((piece) => LETTERS_3.test(piece));
    if (runs.length >= EMOJI_RUNS || (runs.length >= EMOJI_RUNS - 1 && runs.some((r) => pseudoWord(r.toLowerCase())))) return i;
  }
  return -1;
}

/** Tokens a quick look reads for function words, and the Latin words it needs among them. */
const QUICK_FUNCTION_TOKENS = 6;
const QUICK_LATIN_WORDS = 3;
/** Letters of the function words whose languages the quick look compares (two-letter ones, "by", "qu", "nu", are in many lists). */
const QUICK_SWITCH_LETTERS = 3;

/** Letters of scripts other than Latin (Greek to Ethiopic, Indic, CJK, Hangul, fullwidth forms), not punctuation or symbols. */
const isLetterBeyondLatin = (c: number): boolean => (c >= 0x370 && c < 0x2000) || (c >= 0x2e80 && c < 0xd800) || (c >= 0xf900 && c < 0xfb00) || (c >= 0xff00 && c < 0xfff0);
/** Emoji (surrogate pairs of the pictograph planes) and dingbats. */
const isEmojiUnit = (c: number): boolean => (c >= 0xd83c && c <= 0xd83e) || (c >= 0x2600 && c <= 0x27bf);

/**
 * A quick look at the end of the text, reading characters only: most texts end in a sentence (function words
 * among their last Latin words, more than three kinds of token, one script). The tail's tokens are read only when
 * its end could hold one of the rules' soups: few kinds of token, Latin words with at most one function word,
 * scripts switching, or emoji.
 */
function suspectTail(text: string): boolean {
  // Every rule reads a window of at least eight tokens: a shorter text is not read at all (nor are the
  // function-word lists, a data file loaded on first use, loaded for it).
  if (!hasTokens(text, MADE_UP_WINDOW)) return false;
  const kinds: string[] = [];
  let manyKinds = false;
  let func = 0;
  let latin = 0;
  let switches = 0;
  let prevScript = -1;
  let seen = 0;
  let shared = -1;
  let q = text.length;
  for (let n = 0; n < SWITCH_TOKENS; n++) {
    while (q > 0 && isWhite(text.charCodeAt(q - 1))) q--;
    if (q === 0) break;
    let p = q;
    let script = 0;
    while (p > 0 && !isWhite(text.charCodeAt(p - 1))) {
      const c = text.charCodeAt(--p);
      if (isEmojiUnit(c)) return true;
      if (script === 0 && isLetterBeyondLatin(c)) script = c >> 7;
    }
    // Scripts of neighbouring tokens, coarsely (blocks of 128 code points; 0 for Latin).
    if (prevScript >= 0 && script !== prevScript && ++switches >= MIN_SWITCHES) return true;
    prevScript = script;
    if (n < REPEAT_TOKENS && !manyKinds) {
      const kind = text.slice(p, q).toLowerCase();
      if (!kinds.includes(kind)) kinds.push(kind);
      manyKinds = kinds.length > REPEAT_MAX_KINDS;
    }
    if (n < QUICK_FUNCTION_TOKENS && script === 0) {
      latin++;
      const lower = coreOf(text.slice(p, q)).toLowerCase();
      const languages = lower === '' ? 0 : languagesOf(lower);
      if (languages !== 0) {
        func++;
        // Function words of no one language: switching languages in Latin letters.
        if (lower.length >= QUICK_SWITCH_LETTERS && (shared &= languages) === 0) return true;
      }
    }
    q = p;
    // Past the last few tokens with neither soup's kinds nor its words nor a switch of script, the end is a sentence.
    if (n === QUICK_FUNCTION_TOKENS - 1 && manyKinds && switches === 0 && (latin < QUICK_LATIN_WORDS || func > MADE_UP_MAX_FUNCTION_WORDS)) return false;
    seen++;
  }
  // Every rule reads a window of at least eight tokens; repeats need twelve.
  if (seen < MADE_UP_WINDOW) return false;
  return (seen >= REPEAT_TOKENS && !manyKinds) || (latin >= QUICK_LATIN_WORDS && func <= MADE_UP_MAX_FUNCTION_WORDS);
}

/** Whether `text` holds at least `n` whitespace-separated tokens (counted from the end, stopping at `n`). */
function hasTokens(text: string, n: number): boolean {
  let count = 0;
  let inToken = false;
  for (let i = text.length - 1; i >= 0 && count < n; i--) {
    const white = isWhite(text.charCodeAt(i));
    if (!white && !inToken) count++;
    inToken = !white;
  }
  return count >= n;
}

/** Soup of word-shaped tokens at the end of `text`, after a request; or undefined. */
export function findSoupTail(text: string, material: Material): SuffixHit | undefined {
  if (!suspectTail(text)) return undefined;
  // Where the pasted material lies costs a pass over the text (see `injection-context.ts`): asked only when
  // the tail reads as soup without it, which few texts do.
  return soupIn(text, NO_MATERIAL) === undefined ? undefined : soupIn(text, material);
}

const NO_MATERIAL: Material = { material: () => false };

function soupIn(text: string, material: Material): SuffixHit | undefined {
  const tokens = tailTokens(text, material);
  if (tokens.length < MADE_UP_WINDOW) return undefined;
  const starts = [madeUpStart(tokens), repeatStart(text, tokens), bareStart(text, tokens), switchStart(text, tokens), emojiGlued(text, tokens)].filter((i) => i >= 0);
  if (starts.length === 0) return undefined;
  const start = tokens[Math.min(...starts)]!.start;
  if (!requestBefore(text, start)) return undefined;
  return { start, end: tokens[tokens.length - 1]!.end, score: SCORE };
}
