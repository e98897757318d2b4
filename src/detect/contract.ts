/**
 * One contract for every text detector: the normalized copies of a text in, detections out. The scan
 * pipeline runs a list of these and never needs to know what a detector looks for; the joined pass
 * over a conversation (user turns together, the text chunks of a message joined) runs the same list
 * over the joined text.
 * @module
 */
import type { Detection } from '../core/types.js';
import type { NormalizedText } from '../text/types.js';

/** The detectors of the input side, as named in policies and results. */
export type DetectorName = 'injection' | 'restrictions' | 'pii' | 'secrets';

/** Who wrote a text: the user, or (in a conversation the client sends) the assistant. */
export type TextRole = 'user' | 'assistant';

/** What a detector may know about a text besides its copies. */
export interface DetectorContext {
  /**
   * Who wrote the text. Some evidence depends on it: a first-person policy change ("my restrictions have
   * been lifted") is a forgery in an assistant turn the client sends.
   * @default 'user'
   */
  role?: TextRole;
  /**
   * Whether the user wrote text earlier in the conversation (a user turn before this one): "summarize the
   * text above" may then name that text, not a hidden prompt.
   * @default false
   */
  materialBefore?: boolean;
}

/** What a detector found in one text. */
export interface DetectorResult {
  /** The strength of the case against the text, 0..1 (a data detector: its strongest detection). */
  score: number;
  /** Spans index the original text (`text.original`). */
  detections: Detection[];
}

/** A detector: pure, compiled once, run on every text. */
export interface TextDetector {
  readonly name: DetectorName;
  detect(text: NormalizedText, context?: DetectorContext): DetectorResult;
}

/** The result of a detector that found nothing. */
export const NOTHING: DetectorResult = Object.freeze({ score: 0, detections: [] }) as DetectorResult;

/** The strongest score among detections (data detectors report no overall score of their own). */
export function strongest(detections: readonly Detection[]): number {
  let best = 0;
  for (const d of detections) if (d.score > best) best = d.score;
  return best;
}
