/**
 * Letter-substitution codes: A1Z26 numbers (`9-7-14-15-18-5`), NATO spelling words (`India Golf
 * November…`), Braille cells (`⠊⠛⠝`), regional indicator letters (`🇮🇬🇳`), upside-down text
 * (`ǝɹouƃᴉ`) and punycode labels (`xn--…`).
 *
 * Cost model: ordinary prose pays one regex over digits (A1Z26) and nothing else here: NATO runs come
 * from the word scan's single pass, Braille, regional indicators and turned letters are flagged by
 * the normalizer's per-character pass (one bit per character it already looks up), punycode is one
 * native `indexOf`. After a hit, work is linear in the run and bounded by the call's decode budget.
 *
 * Precision: every payload must read as words (`english.ts`): number lists, call signs, flags side
 * by side, Braille art and IPA transcriptions do not. A mention of the code in the message ("a1z26",
 * "nato alphabet", "braille") relaxes that to a natural vowel share, so other languages decode too.
 * @module
 */
import type Punycode from 'punycode.js';
import { lazyRequire } from '../core/lazy-require.js';
import type { Candidate, DecodeBudget } from './decoders.js';
import { readsAsWords } from './english.js';
import { BRAILLE_CAPITAL, BRAILLE_CELLS, BRAILLE_NUMBER, NATO_WORDS, REGIONAL_A, REGIONAL_Z, UPSIDE_DOWN, UPSIDE_DOWN_MARKERS } from './letter-tables.js';

// Loaded when a text first holds an `xn--` label.
const punycode = lazyRequire<typeof Punycode>('punycode.js');

function budgetLeft(budget: DecodeBudget, out: readonly Candidate[]): boolean {
  return budget.candidates > 0 && budget.bytes > 0 && out.length < budget.segments;
}

function round(x: number): number {
  return Math.round(Math.min(1, x) * 100) / 100;
}

function take(budget: DecodeBudget, text: string): string {
  const kept = text.slice(0, Math.max(0, budget.bytes));
  budget.candidates--;
  budget.bytes -= kept.length;
  return kept;
}

/**
 * Joins decoded letters into words: the separator seen most often between letters is the letter
 * separator, any other (a double space, " / ", a line break) is a word break. Separators are
 * compared as strings of at most a few characters, counted in one map.
 */
function joinLetters<K extends string | number>(letters: ArrayLike<string>, seps: readonly K[]): string {
  const counts = new Map<K, number>();
  let own: K | undefined;
  let best = 0;
  for (const sep of seps) {
    const count = (counts.get(sep) ?? 0) + 1;
    counts.set(sep, count);
    if (count > best) {
      own = sep;
      best = count;
    }
  }
  let text = letters[0] ?? '';
  for (let i = 1; i < letters.length; i++) text += seps[i - 1] === own ? letters[i] : ` ${letters[i]}`;
  return text;
}

// ---------------------------------------------------------------------------------------------
// A1Z26

const A1Z26_MENTION = /a1z26|a\s*=\s*1\b|letter numbers|alphabet(?:ical)? (?:position|order|index)|number of each letter/;

/**
 * A1Z26 payloads from the word scan's number runs (`[start, end)` pairs in the matching copy, where
 * fullwidth digits are already folded); spans via its map.
 */
