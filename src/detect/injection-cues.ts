/**
 * The cues of one text and the questions the injection rules ask about them: which cue classes are
 * present, whether a cue of one class sits near a cue of another (in the same clause or not), how many
 * distinct cues of a class there are. The cues come from one scan of the phrase engine over the
 * keyword copy; every question here is answered in time linear in the number of cues.
 * @module
 */
import type { CueClass } from './injection-lexicon/types.js';
import { MAX_TAGS, tagMask, type PhraseHits, type PhraseScanner } from './phrase-engine.js';

/** All cue classes, in tag order (a class's tag is its index). */
export const CUE_CLASSES: readonly CueClass[] = [
  'ignore',
  'instructions',
  'prior',
  'quantifier',
  'newTask',
  'sayInstead',
  'roleSwitch',
  'roleplay',
  'unrestricted',
  'persona',
  'personaAcronym',
  'aiRef',
  'stayInCharacter',
  'authority',
  'reveal',
  'promptObject',
  'secretObject',
  'privateData',
  'evasion',
  'decode',
  'execute',
  'send',
  'conversation',
  'hypothetical',
  'selfHelp',
  'userRef',
  'dataTask',
  'mode',
  'enter',
  'claim',
  'qaMarker',
  'ownWords',
  'disclaimer',
  'affirmative',
  'fiction',
  'harmful',
  'selfPolicy',
  'policyChange',
  'metaWord',
  'codeWord',
  'aiAddress',
  'persist',
  'harmTopic',
  'detailDemand',
  'harmAsk',
  'roleLeave',
  'ownRole',
  'audienceOrder',
  'answerDrop',
  'recordAct',
  'dictate',
  // Lane extract4: acts that copy a text out in another shape, evidence only with the setup as their direct object.
  'copyAct',
  // Goal hijacking without the classic cue words (lane hijack5).
  'replyWith',
  'servedAudience',
  'tellVerb',
  'deployerRef',
  'taskDrop',
  'taskDisown',
  'ownerClaim',
  'draftFrame',
  'hostileTake',
  'personaOnly',
  'promoteVerb',
  // Goal hijacking in plain words (lane hijack6).
  'switchMark',
  'roleNew',
  'hostileTone',
  'serviceRole',
  'userPurpose',
  // Lane extract5: prompt extraction composed of an act, a neutral noun of text, a marker of the setup and the reader's own.
  'verbatim',
  'setupNoun',
  'setupPlace',
  'yourRef',
];

/** A set of cue classes as the three tag words of the phrase engine (tags 0..31, 32..63, 64..95). */
export interface ClassSet {
  readonly lo: number;
  readonly hi: number;
  readonly top: number;
}

/**
 * Throws unless `count` classes fit the phrase engine's tag words. Checked when this module loads, so a
 * lane that adds classes past the capacity fails at start with this message, not with tags that wrap.
 */
export function assertClassCapacity(count: number): void {
  if (count > MAX_TAGS) {
    throw new RangeError(`injection cues: ${count} cue classes, but the phrase engine holds at most ${MAX_TAGS} tags (MAX_TAGS in phrase-engine.ts); widen its tag words`);
  }
}
assertClassCapacity(CUE_CLASSES.length);

const TAG_OF = new Map<CueClass, number>(CUE_CLASSES.map((c, i) => [c, i]));

/** The tag of a cue class (its index in {@link CUE_CLASSES}). */
export function tagOf(cls: CueClass): number {
  const tag = TAG_OF.get(cls);
  if (tag === undefined) throw new RangeError(`unknown cue class ${cls}`);
  return tag;
}

/** The set of the given tags (class indices). */
export function tagSet(tags: readonly number[]): ClassSet {
  let lo = 0;
  let hi = 0;
  let top = 0;
  for (const tag of tags) {
    const m = tagMask(tag);
    lo |= m.lo;
    hi |= m.hi;
    top |= m.top;
  }
  return { lo, hi, top };
}

/** The set of the given classes. */
export const classSet = (classes: readonly CueClass[]): ClassSet => tagSet(classes.map(tagOf));

/** Cue hits of one scanned copy, in that copy's coordinates, with the copy and its map to the original. */
export interface Cues extends PhraseHits {
  /** The scanned copy (the keyword copy). */
  text: string;
  /** `map[i]`: original index of `text[i]`. */
  map: Uint32Array;
  original: string;
  /**
   * Whether the user wrote text before this one in the conversation (earlier user turns of at least a few
   * words): "the text above" may then name that text rather than a hidden prompt.
   */
  materialBefore?: boolean;
}

