/**
 * Why the secret rules are this project's own table and not secretlint's recommended preset: secretlint's
 * `lintSource` is asynchronous (a detector in the scan is synchronous), and this measures its cost on the
 * same 4 KB prompts against the email-regex baseline, and its detection on the same corpora.
 *
 * Run: node --import tsx bench/secretlint-compare.ts   (results: bench/results/secretlint-compare.json)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintSource } from '@secretlint/core';
import { creator as preset } from '@secretlint/secretlint-rule-preset-recommend';
import { realisticPrompt } from './lib/prompts.js';
import { emailReplaceBaseline } from './lib/baseline.js';
import { createSecretScanner } from '../src/detect/secrets.js';

const here = dirname(fileURLToPath(import.meta.url));
const config = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: preset }] };
const lint = (content: string) =>
  lintSource({ source: { content, filePath: '/prompt.txt', ext: '.txt', contentType: 'text' }, options: { config: config as never } });

async function timeAsync(fn: () => Promise<unknown>, n: number): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return ((performance.now() - t0) * 1000) / n;
}
function timeSync(fn: () => unknown, n: number): number {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn();
  return ((performance.now() - t0) * 1000) / n;
}

const text = realisticPrompt(4096, 0);
const ours = createSecretScanner();
for (let i = 0; i < 20; i++) {
  await lint(text);
  ours(text);
  emailReplaceBaseline(text);
}
const secretlintUs = await timeAsync(() => lint(text), 200);
const oursUs = timeSync(() => ours(text), 2000);
const baselineUs = timeSync(() => emailReplaceBaseline(text), 2000);

const corpus = (name: string) => {
  const file = resolve(here, `data/secrets-corpus/${name}.jsonl`);
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { label: string; text: string }) : [];
};
const detection: Record<string, unknown> = {};
for (const name of ['noseyparker', 'secretlint']) {
  const cases = corpus(name).filter((c) => c.label === 'secret');
  let sl = 0;
  let ourHits = 0;
  for (const c of cases) {
    if ((await lint(c.text)).messages.length > 0) sl++;
    if (ours(c.text).length > 0) ourHits++;
  }
  detection[name] = { positives: cases.length, secretlintRecall: +((100 * sl) / Math.max(1, cases.length)).toFixed(1), oursRecall: +((100 * ourHits) / Math.max(1, cases.length)).toFixed(1) };
}
const result = {
  command: 'node --import tsx bench/secretlint-compare.ts',
  node: process.version,
  fourKB: { secretlintUs: +secretlintUs.toFixed(1), oursUs: +oursUs.toFixed(1), emailBaselineUs: +baselineUs.toFixed(1), secretlintRatio: +(secretlintUs / baselineUs).toFixed(2), oursRatio: +(oursUs / baselineUs).toFixed(2) },
  detection,
  note: 'secretlint reports on its own corpus by construction (its tests are its rules); Nosey Parker is foreign to both.',
};
mkdirSync(resolve(here, 'results'), { recursive: true });
writeFileSync(resolve(here, 'results/secretlint-compare.json'), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
