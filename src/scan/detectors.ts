/**
 * The detectors of a scanner under the one contract of `detect/contract.ts`. Injection and the
 * system-prompt restrictions speak it already; PII and secrets read a case-kept copy of the original
 * (`detection-copy.ts`), so thin wrappers hand them that copy and map their spans back.
 * @module
 */
import type { Detection } from '../core/types.js';
import type { NormalizedText } from '../text/types.js';
import { strongest, type DetectorName, type DetectorResult, type TextDetector } from '../detect/contract.js';
import type { InjectionDetector } from '../detect/injection.js';
import type { RestrictionProfile } from '../detect/restrictions.js';
import { detectionCopy, toOriginal, type DetectionCopy } from './detection-copy.js';
import { isPlainAscii } from './data-normalize.js';

/** The case-kept copy of a normalized text, made once however many data detectors read it. */
const copies = new WeakMap<NormalizedText, DetectionCopy>();
function copyOf(text: NormalizedText): DetectionCopy | null {
  // An ASCII text of the output scan needs no copy (known without reading it again, nothing remembered).
  if (isPlainAscii(text)) return null;
  const known = copies.get(text);
  if (known !== undefined) return known;
  const copy = detectionCopy(text.original, text.strip);
  // "No copy" (ASCII, nothing stripped) is found again by one native probe, cheaper than a WeakMap entry.
  if (copy !== null) copies.set(text, copy);
  return copy;
}

/**
 * A data detector (PII, secrets) under the contract: it reads the case-kept copy (invisible characters
 * removed, compatibility forms folded) and its spans are mapped back to the original.
 */
export function dataDetector(name: Extract<DetectorName, 'pii' | 'secrets'>, detect: (text: string) => Detection[]): TextDetector {
  return {
    name,
    detect(text: NormalizedText): DetectorResult {
      const copy = copyOf(text);
      const detections = toOriginal(detect(copy?.text ?? text.original), copy);
      return { score: strongest(detections), detections };
    },
  };
}

/** The injection detector under the contract (it already speaks it; this names it). */
export function injectionDetector(detect: InjectionDetector): TextDetector {
  return { name: 'injection', detect };
}

/** The restrictions of one system prompt under the contract. */
export function restrictionDetector(profile: RestrictionProfile): TextDetector {
  return { name: 'restrictions', detect: (text) => profile.check(text) };
}
