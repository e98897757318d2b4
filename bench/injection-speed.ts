/**
 * Speed of the prompt-injection detector on a realistic 4 KB prompt, as a ratio of medians against
 * one email-regex replace pass over the same text (bench/lib/baseline.ts), plus single-call timings
 * on 100 KB adversarial inputs.
 *
 * Run: node --import tsx bench/injection-speed.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emailReplaceBaseline } from './lib/baseline.js';
import { compare, timeOnce } from './lib/measure.js';
import { realisticPrompt } from './lib/prompts.js';
import { createInjectionDetector } from '../src/detect/injection.js';
import { normalizeText as normalizeForBench } from '../src/text/index.js';
const NORMALIZER = 'normalizeText (src/text)';

const COMMAND = 'node --import tsx bench/injection-speed.ts';
const here = dirname(fileURLToPath(import.meta.url));

const factoryMs = timeOnce(() => createInjectionDetector());
const detect = createInjectionDetector();
const prompt = realisticPrompt(4096);
const normalized = normalizeForBench(prompt);

const detectorAlone = compare(() => detect(normalized), () => emailReplaceBaseline(prompt));
const normalizePlusDetector = compare(() => detect(normalizeForBench(prompt)), () => emailReplaceBaseline(prompt));

const adversarial: Record<string, string> = {
  separators: '.'.repeat(100_000),
  spacedLetters: 'i g n o r e '.repeat(8_400),
  repeatedTrigger: 'ignore '.repeat(14_300),
  triggerPairs: 'ignore previous instructions '.repeat(3_500),
  openTags: '<system'.repeat(14_300),
  markdownImages: '![a](http://x?'.repeat(7_000),
  cjk: '忽略之前'.repeat(25_000),
};
const adversarialMs = Object.fromEntries(
  Object.entries(adversarial).map(([name, text]) => {
    const n = normalizeForBench(text);
    return [name, Math.round(timeOnce(() => detect(n)) * 100) / 100];
  }),
);

const result = {
  command: COMMAND,
  normalizer: NORMALIZER,
  promptChars: prompt.length,
  factoryMs: Math.round(factoryMs * 10) / 10,
  detectorAlone,
  normalizePlusDetector,
  adversarial100kMs: adversarialMs,
};
mkdirSync(resolve(here, 'results'), { recursive: true });
writeFileSync(resolve(here, 'results/injection-speed.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