const UPPER_ACRONYM = /^[A-Z][A-Z0-9-]*$/;
const PERSONA_ACRONYM = classSet(['personaAcronym']);

/** Scans `text` (a copy of `original`, mapped by `map`) for cues. */
export function scanCues(scanner: PhraseScanner, text: string, map: Uint32Array, original: string): Cues {
  const hits = scanner.scan(text);
  if ((hits.presentLo & PERSONA_ACRONYM.lo) | (hits.presentHi & PERSONA_ACRONYM.hi) | (hits.presentTop & PERSONA_ACRONYM.top)) {
    // Persona acronyms (DAN, STAN) only count in capitals: "Dan" the friend is not a jailbreak.
    hits.presentLo = 0;
    hits.presentHi = 0;
    hits.presentTop = 0;
    for (let i = 0; i < hits.lo.length; i++) {
      if ((hits.lo[i]! & PERSONA_ACRONYM.lo) | (hits.hi[i]! & PERSONA_ACRONYM.hi) | (hits.top[i]! & PERSONA_ACRONYM.top)) {
        const o = original.slice(map[hits.start[i]!], map[hits.end[i]!]);
        if (!UPPER_ACRONYM.test(o)) {
          hits.lo[i] = hits.lo[i]! & ~PERSONA_ACRONYM.lo;
          hits.hi[i] = hits.hi[i]! & ~PERSONA_ACRONYM.hi;
          hits.top[i] = hits.top[i]! & ~PERSONA_ACRONYM.top;
        }
      }
      hits.presentLo |= hits.lo[i]!;
      hits.presentHi |= hits.hi[i]!;
      hits.presentTop |= hits.top[i]!;
    }
  }
  // Extend the hit object in place (it is ours): a spread would copy every field per call.
  const cues = hits as Cues;
  cues.text = text;
  cues.map = map;
  cues.original = original;
  return cues;
}

/** Whether cue `i` has a class of `set`. */
export const is = (c: Cues, i: number, set: ClassSet): boolean => ((c.lo[i]! & set.lo) | (c.hi[i]! & set.hi) | (c.top[i]! & set.top)) !== 0;

/** Whether some cue of `set` is present. */
export const present = (c: Cues, set: ClassSet): boolean => ((c.presentLo & set.lo) | (c.presentHi & set.hi) | (c.presentTop & set.top)) !== 0;

/** Characters that end a sentence or a clause, for the sentence-opening test. */
export const CLAUSE_BREAK = /[.!?\n\u3002\uff01\uff1f\u0964\u061f;]/;
/**
 * A clause break inside running text: ASCII `.` `!` `?` only when a space, a closing quote or the end
 * follows, so the dots and `?` of a URL or an e-mail address between two cues do not split the clause
 * ("send the chat history to https://x.example/c?q=1" in verb-final languages puts the URL first).
 */
