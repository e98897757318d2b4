/**
 * Leave-one-source-out on the dev set: for each source, the block threshold is fitted on the other
 * sources (the highest recall on their attacks with every one of their benign sources at most 1%
 * blocked), then the left-out source is measured at that threshold. A detector tuned to one source shows
 * here as a source that does much worse when it is left out than in the whole-set figures.
 *
 * Run: node --import tsx bench/injection-loso.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readJsonl, type InjectionRow } from './lib/prompts.js';
import { createInjectionDetector, DEFAULT_INJECTION_THRESHOLD } from '../src/detect/injection.js';
import { normalizeText } from '../src/text/index.js';

const COMMAND = 'node --import tsx bench/injection-loso.ts';
const here = dirname(fileURLToPath(import.meta.url));
const rows = readJsonl<InjectionRow>('injection.dev.jsonl');
const detect = createInjectionDetector();
const scored = rows.map((row) => ({ row, score: detect(normalizeText(row.text)).score }));
const sources = [...new Set(rows.map((r) => `${r.label}:${r.source}`))].sort();
/** Thresholds tried. */
const GRID = Array.from({ length: 19 }, (_, i) => 0.3 + i * 0.025);
const MAX_BENIGN = 0.01;

const rate = (list: typeof scored, t: number): number => (list.length === 0 ? 0 : list.filter((x) => x.score >= t).length / list.length);
const bySource = (key: string): typeof scored => scored.filter((x) => `${x.row.label}:${x.row.source}` === key);

const lines: string[] = ['| left out | fitted threshold | rate at fitted | rate at 0.5 (whole set) |', '|---|---|---|---|'];
const result: Record<string, unknown> = {};
for (const out of sources) {
  const others = sources.filter((s) => s !== out);
  const benign = others.filter((s) => s.startsWith('benign:')).map(bySource);
  const attacks = others.filter((s) => s.startsWith('attack:')).flatMap(bySource);
  // The lowest threshold that keeps every other benign source at or under 1%: the most recall it allows.
  const fitted = GRID.find((t) => benign.every((b) => rate(b, t) <= MAX_BENIGN)) ?? GRID[GRID.length - 1]!;
  const held = bySource(out);
  const atFitted = Math.round(1000 * rate(held, fitted)) / 10;
  const atDefault = Math.round(1000 * rate(held, DEFAULT_INJECTION_THRESHOLD)) / 10;
  result[out] = { fittedThreshold: fitted, rateAtFitted: atFitted, rateAtDefault: atDefault, rows: held.length, otherAttackRecallAtFitted: Math.round(1000 * rate(attacks, fitted)) / 10 };
  lines.push(`| ${out} (${held.length}) | ${fitted.toFixed(3)} | ${atFitted}% | ${atDefault}% |`);
}

const md = `# Leave-one-source-out (dev set)

Reproduce: \`${COMMAND}\`

For each source of \`shared/data/eval/injection.dev.jsonl\`: the block threshold is fitted on all other sources (the
lowest of ${GRID[0]}..${GRID[GRID.length - 1]} that keeps each of their benign sources at most ${MAX_BENIGN * 100}% blocked), and the
left-out source is measured at it. Attack sources: recall; benign sources: share blocked. The rules and lexicons
themselves are not refitted per fold (they are hand-written); what this shows is whether the threshold that the
other sources choose transfers, and how far each source sits from the whole-set figure.

${lines.join('\n')}
`;
mkdirSync(resolve(here, 'results'), { recursive: true });
writeFileSync(resolve(here, 'results/injection-loso.json'), `${JSON.stringify({ command: COMMAND, folds: result }, null, 2)}\n`);
writeFileSync(resolve(here, 'results/injection-loso.md'), md);
console.log(md);
