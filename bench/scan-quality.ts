/**
 * The dev set through the real command, as a user would run it: every row becomes one JSONL line
 * (`id`, `text`, and `system_prompt` where the row carries the prompt it targets), piped through the
 * built `mistral-guard scan` bin with default options. Counts verdicts: an attack counts as caught
 * when it is blocked, a benign row as a false positive when it is blocked.
 *
 * Run: npm run build && node --import tsx bench/scan-quality.ts
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readJsonl, type InjectionRow } from './lib/prompts.js';

const COMMAND = 'npm run build && node --import tsx bench/scan-quality.ts';
const bin = fileURLToPath(new URL('../bin/mistral-guard.cjs', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../dist/cli.cjs', import.meta.url)))) {
  throw new Error('dist/ is missing: run `npm run build` first.');
}

const rows = readJsonl<InjectionRow>('injection.dev.jsonl');
const input = rows.map((r) => JSON.stringify({ id: r.id, text: r.text, ...(r.system_prompt ? { system_prompt: r.system_prompt } : {}) })).join('\n') + '\n';
const started = process.hrtime.bigint();
const output = execFileSync(process.execPath, [bin, 'scan'], { input, maxBuffer: 256 * 1024 * 1024 }).toString('utf8');
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const lines = output.trim().split('\n').map((l) => JSON.parse(l) as { id: string; verdict?: string });
if (lines.length !== rows.length) throw new Error(`expected ${rows.length} output lines, got ${lines.length}`);

const tally = new Map<string, { blocked: number; flagged: number; total: number }>();
rows.forEach((row, i) => {
  const line = lines[i]!;
  if (line.id !== row.id) throw new Error(`line ${i} is for ${line.id}, expected ${row.id}: order not kept`);
  for (const key of [`${row.label}:*`, `${row.label}:${row.source}`]) {
    const t = tally.get(key) ?? { blocked: 0, flagged: 0, total: 0 };
    t.total++;
    if (line.verdict === 'block') t.blocked++;
    if (line.verdict === 'flag') t.flagged++;
    tally.set(key, t);
  }
});
const pct = (n: number, d: number): number => Math.round((1000 * n) / d) / 10;
const bySource = Object.fromEntries(
  [...tally].sort().map(([k, t]) => [k, { blockedRate: pct(t.blocked, t.total), blocked: t.blocked, flagged: t.flagged, total: t.total }]),
);
const report = { command: COMMAND, rows: rows.length, seconds: +seconds.toFixed(1), bySource };
writeFileSync(new URL('./results/scan-quality.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
console.log(JSON.stringify(report, null, 2));
