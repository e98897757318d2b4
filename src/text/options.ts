/**
 * Options of the normalizer, validated and merged once (in `createNormalizer`).
 * @module
 */
import { GuardConfigError } from '../core/errors.js';
import type { DecodedSegment } from './types.js';

/** A decoder that can be switched on or off. */
export type DecoderName = DecodedSegment['encoding'];

/** Every decoder, in the order candidates are tried. */
export const DECODER_NAMES: readonly DecoderName[] = [
  'base64',
  'hex',
  'url',
  'html_entities',
  'escapes',
  'rot13',
  'reversed',
  'caesar',
  'morse',
  'binary',
  'pig_latin',
  'base32',
  'quoted_printable',
  'url_double',
  'punycode',
  'a1z26',
  'nato',
  'atbash',
  'rot47',
  'upside_down',
  'braille',
  'regional_indicators',
];

/** Options of {@link normalizeText} and {@link createNormalizer}. Every field is optional. */
export interface NormalizeOptions {
  /**
   * How deep payloads are decoded: 1 decodes payloads found in the text, 2 also payloads found inside
   * those, and so on. 0 turns all decoders off.
   * @default 3
   */
  maxDecodeDepth?: number;
  /**
   * Budget of decoded output per call, all segments and depths together, in bytes (UTF-8 bytes for
   * base64/hex/url/escapes/binary, UTF-16 units for entities, ROT13, reversed, Caesar, Morse and
   * pig-latin text). Input beyond the
   * budget is not decoded.
   * @default 16384
   */
  maxDecodedBytes?: number;
  /**
   * Maximum number of decoded segments per call, all depths together.
   * @default 16
   */
  maxSegments?: number;
  /**
   * Maximum number of candidate spans examined per call and per text (decoding attempts, kept or not).
   * @default 64
   */
  maxCandidates?: number;
  /**
   * Minimum length of a base64 or hex run worth decoding, in characters.
   * @default 16
   */
  minCandidateLength?: number;
  /**
   * Minimum share of printable characters (letters, digits, punctuation, spaces) in a decoded
   * base64/hex payload for it to be kept as text.
   * @default 0.85
   */
  minPrintableRatio?: number;
  /**
   * Decoders to run; a missing key keeps its default. By alphabet: `base64`, `base32`, `hex`, `url`
   * (and `url_double`, `%2569` in one step), `quoted_printable`, `html_entities` (the full HTML table),
   * `escapes`, `punycode`, `morse`, `binary` (8-bit groups), `a1z26`, `nato`, `braille`,
   * `regional_indicators`, `upside_down`. On a cue (an instruction word written that way, or a
   * mention): `rot13`, `atbash`, `rot47`, `reversed`, `caesar` (shifts other than 13). Letter codes
   * and word transforms keep a payload only when it reads as natural text.
   * @default every decoder on, e.g. `{ base64: true, rot47: true, … }`
   */
  decoders?: Partial<Record<DecoderName, boolean>>;
  /**
   * Fold Latin look-alikes (Cyrillic, Greek, Armenian, Cherokee, Latin small capitals) to Latin letters
   * in the matching copy, for words that are mixed-script or sit among Latin words.
   * @default true
   */
  foldConfusables?: boolean;
  /**
   * Combining marks on one base character above which a `combining_mark_flood` (Zalgo) is reported.
   * @default 4
   */
  maxCombiningMarks?: number;
  /**
   * Cap on the detections reported per call (the `strip` list is never capped).
   * @default 256
   */
  maxDetections?: number;
}

/** The validated, complete configuration used on the hot path. */
export interface NormalizeConfig {
  readonly maxDecodeDepth: number;
  readonly maxDecodedBytes: number;
  readonly maxSegments: number;
  readonly maxCandidates: number;
  readonly minCandidateLength: number;
  readonly minPrintableRatio: number;
  readonly decoders: Readonly<Record<DecoderName, boolean>>;
  readonly foldConfusables: boolean;
  readonly maxCombiningMarks: number;
  readonly maxDetections: number;
}

