/**
 * A key written as character codes: string escapes (`\x61\x42…`, `\u0061…`, `\u{61}…`, octal `\141…`),
 * percent-encoding (`%61%42…`), HTML character references (`&#97;&#66;…`, `&#x61;…`), and lists of codes
 * (`String.fromCharCode(97, 66, …)`, `bytes([97, 66, …])`, `chr(97) + chr(66) + …`, `0x61, 0x42, …`, hex
 * bytes `61 42 33 …`, binary octets). Each run is decoded and the caller's test looks for a key in the text.
 *
 * Linear: both forms hold no letter but hex digits, the `x` of `0x`/`\x`, the `u` of `\u` and the `chr` of
 * `chr(…)`, over at least 72 characters (24 escapes of three) or 95 (32 codes of two and their separators).
 * A skip search reads a window from its end and jumps past any other letter, so prose costs a read or two
 * per word; a stretch without one is read once by the escape regex (each step one escape or one character,
 * no escape readable two ways) and once for code lists. Escapes mixed with literal letters beyond hex ones
 * (`\x61k\x42…`) are left to the key scans of the plain text.
 */
/**
 * One escaped character; a run opens with one and goes on with escapes or literal letters and digits
 * between them (`\x61B\x33…`). An octal escape takes all its digits (`(?![0-7])`), so no escape can be read
 * two ways and a failed run is never retried split differently.
 */
const ESC = String.raw`\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\u\{[0-9A-Fa-f]{1,6}\}|\\[0-7]{2,3}(?![0-7])|%[0-9A-Fa-f]{2}|&#[0-9]{1,7};|&#[xX][0-9A-Fa-f]{1,6};`;
const ESCAPE_RUN = new RegExp(`(?:${ESC})(?:${ESC}|[A-Za-z0-9_=-]){23,}`, 'g');
const LITERAL = /[A-Za-z0-9_=-]/;
const ESCAPE = /\\x([0-9A-Fa-f]{2})|\\u([0-9A-Fa-f]{4})|\\u\{([0-9A-Fa-f]{1,6})\}|\\([0-7]{2,3})(?![0-7])|%([0-9A-Fa-f]{2})|&#([0-9]{1,7});|&#[xX]([0-9A-Fa-f]{1,6});|([\s\S])/gy;
/** A run is an encoding when enough of it is escaped; a word with one `%20` in it is not. */
const MIN_ESCAPES = 8;

/** The text of an escape run, or undefined when it holds too few escapes or a code outside printable ASCII. */
function decodeEscapes(run: string): string | undefined {
  let out = '';
  let escapes = 0;
  ESCAPE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ESCAPE.exec(run)) !== null) {
    if (m[8] !== undefined) {
      out += m[8];
      continue;
    }
    const [hex2, hex4, brace, octal, percent, decimal, hexRef] = [m[1], m[2], m[3], m[4], m[5], m[6], m[7]];
    const code =
      hex2 ?? hex4 ?? brace ?? percent ?? hexRef ? parseInt((hex2 ?? hex4 ?? brace ?? percent ?? hexRef)!, 16) : octal !== undefined ? parseInt(octal, 8) : parseInt(decimal!, 10);
    if (code < 0x20 || code > 0x7e) return undefined;
    out += String.fromCharCode(code);
    escapes++;
  }
  return escapes >= MIN_ESCAPES ? out : undefined;
}

/** Escape runs of the stretch [a, b) (read from a copy of it, so a search never runs past it). */
function escapedKeysIn<C>(text: string, a: number, b: number, hasKey: (decoded: string, ctx: C) => boolean, ctx: C, found: Array<[number, number]>): void {
  const part = text.slice(a, b);
  const re = ESCAPE_RUN;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let previousEnd = 0;
  while ((m = re.exec(part)) !== null) {
    // Literal characters before the first escape belong to the run (read back once: not past the last run).
    let start = m.index;
    while (start > previousEnd && LITERAL.test(part[start - 1]!)) start--;
    const end = m.index + m[0].length;
    previousEnd = end;
    const decoded = decodeEscapes(part.slice(start, end));
    if (decoded !== undefined && hasKey(decoded, ctx)) found.push([a + start, a + end]);
  }
}

// --- lists of codes ----------------------------------------------------------------------------------------

