/**
 * Text normalization: the matching copies every detector scans, and the decoders behind them.
 * @module
 */
export { normalizeText, createNormalizer } from './normalize.js';
export type { NormalizeOptions, DecoderName } from './options.js';
export { DECODER_NAMES } from './options.js';
export type { NormalizedText, DecodedSegment } from './types.js';
export { rot13, reverseText } from './decoders.js';
