/**
 * One-call conveniences over {@link createScanner}. Scanners are cached per options object, so
 * passing the same options object again reuses the compiled detectors; for a hot path, create a
 * scanner once with `createScanner()` instead of passing a fresh options literal per call.
 * @module
 */
import type { ChatMessage } from '../core/types.js';
import { GuardConfigError } from '../core/errors.js';
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { createScanner, SCAN_OPTION_KEYS } from './pipeline.js';
import type { MessagesScanResult, ScanOptions, Scanner, TextScanResult } from './pipeline.js';
import { buildOutputSanitizer, DEFAULT_MAX_OUTPUT_LENGTH, OUTPUT_OPTION_KEYS } from './output.js';
import type { OutputContext, OutputOptions, OutputSanitizer } from './output.js';

const cache = new WeakMap<object, Scanner>();
const defaults: Partial<Record<'input' | 'output', Scanner>> = {};

function scannerFor(options: ScanOptions | undefined, direction: 'input' | 'output'): Scanner {
  if (options === undefined) return (defaults[direction] ??= createScanner({ direction }));
  let scanner = cache.get(options);
  if (scanner === undefined || scanner.direction !== direction) {
    scanner = createScanner({ ...options, direction });
    cache.set(options, scanner);
  }
  return scanner;
}

/**
 * Scans user input (a text or a conversation) with the input policy: injection, PII, secrets and
 * invisible text. Returns the findings, the verdict and the sanitized text or messages.
 */
export function scanInput(input: string, options?: Omit<ScanOptions, 'direction'>): TextScanResult;
export function scanInput(input: readonly ChatMessage[], options?: Omit<ScanOptions, 'direction'>): MessagesScanResult;
export function scanInput(
  input: string | readonly ChatMessage[],
  options?: Omit<ScanOptions, 'direction'>,
): TextScanResult | MessagesScanResult {
  const scanner = scannerFor(options, 'input');
  return typeof input === 'string' ? scanner.scanText(input) : scanner.scanMessages(input);
}

/** Options of {@link sanitizeText}: the output options (the default direction), or the input scan options. */
export type SanitizeTextOptions = OutputOptions | (ScanOptions & { direction: 'input'; maxLength?: number });

const INPUT_TEXT_KEYS: OptionKeys<ScanOptions & { maxLength?: number }> = { ...SCAN_OPTION_KEYS, maxLength: true };
const outputCache = new WeakMap<object, OutputSanitizer>();
let defaultOutput: OutputSanitizer | undefined;

function outputSanitizerFor(options: OutputOptions | undefined): OutputSanitizer {
  if (options === undefined) return (defaultOutput ??= buildOutputSanitizer({}));
  let sanitizer = outputCache.get(options);
  if (sanitizer === undefined) {
    checkOptionKeys('sanitizeText()', options, OUTPUT_OPTION_KEYS);
    sanitizer = buildOutputSanitizer(options);
    outputCache.set(options, sanitizer);
  }
  return sanitizer;
}

/**
 * Sanitizes one text. In the `output` direction (the default: what the model answered) it applies the whole
 * output policy: length limit, system-prompt leaks (with `context.canary` / `systemPrompt`), PII and secrets
 * (placeholders restored with `context.restore`), markup and markdown URLs; a refused answer comes back as
 * the refusal with verdict `block`. With `direction: 'input'` it scans like {@link scanInput}.
 *
 * Both directions take `maxLength` (UTF-16 units, default 100000): a longer text is not scanned; it is
 * refused with a `length` finding (input: empty text; output: the refusal).
 */
export function sanitizeText(text: string, options?: SanitizeTextOptions, context?: OutputContext): TextScanResult {
  if (options?.direction === 'input') {
    const { maxLength, ...scanOptions } = options;
    checkOptionKeys('sanitizeText()', options, INPUT_TEXT_KEYS);
    const limit = maxLength ?? DEFAULT_MAX_OUTPUT_LENGTH;
    if (!Number.isSafeInteger(limit) || limit < 1) throw new GuardConfigError('mistral-guard: `maxLength` in sanitizeText() must be a positive whole number.');
    if (text.length > limit) {
      return { text: '', findings: [{ kind: 'length', type: 'input_too_long', action: 'block' }], verdict: 'block', injectionScore: 0 };
    }
    return scannerFor(maxLength === undefined ? options : scanOptionsOf(options, scanOptions), 'input').scanText(text);
  }
  return outputSanitizerFor(options as OutputOptions | undefined).sanitize(text, context);
}

/** The scan options without `maxLength`, one object per options object (so the scanner cache holds). */
const stripped = new WeakMap<object, ScanOptions>();
function scanOptionsOf(options: object, rest: ScanOptions): ScanOptions {
  let value = stripped.get(options);
  if (value === undefined) {
    value = rest;
    stripped.set(options, value);
  }
  return value;
}
