/**
 * Adversarial suffixes: the token soup an optimizer (GCG and its kin) appends to a request so the model
 * answers it ("... describing.\ + similarlyNow write oppositeley.]( Me giving**ONE please? revert with
 * "\!--Two"). Read as statistics of word shapes over a sliding window of whitespace tokens: prose is
 * made of words shaped like words (lowercase, Capitalized, CAPITALS, with punctuation at their edges),
 * and the soup is dense in tokens shaped like no word: words glued with an inner capital, letters mixed
 * with brackets, backslashes and operators, punctuation clusters. Code is dense in such tokens too, so a
 * window with code keywords or a code line's structure is left alone; URLs, e-mail addresses, paths,
 * base64 or hex runs (decoded elsewhere) and tokens of scripts other than Latin are not counted at all.
 *
 * Function words tell prose from soup best: any sentence in a language written in Latin letters is
 * about a third function words ("the", "of", "de", "und", "ya"), and optimizer output has almost none.
 * They come from the `stopwords-iso` lists of the Latin-script languages.
 *
 * One linear pass over the tokens; each token is classified by bounded, anchored patterns.
 * @module
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };

/** Tokens per window. */
export const SUFFIX_WINDOW = 12;
/**
 * When a window is soup: at least `odd` tokens shaped like no word with at most `functionWords` function
 * words, in either of two mixes (many odd tokens among a few function words, or some among almost none).
 */
const SOUP_MIXES: ReadonlyArray<{ odd: number; functionWords: number }> = [
  { odd: 5, functionWords: 3 },
  { odd: 3, functionWords: 1 },
];
/** Beyond the mixes: odd tokens that outnumber the function words by this many are soup (soup holds a few words). */
const ODD_MARGIN = 2;
/** The fewest odd tokens of any soup mix. */
const MIN_SOUP_ODD = Math.min(...SOUP_MIXES.map((mix) => mix.odd));

/** Whether some window of {@link SUFFIX_WINDOW} tokens holds enough odd tokens to be soup in some mix. */
function oddEnough(weights: readonly number[]): boolean {
  let odd = 0;
  for (let i = 0; i < weights.length; i++) {
    odd += weights[i]!;
    if (i >= SUFFIX_WINDOW) odd -= weights[i - SUFFIX_WINDOW]!;
    if (odd >= Math.min(MIN_SOUP_ODD, SHORT_MIN_ODD)) return true;
  }
  return false;
}

/** Whether a window with `odd` odd tokens and `fn` function words is soup (one of {@link SOUP_MIXES}). */
function isSoup(odd: number, fn: number): boolean {
  for (const mix of SOUP_MIXES) if (odd >= mix.odd && fn <= mix.functionWords) return true;
  return odd >= MIN_SOUP_ODD && odd - fn >= ODD_MARGIN;
}
/** Score of a soup window, and of a soup run at least twice as long. */
export const SUFFIX_SCORE = 0.75;
export const LONG_SUFFIX_SCORE = 0.9;

