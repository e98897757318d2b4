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
    expect(findSpelledKeys(quoted, () => true)).toEqual([{ start: 1, end: quoted.length - 1, form: 'spelled' }]);
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

describe('a Mistral key in chunks of two or as character codes never reaches upstream', () => {
  const hexOf = (c: string): string => c.charCodeAt(0).toString(16).padStart(2, '0');
  // Each passed through whole before the secrets9 round.
  it.each<[string, (chars: string) => string, (encoded: string) => string]>([
    ['chunks of two, spaces', (c) => c.match(/.{1,2}/g)!.join(' '), (e) => `key ${e}`],
    ['chunks of two, dashes', (c) => c.match(/.{1,2}/g)!.join('-'), (e) => e],
    ['\\x escapes', (c) => [...c].map((x) => `\\x${hexOf(x)}`).join(''), (e) => `const k = "${e}";`],
    ['\\u escapes', (c) => [...c].map((x) => `\\u00${hexOf(x)}`).join(''), (e) => `"${e}"`],
    ['\\u{…} escapes', (c) => [...c].map((x) => `\\u{${hexOf(x)}}`).join(''), (e) => `"${e}"`],
    ['octal escapes', (c) => [...c].map((x) => `\\${x.charCodeAt(0).toString(8)}`).join(''), (e) => `printf "${e}"`],
    ['percent-encoding', (c) => [...c].map((x) => `%${hexOf(x).toUpperCase()}`).join(''), (e) => `https://example.com/?k=${e}`],
    ['HTML decimal references', (c) => [...c].map((x) => `&#${x.charCodeAt(0)};`).join(''), (e) => `<p>${e}</p>`],
    ['HTML hex references', (c) => [...c].map((x) => `&#x${hexOf(x)};`).join(''), (e) => e],
    ['String.fromCharCode', (c) => [...c].map((x) => x.charCodeAt(0)).join(', '), (e) => `String.fromCharCode(${e})`],
    ['Python bytes list', (c) => [...c].map((x) => x.charCodeAt(0)).join(','), (e) => `bytes([${e}]).decode()`],
    ['chr() joined', (c) => [...c].map((x) => `chr(${x.charCodeAt(0)})`).join(' + '), (e) => `key = ${e}`],
    ['0x byte list', (c) => [...c].map((x) => `0x${hexOf(x)}`).join(', '), (e) => `uint8_t key[] = { ${e} };`],
    ['hex bytes, spaced', (c) => [...c].map(hexOf).join(' '), (e) => `xxd: ${e}`],
    ['hex bytes, colons', (c) => [...c].map(hexOf).join(':'), (e) => e],
    ['binary octets', (c) => [...c].map((x) => x.charCodeAt(0).toString(2).padStart(8, '0')).join(' '), (e) => e],
  ])('%s', (_name, encode, wrap) => {
    for (let i = 0; i < 20; i++) {
      const k = key();
      const sent = scanInput(`please use ${wrap(encode(k))} for the call`, { injection: 'off' }).text;
      expect(sent).not.toContain(encode(k.slice(0, 16)));
      expect(sent).not.toContain(encode(k.slice(16)));
    }
  });

  it('a provider token in character codes is reported too (the decoded text gets every key scan)', () => {
    const token = `ghp_${alnum(rand, 36, B62)}`;
    const text = `String.fromCharCode(${[...token].map((x) => x.charCodeAt(0)).join(', ')})`;
    expect(detectSecrets(text).length).toBeGreaterThan(0);
  });
});

describe('codes and chunks that hold no key', () => {
  const codes = (s: string, sep = ', '): string => [...s].map((x) => x.charCodeAt(0)).join(sep);
  it.each([
    // Prose in codes decodes to words.
    `String.fromCharCode(${codes('The quick brown fox jumps over the lazy dog again')})`,
    [...'Hello, world! This is a percent-encoded sentence.'].map((x) => `%${x.charCodeAt(0).toString(16)}`).join(''),
    [...'Hello, world! This is an HTML-escaped sentence.'].map((x) => `&#${x.charCodeAt(0)};`).join(''),
    // Numbers that are no text: scores, pixels, a PNG signature, random bytes.
    `scores = [${Array.from({ length: 40 }, (_, i) => 50 + ((i * 37) % 50)).join(', ')}]`,
    `const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];`,
    Array.from({ length: 48 }, (_, i) => ((i * 97 + 13) % 256).toString(16).padStart(2, '0')).join(' '),
    // Addresses and hex in chunks: one case, or hex only.
    '2001:0db8:85a3:0000:0000:8a2e:0370:7334 and fe80:0000:0000:0000:0202:b3ff:fe1e:8329',
    'de ad be ef ca fe ba be 00 11 22 33 44 55 66 77 88 99 aa bb cc dd ee ff 01 23 45 67 89 ab cd ef',
    // Short words of prose in twos.
    'so we go to an AI do it as it is up to me or my Ma if we go on to NY by 10 am',
  ])('%s', (text) => {
    expect(detectSecrets(text).filter((e) => e.type === 'MISTRAL_API_KEY')).toEqual([]);
  });
});

