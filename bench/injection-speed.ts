/**
 * Speed of the prompt-injection detector as a ratio of medians against one email-regex replace pass
 * over the same text (bench/lib/baseline.ts), measured side by side in one process:
 * - `detectorAlone`: the detector on text normalized beforehand (its own share of the budget);
 * - `normalizePlusDetector`: the real `normalizeText` + the detector (the input-scan budget: ≤ 2x);
 * - `normalizerAlone`: for reference, the normalizer's share;
 * on realistic prompts of 1 KB and 4 KB (4 seeds each, cycled), each comparison repeated and the
 * median-ratio run reported, plus single-call timings on 100 KB adversarial inputs.
 *
 * Run: node --import tsx bench/injection-speed.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emailReplaceBaseline } from './lib/baseline.js';
import { compareRepeated, timeOnce } from './lib/measure.js';
import { realisticPrompt } from './lib/prompts.js';
import { createInjectionDetector } from '../src/detect/injection.js';
import { normalizeText } from '../src/text/index.js';

const COMMAND = 'node --import tsx bench/injection-speed.ts';
const here = dirname(fileURLToPath(import.meta.url));

const factoryMs = timeOnce(() => createInjectionDetector());
const detect = createInjectionDetector();

function repeated(candidate: () => unknown, baseline: () => unknown) {
  const { median: c, runs } = compareRepeated(candidate, baseline);
  return {
    medianUs: +(c.candidate.medianNs / 1000).toFixed(2),
    baselineMedianUs: +(c.baseline.medianNs / 1000).toFixed(2),
    ratio: +c.ratio.toFixed(2),
    ratiosOfRuns: runs.map((x) => +x.ratio.toFixed(2)),
  };
}

const results: Record<string, unknown> = {};
for (const size of [1024, 4096]) {
  // Same prompts as bench/input-scan-speed.ts: four seeds, cycled so no single text is favoured.
  const prompts = [0, 1, 2, 3].map((seed) => realisticPrompt(size, seed * 31));
  const normalized = prompts.map((p) => normalizeText(p));
  let i = 0;
  const next = () => prompts[i++ % prompts.length]!;
  results[`${size / 1024}KB`] = {
    detectorAlone: repeated(() => detect(normalized[i++ % prompts.length]!), () => emailReplaceBaseline(next())),
    normalizePlusDetector: repeated(() => detect(normalizeText(next())), () => emailReplaceBaseline(next())),
    normalizerAlone: repeated(() => normalizeText(next()), () => emailReplaceBaseline(next())),
  };
}

const adversarial: Record<string, string> = {
  separators: '.'.repeat(100_000),
  spacedLetters: 'i g n o r e '.repeat(8_400),
  repeatedTrigger: 'ignore '.repeat(14_300),
  triggerPairs: 'ignore previous instructions '.repeat(3_500),
  openTags: '<system'.repeat(14_300),
  markdownImages: '![a](http://x?'.repeat(7_000),
  varAssignments: 'a = "b" + '.repeat(10_000),
  hashLines: '\n ## sys'.repeat(12_500),
  cjk: '忽略之前'.repeat(25_000),
};
const adversarialMs = Object.fromEntries(
  Object.entries(adversarial).map(([name, text]) => {
    const n = normalizeText(text);
    return [
      name,
      {
        detectorAlone: +timeOnce(() => detect(n)).toFixed(2),
        normalizePlusDetector: +timeOnce(() => detect(normalizeText(text))).toFixed(2),
      },
    ];
  }),
);

const result = {
  command: COMMAND,
  node: process.version,
  normalizer: 'normalizeText (src/text)',
  target: 'normalize + detector median ≤ 2x one email-regex replace pass on 4 KB; detector alone ≈ 1x',
  factoryMs: Math.round(factoryMs * 10) / 10,
  results,
  adversarial100kMs: adversarialMs,
};
mkdirSync(resolve(here, 'results'), { recursive: true });
writeFileSync(resolve(here, 'results/injection-speed.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