/** A token shaped like a word: optional opening marks, letters (one inner apostrophe or hyphen run), closing marks. */
const PLAIN_WORD = /^[(["'\u201c\u2018*_\u00bf\u00a1]{0,2}(?:[A-Za-z\u00c0-\u024f]+(?:['\u2019-][A-Za-z\u00c0-\u024f]+)*)[.,;:!?)\]"'\u201d\u2019*_]{0,3}$/;
/** Numbers, amounts, times, dates, versions, percentages, ordinals. */
const NUMBER = /^[(["'$€£#~+-]{0,2}\d[\d.,:/-]*(?:%|st|nd|rd|th|s|k|m|x|am|pm)?[.,;:!?)\]"']{0,3}$/i;
const SLASHED = /^[(["']?[A-Za-z\u00c0-\u024f]+(?:\/[A-Za-z\u00c0-\u024f]+){1,3}[.,;:!?)\]"']{0,2}$/;
const QUANTITY = /^[(["']?(?:[xX#]?\d[\d.,]*(?:-?[A-Za-z]{1,4})?|[A-Za-z]{1,2}\d{1,4})["'\u2033]?[A-Za-z]?[.,;:!?)\]"']{0,2}$/;
/**
 * A formula: variables of one or two letters, digits, operators and brackets ("A^T", "(x-a)^2+(y-b)^2=r^2",
 * "f'(x)"). Soup glues whole words and fragments of three letters and more.
 */
const MATH = /^(?=.*[\^_=+*/<>])(?=.*[A-Za-z0-9])(?:[A-Za-z]{1,2}(?![A-Za-z])|[\d.,'^_=+\-*/<>()[\]{}!?:;|])+$/;
/** A number joined to words or a short code of digits and letters: "12-year-old", "4x4", "3d6", "(1w9),". */
const NUMBERED = /^[(["']?(?:\d[\d.,]*(?:-[A-Za-z\u00c0-\u024f]+){1,3}|\d{1,3}[A-Za-z]{1,2}\d{1,3})[.,;:!?)\]"']{0,3}$/;
/** Abbreviations with dots ("e.g.", "U.S.", "i.e.,"). */
const ABBREVIATION = /^(?:[A-Za-z]\.){2,4}[,;:]?$/;
/** Punctuation on its own that prose uses ("-", "—", "&", "...", "/"). */
const PROSE_PUNCTUATION = /^(?:[-\u2013\u2014&/|:;,.!?…*•·]|\.{2,4}|--|\?!|!!)$/;
/** Not counted: links, addresses, paths, encoded runs (decoded elsewhere: they hold a digit, `+` or `=`; letters alone, or words joined by slashes, are words or glue), hashtags and mentions, blanks to fill in (`_`, `___`). */
const NEUTRAL = /^(?:_+|\S*:\/\/\S*|www\.\S+|\S+@\S+\.\S+|[("'[<>|&\d]{0,3}[~.]?\/[\w.-]+(?:\/[\w.@-]*)*(?:\?[\w.=&%+-]*)?[)\]"',;:]*|(?=[^\s]*[\d+=])[A-Za-z0-9+/=_-]{16,}|[#@][A-Za-z0-9_]+[.,!?]?)$/;
/**
 * The fields of log lines and configuration: `key=value` with a plain or quoted value (`txn=9fA2kLq0Zx`,
 * `operation="open"`, `latency_ms=842,`), ISO timestamps, and tags in brackets with a digit or a mark (`[worker-3]`, `<pool-1>`; `[db]` reads as a word). Soup glues `=` to backslashes, brackets
 * and other `=` (`nowAnswer=\\firrst`, `Sure==ONE`), which these do not take.
 */
const LOG_FIELD = /^(?:[A-Za-z_][\w.-]{0,30}=(?:"[^"\\=]*"|'[^'\\=]*'|[\w.:/%+@~-]*)(?:,[A-Za-z_][\w.-]{0,30}=[\w.:/%+@~-]*)*[,;]?|\[?\d{4}-\d{2}-\d{2}T[\d:.,]+(?:Z|[+-]\d{2}:?\d{2})?\]?|[[(<](?=[\w.:-]*[\d.:_-])[\w.:-]{1,40}[\])>][,:]?)$/;
/** A letter of a script other than Latin: such tokens are not counted. */
const OTHER_SCRIPT = /[^\u0000-\u024f\u1e00-\u1eff\u2000-\u2bff]/u;
/** Languages written in Latin letters whose function words count (`stopwords-iso` codes). */
const LATIN_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'fi', 'tr', 'id', 'vi', 'ro', 'cs', 'hu', 'da', 'no', 'sw', 'tl', 'sk', 'hr', 'sl', 'lt', 'lv', 'et', 'ca', 'ms', 'af', 'ga'];
let functionWords: ReadonlySet<string> | undefined;
function isFunctionWord(word: string): boolean {
  if (functionWords === undefined) {
    const lists = stopwordsIso as Readonly<Record<string, readonly string[] | undefined>>;
    functionWords = new Set(LATIN_LANGUAGES.flatMap((lang) => lists[lang] ?? []).map((w) => w.toLowerCase()));
  }
  return functionWords.has(word);
}

/**
 * Tokens of code structure: a call (`main()`, `load(path)["db"]`), a shell or make variable (`$(CC)`, `$@`), a member
 * call or a shell variable's member (`x.len()`, `$_.Length`), a lone operator or bracket, a snake_case or SNAKE_CASE name (in one case: soup
 * glues cases, `scientist_EXPECT_column`), an assignment, a markup tag, an index (`arr[1],`),
 * a command-line flag (`-X`, `--data`), a LaTeX command with its argument (`\\frac{`) or math (`$\\sum`).
 */
const CODE_MARK = /^(?:[A-Za-z_]\w*\([^()\s]*\)\S*|\$[({]?[\w@^<*?]+[)}]?[,;:)]*|["'`(]*\$\(?\$?[\w$]*(?:\??\.[A-Za-z_$][\w$]*)+\S*|["'`(]*[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)+\??\.?\(\S*|[=!<>+\-*/%&|^:]{1,3}|[{}()[\];]{1,3}|["'`$]?(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)(?:[^A-Za-z0-9]\S*)?|\w+\s*=|<\/?!?[A-Za-z][\w-]*\/?>?.*|--?[A-Za-z][\w-]*|[A-Za-z_]\w*\[[\w'"]*\][,.;:)]*|.*\\[a-z]{2,}[{[].*|\$[^$]*\\[^$]*\$?.*)$/;
/** Tokens of digits and symbols only (table cells, sums, dates): data, not counted. */
const DATA_TOKEN = /^[\d|.,:;+\-*/=<>()[\]%$€£#~^]+$/;

/** Words that mark a window as code. */
const CODE_KEYWORDS = new Set([
  'const', 'let', 'var', 'function', 'return', 'def', 'import', 'from', 'class', 'if', 'else', 'elif', 'for', 'while',
  'public', 'private', 'static', 'void', 'int', 'string', 'print', 'printf', 'true', 'false', 'null', 'none', 'self',
  'this', 'new', 'async', 'await', 'try', 'catch', 'except', 'select', 'where', 'fn', 'struct', 'impl', 'package',
  'echo', 'export', 'require', 'include', 'lambda', 'yield', 'typeof', 'undefined', 'nil', 'end', 'do', 'then',
  // Command lines.
  'curl', 'wget', 'sudo', 'npm', 'npx', 'pip', 'git', 'docker', 'kubectl', 'ssh', 'grep', 'sed', 'awk',
]);
/** Keywords in a window that make it code. */
const MAX_KEYWORDS = 1;

/** 0: shaped like a word, 1: odd, 2: neutral (not counted). */
export type Shape = 0 | 1 | 2;

const LATIN_LETTER = /[A-Za-z]/;
/** Symbols that no word of any script is spelled with: with Latin letters and another script, the token is glued soup ("Format]]ться"). */
const CODE_SYMBOL = /[\\[\]{}<>=+*^|~`#@$%]/;
/** Latin letters glued to letters of another script in one token ("койONE", "PLEASEsowieём"): no word is spelled so. */
const MIXED_SCRIPT = /[A-Za-z][^\u0000-\u024f\u1e00-\u1eff\u2000-\u2bff\s]|[^\u0000-\u024f\u1e00-\u1eff\u2000-\u2bff\s][A-Za-z]/u;

/**
 * Arrows, mathematical operators, APL and technical signs, box drawing, geometric shapes, dingbats: the
 * marks of formulas, diagrams, APL code and text art ("→", "∘.⌽", "┻━┻"). No optimizer vocabulary is
 * made of them, and a token holding one is notation, not counted.
 */
const NOTATION = /[\u2190-\u2bff]/;
/** Subscript and superscript digits and signs ("C₆H₁₂O₆", "x²", "Fe³⁺"), read as the digits they are. */
const SCRIPT_DIGITS = /[\u00b2\u00b3\u00b9\u2070-\u209f]/g;
/** A chemical formula: element symbols with counts, groups in brackets, a charge ("Fe2O3", "[Cu(NH3)4]2+", "CH3-CH2-OH,"). */
const FORMULA = /^(?:[A-Z][a-z]?\d{0,3}|[()[\]]\d{0,3}|-(?=[A-Z(]))+[+-]?[.,;:!?]?$/;

function shapeOf(token: string): Shape {
  if (NOTATION.test(token)) return 2;
  if (SCRIPT_DIGITS.test(token)) {
    SCRIPT_DIGITS.lastIndex = 0;
    const digits = token.replace(SCRIPT_DIGITS, '1');
    if (FORMULA.test(digits) || NUMBER.test(digits) || MATH.test(digits) || QUANTITY.test(digits)) return 0;
  }
  SCRIPT_DIGITS.lastIndex = 0;
  if (OTHER_SCRIPT.test(token)) return (MIXED_SCRIPT.test(token) || (LATIN_LETTER.test(token) && CODE_SYMBOL.test(token))) && !NEUTRAL.test(token) ? 1 : 2;
  if (NEUTRAL.test(token) || LOG_FIELD.test(token) || (DATA_TOKEN.test(token) && /\d/.test(token))) return 2;
  if (PLAIN_WORD.test(token) && !innerCapital(token)) return 0;
  // "and/or", "Icebox/cooler": words joined by a slash; "12V", "x2", "1-car", "44.5\"H": quantities with units.
  if (SLASHED.test(token) || QUANTITY.test(token) || NUMBERED.test(token) || MATH.test(token) || (/\d/.test(token) && FORMULA.test(token))) return 0;
  if (NUMBER.test(token) || ABBREVIATION.test(token) || PROSE_PUNCTUATION.test(token)) return 0;
  return 1;
}

const CAPITALS_THEN_WORD = /[A-Z]{2}[a-z]{3}/;

/** A capital after a lowercase letter inside a word ("similarlyNow"); "McDonald", "iPhone" and "LaTeX" pass. */
function innerCapital(token: string): boolean {
  // Capitals run into a lowercase word ("FILEaus", "HEADINGone"); a plural ("URLs", "PDFs") has one letter.
  if (CAPITALS_THEN_WORD.test(token)) return true;
  const m = /[a-z][A-Z]/.exec(token);
  if (m === null) return false;
  // One capital after a short prefix is a name or a brand ("McDonald", "iPhone", "YouTube", "eBay").
  return !/^[(["']?[A-Z]?[a-z]{1,2}[A-Z][a-z]+[.,;:!?)\]"']{0,2}$/.test(token);
}

/**
 * How many tokens of an optimizer's vocabulary an odd token looks glued from: 1, 2 or 3. Counted are
 * the joints inside it (edge punctuation aside): a capital after a lowercase letter, a letter next to a
 * symbol or a digit, Latin next to another script; a hyphen or an apostrophe between letters is
 * spelling, not a joint. Prose's odd tokens ("(twice!)", "C:\\Users") have one or two joints; soup
 * glues several words and marks into one token ("Ukructionepy.RowCountFavorites", "})markdown\"\\δ").
 */
export function oddWeight(token: string): number {
  let start = 0;
  let end = token.length;
  while (start < end && EDGE.test(token[start]!)) start++;
  while (end > start && EDGE.test(token[end - 1]!)) end--;
  let joints = 0;
  let prev = 0;
  for (let i = start; i < end; i++) {
    const c = token.charCodeAt(i);
    const kind = charKind(c);
    if (i > start && kind !== prev && !(kind === LOWER && prev === UPPER)) {
      // Into or out of one hyphen, apostrophe or underscore between letters: spelling ("re-use", "max_tokens").
      const mark = kind === SYMBOL ? c : prev === SYMBOL ? token.charCodeAt(i - 1) : 0;
      const between = kind === SYMBOL ? prev <= UPPER && i + 1 < end && charKind(token.charCodeAt(i + 1)) <= UPPER : kind <= UPPER && i >= 2 && charKind(token.charCodeAt(i - 2)) <= UPPER;
      if (!(between && SPELLING_MARKS.has(mark))) joints++;
    }
    prev = kind;
  }
  return joints >= JOINTS_FOR_THREE ? 3 : joints >= JOINTS_FOR_TWO ? 2 : 1;
}
/** Marks that join letters in spelling: hyphen, apostrophes, underscore. */
const SPELLING_MARKS: ReadonlySet<number> = new Set([45, 39, 0x2019, 95]);
/** Joints that make an odd token count as two or three tokens of soup. */
const JOINTS_FOR_TWO = 3;
const JOINTS_FOR_THREE = 5;
/** Sentence punctuation and quotes at a token's edges, not counted as joints. */
const EDGE = /[.,;:!?"'()\u201c\u201d\u2018\u2019]/;
const LOWER = 0;
const UPPER = 1;
const DIGIT = 2;
const SYMBOL = 3;
const OTHER = 4;
/** The kind of one UTF-16 unit: Latin lowercase or capital (with accents), digit, other script, symbol. */
function charKind(c: number): number {
  if ((c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7)) return LOWER;
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return UPPER;
  if (c >= 0x100 && c <= 0x24f) return LOWER; // Latin Extended: case aside, a letter
  if (c >= 48 && c <= 57) return DIGIT;
  if (c < 0x100 || (c >= 0x2000 && c <= 0x2bff)) return SYMBOL;
  return OTHER;
}

/** The soup found in `text`: its span in the original and its score, or undefined. */
export interface SuffixHit {
  start: number;
  end: number;
  score: number;
}

/**
 * Characters that make a token odd: brackets, operators, backslashes (one character class, which the
 * regex engine scans fast; addresses, dates and ids have none of them), and the glue of words
 * run together, a capital after a lowercase letter ("ReplyNow", read in a second pass of its own: an
 * alternation in one pattern is several times slower). A soup window has several odd tokens within
 * about {@link DENSE_SPAN} characters, so texts without three such points that close together are
 * passed over in two regex passes.
 */
const ODD_CHAR = /[\\\][(){}*^|~<>=+`]/g;
const GLUE = /[a-z][A-Z]/g;
const DENSE_SPAN = 160;
const MIN_ODD_CHARS = 3;

/** The offsets at which `re` matches in `text`, in order. */
function offsets(re: RegExp, text: string): number[] {
  const at: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) at.push(m.index);
  return at;
}

/** The spans of `text` dense in odd points (three within {@link DENSE_SPAN}), widened and merged. */
function denseSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const odd = offsets(ODD_CHAR, text);
  const glue = offsets(GLUE, text);
  const at: number[] = [];
  for (let i = 0, j = 0; i < odd.length || j < glue.length; ) {
    // The two lists merged in order of offset.
    at.push(j >= glue.length || (i < odd.length && odd[i]! < glue[j]!) ? odd[i++]! : glue[j++]!);
    const n = at.length;
    if (n >= MIN_ODD_CHARS && at[n - 1]! - at[n - MIN_ODD_CHARS]! <= DENSE_SPAN) {
      // A window of tokens around the dense spot: about a window's worth of characters on each side.
      const from = Math.max(0, at[n - MIN_ODD_CHARS]! - 2 * DENSE_SPAN);
      const to = Math.min(text.length, at[n - 1]! + 2 * DENSE_SPAN);
      const last = spans[spans.length - 1];
      if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
      else spans.push([from, to]);
    }
  }
  return spans;
}

/** Which offsets of the text hold code, logs or data the user pasted (see `injection-context.ts`). */
export interface Material {
  material(at: number): boolean;
}
const NO_MATERIAL: Material = { material: () => false };

/**
 * Finds the longest soup run of `text` (the original text). Tokens at offsets for which `material`
 * holds (code, logs, data the user pasted) are not counted.
 */
export function findSuffix(text: string, material: Material = NO_MATERIAL): SuffixHit | undefined {
  let best: SuffixHit | undefined = findBangRun(text, material) ?? findGluedTail(text, material);
  for (const [from, to] of denseSpans(text)) {
    const hit = findSuffixIn(text, from, to, material) ?? findGluedSoup(text, from, to, material);
    if (hit !== undefined && (best === undefined || hit.score > best.score || (hit.score === best.score && hit.end - hit.start > best.end - best.start))) best = hit;
  }
  return best;
}

/**
 * A tail of soup glued into few tokens after a request ("... hides itself &&composetableBoux!=?>===Shynbral{{",
 * "... produits ménagerskloulmaryxWourshior,</:*{tritnan"): the windows need six tokens or more, and such a
 * tail has one to five, each glued from many pieces. Read from the end of the text back to the first
 * function word: enough glued pieces, after at least {@link TAIL_MIN_REQUEST} words of request, with no
 * code keyword or code structure among them and few digits (minified code, log lines and ids have those).
 */
const TAIL_MIN_PIECES = 6;
const TAIL_MAX_TOKENS = 12;
const TAIL_MIN_REQUEST = 3;
function findGluedTail(text: string, material: Material): SuffixHit | undefined {
  let end = text.length;
  while (end > 0 && isWhite(text.charCodeAt(end - 1))) end--;
  // Most texts end in words: without enough glued pieces among the last tokens, the tail cannot be soup, and the
  // function-word lists (a data file read on first use) need not be loaded.
  if (tailPiecesBound(text, end) < TAIL_MIN_PIECES) return undefined;
  let pieces = 0;
  let start = end;
  let tokens = 0;
  for (let q = end; q > 0 && tokens < TAIL_MAX_TOKENS; tokens++) {
    let p = q;
    while (p > 0 && !isWhite(text.charCodeAt(p - 1))) p--;
    const token = text.slice(p, q);
    if (q - p > 200 || material.material(p)) return undefined;
    const features = tokenFeatures(token);
    // A function word, code, or a word of another script (the request, "Объясни, как сделать"): the tail ends.
    if (features.func || features.code || (features.shape === 2 && OTHER_SCRIPT_WORD.test(token))) break;
    if (features.shape === 1) pieces += gluedPieces(token);
    start = p;
    q = p;
    while (q > 0 && isWhite(text.charCodeAt(q - 1))) q--;
  }
  if (pieces < TAIL_MIN_PIECES || loggedData(text, start, end)) return undefined;
  // A request before it: words of any script, not more soup or code.
  REQUEST_WORD.lastIndex = 0;
  const before = text.slice(Math.max(0, start - 200), start);
  let words = 0;
  while (words < TAIL_MIN_REQUEST && REQUEST_WORD.test(before)) words++;
  return words >= TAIL_MIN_REQUEST ? { start, end, score: SUFFIX_SCORE } : undefined;
}
/** Glued pieces of the last {@link TAIL_MAX_TOKENS} tokens, read without stopping at a word: at least what {@link findGluedTail} counts. */
function tailPiecesBound(text: string, end: number): number {
  let pieces = 0;
  for (let q = end, tokens = 0; q > 0 && tokens < TAIL_MAX_TOKENS; tokens++) {
    let p = q;
    while (p > 0 && !isWhite(text.charCodeAt(p - 1))) p--;
    if (q - p > 200) return pieces;
    const token = text.slice(p, q);
    if ((plainAsciiWord(token) > 0 ? 0 : shapeOf(token)) === 1) pieces += gluedPieces(token);
    q = p;
    while (q > 0 && isWhite(text.charCodeAt(q - 1))) q--;
  }
  return pieces;
}
/** A token of letters of a script other than Latin, with at most edge punctuation. */
const OTHER_SCRIPT_WORD = /^[\p{P}]{0,2}[\p{L}\p{M}]*[^\p{Script=Latin}\P{L}][\p{L}\p{M}]*[\p{P}]{0,3}$/u;
/** A word of a request (a run of letters; scripts written without spaces give a run per few letters). */
const REQUEST_WORD = /\p{L}{2,}/gu;
/**
 * Symbols of soup's joints: brackets, operators, backslashes (a CSV's quotes and semicolons are not); and emoji
 * or letters of a script written with spaces between Latin words of one token ("piri🚀rovoi", "someoneذهطween").
 * Chinese, Japanese, Thai and Korean text glues Latin words in without spaces ("このAPIのresponseを"), so their
 * letters are no joint.
 */
const SOUP_JOINT = /[[\]{}()<>\\=+*^|~`&!#$%@]|\p{Extended_Pictographic}|[\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Armenian}\p{Script=Georgian}]/u;

/**
 * Pieces of a glued token: runs of three or more letters split at a capital after a lowercase letter or
 * at a cluster of soup's symbols (a CSV's commas, a word's hyphen or dot join, they do not split), plus
 * those clusters, when the token has {@link MIN_RUNS_GLUED} runs or more; else its odd weight if it has
 * such a cluster, and 0 if not (words joined by commas, `id,role,instruction`, are a CSV row).
 */
function gluedPieces(glued: string): number {
  // Quoted fields are data (a CSV row, `"Name";"Qty"`), not pieces.
  const token = glued.includes('"') ? glued.replace(QUOTED, '""') : glued;
  let runs = 0;
  let run = 0;
  let clusters = 0;
  let cluster = '';
  let prevLower = false;
  for (let i = 0; i <= token.length; i++) {
    const c = i < token.length ? token.charCodeAt(i) : 32;
    const lower = (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f);
    const upper = (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
    if (lower || upper) {
      const split = cluster !== '' && SOUP_JOINT.test(cluster);
      if (split) clusters++;
      if (split || (upper && prevLower)) {
        if (run >= 3) runs++;
        run = 0;
      }
      cluster = '';
      run++;
    } else if (i < token.length) cluster += token[i];
    prevLower = lower;
  }
  if (run >= 3) runs++;
  if (cluster !== '' && SOUP_JOINT.test(cluster)) clusters++;
  return runs >= MIN_RUNS_GLUED ? runs + clusters : clusters > 0 ? oddWeight(glued) : 0;
}
const QUOTED = /"[^"]*"/g;
/** Runs of letters that make a token glued from words (a regex's `[a-z]`, `st|rd` are not). */
const MIN_RUNS_GLUED = 3;

/** Lone `!` tokens within {@link BANG_SPAN} characters that make the "! ! ! !" start of an optimizer's suffix (GCG). */
const MIN_BANGS = 8;
const BANG_SPAN = 80;

/**
 * The "! ! ! ! ! ! ! !" a suffix optimizer starts from, left partly unchanged: many `!` standing alone
 * between blanks, close together. Prose puts one after a sentence, French typography one after a space.
 */
function findBangRun(text: string, material: Material): SuffixHit | undefined {
  const at: number[] = [];
  for (let i = text.indexOf('!'); i >= 0; i = text.indexOf('!', i + 1)) {
    const alone = (i === 0 || isWhite(text.charCodeAt(i - 1))) && (i + 1 === text.length || isWhite(text.charCodeAt(i + 1)));
    if (!alone || material.material(i)) continue;
    at.push(i);
    const n = at.length;
    if (n >= MIN_BANGS && at[n - 1]! - at[n - MIN_BANGS]! <= BANG_SPAN) {
      let end = i + 1;
      // Run on over the rest of the soup.
      for (let j = text.indexOf('!', end); j >= 0 && j - end <= 16; j = text.indexOf('!', j + 1)) end = j + 1;
      return { start: at[n - MIN_BANGS]!, end, score: SUFFIX_SCORE };
    }
  }
  return undefined;
}

/** What the window counts of one token. */
export interface TokenFeatures {
  shape: Shape;
  /** A function word of a Latin-script language. */
  func: boolean;
  /** A code keyword or a token of code structure. */
  code: boolean;
}

/**
 * The features of a token by its patterns (the definition: {@link tokenFeatures} answers the same,
 * faster for the plain words most tokens are).
 * @internal exported for the test that holds the two together
 */
export function tokenFeaturesByPattern(token: string): TokenFeatures {
  const shape = shapeOf(token);
  const letters = token.replace(NOT_LATIN_LETTER, '').toLowerCase();
  return { shape, func: shape === 0 && letters !== '' && isFunctionWord(letters), code: CODE_KEYWORDS.has(letters) || CODE_MARK.test(token) || keywordPieces(token) };
}

/** Pieces between code symbols of a glued token: two or more code keywords make it minified code (`(self.chunk=self.chunk||[]).push(`). */
const CODE_PIECE_BREAK = /[(){}[\];=.,:!&|<>"'`+*/?-]+/;
const MIN_KEYWORD_PIECES = 2;
function keywordPieces(token: string): boolean {
  return keywordPieceCount(token) >= MIN_KEYWORD_PIECES;
}
function keywordPieceCount(token: string): number {
  if (token.length < 16) return 0;
  let keywords = 0;
  for (const piece of token.split(CODE_PIECE_BREAK)) if (CODE_KEYWORDS.has(piece.toLowerCase())) keywords++;
  return keywords;
}
const NOT_LATIN_LETTER = /[^A-Za-z\u00c0-\u024f]/g;

/** Start of the letters of the last word {@link plainAsciiWord} accepted. */
let plainStart = 0;

/** Marks that may open a word (`PLAIN_WORD`'s opening class, without `_`). */
const isOpening = (c: number): boolean => c === 40 || c === 91 || c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 42;
/** Marks that may close a word (`PLAIN_WORD`'s closing class, without `_`). */
const isClosing = (c: number): boolean =>
  c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 93 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 42;

/**
 * The end of the letters of a plain ASCII word, or 0 for any other token: at most two opening marks,
 * 1 to 15 ASCII letters with no capital after a lowercase letter, at most three closing marks (`[House`,
 * `Name],`, `"Sure,"`). Such a token is shaped like a word by the patterns too (it is no link, encoded
 * run, number or code structure: it has no `_`, `/`, `@`, `=` or digit, and is not `www.`), its letters
 * are `token.slice(plainStart, end)`, and it is no code mark. Most tokens of prose are such words.
 */
function plainAsciiWord(token: string): number {
  const n = token.length;
  let i = 0;
  while (i < n && i < 2 && isOpening(token.charCodeAt(i))) i++;
  const start = i;
  let lower = false;
  let capitals = 0;
  let lowerAfterCapitals = 0;
  for (; i < n; i++) {
    const c = token.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      lower = true;
      // Capitals run into a lowercase word: the patterns decide.
      if (capitals >= 2 && ++lowerAfterCapitals >= 3) return 0;
    } else if (c >= 65 && c <= 90) {
      if (lower) return 0; // an inner capital: the patterns decide
      capitals++;
    } else break;
  }
  const end = i;
  if (end === start || end - start > 15 || n - end > 3) return 0;
  for (; i < n; i++) if (!isClosing(token.charCodeAt(i))) return 0;
  if (end - start === 3 && end < n && token.startsWith('www', start)) return 0;
  // A tag in brackets with a mark (`(a:]`, `[db.]`) is a log field to the patterns (`LOG_FIELD`).
  if (start === 1 && end < n && (token.charCodeAt(0) === 40 || token.charCodeAt(0) === 91) && BRACKET_TAG_END.test(token.slice(end))) return 0;
  plainStart = start;
  return end;
}

/** The closing marks of a bracketed log tag after its letters: a `.` or `:`, a closing bracket, a `,` or `:`. */
const BRACKET_TAG_END = /^[.:]+[)\]][,:]?$/;

/** {@link tokenFeaturesByPattern}, with plain ASCII words (most of prose) answered without the patterns. */
export function tokenFeatures(token: string): TokenFeatures {
  const end = plainAsciiWord(token);
  if (end === 0) return tokenFeaturesByPattern(token);
  const letters = (plainStart === 0 && end === token.length ? token : token.slice(plainStart, end)).toLowerCase();
  return { shape: 0, func: isFunctionWord(letters), code: CODE_KEYWORDS.has(letters) };
}

/** Whitespace as the regex `\s` reads it. */
function isWhite(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** {@link findSuffix} over `text[from, to)` (cut at whitespace, so no token is split). */
function findSuffixIn(text: string, from: number, to: number, material: Material): SuffixHit | undefined {
  const length = text.length;
  while (from > 0 && !isWhite(text.charCodeAt(from - 1))) from--;
  while (to < length && !isWhite(text.charCodeAt(to))) to++;
  const shapes: Shape[] = [];
  const weights: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let p = from; ; ) {
    while (p < length && isWhite(text.charCodeAt(p))) p++;
    if (p >= to) break;
    let q = p + 1;
    while (q < length && !isWhite(text.charCodeAt(q))) q++;
    const at = p;
    p = q;
    if (q - at > 80 || material.material(at)) continue;
    const token = text.slice(at, q);
    const shape = plainAsciiWord(token) > 0 ? 0 : shapeOf(token);
    if (shape === 2) continue;
    shapes.push(shape);
    weights.push(shape === 1 ? oddWeight(token) : 0);
    starts.push(at);
    ends.push(q);
  }
  const n = shapes.length;
  if (n < SHORT_WINDOW || !oddEnough(weights)) return undefined;
  // Function words and code marks, read only for a text that has a window odd enough to be soup.
  const func: boolean[] = [];
  const code: number[] = [];
  for (let i = 0; i < n; i++) {
    const features = tokenFeatures(text.slice(starts[i], ends[i]));
    func.push(features.func);
    code.push(features.code ? (LONE_BRACKETS.test(text.slice(starts[i], ends[i])) ? 0.5 : 1) : 0);
  }
  const long = soupRun(weights, func, code, starts, ends, SUFFIX_WINDOW, MAX_KEYWORDS, isSoup);
  // A short suffix after a request: the request's function words fill any long window, so a short one
  // of almost only odd tokens, no function word at all, is soup too.
  let short = soupRun(weights, func, code, starts, ends, SHORT_WINDOW, SHORT_MAX_MARKS, (odd, fn) => odd >= SHORT_MIN_ODD && fn === 0, SHORT_MARKS_CONTEXT);
  // Log lines and data: timestamps, counters and ids between their odd tokens; soup holds few digits.
  if (short !== undefined && loggedData(text, short.start, short.end)) short = undefined;
  if (long === undefined) return short;
  return short !== undefined && short.score > long.score ? short : long;
}

/**
 * Whether a short soup reads as a log line or data instead: two values of two digits or more standing as
 * tokens (times, counters, `type=1400`, `[12345.678901]`), or many digits. Soup holds few. (Ciphers that
 * turn letters into digits, ROT47's `4@56`, read as data too: the decoders read them.)
 */
function loggedData(text: string, start: number, end: number): boolean {
  let digits = 0;
  let visible = 0;
  let values = 0;
  for (const token of text.slice(start, end).split(/\s+/)) {
    if (DATA_VALUE.test(token)) values++;
  }
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isWhite(c)) continue;
    visible++;
    if (c >= 48 && c <= 57) digits++;
  }
  return values >= 2 || (visible > 0 && digits / visible >= MAX_SOUP_DIGITS);
}
/** Share of digits among the visible characters of a short soup at which it is data. */
const MAX_SOUP_DIGITS = 0.08;
/** A value of a log or a table: two digits or more, with the marks of numbers, times, ids and fields around them. */
const DATA_VALUE = /^[[(<"']?(?:[A-Za-z_][\w.-]{0,30}=)?[#$]?\d[\d.,:/-]*\d[\d.,:/-]*(?:[A-Za-z]{1,3})?[\])>"',;:]*$/;

/** Brackets standing alone count half a code mark: soup strews them; code has them with its keywords and names. */
const LONE_BRACKETS = /^[{}()[\];]{1,3}$/;
/** The short window: tokens, odd tokens it needs, code marks it tolerates (soup has stray `}}`, `->`). */
const SHORT_WINDOW = 6;
const SHORT_MIN_ODD = 4;
const SHORT_MAX_MARKS = 2;
/**
 * Tokens on each side of a short window whose whole code marks count with its own: six tokens of a code line
 * (`&'a str) -> &'a str {`) look like soup, the keywords and calls around them (`fn`, `if x.len() >`) do not.
 */
const SHORT_MARKS_CONTEXT = 3;
/** Whole code marks a short window and its context may hold (soup strews an operator or a stray keyword, code has several). */
const SHORT_MAX_WHOLE_MARKS = 1;

/** The longest run of soup windows of `window` tokens (sliding counts of odd tokens, function words, code marks). */
function soupRun(
  weights: readonly number[],
  func: readonly boolean[],
  code: readonly number[],
  starts: readonly number[],
  ends: readonly number[],
  window: number,
  maxMarks: number,
  soupy: (odd: number, fn: number) => boolean,
  marksContext = 0,
): SuffixHit | undefined {
  const n = weights.length;
  // Whole code marks (keywords, code structure; not lone brackets) before each token (prefix sums), to
  // count them over the window and its context.
  const marksBefore: number[] = [0];
  if (marksContext > 0) for (let i = 0; i < n; i++) marksBefore.push(marksBefore[i]! + (code[i] === 1 ? 1 : 0));
  let odd = 0;
  let fn = 0;
  let marks = 0;
  let runStart = -1;
  let runTokens = 0;
  let best: SuffixHit | undefined;
  for (let i = 0; i < n; i++) {
    odd += weights[i]!;
    if (func[i]) fn++;
    marks += code[i]!;
    if (i >= window) {
      const out = i - window;
      odd -= weights[out]!;
      if (func[out]) fn--;
      marks -= code[out]!;
    }
    if (i < window - 1) continue;
    const around = marksContext > 0 ? marksBefore[Math.min(n, i + 1 + marksContext)]! - marksBefore[Math.max(0, i - window + 1 - marksContext)]! : 0;
    const soup = marks <= maxMarks && around <= SHORT_MAX_WHOLE_MARKS && soupy(odd, fn);
    if (!soup) {
      runStart = -1;
      continue;
    }
    if (runStart < 0) {
      runStart = i - window + 1;
      runTokens = window;
    } else runTokens++;
    const score = runTokens >= 2 * SUFFIX_WINDOW ? LONG_SUFFIX_SCORE : SUFFIX_SCORE;
    if (best === undefined || score > best.score || starts[runStart]! === best.start) best = { start: starts[runStart]!, end: ends[i]!, score };
  }
  return best;
}

/**
 * Soup glued into few whitespace tokens (`!""""""webpage\\"ntax=====quando`, `;;;;;Tit "" ..Title ]Bitte****Sy))))Now`):
 * runs of symbols of several kinds, next to words glued to symbols or to other words, within
 * {@link GLUED_SPAN} characters. Prose has an ellipsis or an "!!!" here and there, markdown a rule line
 * or a table (data, not counted); not three symbol runs of two kinds around a glued word.
 */
const SYMBOL_RUN = /([^\p{L}\p{N}\s])\1{2,}|[^\p{L}\p{N}\s'",.!?-]{3,}/gu;
const GLUED_WORD = /\p{Ll}\p{Lu}\p{Ll}|\p{L}[\\=;{}[\]<>|~^*@%$]+\p{L}/u;
const GLUED_SPAN = 100;
/** Runs with notation, combining marks or the marks of faces are text art ("┻━┻", "( ͡°", "¯\\_("), not soup. */
const TEXT_ART = /[\u2190-\u2bff\u0300-\u036f\u00af\u00b0\u00ba\u30fc-\u30ff]/;
const MIN_RUNS = 3;

/**
 * The tokens of `window` that are LaTeX (`\\frac{`, `$\\sum`) or a command line (`curl`, `-H`): their
 * brackets and backslashes are runs of symbols glued to words too. Soup has brackets and operators
 * standing alone, so those do not count here.
 */
function typesetOrShell(window: string): number {
  let marks = 0;
  for (const token of window.split(/\s+/)) marks += TYPESET_OR_SHELL.test(token) || CODE_KEYWORDS.has(token.toLowerCase()) ? 1 : keywordPieceCount(token);
  return marks;
}
const TYPESET_OR_SHELL = /\\[a-z]{2,}[{[]|^\$.*\\|^--?[A-Za-z][\w-]*$/;

function findGluedSoup(text: string, from: number, to: number, material: Material): SuffixHit | undefined {
  const part = text.slice(from, to);
  const runs: Array<{ at: number; end: number; kind: string }> = [];
  SYMBOL_RUN.lastIndex = 0;
  for (let m = SYMBOL_RUN.exec(part); m !== null; m = SYMBOL_RUN.exec(part)) {
    if (material.material(from + m.index) || TEXT_ART.test(m[0])) continue;
    runs.push({ at: m.index, end: m.index + m[0].length, kind: m[0][0]! });
  }
  for (let i = 0; i + MIN_RUNS - 1 < runs.length; i++) {
    const first = runs[i]!;
    const last = runs[i + MIN_RUNS - 1]!;
    if (last.end - first.at > GLUED_SPAN) continue;
    const kinds = new Set(runs.slice(i, i + MIN_RUNS).map((r) => r.kind));
    if (kinds.size < 2) continue;
    const window = part.slice(Math.max(0, first.at - 20), Math.min(part.length, last.end + 20));
    if (!GLUED_WORD.test(window) || typesetOrShell(window) > MAX_KEYWORDS) continue;
    // Widen to the soup's whitespace edges.
    let start = from + first.at;
    let end = from + last.end;
    while (start > 0 && !isWhite(text.charCodeAt(start - 1))) start--;
    while (end < text.length && !isWhite(text.charCodeAt(end))) end++;
    return { start, end, score: SUFFIX_SCORE };
  }
  return undefined;
}
