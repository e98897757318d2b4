/**
 * `detectSecrets` of this checkout against another checkout (the round's base, e.g. `git archive <commit> | tar
 * -x -C DIR` with `node_modules` linked), both loaded in one process, over every benign prompt of the secret
 * bench (injection.dev.jsonl benign rows and pii.dev.jsonl texts). CPU-time passes in alternation; the median
 * and interquartile range of this/base per pass. Also checks that both trees find the same spans on the
 * benign prompts (a speed change must leave output identical; a detection change shows here as a count).
 *
 * Run: node --import tsx bench/secrets-ab.ts --against DIR [--passes 60]
 */
import { resolve } from 'node:path';
import { readJsonl } from './lib/prompts.js';
import { cpuTimeBatch } from './lib/measure.js';
import type * as SecretsModule from '../src/detect/secrets.js';

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const against = arg('--against');
if (against === undefined) {
  console.error('usage: node --import tsx bench/secrets-ab.ts --against DIR [--passes 60]');
  process.exit(2);
}
const passes = Number(arg('--passes') ?? 60);
const load = async (root: string): Promise<typeof SecretsModule> => (await import(resolve(root, 'src/detect/secrets.ts'))) as typeof SecretsModule;
const base = await load(resolve(against));
const self = await load(resolve(import.meta.dirname, '..'));

const texts = [
  ...readJsonl<{ text: string; label: string }>('injection.dev.jsonl').filter((r) => r.label === 'benign'),
  ...readJsonl<{ text: string }>('pii.dev.jsonl'),
].map((r) => r.text);
const run = (m: typeof SecretsModule) => () => {
  for (const t of texts) m.detectSecrets(t);
};
const spans = (m: typeof SecretsModule) => texts.map((t) => JSON.stringify(m.detectSecrets(t)));
const baseSpans = spans(base);
const differ = spans(self).filter((line, i) => line !== baseSpans[i]).length;
for (let i = 0; i < 3; i++) {
  run(base)();
  run(self)();
}
const ratios: number[] = [];
for (let p = 0; p < passes; p++) {
  // The order flips every pass, so neither side always runs on a warmer cache.
  const [first, second] = p % 2 === 0 ? [base, self] : [self, base];
  const t1 = cpuTimeBatch(run(first), 1);
  const t2 = cpuTimeBatch(run(second), 1);
  ratios.push(first === self ? t1 / t2 : t2 / t1);
}
ratios.sort((x, y) => x - y);
const q = (f: number) => ratios[Math.floor(f * (ratios.length - 1))]!.toFixed(3);
console.log(`detectSecrets over ${texts.length} benign prompts, this/base CPU time, ${passes} alternating passes: median ${q(0.5)} (IQR ${q(0.25)}-${q(0.75)}); outputs differing: ${differ} of ${texts.length}`);
