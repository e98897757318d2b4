/**
 * Extracts the public secret-scanner test corpora this project measures against into
 * bench/data/secrets-corpus/*.jsonl (one `{"id","source","rule","label","text"}` per case). The corpora are
 * other projects' test data and stay out of this repository; this script rebuilds them from snapshots:
 *
 *   node --import tsx bench/secrets-corpus.ts <noseyparker git dir> <secretlint git dir> [<detect-secrets git dir>]
 *
 * - Nosey Parker (praetorian-inc/noseyparker, Apache-2.0): `examples` of each rule in
 *   crates/noseyparker/data/default/builtin/rules/*.yml are positives, with the rule's `categories` (the
 *   bench also reports the rules Nosey Parker files under `secret`, leaving out identifiers such as bucket
 *   names and user names). Its `negative_examples` are
 *   negatives for that rule only (often another provider's real token), so they are not used.
 * - secretlint (secretlint/secretlint, MIT): every rule's test/snapshots/<case>/input.* with its
 *   output.json; a case is positive when secretlint reports at least one message. Rules that are not
 *   about credentials in text (dotenv files, home directories, Kubernetes kinds, comment filters, custom
 *   patterns, the example rule, the presets' duplicates) are left out.
 * - detect-secrets (Yelp/detect-secrets, Apache-2.0), optional third argument: the labelled cases of its
 *   plugin tests (`should_flag`, `expected_secret`), collected by bench/lib/detect-secrets-cases.py with
 *   python3 and pytest (the tests are collected, never run). A holdout of another origin: its misses are
 *   never printed by bench/secrets-quality.ts. Without python3/pytest the file is not written and the bench
 *   reports the set as not measured.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const here = dirname(fileURLToPath(import.meta.url));
const [np, sl, ds] = process.argv.slice(2);
if (np === undefined || sl === undefined) {
  console.error('usage: node --import tsx bench/secrets-corpus.ts <noseyparker git dir> <secretlint git dir> [<detect-secrets git dir>]');
  process.exit(2);
}

const git = (dir: string, ...args: string[]) => execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const head = (dir: string) => git(dir, 'rev-parse', 'HEAD').trim();

interface Case {
  id: string;
  source: string;
  rule: string;
  label: 'secret' | 'none';
  text: string;
  /** Nosey Parker's own categories of the rule (`secret`, `identifier`, `api`, `fuzzy`, …). */
  categories?: string[];
  /** detect-secrets negatives: the types its other named plugins report on the text (see detect-secrets-cases.py). */
  toolFlags?: string[];
}

const out = resolve(here, 'data/secrets-corpus');
mkdirSync(out, { recursive: true });

// Nosey Parker
const npCases: Case[] = [];
const npFiles = git(np, 'ls-tree', '-r', '--name-only', 'HEAD', 'crates/noseyparker/data/default/builtin/rules/').split('\n').filter((f) => f.endsWith('.yml'));
for (const file of npFiles) {
  const doc = yaml.load(git(np, 'show', `HEAD:${file}`)) as { rules?: Array<{ id: string; examples?: string[]; categories?: string[] }> };
  for (const rule of doc.rules ?? []) {
    for (const example of rule.examples ?? []) npCases.push({ id: `np-${npCases.length}`, source: 'noseyparker', rule: rule.id, label: 'secret', text: example, categories: rule.categories ?? [] });
  }
}
writeFileSync(resolve(out, 'noseyparker.jsonl'), npCases.map((c) => JSON.stringify(c)).join('\n') + '\n');

// secretlint
const SKIP = /^(?:no-dotenv|no-homedir|no-k8s-kind-secret|filter-comments|pattern|example|preset-recommend|preset-canary)$/;
const slCases: Case[] = [];
const slFiles = git(sl, 'ls-tree', '-r', '--name-only', 'HEAD', 'packages/@secretlint/').split('\n');
for (const file of slFiles) {
  const m = /^packages\/@secretlint\/secretlint-rule-([^/]+)\/test\/snapshots\/([^/]+)\/input\.[^/]+$/.exec(file);
  if (m === null || SKIP.test(m[1]!)) continue;
  const outputFile = file.replace(/input\.[^/]+$/, 'output.json');
  let messages = 0;
  try {
    const output = JSON.parse(git(sl, 'show', `HEAD:${outputFile}`)) as { messages?: unknown[] };
    messages = output.messages?.length ?? 0;
  } catch {
    continue;
  }
  slCases.push({ id: `sl-${slCases.length}`, source: 'secretlint', rule: `${m[1]}/${m[2]}`, label: messages > 0 ? 'secret' : 'none', text: git(sl, 'show', `HEAD:${file}`) });
}
writeFileSync(resolve(out, 'secretlint.jsonl'), slCases.map((c) => JSON.stringify(c)).join('\n') + '\n');

// detect-secrets: the tree is exported to a temporary folder, its tests collected by pytest.
const dsCases: Case[] = [];
if (ds !== undefined) {
  const tree = mkdtempSync(join(tmpdir(), 'detect-secrets-'));
  try {
    execFileSync('sh', ['-c', 'git --git-dir "$0" archive HEAD | tar -x -C "$1"', ds, tree]);
    const lines = execFileSync('python3', [resolve(here, 'lib/detect-secrets-cases.py'), tree], { encoding: 'utf8', maxBuffer: 64 << 20 });
    for (const line of lines.split('\n').filter(Boolean)) {
      const c = JSON.parse(line) as { rule: string; label: 'secret' | 'none'; text: string; tool_flags?: string[] };
      const row: Case = { id: `ds-${dsCases.length}`, source: 'detect-secrets', rule: c.rule, label: c.label, text: c.text };
      if (c.tool_flags !== undefined) row.toolFlags = c.tool_flags;
      dsCases.push(row);
    }
    writeFileSync(resolve(out, 'detect-secrets.jsonl'), dsCases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  } catch (e) {
    console.error(`detect-secrets: not extracted (${(e as Error).message.split('\n')[0]}); python3 and pytest are needed`);
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}
const sources: Record<string, unknown> = {
  noseyparker: { repo: 'praetorian-inc/noseyparker', commit: head(np), licence: 'Apache-2.0', cases: npCases.length },
  secretlint: { repo: 'secretlint/secretlint', commit: head(sl), licence: 'MIT', cases: slCases.length },
};
if (dsCases.length > 0 && ds !== undefined) sources['detect-secrets'] = { repo: 'Yelp/detect-secrets', commit: head(ds), licence: 'Apache-2.0', cases: dsCases.length };
writeFileSync(resolve(out, 'SOURCES.json'), JSON.stringify(sources, null, 2) + '\n');
const count = (cs: Case[]) => `${cs.filter((c) => c.label === 'secret').length} positive, ${cs.filter((c) => c.label === 'none').length} negative cases`;
console.log(`noseyparker: ${npCases.length} positives; secretlint: ${count(slCases)}${dsCases.length > 0 ? `; detect-secrets: ${count(dsCases)}` : ''}`);