/** 32 codes of two digits and more, with a separator between each two. */
const LIST_MIN_SPAN = 32 * 2 + 31;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHexLetter = (c: number): boolean => (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/**
 * A letter no code list or escape run holds: not a hex digit, not the `x` of `0x` and `\x`, not the `u` of
 * `\u`, not the `c`, `h`, `r` of `chr(`.
 */
const foreignLetter = (c: number): boolean => isLetter(c) && !isHexLetter(c) && c !== 120 && c !== 88 && c !== 117 && c !== 85 && c !== 104 && c !== 114;

const FOREIGN = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) FOREIGN[c] = foreignLetter(c) ? 1 : 0;

/** What may stand between two codes: blanks, commas, colons, `+`, and the brackets and name of `chr(…)`. */
const LIST_SEPARATOR = /^(?:[ \t\r\n,;:+()[\]]|chr|Chr|CHR)*$/;

interface Code {
  text: string;
  start: number;
  end: number;
}

/** The codes of the stretch [a, b): every hex-digit run (with its `0x`), in order. */
function codesIn(text: string, a: number, b: number): Code[] {
  const codes: Code[] = [];
  let i = a;
  while (i < b) {
    const c = text.charCodeAt(i);
    if ((c | 32) === 99 && (text.charCodeAt(i + 1) | 32) === 104 && (text.charCodeAt(i + 2) | 32) === 114) {
      i += 3; // the name of chr(…), not a code
      continue;
    }
    if (!isDigit(c) && !isHexLetter(c)) {
      i++;
      continue;
    }
    let e = i;
    while (e < b && (isDigit(text.charCodeAt(e)) || isHexLetter(text.charCodeAt(e)) || ((text.charCodeAt(e) | 32) === 120 && e === i + 1 && c === 48))) e++;
    codes.push({ text: text.slice(i, e), start: i, end: e });
    i = e;
  }
  return codes;
}

/** The notations a list may be written in, each with how one code reads. */
const NOTATIONS: ReadonlyArray<(code: string) => number | undefined> = [
  (code) => (/^[0-9]{2,3}$/.test(code) ? parseInt(code, 10) : undefined),
  (code) => (/^0[xX][0-9A-Fa-f]{2}$/.test(code) ? parseInt(code.slice(2), 16) : undefined),
  (code) => (/^[0-9A-Fa-f]{2}$/.test(code) ? parseInt(code, 16) : undefined),
  (code) => (/^[01]{8}$/.test(code) ? parseInt(code, 2) : undefined),
];

/** Reads the codes as runs of one notation with list separators between them, and reports runs holding a key. */
function listKeys<C>(text: string, codes: Code[], hasKey: (decoded: string, ctx: C) => boolean, ctx: C, found: Array<[number, number]>): void {
  for (const read of NOTATIONS) {
    let from = 0;
    while (from < codes.length) {
      let to = from;
      let decoded = '';
      while (to < codes.length) {
        const value = read(codes[to]!.text);
        if (value === undefined || value < 0x20 || value > 0x7e) break;
        if (to > from && !LIST_SEPARATOR.test(text.slice(codes[to - 1]!.end, codes[to]!.start))) break;
        decoded += String.fromCharCode(value);
        to++;
      }
      if (to - from >= 32 && hasKey(decoded, ctx)) found.push([codes[from]!.start, codes[to - 1]!.end]);
      from = Math.max(to, from + 1);
    }
  }
}

/** The span of the shortest escape run: 24 escapes of three characters (`%61`; `\x61` is four). */
const ESCAPE_MIN_SPAN = 24 * 3;
const NONE: Array<[number, number]> = [];

/**
 * Spans of character-code runs (escapes or lists) whose decoded text `hasKey` accepts. `ctx` is handed to
 * `hasKey` as it is (the caller's state, without a closure made for each text).
 */
export function findCharCodeKeys<C>(text: string, hasKey: (decoded: string, ctx: C) => boolean, ctx: C): ReadonlyArray<[number, number]> {
  const n = text.length;
  let found: Array<[number, number]> | undefined;
  let a = 0;
  while (a + ESCAPE_MIN_SPAN <= n) {
    // Skip search: the last letter of the window that neither form holds moves the window past it.
    let j = a + ESCAPE_MIN_SPAN - 1;
    while (j >= a && FOREIGN[text.charCodeAt(j)] !== 1) j--;
    if (j >= a) {
      a = j + 1;
      continue;
    }
    let b = a + ESCAPE_MIN_SPAN;
    while (b < n && FOREIGN[text.charCodeAt(b)] !== 1) b++;
    found ??= [];
    escapedKeysIn(text, a, b, hasKey, ctx, found);
    if (b - a >= LIST_MIN_SPAN) listKeys(text, codesIn(text, a, b), hasKey, ctx, found);
    a = b;
  }
  return found ?? NONE;
}
