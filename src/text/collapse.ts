/**
 * The keyword copy: leetspeak mapped back (`1gn0r3` → `ignore`) and separators between single
 * letters collapsed (`i.g.n.o.r.e`, `i g n o r e`, `i/g/n/o/r/e`, `i‧g‧n‧o‧r‧e`, `i😀g😀n😀o😀r😀e` →
 * `ignore`; any non-letter, see `wordscan.ts`).
 *
 * Numbers stay numbers: a digit is read as a letter only inside a token where it touches a letter,
 * or inside a collapsed run that has letters. Separator runs come from the word scan
 * (`wordscan.ts`); leet tokens from one regex pass whose hits are only leet characters next to a
 * letter. Tokens longer than 40 characters (hashes, base64) are left alone.
 * @module
 */
import { allocMap } from './buffers.js';

/** Leet characters and the letter they stand for. */
const LEET = new Uint8Array(128);
for (const [from, to] of [
  ['0', 'o'],
  ['1', 'i'],
  ['3', 'e'],
  ['4', 'a'],
  ['5', 's'],
  ['7', 't'],
  ['8', 'b'],
  ['9', 'g'],
  ['@', 'a'],
  ['$', 's'],
  ['!', 'i'],
  ['|', 'l'],
] as const) {
  LEET[from.charCodeAt(0)] = to.charCodeAt(0);
}

/** A leet character next to a letter; digits inside numbers never match, so hits are rare. */
const LEET_TRIGGER = /[0-9@$!|](?:(?<=[a-z].)|(?=[a-z]))/g;

const MAX_LEET_TOKEN = 40;
/** What follows the `@` of an e-mail address. */
const EMAIL_DOMAIN = /^[a-z0-9-]{1,63}\.[a-z]/;

function isLetter(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
function isToken(c: number): boolean {
  return isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x40 || c === 0x24;
}

interface Edit {
  start: number;
  end: number;
  /** Replacement text. */
  text: string;
  /** Per replacement character, the matching index it stands for; absent when 1:1 with the span. */
  from: number[] | undefined;
}

function deleet(c: number): number {
  return c < 128 && LEET[c] !== 0 ? LEET[c]! : c;
}

function separatedEdits(matching: string, runs: readonly number[], edits: Edit[]): void {
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r]!;
    const end = runs[r + 1]!;
    // Units are single characters; a word of mostly digits is a number, date or version
    // ("1.2.3", "3/4/5", "1 2 3"), never glued together (see `wordHasLetters`). A run without a
    // letter is skipped before any work.
    let anyLetter = false;
    for (let i = start; i < end && !anyLetter; i++) anyLetter = isLetter(matching.charCodeAt(i));
    if (!anyLetter) continue;
    // The most frequent separator is the run's own; any other (a double space, " / ") splits words.
    const at: number[] = [];
    const seps: string[] = [];
    const counts = new Map<string, number>();
    for (let i = start; i < end; ) {
      at.push(i);
      let j = i + 1;
      while (j < end && !isToken(matching.charCodeAt(j))) j++;
      if (j < end) {
        const sep = matching.slice(i + 1, j);
        seps.push(sep);
        counts.set(sep, (counts.get(sep) ?? 0) + 1);
      }
      i = j;
    }
    let own = '';
    let best = 0;
    for (const [sep, count] of counts) {
      if (count > best) {
        own = sep;
        best = count;
      }
    }
    // A separator seen once is an operator or a list between two letters ("x = a + b"), not a word.
    if (best < 2) continue;
    // Words are units joined by the own separator; a word of one or two units ("x = a", the "my" of
    // "i g n o r e  m y  r u l e s") is collapsed only when the run also has a word of three or more.
    const words: Array<[number, number]> = [];
    let first = 0;
    for (let u = 0; u < at.length; u++) {
      if (u === at.length - 1 || seps[u] !== own) {
        words.push([first, u + 1]);
        first = u + 1;
      }
    }
    let long = false;
    for (const [a, b] of words) if (b - a >= 3 && wordHasLetters(matching, at, a, b)) long = true;
    if (!long) continue;
    let edit: Edit | undefined;
    for (const [a, b] of words) {
      if (b - a < 2 || !wordHasLetters(matching, at, a, b)) {
        if (edit !== undefined) edits.push(edit);
        edit = undefined;
        continue;
      }
      if (edit === undefined) edit = { start: at[a]!, end: 0, text: '', from: [] };
      else {
        // The separator between two collapsed words becomes one space.
        edit.text += ' ';
        edit.from!.push(at[a - 1]! + 1);
      }
      for (let u = a; u < b; u++) {
        edit.text += String.fromCharCode(deleet(matching.charCodeAt(at[u]!)));
        edit.from!.push(at[u]!);
      }
      edit.end = at[b - 1]! + 1;
    }
    if (edit !== undefined) edits.push(edit);
  }
}

/** Whether the units `at[a..b)` are at least half letters (leet digits need letters around them). */
function wordHasLetters(matching: string, at: readonly number[], a: number, b: number): boolean {
  let letters = 0;
  for (let u = a; u < b; u++) if (isLetter(matching.charCodeAt(at[u]!))) letters++;
  return letters * 2 >= b - a;
}

