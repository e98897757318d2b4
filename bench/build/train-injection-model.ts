/**
 * Trains the learned injection scorer (`src/detect/injection-model.ts`) and writes its pruned weights to
 * `src/detect/injection-model-weights.ts`. Deterministic: the same data gives the same weights (the
 * shuffle uses a fixed seed, sums run in a fixed order); the digest of the weights is printed and
 * written into the module.
 *
 * Data (licence-clean, see bench/data/README.md): the dev set (`bench/data/dev/injection.dev.jsonl`), and
 * the `tune` rows of the written sets in `bench/data/` ({@link WRITTEN_SETS}), and the rows written for the
 * model (`injection-model-train.txt`). Never: `holdout` rows, the public benign sets (oasst1, HumanEval, GSM8K:
 * evaluation only), the lead's sets (holdout only), attack-obfuscated and attack-suffix (their text is an
 * encoding or gibberish, other detectors' business).
 *
 *   node --import tsx bench/build/train-injection-model.ts            # train on all, write the weights
 *   node --import tsx bench/build/train-injection-model.ts --check    # train, compare with the shipped digest
 *   node --import tsx bench/build/train-injection-model.ts --loso     # leave-one-source-out on the dev set, into bench/results/injection-model.md
 *   node --import tsx bench/build/train-injection-model.ts --oof      # 5-fold out-of-fold probabilities and mappings, per source
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl, type InjectionRow } from '../lib/prompts.js';
import { loadEvalSets, userText } from '../lib/eval-sets.js';
import { normalizeText } from '../../src/text/index.js';
import { createHash } from 'node:crypto';
import { LEARNED_SCORES, loadInjectionModel, type InjectionModel, type InjectionModelWeights, type LearnedScores } from '../../src/detect/injection-model.js';
import { buildDetector, builtinInjectionScanner, DEFAULT_INJECTION_THRESHOLD } from '../../src/detect/injection.js';
import { scanCues } from '../../src/detect/injection-cues.js';
import { KEYWORD_COPY } from '../../src/detect/phrase-engine.js';
import { featurize, train, TRAINING, weightsDigest, type Example } from './injection-model-fit.js';

const here = dirname(fileURLToPath(import.meta.url));
const WEIGHTS_FILE = resolve(here, '../../src/detect/injection-model-weights.ts');

/** Rows written for the model (`A<TAB>text` or `B<TAB>text`), next to this script. */
const AUTHORED_FILE = resolve(here, 'injection-model-train.txt');

/**
 * Written sets whose tune rows train the model: every set of `bench/data/` but the public benign sets (evaluation
 * only), the lead's sets (holdout only), and the encoded and suffixed attacks (an encoding or gibberish around the
 * request: the decoders' and the suffix detector's business). The benign suffix look-alikes stay: code, logs and
 * other scripts the model must not read as attacks.
 */
