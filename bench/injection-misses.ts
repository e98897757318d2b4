/**
 * Development aid: prints the attacks the injection detector misses (or, with `--benign`, the benign
 * rows it flags), grouped by source, variant and language, so gaps show up as families, not rows.
 *
 * Dev set: node --import tsx bench/injection-misses.ts [--benign] [--source S] [--variant V] [--lang L] [--half even|odd] [--max N] [--why]
 * Eval sets (`bench/data/`, the tune split only: holdout rows are never printed):
 *          node --import tsx bench/injection-misses.ts --eval [--benign] [--set S] [--family F] [--max N] [--why]
 */
import { readJsonl, type InjectionRow } from './lib/prompts.js';
import { evalMessages, loadEvalSets, userText } from './lib/eval-sets.js';
import { createInjectionDetector, DEFAULT_INJECTION_THRESHOLD, explainInjection } from '../src/detect/injection.js';
import { createScanner } from '../src/scan/pipeline.js';
import type { ChatMessage } from '../src/core/types.js';
import { normalizeText } from '../src/text/index.js';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const benign = args.includes('--benign');
const max = Number(opt('max') ?? 2000);
const width = Number(opt('width') ?? 400);
const detect = createInjectionDetector();
const explain = explainInjection();
const verbose = args.includes('--why');
const counts = new Map<string, [number, number]>();
let shown = 0;

/** Prints one row that went the wrong way, with the evidence behind its score when asked. */
function show(id: string, key: string, text: string, verdict: string): void {
  if (shown++ >= max) return;
  const res = detect(normalizeText(text));
  const why = res.detections.map((d) => `${d.type}:${d.score}`).join(',');
  console.log(`--- ${id} ${key} ${verdict} text-score=${res.score} [${why}]\n${text.slice(0, width).replace(/\n/g, ' ⏎ ')}`);
  if (verbose) for (const line of explain(normalizeText(text))) console.log(`    ${line.replace(/\n/g, ' ')}`);
}

function tally(key: string, wrong: boolean): void {
  const c = counts.get(key) ?? [0, 0];
  c[1]++;
  if (wrong) c[0]++;
  counts.set(key, c);
}

if (args.includes('--eval')) {
  // As bench/injection-eval.ts counts a row: blocked by an injection finding of the scanner.
  const scanner = createScanner({ pii: 'off', secrets: 'off' });
  const { rows } = loadEvalSets({ split: 'tune', label: benign ? 'benign' : 'attack' });
  for (const r of rows) {
    if ((opt('set') !== undefined && r.set !== opt('set')) || (opt('family') !== undefined && r.family !== opt('family'))) continue;
    const result = scanner.scanMessages(evalMessages(r) as ChatMessage[]);
    const blocked = result.findings.some((f) => f.kind === 'injection' && f.action === 'block');
    const key = `${r.set}|${r.family}|${r.variant ?? ''}|${r.lang}`;
    const wrong = blocked === benign;
    tally(key, wrong);
    if (wrong) show(r.id, key, userText(r), blocked ? 'blocked' : 'allowed');
  }
} else {
  const rows = readJsonl<InjectionRow>('injection.dev.jsonl').filter(
    (r) =>
      r.label === (benign ? 'benign' : 'attack') &&
      (opt('source') === undefined || r.source.includes(opt('source')!)) &&
      (opt('variant') === undefined || r.variant === opt('variant')) &&
      (opt('lang') === undefined || r.lang === opt('lang')) &&
      (opt('half') === undefined || (Number(r.id.replace(/\D/g, '')) % 2 === 0 ? 'even' : 'odd') === opt('half')),
  );
  for (const r of rows) {
    const flagged = detect(normalizeText(r.text)).score >= DEFAULT_INJECTION_THRESHOLD;
    const key = `${r.source}|${r.variant ?? ''}|${r.lang ?? ''}`;
    tally(key, flagged === benign);
    if (flagged === benign) show(r.id, key, r.text, flagged ? 'flagged' : 'missed');
  }
}
console.log(`\n${benign ? 'flagged benign' : 'missed attacks'} by group:`);
for (const [k, [m, t]] of [...counts].sort((a, b) => b[1][0] - a[1][0])) if (m > 0) console.log(`${m}/${t}\t${k}`);
