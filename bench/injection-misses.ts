/**
 * Development aid: prints the attacks the injection detector misses (or, with `--benign`, the benign
 * rows it flags), grouped by source, variant and language, so gaps show up as families, not rows.
 *
 * Run: node --import tsx bench/injection-misses.ts [--benign] [--source S] [--variant V] [--lang L] [--half even|odd] [--max N]
 */
import { readJsonl, type InjectionRow } from './lib/prompts.js';
import { createInjectionDetector, DEFAULT_INJECTION_THRESHOLD, explainInjection } from '../src/detect/injection.js';
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
const rows = readJsonl<InjectionRow>('injection.dev.jsonl').filter(
  (r) =>
    r.label === (benign ? 'benign' : 'attack') &&
    (opt('source') === undefined || r.source.includes(opt('source')!)) &&
    (opt('variant') === undefined || r.variant === opt('variant')) &&
    (opt('lang') === undefined || r.lang === opt('lang')) &&
    (opt('half') === undefined || (Number(r.id.replace(/\D/g, '')) % 2 === 0 ? 'even' : 'odd') === opt('half')),
);
let shown = 0;
const counts = new Map<string, [number, number]>();
for (const r of rows) {
  const res = detect(normalizeText(r.text));
  const flagged = res.score >= DEFAULT_INJECTION_THRESHOLD;
  const key = `${r.source}|${r.variant ?? ''}|${r.lang ?? ''}`;
  const c = counts.get(key) ?? [0, 0];
  c[1]++;
  if (flagged === benign) {
    c[0]++;
    if (shown++ < max) {
      const why = res.detections.map((d) => `${d.type}:${d.score}`).join(',');
      console.log(`--- ${r.id} ${key} score=${res.score} [${why}]\n${r.text.slice(0, width).replace(/\n/g, ' ⏎ ')}`);
      if (verbose) for (const line of explain(normalizeText(r.text))) console.log(`    ${line.replace(/\n/g, ' ')}`);
    }
  }
  counts.set(key, c);
}
console.log(`\n${benign ? 'flagged benign' : 'missed attacks'} by group:`);
for (const [k, [m, t]] of [...counts].sort((a, b) => b[1][0] - a[1][0])) if (m > 0) console.log(`${m}/${t}\t${k}`);
