/**
 * PII quality on generated data of this project's own making (bench/lib/pii-heldout-data.ts): every
 * canonical type in sentences of 16 languages, phone numbers of 40+ countries as people print them,
 * Arabic-Indic/Devanagari/fullwidth digits in part of the rows, and non-PII numbers and near misses.
 * Two splits: `tune` (read while building) and `holdout` (other templates and seed, run once at the end).
 * Scored through the input scanner (normalizer and detection copy included), every PII type on.
 *
 * Run: node --import tsx bench/pii-heldout.ts            (both splits)
 *      node --import tsx bench/pii-heldout.ts tune       (one split)
 *
 * Matching: a finding is a TP when it overlaps a gold span of the same type (one-to-one); any other
 * finding is a FP (so a value found under the wrong type counts as one FP and one FN).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScanner } from '../src/scan/pipeline.js';
import { PII_TYPES } from '../src/detect/pii.js';
import { buildRows } from './lib/pii-heldout-data.js';
import type { Row } from './lib/pii-heldout-data.js';
import { TUNE_TEMPLATES } from './data/pii-templates-tune.js';
import { HOLDOUT_TEMPLATES } from './data/pii-templates-holdout.js';

const here = dirname(fileURLToPath(import.meta.url));
const scanner = createScanner({ injection: 'off', pii: 'redact', secrets: 'off' });

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function score(rows: Row[]) {
  const per = new Map<string, Counts>();
  const c = (t: string): Counts => {
    let x = per.get(t);
    if (!x) per.set(t, (x = { tp: 0, fp: 0, fn: 0 }));
    return x;
  };
  const errors: string[] = [];
  for (const row of rows) {
    const findings = scanner.scanText(row.text).findings.filter((f) => f.kind === 'pii');
    const used = new Set<number>();
    for (const f of findings) {
      const gi = row.entities.findIndex((g, k) => !used.has(k) && g.type === f.type && f.start! < g.end && g.start < f.end!);
      if (gi === -1) {
        c(f.type).fp++;
        errors.push(`FP ${f.type} \`${row.text.slice(f.start, f.end)}\` in \`${row.text}\``);
      } else {
        used.add(gi);
        c(f.type).tp++;
      }
    }
    row.entities.forEach((g, k) => {
      if (used.has(k)) return;
      c(g.type).fn++;
      errors.push(`FN ${g.type} \`${row.text.slice(g.start, g.end)}\` in \`${row.text}\``);
    });
  }
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const x of per.values()) {
    total.tp += x.tp;
    total.fp += x.fp;
    total.fn += x.fn;
  }
  const m = (x: Counts) => {
    const p = x.tp + x.fp === 0 ? 1 : x.tp / (x.tp + x.fp);
    const r = x.tp + x.fn === 0 ? 1 : x.tp / (x.tp + x.fn);
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    return { ...x, precision: +(p * 100).toFixed(1), recall: +(r * 100).toFixed(1), f1: +(f1 * 100).toFixed(1) };
  };
  const perType = Object.fromEntries(PII_TYPES.filter((t) => per.has(t)).map((t) => [t, m(per.get(t)!)]));
  return { rows: rows.length, micro: m(total), perType, errors };
}

const SPLITS = {
  tune: () => buildRows(TUNE_TEMPLATES, 1, 6, 400, 'tune'),
  holdout: () => buildRows(HOLDOUT_TEMPLATES, 2, 6, 400, 'holdout'),
};
const wanted = (process.argv[2] ? [process.argv[2]] : Object.keys(SPLITS)) as Array<keyof typeof SPLITS>;
const out: Record<string, unknown> = { command: 'node --import tsx bench/pii-heldout.ts', node: process.version };
const md: string[] = ['# PII quality on generated held-out data', '', `Command: \`node --import tsx bench/pii-heldout.ts\` (${process.version}).`, ''];
for (const split of wanted) {
  const result = score(SPLITS[split]());
  out[split] = { ...result, errors: result.errors.slice(0, 300) };
  const mi = result.micro;
  console.log(`${split}: ${result.rows} rows, P ${mi.precision} R ${mi.recall} F1 ${mi.f1} (tp ${mi.tp} fp ${mi.fp} fn ${mi.fn})`);
  md.push(`## ${split} (${result.rows} rows)`, '', `micro: precision **${mi.precision}**, recall **${mi.recall}**, F1 **${mi.f1}** (TP ${mi.tp}, FP ${mi.fp}, FN ${mi.fn})`, '', '| type | TP | FP | FN | P | R | F1 |', '|---|---|---|---|---|---|---|');
  for (const [t, x] of Object.entries(result.perType)) {
    md.push(`| ${t} | ${x.tp} | ${x.fp} | ${x.fn} | ${x.precision} | ${x.recall} | ${x.f1} |`);
    if (x.fp + x.fn > 0) console.log(`  ${t.padEnd(16)} P ${x.precision} R ${x.recall} (fp ${x.fp} fn ${x.fn})`);
  }
  md.push('', `Errors (first 60 of ${result.errors.length}):`, '', ...result.errors.slice(0, 60).map((e) => `- ${e.replace(/\n/g, ' ')}`), '');
}
if (wanted.length === Object.keys(SPLITS).length) {
  mkdirSync(resolve(here, 'results'), { recursive: true });
  writeFileSync(resolve(here, 'results/pii-heldout.json'), JSON.stringify(out, null, 2) + '\n');
  writeFileSync(resolve(here, 'results/pii-heldout.md'), md.join('\n'));
}