describe('the chunk and code searches cost linear time on their own near misses (12.8 KB to 102 KB)', () => {
  it.each(['aB ', 'aB-3d ', '%41', '\\x4', '\\141', '&#65;', '65, ', '0x41, ', 'chr(65) + ', '41 ', '01000001 ', '%4'])('%j', (unit) => {
    expect(growthRatio((n) => fill(unit, n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
  });
});

describe('a Mistral key in chunks of three to sixteen never reaches upstream (secrets10)', () => {
  const chunks = (v: string, n: number): string[] => v.match(new RegExp(`.{1,${n}}`, 'g'))!;
  // Each passed through whole before the secrets10 round.
  it.each<[number, string]>([
    [3, ' '], [3, '-'], [3, '.'], [3, ':'], [3, '|'], [3, '_'], [3, ','], [3, '/'],
    [5, ' '], [6, '-'], [7, '.'], [9, ':'], [10, '_'], [11, ' '], [12, '|'], [16, ' '],
  ])('width %d, separator %j', (width, sep) => {
    for (let i = 0; i < 20; i++) {
      const k = key();
      for (const text of [`my key ${chunks(k, width).join(sep)} thanks`, chunks(k, width).join(sep), `key: ${chunks(k, width).join(sep)}.`]) {
        const sent = scanInput(text, { injection: 'off' }).text;
        expect(readableBack(sent, k)).toBe(false);
      }
    }
  });

  it('reports the key and, at most, a word of the chunks\' width glued to its run', () => {
    const k = key();
    const text = `please use ${chunks(k, 3).join('-')} for the call`;
    const found = detectSecrets(text).filter((e) => e.rule === 'mistral-chunked');
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(chunks(k, 3).join('-'));
    // `the` joins the run of three-letter chunks: redacted with the key rather than cut from it.
    const glued = `the ${chunks(k, 3).join(' ')}`;
    const g = detectSecrets(glued).filter((e) => e.rule === 'mistral-chunked');
    expect(g).toHaveLength(1);
    expect(glued.slice(g[0]!.start, g[0]!.end).replace(/[^A-Za-z0-9]/g, '')).toContain(k);
  });
});

describe('equal chunks that hold no key', () => {
  it.each([
    // One case only, or hex: licence keys, base32 groups, IPv6, MAC-like runs.
    'Licence: ABCD3-XK29Q-7PLMN-Q8R2T-ZW4YV-K3J9H-B7C2D',
    'Backup codes: 7K3Q-9XPL-M2RT-8WQZ-4YVB-J6NH-C2DF-G8KS',
    'fe80:0db8:85a3:1f2e:8a2e:0370:7334:abcd:1234:5678:9abc',
    'id 3fa85f64 5717a562 b3fc2c96 3f66afa6 8d2e4c1b 9a7f6e5d',
    // Words of prose of one width, digits among them.
    'The Cat Sat Far Off And Ran Out For Two Day Via Bus 101 Now Got Her Pen',
    'Steps: Mix 200 Add 3 Egg Set Pan Low Fry Til Gold Eat Now',
    // Dotted and slashed names of equal parts.
    'see com.abc.def.ghi.jkl.mno.pqr.stu.vwx.yz1 in the build',
  ])('%s', (text) => {
    expect(detectSecrets(text).filter((e) => e.type === 'MISTRAL_API_KEY')).toEqual([]);
  });
});

describe('the wide-chunk search costs linear time on its own near misses (12.8 KB to 102 KB)', () => {
  it.each(['aB3 ', 'aB3-dE5 ', 'a1B2c ', 'Ab3.', 'x9Y:', `${key().slice(0, 30)} `, 'aB3 dE5 fG7 hJ9 kL2 mN4 pQ6 rS8 tU1 vW3 '])('%j', (unit) => {
    expect(growthRatio((n) => fill(unit, n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
  });
});

describe('two halves joined by a token character are one token', () => {
  it('a bearer token of two halves stays a bearer token, not a chunked Mistral key', () => {
    const token = `${key().slice(0, 16)}-${key().slice(0, 16)}`;
    expect(detectSecrets(`curl -H "Authorization: Bearer ${token}"`).map((e) => e.rule)).not.toContain('mistral-chunked');
  });
});
