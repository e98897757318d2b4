/**
 * Encoders used to generate the obfuscated attack set. Each takes the plaintext attack sentence and a
 * seeded PRNG (for the encodings with random choices) and returns the encoded payload.
 */
import { pick } from './common.js';

type R = () => number;
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
/** Latin letters without diacritics (for letter-only encodings), other characters kept. */
const deaccent = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ß/g, 'ss');
const mapLetters = (s: string, f: (i: number, upper: boolean) => string, other: (c: string) => string = (c) => c): string =>
  [...deaccent(s)]
    .map((c) => {
      const i = LOWER.indexOf(c.toLowerCase());
      return i < 0 ? other(c) : f(i, c !== c.toLowerCase());
    })
    .join('');

export function base64(s: string): string {
  return utf8(s).toString('base64');
}
export function hex(s: string, r: R): string {
  const h = utf8(s).toString('hex');
  const style = Math.floor(r() * 3);
  if (style === 0) return h;
  if (style === 1) return h.match(/../g)!.join(' ');
  return h.match(/../g)!.map((b) => `\\x${b}`).join('');
}
export function base32(s: string): string {
  const alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes = utf8(s);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += alpha[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alpha[(value << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += '=';
  return out;
}
export function quotedPrintable(s: string, r: R): string {
  const full = r() < 0.7;
  let line = '';
  const lines: string[] = [];
  for (const b of utf8(s)) {
    const c = String.fromCharCode(b);
    const tok = full || b > 126 || b === 61 || c === ' ' || r() < 0.5 ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : c;
    if (line.length + tok.length > 75) {
      lines.push(line + '=');
      line = '';
    }
    line += tok;
  }
  lines.push(line);
  return lines.join('\n');
}
export function urlDouble(s: string): string {
  return [...utf8(s)].map((b) => `%25${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}
export function urlOnce(s: string): string {
  return [...utf8(s)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

/** RFC 3492 Punycode of one label (no `xn--` prefix). */
function punycodeLabel(input: string): string {
  const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
  const cps = [...input].map((c) => c.codePointAt(0)!);
  let n = 128, delta = 0, bias = 72;
  let out = cps.filter((c) => c < 128).map((c) => String.fromCharCode(c)).join('');
  const b = out.length;
  let h = b;
  if (b > 0) out += '-';
  const digit = (d: number): string => String.fromCharCode(d + 22 + 75 * (d < 26 ? 1 : 0));
  const adapt = (d: number, numPoints: number, first: boolean): number => {
    d = first ? Math.floor(d / damp) : d >> 1;
    d += Math.floor(d / numPoints);
    let k = 0;
    while (d > ((base - tMin) * tMax) >> 1) {
      d = Math.floor(d / (base - tMin));
      k += base;
    }
    return k + Math.floor(((base - tMin + 1) * d) / (d + skew));
  };
  while (h < cps.length) {
    const m = Math.min(...cps.filter((c) => c >= n));
    delta += (m - n) * (h + 1);
    n = m;
    for (const c of cps) {
      if (c < n) delta++;
      if (c === n) {
        let q = delta;
        for (let k = base; ; k += base) {
          const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
          if (q < t) break;
          out += digit(t + ((q - t) % (base - t)));
          q = Math.floor((q - t) / (base - t));
        }
        out += digit(q);
        bias = adapt(delta, h + 1, h === b);
        delta = 0;
        h++;
      }
    }
    delta++;
    n++;
  }
  return out;
}
const PUNY_SUBST: Record<string, string> = { a: 'а', e: 'е', o: 'о', i: 'і', c: 'с', p: 'р', s: 'ѕ', y: 'у', u: 'ü', n: 'ñ' };
/** Each word as an IDNA-style `xn--` label; ASCII words get a look-alike letter first so they need encoding. */
export function punycode(s: string, r: R): string {
  const words = s.toLowerCase().replace(/[.,!?:;"()]/g, '').split(/\s+/).filter(Boolean);
  const labels = words.map((w) => {
    let word = w;
    if (/^[\x00-\x7f]+$/.test(word)) {
      const idx = [...word].findIndex((c) => PUNY_SUBST[c] !== undefined && r() < 0.7);
      const at = idx >= 0 ? idx : [...word].findIndex((c) => PUNY_SUBST[c] !== undefined);
      if (at < 0) return word;
      const cs = [...word];
      cs[at] = PUNY_SUBST[cs[at]!]!;
      word = cs.join('');
    }
    return `xn--${punycodeLabel(word)}`;
  });
  return r() < 0.5 ? labels.join(' ') : labels.join('.');
}
export function a1z26(s: string, r: R): string {
  const letterSep = r() < 0.5 ? '-' : ' ';
  const wordSep = letterSep === ' ' ? ' / ' : r() < 0.5 ? ' ' : ' | ';
  return deaccent(s)
    .toLowerCase()
    .split(/\s+/)
    .map((w) => [...w].map((c) => LOWER.indexOf(c)).filter((i) => i >= 0).map((i) => String(i + 1)).join(letterSep))
    .filter(Boolean)
    .join(wordSep);
}
const NATO = ['Alfa', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett', 'Kilo', 'Lima', 'Mike', 'November', 'Oscar', 'Papa', 'Quebec', 'Romeo', 'Sierra', 'Tango', 'Uniform', 'Victor', 'Whiskey', 'X-ray', 'Yankee', 'Zulu'];
export function nato(s: string, r: R): string {
  const lower = r() < 0.3;
  const wordSep = pick(r, [' / ', ' (space) ', ' | ', '  ']);
  return deaccent(s)
    .split(/\s+/)
    .map((w) => [...w.toLowerCase()].map((c) => LOWER.indexOf(c)).filter((i) => i >= 0).map((i) => (lower ? NATO[i]!.toLowerCase() : NATO[i]!)).join(' '))
    .filter(Boolean)
    .join(wordSep);
}
export const atbash = (s: string): string => mapLetters(s, (i, up) => (up ? LOWER[25 - i]!.toUpperCase() : LOWER[25 - i]!));
export const rot13 = (s: string): string => mapLetters(s, (i, up) => (up ? LOWER[(i + 13) % 26]!.toUpperCase() : LOWER[(i + 13) % 26]!));
export const caesar = (s: string, k: number): string => mapLetters(s, (i, up) => (up ? LOWER[(i + k) % 26]!.toUpperCase() : LOWER[(i + k) % 26]!));
export function rot47(s: string): string {
  return [...s].map((c) => {
    const x = c.charCodeAt(0);
    return x >= 33 && x <= 126 ? String.fromCharCode(33 + ((x + 14) % 94)) : c;
  }).join('');
}
const FLIP: Record<string, string> = {
  a: 'ɐ', b: 'q', c: 'ɔ', d: 'p', e: 'ǝ', f: 'ɟ', g: 'ƃ', h: 'ɥ', i: 'ᴉ', j: 'ɾ', k: 'ʞ', l: 'l', m: 'ɯ', n: 'u', o: 'o', p: 'd', q: 'b', r: 'ɹ', s: 's', t: 'ʇ', u: 'n', v: 'ʌ', w: 'ʍ', x: 'x', y: 'ʎ', z: 'z',
  '.': '˙', ',': "'", "'": ',', '?': '¿', '!': '¡', '(': ')', ')': '(', '"': '„', _: '‾', '&': '⅋', ';': '؛',
  '1': 'Ɩ', '2': 'ᄅ', '3': 'Ɛ', '4': 'ㄣ', '5': 'ϛ', '6': '9', '7': 'ㄥ', '8': '8', '9': '6', '0': '0',
};
export const upsideDown = (s: string): string => [...deaccent(s).toLowerCase()].map((c) => FLIP[c] ?? c).reverse().join('');
const BRAILLE = '⠁⠃⠉⠙⠑⠋⠛⠓⠊⠚⠅⠇⠍⠝⠕⠏⠟⠗⠎⠞⠥⠧⠺⠭⠽⠵';
export function braille(s: string, r: R): string {
  const caps = r() < 0.3;
  return mapLetters(s, (i, up) => (up && caps ? '⠠' : '') + BRAILLE[i]!, (c) => ({ '.': '⠲', ',': '⠂', '?': '⠦', '!': '⠖', "'": '⠄' })[c] ?? c);
}
export function regionalIndicator(s: string, r: R): string {
  const sep = pick(r, ['\u200b', ' ', '\u200c', '']);
  return deaccent(s)
    .split(/\s+/)
    .map((w) => [...w.toLowerCase()].map((c) => LOWER.indexOf(c)).filter((i) => i >= 0).map((i) => String.fromCodePoint(0x1f1e6 + i)).join(sep))
    .join(sep === '' || sep === ' ' ? '   ' : ' ');
}
const ENCLOSED: [string, number, number][] = [
  ['circled', 0x24d0, 0x24b6],
  ['negative-circled', 0x1f150, 0x1f150],
  ['squared', 0x1f130, 0x1f130],
  ['negative-squared', 0x1f170, 0x1f170],
  ['parenthesized', 0x249c, 0x249c],
];
export function enclosed(s: string, r: R): string {
  const [, lo, up] = pick(r, ENCLOSED);
  return mapLetters(s, (i, isUp) => String.fromCodePoint((isUp ? up : lo) + i));
}
const LEET_LIGHT: Record<string, string[]> = { a: ['4'], e: ['3'], i: ['1'], o: ['0'], s: ['5'], t: ['7'] };
const LEET_HEAVY: Record<string, string[]> = {
  a: ['4', '@', '/-\\'], b: ['8', '|3'], c: ['(', '<'], e: ['3', '€'], g: ['9', '6'], h: ['#', '|-|'], i: ['1', '!', '|'], k: ['|<'], l: ['1', '|_'], m: ['|\\/|'], n: ['|\\|'], o: ['0', '()'], r: ['|2'], s: ['5', '$'], t: ['7', '+'], u: ['|_|'], v: ['\\/'], w: ['\\/\\/'], x: ['><'], z: ['2'],
};
export function leetspeak(s: string, r: R): string {
  const heavy = r() < 0.4;
  const table = heavy ? LEET_HEAVY : LEET_LIGHT;
  const rate = heavy ? 0.8 : 0.6 + r() * 0.4;
  return [...s].map((c) => {
    const alts = table[c.toLowerCase()];
    return alts && r() < rate ? pick(r, alts) : c;
  }).join('');
}
const SEPS = ['.', '-', '_', ' ', '/', '*', '|', '·', '•', '~', '+', '🔥', '⭐', '0', ':', '\\'];
export function separators(s: string, r: R): string {
  const sep = pick(r, SEPS);
  const wordSep = sep === ' ' ? '   ' : pick(r, [' ', '  ', ' / ']);
  const every = r() < 0.75;
  return s.split(/\s+/).map((w) => (every || w.length > 4 ? [...w].join(sep) : w)).join(wordSep);
}
const CONFUSABLE: Record<string, string[]> = {
  a: ['а', 'ɑ', 'α'], c: ['с', 'ϲ'], d: ['ԁ'], e: ['е', 'ҽ'], g: ['ɡ'], h: ['һ'], i: ['і', 'ı', 'ɩ'], j: ['ј'], k: ['κ'], l: ['ӏ', 'ⅼ', 'ǀ'], m: ['ⅿ'], n: ['ո'], o: ['о', 'ο', 'օ'], p: ['р', 'ρ'], q: ['ԛ'], r: ['г'], s: ['ѕ'], t: ['τ'], u: ['ս', 'υ'], v: ['ν', 'ѵ'], w: ['ԝ', 'ѡ'], x: ['х', 'χ'], y: ['у', 'γ'],
  A: ['А', 'Α'], B: ['В', 'Β'], C: ['С'], E: ['Е', 'Ε'], H: ['Н', 'Η'], I: ['І', 'Ι'], K: ['К', 'Κ'], M: ['М', 'Μ'], O: ['О', 'Ο'], P: ['Р', 'Ρ'], S: ['Ѕ'], T: ['Т', 'Τ'], X: ['Х', 'Χ'], Y: ['Υ'],
};
export function homoglyphs(s: string, r: R): string {
  const rate = 0.3 + r() * 0.7;
  return [...s].map((c) => (CONFUSABLE[c] && r() < rate ? pick(r, CONFUSABLE[c]!) : c)).join('');
}
/** Fullwidth or mathematical alphanumeric letters (no holes in these blocks). */
export function styledLetters(s: string, r: R): string {
  const [up, lo] = pick(r, [[0xff21, 0xff41], [0x1d400, 0x1d41a], [0x1d5d4, 0x1d5ee], [0x1d670, 0x1d68a], [0x1d5a0, 0x1d5ba], [0x1d468, 0x1d482]] as const);
  return mapLetters(s, (i, isUp) => String.fromCodePoint((isUp ? up : lo) + i));
}
const ZW = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
export function zeroWidth(s: string, r: R): string {
  const one = r() < 0.5 ? pick(r, ZW) : undefined;
  const rate = 0.5 + r() * 0.5;
  return [...s].map((c, k) => (k > 0 && /\p{L}/u.test(c) && r() < rate ? (one ?? pick(r, ZW)) + c : c)).join('');
}
/** Invisible Unicode tag characters carrying the payload, around a visible cover text. */
export function unicodeTags(s: string, cover: string, r: R): string {
  const tags = [...s].map((c) => (c.charCodeAt(0) < 128 ? String.fromCodePoint(0xe0000 + c.charCodeAt(0)) : '')).join('');
  return r() < 0.5 ? cover + tags : tags + cover;
}
const MORSE: Record<string, string> = {
  a: '.-', b: '-...', c: '-.-.', d: '-..', e: '.', f: '..-.', g: '--.', h: '....', i: '..', j: '.---', k: '-.-', l: '.-..', m: '--', n: '-.', o: '---', p: '.--.', q: '--.-', r: '.-.', s: '...', t: '-', u: '..-', v: '...-', w: '.--', x: '-..-', y: '-.--', z: '--..',
  '0': '-----', '1': '.----', '2': '..---', '3': '...--', '4': '....-', '5': '.....', '6': '-....', '7': '--...', '8': '---..', '9': '----.',
};
export const morse = (s: string): string =>
  deaccent(s).toLowerCase().split(/\s+/).map((w) => [...w].map((c) => MORSE[c]).filter(Boolean).join(' ')).filter(Boolean).join(' / ');
export const binary = (s: string): string => [...utf8(s)].map((b) => b.toString(2).padStart(8, '0')).join(' ');
export const reversed = (s: string): string => [...s].reverse().join('');
/** Best-of-N style random augmentation: random capitals, shuffled word middles, a few ASCII perturbations. */
export function randomAugment(s: string, r: R): string {
  return s
    .split(' ')
    .map((w) => {
      let cs = [...w];
      if (cs.length > 3 && r() < 0.5) {
        const mid = cs.slice(1, -1);
        for (let k = mid.length - 1; k > 0; k--) {
          const j = Math.floor(r() * (k + 1));
          [mid[k], mid[j]] = [mid[j]!, mid[k]!];
        }
        cs = [cs[0]!, ...mid, cs[cs.length - 1]!];
      }
      return cs.map((c) => (r() < 0.4 ? (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : r() < 0.03 && /[a-z]/i.test(c) ? String.fromCharCode(c.charCodeAt(0) + (r() < 0.5 ? 1 : -1)) : c)).join('');
    })
    .join(' ');
}
