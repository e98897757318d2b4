/**
 * Runs every benchmark in turn (each in its own process, so they do not disturb each other) and
 * leaves their results in bench/results/. Run: npm run bench
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const benches = [
  'injection-quality.ts',
  'pii-quality.ts',
  'pii-heldout.ts',
  // Reads the corpora rebuilt by secrets-corpus.ts (see data/README-secrets.md); without them it
  // measures the benign prompts, placeholders and Mistral-key forms only.
  'secrets-quality.ts',
  'normalize-speed.ts',
  'injection-speed.ts',
  'pii-speed.ts',
  'input-scan-speed.ts',
  'output-speed.ts',
  // Needs Debian's chromium (or CHROMIUM_PATH).
  'output-sanitizers.ts',
  // Through the built package: need dist/, built below.
  'scan-quality.ts',
  'import-time.ts',
];

let failed = 0;
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
if (build.status !== 0) failed++;
for (const bench of benches) {
  console.log(`\n=== ${bench}`);
  const file = fileURLToPath(new URL(`./${bench}`, import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
