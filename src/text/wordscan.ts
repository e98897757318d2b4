/**
 * One regex pass over the matching copy, anchored on the character before a word (whitespace, a
 * quote, an opening bracket or `*`), that finds both single-character separator runs
 * (`i.g.n.o.r.e`) and ROT13/reversed cues (`vtaber`, `erongi`, "rot13"). Two features in one pass
 * because each regex pass over a prompt has a fixed cost per character; a small leading class lets
 * most positions fail on the first check (measured faster than `\b`). The word at index 0 is checked
 * with the same body, sticky.
 *
 * Linear: the separator branch has disjoint unit and separator classes with bounded repeats, and
 * the cue branch is a prefix tree of plain literals.
 * @module
 */
import { atbash, caesarShift, reverseText, rot13, rot47 } from './decoders.js';
import { NATO_WORDS } from './letter-tables.js';
import { gateLiteral, TrigramGate } from './trigram-gate.js';

/** Which transform a cue points at. */
export type CueKind = 'rot13' | 'reversed' | 'caesar' | 'atbash' | 'rot47';

/** One cue found in the matching copy. */
export interface Cue {
  kind: CueKind;
  /** Index in the matching copy. */
  index: number;
  /** An explicit mention ("rot13", "backwards") rather than an encoded keyword. */
  mention: boolean;
}

/** The decoders a cue can point at; a cue for a decoder that is off is dropped. */
export interface CueSwitches {
  rot13: boolean;
  reversed: boolean;
  caesar: boolean;
  atbash: boolean;
  rot47: boolean;
}

/**
 * Words whose ROT13 or mirror image in a message is a cue that a payload is written that way:
 * instruction-override and exfiltration words (nobody writes `vtaber` or `snoitcurtsni` by chance).
 */
const CUE_WORDS = [
  'ignore',
  'instruction',
  'previous',
  'disregard',
  'forget',
  'system',
  'prompt',
  'jailbreak',
  'password',
  'secret',
  'override',
  'bypass',
  'pretend',
  'unrestricted',
];
/** Explicit mentions: the rest of the message from that line is decoded that way. */
const ROT13_MENTIONS = ['rot13', 'rot-13', 'rot 13'];
/**
 * Caesar mentions (several languages, accents already folded by the matching copy): the Caesar
 * decoder then tries every shift from that line to the end and keeps only a shift whose output reads
 * as natural text, so a loose word such as "cipher" costs a check, not a false decode.
 */
const CAESAR_MENTIONS = ['caesar', 'cesar', 'cezar', 'sezar', 'cipher', 'cypher', 'cifrado', 'cifrario', 'chiffre', 'shift of', 'shifted by'];
const REVERSED_MENTIONS = ['backwards', 'reversed text', 'in reverse', 'right to left', 'right-to-left', 'reverse the text'];

const ATBASH_MENTIONS = ['atbash'];
const ROT47_MENTIONS = ['rot47', 'rot-47', 'rot 47'];

const CUE_INFO = new Map<string, { kind: CueKind; mention: boolean }>();
for (const word of CUE_WORDS) {
  CUE_INFO.set(rot13(word), { kind: 'rot13', mention: false });
  CUE_INFO.set(reverseText(word), { kind: 'reversed', mention: false });
}
/**
 * Atbash and ROT47 cues: the instruction words attacks lead with (every literal costs each prompt a
 * little in the scan). ROT47 turns letters into digits and punctuation (`ignore` → `:8?@C6`); the
 * matching copy is lowercased, and a capital first letter has its own form (`Ignore` → `x8?@C6`).
 */
