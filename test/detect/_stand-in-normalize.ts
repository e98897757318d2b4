/**
 * Temporary stand-in for `normalizeText` until src/text/normalize.ts lands: lowercase copies with
 * identity maps and no decoded payloads. Deleted once the real normalizer exists.
 */
import type { NormalizedText } from '../../src/text/types.js';

export function standInNormalize(text: string): NormalizedText {
  const lower = text.toLowerCase();
  // toLowerCase can change lengths (e.g. "İ"); fall back to per-char lowering to keep maps exact.
  const matching = lower.length === text.length ? lower : [...text].map((ch) => (ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch)).join('');
  const map = new Uint32Array(matching.length + 1);
  for (let i = 0; i <= matching.length; i++) map[i] = i;
  return { original: text, matching, matchingMap: map, collapsed: matching, collapsedMap: map, decoded: [], detections: [], strip: [] };
}
