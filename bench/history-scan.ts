/**
 * What a chat turn costs the input scan as the conversation grows. Clients resend the whole history every
 * turn; with the scanner's cache of per-text work (the default) the earlier messages are not read again by
 * each detector on their own, only in the joined reading of the conversation (which must see every turn to
 * catch an attack split across them). Without it (`cache: false`) every message is read twice per turn.
 *
 * Each run grows one conversation turn by turn (user turns of about 1 KB of benign dev-set text, tune rows,
 * and a short assistant answer between them) through a fresh scanner, as a chat backend would, and takes the
 * CPU time of each turn's `scanMessages`; the runs alternate cached and uncached scanners.
 *
 * Run: node --import tsx bench/history-scan.ts [--turns N] [--runs R]
 * Results: bench/results/history-scan.json
 */
import { writeFileSync } from 'node:fs';
import { readJsonl } from './lib/prompts.js';
import type { InjectionRow } from './lib/prompts.js';
import { createScanner } from '../src/scan/pipeline.js';
import type { ChatMessage } from '../src/core/types.js';
import { numberOption } from './lib/args.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => numberOption(args, name, fallback);
const turns = option('turns', 40);
const runs = option('runs', 5);

const benign = readJsonl<InjectionRow & { split?: string }>('injection.dev.jsonl').filter((r) => r.label === 'benign' && r.split !== 'holdout');
/** User turn `i`: benign texts joined to about 1 KB. */
function userTurn(i: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let k = i * 5; length < 1000; k++) {
    const text = benign[(k * 7919) % benign.length]!.text;
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join('\n').slice(0, 1000);
}
const users = Array.from({ length: turns }, (_, i) => userTurn(i));

const cpu = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** CPU µs of each turn of one growing conversation. */
function grow(cache: boolean): number[] {
  const scanner = createScanner({ cache });
  const messages: ChatMessage[] = [];
  const out: number[] = [];
  for (let t = 0; t < turns; t++) {
    messages.push({ role: 'user', content: users[t]! });
    const start = cpu();
    scanner.scanMessages(messages);
    out.push(cpu() - start);
    messages.push({ role: 'assistant', content: `Noted (${t + 1}). Anything else?` });
  }
  return out;
}

/** CPU µs of scanning each user turn alone, the floor of a turn's cost. */
function alone(): number[] {
  const scanner = createScanner({ cache: false });
  return users.map((text) => {
    const start = cpu();
    scanner.scanMessages([{ role: 'user', content: text }]);
    return cpu() - start;
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

grow(true); // warm-up: compile, JIT
grow(false);
const cached: number[][] = [];
const plain: number[][] = [];
const single: number[][] = [];
for (let r = 0; r < runs; r++) {
  cached.push(grow(true));
  plain.push(grow(false));
  single.push(alone());
}
const perTurn = (samples: number[][], t: number): number => Math.round(median(samples.map((s) => s[t]!)));
const marks = [1, 2, 5, 10, 20, 40, 80].filter((n) => n <= turns);
const rows = marks.map((n) => {
  const c = perTurn(cached, n - 1);
  const p = perTurn(plain, n - 1);
  const a = perTurn(single, n - 1);
  return { turn: n, cachedUs: c, uncachedUs: p, newMessageAloneUs: a, cachedOverAlone: Number((c / a).toFixed(2)), uncachedOverCached: Number((p / c).toFixed(2)) };
});
for (const row of rows) console.log(row);
const result = {
  command: `node --import tsx bench/history-scan.ts --turns ${turns} --runs ${runs}`,
  date: new Date().toISOString(),
  node: process.version,
  conversation: `${turns} user turns of 1,000 characters (benign dev-set text, tune rows), a short assistant answer between them`,
  note: 'CPU µs of one turn (scanMessages of the whole conversation so far), median of the runs. newMessageAloneUs: the new user message scanned on its own. The cached turn skips the per-message reading of earlier turns but still runs every detector over the joined conversation (the cross-turn checks), so it still grows with the history: that joined reading is most of a long conversation\'s cost.',
  rows,
};
writeFileSync(new URL('./results/history-scan.json', import.meta.url), JSON.stringify(result, null, 2) + '\n');
