/**
 * The normalizer the injection benchmarks run with. Until `normalizeText` lands in src/text, a
 * stand-in (lowercase copies, identity maps, no decoded payloads) is used and named in the results.
 */
import type { NormalizedText } from '../src/text/types.js';

/** Which normalizer produced the figures. */
export const NORMALIZER = 'stand-in (lowercase, identity maps, no decoding)';

export function normalizeForBench(text: string): NormalizedText {
  const matching = text.toLowerCase().length === text.length ? text.toLowerCase() : text;
  const map = new Uint32Array(matching.length + 1);
  for (let i = 0; i <= matching.length; i++) map[i] = i;
  return { original: text, matching, matchingMap: map, collapsed: matching, collapsedMap: map, decoded: [], detections: [], strip: [] };
}
