/**
 * PII + secret detection speed against the email-regex baseline (one `replace` pass over the same text),
 * both in this process, interleaved (see lib/measure.ts). Bar: median at most 2x the baseline on 4 KB
 * realistic prompts. Also times 100 KB adversarial inputs once each (every scan must stay linear).
 *
 * Run: node --import tsx bench/pii-speed.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { realisticPrompt } from './lib/prompts.js';
import { emailReplaceBaseline } from './lib/baseline.js';
import { compare, timeOnce } from './lib/measure.js';
import { createPIIScanner } from '../src/detect/pii.js';
import { createSecretScanner } from '../src/detect/secrets.js';
import { createPIIRedactor } from '../src/scan/redaction.js';

const here = dirname(fileURLToPath(import.meta.url));
const scanPII = createPIIScanner();
const scanSecrets = createSecretScanner();
const redact = createPIIRedactor();
const detectBoth = (t: string) => scanPII(t).length + scanSecrets(t).length;

const sizes = [1024, 4096];
const realistic: Record<string, unknown> = {};
for (const size of sizes) {
  const seeds = [0, 1, 2];
  const runs = seeds.map((seed) => {
    const text = realisticPrompt(size, seed);
    const detect = compare(() => detectBoth(text), () => emailReplaceBaseline(text));
    const redactRun = compare(() => redact(text), () => emailReplaceBaseline(text));
    return { seed, detectRatio: detect.ratio, detectMedianUs: detect.candidate.medianNs / 1000, baselineMedianUs: detect.baseline.medianNs / 1000, redactRatio: redactRun.ratio };
  });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  realistic[`${size}B`] = {
    runs: runs.map((r) => ({ ...r, detectRatio: round(r.detectRatio), detectMedianUs: round(r.detectMedianUs), baselineMedianUs: round(r.baselineMedianUs), redactRatio: round(r.redactRatio) })),
    medianDetectRatio: round(median(runs.map((r) => r.detectRatio))),
    medianRedactRatio: round(median(runs.map((r) => r.redactRatio))),
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

const N = 100 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
const adversarialInputs: Record<string, string> = {
  digits: fill('7'),
  'digits with spaces': fill('1 '),
  'a@a@a@': fill('a@'),
  'email-ish a.a@a.a': fill('a.a@a.a '),
  '-----BEGIN': fill('-----BEGIN '),
  'BEGIN PRIVATE KEY without END': fill('-----BEGIN PRIVATE KEY-----\n'),
  'dotted digits 1.1.1.': fill('1.'),
  'dotted letters a.a.a.': fill('a.'),
  'www.www.': fill('www.'),
  '://://': fill('://'),
  'http://a': 'http://' + fill('a'),
  'hex colons a:a:a': fill('a:'),
  'eyJeyJ': fill('eyJ'),
  'eyJ dots': fill('eyJabc.'),
  'key=key=': fill('key='),
  'password: x': fill('password: x '),
  'Bearer Bearer': fill('Bearer '),
  AKIA: fill('AKIA'),
  'ghp_': fill('ghp_'),
  'parens (((': fill('('),
  '+ signs': fill('+1 '),
  'IBAN-like GB00': fill('GB00 '),
  'alnum no spaces': fill('aB3'),
};
const adversarial: Record<string, { detectMs: number; redactMs: number }> = {};
for (const [name, text] of Object.entries(adversarialInputs)) {
  const detectMs = timeOnce(() => detectBoth(text));
  const redactMs = timeOnce(() => redact(text));
  adversarial[name] = { detectMs: round(detectMs), redactMs: round(redactMs) };
}

const result = {
  command: 'node --import tsx bench/pii-speed.ts',
  node: process.version,
  what: 'detect = PII scan + secret scan; redact = redactPII (detect + replace). ratio = candidate median / email-regex replace median, same text, interleaved.',
  bar: 'median ratio <= 2 on 4 KB realistic prompts',
  realistic,
  adversarial100KB: adversarial,
  reference: { 'openredaction 1.1.5': '~450x', '@redactpii/node (five plain regexes)': '~1.2x' },
};
const outDir = resolve(here, 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, 'pii-speed.json'), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
