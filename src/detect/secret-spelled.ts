/**
 * A key spelled one character at a time: `a B 3 d …`, `a|B|3|…`, `a, B, 3, …`, one character per line, or a
 * JS/Python character array (`['a', 'B', '3', …]`); or cut in chunks of two (`aB 3d E5 …`, `aB-3d-…`). The
 * characters are read back into one string and handed to the caller's shape test, so a key spelled backwards
 * or ROT13'd (both keep the shape of a Mistral key: 32 letters and digits of both cases) is caught the same way.
 * Chunks of three to sixteen ({@link wideChunkedKeys}) are read only where the secret scanner's grouped-key
 * rule looks, around a letter glued to a digit: a skip search of their own would cost about 2% more of the
 * whole secret scan on prose.
 *
 * Linear, and cheap on prose: see {@link findSpelledKeys}. The shape test sees each window of 32 characters
 * of a run once (a run is never cut: padding before a key cannot split it).
 */

/** What may stand between two spelled characters: blanks, line breaks and list punctuation. */
const SEPARATOR = new Uint8Array(128);
for (const c of ' \t\r\n,|;.:+/_-') SEPARATOR[c.charCodeAt(0)] = 1;
/** At most this many separator characters between two spelled ones (`',\n        '` in a formatted array). */
const MAX_SEPARATOR = 16;
/** A Mistral key has 32 characters. */
export const SPELLED_KEY_LENGTH = 32;

/** The span of the shortest spelled key: 32 characters and 31 separators. */
const MIN_SPAN = SPELLED_KEY_LENGTH * 2 - 1;

