/**
 * The contract between normalization and the detectors.
 * @module
 */
import type { Detection } from '../core/types.js';

/** A payload found encoded in the text (base64, hex, ...) and decoded for a second scan. */
export interface DecodedSegment {
  /** Span of the encoded run in the original text (UTF-16). */
  start: number;
  end: number;
  encoding:
    | 'base64'
    | 'hex'
    | 'url'
    | 'html_entities'
    | 'rot13'
    | 'reversed'
    | 'escapes'
    | 'caesar'
    | 'morse'
    | 'binary'
    | 'pig_latin'
    | 'base32'
    | 'quoted_printable'
    | 'url_double'
    | 'punycode'
    | 'a1z26'
    | 'nato'
    | 'atbash'
    | 'rot47'
    | 'upside_down'
    | 'braille'
    | 'regional_indicators';
  /** The decoded payload, itself normalized (bounded depth). Its spans index the decoded text. */
  decoded: NormalizedText;
  /** 1 for a payload decoded from the message itself, 2 for one decoded from a decoded payload, ... */
  depth: number;
}

/**
 * A user text together with its matching copies. Detectors match on the copies and report spans in
 * the original text through the maps; the text sent to the model is the original minus `strip`.
 */
export interface NormalizedText {
  readonly original: string;
  /**
   * Matching copy: NFKC, invisible and format characters removed, tag characters decoded to ASCII,
   * combining marks dropped, Latin look-alikes folded to their skeleton, lowercased.
   */
  readonly matching: string;
  /**
   * `matchingMap[i]` is the original index of `matching[i]`; has `matching.length + 1` entries.
   * Read-only: when nothing moved it is a view of a table shared by every call, so writing into it
   * would corrupt later results (copy it with `.slice()` first).
   */
  readonly matchingMap: Uint32Array;
  /** Keyword copy: `matching` with leetspeak mapped back and single-character separators collapsed. */
  readonly collapsed: string;
  /** `collapsedMap[i]` is the original index of `collapsed[i]`; has `collapsed.length + 1` entries. Read-only, as above. */
  readonly collapsedMap: Uint32Array;
  /** Encoded payloads found and decoded (bounded in count, size and depth). */
  readonly decoded: readonly DecodedSegment[];
  /** Findings of normalization itself: kind `invisible` (zero-width, bidi, tags, VS floods) and `encoding`. */
  readonly detections: readonly Detection[];
  /** Spans of the original to remove from what is sent to the model (sorted, non-overlapping). */
  readonly strip: ReadonlyArray<readonly [start: number, end: number]>;
}
