/**
 * A speed change measured against its base in one process: the whole input scan, the normalizer
 * alone, the injection detector alone, the injection phrase scan alone and the secret detector alone
 * (on the detection copy), this checkout's code and another checkout's
 * (the base commit, e.g. `git archive <commit> | tar -x -C DIR` with `node_modules` linked), on the
 * shared speed corpus at 1, 4 and 16 KB (or, with `--prompts dev`, the dev prompts of
 * `bench/input-scan-speed.ts`: the dev set's benign rows assembled to each size). CPU-time batches in alternation (base, this, the email-regex
 * baseline), medians; `baseOverThis` > 1 means this checkout is faster. Both trees compile their
 * lexicons from source, so both sides run the same kind of tables.
 *
 * Run: node --import tsx bench/input-scan-ab.ts --against DIR [--rounds 30] [--sizes 1,4,16] [--prompts corpus|dev]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { abCheckouts } from './lib/args.js';
import { abPieces } from './lib/measure.js';
import type { AbFigures } from './lib/measure.js';
import { emailReplaceBaseline } from './lib/baseline.js';
import { realisticPrompt } from './lib/prompts.js';
import type * as PipelineModule from '../src/scan/pipeline.js';
import type * as InjectionModule from '../src/detect/injection.js';
import type * as TextModule from '../src/text/index.js';
import type * as SecretsModule from '../src/detect/secrets.js';
import type * as CopyModule from '../src/scan/detection-copy.js';

const { here, against, rounds } = abCheckouts(process.argv, 'node --import tsx bench/input-scan-ab.ts --against DIR [--rounds N] [--sizes 1,4,16] [--prompts corpus|dev]', 30);
const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const sizes = (arg('--sizes') ?? '1,4,16').split(',').map(Number);
const prompts = arg('--prompts') ?? 'corpus';
if (prompts !== 'corpus' && prompts !== 'dev') throw new Error(`--prompts must be corpus or dev, got ${JSON.stringify(prompts)}`);

interface Tree {
  pipeline: typeof PipelineModule;
  injection: typeof InjectionModule;
  text: typeof TextModule;
  secrets: typeof SecretsModule;
  copy: typeof CopyModule;
}
const load = async (root: string): Promise<Tree> => ({
  pipeline: (await import(resolve(root, 'src/scan/pipeline.ts'))) as typeof PipelineModule,
  injection: (await import(resolve(root, 'src/detect/injection.ts'))) as typeof InjectionModule,
  text: (await import(resolve(root, 'src/text/index.ts'))) as typeof TextModule,
  secrets: (await import(resolve(root, 'src/detect/secrets.ts'))) as typeof SecretsModule,
  copy: (await import(resolve(root, 'src/scan/detection-copy.ts'))) as typeof CopyModule,
});
const base = await load(resolve(against));
const self = await load(here);

const corpus = JSON.parse(readFileSync(resolve(here, 'bench/data/corpus/corpus.json'), 'utf8')) as { prompts: Record<'1k' | '4k', Array<{ text: string }>> };
const corpus4k = corpus.prompts['4k'].map((p) => p.text);
const corpus16k: string[] = [];
for (let i = 0; i + 4 <= corpus4k.length; i += 4) corpus16k.push(corpus4k.slice(i, i + 4).join('\n'));
const bySize: Record<number, string[]> =
  prompts === 'dev'
    ? Object.fromEntries([1, 4, 16].map((kb) => [kb, [0, 1, 2, 3].map((seed) => realisticPrompt(kb * 1024, seed * 31))]))
    : { 1: corpus.prompts['1k'].map((p) => p.text), 4: corpus4k, 16: corpus16k };

/** The three pieces of one tree, each cycling over the texts. */
function pieces(tree: Tree, texts: string[]): Record<string, () => unknown> {
  const scanner = tree.pipeline.createScanner({ cache: false });
  const detect = tree.injection.createInjectionDetector();
  const phrases = tree.injection.compileBuiltinInjectionScanner();
  const secrets = tree.secrets.createSecretDetector();
  const normalized = texts.map((t) => tree.text.normalizeText(t));
  // What the pipeline hands the secret detector: the case-kept copy, or the original when none is needed.
  const copies = normalized.map((n) => tree.copy.detectionCopy(n.original, n.strip)?.text ?? n.original);
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  let e = 0;
  return {
    scan: () => scanner.scanText(texts[a++ % texts.length]!),
    normalize: () => tree.text.normalizeText(texts[d++ % texts.length]!),
    injection: () => detect(normalized[b++ % texts.length]!),
    phraseScan: () => phrases.scan(normalized[c++ % texts.length]!.collapsed),
    secrets: () => secrets(copies[e++ % texts.length]!),
  };
}

const report: Record<string, AbFigures> = {};
for (const size of sizes) {
  const texts = bySize[size]!;
  const iterations = Math.max(5, Math.round(50 / size));
  let e = 0;
  const email = (): unknown => emailReplaceBaseline(texts[e++ % texts.length]!);
  const figures = abPieces(pieces(base, texts), pieces(self, texts), email, { iterations, rounds, warmups: 5 });
  for (const [piece, f] of Object.entries(figures)) report[`${size}KB ${piece}`] = f;
}
console.log(JSON.stringify({ command: `node --import tsx bench/input-scan-ab.ts --against <base checkout> --prompts ${prompts}`, unit: 'ratio to one email-regex replace pass; baseOverThis > 1: this checkout is faster', report }, null, 2));
