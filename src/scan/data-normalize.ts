/**
 * The normalization of a scan that runs only the data detectors (PII, secrets: the output direction).
 * Those read the original text and the spans to strip (`detectors.ts`), never the matching copies. With
 * decoding off, an ASCII text has nothing to strip and no normalizer finding (invisible characters and
 * payloads need characters above 0x7f or a decoder), so its result is known without a pass; the matching
 * copies are built only if something reads them. Any other text is normalized as usual.
 * @module
 */
import type { NormalizedText } from '../text/index.js';
import { isAscii } from '../text/units.js';

const NONE: readonly never[] = Object.freeze([]);

/** The full normalizer's result for an ASCII text with decoding off, its copies made on first read. */
class AsciiNormalized implements NormalizedText {
  readonly decoded = NONE;
  readonly detections = NONE;
  readonly strip = NONE;
  #full: NormalizedText | undefined;
  constructor(
    readonly original: string,
    private readonly normalize: (text: string) => NormalizedText,
  ) {}
  private get full(): NormalizedText {
    return (this.#full ??= this.normalize(this.original));
  }
  get matching(): string {
    return this.full.matching;
  }
  get matchingMap(): Uint32Array {
    return this.full.matchingMap;
  }
  get collapsed(): string {
    return this.full.collapsed;
  }
  get collapsedMap(): Uint32Array {
    return this.full.collapsedMap;
  }
}

/**
 * Whether `text` is the data normalizer's result for an ASCII text (nothing stripped): the data detectors
 * can read its original as it is, with no case-kept copy to make or to remember.
 */
export function isPlainAscii(text: NormalizedText): boolean {
  return text instanceof AsciiNormalized;
}

/**
 * `normalize` for a scanner whose detectors are all data detectors; `decodes` says whether its options
 * decode payloads (then every text takes the full pass, since an ASCII text may hold one).
 */
export function dataNormalizer(normalize: (text: string) => NormalizedText, decodes: boolean): (text: string) => NormalizedText {
  if (decodes) return normalize;
  return (text) => (isAscii(text) ? new AsciiNormalized(text, normalize) : normalize(text));
}
