/**
 * False decodes of the normalizer on text that holds no encoded payload, and decodes of the dev
 * set's attacks: per encoding, how many benign rows (by source) get a decoded segment and how many an
 * `encoding` detection; the same on code (the repository's own sources and installed packages, cut
 * into 1-4 KB prompts) and on synthetic look-alikes (hashes, UUIDs, base64 images, Morse-like
 * punctuation, number lists, dates, versions, IPA, flags, Braille art).
 *
 * Run: node --import tsx bench/decode-quality.ts
 */
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNormalizer } from '../src/text/index.js';
import { readJsonl, type InjectionRow } from './lib/prompts.js';
import { loadEvalSets, userText } from './lib/eval-sets.js';

const normalize = createNormalizer();
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

interface Tally {
  rows: number;
  /** Rows with at least one decoded segment. */
  decoded: number;
  /** Rows with at least one `encoding` detection (what a detector may score). */
  reported: number;
  byEncoding: Record<string, number>;
  examples: string[];
}

function tally(texts: readonly string[]): Tally {
  const t: Tally = { rows: texts.length, decoded: 0, reported: 0, byEncoding: {}, examples: [] };
  for (const text of texts) {
    const n = normalize(text);
    if (n.decoded.length > 0) t.decoded++;
    if (n.detections.some((d) => d.kind === 'encoding' && d.type !== 'homoglyph')) t.reported++;
    const seen = new Set(n.decoded.filter((s) => s.depth === 1).map((s) => s.encoding));
    for (const encoding of seen) {
      t.byEncoding[encoding] = (t.byEncoding[encoding] ?? 0) + 1;
      const segment = n.decoded.find((s) => s.encoding === encoding)!;
      if (t.examples.length < 40 && !["rot13","reversed"].includes(encoding)) {
        t.examples.push(`${encoding}: ${JSON.stringify(text.slice(segment.start, Math.min(segment.end, segment.start + 60)))} -> ${JSON.stringify(segment.decoded.original.slice(0, 60))}`);
      }
    }
  }
  return t;
}

// --- dev set
const rows = readJsonl<InjectionRow>('injection.dev.jsonl');
const benignBySource: Record<string, string[]> = {};
for (const row of rows) if (row.label === 'benign') (benignBySource[row.source] ??= []).push(row.text);
const benign = Object.fromEntries(Object.entries(benignBySource).map(([source, texts]) => [source, tally(texts)]));
const attacks = tally(rows.filter((r) => r.label === 'attack').map((r) => r.text));

// --- code: this repository's sources and installed packages' JavaScript, in 1-4 KB prompts
function files(dir: string, ext: RegExp, out: string[], limit: number): void {
  for (const name of readdirSync(dir)) {
    if (out.length >= limit) return;
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      if (name !== '.git' && name !== 'dist') files(path, ext, out, limit);
    } else if (ext.test(name) && stat.size < 200_000) out.push(path);
  }
}
const codeFiles: string[] = [];
files(join(root, 'src'), /\.ts$/, codeFiles, 400);
for (const pkg of ['express', 'koa', 'jest-circus', 'typescript-eslint', 'supertest', 'lru-cache', 'entities', 'libqp', 'punycode.js', 'tsup']) {
  try {
    files(join(root, 'node_modules', pkg), /\.(?:js|cjs|mjs|md)$/, codeFiles, codeFiles.length + 60);
  } catch {
    // a package that is not installed is skipped
  }
}
const code: string[] = [];
for (const file of codeFiles) {
  const text = readFileSync(file, 'utf8');
  for (let at = 0; at < text.length; at += 3000) code.push(text.slice(at, at + 1000 + ((at / 3000) % 4) * 1000));
}

