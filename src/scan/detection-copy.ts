/**
 * The copy of a text that the PII and secret detectors read: invisible characters removed and
 * compatibility forms folded (fullwidth digits, math letters), case kept. Without it, a zero-width
 * space inside an email or a card number would hide the value from the detectors, and stripping it
 * afterwards would send the value upstream in clear.
 * @module
 */
import type { Detection } from '../core/types.js';
import { isAscii } from '../text/units.js';

export interface DetectionCopy {
  text: string;
  /** Original start offset of each UTF-16 unit of `text`. */
  starts: Uint32Array;
  /** Original end offset of each UTF-16 unit of `text`. */
  ends: Uint32Array;
}

/** Null when the detectors can read the original as it is (plain ASCII, nothing to strip). */
export function detectionCopy(original: string, strip: ReadonlyArray<readonly [number, number]>): DetectionCopy | null {
  if (strip.length === 0 && isAscii(original)) return null;
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let s = 0;
  for (let i = 0; i < original.length; ) {
    while (s < strip.length && strip[s]![1] <= i) s++;
    if (s < strip.length && strip[s]![0] <= i) {
      i = strip[s]![1];
      continue;
    }
    const code = original.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < original.length ? 2 : 1;
    const unit = original.slice(i, i + width);
    const folded = code < 0x80 ? unit : unit.normalize('NFKC');
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) {
      starts.push(i);
      ends.push(i + width);
    }
    i += width;
  }
  return { text: parts.join(''), starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}

/** Maps detections on the copy back to spans of the original (covering any stripped characters inside). */
export function toOriginal(detections: readonly Detection[], copy: DetectionCopy | null): Detection[] {
  if (copy === null) return detections as Detection[];
  return detections.map((d) => ({ ...d, start: copy.starts[d.start]!, end: copy.ends[d.end - 1]! }));
}
