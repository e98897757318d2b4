/**
 * One-call conveniences over {@link createScanner}. Scanners are cached per options object, so
 * passing the same options object again reuses the compiled detectors; for a hot path, create a
 * scanner once with `createScanner()` instead of passing a fresh options literal per call.
 * @module
 */
import type { ChatMessage } from '../core/types.js';
import { createScanner } from './pipeline.js';
import type { MessagesScanResult, ScanOptions, Scanner, TextScanResult } from './pipeline.js';

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

/**
 * Sanitizes one text in the given direction (default `output`: what the model answered), applying
 * the PII, secret and invisible-text policy.
 */
export function sanitizeText(text: string, options?: ScanOptions): TextScanResult {
  return scannerFor(options, options?.direction ?? 'output').scanText(text);
}