/** Letters and digits of ASCII, by UTF-16 unit (a table read is cheaper than three range tests). */
const ALNUM = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) ALNUM[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
const isAlnum = (c: number): boolean => ALNUM[c] === 1;
const isQuote = (c: number): boolean => c === 39 || c === 34;

interface Unit {
  /** The spelled character. */
  char: string;
  /** Span of the unit in the text, quotes included. */
  start: number;
  end: number;
}

/** The spelled character at `at` (bare or quoted), or undefined. A bare one must not touch a letter or digit. */
function unitAt(text: string, at: number): Unit | undefined {
  const c = text.charCodeAt(at);
  if (isQuote(c)) {
    const inner = text.charCodeAt(at + 1);
    if (isAlnum(inner) && text.charCodeAt(at + 2) === c) return { char: text[at + 1]!, start: at, end: at + 3 };
    return undefined;
  }
  if (!isAlnum(c) || isAlnum(text.charCodeAt(at + 1))) return undefined;
  if (at > 0 && (isAlnum(text.charCodeAt(at - 1)) || isQuote(text.charCodeAt(at - 1)))) return undefined;
  return { char: text[at]!, start: at, end: at + 1 };
}

/** The run of spelled characters starting at `from`, read until a unit or a separator fails. */
function readRun(text: string, from: number): Unit[] {
  const units: Unit[] = [];
  let at = from;
  for (;;) {
    const unit = unitAt(text, at);
    if (unit === undefined) break;
    units.push(unit);
    let sep = unit.end;
    while (sep < text.length && sep - unit.end < MAX_SEPARATOR && SEPARATOR[text.charCodeAt(sep)] === 1) sep++;
    if (sep === unit.end) break;
    at = sep;
  }
  return units;
}

/** Each window of 32 spelled characters that `isKey` accepts; windows overlapping a reported one are skipped. */
function keysInRun(units: Unit[], sink: Sink): void {
  const chars = units.map((u) => u.char).join('');
  for (let w = 0; w + SPELLED_KEY_LENGTH <= units.length; w++) {
    if (!sink.isKey(chars.slice(w, w + SPELLED_KEY_LENGTH))) continue;
    sink.found.push({ start: units[w]!.start, end: units[w + SPELLED_KEY_LENGTH - 1]!.end, form: 'spelled' });
    w += SPELLED_KEY_LENGTH - 1;
  }
}

// --- chunks of two ----------------------------------------------------------------------------------------

/** One character between two chunks, the same all along the run. */
const CHUNK_SEPARATOR = new Uint8Array(128);
for (const c of ' ._:|,/-') CHUNK_SEPARATOR[c.charCodeAt(0)] = 1;
/** The span of the shortest chunked key: 16 chunks of two and 15 separators. */
const CHUNK_MIN_SPAN = SPELLED_KEY_LENGTH + 15;


/** The alphanumeric run at `at` (its end), `at` being its first character. */
function alnumEnd(text: string, at: number): number {
  let e = at;
  while (e < text.length && isAlnum(text.charCodeAt(e))) e++;
  return e;
}

/**
 * Reads the run of chunks starting at `from` whose first chunk is `minSize` to `maxSize` long, reports its
 * keys, and returns where the search goes on.
 */
function chunkRun(text: string, from: number, sink: Sink, minSize = 2, maxSize = 2): number {
  const first = alnumEnd(text, from);
  const size = first - from;
  const sep = text.charCodeAt(first);
  if (size < minSize || size > maxSize || sep >= 128 || CHUNK_SEPARATOR[sep] !== 1) return first;
  if (size > 2) {
    // Most runs of wide chunks are words of prose: counted first, without a string or an array, and read only
    // when they hold 32 characters with upper case, lower case and digits (what every key holds).
    const last = wideRunLast(text, from, first, size, sep);
    if (last < 0) return first;
    if (last > 0) return last;
  }
  let chars = text.slice(from, first);
  const positions: number[] = [];
  for (let p = from; p < first; p++) positions.push(p);
  let end = first;
  let last = from;
  // Whole chunks of the same size, each after the same separator; a shorter one ends the run.
  while (text.charCodeAt(end) === sep && isAlnum(text.charCodeAt(end + 1))) {
    const start = end + 1;
    const stop = alnumEnd(text, start);
    if (stop - start > size) break;
    chars += text.slice(start, stop);
    for (let p = start; p < stop; p++) positions.push(p);
    end = stop;
    last = start;
    if (stop - start < size) break;
  }
  if (size > 2) {
    wideWindows(chars, positions, size, sink);
    // A word of the same width before a key (`key aB3-dE5-…`) takes the key's first chunk into its run: the next
    // run starts again at the last chunk read, so each chunk is read at most twice.
    return last > from ? last : end;
  }
  for (let w = 0; w + SPELLED_KEY_LENGTH <= chars.length; w++) {
    if (!sink.isKey(chars.slice(w, w + SPELLED_KEY_LENGTH))) continue;
    sink.found.push({ start: positions[w]!, end: positions[w + SPELLED_KEY_LENGTH - 1]! + 1, form: 'chunked' });
    w += SPELLED_KEY_LENGTH - 1;
  }
  return end;
}

/** The shape test and what it accepted, made when the first stretch turns up. */
interface Sink {
  isKey: (value: string) => boolean;
  found: SpelledKey[];
}
const NONE: readonly SpelledKey[] = [];

/** A key read back from spelled characters or chunks: its span, quotes included. */
export interface SpelledKey {
  start: number;
  end: number;
  form: 'spelled' | 'chunked';
}

/**
 * Keys spelled one character at a time or cut in chunks of two (one separator all along; the last chunk may
 * be of one): each window of 32 characters of a run that `isKey` accepts, windows overlapping a reported one
 * skipped. One skip search serves both: neither form holds three letters or digits in a row, so a window of
 * {@link CHUNK_MIN_SPAN} read from its end jumps past the first such run it meets (any word of prose longer
 * than two letters); a stretch without one is read whole, once, each run in it to its end.
 */
export function findSpelledKeys(text: string, isKey: (value: string) => boolean): readonly SpelledKey[] {
  const n = text.length;
  // Nothing is allocated until a stretch turns up: most texts have none.
  let sink: Sink | undefined;
  let a = 0;
  while (a + CHUNK_MIN_SPAN <= n) {
    let j = a + CHUNK_MIN_SPAN - 1;
    let run = 0;
    while (j >= a && run < 3) {
      run = (run + 1) * ALNUM[text.charCodeAt(j)]!; // branch-free: the letter/other pattern of prose is no pattern to predict
      j--;
    }
    if (run === 3) {
      a = j + 2;
      continue;
    }
    let b = a + CHUNK_MIN_SPAN;
    run = 0;
    for (let k = b - 2; k < b; k++) run = ALNUM[text.charCodeAt(k)] === 1 ? run + 1 : 0;
    while (b < n && (run = ALNUM[text.charCodeAt(b)] === 1 ? run + 1 : 0) < 3) b++;
    sink ??= { isKey, found: [] };
    if (b - a >= MIN_SPAN) spelledIn(text, a, b, sink);
    chunkedIn(text, a, b, sink);
    a = b;
  }
  return sink?.found ?? NONE;
}

function spelledIn(text: string, a: number, b: number, sink: Sink): void {
  for (let i = a; i < b; ) {
    const units = unitAt(text, i) === undefined ? [] : readRun(text, i);
    if (units.length === 0) {
      i++;
      continue;
    }
    i = units[units.length - 1]!.end;
    if (units.length >= SPELLED_KEY_LENGTH) keysInRun(units, sink);
  }
}

function chunkedIn(text: string, a: number, b: number, sink: Sink): void {
  for (let i = a; i < b; ) {
    if (!isAlnum(text.charCodeAt(i)) || (i > 0 && isAlnum(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    i = chunkRun(text, i, sink);
  }
}

// --- chunks of three to sixteen -----------------------------------------------------------------------------

/** Separators that are characters of a token too. */
const TOKEN_JOIN = new Uint8Array(128);
for (const c of '-_./') TOKEN_JOIN[c.charCodeAt(0)] = 1;
/** Character classes seen: 1 upper case, 2 lower case, 4 digit. */
const KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) KIND[c] = c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : c >= 48 && c <= 57 ? 4 : 0;

/**
 * The run of chunks of `size` after the first one (`from`..`first`), counted without building anything: 0 when it
 * may hold a key (32 characters, all three kinds), else where the search goes on (the start of its last chunk when
 * it has more than one, as {@link chunkRun} returns), or -1 for a run of one chunk.
 */
function wideRunLast(text: string, from: number, first: number, size: number, sep: number): number {
  let total = size;
  let kinds = 0;
  for (let p = from; p < first; p++) kinds |= KIND[text.charCodeAt(p)]!;
  let end = first;
  let last = from;
  let count = 1;
  while (text.charCodeAt(end) === sep && isAlnum(text.charCodeAt(end + 1))) {
    const start = end + 1;
    const stop = alnumEnd(text, start);
    if (stop - start > size) break;
    for (let p = start; p < stop; p++) kinds |= KIND[text.charCodeAt(p)]!;
    total += stop - start;
    end = stop;
    last = start;
    count++;
    if (stop - start < size) break;
  }
  // Two halves joined by a character of tokens (`Qz9k…-b8Nc…`) are one token, judged by the token rules.
  if (total >= SPELLED_KEY_LENGTH && kinds === 7 && (count >= 3 || TOKEN_JOIN[sep] !== 1)) return 0;
  return last > from ? last : -1;
}

/**
 * Windows of 32 characters opening at a chunk's start; the accepted ones that overlap are reported as one span,
 * so a word of the chunks' width before the key (`with aB3d eF5g …`, itself part of an accepted window) is
 * redacted with the key rather than leaving the key's last chunk out.
 */
function wideWindows(chars: string, positions: readonly number[], size: number, sink: Sink): void {
  let open = -1;
  let close = -1;
  for (let w = 0; w + SPELLED_KEY_LENGTH <= chars.length; w += size) {
    if (!sink.isKey(chars.slice(w, w + SPELLED_KEY_LENGTH))) continue;
    if (open >= 0 && w > close) {
      sink.found.push({ start: positions[open]!, end: positions[close]! + 1, form: 'chunked' });
      open = -1;
    }
    if (open < 0) open = w;
    close = w + SPELLED_KEY_LENGTH - 1;
  }
  if (open >= 0) sink.found.push({ start: positions[open]!, end: positions[close]! + 1, form: 'chunked' });
}

/** Chunk widths read by {@link wideChunkedKeys}: two is {@link findSpelledKeys}' own, 32 is a bare key. */
export const WIDE_CHUNK_MIN = 3;
export const WIDE_CHUNK_MAX = 16;

/**
 * Keys cut in chunks of three to sixteen characters with one separator all along (`aB3 dE5 …`, `aB3dE-5fG6h-…`,
 * the last chunk shorter): runs starting in `[a, b)` at or after `readTo`, each read to its end (past `b`), their
 * windows of 32 characters judged by `isKey`. Returns the keys and where the reading stopped, so a caller that
 * looks at windows of the text one after another reads each run once. A run starting before `a` is not read:
 * the caller picks windows around a letter glued to a digit, which a chunked key holds within its first chunks.
 */
export function wideChunkedKeys(text: string, a: number, b: number, readTo: number, isKey: (value: string) => boolean): { keys: readonly SpelledKey[]; readTo: number } {
  let sink: Sink | undefined;
  let i = Math.max(a, readTo);
  while (i < b) {
    if (!isAlnum(text.charCodeAt(i)) || (i > 0 && isAlnum(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    sink ??= { isKey, found: [] };
    i = chunkRun(text, i, sink, WIDE_CHUNK_MIN, WIDE_CHUNK_MAX);
  }
  return { keys: sink?.found ?? NONE, readTo: Math.max(i, readTo) };
}