const SHIFT_CUE_WORDS = ['ignore', 'instructions', 'previous', 'system', 'prompt', 'password', 'disregard', 'forget'];
for (const word of SHIFT_CUE_WORDS) {
  CUE_INFO.set(atbash(word), { kind: 'atbash', mention: false });
  for (const form of [word, word[0]!.toUpperCase() + word.slice(1)]) CUE_INFO.set(rot47(form).toLowerCase(), { kind: 'rot47', mention: false });
}
for (const word of ROT13_MENTIONS) CUE_INFO.set(word, { kind: 'rot13', mention: true });
for (const word of ATBASH_MENTIONS) CUE_INFO.set(word, { kind: 'atbash', mention: true });
for (const word of ROT47_MENTIONS) CUE_INFO.set(word, { kind: 'rot47', mention: true });
for (const word of REVERSED_MENTIONS) CUE_INFO.set(word, { kind: 'reversed', mention: true });
for (const word of CAESAR_MENTIONS) CUE_INFO.set(word, { kind: 'caesar', mention: true });
/**
 * Instruction words whose other Caesar shifts (not 0 or 13) are cues: long enough that a shifted
 * form is almost never a real word. A subset of `CUE_WORDS`: each word adds 23 literals to the scan
 * regex, which every prompt pays for.
 */
const CAESAR_CUE_WORDS = ['ignore', 'instruction', 'previous', 'disregard', 'system', 'prompt', 'password', 'secret'];
// An existing entry wins, so ROT13 and reversed cues keep their meaning.
for (const word of CAESAR_CUE_WORDS) {
  for (let shift = 1; shift < 26; shift++) {
    if (shift === 13) continue;
    const shifted = caesarShift(word, shift);
    if (!CUE_INFO.has(shifted)) CUE_INFO.set(shifted, { kind: 'caesar', mention: false });
  }
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/** A prefix-factored alternation of literals (printable ASCII; regex syntax escaped). */
function trieSource(words: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (child === undefined) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const alternatives = [...node.next].map(([ch, child]) => ch.replace(/[-\\^$.*+?()[\]{}|/]/g, '\\$&') + emit(child));
    if (alternatives.length === 0) return '';
    const body = alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
    if (!node.end) return body;
    return alternatives.length === 1 ? `(?:${body})?` : `${body}?`;
  };
  return emit(root);
}

/**
 * Any character that is neither a letter nor a digit may separate the letters of a word: ASCII
 * spaces and punctuation, line breaks, Latin-1 symbols, general punctuation (`‧`, `•`, `·`), arrows,
 * math, shapes, dingbats and CJK punctuation, and emoji (surrogate pairs; variation selectors never
 * reach the matching copy). Left out: letter-like symbols (U+2100–214F) and Braille (U+2800–28FF),
 * which stand for letters.
 */
const SEP = `[ \\t\\r\\n._*|~+/\\\\,:;'"=!?#%^&()\\[\\]{}<>\\-\\u00a1-\\u00a9\\u00ab-\\u00b4\\u00b6-\\u00b9\\u00bb-\\u00bf\\u2010-\\u20ff\\u2190-\\u27ff\\u2900-\\u2bff\\u3000-\\u303f\\ud800-\\udfff]`;
const UNIT = '[a-z0-9@$]';
/**
 * At least three single units separated by 1–6 separator units (group 1): six so that a spaced
 * emoji with a skin tone (` 👍🏽 `) still counts as one separator.
 */
const SEPARATED = `([a-z0-9](?:${SEP}{1,6}${UNIT}(?!${UNIT})){2,})`;
// Group numbers: 1 = A1Z26 run, 2 = separated run, 3 = NATO run (see BRANCHES below).

const BEFORE_WORD = `[\\s"'(\\[{<*\\udc00-\\udfff]`;
const CUES = trieSource(CUE_INFO.keys());
/**
 * Four or more NATO spelling words in a row (group 2), each followed by a separator or the end of
 * the word: "india golf november oscar romeo echo".
 */
const NATO_WORD = trieSource(NATO_WORDS.keys());
const NATO_RUN = `((?:${NATO_WORD})(?:[\\s,./|;:-]{1,5}(?:${NATO_WORD})){3,})(?![a-z])`;
/**
 * Four or more numbers 1–26 with short separators (group 3): A1Z26 letters (`9-7-14-15-18-5`). Tried
 * before single-character runs, so `1-2-3-4` is read as numbers, never as a separated word.
 */
