/**
 * The phrase engine against a plain reference: every phrase tried on its own at every position, by the
 * rules of the phrase syntax written out one by one (spaces of one to three whitespace characters,
 * apostrophes alike, stems that run on by up to six letters at the end or in the middle, word
 * boundaries, elisions, phrases of unspaced scripts anywhere, leftmost-longest hits with the tags of
 * every phrase that ends there, scans that ask for some tags). The engine's double-array trie, its
 * pair table and its inline walk are speed work; this test fails if any of it changes a hit.
 */
import fc from 'fast-check';
import { compilePhrases, MAX_TAGS, tagMask, type PhraseEntry, type PhraseHits } from '../../src/detect/phrase-engine.js';

const isSpace = (c: string): boolean => /^[ \t\n\v\f\r\u00a0\u3000\u202f]$/.test(c);
const isApostrophe = (c: string): boolean => /^['\u2019\u2018\u02bc`\u00b4]$/.test(c);
const isWord = (c: string | undefined): boolean => c !== undefined && !/^[\ud800-\udfff]$/.test(c) && /^[\p{L}\p{M}\p{N}]$/u.test(c);
const isStem = (c: string | undefined): boolean => c !== undefined && !/^[\ud800-\udfff]$/.test(c) && /^[\p{L}\p{M}]$/u.test(c);

type Item = { kind: 'char'; c: string } | { kind: 'space' } | { kind: 'apostrophe' } | { kind: 'innerStem' };

/** A phrase as the syntax reads it (the engine's builder folds it the same way). */
function items(text: string): Item[] | undefined {
  const out: Item[] = [];
  let prevSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (isSpace(c)) {
      if (!prevSpace) out.push({ kind: 'space' });
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (isApostrophe(c)) out.push({ kind: 'apostrophe' });
    else if (c === '*' && i + 1 < text.length && isSpace(text[i + 1]!) && out.length > 0) out.push({ kind: 'innerStem' });
    else out.push({ kind: 'char', c });
  }
  return out.length === 0 || prevSpace ? undefined : out;
}

/** Where `phrase` matched at `i` ends, or -1. */
function matchAt(phrase: PhraseEntry, text: string, i: number): number {
  const list = items(phrase.text);
  if (list === undefined) return -1;
  const n = text.length;
  let j = i;
  for (const item of list) {
    if (item.kind === 'space') {
      if (j >= n || !isSpace(text[j]!)) return -1;
      let g = j + 1;
      while (g < n && g - j < 3 && isSpace(text[g]!)) g++;
      j = g;
    } else if (item.kind === 'innerStem') {
      let k = j;
      while (k < n && k - j < 6 && isStem(text[k])) k++;
      j = k;
    } else if (item.kind === 'apostrophe') {
      if (j >= n || !isApostrophe(text[j]!)) return -1;
      j++;
    } else {
      if (text[j] !== item.c) return -1;
      j++;
    }
  }
  if (phrase.stem) {
    let k = j;
    while (k < n && k - j < 6 && isStem(text[k])) k++;
    if (phrase.bounded && k < n && isWord(text[k])) return -1;
    return k;
  }
  if (phrase.bounded && j < n && isWord(text[j]) && !isApostrophe(text[j - 1]!)) return -1;
  return j;
}

/** The reference scan: leftmost-longest, tags of every phrase ending at the longest end. */
function reference(phrases: readonly PhraseEntry[], text: string, wantLo = -1, wantHi = -1, wantTop = -1): PhraseHits {
  const hits: PhraseHits = { lo: [], hi: [], top: [], start: [], end: [], presentLo: 0, presentHi: 0, presentTop: 0 };
  const live = phrases.filter((p) => ((p.lo & wantLo) | (p.hi & wantHi) | (p.top & wantTop)) !== 0 && items(p.text) !== undefined);
  let covered = 0;
  for (let i = 0; i < text.length; i++) {
    if (i < covered) continue;
    const c = text[i]!;
    const wordStart = isWord(c) && (i === 0 || !isWord(text[i - 1]));
    let end = -1;
    let lo = 0;
    let hi = 0;
    let top = 0;
    for (const p of live) {
      const first = items(p.text)![0]!;
      // A bounded phrase starts at a word start, a free one at a character of its script (not ASCII).
      if (p.bounded ? !wordStart : c.charCodeAt(0) < 0x80) continue;
      if (first.kind !== 'char' || first.c !== c) continue;
      const e = matchAt(p, text, i);
      if (e < 0) continue;
      if (e > end) {
        end = e;
        lo = p.lo & wantLo;
        hi = p.hi & wantHi;
        top = p.top & wantTop;
      } else if (e === end) {
        lo |= p.lo & wantLo;
        hi |= p.hi & wantHi;
        top |= p.top & wantTop;
      }
    }
    if (end > i) {
      hits.lo.push(lo);
      hits.hi.push(hi);
      hits.top.push(top);
      hits.start.push(i);
      hits.end.push(end);
      hits.presentLo |= lo;
      hits.presentHi |= hi;
      hits.presentTop |= top;
      covered = end;
    }
  }
  return hits;
}

/** Pieces of phrases: words sharing prefixes, apostrophes, accents, Cyrillic, CJK. */
const WORDS = ['ig', 'ignore', 'ign', 'instr', 'instruction', 'the', 'th', 'a', 'an', "n'", "l'", 'ne', 'pas', 'prev', 'all', 'системн', 'промпт', 'ç', 'über', '1a', 'x'];
const CJK = ['忽略', '忽略之前', '指示', '以上', 'の', '指示を'];
const phraseArb: fc.Arbitrary<PhraseEntry> = fc
  .record({
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
    cjk: fc.option(fc.array(fc.constantFrom(...CJK), { minLength: 1, maxLength: 2 }), { nil: undefined }),
    innerStem: fc.boolean(),
    stem: fc.boolean(),
    tag: fc.integer({ min: 0, max: MAX_TAGS - 1 }),
  })
  .map(({ words, cjk, innerStem, stem, tag }) => {
    const text = cjk !== undefined ? cjk.join('') : innerStem && words.length > 1 ? `${words[0]}* ${words.slice(1).join(' ')}` : words.join(' ');
    return { text, ...tagMask(tag), stem: cjk === undefined && stem, bounded: cjk === undefined };
  });

/** Text made of the same pieces, run-ons, gaps of 1 to 4 whitespace characters, apostrophe variants, punctuation. */
const textArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS, ...CJK),
      fc.constantFrom(' ', '  ', '   ', '    ', '\n', '\t ', '\u00a0', ' ', ' '),
      fc.constantFrom('s', 'ions', 'ed', 'xxxxxxx', 'ing', "'", '\u2019', '.', ',', '*', '-', 'é', '9', '😀'),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

