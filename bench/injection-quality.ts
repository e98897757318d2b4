/**
 * Detection quality of the prompt-injection detector on the shared dev set: recall per attack source,
 * false-positive rate per benign source, at the default threshold, overall and on a held-out split
 * (rows with even numeric ids are the tuning half, odd ids the check half).
 *
 * A second pass scores each text together with the system prompt it is sent with, as the middleware
 * does when `systemPrompt` is configured: attack rows that carry the prompt they target use it, and
 * every benign row is paired with `PAIRED_PROMPTS` English system prompts of the set (its
 * false-positive rate counts the pairs flagged).
 *
 * Run: node --import tsx bench/injection-quality.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl, type InjectionRow } from './lib/prompts.js';
import { createInjectionDetector, DEFAULT_INJECTION_THRESHOLD } from '../src/detect/injection.js';
import { createRestrictionCompiler } from '../src/detect/restrictions.js';
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
const compileRestrictions = createRestrictionCompiler();
/** How many system prompts each benign row is paired with in the context pass. */
const PAIRED_PROMPTS = 3;

const groups: Record<'all' | 'even' | 'odd' | 'context' | 'contextEven' | 'contextOdd', Map<string, Tally>> = {
  all: new Map(),
  even: new Map(),
  odd: new Map(),
  context: new Map(),
  contextEven: new Map(),
  contextOdd: new Map(),
};
const langs = new Map<string, Tally>();
const bump = (m: Map<string, Tally>, key: string, hit: boolean): void => {
  const t = m.get(key) ?? { hits: 0, total: 0 };
  t.hits += hit ? 1 : 0;
  t.total++;
  m.set(key, t);
};

// The English system prompts of the set (the multilingual rows translate the same ones), distinct.
const englishPrompts = [...new Set(rows.filter((r) => r.source === 'cyberseceval_prompt_injection_en' && r.system_prompt).map((r) => r.system_prompt!))];
const profiles = new Map<string, ReturnType<typeof compileRestrictions>>();
const profileOf = (prompt: string) => {
  let p = profiles.get(prompt);
  if (p === undefined) profiles.set(prompt, (p = compileRestrictions(prompt)));
  return p;
};
let benignIndex = 0;
let contextRestricted = 0;

for (const row of rows) {
  const normalized = normalizeText(row.text);
  const { score } = detect(normalized);
  const hit = score >= DEFAULT_INJECTION_THRESHOLD;
  const key = `${row.label}:${row.source}`;
  const half = Number(row.id.replace(/\D/g, '')) % 2 === 0 ? 'even' : 'odd';
  for (const g of ['all', half] as const) {
    bump(groups[g], key, hit);
    bump(groups[g], `${row.label}:*`, hit);
  }
  if (row.label === 'attack' && row.lang !== undefined) bump(langs, row.lang, hit);

  // Context pass: the text scored with the system prompt it is sent with.
  const prompts =
    row.label === 'attack'
      ? row.system_prompt ? [row.system_prompt] : []
      : Array.from({ length: PAIRED_PROMPTS }, (_, k) => englishPrompts[(benignIndex * PAIRED_PROMPTS + k * 37) % englishPrompts.length]!);
  if (row.label === 'benign') benignIndex++;
  const scored = prompts.length === 0 ? [hit] : prompts.map((p) => hit || profileOf(p).check(normalized).score >= DEFAULT_INJECTION_THRESHOLD);
  for (const h of scored) {
    for (const g of ['context', half === 'even' ? 'contextEven' : 'contextOdd'] as const) {
      bump(groups[g], key, h);
      bump(groups[g], `${row.label}:*`, h);
    }
    if (h && !hit && row.label === 'attack') contextRestricted++;
  }
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
  withSystemPrompt: {
    pairedPromptsPerBenignRow: PAIRED_PROMPTS,
    englishPrompts: englishPrompts.length,
    attacksCaughtOnlyThroughTheSystemPrompt: contextRestricted,
    ...summarize(groups.context),
    tuneEvenIds: summarize(groups.contextEven),
    checkOddIds: summarize(groups.contextOdd),
  },
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
Data: \`bench/data/dev/injection.dev.jsonl\` (${rows.length} rows). \`*\` rows are the totals over all attack or benign rows.
Reference: vard 1.2.0 reaches 23.6% recall at 9.9% false positives on this set.

## All rows

${table(result.all)}

## Held-out check: tuned on even ids, checked on odd ids

### Even ids (tuning half)

${table(result.tuneEvenIds)}

### Odd ids (check half)

${table(result.checkOddIds)}

## With the system prompt (\`systemPrompt\` configured)

The same detector plus the restrictions of the system prompt each text is sent with (\`src/detect/restrictions.ts\`).
Attack rows that carry the prompt they target (CyberSecEval) use it; the other attack rows have none and score as above.
Each benign row is paired with ${PAIRED_PROMPTS} of the ${englishPrompts.length} distinct English system prompts of the set
(nearly all of them restrictive), so benign counts are pairs. Attacks caught only through the system prompt: ${contextRestricted}.

${table(result.withSystemPrompt)}

Held-out: even ids (tuning half) recall ${pct(groups.contextEven.get('attack:*'))}%, odd ids (check half) recall ${pct(groups.contextOdd.get('attack:*'))}%;
false positives even ${pct(groups.contextEven.get('benign:*'))}%, odd ${pct(groups.contextOdd.get('benign:*'))}%.

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
