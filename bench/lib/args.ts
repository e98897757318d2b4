/** The command-line options of the bench scripts: `--name value` pairs after the positional arguments. */

/** A numeric `--name N` option of `args`, or `fallback` when absent; a value that is not a number is refused. */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number, got ${JSON.stringify(args[at + 1])}`);
  return value;
}
