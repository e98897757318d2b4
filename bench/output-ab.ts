/**
 * A speed change of the output direction measured against its base in one process: `sanitizeText`
 * (the bench's output sanitizer, `allowedHosts: ['docs.acme.com']`) and the secret detector alone, this
 * checkout's code and another checkout's (the base commit, e.g. `git archive <commit> | tar -x -C DIR`
 * with `node_modules` linked), on the bench's markdown answers and the shared corpus' model-output HTML
 * at 4 and 16 KB. CPU-time batches in alternation (base, this, the email-regex baseline), medians;
 * `baseOverThis` > 1 means this checkout is faster.
 *
 * Run: node --import tsx bench/output-ab.ts --against DIR [--rounds 15]
 */
import { resolve } from 'node:path';
import { abCheckouts } from './lib/args.js';
import { abPieces } from './lib/measure.js';
import type { AbFigures } from './lib/measure.js';
import { emailReplaceBaseline } from './lib/baseline.js';
import { corpusHtml, markdownAnswers } from './lib/answers.js';
import type * as OutputModule from '../src/scan/output.js';
import type * as SecretsModule from '../src/detect/secrets.js';

const { here, against, rounds } = abCheckouts(process.argv, 'node --import tsx bench/output-ab.ts --against DIR [--rounds N]', 15);

interface Tree {
  output: typeof OutputModule;
  secrets: typeof SecretsModule;
}
const load = async (root: string): Promise<Tree> => ({
  output: (await import(resolve(root, 'src/scan/output.ts'))) as typeof OutputModule,
  secrets: (await import(resolve(root, 'src/detect/secrets.ts'))) as typeof SecretsModule,
});
const base = await load(resolve(against));
const self = await load(here);

const html4 = corpusHtml() ?? [];
const sets: Record<string, string[]> = {
  'markdown 4KB': markdownAnswers(4096, 24),
  'markdown 16KB': markdownAnswers(16384, 6, 11),
};
if (html4.length > 0) {
  sets['corpus HTML 4KB'] = html4;
  sets['corpus HTML 16KB'] = Array.from({ length: Math.floor(html4.length / 4) }, (_, i) => html4.slice(4 * i, 4 * i + 4).join('\n'));
}

/** The two pieces of one tree, each cycling over the texts. */
function pieces(tree: Tree, texts: string[]): Record<string, () => unknown> {
  const sanitizer = tree.output.createOutputSanitizer({ allowedHosts: ['docs.acme.com'] });
  const secrets = tree.secrets.createSecretDetector();
  let a = 0;
  let b = 0;
  return {
    sanitize: () => sanitizer.sanitize(texts[a++ % texts.length]!),
    secrets: () => secrets(texts[b++ % texts.length]!),
  };
}

const report: Record<string, AbFigures> = {};
for (const [name, texts] of Object.entries(sets)) {
  // Batches of about 15 ms: CPU time is counted in scheduler ticks, so shorter batches read in steps.
  const iterations = name.includes('16KB') ? 25 : 100;
  let e = 0;
  const email = (): unknown => emailReplaceBaseline(texts[e++ % texts.length]!);
  // A long warm-up: the first piece measured otherwise still reads part of the base's compile time.
  const figures = abPieces(pieces(base, texts), pieces(self, texts), email, { iterations, rounds, warmups: 10 });
  for (const [piece, f] of Object.entries(figures)) report[`${name} ${piece}`] = f;
}
console.log(JSON.stringify({ command: 'node --import tsx bench/output-ab.ts --against <base checkout>', unit: 'ratio to one email-regex replace pass; baseOverThis > 1: this checkout is faster', report }, null, 2));
