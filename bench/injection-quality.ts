/**
 * Detection quality of the prompt-injection detector on the shared dev set: recall per attack source,
 * false-positive rate per benign source, at the default threshold, overall and on a held-out split
 * (rows with even numeric ids are the tuning half, odd ids the check half).
 *
 * Run: node --import tsx bench/injection-quality.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl, type InjectionRow } from './lib/prompts.js';
import { createInjectionDetector, DEFAULT_INJECTION_THRESHOLD } from '../src/detect/injection.js';
import { normalizeText } from '../src/text/index.js';


interface Tally {
  hits: number;
  total: number;
}

const COMMAND = 'node --import tsx bench/injection-quality.ts';
/** Which normalizer produced the figures (named in the results). */
const NORMALIZER = 'normalizeText (src/text, default options: NFKC, invisible/tag handling, confusables, leet/separator collapse, decoders)';
const here = dirname(fileURLToPath(import.meta.url));
const rows = readJsonl<InjectionRow>('injection.dev.jsonl');
const detect = createInjectionDetector();

const groups: Record<'all' | 'even' | 'odd', Map<string, Tally>> = { all: new Map(), even: new Map(), odd: new Map() };
const langs = new Map<string, Tally>();
const bump = (m: Map<string, Tally>, key: string, hit: boolean): void => {
  const t = m.get(key) ?? { hits: 0, total: 0 };
  t.hits += hit ? 1 : 0;
  t.total++;
  m.set(key, t);
};

for (const row of rows) {
  const { score } = detect(normalizeText(row.text));
  const hit = score >= DEFAULT_INJECTION_THRESHOLD;
  const key = `${row.label}:${row.source}`;
  const half = Number(row.id.replace(/\D/g, '')) % 2 === 0 ? 'even' : 'odd';
  for (const g of ['all', half] as const) {
    bump(groups[g], key, hit);
    bump(groups[g], `${row.label}:*`, hit);
  }
  if (row.label === 'attack' && row.lang !== undefined) bump(langs, row.lang, hit);
}

const pct = (t: Tally | undefined): number => (t === undefined || t.total === 0 ? 0 : Math.round((1000 * t.hits) / t.total) / 10);
const summarize = (m: Map<string, Tally>) => {
  const recall: Record<string, { rate: number; hits: number; total: number }> = {};
  const fpr: Record<string, { rate: number; hits: number; total: number }> = {};
  for (const [key, t] of [...m].sort()) {
    const [label, source] = key.split(':') as [string, string];
    (label === 'attack' ? recall : fpr)[source] = { rate: pct(t), hits: t.hits, total: t.total };
  }
  return { recall, falsePositiveRate: fpr };
};

const result = {
  command: COMMAND,
  threshold: DEFAULT_INJECTION_THRESHOLD,
  normalizer: NORMALIZER,
  rows: rows.length,
  all: summarize(groups.all),
  tuneEvenIds: summarize(groups.even),
  checkOddIds: summarize(groups.odd),
  recallByLanguage: Object.fromEntries([...langs].sort().map(([k, t]) => [k, { rate: pct(t), hits: t.hits, total: t.total }])),
};

const table = (s: ReturnType<typeof summarize>): string => {
  const lines = ['| source | kind | rate | hits / rows |', '|---|---|---|---|'];
  for (const [src, v] of Object.entries(s.recall)) lines.push(`| ${src} | recall | ${v.rate}% | ${v.hits} / ${v.total} |`);
  for (const [src, v] of Object.entries(s.falsePositiveRate)) lines.push(`| ${src} | false positives | ${v.rate}% | ${v.hits} / ${v.total} |`);
  return lines.join('\n');
};

const md = `# Prompt-injection detector quality (dev set)

Reproduce: \`${COMMAND}\`

Threshold: score >= ${DEFAULT_INJECTION_THRESHOLD} (\`DEFAULT_INJECTION_THRESHOLD\`). Normalizer: ${NORMALIZER}.
Data: \`shared/data/eval/injection.dev.jsonl\` (${rows.length} rows). \`*\` rows are the totals over all attack or benign rows.
Reference: vard 1.2.0 reaches 23.6% recall at 9.9% false positives on this set.

## All rows

${table(result.all)}

## Held-out check: tuned on even ids, checked on odd ids

### Even ids (tuning half)

${table(result.tuneEvenIds)}

### Odd ids (check half)

${table(result.checkOddIds)}

## Attack recall by language (rows that carry \`lang\`)

| lang | recall | hits / rows |
|---|---|---|
${Object.entries(result.recallByLanguage)
  .map(([k, v]) => `| ${k} | ${v.rate}% | ${v.hits} / ${v.total} |`)
  .join('\n')}
`;

mkdirSync(resolve(here, 'results'), { recursive: true });
writeFileSync(resolve(here, 'results/injection-quality.json'), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(resolve(here, 'results/injection-quality.md'), md);
console.log(md);
