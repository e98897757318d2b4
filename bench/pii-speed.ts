/**
 * PII + secret detection speed against the email-regex baseline (one `replace` pass over the same text),
 * both in this process, interleaved (see lib/measure.ts). Bar (issue #11): median at most 1x the baseline
 * on 4 KB realistic prompts. Also: 100 KB adversarial inputs timed once each; the adversarial families of
 * issue #9 at 100 KB against natural text of the same size (detect and `sanitizeText`, bar: at most 5x);
 * and libphonenumber-js's own parse + isValid per number against the compiled validator used instead.
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
import { sanitizeText } from '../src/scan/api.js';
import { nationalValidity } from '../src/detect/phone-metadata.js';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

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

// Issue #9's families at 100 KB against natural text (benign prompts) of the same size: best of 3.
const best = (fn: () => unknown, runs = 3): number => {
  let b = Infinity;
  for (let i = 0; i < runs; i++) b = Math.min(b, timeOnce(fn));
  return b;
};
const natural = realisticPrompt(N, 3);
const sanitize = (t: string) => sanitizeText(t).findings.length;
detectBoth(natural);
sanitize(natural);
const naturalDetect = best(() => detectBoth(natural), 5);
const naturalSanitize = best(() => sanitize(natural), 5);
const families: Record<string, string> = {
  'digits with spaces "01 "': fill('01 '),
  'digits with dashes "1-"': fill('1-'),
  'dotted digits "1."': fill('1.'),
  'grouped digits "12 34 "': fill('12 34 '),
  'plus signs "+1 "': fill('+1 '),
  '@ runs "a@"': fill('a@'),
  '"a@a.a"': fill('a@a.a'),
  'dots "a."': fill('a.'),
  'zero-width flood "a\u200b"': fill('a\u200b'),
  'base64-like run': fill('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3'),
  'alphanumeric run "aB3"': fill('aB3'),
  'Arabic-Indic digits with spaces': fill('\u0661\u0662 '),
};
const familyResults: Record<string, { detectMs: number; detectVsNatural: number; sanitizeMs: number; sanitizeVsNatural: number }> = {};
for (const [name, text] of Object.entries(families)) {
  detectBoth(text);
  const d = best(() => detectBoth(text));
  const z = best(() => sanitize(text));
  familyResults[name] = { detectMs: round(d), detectVsNatural: round(d / naturalDetect), sanitizeMs: round(z), sanitizeVsNatural: round(z / naturalSanitize) };
}

// libphonenumber-js parse + isValid per number, against the compiled validator (same question, same data).
const numbers = ['612345678', '0612345678', '015123456789', '2015550123', '11987654321', '09012345678'];
const regionsFor = ['ES', 'FR', 'DE', 'US', 'BR', 'JP'];
const lib = compare(
  () => numbers.forEach((n, i) => parsePhoneNumberFromString(n, regionsFor[i] as never)?.isValid()),
  () => numbers.forEach((n, i) => nationalValidity(n, regionsFor[i]!)),
  20,
  20,
);

const result = {
  command: 'node --import tsx bench/pii-speed.ts',
  node: process.version,
  what: 'detect = PII scan + secret scan; redact = redactPII (detect + replace). ratio = candidate median / email-regex replace median, same text, interleaved.',
  bar: 'median detect ratio <= 1 on 4 KB realistic prompts (issue #11); every family <= 5x natural text (issue #9)',
  realistic,
  adversarial100KB: adversarial,
  families100KB: { naturalDetectMs: round(naturalDetect), naturalSanitizeMs: round(naturalSanitize), families: familyResults },
  phoneValidation: {
    what: 'six national numbers: libphonenumber-js parsePhoneNumberFromString().isValid() vs the compiled max-metadata validator',
    libphonenumberUsPerNumber: round(lib.candidate.medianNs / 1000 / numbers.length),
    compiledUsPerNumber: round(lib.baseline.medianNs / 1000 / numbers.length),
  },
  reference: { 'openredaction 1.1.5': '~450x', '@redactpii/node (five plain regexes)': '~1.2x' },
};
const outDir = resolve(here, 'results');
mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, 'pii-speed.json'), JSON.stringify(result, null, 2) + '\n');
console.log(JSON.stringify(result, null, 2));