describe('the phrase engine against the reference', () => {
  it('finds the same hits, spans and tags on random phrase sets and texts', () => {
    fc.assert(
      fc.property(fc.array(phraseArb, { minLength: 1, maxLength: 12 }), fc.array(textArb, { minLength: 1, maxLength: 6 }), (phrases, texts) => {
        const engine = compilePhrases(phrases);
        for (const text of texts) expect(engine.scan(text)).toEqual(reference(phrases, text));
      }),
      { numRuns: 400 },
    );
  });

  it('finds the same hits when a scan asks for some tags only', () => {
    fc.assert(
      fc.property(fc.array(phraseArb, { minLength: 1, maxLength: 12 }), textArb, fc.integer(), fc.integer(), fc.integer(), (phrases, text, wantLo, wantHi, wantTop) => {
        expect(compilePhrases(phrases).scan(text, wantLo, wantHi, wantTop)).toEqual(reference(phrases, text, wantLo, wantHi, wantTop));
      }),
      { numRuns: 300 },
    );
  });

  it('agrees on hand-picked cases of the syntax', () => {
    const phrases: PhraseEntry[] = [
      { text: 'ignore the', lo: 1, hi: 0, top: 0, stem: false, bounded: true },
      { text: 'ignore', lo: 2, hi: 0, top: 0, stem: true, bounded: true },
      { text: "n'", lo: 4, hi: 0, top: 0, stem: false, bounded: true },
      { text: 'instr* all', lo: 8, hi: 0, top: 0, stem: false, bounded: true },
      { text: '忽略之前', lo: 16, hi: 0, top: 0, stem: false, bounded: false },
    ];
    const engine = compilePhrases(phrases);
    for (const text of ['ignore   the', 'ignore    the', 'ignored the', "n'est", 'instructs all', 'instructionss all', 'x忽略之前y', 'ignorexxxxxxx']) {
      expect(engine.scan(text)).toEqual(reference(phrases, text));
    }
  });
});
