/**
 * Which parts of a text are addressed to the model and which are material: code (fenced blocks,
 * inline code, code-like lines), data (tables, number rows), and mentions (a quoted phrase in a text
 * that asks about words: to translate, define, correct, spell). Cue words inside material need much
 * stronger evidence than the same words addressed to the model: "what does the regex flag 'ignore case'
 * do", `def system_prompt(): return ...`, a pasted matrix of zeros.
 *
 * One linear pass over the lines of the original text; every pattern is anchored or bounded.
 * @module
 */

/** What a region of the text is. */
export type RegionKind = 'code' | 'data' | 'mention';

/** Regions of the original text, sorted by start and not overlapping. */
export interface Regions {
  readonly start: readonly number[];
  readonly end: readonly number[];
  readonly kind: readonly RegionKind[];
}

/** How much of a rule's score is kept when its evidence lies inside a region of each kind. */
export const REGION_WEIGHT: Readonly<Record<RegionKind, number>> = {
  code: 0.35,
  data: 0.35,
  mention: 0.35,
};

/** Words that open a line of code in common languages. */
const CODE_KEYWORD =
  /^\s*(?:const|let|var|function|def|class|import|from|return|elif|public|private|protected|static|void|int|float|double|bool|string|#include|#define|select|insert|update|delete|create table|console\.|print\(|printf|echo|package|using|namespace|fn|impl|struct|enum|async|await|try|catch|except|raise|throw|export|module\.exports|require\(|self\.|this\.)(?=[\s(.:;{]|$)/i;
/** Features of a code line: each counts once. */
const CODE_FEATURES: readonly RegExp[] = [
  /;\s*(?:\/\/.*)?$/, // statement end
  /[{}]/, // blocks, object literals
  /[A-Za-z0-9_\])]\(/, // a call or a definition: "fetch(url", "f()("
  /[A-Za-z0-9_\])]\s*(?:[+\-*/%|&]|\?\?)?=(?!=)\s*\S/, // assignment
  /=>|->|::|&&|\|\||!==?|===?/, // operators
  /[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*\(/, // method call: "r.json("
  /^\s*(?:\/\/|\/\*|\*\s|--\s|<!--)/, // comment line
  /^(?: {4}|\t)\S/, // indented block line
];
/** A fence line of a markdown code block. */
const FENCE = /^\s{0,3}(?:```|~~~)/;
/** Tokens of a data row: numbers (with units, signs, separators) or cells. */
const NUMERIC_TOKEN = /^[-+]?[\d.,:/%$€£]+[a-z%]{0,3}$/i;
const CELL_SEPARATORS = /[|\t]/g;
const DIGITS = /\d+/g;

/** Quotes that open a quoted phrase, with the quote that closes it. */
const CLOSING: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '\u201c': '\u201d',
  '\u201e': '\u201c',
  '\u2018': '\u2019',
  '\u00ab': '\u00bb',
  '\u300c': '\u300d',
  '\u300e': '\u300f',
};
/** Code and data count as material only when at least this share of the text is something else (prose). */
const PROSE_AROUND_MATERIAL = 0.15;
/** Any opening quote (one character class: scanned fast). */
const OPENING = /["'\u201c\u201e\u2018\u00ab\u300c\u300e]/g;
/** Longest quoted phrase read as a mention. */
const MAX_QUOTE = 300;

/** The regions of a text, found on first use only (most texts never need them). */
export function lazyRegions(text: string, metaWords: readonly number[]): () => Regions {
  let regions: Regions | undefined;
  return () => (regions ??= findRegions(text, metaWords));
}

/** How far before a quote a word-asking cue may sit ("translate 'x'", "the regex flag 'x'"). */
const META_BEFORE = 100;
/** How far after it ("'x' in German", "'x' mean"). */
const META_AFTER = 25;

/**
 * The regions of `text` (the original). `metaWords` holds the original spans (start, end pairs, in
 * order) of cues that ask about words (translate, define, mean, spell, correct, the flag): a quoted
 * phrase right after or before one is a mention.
 */
export function findRegions(text: string, metaWords: readonly number[] = []): Regions {
  const start: number[] = [];
  const end: number[] = [];
  const kind: RegionKind[] = [];
  const push = (s: number, e: number, k: RegionKind): void => {
    if (e <= s) return;
    const last = start.length - 1;
    if (last >= 0 && s < end[last]!) {
      // Overlap: code or data wins over a mention inside it; the regions merge.
      end[last] = Math.max(end[last]!, e);
      return;
    }
    start.push(s);
    end.push(e);
    kind.push(k);
  };
  let inFence = -1;
  /** Whether the text marks its material with a fence: then the regions stand, whatever the share of prose. */
  let fenced = false;
  const multiLine = text.includes('\n');
  let meta = 0; // first word-asking cue not before the current line
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (FENCE.test(line)) {
      fenced = true;
      if (inFence < 0) inFence = lineStart;
      else {
        push(inFence, lineEnd, 'code');
        inFence = -1;
      }
    } else if (inFence < 0) {
      const lineKind = classifyLine(line, multiLine);
      if (lineKind !== undefined) push(lineStart, lineEnd, lineKind);
      else {
        const local: Array<[number, number, RegionKind]> = [];
        const add = (s: number, e: number, k: RegionKind): void => void local.push([s, e, k]);
        if (line.includes('`')) inlineCode(line, lineStart, add);
        // Quotes are read only on lines near a word-asking cue.
        while (meta < metaWords.length && metaWords[meta + 1]! < lineStart - META_BEFORE) meta += 2;
        if (meta < metaWords.length && metaWords[meta]! <= lineEnd + META_AFTER) quoted(line, lineStart, metaWords, add);
        local.sort((x, y) => x[0] - y[0]);
        for (const [s, e, k] of local) push(s, e, k);
      }
    }
    lineStart = lineEnd + 1;
  }
  // An unclosed fence runs to the end of the text.
  if (inFence >= 0) push(inFence, text.length, 'code');
  if (fenced) return { start, end, kind };
  // Unfenced code or data with no prose around it is the message itself ("Console.log(systemPrompt)", a jailbreak
  // written as a rule object): it is addressed to the model, not material the user talks about.
  let material = 0;
  for (let i = 0; i < start.length; i++) if (kind[i] !== 'mention') material += end[i]! - start[i]!;
  if (material > 0 && text.length - material < PROSE_AROUND_MATERIAL * text.length) {
    const keep = kind.map((k) => k === 'mention');
    return { start: start.filter((_, i) => keep[i]), end: end.filter((_, i) => keep[i]), kind: kind.filter((_, i) => keep[i]) };
  }
  return { start, end, kind };
}

