/**
 * PII quality on data of another origin: Microsoft presidio-research's synthetic evaluation set
 * (`data/synth_dataset_v2.json`, MIT, 1,500 sentences from Presidio's own templates and fake-name data). It is
 * not kept in this repository: the bench reads it from a git snapshot of presidio-research at a pinned commit.
 *
 * Run: node --import tsx bench/pii-presidio.ts <microsoft/presidio-research git dir>
 *
 * Only the types both tools define are scored (Presidio's EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, IBAN_CODE,
 * US_SSN, IP_ADDRESS, DOMAIN_NAME ↔ our EMAIL, PHONE, CREDIT_CARD, IBAN, US_SSN, IP_ADDRESS, URL); names,
 * addresses, dates and organisations are not types of ours. Matching as in bench/pii-heldout.ts: a finding of a
 * scored type is a TP when it overlaps a gold span of the same type (one-to-one), else a FP. A gold card number,
 * IBAN or SSN that fails its own checksum or numbering rules is not PII to us by design (an invalid checksum
 * never passes): those spans are counted apart and left out of recall, and reported.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScanner } from '../src/scan/pipeline.js';
import { ibanValid, luhnValid, ssnValid } from '../src/detect/checksums.js';

const SOURCE = { repo: 'microsoft/presidio-research', commit: '7622dec1e5f7d25dc60b57c28c39f4c4af197018', path: 'data/synth_dataset_v2.json', licence: 'MIT' };
const TYPE_MAP: Readonly<Record<string, string>> = {
  EMAIL_ADDRESS: 'EMAIL',
  PHONE_NUMBER: 'PHONE',
  CREDIT_CARD: 'CREDIT_CARD',
  IBAN_CODE: 'IBAN',
  US_SSN: 'US_SSN',
  IP_ADDRESS: 'IP_ADDRESS',
  DOMAIN_NAME: 'URL',
};
const SCORED = new Set(Object.values(TYPE_MAP));

/** Values that fail the rules their type is defined by: not findings for us, by design. */
function invalidByRule(type: string, value: string): boolean {
  const digits = value.replace(/\D/g, '');
  if (type === 'CREDIT_CARD') return digits.length < 12 || digits.length > 19 || !luhnValid(digits);
  if (type === 'IBAN') return !ibanValid(value.replace(/\s/g, ''));
  if (type === 'US_SSN') return digits.length !== 9 || !ssnValid(digits);
  return false;
}

const gitDir = process.argv[2];
if (gitDir === undefined) {
  console.error('usage: node --import tsx bench/pii-presidio.ts <microsoft/presidio-research git dir>');
  process.exit(2);
}
interface Span {
  entity_type: string;
  start_position: number;
  end_position: number;
}
const rows = JSON.parse(execFileSync('git', ['-C', gitDir, 'show', `${SOURCE.commit}:${SOURCE.path}`], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8')) as Array<{ full_text: string; spans: Span[] }>;

const scanner = createScanner({ injection: 'off', pii: 'redact', secrets: 'off' });
interface Counts {
  tp: number;
  fp: number;
  fn: number;
  invalidGold: number;
}
const per = new Map<string, Counts>();
const c = (t: string): Counts => {
  let x = per.get(t);
  if (x === undefined) per.set(t, (x = { tp: 0, fp: 0, fn: 0, invalidGold: 0 }));
  return x;
};
const errors: string[] = [];
for (const row of rows) {
  const text = row.full_text;
  const gold = row.spans
    .filter((s) => TYPE_MAP[s.entity_type] !== undefined)
    .map((s) => ({ type: TYPE_MAP[s.entity_type]!, start: s.start_position, end: s.end_position, invalid: invalidByRule(TYPE_MAP[s.entity_type]!, text.slice(s.start_position, s.end_position)) }));
  const findings = scanner.scanText(text).findings.filter((f) => f.kind === 'pii' && SCORED.has(f.type));
  const used = new Set<number>();
  for (const f of findings) {
    const gi = gold.findIndex((g, k) => !used.has(k) && g.type === f.type && f.start! < g.end && g.start < f.end!);
    if (gi === -1) {
      c(f.type).fp++;
      errors.push(`FP ${f.type} \`${text.slice(f.start, f.end)}\` in \`${text.replace(/\n/g, ' ')}\``);
    } else {
      used.add(gi);
      c(f.type).tp++;
    }
  }
  gold.forEach((g, k) => {
    if (used.has(k)) return;
    if (g.invalid) {
      c(g.type).invalidGold++;
      return;
    }
    c(g.type).fn++;
    errors.push(`FN ${g.type} \`${text.slice(g.start, g.end)}\` in \`${text.replace(/\n/g, ' ')}\``);
  });
}

const metrics = (x: Counts) => {
  const p = x.tp + x.fp === 0 ? 1 : x.tp / (x.tp + x.fp);
  const r = x.tp + x.fn === 0 ? 1 : x.tp / (x.tp + x.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { ...x, precision: +(p * 100).toFixed(1), recall: +(r * 100).toFixed(1), f1: +(f1 * 100).toFixed(1) };
};
const total: Counts = { tp: 0, fp: 0, fn: 0, invalidGold: 0 };
for (const x of per.values()) for (const k of ['tp', 'fp', 'fn', 'invalidGold'] as const) total[k] += x[k];
const perType = Object.fromEntries([...per.keys()].sort().map((t) => [t, metrics(per.get(t)!)]));
const result = { command: 'node --import tsx bench/pii-presidio.ts <microsoft/presidio-research git dir>', source: SOURCE, rows: rows.length, micro: metrics(total), perType, errors: errors.slice(0, 200) };

const outDir = resolve(dirname(fileURLToPath(import.meta.url)), 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, 'pii-presidio.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(`presidio-research synth_dataset_v2 (${rows.length} sentences): P ${result.micro.precision} / R ${result.micro.recall} / F1 ${result.micro.f1}; gold values failing their own checksum, left out: ${total.invalidGold}`);
for (const [t, m] of Object.entries(perType)) console.log(`  ${t}: tp ${m.tp} fp ${m.fp} fn ${m.fn} (invalid gold ${m.invalidGold}) P ${m.precision} R ${m.recall} F1 ${m.f1}`);
