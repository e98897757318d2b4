/**
 * Compiles lexicon phrases into one trie-shaped regular expression (built once, in the detector
 * factory) and classifies each match by walking the same trie. A trie keeps the alternation
 * prefix-factored, so the regex engine rejects most positions after one or two characters; every
 * quantifier is bounded and nothing is nested, so matching stays linear on adversarial input.
 * @module
 */
import type { CueClass } from './injection-lexicon/types.js';

/** All cue classes, in bit order. */
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
];

/** Bit of each class in a cue mask. */
export const CUE_BIT: Readonly<Record<CueClass, number>> = Object.fromEntries(
  CUE_CLASSES.map((c, i) => [c, 1 << i]),
) as Record<CueClass, number>;

// Trie tokens: a run of whitespace and an apostrophe are tokens of their own.
const WS = ' ';
const APOS = "'";
const MAX_STEM = 6;
const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '\u02bc', '`', '\u00b4']);

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Class mask when a phrase ends exactly here. */
  exact: number;
  /** Class mask when a stem phrase (`word*`) ends here. */
  stem: number;
}

function newNode(): TrieNode {
  return { children: new Map(), exact: 0, stem: 0 };
}

/** One phrase ready for insertion: canonical text, class mask, stem flag. */
export interface PhraseEntry {
  text: string;
  mask: number;
  stem: boolean;
}

/** A compiled phrase set: the regex source and a classifier for its matches. */
export interface PhraseTrie {
  readonly source: string;
  /** Class mask of a matched string, 0 when it is not a phrase of this trie. */
  classify(match: string): number;
}

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    if (/\s/.test(ch)) {
      if (out[out.length - 1] !== WS) out.push(WS);
    } else out.push(APOSTROPHES.has(ch) ? APOS : ch);
  }
  while (out[0] === WS) out.shift();
  while (out[out.length - 1] === WS) out.pop();
  return out;
}

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * Builds a trie over `entries`. With `spaced`, phrases must start and end on word boundaries
 * (letters, marks and digits count as word characters); without, they match anywhere.
 */
export function compilePhrases(entries: readonly PhraseEntry[], spaced: boolean): PhraseTrie | undefined {
  const root = newNode();
  let count = 0;
  for (const entry of entries) {
    const toks = tokens(entry.text);
    if (toks.length === 0) continue;
    let node = root;
    for (const t of toks) {
      let next = node.children.get(t);
      if (next === undefined) {
        next = newNode();
        node.children.set(t, next);
      }
      node = next;
    }
    if (entry.stem) node.stem |= entry.mask;
    else node.exact |= entry.mask;
    count++;
  }
  if (count === 0) return undefined;

  const wordChar = '[\\p{L}\\p{M}\\p{N}]';
  const endBoundary = spaced ? `(?!${wordChar})` : '';
  const tokenSource = (t: string): string => (t === WS ? '\\s{1,3}' : t === APOS ? "['\u2019\u2018\u02bc`\u00b4]" : escapeChar(t));

  const emit = (node: TrieNode): string => {
    const alts: string[] = [];
    // Longer continuations first so the engine prefers the longest phrase.
    for (const [t, child] of node.children) alts.push(tokenSource(t) + emit(child));
    if (node.stem !== 0) alts.push(`\\p{L}{0,${MAX_STEM}}${endBoundary}`);
    else if (node.exact !== 0) alts.push(endBoundary);
    if (alts.length === 1) return alts[0]!;
    return `(?:${alts.join('|')})`;
  };

  const firstAlts: string[] = [];
  for (const [t, child] of root.children) {
    // The start boundary is checked after the first character matched (cheap: only at candidate
    // positions): the character before it must not be a word character.
    const lead = spaced ? `${tokenSource(t)}(?<!${wordChar}.)` : tokenSource(t);
    firstAlts.push(lead + emit(child));
  }
  const source = firstAlts.join('|');

  const classify = (match: string): number => {
    const toks = tokens(match);
    let node: TrieNode | undefined = root;
    let stemMask = 0;
    let stemDepth = -1;
    let i = 0;
    for (; i < toks.length && node !== undefined; i++) {
      node = node.children.get(toks[i]!);
      if (node !== undefined && node.stem !== 0) {
        stemMask = node.stem;
        stemDepth = i + 1;
      }
    }
    if (node !== undefined && i === toks.length) {
      const mask = node.exact | node.stem;
      if (mask !== 0) return mask;
    }
    return stemDepth >= 0 && toks.length - stemDepth <= MAX_STEM ? stemMask : 0;
  };

  return { source, classify };
}
