/**
 * Secret detection quality and the Mistral-key forms that must never reach upstream.
 *
 * Run: node --import tsx bench/secrets-quality.ts
 * (first, once: node --import tsx bench/secrets-corpus.ts <noseyparker git dir> <secretlint git dir>)
 *
 * Sets:
 * - tune: secretlint's rule test snapshots (MIT), positives and negatives, and the Nosey Parker rule files
 *   (Apache-2.0) of even rank in name order, positives only: read while building;
 * - holdout: the Nosey Parker rule files of odd rank, positives only: their misses were never read while
 *   building (only the overall figure of the whole corpus was seen once, before the split); reported whole
 *   and as the rules Nosey Parker itself files under `secret` (its other rules find identifiers: bucket
 *   names, user names, public keys);
 * - another origin: the labelled cases of Yelp detect-secrets' plugin tests (Apache-2.0), positives and
 *   negatives, split before any was read: within each test, cases of even index tune, odd holdout;
 * For holdout sets only the counts are written: their misses and false positives are never printed, so
 * nobody tunes on them.
 *   `_tool` sets leave out the negatives that another named plugin of detect-secrets reports (a GitHub
 *   token in the GitLab plugin's test): negatives of the tool as a whole, not of one plugin;
 * - benign: every benign prompt of shared/data/eval/injection.dev.jsonl and every text of pii.dev.jsonl
 *   (of other origins; none should hold a secret): the false-positive rate on what users really send;
 * - benign_authored: developer prompts written for this bench (code, configuration, logs, hashes, UUIDs, commit
 *   SHAs, base64 images, documentation JWTs and placeholders; bench/data/authored/secrets-benign.txt), none
 *   holding a secret, split by id like the eval sets (tune rows read, holdout rows counted only);
 * - nearmiss_authored: credential words next to no credential (references, env-var names, calls, placeholders,
 *   hashes and ids by `key`/`token`, i18n strings, test fixtures; bench/data/authored/secrets-nearmiss.txt),
 *   written blind in the secrets8 round, split the same way;
 * - nearmiss2_authored: lockfile integrity hashes, digests, git SHAs, colour tokens, base64 images, i18n strings
 *   and text spelled one character at a time that is no key (bench/data/authored/secrets-nearmiss-2.txt), written
 *   blind in the secrets9 round, split the same way;
 * - provider_nearmiss: tokens of 30 provider formats, valid and almost valid (checksum failing, a few characters
 *   short or long, a character outside the alphabet, a prefix letter changed, a structure broken) and prefix-shaped
 *   strings that are no key, built at run time (bench/lib/secrets-provider-nearmiss.ts), labelled by the near-miss
 *   policy written before the detector read them, split by provider (secrets10 round);
 * - placeholders: documentation examples and placeholders built here (`ghp_xxxx…`, `AKIAIOSFODNN7EXAMPLE`,
 *   `-----BEGIN PRIVATE KEY-----\nanything`, `<your-key>`, repeated and sequential runs);
 * - mistral forms: random Mistral-shaped keys in every form of issue #11 (glued, grouped, dashed,
 *   base64, in headers and assignments), through the input scanner: the key must not survive.
 * A case counts as detected when the secret detector reports anything in it.
 *
 * Besides the raw figures: `_distinct` sets count each detect-secrets text once (one line is tested under up
 * to ten file types), and every set has a "policy view" without the cases of POLICY_CLASSES, the corpus
 * labels this project reverses (decided on tune rows, reasons in bench/data/README-secrets.md).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSecretScanner, isPlaceholderSecret, wordLike } from '../src/detect/secrets.js';
import { discordIdPartValid } from '../src/detect/secret-rules.js';
import { createScanner } from '../src/scan/pipeline.js';
import { readJsonl } from './lib/prompts.js';
import { benignSecretRows, nearMissSecretRows, nearMissSecretRows2 } from './lib/secrets-benign.js';
import { providerNearMissRows } from './lib/secrets-provider-nearmiss.js';
import { alnum, rng } from '../test/detect/pii-gen.js';

const here = dirname(fileURLToPath(import.meta.url));
const scan = createSecretScanner();
interface CorpusCase {
  id: string;
  rule: string;
  label: string;
  text: string;
  categories?: string[];
  toolFlags?: string[];
}
const corpus = (name: string): CorpusCase[] => {
  const file = resolve(here, `data/secrets-corpus/${name}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as CorpusCase);
};

/** A printable excerpt (binary test files, such as PKCS#12 keys, would make the report binary). */
const excerpt = (text: string): string => text.slice(0, 160).replace(/\n/g, '\\n').replace(/[^\x20-\x7e\u00a0-\uffff]|\ufffd/g, '\u00b7');

