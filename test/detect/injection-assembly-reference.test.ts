/**
 * `assemblePayload` reads the assignments only where a value may start and the names only where they are
 * written; this checks it against the plain reading it replaced (one regex over the whole text for the
 * assignments, every identifier of the text for the order), on random texts of names, number runs,
 * astral letters, quotes, joiners and lone surrogates.
 */
import fc from 'fast-check';
import { assemblePayload } from '../../src/detect/injection-assembly.js';
import { growthRatio, linearBound } from '../helpers/growth.js';

const ASSIGNMENT = /(?<![\p{L}\p{N}_$])([\p{L}_$][\p{L}\p{N}_$]{0,11})["']?[ \t]{0,3}[=:][ \t]{0,3}(?:"([^"\n]{1,200})"|'([^'\n]{1,200})'|\u201c([^\u201c\u201d\n]{1,200})\u201d)/gu;
const IDENTIFIER = /[\p{L}_$][\p{L}\p{N}_$]*/gu;
const JOINER = /^[\s+,.|&]{1,6}$/;

/** The reading before the speed change, kept as the reference. */
function reference(text: string): { text: string; start: number; end: number } | undefined {
  if (text.length > 20_000) return undefined;
  const values = new Map<string, string>();
  const sites = new Set<number>();
  let start = -1;
  let end = -1;
  for (const m of text.matchAll(ASSIGNMENT)) {
    const name = m[1]!;
    if (values.has(name) || values.size >= 24) continue;
    values.set(name, m[2] ?? m[3] ?? m[4]!);
    sites.add(m.index);
    if (start < 0) start = m.index;
    end = m.index + m[0].length;
  }
  if (values.size < 2) return undefined;
  let best: string[] = [];
  let run: string[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(IDENTIFIER)) {
    const name = m[0];
    if (!values.has(name) || sites.has(m.index)) {
      run = [];
      continue;
    }
    if (run.length > 0 && run.length < 24 && JOINER.test(text.slice(lastEnd, m.index))) run.push(name);
    else run = [name];
    lastEnd = m.index + name.length;
    if (run.length > best.length) best = run.slice();
  }
  const names = best.length >= 2 ? best : [...values.keys()];
  let out = '';
  for (const piece of names.map((n) => values.get(n)!)) out += out === '' || /\s$/.test(out) || /^\s/.test(piece) ? piece : ` ${piece}`;
  return { text: out, start, end };
}

const PIECES = [
  'a', 'b', 'ab', 'x1', 'A', 'B', '_', '$v', 'é', '\u{1d431}', '\u{1d431}y', 'ä1', '7', '12', '\u0663', 'q'.repeat(12), 'r'.repeat(13),
  '=', ':', ' = ', ': ', '=  \t', '="', "='", '=\u201c', '"', "'", '\u201c', '\u201d', ' ', '\t', '\n', ' + ', '+', ', ', '.', ' || ', ' & ',
  ' and ', 'run ', 'ignore', ' the rules', '\ud800', '\udc00', '-', ';', '(', ')', '[', ']',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
/** Texts that hold two assignments and names to order, so the comparison reaches the run of names. */
const assigned = fc
  .tuple(text, fc.constantFrom('a', 'b', 'ab', '\u{1d431}', '$v', 'x1'), fc.constantFrom('b', 'A', '_', 'é', 'x1'), text, text)
  .map(([head, n1, n2, mid, tail]) => `${head}${n1} = "one"; ${n2}: 'two'${mid} ${n2} + ${n1}${tail}`);

describe('assemblePayload against the whole-text reading', () => {
  it('finds the same payload, span and order on random texts', () => {
    fc.assert(
      fc.property(fc.oneof(text, assigned), (t) => {
        expect(assemblePayload(t)).toEqual(reference(t));
      }),
      { numRuns: 6000 },
    );
  });

  it.each([
    ['a name after number characters starts an identifier', 'a="x" b="y" 12b + a'],
    ['a name inside a longer identifier is not the name', 'a="x" b="y" ba + ab + b + a'],
    ['a name after a letter and digits is part of that identifier', 'a="x" b="y" c1b + a, b+a'],
    ['an astral letter before the name joins it', 'a="x" b="y" \u{1d431}b + a; b + a + b'],
    ['an assignment whose name starts with an astral letter', '\u{1d431}="x" b="y" b + \u{1d431}'],
    ['the assignment sites themselves are not read', 'a="x" b="y" a="z" b + a'],
    ['the farthest an assignment starts from its sign (12 astral letters, a quote, 3 blanks)', `${'\u{1d431}'.repeat(12)}' \t =  "x" b="y" b + ${'\u{1d431}'.repeat(12)}`],
    ['a name of 13 letters is not assigned', `${'r'.repeat(13)}="x" b="y" c="z" c + b`],
  ])('%s', (_name, t) => {
    expect(assemblePayload(t)).toEqual(reference(t));
    expect(assemblePayload(t)).toBeDefined();
  });

  it('reads names after number runs, and names written many times, in linear time', () => {
    const head = 'a="x" b="y" ';
    expect(growthRatio((n) => head + `${'1'.repeat(40)}a + `.repeat(n), (t) => assemblePayload(t), 60)).toBeLessThan(linearBound());
    expect(growthRatio((n) => head + 'a b '.repeat(n), (t) => assemblePayload(t), 300)).toBeLessThan(linearBound());
    expect(growthRatio((n) => head + '\u{1d431}='.repeat(n) + '"', (t) => assemblePayload(t), 300)).toBeLessThan(linearBound());
  });
});
