/**
 * Linear-time checks without wall-clock bounds: the cost of one input size is compared with the cost of
 * a size `factor` times larger, measured side by side in one process. Cost is this process's CPU time
 * (user + system), which other processes on a busy machine do not inflate the way they inflate elapsed
 * time; each size keeps the cheapest of several runs. A linear function grows by about `factor`; a
 * quadratic one by `factor²`. The bound sits far from both.
 */

/** Cheapest CPU time (ms) of `runs` calls of `fn`. */
function fastest(fn: () => void, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

export interface GrowthOptions {
  /** How many times larger the second input is. @default 8 */
  factor?: number;
  /** Runs per size (the cheapest counts). @default 5 */
  runs?: number;
}

/**
 * How much slower `run(makeInput(size * factor))` is than `run(makeInput(size))`, as a ratio. The small
 * input is measured with a floor of 0.05 ms so a near-zero time does not inflate the ratio.
 *
 * The measurement is taken up to three times and the lowest ratio kept: on a machine whose cores are
 * busy with other work, a slice taken from the large runs can only raise the ratio, so a linear
 * function shows its true growth in at least one attempt, while a quadratic one never comes near.
 */
export function growthRatio<T>(makeInput: (size: number) => T, run: (input: T) => unknown, size: number, options: GrowthOptions = {}): number {
  const factor = options.factor ?? 8;
  const runs = options.runs ?? 5;
  const small = makeInput(size);
  const large = makeInput(size * factor);
  run(small); // warm up the JIT on the same code path
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= linearBound(factor); attempt++) {
    const a = fastest(() => run(small), runs);
    const b = fastest(() => run(large), runs);
    best = Math.min(best, b / Math.max(a, 0.05));
  }
  return best;
}

/**
 * The bound a linear function stays under for a given factor: three times the factor, while a
 * quadratic function would grow by the factor squared (8 → 64, against a bound of 24).
 */
export const linearBound = (factor = 8): number => factor * 3;

/** Repeats `unit` to exactly `size` characters. */
export const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