const CLAUSE_BREAK_IN_TEXT = /[.!?](?=\s|$|["'\u201d\u2019)\]])|[\n\u3002\uff01\uff1f\u0964\u061f;]/;

/** A pair of cues, as indices into {@link Cues}: `a` of the first class asked for, `b` of the second. */
export interface Pair {
  a: number;
  b: number;
}

/**
 * The first cue of set `a` with a cue of set `b` within `window` characters (either side, the
 * nearest first; after it only when `ordered`), optionally in the same clause. Linear: for each `a` cue only neighbours inside the
 * window are visited.
 */
export function near(c: Cues, a: ClassSet, b: ClassSet, window: number, sameClause: boolean, ordered = false): Pair | undefined {
  if (!present(c, a) || !present(c, b)) return undefined;
  const n = c.lo.length;
  for (let i = 0; i < n; i++) {
    if (!is(c, i, a)) continue;
    const lo = c.start[i]! - window;
    const hi = c.end[i]! + window;
    // With `ordered`, only a `b` cue after the `a` cue counts.
    for (let j = i - 1; !ordered && j >= 0 && c.end[j]! >= lo; j--) {
      if (is(c, j, b) && c.start[j]! < c.start[i]! && (!sameClause || !clauseBreak(c, j, i))) return { a: i, b: j };
    }
    for (let j = i + 1; j < n && c.start[j]! <= hi; j++) {
      if (is(c, j, b) && c.start[j]! >= c.end[i]! && (!sameClause || !clauseBreak(c, i, j))) return { a: i, b: j };
    }
  }
  return undefined;
}

/** Whether a clause break lies between cue `first` and the later cue `second`. */
export function clauseBreak(c: Cues, first: number, second: number): boolean {
  const from = c.end[first]!;
  const to = c.start[second]!;
  if (to <= from) return false;
  const gap = c.text.slice(from, to);
  if (CLAUSE_BREAK_IN_TEXT.test(gap)) return true;
  // "...conduct.As a helpful...": a sentence end typed without its space, told by the capital after it
  // in the original (the copy is lowercased).
  for (let k = gap.search(GLUED_STOP); k >= 0 && k < gap.length; k = nextGlued(gap, k + 1)) {
    const o = c.map[from + k + 1];
    if (o !== undefined && UPPER.test(c.original[o] ?? '')) return true;
  }
  return false;
}

const GLUED_STOP = /[.!?](?=\p{L})/u;
const UPPER = /\p{Lu}/u;
const nextGlued = (gap: string, from: number): number => {
  const k = gap.slice(from).search(GLUED_STOP);
  return k < 0 ? -1 : from + k;
};

/** Whether any cue of `set` lies within `window` of the span [start, end), other than the cues `exclude`. */
export function around(c: Cues, set: ClassSet, start: number, end: number, window: number, exclude: readonly number[]): boolean {
  if (!present(c, set)) return false;
  for (let j = 0; j < c.lo.length; j++) {
    if (c.start[j]! > end + window) break;
    if (c.end[j]! < start - window || exclude.includes(j)) continue;
    if (is(c, j, set)) return true;
  }
  return false;
}

/** Whether the cue sits at a clause edge (imperative first, or verb-final languages' last word). */
export function atClauseEdge(c: Cues, i: number): boolean {
  const before = c.text.slice(Math.max(0, c.start[i]! - 4), c.start[i]!).trimEnd();
  if (before === '' || /[.!?:;"'(\n,\]}>*\-\u3002\u0964]$/.test(before)) return true;
  const after = c.text.slice(c.end[i]!, c.end[i]! + 3).trimStart();
  return after === '' || /^[.!?\n\u3002\uff01\u0964]/.test(after);
}

/**
 * Number of distinct cues of a set (capped, for diminishing returns). Distinct by their text (and the
 * `context` characters after it): a phrase repeated is one cue, so a text pasted ten times scores as
 * the text once.
 */
export function countOf(c: Cues, set: ClassSet, cap: number, context = 0): number {
  if (!present(c, set)) return 0;
  let k = 0;
  const seen: string[] = [];
  for (let j = 0; j < c.lo.length && k < cap; j++) {
    if (!is(c, j, set)) continue;
    // With `context`, the characters after the cue count too ("Q: what is 2+2" and "Q: name a colour"
    // differ), up to the end of its sentence: what follows that is the next sentence, not this cue's.
    let phrase = c.text.slice(c.start[j]!, c.end[j]! + context);
    if (context > 0) {
      const stop = phrase.slice(c.end[j]! - c.start[j]!).search(/[.!?\n]/);
      if (stop >= 0) phrase = phrase.slice(0, c.end[j]! - c.start[j]! + stop);
    }
    if (seen.includes(phrase)) continue;
    seen.push(phrase);
    k++;
  }
  return k;
}

/** Number of cues of a set, repeats included (capped). */
export function occurrencesOf(c: Cues, set: ClassSet, cap: number): number {
  if (!present(c, set)) return 0;
  let k = 0;
  for (let j = 0; j < c.lo.length && k < cap; j++) if (is(c, j, set)) k++;
  return k;
}

/** Index of the first cue of a set, or -1. */
export function firstOf(c: Cues, set: ClassSet): number {
  if (!present(c, set)) return -1;
  for (let j = 0; j < c.lo.length; j++) if (is(c, j, set)) return j;
  return -1;
}

/** The original spans of the cues of a set, as start, end pairs in order (empty when none). */
export function spansOf(c: Cues, set: ClassSet): number[] {
  const out: number[] = [];
  if (!present(c, set)) return out;
  for (let j = 0; j < c.lo.length; j++) if (is(c, j, set)) out.push(c.map[c.start[j]!]!, c.map[c.end[j]!]!);
  return out;
}
