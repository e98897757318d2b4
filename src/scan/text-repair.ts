/**
 * Text that cannot travel as it is: a lone UTF-16 surrogate (half of a character, which JSON allows as
 * `"\ud800"` but no model or log can read) and the NUL character (which truncates C strings in
 * downstream tools). Both are replaced by U+FFFD, one unit for one unit, so every offset stays valid,
 * and each replaced run is recorded; `invalidText: 'block'` refuses the request instead.
 * @module
 */

/** What was replaced. */
export type RepairType = 'lone_surrogate' | 'nul_character';

/** One replaced run, in UTF-16 offsets (the same in the text before and after). */
export interface Repair {
  type: RepairType;
  start: number;
  end: number;
}

const REPLACEMENT = '\uFFFD';

/** `String.prototype.isWellFormed` (ES2024, in every Node this package supports; the compiler's lib is older). */
const isWellFormed = (String.prototype as unknown as { isWellFormed: (this: string) => boolean }).isWellFormed;

/**
 * Replaces lone surrogates and NULs in one linear pass; returns the text itself when there are none.
 * Nearly every text has neither: two native checks answer that (a 4 KB prompt: 0.1 µs instead of 9 µs
 * reading it unit by unit here), and this runs on every text of every request, the resent history included.
 */
export function repairText(text: string): { text: string; repairs: Repair[] } {
  if (isWellFormed.call(text) && !text.includes('\u0000')) return { text, repairs: [] };
  const repairs: Repair[] = [];
  let out: string[] | undefined;
  let copied = 0;
  const replace = (at: number, type: RepairType): void => {
    out ??= [];
    out.push(text.slice(copied, at), REPLACEMENT);
    copied = at + 1;
    const last = repairs[repairs.length - 1];
    if (last !== undefined && last.type === type && last.end === at) last.end = at + 1;
    else repairs.push({ type, start: at, end: at + 1 });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) replace(i, 'nul_character');
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else replace(i, 'lone_surrogate');
    } else if (c >= 0xdc00 && c <= 0xdfff) replace(i, 'lone_surrogate');
  }
  if (out === undefined) return { text, repairs };
  out.push(text.slice(copied));
  return { text: out.join(''), repairs };
}
