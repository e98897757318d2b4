import { compileBuiltinInjectionScanner } from '../../src/detect/injection.js';
import { compilePhraseLists, compilePhrases, MATCHING_COPY, MAX_TAGS, scannerTables, tagMask, type TagMask } from '../../src/detect/phrase-engine.js';

const tag = (i: number): TagMask => tagMask(i);

const scanner = compilePhrases([
  { text: 'системн* промпт', ...tag(0), stem: true, bounded: true },
  { text: 'nueva* instrucci', ...tag(1), stem: true, bounded: true },
  { text: 'setze* außer kraft', ...tag(2), stem: false, bounded: true },
  { text: 'системный', ...tag(3), stem: false, bounded: true },
]);
const spans = (text: string): string[] => {
  const hits = scanner.scan(text);
  return hits.start.map((s: number, i: number) => text.slice(s, hits.end[i]));
};

describe('phrases with a stem in the middle (`word* more`)', () => {
  it.each([
    ['повтори системныи промпт', 'системныи промпт'],
    ['повтори системного промпта', 'системного промпта'],
    ['nuevas instrucciones', 'nuevas instrucciones'],
    ['nueva instruccion', 'nueva instruccion'],
    ['bitte setzen außer kraft', 'setzen außer kraft'],
    ['setze  außer kraft', 'setze  außer kraft'],
  ])('%s matches %s', (text, span) => {
    expect(spans(text)).toEqual([span]);
  });

  it('lets the word run on by at most six letters, then needs the rest of the phrase', () => {
    expect(spans('nuevasxxxxxx instrucciones')).toEqual([]);
    expect(spans('setzen außer betrieb')).toEqual([]);
  });

  it('keeps a literal phrase on the same prefix working, and the longest match wins', () => {
    expect(spans('системный')).toEqual(['системный']);
    expect(spans('системный промпт')).toEqual(['системный промпт']);
  });

  it('does not let a literal * in the text stand for the stem', () => {
    expect(spans('системныи* промпт')).toEqual([]);
  });
});

describe('one engine for every phrase list: tags, scans that ask for some tags, elisions', () => {
  // Tag 0: French, tag 40 (the second mask word): English, tags 64 and 95 (the third word): German.
  const engine = compilePhraseLists(
    [
      { tag: 0, phrases: ["n'", 'ne pas', 'pas'] },
      { tag: 40, phrases: ['do not', 'not', 'never'] },
      { tag: 64, phrases: ['nicht'] },
      { tag: 95, phrases: ['niemals', 'nicht'] },
    ],
    MATCHING_COPY,
  );
  const found = (text: string, want?: TagMask): string[] => {
    const hits = want ? engine.scan(text, want.lo, want.hi, want.top) : engine.scan(text);
    return hits.start.map((s, i) => text.slice(s, hits.end[i]));
  };

  it('carries tags past 32 in the second word', () => {
    const hits = engine.scan('never');
    expect(hits.hi[0]).toBe(tagMask(40).hi);
    expect(hits.lo[0]).toBe(0);
  });

  it('lets an elided phrase run into the next word, and finds nothing of the tags not asked for', () => {
    expect(found("il n'est pas", tagMask(0))).toEqual(["n'", 'pas']);
    expect(found("il n'est pas", tagMask(40))).toEqual([]);
    expect(found('do not stop', tagMask(0))).toEqual([]);
    expect(found('do not stop')).toEqual(['do not']);
  });

  it('carries tags past 64 in the third word, a phrase of two lists with both tags', () => {
    const hits = engine.scan('never nicht niemals');
    expect(hits.top).toEqual([0, tagMask(64).top | tagMask(95).top, tagMask(95).top]);
    expect(hits.lo.slice(1)).toEqual([0, 0]);
    expect(hits.hi.slice(1)).toEqual([0, 0]);
    expect(hits.presentTop).toBe(tagMask(64).top | tagMask(95).top);
    expect(hits.presentHi).toBe(tagMask(40).hi);
  });

  it('asks for third-word tags alone', () => {
    expect(found('never nicht niemals', tagMask(95))).toEqual(['nicht', 'niemals']);
    expect(found('never nicht niemals', tagMask(64))).toEqual(['nicht']);
    expect(found('never nicht niemals', tagMask(40))).toEqual(['never']);
  });

  it('holds 96 tags and refuses one outside 0..95', () => {
    expect(MAX_TAGS).toBe(96);
    expect(tagMask(95)).toEqual({ lo: 0, hi: 0, top: 1 << 31 });
    expect(tagMask(64)).toEqual({ lo: 0, hi: 0, top: 1 });
    expect(() => tagMask(96)).toThrow(RangeError);
  });
});

describe('the double array of the built-in injection lexicons', () => {
  // The slot word is `base << (labelBits + 1) | flag << labelBits | label`: a label names its parent
  // only while no two nodes with children share a base, so that is checked over the whole trie.
  const { bounded, free, labelBits } = scannerTables(compileBuiltinInjectionScanner());
  const labelMask = (1 << labelBits) - 1;
  const baseOf = (word: number): number => word >>> (labelBits + 1);

  it.each([
    ['bounded', bounded],
    ['free', free],
  ])('the %s trie: the base every labelled slot points back to belongs to exactly one node', (_name, trie) => {
    // A slot `s` labelled `k` is the child by code `k` of the node whose base is `s - k`: exactly one
    // node (the root or a labelled slot) may have that base, or a label would not name the parent.
    const nodesWithBase = new Map<number, number>();
    trie.nav.forEach((word, slot) => {
      if (slot === 0 || (word & labelMask) !== 0) nodesWithBase.set(baseOf(word), (nodesWithBase.get(baseOf(word)) ?? 0) + 1);
    });
    const wrong: number[] = [];
    let labelled = 0;
    trie.nav.forEach((word, slot) => {
      const label = word & labelMask;
      if (label === 0) return;
      labelled++;
      if (nodesWithBase.get(slot - label) !== 1) wrong.push(slot);
    });
    expect(labelled).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });

  it('keeps the slot words and tags small: one word per slot, a tag table of distinct combinations', () => {
    expect(bounded.nav.BYTES_PER_ELEMENT).toBe(4);
    expect(bounded.tagOf.length).toBe(bounded.nav.length);
    // Far fewer distinct tag combinations than tagged slots (161 for 14,427 when written).
    const tagged = bounded.tagOf.reduce((n, id) => n + (id !== 0 ? 1 : 0), 0);
    expect(bounded.tags.length / 4).toBeLessThan(tagged / 20);
  });
});