export const WRITTEN_SETS = [
  'attack-control-11',
  'attack-extraction',
  'attack-extraction-2',
  'attack-extraction-3',
  'attack-hijack',
  'attack-hijack-2',
  'attack-lang',
  'attack-lang-2',
  'attack-persuasion',
  'attack-persuasion-extra',
  'attack-split',
  'attack-split-2',
  'benign-lookalike',
  ...[2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((k) => `benign-lookalike-${k}`),
  'benign-lookalike-9-extra',
  'benign-lookalike-11-extra',
  'benign-lookalike-11-extra2',
  'benign-lookalike-11-extra3',
  'benign-lookalike-11-extra4',
  'benign-persuasion-extra',
  'benign-suffixlike',
  'benign-suffixlike-2',
  'benign-suffixlike-extra',
  'benign-suffixlike-extra-2',
];

/** Loads the training examples (never a holdout row, never a public benign set). */
export function loadExamples(): Example[] {
  const out: Example[] = [];
  for (const r of readJsonl<InjectionRow>('injection.dev.jsonl')) {
    if (TRAINING.sourceWeight[r.source] === 0) continue;
    out.push({ source: r.source, text: r.text, label: r.label === 'attack' ? 1 : 0, weight: TRAINING.sourceWeight[r.source] ?? 1, ...featurize(r.text) });
  }
  for (const line of readFileSync(AUTHORED_FILE, 'utf8').split('\n')) {
    const m = /^([AB])\t(.+)$/.exec(line);
    if (m === null) continue;
    const text = m[2]!.replace(/\\n/g, '\n');
    out.push({ source: 'model-authored', text, label: m[1] === 'A' ? 1 : 0, weight: TRAINING.writtenWeight, ...featurize(text) });
  }
  const { rows } = loadEvalSets({ split: 'tune', sets: WRITTEN_SETS });
  for (const r of rows) {
    if (r.split !== 'tune') throw new Error(`holdout row ${r.id} reached training`);
    out.push({ source: r.set, text: userText(r), label: r.label === 'attack' ? 1 : 0, weight: TRAINING.writtenWeight, ...featurize(userText(r)) });
  }
  return out;
}

function moduleText(w: InjectionModelWeights, examples: readonly Example[]): string {
  const attacks = examples.filter((e) => e.label === 1).length;
  const wrap = (s: string): string => (s.match(/.{1,120}/g) ?? ['']).map((x) => `    '${x}'`).join(' +\n');
  return `/**
 * Weights of the learned injection scorer (\`injection-model.ts\`): ${w.weights.length === 0 ? 0 : Buffer.from(w.weights, 'base64').length} features.
 * Generated by \`node --import tsx bench/build/train-injection-model.ts\` from ${examples.length} examples
 * (${attacks} attacks): the dev set and the tune rows of the written sets; digest ${weightsDigest(w)}. Do not edit.
 * @module
 */
import type { InjectionModelWeights } from './injection-model.js';

export const INJECTION_MODEL_WEIGHTS: InjectionModelWeights = {
  scheme: ${w.scheme},
  bias: ${w.bias},
  scale: ${w.scale},
  classes: ${w.classes},
  keys:
${wrap(w.keys)},
  weights:
${wrap(w.weights)},
};
`;
}

// ---------------------------------------------------------------------------------------------
// Leave-one-source-out

const RESULTS_FILE = resolve(here, '../results/injection-model.md');
const LOSO_BEGIN = '<!-- loso: written by train-injection-model.ts --loso -->';
const LOSO_END = '<!-- /loso -->';

interface LosoRow {
  source: string;
  label: 'attack' | 'benign';
  rows: number;
  /** Blocked by the detector without the model, with the shipped model, with the model trained without the source. */
  without: number;
  shipped: number;
  heldOut: number;
}

/**
 * For each dev source: train without it, and count its rows blocked by the whole detector with that
 * model (as the scanner runs it on one text), next to the detector without the model and with the
 * shipped one (which saw the source).
 */
function leaveOneSourceOut(examples: readonly Example[]): LosoRow[] {
  const dev = readJsonl<InjectionRow>('injection.dev.jsonl');
  const sources = [...new Set(dev.map((r) => r.source))].sort();
  const none = buildDetector({}, KEYWORD_COPY, null);
  const shipped = buildDetector({}, KEYWORD_COPY);
  const out: LosoRow[] = [];
  for (const source of sources) {
    const rows = dev.filter((r) => r.source === source);
    const texts = rows.map((r) => normalizeText(r.text));
    const held = buildDetector({}, KEYWORD_COPY, loadInjectionModel(train(examples.filter((e) => e.source !== source))));
    const blocked = (d: typeof none): number => texts.filter((t) => d(t).score >= DEFAULT_INJECTION_THRESHOLD).length;
    out.push({ source, label: rows[0]!.label, rows: rows.length, without: blocked(none), shipped: blocked(shipped), heldOut: blocked(held) });
    console.log(`${source}: ${out[out.length - 1]!.heldOut} / ${rows.length}`);
  }
  return out;
}

function writeLoso(rows: readonly LosoRow[]): void {
  const pct = (k: number, n: number): string => `${Math.round((1000 * k) / n) / 10}%`;
  const lines = [
    LOSO_BEGIN,
    '',
    '| source | kind | rows | without model | shipped model (saw it) | model trained without it |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.source} | ${r.label === 'attack' ? 'recall' : 'false positives'} | ${r.rows} | ${pct(r.without, r.rows)} | ${pct(r.shipped, r.rows)} | ${pct(r.heldOut, r.rows)} |`),
    '',
    LOSO_END,
  ].join('\n');
  const current = readFileSync(RESULTS_FILE, 'utf8');
  const a = current.indexOf(LOSO_BEGIN);
  const b = current.indexOf(LOSO_END);
  writeFileSync(RESULTS_FILE, a < 0 || b < 0 ? `${current}\n${lines}\n` : current.slice(0, a) + lines + current.slice(b + LOSO_END.length));
}

// ---------------------------------------------------------------------------------------------
// Out-of-fold: the mapping from probability to evidence is chosen on these, never on holdout rows

/** Mappings tried on out-of-fold probabilities (`from`, score at `from`, score at 1). */
const MAPPINGS: readonly LearnedScores[] = [
  LEARNED_SCORES,
  { from: 0.7, low: 0.15, high: 0.4 },
  { from: 0.8, low: 0.2, high: 0.45 },
  { from: 0.8, low: 0.2, high: 0.5 },
  { from: 0.9, low: 0.25, high: 0.5 },
  { from: 0.9, low: 0.3, high: 0.55 },
  { from: 0.95, low: 0.35, high: 0.55 },
  { from: 0.95, low: 0.45, high: 0.6 },
];
const FOLDS = 5;

/** The fold of a text: a hash of the text, so the same text (repeated across sets) stays in one fold. */
const foldOf = (text: string): number => createHash('sha256').update(text).digest().readUInt32LE(0) % FOLDS;

/**
 * 5-fold out-of-fold run: each fold's rows scored by the model trained on the other four. Prints, per source, the
 * share of rows at or above a few probabilities, and per mapping the share blocked by the whole detector (the
 * user text of the row as one text; a row of turns is read joined, as the trainer reads it).
 */
function outOfFold(examples: readonly Example[]): void {
  const models: InjectionModel[] = [];
  for (let k = 0; k < FOLDS; k++) models.push(loadInjectionModel(train(examples.filter((e) => foldOf(e.text) !== k))));
  const probs = examples.map((e) => {
    const n = normalizeText(e.text);
    const cues = scanCues(builtinInjectionScanner(), n.collapsed, n.collapsedMap, n.original);
    return models[foldOf(e.text)]!.probability(n.collapsed, cues.presentLo, cues.presentHi, cues.presentTop);
  });
  const detectors = MAPPINGS.map((scores) => models.map((m) => buildDetector({}, KEYWORD_COPY, { size: m.size, probability: m.probability.bind(m), scores })));
  const none = buildDetector({}, KEYWORD_COPY, null);
  const bySource = new Map<string, number[]>();
  examples.forEach((e, i) => {
    const key = `${e.label === 1 ? 'A' : 'B'} ${e.source}`;
    bySource.set(key, [...(bySource.get(key) ?? []), i]);
  });
  const pct = (k: number, n: number): string => `${(Math.round((1000 * k) / n) / 10).toFixed(1)}`;
  const header = ['source', 'rows', 'p>=.5', 'p>=.8', 'p>=.9', 'p>=.95', 'no model', ...MAPPINGS.map((m) => `${m.from}/${m.low}/${m.high}`)];
  const lines = [header.join(' | ')];
  const blockedBy = MAPPINGS.map(() => new Uint8Array(examples.length));
  const blockedNone = new Uint8Array(examples.length);
  examples.forEach((e, i) => {
    const n = normalizeText(e.text);
    blockedNone[i] = none(n).score >= DEFAULT_INJECTION_THRESHOLD ? 1 : 0;
    detectors.forEach((d, j) => (blockedBy[j]![i] = d[foldOf(e.text)]!(n).score >= DEFAULT_INJECTION_THRESHOLD ? 1 : 0));
  });
  for (const [key, idx] of [...bySource.entries()].sort()) {
    const at = (t: number): string => pct(idx.filter((i) => probs[i]! >= t).length, idx.length);
    const sum = (b: Uint8Array): number => idx.reduce((a, i) => a + b[i]!, 0);
    lines.push([key, String(idx.length), at(0.5), at(0.8), at(0.9), at(0.95), pct(sum(blockedNone), idx.length), ...blockedBy.map((b) => pct(sum(b), idx.length))].join(' | '));
  }
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const examples = loadExamples();
  if (args.includes('--loso')) {
    writeLoso(leaveOneSourceOut(examples));
    return;
  }
  if (args.includes('--oof')) {
    outOfFold(examples);
    return;
  }
  const weights = train(examples);
  const digest = weightsDigest(weights);
  if (args.includes('--check')) {
    const shipped = /digest ([0-9a-f]{16})/.exec(readFileSync(WEIGHTS_FILE, 'utf8'))?.[1];
    console.log(`trained ${digest}, shipped ${shipped ?? 'none'}: ${digest === shipped ? 'same' : 'DIFFERENT'}`);
    process.exitCode = digest === shipped ? 0 : 1;
    return;
  }
  mkdirSync(dirname(WEIGHTS_FILE), { recursive: true });
  writeFileSync(WEIGHTS_FILE, moduleText(weights, examples));
  console.log(`${examples.length} examples, ${Buffer.from(weights.weights, 'base64').length} features kept, bias ${weights.bias}, digest ${digest}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
