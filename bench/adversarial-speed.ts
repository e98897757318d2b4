/**
 * The normalizer (every decoder on) on adversarial floods against natural text of the same size, at
 * 4 KB and 100 KB: digit runs with separators, `@` runs, dots, zero-width floods, base64-like runs
 * and the alphabet of every decoder (`bench/lib/families.ts`). Each flood is timed in alternating
 * batches with the same-size natural prompt (dev-set benign rows), so machine noise hits both
 * alike; the target is at most 5x natural text. The natural prompt is also compared with one
 * email-regex replace pass, for scale.
 *
 * Run: node --import tsx bench/adversarial-speed.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { emailReplaceBaseline } from './lib/baseline.js';
import { FAMILIES, fillTo } from './lib/families.js';
import { compare } from './lib/measure.js';
import { realisticPrompt } from './lib/prompts.js';
import { createNormalizer } from '../src/text/index.js';

const normalize = createNormalizer();
const TARGET = 5;
const SIZES = [4096, 102_400];

// Warm every code path first (JIT), so the first comparisons are not measured cold.
for (let round = 0; round < 20; round++) {
  normalize(realisticPrompt(4096, round));
  for (const unit of Object.values(FAMILIES)) normalize(fillTo(unit, 2048));
}

const results: Record<string, Record<string, number>> = {};
const naturalVsEmail: Record<string, number> = {};
const over: string[] = [];
for (const size of SIZES) {
  const label = `${size / 1024}KB`;
  const natural = realisticPrompt(size, 3);
  // Fewer, larger samples at 100 KB: each call costs milliseconds.
  const [rounds, iterations] = size > 10_000 ? [7, 2] : [21, 12];
  naturalVsEmail[label] = +compare(() => normalize(natural), () => emailReplaceBaseline(natural), rounds, iterations).ratio.toFixed(2);
  for (const [name, unit] of Object.entries(FAMILIES)) {
    const flood = fillTo(unit, size);
    normalize(fillTo(unit, 1024)); // warm the code path, not the input
    // Three comparisons, the median kept (a single one can land in a busy phase of the machine).
    const ratios = [0, 1, 2].map(() => compare(() => normalize(flood), () => normalize(natural), rounds, iterations).ratio).sort((a, b) => a - b);
    const ratio = +ratios[1]!.toFixed(2);
    (results[name] ??= {})[label] = ratio;
    if (ratio > TARGET) over.push(`${name} @ ${label}: ${ratio}x`);
  }
}

const report = {
  command: 'node --import tsx bench/adversarial-speed.ts',
  target: `normalizeText on each flood ≤ ${TARGET}x the same call on natural text of the same size`,
  note: 'ratio = median time of normalizeText(flood) / median time of normalizeText(natural prompt), alternating batches in one process; median of three comparisons',
  node: process.version,
  naturalVsOneEmailRegexPass: naturalVsEmail,
  floodVsNatural: results,
  overTarget: over,
};
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/adversarial-speed.json', import.meta.url), JSON.stringify(report, null, 2) + '\n');
const rows = Object.entries(results).sort((a, b) => (b[1]['4KB'] ?? 0) - (a[1]['4KB'] ?? 0));
for (const [name, r] of rows) console.log(`${name.padEnd(34)} ${SIZES.map((s) => `${String(r[`${s / 1024}KB`]).padStart(6)}x`).join('  ')}`);
console.log('natural vs one email-regex pass:', naturalVsEmail);
console.log(over.length === 0 ? `all floods within ${TARGET}x natural text` : `over ${TARGET}x: ${over.join('; ')}`);
