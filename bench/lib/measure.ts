/**
 * Side-by-side timing for benchmarks: the candidate and its baseline are run interleaved in the same
 * process, so machine noise hits both alike, and the result is reported as a ratio of medians.
 */
import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Median nanoseconds per call. */
  medianNs: number;
  p95Ns: number;
}

export interface Comparison {
  candidate: Timing;
  baseline: Timing;
  /** candidate median / baseline median. */
  ratio: number;
}

/** Wall-clock nanoseconds per call over one batch. */
function timeBatch(fn: () => unknown, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return ((performance.now() - start) * 1e6) / iterations;
}

/**
 * CPU nanoseconds of this process per call over one batch: on a machine shared with other runs, time spent
 * waiting for a core is not the code's cost, and wall-clock batches of a slow candidate catch more of it.
 */
export function cpuTimeBatch(fn: () => unknown, iterations: number): number {
  const before = process.cpuUsage();
  for (let i = 0; i < iterations; i++) fn();
  const spent = process.cpuUsage(before);
  return ((spent.user + spent.system) * 1000) / iterations;
}

function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { medianNs: at(0.5), p95Ns: at(0.95) };
}

/**
 * Runs `candidate` and `baseline` in alternating batches (warm-up first) and compares medians.
 * @param rounds number of alternating batches
 * @param iterations calls per batch
 * @param batch how one batch is timed, in nanoseconds per call (default wall clock; {@link cpuTimeBatch})
 */
export function compare(candidate: () => unknown, baseline: () => unknown, rounds = 60, iterations = 50, batch: (fn: () => unknown, iterations: number) => number = timeBatch): Comparison {
  for (let i = 0; i < 5; i++) {
    batch(candidate, iterations);
    batch(baseline, iterations);
  }
  const c: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    c.push(batch(candidate, iterations));
    b.push(batch(baseline, iterations));
  }
  const candidateTiming = summarize(c);
  const baselineTiming = summarize(b);
  return { candidate: candidateTiming, baseline: baselineTiming, ratio: candidateTiming.medianNs / baselineTiming.medianNs };
}

/** Repeated comparisons: the run with the median ratio, and every run sorted by ratio. */
export interface RepeatedComparison {
  median: Comparison;
  runs: Comparison[];
}

/**
 * {@link compare} run `repeats` times; on a noisy machine a single run can land in a slow or fast
 * phase, so the run with the median ratio is reported, with all runs for the record.
 */
export function compareRepeated(candidate: () => unknown, baseline: () => unknown, repeats = 5): RepeatedComparison {
  const runs: Comparison[] = [];
  for (let r = 0; r < repeats; r++) runs.push(compare(candidate, baseline));
  runs.sort((a, b) => a.ratio - b.ratio);
  return { median: runs[Math.floor(repeats / 2)]!, runs };
}

/** Times one call (for the adversarial-input records), in milliseconds. */
export function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** One piece's A/B figures: each side as a ratio to the email-regex baseline, and base time over this time. */
export interface AbFigures {
  base: number;
  this: number;
  /** > 1: this checkout is faster. */
  baseOverThis: number;
}

/**
 * Times each piece of two checkouts side by side: CPU-time batches in alternation (base, this, the baseline)
 * after `warmups` rounds, medians of `rounds`. Alternation spreads the machine's slow and fast phases over all three.
 */
export function abPieces(
  before: Record<string, () => unknown>,
  after: Record<string, () => unknown>,
  baseline: () => unknown,
  options: { iterations: number; rounds: number; warmups: number },
): Record<string, AbFigures> {
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1]!;
  const out: Record<string, AbFigures> = {};
  for (const piece of Object.keys(after)) {
    const runs: Record<'base' | 'this' | 'baseline', number[]> = { base: [], this: [], baseline: [] };
    for (let w = 0; w < options.warmups; w++) for (const fn of [before[piece]!, after[piece]!, baseline]) cpuTimeBatch(fn, options.iterations);
    for (let r = 0; r < options.rounds; r++) {
      runs.base.push(cpuTimeBatch(before[piece]!, options.iterations));
      runs.this.push(cpuTimeBatch(after[piece]!, options.iterations));
      runs.baseline.push(cpuTimeBatch(baseline, options.iterations));
    }
    const [b, t, m] = [median(runs.base), median(runs.this), median(runs.baseline)];
    out[piece] = { base: +(b / m).toFixed(2), this: +(t / m).toFixed(2), baseOverThis: +(b / t).toFixed(3) };
  }
  return out;
}
