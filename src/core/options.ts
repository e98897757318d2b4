/**
 * Option-object checks shared by every public factory: unknown keys (typos such as `sytemPrompt`) are
 * rejected at construction with the closest valid key, as helmet and express-rate-limit do.
 * @module
 */
import { GuardConfigError } from './errors.js';

/**
 * Every key of an options type, as a literal map. Declaring the map as `OptionKeys<MyOptions>` makes the
 * compiler insist that it lists each option, so the list of known keys cannot drift from the type.
 */
export type OptionKeys<T> = { readonly [K in keyof Required<T>]: true };

/** Edit distance with adjacent swaps counted as one edit ("sytem" / "system"). Short strings only. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1]!;
}

/**
 * The candidate closest to `name` (case-insensitive), when it is close enough to be a likely typo:
 * at most a third of the name's length in edits (at least one), or the start of the candidate give or take
 * one edit.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase().slice(0, 64);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    // A shortened name ("violence" for "violence_and_threats") is a likely slip too.
    if (lower.length >= 3 && other.startsWith(lower)) return candidate;
    let distance = editDistance(lower, other);
    // A slip in a shortened name ("timout" for "timeoutMs"): one edit from the candidate's start.
    if (lower.length >= 5) {
      for (let k = lower.length - 1; k <= lower.length + 1 && k < other.length; k++) {
        if (editDistance(lower, other.slice(0, k)) <= 1) distance = Math.min(distance, 1);
      }
    }
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(lower.length / 3)) ? best : undefined;
}

/** ` Did you mean \`x\`?` when a candidate is close, else the list of valid names. */
export function suggestion(name: string, candidates: readonly string[]): string {
  const near = closestName(name, candidates);
  return near !== undefined ? ` Did you mean \`${near}\`?` : ` Valid: ${candidates.join(', ')}.`;
}

/**
 * Checks that `options` is a plain object (or undefined) whose keys are all known.
 * @param where how the user names the options in code, e.g. `sanitizeInput()` or `moderate({ actions })`
 * @throws GuardConfigError naming the unknown key and the closest valid one
 */
export function checkOptionKeys<T>(where: string, options: unknown, known: OptionKeys<T>): asserts options is T | undefined {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new GuardConfigError(`mistral-guard: ${where} expects an options object; got ${describe(options)}.`);
  }
  const names = Object.keys(known);
  for (const key of Object.keys(options)) {
    if (!Object.prototype.hasOwnProperty.call(known, key)) {
      throw new GuardConfigError(`mistral-guard: unknown option \`${key}\` in ${where}.${suggestion(key, names)}`);
    }
  }
}

/** A short, content-free description of a bad option value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
