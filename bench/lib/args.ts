/** The command-line options of the bench scripts: `--name value` pairs after the positional arguments. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A numeric `--name N` option of `args`, or `fallback` when absent; a value that is not a number is refused. */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number, got ${JSON.stringify(args[at + 1])}`);
  return value;
}

/**
 * The `--against DIR` checkout of the A/B benches (`bench/*-ab.ts`), the repository root of this checkout, and the
 * `--rounds` option; prints `usage` and exits when `--against` is missing.
 */
export function abCheckouts(args: readonly string[], usage: string, defaultRounds: number): { here: string; against: string; rounds: number } {
  const at = args.indexOf('--against');
  const against = at === -1 ? undefined : args[at + 1];
  if (against === undefined) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const here = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  return { here, against, rounds: numberOption(args, 'rounds', defaultRounds) };
}