const A1Z26_NUMBER = '(?:0?[1-9]|1[0-9]|2[0-6])(?![0-9])';
const A1Z26_RUN = `(${A1Z26_NUMBER}(?:[-.,/_:|+ ]{1,3}${A1Z26_NUMBER}){3,})`;
const BRANCHES = `${A1Z26_RUN}|${SEPARATED}|${NATO_RUN}`;
const WITH_CUES = new RegExp(`${BEFORE_WORD}(?:${BRANCHES}|${CUES})`, 'g');
const RUNS_ONLY = new RegExp(`${BEFORE_WORD}(?:${BRANCHES})`, 'g');
const WITH_CUES_AT_START = new RegExp(`(?:${BRANCHES}|${CUES})`, 'y');
const RUNS_ONLY_AT_START = new RegExp(`(?:${BRANCHES})`, 'y');

/**
 * The cue literals as trigram lists. The cue branch is the last alternative of the pass and matches only
 * these literals, so on a text that holds none of them the pass without it finds the same matches; most
 * prompts hold none (the cues are encoded words), and the cue branch is about 40% of the pass.
 */
const CUE_GATES = [...CUE_INFO.keys()].map(gateLiteral);
const cueGate = new TrigramGate();

/** Whether `matching` may hold a cue literal (false proves it holds none). */
function mayHoldCue(matching: string): boolean {
  cueGate.load(matching);
  return cueGate.mayHoldAny(CUE_GATES);
}

/** What one pass over a matching copy found. */
export interface WordScan {
  /** Separator runs as `[start, end)` pairs, flattened, ascending. */
  runs: number[];
  /** Runs of NATO spelling words as `[start, end)` pairs, flattened, ascending. */
  nato: number[];
  /** Runs of four or more numbers 1–26 (A1Z26 candidates) as `[start, end)` pairs, flattened, ascending. */
  numbers: number[];
  cues: Cue[];
}

const EMPTY_RUNS: number[] = [];
const EMPTY_NATO: number[] = [];
const EMPTY_NUMBERS: number[] = [];
const EMPTY_CUES: Cue[] = [];

/**
 * Finds separator runs, and with `cues` the ROT13/reversed cues (at most `maxCues`), in a lowercased
 * matching copy.
 */
export function scanWords(matching: string, cues: CueSwitches | undefined, maxCues: number): WordScan {
  return scanWith(matching, cues, maxCues, cues !== undefined && mayHoldCue(matching));
}

/** @internal {@link scanWords} with the cue branch always on when `cues` is given (the reference of the gate's test). */
export const scanWordsUngated = (matching: string, cues: CueSwitches | undefined, maxCues: number): WordScan =>
  scanWith(matching, cues, maxCues, cues !== undefined);

function scanWith(matching: string, cues: CueSwitches | undefined, maxCues: number, withCues: boolean): WordScan {
  const scan: WordScan = { runs: EMPTY_RUNS, nato: EMPTY_NATO, numbers: EMPTY_NUMBERS, cues: EMPTY_CUES };
  const atStart = withCues ? WITH_CUES_AT_START : RUNS_ONLY_AT_START;
  atStart.lastIndex = 0;
  const first = atStart.exec(matching);
  if (first !== null) record(scan, first, 0, cues, maxCues);
  const re = withCues ? WITH_CUES : RUNS_ONLY;
  re.lastIndex = first === null ? 0 : first[0].length; // never report the first word twice
  let m: RegExpExecArray | null;
  while ((m = re.exec(matching)) !== null) record(scan, m, 1, cues, maxCues);
  return scan;
}

function record(
  scan: WordScan,
  m: RegExpExecArray,
  lead: number,
  cues: CueSwitches | undefined,
  maxCues: number,
): void {
  const at = m.index + lead;
  if (m[1] !== undefined) {
    if (scan.numbers === EMPTY_NUMBERS) scan.numbers = [];
    scan.numbers.push(at, at + m[1].length);
    return;
  }
  if (m[2] !== undefined) {
    if (scan.runs === EMPTY_RUNS) scan.runs = [];
    scan.runs.push(at, at + m[2].length);
    return;
  }
  if (m[3] !== undefined) {
    if (scan.nato === EMPTY_NATO) scan.nato = [];
    scan.nato.push(at, at + m[3].length);
    return;
  }
  const info = CUE_INFO.get(m[0].slice(lead));
  if (info === undefined || cues === undefined || !cues[info.kind] || scan.cues.length >= maxCues) return;
  if (scan.cues === EMPTY_CUES) scan.cues = [];
  scan.cues.push({ kind: info.kind, index: at, mention: info.mention });
}