export const DEFAULT_CONFIG: NormalizeConfig = Object.freeze({
  maxDecodeDepth: 3,
  maxDecodedBytes: 16_384,
  maxSegments: 16,
  maxCandidates: 64,
  minCandidateLength: 16,
  minPrintableRatio: 0.85,
  decoders: Object.freeze(Object.fromEntries(DECODER_NAMES.map((name) => [name, true])) as Record<DecoderName, boolean>),
  foldConfusables: true,
  maxCombiningMarks: 4,
  maxDetections: 256,
});

type IntegerKey = 'maxDecodeDepth' | 'maxDecodedBytes' | 'maxSegments' | 'maxCandidates' | 'minCandidateLength' | 'maxCombiningMarks' | 'maxDetections';

const INTEGER_RANGES: Readonly<Record<IntegerKey, readonly [number, number]>> = {
  maxDecodeDepth: [0, 8],
  maxDecodedBytes: [0, 16_777_216],
  maxSegments: [0, 4096],
  maxCandidates: [0, 100_000],
  minCandidateLength: [8, 4096],
  maxCombiningMarks: [1, 255],
  maxDetections: [0, 1_000_000],
};

const KNOWN_KEYS = new Set<string>([...Object.keys(INTEGER_RANGES), 'minPrintableRatio', 'decoders', 'foldConfusables']);

/**
 * Validates user options and merges them over the defaults.
 * @throws GuardConfigError when an option has the wrong type or is out of range; the message names it.
 */
export function resolveNormalizeOptions(options: NormalizeOptions | undefined): NormalizeConfig {
  if (options === undefined) return DEFAULT_CONFIG;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new GuardConfigError('normalize options must be an object, e.g. `{ maxDecodeDepth: 2 }`.');
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN_KEYS.has(key)) {
      throw new GuardConfigError(`Unknown normalize option \`${key}\`. Known options: ${[...KNOWN_KEYS].join(', ')}.`);
    }
  }
  const merged: { -readonly [K in keyof NormalizeConfig]: NormalizeConfig[K] } = { ...DEFAULT_CONFIG };
  for (const key of Object.keys(INTEGER_RANGES) as IntegerKey[]) {
    const value = options[key];
    if (value === undefined) continue;
    const [min, max] = INTEGER_RANGES[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new GuardConfigError(`normalize option \`${key}\` must be an integer from ${min} to ${max}; got ${JSON.stringify(value)}.`);
    }
    merged[key] = value;
  }
  if (options.minPrintableRatio !== undefined) {
    const value = options.minPrintableRatio;
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new GuardConfigError(`normalize option \`minPrintableRatio\` must be a number from 0 to 1; got ${JSON.stringify(value)}.`);
    }
    merged.minPrintableRatio = value;
  }
  if (options.foldConfusables !== undefined) {
    if (typeof options.foldConfusables !== 'boolean') {
      throw new GuardConfigError('normalize option `foldConfusables` must be a boolean.');
    }
    merged.foldConfusables = options.foldConfusables;
  }
  if (options.decoders !== undefined) {
    const decoders = options.decoders;
    if (typeof decoders !== 'object' || decoders === null || Array.isArray(decoders)) {
      throw new GuardConfigError('normalize option `decoders` must be an object such as `{ rot13: false }`.');
    }
    const resolved = { ...DEFAULT_CONFIG.decoders };
    for (const [name, on] of Object.entries(decoders)) {
      if (!(DECODER_NAMES as readonly string[]).includes(name)) {
        throw new GuardConfigError(`Unknown decoder \`${name}\` in normalize option \`decoders\`. Known: ${DECODER_NAMES.join(', ')}.`);
      }
      if (on === undefined) continue;
      if (typeof on !== 'boolean') throw new GuardConfigError(`normalize option \`decoders.${name}\` must be a boolean.`);
      resolved[name as DecoderName] = on;
    }
    merged.decoders = Object.freeze(resolved);
  }
  return Object.freeze(merged);
}