// --- synthetic look-alikes (deterministic)
let seed = 7;
const rand = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const hex = (n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(rand() * 16)]).join('');
const bytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256)));
const lookalikes: Record<string, string[]> = {
  'hashes (sha1/sha256, both cases)': Array.from({ length: 200 }, (_, i) => `commit ${i % 2 ? hex(40) : hex(64).toUpperCase()} fixed the build`),
  uuids: Array.from({ length: 200 }, () => `id ${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)} created`),
  'base64 images': Array.from({ length: 100 }, () => `<img src="data:image/png;base64,${bytes(600).toString('base64')}">`),
  'base32 secrets (TOTP)': Array.from({ length: 100 }, () => `otpauth://totp/x?secret=${bytes(20).toString('base64').replace(/[^A-Z2-7]/g, 'A').slice(0, 32)}`),
  'morse-like punctuation': ['-- . -- . . -- --- .', '... --- ... -- -', '-.-.-.-.-', 'a - b - c - d', '--- ... --- ...', '=== --- === ---'],
  'number lists, dates, versions, scores': [
    '1, 2, 3, 4, 5, 6, 7, 8, 9, 10',
    'Chapters 1.2.3.4.5 and 2.1.4.6',
    'on 12/05/2024, 3/4/25 and 2024-03-05',
    'scores 21-18-21-19 and 3-1-2-0',
    'version 1.22.3 and 9-7-14',
    'call 555-12-34-56 or 01 23 45 67 89',
    'the grid 5 8 13 21 3 1 and 2 4 6 8 10 12',
    'route 9 7 14 15 then 18 5 1 12',
  ],
  'flags, Braille art, IPA, Turkish, Spanish': [
    'We ship to 🇫🇷🇩🇪🇮🇹🇪🇸🇺🇸🇬🇧 and 🇯🇵',
    '⣿⣿⣿⡿⠿⠿⢿⣿⣿\n⣿⣿⡇⠀⠀⠀⢸⣿⣿\n⣿⣿⣧⣀⣀⣀⣼⣿⣿',
    'IPA: /ˈɹʌnɪŋ/, /ʃɪp/, /ɐ/ and /ɔː/, /ʍɛn/',
    'Türkçe ılık ışık ıslak ısı; ¡Hola! ¿Qué tal?',
    'NATO: Alpha Bravo Charlie are the first three; Romeo and Juliet; Delta Echo',
    'xn--mnchen-3ya.de and xn--bcher-kva.example',
  ],
};
const lookalikeTallies = Object.fromEntries(Object.entries(lookalikes).map(([name, texts]) => [name, tally(texts)]));

// --- benign rows of the evaluation sets (bench/data/: look-alikes and, when built, public sets), per
// set and split; examples come from the tune split only (holdout rows are counted, never shown).
const evalBenign: Record<string, Tally> = {};
for (const split of ['tune', 'holdout'] as const) {
  const bySet = new Map<string, string[]>();
  for (const row of loadEvalSets({ split }).rows) {
    if (row.label !== 'benign') continue;
    const texts = bySet.get(row.set) ?? [];
    texts.push(userText(row));
    bySet.set(row.set, texts);
  }
  for (const [set, texts] of bySet) {
    const t = tally(texts);
    if (split === 'holdout') t.examples = [];
    evalBenign[`${set} (${split})`] = t;
  }
}

const report = {
  command: 'node --import tsx bench/decode-quality.ts',
  note: 'decoded = rows with any decoded segment (scanned, not necessarily reported); reported = rows with an encoding detection other than homoglyph',
  node: process.version,
  benignBySource: benign,
  code: tally(code),
  lookalikes: lookalikeTallies,
  evalBenign,
  attacks: { rows: attacks.rows, decoded: attacks.decoded, reported: attacks.reported, byEncoding: attacks.byEncoding },
};
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/decode-quality.json', import.meta.url), JSON.stringify(report, null, 2) + '\n');
const line = (name: string, t: Tally): string => `${name.padEnd(44)} ${String(t.rows).padStart(5)} rows  decoded ${t.decoded}  reported ${t.reported}  ${JSON.stringify(t.byEncoding)}`;
for (const [source, t] of Object.entries(benign)) console.log(line(`benign ${source}`, t));
console.log(line('code', report.code));
for (const [name, t] of Object.entries(lookalikeTallies)) console.log(line(name, t));
for (const [name, t] of Object.entries(evalBenign)) console.log(line(name, t));
console.log(line('attacks (all sources)', attacks));
for (const t of [...Object.values(benign), report.code, ...Object.values(lookalikeTallies), ...Object.values(evalBenign)]) for (const e of t.examples) console.log('  ', e);
