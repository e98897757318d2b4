/**
 * One-pass application of span edits (strip, filter, redact) to an original text.
 * @module
 */

/** Replace `original.slice(start, end)` with `replacement`. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/**
 * Applies edits in one pass. Where edits overlap, the one starting first wins (the longer one on a
 * tie) and the other covers only what is left (still with its replacement), so no value is
 * ever half-visible.
 */
export function applyEdits(original: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return original;
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.end <= cursor) continue;
    const start = Math.max(edit.start, cursor);
    out += original.slice(cursor, start) + edit.replacement;
    cursor = edit.end;
  }
  return out + original.slice(cursor);
}
