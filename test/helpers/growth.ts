/**
 * Linear-time checks without wall-clock bounds: the cost of one input size is compared with the cost of
 * a size `factor` times larger, measured side by side in one process. A linear function grows by about
 * `factor`; a quadratic one by `factor²`. The bound sits far from both.
 *
 * Both samples do the same amount of work: the small input runs `factor` times in one sample, the large
 * one once. Equal samples see the same garbage-collection work, the same timer granularity and the same
 * share of background compiler threads, so a busy machine moves both the same way, where a tiny small
 * sample next to a large one turned noise into a ratio (a CI run read 32 for a linear scan). Samples
 * alternate small, large, small, large, so a burst of load lands on both; each keeps its cheapest run.
 * Cost is this process's CPU time (user + system), which other processes do not inflate the way they
 * inflate elapsed time.
 */

/** CPU time (ms) of one call of `fn`. */
function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

export interface GrowthOptions {
  /** How many times larger the second input is. @default 8 */
  factor?: number;
  /** Samples per size (the cheapest counts). @default 5 */
  runs?: number;
}

/**
 * How much slower `run(makeInput(size * factor))` is than `run(makeInput(size))`, as a ratio. The small
 * input's time is floored at 0.05 ms per call so a near-zero time does not inflate the ratio.
 *
 * The measurement is taken up to five times and the lowest ratio kept: load from other work can only
 * raise one attempt's ratio, so a linear function shows its true growth in at least one attempt, while
 * a quadratic one never comes near the bound.
 */
export function growthRatio<T>(makeInput: (size: number) => T, run: (input: T) => unknown, size: number, options: GrowthOptions = {}): number {
  const factor = options.factor ?? 8;
  const runs = options.runs ?? 5;
  const small = makeInput(size);
  const large = makeInput(size * factor);
  const smallBatch = (): void => {
    for (let i = 0; i < factor; i++) run(small);
  };
  // Warm up the JIT on both paths, so neither sample pays for compiling.
  smallBatch();
  run(large);
  let best = Infinity;
  for (let attempt = 0; attempt < 5 && best >= linearBound(factor); attempt++) {
    let smallBest = Infinity;
    let largeBest = Infinity;
    for (let i = 0; i < runs; i++) {
      smallBest = Math.min(smallBest, cpuMs(smallBatch));
      largeBest = Math.min(largeBest, cpuMs(() => run(large)));
    }
    best = Math.min(best, largeBest / Math.max(smallBest / factor, 0.05));
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
