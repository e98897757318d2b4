/**
 * Mistral keys spelled one character at a time (spaces, pipes, commas, dashes, one per line, JS and Python
 * character arrays), backwards or ROT13'd (secrets9 round, issue #11). Keys are random at run time; the
 * negatives are text spelled letter by letter that holds no key.
 */
import { detectSecrets } from '../../src/detect/secrets.js';
import { findSpelledKeys } from '../../src/detect/secret-spelled.js';
import { scanInput } from '../../src/scan/api.js';
import { alnum, rng } from './pii-gen.js';
import { fill, growthRatio, linearBound } from '../helpers/growth.js';

const rand = rng(9191);
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const key = (): string => {
  let k = '';
  while (!(/[A-Z]/.test(k) && /[a-z]/.test(k) && /\d/.test(k))) k = alnum(rand, 32, B62);
  return k;
};
const reverse = (v: string): string => [...v].reverse().join('');
const rot13 = (v: string): string =>
  v.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
/** Whether half of the key can be read back from the text sent: as written, backwards or ROT13'd, punctuation dropped. */
const readableBack = (sent: string, k: string): boolean => {
  const letters = sent.replace(/[^A-Za-z0-9]/g, '');
  return [letters, reverse(letters), rot13(letters)].some((t) => t.includes(k.slice(0, 16)) || t.includes(k.slice(16)));
};

describe('a Mistral key spelled one character at a time never reaches upstream', () => {
  // Each of these passed through whole before the secrets9 round (the reversed and ROT13'd forms without
  // spelling were already caught: both keep the shape of a key; they stay here as a guard).
  it.each<[string, (k: string) => string]>([
    ['spaces', (k) => `my key: ${[...k].join(' ')}`],
    ['pipes', (k) => [...k].join('|')],
    ['commas', (k) => `chars ${[...k].join(', ')} end`],
    ['dashes', (k) => [...k].join('-')],
    ['one per line', (k) => `key:\n${[...k].join('\n')}\nthanks`],
    ['bulleted lines', (k) => [...k].map((c) => `- ${c}`).join('\n')],
    ['JS char array', (k) => `const key = [${[...k].map((c) => `'${c}'`).join(', ')}].join('');`],
    ['Python char list, one per line', (k) => `key = "".join([\n    ${[...k].map((c) => `"${c}"`).join(',\n    ')},\n])`],
    ['spelled backwards', (k) => [...reverse(k)].join(' ')],
    ['spelled ROT13', (k) => [...rot13(k)].join(', ')],
    ['spelled after sk-', (k) => [...`sk-${k}`].join(' ')],
    ['reversed', (k) => `reversed: ${reverse(k)}`],
    ['ROT13', (k) => `rot13: ${rot13(k)}`],
  ])('%s', (_name, make) => {
    for (let i = 0; i < 20; i++) {
      const k = key();
      const sent = scanInput(`please use ${make(k)} for the call`, { injection: 'off' }).text;
      expect(readableBack(sent, k)).toBe(false);
    }
  });

  it('reports the 32 spelled characters and nothing around them', () => {
    const k = key();
    const spelled = [...k].join(' ');
    const text = `a b c then ${spelled} and x y z`;
    const found = detectSecrets(text).filter((e) => e.rule === 'mistral-spelled');
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(spelled);
    const quoted = `[${[...k].map((c) => `'${c}'`).join(', ')}]`;
    expect(findSpelledKeys(quoted, () => true)).toEqual([[1, quoted.length - 1]]);
  });

  it('padding spelled before the key does not hide it (a run is read whole)', () => {
    const k = key();
    const text = `${'x '.repeat(700)}${[...k].join(' ')} y z`;
    expect(readableBack(scanInput(text, { injection: 'off' }).text, k)).toBe(false);
  });

  it('two keys spelled one after the other are two findings', () => {
    const text = [...(key() + key())].join(' ');
    expect(detectSecrets(text).filter((e) => e.rule === 'mistral-spelled')).toHaveLength(2);
  });
});

describe('text spelled letter by letter that holds no key', () => {
  it.each([
    // Answer sheets, DNA, keyboards: one case, or no digits.
    'Answers: B, D, A, C, C, A, B, D, D, A, C, B, A, A, D, C, B, C, D, A, B, B, C, D, A, C, D, B, A, D, C, B.',
    'A T G C G T A C C T A G G A T C C G A T T A C G G C A T G C A T',
    'q w e r t y u i o p a s d f g h j k l z x c v b n m q w e r t y u i',
    // Character-level tokenizer output of a sentence: words, not random characters.
    `${JSON.stringify([...'The quick brown fox jumps over the lazy dog'])}`,
    // 31 random characters are one short of a key.
    [...key().slice(0, 31)].join(' '),
    // A run counted up or repeated is a placeholder, spelled or not.
    [...'aB3aB3aB3aB3aB3aB3aB3aB3aB3aB3aB'].join(' '),
    [...'abcdefghijklmnopqrstuvwxyzABCDEF0123'].join(', '),
  ])('%s', (text) => {
    expect(detectSecrets(text).filter((e) => e.type === 'MISTRAL_API_KEY')).toEqual([]);
  });

  it('characters glued to words are no spelled run', () => {
    const k = key();
    // Every other character is a word of two letters: the run breaks at each of them.
    const text = [...k].map((c, i) => (i % 2 === 0 ? c : `${c}x`)).join(' ');
    expect(detectSecrets(text).filter((e) => e.rule === 'mistral-spelled')).toEqual([]);
  });
});

describe('the spelled-key search costs linear time on its own near misses (12.8 KB to 102 KB)', () => {
  it.each(['a ', 'a B 3 ', "'a', ", '"Z",\n    ', `${[...key().slice(0, 31)].join(' ')} xx `, 'a                b ', "a'b' "])('%j', (unit) => {
    expect(growthRatio((n) => fill(unit, n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
  });
});