/**
 * Classes of corpus cases whose label this project's policy reverses, decided on tune rows only (the
 * reasons are in bench/data/README-secrets.md) and applied by these tests to every split alike, so holdout
 * rows are classed without being read. A positive class holds documentation values the corpus counts as
 * secrets (the policy: never redact a documentation example); a negative class holds cases the corpus
 * calls no secret for a reason a text-only scanner cannot see or that the policy rejects (the policy: no
 * real key passes). The policy view leaves these cases out; the raw figures keep them.
 */
interface PolicyClass {
  id: string;
  label: 'secret' | 'none';
  test: (c: { rule?: string; text: string; categories?: string[] }) => boolean;
}

/** Longest run of consecutive codes (`012345`, `abcdef`) among letters and digits. */
function countingRun(text: string): number {
  let best = 1;
  let run = 1;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c - text.charCodeAt(i - 1) === 1 && /[A-Za-z0-9]/.test(text[i]!) ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

/** detect-secrets' plugin tests of prefixed provider formats, each with its own provider's prefixes. */
const P1_PREFIXES: ReadonlyArray<[RegExp, string]> = [
  [/^github_token\//, 'gh[pousr]_|github_pat_'],
  [/^gitlab_token\//, 'gl(?:pat|dt|rt|ptt|oas|cbt|imt|ft|agent|soat|ffct)-|GR1348941'],
  [/^openai\//, 'sk-(?:proj-|svcacct-|admin-)?'],
  [/^pypi_token\//, 'pypi-'],
  [/^npm\//, 'npm_'],
  [/^slack\//, 'xox[abposer]-'],
  [/^stripe_key\//, '[sr]k_live_'],
  [/^sendgrid\//, 'SG\\.'],
];
/**
 * P1 (see the class): the test's own provider prefix followed by 16+ characters of random material (two of upper
 * case, lower case and digits, 3.5 bits a character, not two words of 4+ letters nor read as words).
 */
function p1NearMiss(rule: string, text: string): boolean {
  const prefixes = P1_PREFIXES.find(([test]) => test.test(rule))?.[1];
  if (prefixes === undefined) return false;
  return [...text.matchAll(new RegExp(`(?<![A-Za-z0-9])(?:${prefixes})([A-Za-z0-9_.-]{16,})`, 'g'))].some((m) => {
    const v = m[1]!;
    const kinds = (/[A-Z]/.test(v) ? 1 : 0) + (/[a-z]/.test(v) ? 1 : 0) + (/[0-9]/.test(v) ? 1 : 0);
    const words = v.split(/[-_.]+/).filter((w) => /^[a-z]{4,}[0-9]{0,3}$/i.test(w)).length;
    const counts = new Map<string, number>();
    for (const ch of v) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    const entropy = -[...counts.values()].reduce((h, n) => h + (n / v.length) * Math.log2(n / v.length), 0);
    return kinds >= 2 && words < 2 && !wordLike(v, true) && entropy >= 3.5;
  });
}

const POLICY_CLASSES: readonly PolicyClass[] = [
  // Decided by the rule's own category, not the text (secrets8): Nosey Parker files identifiers (account ids,
  // ARNs, bucket URLs, OAuth client ids, usernames, public keys) as `identifier` without `secret`. They grant
  // nothing alone, and the credential beside them is reported on its own.
  { id: 'identifier, not a credential (Nosey Parker category identifier without secret)', label: 'secret', test: (c) => (c.categories?.includes('identifier') ?? false) && !c.categories!.includes('secret') },
  // The tests read values, not the prose around them: `example.com` in a URL is no example value, and the
  // short runs of `A` in base64 key material are no repeat.
  { id: 'doc: one character repeated (xxxx, ZZZZ, AAAA)', label: 'secret', test: (c) => /([A-Za-z0-9])\1{7,}/.test(c.text) },
  { id: 'doc: counting run (0123456789, abcdef, ABCDEF)', label: 'secret', test: (c) => countingRun(c.text) >= 6 },
  { id: 'doc: a unit repeated (abcd1234abcd1234…)', label: 'secret', test: (c) => /([A-Za-z0-9]{3,16})\1\1/i.test(c.text) },
  { id: 'doc: EXAMPLE, dummy, placeholder inside a token', label: 'secret', test: (c) => /[A-Za-z0-9_](?:example|dummy|placeholder)|(?:example|dummy|placeholder)[A-Za-z0-9_]/i.test(c.text.replace(/\bexample\.(?:com|org|net)\b/gi, '')) },
  { id: 'doc: placeholder credentials or a reference (user:pass@, Password=secret, $password, #{…})', label: 'secret', test: (c) => /\b(?:user(?:name)?|admin):(?:pass(?:word)?|secret)@|[Pp]assword=secret;|password\s+['"]password['"]|-[Pp]assword\s+"?\$|=#\{/.test(c.text) },
  {
    id: 'doc: a password that names itself (myPassword, SOME_PASSWORD, mysecretpassword)',
    label: 'secret',
    test: (c) =>
      [...c.text.matchAll(/(?:passw(?:or)?d|pwd|pass)["']?[ \t]*[=:]?[ \t]*["']?([A-Za-z_-]{4,40})(?![A-Za-z0-9_-])/gi)].some(
        (m) => /passw(?:or)?d|secret/i.test(m[1]!) && m[1]!.replace(/passw(?:or)?d|secret|[-_]|^(?:pw|pass)|(?:pw|pass)$/gi, '').length <= 6,
      ),
  },
  {
    id: 'doc: a JWT whose claims are made up (jwt.io\'s John Doe, sub 1234567890)',
    label: 'secret',
    test: (c) =>
      [...c.text.matchAll(/eyJ[A-Za-z0-9_-]{5,}\.(eyJ[A-Za-z0-9_-]{5,})/g)].some((m) => /"(?:John|Jane) Doe"|"sub":\s*"1234567890"/.test(Buffer.from(m[1]!, 'base64url').toString('utf8'))),
  },
  // Near-miss policy P2 (secrets10, decided on the blind provider near-miss set): a format without a prefix is
  // told by its structure only; a Discord bot token opens with the base64 of a number (the bot's id), and
  // detect-secrets' examples edited by hand past its first or before its last digit are no token (tune: MZ1y…,
  // ATMy…). Classed by the corpus test and the id part's decoding, the same for both splits.
  {
    id: 'doc: a Discord-shaped token whose id part is no number (edited by hand)',
    label: 'secret',
    test: (c) => /^discord\//.test(c.rule ?? '') && [...c.text.matchAll(/[A-Za-z0-9]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}/g)].every((m) => !discordIdPartValid(m[0])),
  },
  { id: 'doc: a PEM block without key material', label: 'secret', test: (c) => /-----BEGIN [A-Z ]*PRIVATE KEY-----\n[^\n]*\s[^\n]*\n-----END/.test(c.text) },
  { id: 'file type: the same symbol password, a variable in code files for detect-secrets', label: 'none', test: (c) => c.rule === 'keyword/test_keyword' && /m\{\{h\}o\)p/.test(c.text) },
  { id: 'malformed .npmrc line holding a token (_authToken=<uuid>)', label: 'none', test: (c) => /_authToken=\s*[0-9a-f]{8}-[0-9a-f-]{27}/.test(c.text) },
  { id: 'near miss of a provider format with random key material (T4BlbkFJ, a cut macaroon)', label: 'none', test: (c) => /^(?:openai|pypi_token)\//.test(c.rule ?? '') && /[A-Za-z0-9_-]{40,}/.test(c.text) },
  // Near-miss policy P1 (secrets10), decided on the blind provider near-miss set, not on corpus rows: a provider's
  // prefix followed by 16+ characters of random material is a secret whatever its length, checksum or one odd
  // character. Written from the policy, not from the detector: a negative of a provider plugin's test holding a
  // own provider's prefix and random material (a token of another provider is no near miss of this one).
  { id: 'P1: a provider prefix with random key material, the length or shape off (secrets10)', label: 'none', test: (c) => p1NearMiss(c.rule ?? '', c.text) },
  { id: 'Telegram token in its API-URL form (bot<id>:AA…)', label: 'none', test: (c) => /bot[0-9]{8,10}:AA[A-Za-z0-9_-]{30,}/.test(c.text) },
  { id: 'PKCS#12 store that secretlint cannot open with GCP\'s default password', label: 'none', test: (c) => c.text.length >= 600 && c.text.includes('\x02\x01\x03') && c.text.includes('\r\x01\x07\x01') },
  { id: 'random key material of 80+ characters glued to a letter or a wrong prefix', label: 'none', test: (c) => /[A-Za-z0-9_-]{80,}/.test(c.text) && /[A-Za-z0-9_-]{80,}/.exec(c.text)!.some((t) => new Set(t).size >= 40) },
];

const classOf = (c: { label: string; rule?: string; text: string; categories?: string[] }): string | undefined => POLICY_CLASSES.find((k) => k.label === c.label && k.test(c))?.id;

function rate(cases: Array<{ label: string; text: string; rule?: string; categories?: string[] }>) {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  const misses: string[] = [];
  const falsePositives: string[] = [];
  /** Per policy class: cases, and how many the scanner reports. */
  const classes: Record<string, { cases: number; reported: number }> = {};
  const policy = { tp: 0, fn: 0, fp: 0, tn: 0 };
  /**
   * False positives outside the policy classes, counted by the corpus test they come from and the rules that
   * fired: an aggregate, so the holdout sets' false positives can be named by class without being read.
   */
  const fpClasses: Record<string, number> = {};
  for (const c of cases) {
    const found = scan(c.text);
    const cls = classOf(c);
    if (cls !== undefined) {
      const k = (classes[cls] ??= { cases: 0, reported: 0 });
      k.cases++;
      if (found.length > 0) k.reported++;
    }
    if (c.label === 'secret') {
      if (found.length > 0) tp++;
      else {
        fn++;
        misses.push(`${cls === undefined ? '' : '[policy] '}${c.rule ?? ''}: ${excerpt(c.text)}`);
      }
      if (cls === undefined) policy[found.length > 0 ? 'tp' : 'fn']++;
    } else {
      if (found.length > 0) {
        fp++;
        falsePositives.push(`${cls === undefined ? '' : '[policy] '}${c.rule ?? ''}: ${found.map((f) => `${f.type}/${f.rule ?? ''}`).join(',')} in ${excerpt(c.text)}`);
      } else tn++;
      if (cls === undefined) policy[found.length > 0 ? 'fp' : 'tn']++;
      if (cls === undefined && found.length > 0) {
        const key = `${(c.rule ?? '').split(':')[0]} -> ${[...new Set(found.map((f) => `${f.type}/${f.rule ?? ''}`))].join(',')}`;
        fpClasses[key] = (fpClasses[key] ?? 0) + 1;
      }
    }
  }
  const pct = (a: number, b: number) => (b === 0 ? null : +((100 * a) / b).toFixed(1));
  return {
    positives: tp + fn,
    negatives: fp + tn,
    recall: pct(tp, tp + fn),
    falsePositiveRate: pct(fp, fp + tn),
    tp,
    fn,
    fp,
    tn,
    policyView: { positives: policy.tp + policy.fn, negatives: policy.fp + policy.tn, recall: pct(policy.tp, policy.tp + policy.fn), falsePositiveRate: pct(policy.fp, policy.fp + policy.tn), ...policy },
    classes,
    fpClasses,
    misses,
    falsePositives,
  };
}

// Own placeholder and documentation-example negatives, built at run time.
const rand = rng(11);
const placeholders = [
  `ghp_${'x'.repeat(36)}`,
  `ghp_${'X'.repeat(36)}`,
  'AKIA' + 'IOSFODNN7' + 'EXAMPLE',
  'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY',
  '-----BEGIN PRIVATE KEY-----\nanything',
  '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
  'api_key = "<your-key>"',
  'MISTRAL_API_KEY=your_api_key_here',
  'export OPENAI_API_KEY="sk-..."',
  `sk_live_${'0'.repeat(24)}`,
  `xoxb-${'1'.repeat(12)}-${'1'.repeat(12)}-${'a'.repeat(24)}`,
  'token: ${GITHUB_TOKEN}',
  'password: changeme',
  'password = "********"',
  `hf_${'abcdefghijklmnopqrstuvwxyzabcdefgh'}`,
  `Bearer ${'abcdef0123456789'.repeat(2)}`,
  'postgres://user:password@localhost:5432/db',
  'https://user:<password>@example.com',
  'curl -u username:password https://api.example.com',
  'Authorization: Basic <base64(user:pass)>',
  `glpat-${'x'.repeat(20)}`,
  `npm_${'0123456789'.repeat(3)}abcdef`,
  'SECRET_KEY=os.environ["SECRET_KEY"]',
  'The key is stored in process.env.API_KEY',
].map((text, i) => ({ id: `ph-${i}`, label: 'none', text, rule: 'placeholder' }));

const benign = [
  ...readJsonl<{ id: string; text: string; label: string }>('injection.dev.jsonl').filter((r) => r.label === 'benign'),
  ...readJsonl<{ id: string; text: string }>('pii.dev.jsonl'),
].map((r) => ({ label: 'none', text: r.text, rule: 'benign' }));

// This project's own benign developer prompts (bench/data/authored/secrets-benign.txt), split like the eval sets.
const authoredBenign = benignSecretRows();
const authoredSplit = (split: string) => authoredBenign.filter((r) => r.split === split).map((r) => ({ label: 'none', text: r.text, rule: `benign-authored/${r.family}` }));
// Near-miss negatives written blind for the secrets8 round (bench/data/authored/secrets-nearmiss.txt).
const nearMiss = nearMissSecretRows();
const nearMissSplit = (split: string) => nearMiss.filter((r) => r.split === split).map((r) => ({ label: 'none', text: r.text, rule: `nearmiss-authored/${r.family}` }));
// The second near-miss set, written blind for the secrets9 round (bench/data/authored/secrets-nearmiss-2.txt).
const nearMiss2 = nearMissSecretRows2();
const nearMiss2Split = (split: string) => nearMiss2.filter((r) => r.split === split).map((r) => ({ label: 'none', text: r.text, rule: `nearmiss2-authored/${r.family}` }));

// Provider tokens and their near misses, labelled by the near-miss policy (bench/lib/secrets-provider-nearmiss.ts).
const providerNearMiss = providerNearMissRows();
// Holdout rows are named by family only in the aggregates (no provider), tune rows by provider and family.
const providerNearMissSplit = (split: string) =>
  providerNearMiss.filter((r) => r.split === split).map((r) => ({ label: r.label, text: r.text, rule: split === 'tune' ? `provider-nearmiss/${r.provider}/${r.family}` : `provider-nearmiss/${r.family}` }));
/** Per family and label: cases and how many the scanner reports (an aggregate, printed for both splits). */
const providerNearMissFamilies = Object.fromEntries(
  (['tune', 'holdout'] as const).map((split) => {
    const out: Record<string, { cases: number; reported: number }> = {};
    for (const r of providerNearMiss.filter((x) => x.split === split)) {
      const k = (out[`${r.family} (${r.label})`] ??= { cases: 0, reported: 0 });
      k.cases++;
      if (scan(r.text).length > 0) k.reported++;
    }
    return [split, out];
  }),
);

// Mistral-shaped keys in every form: through the input scanner, the key must not reach upstream.
const scanner = createScanner({ injection: 'off' });
// A key the placeholder policy names (`xxxx`, `fake`, `dummy`… inside, about 1 in 2,000 random keys) is drawn
// again (secrets9): the policy lets it through in every form, which is no fault of a form's detection.
const mistralKey = () => {
  let k = '';
  while (!(/[A-Z]/.test(k) && /[a-z]/.test(k) && /\d/.test(k)) || isPlaceholderSecret(k)) k = alnum(rand, 32);
  return k;
};
const FORMS: Record<string, (k: string) => string> = {
  bare: (k) => `my key is ${k} thanks`,
  'sk_ prefix': (k) => `use sk_${k} for prod`,
  'sk- prefix': (k) => `use sk-${k}`,
  '-prod suffix': (k) => `key: ${k}-prod`,
  '_v2 suffix': (k) => `${k}_v2`,
  'grouped by 4 (spaces)': (k) => `key ${k.match(/.{4}/g)!.join(' ')}`,
  'grouped by 4 (dashes)': (k) => `key ${k.match(/.{4}/g)!.join('-')}`,
  'dashed every 8': (k) => `key ${k.match(/.{8}/g)!.join('-')}`,
  'dotted every 8': (k) => `key ${k.match(/.{8}/g)!.join('.')}`,
  base64: (k) => `decode ${Buffer.from(k).toString('base64')} please`,
  'base64 of an assignment': (k) => Buffer.from(`MISTRAL_API_KEY=${k}`).toString('base64'),
  'base64url': (k) => Buffer.from(`${k}\n`).toString('base64url'),
  'Authorization header': (k) => `curl -H 'Authorization: Bearer ${k}' https://api.mistral.ai/v1/models`,
  'JSON': (k) => `{"api_key": "${k}"}`,
  'env line': (k) => `MISTRAL_API_KEY=${k}`,
  'in a URL query': (k) => `https://example.com/cb?key=${k}&x=1`,
  'quoted in prose': (k) => `"${k}" is the one`,
  // Added in the secrets7 round (after the detector learned them; a guard against regressions).
  'hex of the key': (k) => `hex ${Buffer.from(k).toString('hex')}`,
  'split into joined literals (JS)': (k) => `const key = "${k.slice(0, 16)}" + "${k.slice(16)}";`,
  'split into joined literals (Python)': (k) => `key = ("${k.slice(0, 11)}"\n       "${k.slice(11, 22)}"\n       "${k.slice(22)}")`,
  // Added in the secrets9 round: one character at a time, backwards and ROT13'd (reversed and ROT13'd keys keep
  // the shape of a key; spelled ones were read as single letters until then).
  'spelled, spaces': (k) => `my key: ${[...k].join(' ')}`,
  'spelled, pipes': (k) => [...k].join('|'),
  'spelled, commas': (k) => `chars ${[...k].join(', ')} end`,
  'spelled, one per line': (k) => `key:\n${[...k].join('\n')}\nthanks`,
  'spelled, bulleted lines': (k) => [...k].map((c) => `- ${c}`).join('\n'),
  'JS char array': (k) => `const key = [${[...k].map((c) => `'${c}'`).join(', ')}].join('');`,
  'Python char list, one per line': (k) => `key = "".join([\n    ${[...k].map((c) => `"${c}"`).join(',\n    ')},\n])`,
  reversed: (k) => `reversed: ${reverse(k)}`,
  ROT13: (k) => `rot13: ${rot13(k)}`,
  'spelled backwards': (k) => [...reverse(k)].join(' '),
  'spelled ROT13, dashes': (k) => [...rot13(k)].join('-'),
  // Added in the secrets10 round: chunks of three to sixteen, one separator all along (the last chunk shorter).
  'chunks of three (spaces)': (k) => `my key ${chunks(k, 3).join(' ')} thanks`,
  'chunks of three (dashes)': (k) => `key: ${chunks(k, 3).join('-')}`,
  'chunks of three (dots)': (k) => chunks(k, 3).join('.'),
  'chunks of five (spaces)': (k) => `${chunks(k, 5).join(' ')} is the key`,
  'chunks of six (colons)': (k) => `key ${chunks(k, 6).join(':')}`,
  'chunks of seven (pipes)': (k) => chunks(k, 7).join('|'),
  'chunks of ten (underscores)': (k) => `use ${chunks(k, 10).join('_')} please`,
  'chunks of sixteen (space)': (k) => `first ${chunks(k, 16).join(' ')} then`,
};
/** `v` cut in chunks of `n` (the last shorter). */
function chunks(v: string, n: number): string[] {
  return v.match(new RegExp(`.{1,${n}}`, 'g'))!;
}
/**
 * Encoded one character at a time (secrets9 round): each form's encoding of the key's characters, and the text
 * around it. A form leaks when the encoding of either half of the key is still in the text sent.
 */
const hexOf = (c: string): string => c.charCodeAt(0).toString(16).padStart(2, '0');
const ENCODED_FORMS: Record<string, { encode: (chars: string) => string; wrap: (encoded: string) => string }> = {
  'chunks of two (spaces)': { encode: (c) => c.match(/.{1,2}/g)!.join(' '), wrap: (e) => `key ${e}` },
  'chunks of two (dashes)': { encode: (c) => c.match(/.{1,2}/g)!.join('-'), wrap: (e) => e },
  '\\x escapes': { encode: (c) => [...c].map((x) => `\\x${hexOf(x)}`).join(''), wrap: (e) => `const k = "${e}";` },
  '\\u escapes': { encode: (c) => [...c].map((x) => `\\u00${hexOf(x)}`).join(''), wrap: (e) => `"${e}"` },
  'percent-encoded': { encode: (c) => [...c].map((x) => `%${hexOf(x).toUpperCase()}`).join(''), wrap: (e) => `https://example.com/?k=${e}` },
  'HTML character references': { encode: (c) => [...c].map((x) => `&#${x.charCodeAt(0)};`).join(''), wrap: (e) => `<p>${e}</p>` },
  'String.fromCharCode': { encode: (c) => [...c].map((x) => x.charCodeAt(0)).join(', '), wrap: (e) => `String.fromCharCode(${e})` },
  'Python bytes list': { encode: (c) => [...c].map((x) => x.charCodeAt(0)).join(', '), wrap: (e) => `bytes([${e}]).decode()` },
  'chr() joined': { encode: (c) => [...c].map((x) => `chr(${x.charCodeAt(0)})`).join(' + '), wrap: (e) => `key = ${e}` },
  '0x byte list': { encode: (c) => [...c].map((x) => `0x${hexOf(x)}`).join(', '), wrap: (e) => `uint8_t key[] = { ${e} };` },
  'hex bytes spaced': { encode: (c) => [...c].map(hexOf).join(' '), wrap: (e) => `xxd: ${e}` },
  'binary octets': { encode: (c) => [...c].map((x) => x.charCodeAt(0).toString(2).padStart(8, '0')).join(' '), wrap: (e) => e },
};

/** What a reader could take back from the text sent: the key, backwards or ROT13'd, once punctuation is dropped. */
function reverse(v: string): string {
  return [...v].reverse().join('');
}
function rot13(v: string): string {
  return v.replace(/[A-Za-z]/g, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}
function readableBack(sent: string, key: string): boolean {
  const letters = sent.replace(/[^A-Za-z0-9]/g, '');
  return [letters, reverse(letters), rot13(letters)].some((t) => t.includes(key.slice(0, 16)) || t.includes(key.slice(16)));
}
const forms: Record<string, { cases: number; leaked: number }> = {};
for (const [name, make] of Object.entries(FORMS)) {
  let leaked = 0;
  const n = 200;
  for (let i = 0; i < n; i++) {
    const key = mistralKey();
    const sent = scanner.scanText(make(key)).text;
    const encoded = [key, Buffer.from(key).toString('base64').slice(0, 40), Buffer.from(`MISTRAL_API_KEY=${key}`).toString('base64').slice(8, 48), Buffer.from(key).toString('hex').slice(0, 32)];
    if (encoded.some((e) => sent.includes(e)) || sent.includes(key.slice(0, 16)) || sent.includes(key.slice(16)) || sent.includes(key.slice(0, 11)) || sent.includes(key.slice(22)) || readableBack(sent, key)) leaked++;
  }
  forms[name] = { cases: n, leaked };
}
for (const [name, { encode, wrap }] of Object.entries(ENCODED_FORMS)) {
  let leaked = 0;
  const n = 200;
  for (let i = 0; i < n; i++) {
    const key = mistralKey();
    const sent = scanner.scanText(wrap(encode(key))).text;
    // Halves cut at a chunk boundary, so each is a run of the encoding as written.
    if (sent.includes(encode(key.slice(0, 16))) || sent.includes(encode(key.slice(16)))) leaked++;
  }
  forms[name] = { cases: n, leaked };
}

// Nosey Parker split by rule file: the rule id's provider part, files sorted, even ranks tune, odd holdout.
const np = corpus('noseyparker');
const providers = [...new Set(np.map((c) => c.rule.split('.')[1]!))].sort();
const npSplit = (odd: number) => np.filter((c) => providers.indexOf(c.rule.split('.')[1]!) % 2 === odd);
// detect-secrets split within each test: the n-th case of a test is tune when n is even.
const ds = corpus('detect-secrets');
const dsRank = new Map<string, number>();
const dsParity = ds.map((c) => {
  const n = dsRank.get(c.rule) ?? 0;
  dsRank.set(c.rule, n + 1);
  return n % 2;
});
const dsSplit = (odd: number) => ds.filter((_, i) => dsParity[i] === odd);
/** detect-secrets as a tool: a negative of one plugin's test that another of its named plugins reports is left out. */
const toolNegatives = (cases: CorpusCase[]) => cases.filter((c) => c.label !== 'none' || (c.toolFlags?.length ?? 0) === 0);
const credentialsOnly = (cases: CorpusCase[]) => cases.filter((c) => c.categories?.includes('secret') ?? true);
/**
 * Each text once: detect-secrets tests one line under up to ten file types, so one line can weigh ten
 * cases; a text labelled both ways (by file type) cannot be scored on text alone and is left out.
 */
const distinct = (cases: CorpusCase[]) => {
  const labels = new Map<string, Set<string>>();
  for (const c of cases) labels.set(c.text, (labels.get(c.text) ?? new Set()).add(c.label));
  const seen = new Set<string>();
  return cases.filter((c) => labels.get(c.text)!.size === 1 && !seen.has(c.text) && seen.add(c.text));
};
const sets = {
  tune_secretlint: rate(corpus('secretlint')),
  tune_noseyparker_even: rate(npSplit(0)),
  tune_noseyparker_even_secret: rate(credentialsOnly(npSplit(0))),
  holdout_noseyparker_odd: rate(npSplit(1)),
  holdout_noseyparker_odd_secret: rate(credentialsOnly(npSplit(1))),
  tune_detect_secrets_even: rate(dsSplit(0)),
  holdout_detect_secrets_odd: rate(dsSplit(1)),
  tune_detect_secrets_even_tool: rate(toolNegatives(dsSplit(0))),
  holdout_detect_secrets_odd_tool: rate(toolNegatives(dsSplit(1))),
  tune_detect_secrets_even_tool_distinct: rate(distinct(toolNegatives(dsSplit(0)))),
  holdout_detect_secrets_odd_tool_distinct: rate(distinct(toolNegatives(dsSplit(1)))),
  benign_prompts: rate(benign),
  tune_benign_authored: rate(authoredSplit('tune')),
  holdout_benign_authored: rate(authoredSplit('holdout')),
  tune_nearmiss_authored: rate(nearMissSplit('tune')),
  holdout_nearmiss_authored: rate(nearMissSplit('holdout')),
  tune_nearmiss2_authored: rate(nearMiss2Split('tune')),
  holdout_nearmiss2_authored: rate(nearMiss2Split('holdout')),
  tune_provider_nearmiss: rate(providerNearMissSplit('tune')),
  holdout_provider_nearmiss: rate(providerNearMissSplit('holdout')),
  placeholders: rate(placeholders),
};
/** Holdout sets: counts only. */
const withheld = (k: string) => k.startsWith('holdout');
const empty = (k: string, v: { positives: number; negatives: number }) => v.positives + v.negatives === 0 && k.startsWith('holdout');
const result = {
  command: 'node --import tsx bench/secrets-quality.ts',
  node: process.version,
  sources: existsSync(resolve(here, 'data/secrets-corpus/SOURCES.json')) ? JSON.parse(readFileSync(resolve(here, 'data/secrets-corpus/SOURCES.json'), 'utf8')) : 'corpora not extracted',
  sets: Object.fromEntries(
    Object.entries(sets).map(([k, v]) =>
      empty(k, v)
        ? [k, 'not measured (corpus not extracted)']
        : [k, withheld(k) ? { ...v, misses: 'withheld (holdout)', falsePositives: 'withheld (holdout)' } : { ...v, misses: v.misses.slice(0, 150), falsePositives: v.falsePositives.slice(0, 150) }],
    ),
  ),
  mistralForms: forms,
  providerNearMissFamilies,
};
mkdirSync(resolve(here, 'results'), { recursive: true });
writeFileSync(resolve(here, 'results/secrets-quality.json'), JSON.stringify(result, null, 2) + '\n');
const md = [
  '# Secret detection quality',
  '',
  `Command: \`${result.command}\` (${process.version}); corpora rebuilt by \`bench/secrets-corpus.ts\` (see bench/data/README-secrets.md).`,
  '',
  '| set | positives | negatives | recall % | false positives % |',
  '|---|---|---|---|---|',
  ...Object.entries(sets).map(([k, v]) => (empty(k, v) ? `| ${k} | not measured | | | |` : `| ${k} | ${v.positives} | ${v.negatives} | ${v.recall ?? '—'} | ${v.falsePositiveRate ?? '—'} |`)),
  '',
  '### Policy view',
  '',
  'The same sets without the cases of the policy classes (corpus labels this project reverses, each class decided on tune rows and',
  'written up in bench/data/README-secrets.md; the tests are in this script and class holdout rows without printing them).',
  '',
  '| set | positives | negatives | recall % | false positives % |',
  '|---|---|---|---|---|',
  ...Object.entries(sets).filter(([k, v]) => !empty(k, v)).map(([k, v]) => `| ${k} | ${v.policyView.positives} | ${v.policyView.negatives} | ${v.policyView.recall ?? '—'} | ${v.policyView.falsePositiveRate ?? '—'} |`),
  '',
  '| set | policy class | label in the corpus | cases | reported by the scanner |',
  '|---|---|---|---|---|',
  ...Object.entries(sets).flatMap(([k, v]) => Object.entries(v.classes).map(([cls, n]) => `| ${k} | ${cls} | ${POLICY_CLASSES.find((c) => c.id === cls)!.label} | ${n.cases} | ${n.reported} |`)),
  '',
  'False positives outside the policy classes, by the corpus test or authored family they come from and the rules that fired',
  '(counts only; the holdout rows themselves are not printed):',
  '',
  '| set | source -> rules | false positives |',
  '|---|---|---|',
  ...Object.entries(sets).flatMap(([k, v]) => Object.entries(v.fpClasses).map(([cls, n]) => `| ${k} | ${cls.replace(/\|/g, '\\|')} | ${n} |`)),
  '',
  'Provider near misses by family (the label is the near-miss policy\'s; counts only, both splits):',
  '',
  '| split | family (label) | cases | reported |',
  '|---|---|---|---|',
  ...Object.entries(providerNearMissFamilies).flatMap(([split, fams]) => Object.entries(fams).map(([f, n]) => `| ${split} | ${f} | ${n.cases} | ${n.reported} |`)),
  '',
  '| Mistral-shaped key form (input scanner) | cases | reached upstream |',
  '|---|---|---|',
  ...Object.entries(forms).map(([k, v]) => `| ${k} | ${v.cases} | ${v.leaked} |`),
  '',
  ...Object.entries(sets).filter(([k]) => !withheld(k)).flatMap(([k, v]) => [`## ${k}: misses (${v.misses.length})`, '', ...v.misses.slice(0, 60).map((m) => `- \`${m.replace(/`/g, "'")}\``), '', `## ${k}: false positives (${v.falsePositives.length})`, '', ...v.falsePositives.slice(0, 60).map((m) => `- \`${m.replace(/`/g, "'")}\``), '']),
];
writeFileSync(resolve(here, 'results/secrets-quality.md'), md.join('\n'));
for (const [k, v] of Object.entries(sets)) console.log(`${k.padEnd(22)} recall ${v.recall ?? '—'}%  FP ${v.falsePositiveRate ?? '—'}%  (tp ${v.tp} fn ${v.fn} fp ${v.fp} tn ${v.tn})  policy view: recall ${v.policyView.recall ?? '—'}%  FP ${v.policyView.falsePositiveRate ?? '—'}%`);
for (const [split, fams] of Object.entries(providerNearMissFamilies)) console.log(`provider near misses, ${split}:`, Object.entries(fams).map(([f, n]) => `${f} ${n.reported}/${n.cases}`).join('; '));
console.log('mistral forms leaked:', Object.values(forms).reduce((a, v) => a + v.leaked, 0), 'of', Object.values(forms).reduce((a, v) => a + v.cases, 0));
