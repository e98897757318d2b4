/**
 * PII detection quality on the shared dev set: per-type precision and recall, micro-averaged over the
 * canonical types the data annotates.
 *
 * Run: node --import tsx bench/pii-quality.ts
 *
 * Scoring rules:
 * - A row is scored only on the types in its `annotated_types` (mapped to ours; types we do not detect,
 *   such as PERSON or ADDRESS, are ignored).
 * - Span rows: a prediction is a true positive when it overlaps (at least one UTF-16 unit) a gold span of
 *   the same type; matching is one-to-one, so two predictions on one gold span count one TP and one FP. The
 *   share of TPs with exact boundaries is reported as well.
 * - `presidio_context_sentences` rows have no spans, only `contains`: they are scored per row and type
 *   (gold = type listed in `contains`; predicted = at least one detection of that type).
 * - Gold values that fail their own checksum (Luhn, mod-97, SSA ranges) are not that type for us: they
 *   are listed as suspect labels and counted separately, not used to loosen validation.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl } from './lib/prompts.js';
import { createPIIScanner, PII_TYPES } from '../src/detect/pii.js';
import type { PIIEntity } from '../src/detect/pii.js';
import { ibanValid, luhnValid, ssnValid } from '../src/detect/checksums.js';

interface GoldEntity {
  type: string;
  start: number;
  end: number;
  value: string;
}

interface Row {
  id: string;
  text: string;
  source: string;
  entities?: GoldEntity[];
  annotated_types?: string[];
  contains?: string[];
}

/** Dataset type names (and Presidio source names) to ours. Everything else is not scored. */
const TYPE_MAP: Readonly<Record<string, string>> = {
  EMAIL: 'EMAIL',
  EMAIL_ADDRESS: 'EMAIL',
  PHONE: 'PHONE',
  PHONE_NUMBER: 'PHONE',
  CREDIT_CARD: 'CREDIT_CARD',
  IBAN: 'IBAN',
  IBAN_CODE: 'IBAN',
  IP_ADDRESS: 'IP_ADDRESS',
  SSN: 'US_SSN',
  US_SSN: 'US_SSN',
  DOMAIN_NAME: 'URL',
  URL: 'URL',
  FR_NIR: 'FR_NIR',
};

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  exact: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const rows = readJsonl<Row>('pii.dev.jsonl');
const scan = createPIIScanner();

const spanCounts = new Map<string, Counts>();
const rowCounts = new Map<string, Counts>();
const counts = (m: Map<string, Counts>, t: string): Counts => {
  let c = m.get(t);
  if (c === undefined) m.set(t, (c = { tp: 0, fp: 0, fn: 0, exact: 0 }));
  return c;
};

const suspect: Array<{ id: string; type: string; value: string; reason: string }> = [];
const misses: Array<{ id: string; type: string; value: string; context: string }> = [];
const falsePositives: Array<{ id: string; type: string; value: string; context: string }> = [];

function goldValid(type: string, value: string): string | undefined {
  const compact = value.replace(/[\s-]/g, '');
  if (type === 'CREDIT_CARD' && !luhnValid(compact)) return 'fails Luhn';
  if (type === 'IBAN' && !ibanValid(compact)) return 'fails mod-97';
  if (type === 'US_SSN' && /^\d{9}$/.test(compact) && !ssnValid(compact)) return 'invalid SSA range';
  return undefined;
}

const excerpt = (text: string, start: number, end: number) => text.slice(Math.max(0, start - 30), end + 15).replace(/\n/g, '\\n');

const started = performance.now();
for (const row of rows) {
  const predicted: PIIEntity[] = scan(row.text);
  if (row.contains !== undefined) {
    const gold = new Set(row.contains.map((t) => TYPE_MAP[t]).filter((t): t is string => t !== undefined));
    const found = new Set(predicted.map((p) => p.type));
    for (const t of PII_TYPES) {
      const c = counts(rowCounts, t);
      const g = gold.has(t);
      const f = found.has(t);
      if (g && f) c.tp++;
      else if (g) {
        c.fn++;
        misses.push({ id: row.id, type: t, value: '(row level)', context: row.text });
      } else if (f) {
        c.fp++;
        const p = predicted.find((e) => e.type === t)!;
        falsePositives.push({ id: row.id, type: t, value: row.text.slice(p.start, p.end), context: row.text });
      }
    }
    continue;
  }
  const scored = new Set((row.annotated_types ?? []).map((t) => TYPE_MAP[t]).filter((t): t is string => t !== undefined));
  const gold = (row.entities ?? [])
    .map((e) => ({ ...e, type: TYPE_MAP[e.type] ?? '' }))
    .filter((e) => scored.has(e.type));
  const suspectGold = new Set<GoldEntity>();
  for (const g of gold) {
    const reason = goldValid(g.type, g.value);
    if (reason !== undefined) {
      suspect.push({ id: row.id, type: g.type, value: g.value, reason });
      suspectGold.add(g);
    }
  }
  const used = new Set<number>();
  for (const p of predicted) {
    if (!scored.has(p.type)) continue;
    const gi = gold.findIndex((g, k) => !used.has(k) && g.type === p.type && p.start < g.end && g.start < p.end);
    if (gi === -1) {
      counts(spanCounts, p.type).fp++;
      falsePositives.push({ id: row.id, type: p.type, value: row.text.slice(p.start, p.end), context: excerpt(row.text, p.start, p.end) });
    } else {
      used.add(gi);
      const g = gold[gi]!;
      const c = counts(spanCounts, p.type);
      c.tp++;
      if (g.start === p.start && g.end === p.end) c.exact++;
    }
  }
  gold.forEach((g, k) => {
    if (used.has(k) || suspectGold.has(g)) return;
    counts(spanCounts, g.type).fn++;
    misses.push({ id: row.id, type: g.type, value: g.value, context: excerpt(row.text, g.start, g.end) });
  });
}
const elapsedMs = performance.now() - started;