function leetEdits(matching: string, edits: Edit[]): void {
  // Separator runs are already handled; leet tokens inside them are skipped.
  let e = 0;
  LEET_TRIGGER.lastIndex = 0;
  const n = matching.length;
  const out: Edit[] = [];
  let m: RegExpExecArray | null;
  while ((m = LEET_TRIGGER.exec(matching)) !== null) {
    const at = m.index;
    const c = matching.charCodeAt(at);
    if (LEET[c] === 0) continue;
    const before = at > 0 ? matching.charCodeAt(at - 1) : 0;
    const after = at + 1 < n ? matching.charCodeAt(at + 1) : 0;
    const punct = c === 0x21 || c === 0x7c; // '!' and '|' only between two letters
    if (punct ? !(isLetter(before) && isLetter(after)) : !(isLetter(before) || isLetter(after))) continue;
    if (c === 0x40 && EMAIL_DOMAIN.test(matching.slice(at + 1, at + 66))) continue; // an address, not `@` for `a`
    while (e < edits.length && edits[e]!.end <= at) e++;
    if (e < edits.length && edits[e]!.start <= at) {
      LEET_TRIGGER.lastIndex = edits[e]!.end;
      continue;
    }
    let start = at;
    while (start > 0 && isTokenOrInnerPunct(matching, start - 1)) start--;
    let end = at + 1;
    while (end < n && isTokenOrInnerPunct(matching, end)) end++;
    if (e < edits.length) end = Math.min(end, edits[e]!.start);
    if (end - start > MAX_LEET_TOKEN) {
      LEET_TRIGGER.lastIndex = end;
      continue;
    }
    if (e > 0) start = Math.max(start, edits[e - 1]!.end);
    if (out.length > 0) start = Math.max(start, out[out.length - 1]!.end);
    // A leet word has about as many letters as stand-ins ("1gn0r3", "h4x0r"); a token of mostly
    // digits is a code or a number with a unit ("u0069", "x64", "mp3"), read as it is.
    let letters = 0;
    let digits = 0;
    for (let i = start; i < end; i++) {
      const c = matching.charCodeAt(i);
      if (isLetter(c)) letters++;
      else if (c >= 0x30 && c <= 0x39) digits++;
    }
    if (digits > letters + 1) {
      LEET_TRIGGER.lastIndex = end;
      continue;
    }
    let text = '';
    for (let i = start; i < end; i++) text += String.fromCharCode(deleet(matching.charCodeAt(i)));
    out.push({ start, end, text, from: undefined });
    LEET_TRIGGER.lastIndex = end;
  }
  if (out.length === 0) return;
  if (edits.length === 0) {
    for (const edit of out) edits.push(edit);
    return;
  }
  const merged = [...edits, ...out].sort((a, b) => a.start - b.start);
  edits.length = 0;
  for (const edit of merged) edits.push(edit);
}

function isTokenOrInnerPunct(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (isToken(c)) return true;
  if (c !== 0x21 && c !== 0x7c) return false;
  return i > 0 && i + 1 < s.length && isLetter(s.charCodeAt(i - 1)) && isLetter(s.charCodeAt(i + 1));
}

/**
 * Copies `source[from..to)` into `target` at `k`; returns the new `k`. Short spans are copied in a
 * loop: a flood of small edits would otherwise allocate one typed-array view per edit.
 */
function copyMap(source: Uint32Array, from: number, to: number, target: Uint32Array, k: number): number {
  if (to - from > 32) {
    target.set(source.subarray(from, to), k);
    return k + to - from;
  }
  for (let i = from; i < to; i++) target[k++] = source[i]!;
  return k;
}

/** The keyword copy and its map (original offsets), built from the matching copy and its map. */
export function buildCollapsed(
  matching: string,
  matchingMap: Uint32Array,
  runs: readonly number[],
): { collapsed: string; collapsedMap: Uint32Array } {
  const edits: Edit[] = [];
  separatedEdits(matching, runs, edits);
  leetEdits(matching, edits);
  if (edits.length === 0) return { collapsed: matching, collapsedMap: matchingMap };
  let length = matching.length;
  let last = 0;
  for (const edit of edits) {
    if (edit.start < last) continue;
    length += edit.text.length - (edit.end - edit.start);
    last = edit.end;
  }
  const map = allocMap(length + 1);
  const parts: string[] = [];
  let k = 0;
  let copied = 0;
  for (const edit of edits) {
    if (edit.start < copied) continue; // overlaps are not produced; this keeps the map valid if one were
    parts.push(matching.slice(copied, edit.start));
    k = copyMap(matchingMap, copied, edit.start, map, k);
    parts.push(edit.text);
    if (edit.from === undefined) k = copyMap(matchingMap, edit.start, edit.end, map, k);
    else for (const from of edit.from) map[k++] = matchingMap[from]!;
    copied = edit.end;
  }
  parts.push(matching.slice(copied));
  map.set(matchingMap.subarray(copied, matching.length + 1), k);
  return { collapsed: parts.join(''), collapsedMap: map };
}