export function a1z26Candidates(matching: string, matchingMap: Uint32Array, runs: readonly number[], budget: DecodeBudget, out: Candidate[]): void {
  let cued: boolean | undefined;
  for (let r = 0; r < runs.length && budgetLeft(budget, out); r += 2) {
    const runStart = runs[r]!;
    const run = matching.slice(runStart, runs[r + 1]);
    let letters = '';
    // Separators are 1-3 ASCII characters: compared as small integer keys, not strings.
    const seps: number[] = [];
    let value = 0;
    let sep = 0;
    for (let i = 0; i <= run.length; i++) {
      const c = i < run.length ? run.charCodeAt(i) : 0x20;
      if (c >= 0x30 && c <= 0x39) {
        if (sep !== 0) {
          seps.push(sep);
          sep = 0;
        }
        value = value * 10 + c - 0x30;
      } else {
        if (value > 0) {
          letters += String.fromCharCode(0x60 + value);
          value = 0;
        }
        sep = sep * 128 + c;
      }
    }
    const text = joinLetters(letters, seps);
    cued ??= A1Z26_MENTION.test(matching);
    const p = readsAsWords(text, cued);
    if (p === 0) continue;
    out.push({
      start: matchingMap[runStart]!,
      end: matchingMap[runStart + run.length]!,
      encoding: 'a1z26',
      text: take(budget, text),
      score: round(0.3 + 0.5 * p),
      report: true,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// NATO spelling alphabet

const NATO_TOKEN = /[a-z]+(?:-ray)?|[^a-z]{1,8}/y;
const NATO_MENTION = /\bnato\b|phonetic alphabet|spelling alphabet|icao alphabet/;
/** Words spelled out between NATO letters for a word break ("Echo (space) Tango"). */
const NATO_BREAKS: ReadonlySet<string> = new Set(['space', 'stop', 'break']);
/** Characters allowed between two NATO words of one run (the word scan's separators, and brackets). */
const NATO_GLUE = /^[\s,./|;:()-]*$/;

/**
 * NATO payloads from the word scan's runs (`[start, end)` pairs in the matching copy, four spelling
 * words or more). A run is read on past its end over shorter stretches of spelling words and spelled
 * word breaks ("Yankee (space) Romeo"), so one payload is one candidate.
 */
export function natoCandidates(matching: string, matchingMap: Uint32Array, runs: readonly number[], budget: DecodeBudget, out: Candidate[]): void {
  let cued: boolean | undefined;
  let floor = 0;
  for (let r = 0; r < runs.length && budgetLeft(budget, out); r += 2) {
    const start = runs[r]!;
    if (start < floor) continue;
    const letters: string[] = [];
    const seps: string[] = [];
    let sep = '';
    let end = start;
    NATO_TOKEN.lastIndex = start;
    let w: RegExpExecArray | null;
    while (end - start < MAX_RUN && (w = NATO_TOKEN.exec(matching)) !== null) {
      const token = w[0];
      const letter = NATO_WORDS.get(token);
      if (letter !== undefined) {
        if (letters.length > 0) seps.push(sep);
        sep = '';
        letters.push(letter);
        end = w.index + token.length;
      } else if (NATO_BREAKS.has(token)) sep += ' / ';
      else if (NATO_GLUE.test(token)) sep += token;
      else break;
    }
    floor = end;
    const text = joinLetters(letters, seps);
    cued ??= NATO_MENTION.test(matching);
    const p = readsAsWords(text, cued);
    if (p === 0) continue;
    out.push({ start: matchingMap[start]!, end: matchingMap[end]!, encoding: 'nato', text: take(budget, text), score: round(0.3 + 0.5 * p), report: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Braille, regional indicators, upside-down: runs on the original text

/** Longest run examined, in UTF-16 units. */
const MAX_RUN = 16_384;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

const BRAILLE_MENTION = /braille|брайл|ब्रेल|点字|점자/i;
/** Cell dot mask → character, and → digit for a–j after the number sign. */
const BRAILLE_CHAR: Array<string | undefined> = new Array<string | undefined>(256);
const BRAILLE_DIGIT: Array<string | undefined> = new Array<string | undefined>(256);
for (const [dots, ch] of BRAILLE_CELLS) {
  BRAILLE_CHAR[dots] = ch;
  if (ch >= 'a' && ch <= 'j') BRAILLE_DIGIT[dots] = String((ch.charCodeAt(0) - 0x60) % 10);
}

/** Braille payloads: maximal runs of Braille cells and spaces; at least 85% of the cells must be known. */
export function brailleCandidates(text: string, budget: DecodeBudget, out: Candidate[]): void {
  const n = text.length;
  let cued: boolean | undefined;
  let i = 0;
  while (i < n && budgetLeft(budget, out)) {
    const c = text.charCodeAt(i);
    if (c < 0x2800 || c > 0x28ff) {
      i++;
      continue;
    }
    const start = i;
    let end = i;
    let cells = 0;
    let known = 0;
    let number = false;
    const parts: string[] = [];
    while (i < n && i - start < MAX_RUN) {
      const u = text.charCodeAt(i);
      if (u >= 0x2800 && u <= 0x28ff) {
        const dots = u - 0x2800;
        cells++;
        end = i + 1;
        const ch = BRAILLE_CHAR[dots];
        if (dots === BRAILLE_CAPITAL) known++;
        else if (dots === BRAILLE_NUMBER) {
          known++;
          number = true;
        } else if (ch !== undefined) {
          known++;
          // After the number sign, a–j are the digits 1–9, 0.
          const digit = number ? BRAILLE_DIGIT[dots] : undefined;
          parts.push(digit ?? ch);
          if (digit === undefined) number = false;
        } else {
          parts.push('\ufffd');
          number = false;
        }
      } else if (isSpace(u)) {
        parts.push(' ');
        number = false;
      } else break;
      i++;
    }
    if (cells < 4 || known < 0.85 * cells) continue;
    const decoded = parts.join('').trim();
    cued ??= BRAILLE_MENTION.test(text);
    const p = readsAsWords(decoded, cued);
    if (p === 0) continue;
    out.push({ start, end, encoding: 'braille', text: take(budget, decoded), score: round(0.4 + 0.5 * p), report: true });
  }
}

/** Invisible characters put between regional indicators so that neighbours do not render as flags. */
function isFlagBreaker(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfe0f;
}

/**
 * Regional-indicator payloads: runs of 🇦–🇿 with spaces or invisible flag breakers between them, read
 * as letters (a lone flag is two letters, never enough). The separator seen most often is the one
 * between letters (none, a space, a zero-width space), any other is a word break.
 */
export function regionalCandidates(text: string, budget: DecodeBudget, out: Candidate[]): void {
  const n = text.length;
  let i = 0;
  while (i < n && budgetLeft(budget, out)) {
    const cp = text.codePointAt(i)!;
    if (cp < REGIONAL_A || cp > REGIONAL_Z) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let end = i;
    let letters = '';
    const seps: string[] = [];
    let sep = '';
    while (i < n && i - start < MAX_RUN) {
      const u = text.codePointAt(i)!;
      if (u >= REGIONAL_A && u <= REGIONAL_Z) {
        if (letters.length > 0) seps.push(sep);
        sep = '';
        letters += String.fromCharCode(0x61 + u - REGIONAL_A);
        i += 2;
        end = i;
      } else if ((isSpace(u) || isFlagBreaker(u)) && sep.length < 8) {
        // Spaces are told apart by count; breakers all stand for "no space".
        sep += isSpace(u) ? ' ' : '';
        i++;
      } else break;
    }
    i = Math.max(i, end);
    const decoded = joinLetters(letters, seps);
    const p = readsAsWords(decoded, false);
    if (p === 0) continue;
    out.push({ start, end, encoding: 'regional_indicators', text: take(budget, decoded.trim()), score: round(0.4 + 0.5 * p), report: true });
  }
}

/**
 * Per UTF-16 unit: 1 for a marker (a turned letter ordinary text does not use), 2 for another
 * character a turned text holds (turned letters, the ASCII letters whose turn is themselves or each
 * other: `u n d p b q l o s x z` in either case), 3 for spaces and punctuation; 0 ends a run.
 */
const TURNED_CLASS = new Uint8Array(0x10000);
/** Per UTF-16 unit, the letter a turned character stands for. */
const TURNED_LETTER: Array<string | undefined> = new Array<string | undefined>(0x10000);
for (const ch of 'undpbqlosxzUNDPBQLOSXZ') TURNED_CLASS[ch.charCodeAt(0)] = 2;
for (const [turned, letter] of UPSIDE_DOWN) {
  TURNED_CLASS[turned.charCodeAt(0)] ||= 2;
  TURNED_LETTER[turned.charCodeAt(0)] = letter;
}
for (const cp of UPSIDE_DOWN_MARKERS) TURNED_CLASS[cp] = 1;
for (const ch of " ,'-\u00a1\u00bf\u02d9") TURNED_CLASS[ch.charCodeAt(0)] ||= 3;

function wordEnd(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && text.charCodeAt(i) !== 0x20) i++;
  return i;
}

function nextWord(text: string, from: number, end: number): number {
  let i = wordEnd(text, from, end);
  while (i < end && text.charCodeAt(i) === 0x20) i++;
  return i;
}

/** Whether the word at `from` holds a character that only turned text uses (anything beyond ASCII). */
function isTurnedWord(text: string, from: number): boolean {
  for (let i = from; i < text.length && text.charCodeAt(i) !== 0x20; i++) if (text.charCodeAt(i) >= 0x80) return true;
  return false;
}

/**
 * Upside-down payloads. A run is a maximal stretch of turned letters, the ASCII letters a turned text
 * can hold (`u n d p b q l o s x z`, whose turns are themselves or each other) and spaces; English
 * letters like `a e t r i` never occur in one, so the run stops at ordinary words. It needs two
 * turned letters that ordinary text does not use; it is read both as written and backwards (most
 * generators also reverse the line) and the reading with more known words is kept.
 */
export function upsideDownCandidates(text: string, budget: DecodeBudget, out: Candidate[]): void {
  const n = text.length;
  let i = 0;
  let floor = 0;
  while (i < n && budgetLeft(budget, out)) {
    if (TURNED_CLASS[text.charCodeAt(i)] !== 1) {
      i++;
      continue;
    }
    // Back up over the run's start (turned ASCII letters and spaces before the first marker), never
    // into the previous run: each character is read at most twice.
    let start = i;
    while (start > floor && start > i - MAX_RUN && TURNED_CLASS[text.charCodeAt(start - 1)] !== 0) start--;
    let markers = 0;
    let j = start;
    while (j < n && j - start < MAX_RUN) {
      const cls = TURNED_CLASS[text.charCodeAt(j)];
      if (cls === 0) break;
      if (cls === 1) markers++;
      j++;
    }
    i = Math.max(j, i + 1);
    floor = i;
    if (markers < 2) continue;
    // The run starts at its first word with a turned letter and ends after its last one: plain
    // ASCII words at its edges ("no", "so do") are ordinary text next to it.
    let first = start;
    while (first < j && !isTurnedWord(text, first)) first = nextWord(text, first, j);
    let end = first;
    for (let w = first; w < j; w = nextWord(text, w, j)) if (isTurnedWord(text, w)) end = wordEnd(text, w, j);
    const parts: string[] = [];
    for (let k = first; k < end; k++) {
      const c = text.charCodeAt(k);
      parts.push(TURNED_LETTER[c] ?? text[k]!);
    }
    const forward = parts.join('');
    const backward = parts.reverse().join('');
    const pf = readsAsWords(forward, false);
    const pb = readsAsWords(backward, false);
    if (pf === 0 && pb === 0) continue;
    const decoded = pb >= pf ? backward : forward;
    out.push({ start: first, end, encoding: 'upside_down', text: take(budget, decoded), score: round(0.4 + 0.5 * Math.max(pf, pb)), report: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Punycode

/** Longest punycode label decoded (DNS allows 63; smuggled text may be longer, decoding is quadratic in it). */
const MAX_LABEL = 256;
const MAX_LABELS = 127;

function isLabelUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f;
}

/** Decodes the `xn--` labels of one dotted name; undefined when none decodes. */
function decodeName(name: string): { labels: string[]; decoded: number } | undefined {
  let decoded = 0;
  // A name has at most 127 labels; a longer dotted run is decoded for its first ones only.
  const labels = name.split('.', MAX_LABELS).map((label) => {
    if (!label.startsWith('xn--') || label.length <= 5 || label.length > MAX_LABEL) return label;
    try {
      const plain = punycode().decode(label.slice(4));
      if (plain === '' || plain === label.slice(4)) return label;
      decoded++;
      return plain;
    } catch {
      return label;
    }
  });
  return decoded > 0 ? { labels, decoded } : undefined;
}

/** Decoded labels from which a run of punycode reads as words, not as a domain name. */
const WORDS_FROM = 3;

/**
 * Punycode payloads (`xn--` labels, RFC 3492, decoded by `punycode.js`), on the matching copy: each
 * dotted name is decoded label by label, and names one space or line break apart are one payload. A
 * payload of three labels or more is a text spelled as labels (`xn--gnore-m2e xn--th-olc …`, or one
 * word per dotted label): it is read as words, one space between labels. Not reported: internationalized
 * domain names are ordinary; the decoded name is scanned, and a look-alike domain (`xn--80ak6aa92e` =
 * `аррӏе` in Cyrillic) shows as a homoglyph detection of the decoded text.
 */
export function punycodeCandidates(matching: string, matchingMap: Uint32Array, budget: DecodeBudget, out: Candidate[]): void {
  let from = 0;
  let group: { start: number; end: number; labels: string[]; decoded: number } | undefined;
  const flush = (): void => {
    if (group === undefined || !budgetLeft(budget, out)) return;
    const { start, end, labels, decoded } = group;
    group = undefined;
    const text = decoded >= WORDS_FROM ? labels.join(' ') : labels.join('.');
    out.push({ start: matchingMap[start]!, end: matchingMap[end]!, encoding: 'punycode', text: take(budget, text), score: 0.3, report: false });
  };
  for (;;) {
    const at = matching.indexOf('xn--', from);
    if (at < 0 || !budgetLeft(budget, out)) break;
    let start = at;
    while (start > 0 && (isLabelUnit(matching.charCodeAt(start - 1)) || matching.charCodeAt(start - 1) === 0x2e)) start--;
    let end = at + 4;
    while (end < matching.length && (isLabelUnit(matching.charCodeAt(end)) || (matching.charCodeAt(end) === 0x2e && isLabelUnit(matching.charCodeAt(end + 1))))) end++;
    from = end;
    while (start < at && matching.charCodeAt(start) === 0x2e) start++;
    const name = decodeName(matching.slice(start, end));
    if (name === undefined) continue;
    if (group !== undefined && start - group.end <= 2 && isSpace2(matching, group.end, start)) {
      for (const label of name.labels) group.labels.push(label);
      group.decoded += name.decoded;
      group.end = end;
    } else {
      flush();
      group = { start, end, ...name };
    }
  }
  flush();
}

/** Whether `text[from, to)` is whitespace only (a space or a line break between two names). */
function isSpace2(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return false;
  }
  return true;
}