const pct = (x: number) => Math.round(x * 1000) / 10;
function metrics(c: Counts) {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { ...c, precision: pct(precision), recall: pct(recall) };
}
function sum(ms: Array<Map<string, Counts>>): Counts {
  const total: Counts = { tp: 0, fp: 0, fn: 0, exact: 0 };
  for (const m of ms) for (const c of m.values()) {
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
    total.exact += c.exact;
  }
  return total;
}

const perType = Object.fromEntries([...spanCounts.entries()].sort().map(([t, c]) => [t, { ...metrics(c), exactBoundaries: pct(c.tp ? c.exact / c.tp : 1) }]));
const perTypeRows = Object.fromEntries([...rowCounts.entries()].filter(([, c]) => c.tp + c.fp + c.fn > 0).sort().map(([t, c]) => [t, metrics(c)]));
const microSpans = metrics(sum([spanCounts]));
const microAll = metrics(sum([spanCounts, rowCounts]));

const result = {
  command: 'node --import tsx bench/pii-quality.ts',
  dataset: 'bench/data/dev/pii.dev.jsonl',
  rows: rows.length,
  matching: 'span rows: same type and any overlap, one-to-one; context rows: row level per type',
  microSpanRows: microSpans,
  microAll,
  perType,
  perTypeContextRows: perTypeRows,
  suspectLabels: { count: suspect.length, rows: suspect },
  misses: misses.slice(0, 200),
  falsePositives: falsePositives.slice(0, 200),
  elapsedMs: Math.round(elapsedMs),
  reference: {
    'openredaction 1.1.5': { precision: 93.8, recall: 63.4 },
    'redact-pii 3.4.0': { precision: 89.6, recall: 62.8 },
  },
};

const outDir = resolve(here, 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, 'pii-quality.json'), JSON.stringify(result, null, 2) + '\n');

const lines: string[] = [
  '# PII detection quality (dev set)',
  '',
  `Command: \`${result.command}\` — ${rows.length} rows, ${result.elapsedMs} ms.`,
  '',
  'Matching: a prediction is a TP when it overlaps a gold span of the same type (one-to-one); rows of',
  '`presidio_context_sentences` (no spans) are scored per row and type. Rows are scored only on their',
  '`annotated_types`. Gold labels failing their checksum are listed as suspect and not counted.',
  '',
  '| scope | TP | FP | FN | precision % | recall % |',
  '|---|---|---|---|---|---|',
  `| micro, span rows | ${microSpans.tp} | ${microSpans.fp} | ${microSpans.fn} | ${microSpans.precision} | ${microSpans.recall} |`,
  `| micro, all rows | ${microAll.tp} | ${microAll.fp} | ${microAll.fn} | ${microAll.precision} | ${microAll.recall} |`,
  '',
  '| type (span rows) | TP | FP | FN | precision % | recall % | exact boundaries % |',
  '|---|---|---|---|---|---|---|',
  ...Object.entries(perType).map(([t, m]) => `| ${t} | ${m.tp} | ${m.fp} | ${m.fn} | ${m.precision} | ${m.recall} | ${m.exactBoundaries} |`),
  '',
  '| type (context rows, row level) | TP | FP | FN | precision % | recall % |',
  '|---|---|---|---|---|---|',
  ...Object.entries(perTypeRows).map(([t, m]) => `| ${t} | ${m.tp} | ${m.fp} | ${m.fn} | ${m.precision} | ${m.recall} |`),
  '',
  `Suspect gold labels (fail their checksum, not counted): ${suspect.length}.`,
  ...suspect.map((s) => `- ${s.id} ${s.type} \`${s.value}\`: ${s.reason}`),
  '',
  'Reference (same data, per the brief): openredaction 1.1.5 93.8 % / 63.4 %, redact-pii 3.4.0 89.6 % / 62.8 %.',
  '',
  `## Misses (${misses.length})`,
  '',
  ...misses.slice(0, 80).map((m) => `- ${m.id} ${m.type} \`${m.value}\` — \`${m.context}\``),
  '',
  `## False positives (${falsePositives.length})`,
  '',
  ...falsePositives.slice(0, 80).map((m) => `- ${m.id} ${m.type} \`${m.value}\` — \`${m.context}\``),
  '',
];
writeFileSync(resolve(outDir, 'pii-quality.md'), lines.join('\n'));

console.log(`micro (span rows): P ${microSpans.precision}% R ${microSpans.recall}%  |  micro (all): P ${microAll.precision}% R ${microAll.recall}%`);
for (const [t, m] of Object.entries(perType)) console.log(`${t.padEnd(12)} P ${m.precision}% R ${m.recall}% (tp ${m.tp} fp ${m.fp} fn ${m.fn}, exact ${m.exactBoundaries}%)`);
for (const [t, m] of Object.entries(perTypeRows)) console.log(`rows ${t.padEnd(12)} P ${m.precision}% R ${m.recall}% (tp ${m.tp} fp ${m.fp} fn ${m.fn})`);
console.log(`suspect labels: ${suspect.length}; misses: ${misses.length}; false positives: ${falsePositives.length}`);
