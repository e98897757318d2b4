/**
 * A key spelled one character at a time: `a B 3 d …`, `a|B|3|…`, `a, B, 3, …`, one character per line, or a
 * JS/Python character array (`['a', 'B', '3', …]`). The characters are read back into one string and handed
 * to the caller's shape test, so a key spelled backwards or ROT13'd (both keep the shape of a Mistral key:
 * 32 letters and digits of both cases) is caught the same way.
 *
 * Linear, and cheap on prose: 32 spelled characters span at least 63 characters in which no two letters or
 * digits touch. A skip search reads a window of 63 from its end and jumps past the first touching pair it
 * meets, so a word costs a read or two; only a stretch without such a pair is read whole, once, and each run
 * in it is read to its end before the search goes on after it. The shape test sees each window of 32
 * characters of a run once (a run is never cut: padding before a key cannot split it).
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

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Two letters or digits side by side at `i` and `i + 1`: no spelled run holds them. */
const touching = (text: string, i: number): boolean => isAlnum(text.charCodeAt(i)) && isAlnum(text.charCodeAt(i + 1));
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

/**
 * Spans of keys spelled one character at a time: each window of {@link SPELLED_KEY_LENGTH} spelled
 * characters that `isKey` accepts, from its first unit to its last (quotes included). Windows that
 * overlap a reported one are skipped.
 */
export function findSpelledKeys(text: string, isKey: (value: string) => boolean): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  const n = text.length;
  let a = 0;
  while (a + MIN_SPAN <= n) {
    // Skip search: the last touching pair of the window moves the window past it.
    let j = a + MIN_SPAN - 2;
    while (j >= a && !touching(text, j)) j--;
    if (j >= a) {
      a = j + 1;
      continue;
    }
    // A stretch without touching pairs, as long as it goes: its runs are read once each.
    let b = a + MIN_SPAN;
    while (b < n && !touching(text, b - 1)) b++;
    for (let i = a; i < b; ) {
      const units = unitAt(text, i) === undefined ? [] : readRun(text, i);
      if (units.length === 0) {
        i++;
        continue;
      }
      i = units[units.length - 1]!.end;
      if (units.length >= SPELLED_KEY_LENGTH) keysInRun(units, isKey, found);
    }
    a = b;
  }
  return found;
}

/** Each window of 32 spelled characters that `isKey` accepts; windows overlapping a reported one are skipped. */
function keysInRun(units: Unit[], isKey: (value: string) => boolean, found: Array<[number, number]>): void {
  const chars = units.map((u) => u.char).join('');
  for (let w = 0; w + SPELLED_KEY_LENGTH <= units.length; w++) {
    if (!isKey(chars.slice(w, w + SPELLED_KEY_LENGTH))) continue;
    found.push([units[w]!.start, units[w + SPELLED_KEY_LENGTH - 1]!.end]);
    w += SPELLED_KEY_LENGTH - 1;
  }
}
