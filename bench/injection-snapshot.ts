/**
 * A snapshot of the whole input scan's output (verdict, every finding with its span and score, the
 * sanitized text) on the dev set, the evaluation sets and the shared speed corpus, one JSON line per
 * text, so a speed change can be shown to change no detection: snapshot before, snapshot after, diff.
 *
 *   node --import tsx bench/injection-snapshot.ts /tmp/before.jsonl
 *   ...change...
 *   node --import tsx bench/injection-snapshot.ts /tmp/after.jsonl
 *   node --import tsx bench/injection-snapshot.ts --diff /tmp/before.jsonl /tmp/after.jsonl
 *
 * The file goes where the first argument says (keep it out of the repository: it holds the texts'
 * sanitized copies).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evalMessages, loadEvalSets } from './lib/eval-sets.js';
import { readJsonl, type InjectionRow } from './lib/prompts.js';
import { createScanner } from '../src/scan/pipeline.js';
import type { ChatMessage } from '../src/core/types.js';
import { diffSnapshotsAndExit } from './lib/snapshot.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);

if (args[0] === '--diff') diffSnapshotsAndExit(args[1]!, args[2]!);

const out = args[0];
if (out === undefined) {
  console.error('usage: node --import tsx bench/injection-snapshot.ts OUT.jsonl | --diff A B');
  process.exit(2);
}

// The whole input scan with its defaults, as the middleware runs it.
const scanner = createScanner();
const lines: string[] = [];
const record = (key: string, result: unknown): void => void lines.push(JSON.stringify({ key, result }));

const dev = readJsonl<InjectionRow>('injection.dev.jsonl');
const prompts = [...new Set(dev.map((r) => r.system_prompt).filter((p): p is string => typeof p === 'string'))];
dev.forEach((row, i) => {
  const { text, findings, verdict, injectionScore } = scanner.scanText(row.text);
  record(`dev:${row.id}`, { verdict, injectionScore, findings, text });
  // With a system prompt: the row's own for attacks, one of the set's for benign rows.
  const systemPrompt = row.system_prompt ?? prompts[(i * 37) % prompts.length]!;
  const withPrompt = scanner.scanText(row.text, { systemPrompt });
  record(`dev-prompt:${row.id}`, { verdict: withPrompt.verdict, injectionScore: withPrompt.injectionScore, findings: withPrompt.findings });
});

for (const row of loadEvalSets().rows) {
  const result = scanner.scanMessages(evalMessages(row) as ChatMessage[]);
  record(`eval:${row.id}`, { verdict: result.verdict, findings: result.findings, messages: result.messages });
}

interface CorpusPrompt {
  text: string;
}
const corpus = JSON.parse(readFileSync(resolve(here, 'data/corpus/corpus.json'), 'utf8')) as { prompts: Record<'1k' | '4k', CorpusPrompt[]> };
const corpusTexts: Array<[string, string]> = [
  ...corpus.prompts['1k'].map((p, i): [string, string] => [`corpus-1k:${i}`, p.text]),
  ...corpus.prompts['4k'].map((p, i): [string, string] => [`corpus-4k:${i}`, p.text]),
];
for (let i = 0; i + 4 <= corpus.prompts['4k'].length; i += 4) {
  corpusTexts.push([`corpus-16k:${i / 4}`, corpus.prompts['4k'].slice(i, i + 4).map((p) => p.text).join('\n')]);
}
for (const [key, text] of corpusTexts) {
  const result = scanner.scanText(text);
  record(key, { verdict: result.verdict, injectionScore: result.injectionScore, findings: result.findings, text: result.text });
}

writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} outputs written to ${out}`);