/**
 * What a code line has at least one of (a keyword alone is one feature, never enough): one character
 * class, which the regex engine scans fast, plus the indentation and comment openers at the line start.
 */
const CODE_HINT = /[;{}=<>[\]|\t(/]/;
const hasCodeHint = (line: string): boolean => CODE_HINT.test(line) || line.startsWith('    ');

function classifyLine(line: string, multiLine: boolean): RegionKind | undefined {
  const trimmed = line.trim();
  if (trimmed.length < 3) return undefined;
  // Most prose lines have none of the characters code needs: one test, then only the data check.
  if (!hasCodeHint(line)) return dataLine(trimmed);
  let features = CODE_KEYWORD.test(line) ? 1 : 0;
  for (const re of CODE_FEATURES) {
    // An indented line is code only among other lines.
    if (re === CODE_FEATURES[CODE_FEATURES.length - 1] && !multiLine) continue;
    if (re.test(line)) features++;
    // One feature is common in prose ("(see above)", "x = 5"); a long line needs one more.
    if (features >= (line.length > 160 ? 3 : 2)) return 'code';
  }
  const cells = (line.match(CELL_SEPARATORS) ?? []).length;
  if (cells >= 3) return 'data';
  return dataLine(trimmed);
}

/** Whether a line is a row of numbers. */
function dataLine(trimmed: string): RegionKind | undefined {
  if ((trimmed.match(DIGITS) ?? []).length < 4) return undefined;
  const tokens = trimmed.split(/[\s,;]+/);
  if (tokens.length >= 4) {
    let numeric = 0;
    for (const t of tokens) if (NUMERIC_TOKEN.test(t)) numeric++;
    if (numeric >= 0.6 * tokens.length) return 'data';
  }
  return undefined;
}

/** Inline code spans (`x`) of one line. */
function inlineCode(line: string, offset: number, push: (s: number, e: number, k: RegionKind) => void): void {
  for (let i = line.indexOf('`'); i >= 0; ) {
    const j = line.indexOf('`', i + 1);
    if (j < 0) return;
    push(offset + i, offset + j + 1, 'code');
    i = line.indexOf('`', j + 1);
  }
}

/** Whether a word-asking cue sits just before [from, to) or just after it. */
function askedAbout(metaWords: readonly number[], from: number, to: number): boolean {
  for (let k = 0; k < metaWords.length; k += 2) {
    const s = metaWords[k]!;
    const e = metaWords[k + 1]!;
    if ((e <= from && e >= from - META_BEFORE) || (s >= to && s <= to + META_AFTER)) return true;
  }
  return false;
}

/**
 * Quoted phrases of one line asked about (each closed on the same line, at most {@link MAX_QUOTE} long,
 * with a word-asking cue next to it).
 */
function quoted(line: string, offset: number, metaWords: readonly number[], push: (s: number, e: number, k: RegionKind) => void): void {
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(line); m !== null; m = OPENING.exec(line)) {
    const i = m.index;
    const close = CLOSING[line[i]!]!;
    // An apostrophe inside a word ("don't") opens nothing.
    if ((line[i] === "'" || line[i] === '\u2019') && i > 0 && /[\p{L}\p{N}]/u.test(line[i - 1]!)) continue;
    let j = line.indexOf(close, i + 1);
    // Skip apostrophes inside words ("'don't stop'") when looking for the closing quote.
    while (j > 0 && (close === "'" || close === '\u2019') && /[\p{L}]/u.test(line[j + 1] ?? '') && /[\p{L}]/u.test(line[j - 1] ?? '')) {
      j = line.indexOf(close, j + 1);
    }
    if (j < 0 || j - i > MAX_QUOTE) continue;
    if (askedAbout(metaWords, offset + i, offset + j + 1)) push(offset + i, offset + j + 1, 'mention');
    OPENING.lastIndex = j + 1;
  }
}

/**
 * The weight of evidence spanning [start, end) of the original: the weight of the region holding it;
 * evidence that reaches into a mention ("translate \'previous instructions\'": the verb outside, its
 * object quoted) weighs as the mention.
 */
export function regionWeight(regions: Regions, start: number, end: number): number {
  const first = regionAt(regions, start);
  const last = end > start ? regionAt(regions, end - 1) : first;
  if (first >= 0 && first === last) return REGION_WEIGHT[regions.kind[first]!];
  if (last >= 0 && regions.kind[last] === 'mention') return REGION_WEIGHT.mention;
  if (first >= 0 && regions.kind[first] === 'mention') return REGION_WEIGHT.mention;
  return 1;
}

/** Whether offset `at` lies in code or data. */
export function inMaterial(regions: Regions, at: number): boolean {
  const i = regionAt(regions, at);
  return i >= 0 && regions.kind[i] !== 'mention';
}

/** The index of the region holding offset `at`, or -1 (binary search). */
function regionAt(regions: Regions, at: number): number {
  const { start: s, end: e } = regions;
  let lo = 0;
  let hi = s.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]! <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && at < e[found]! ? found : -1;
}
