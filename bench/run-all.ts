/**
 * Runs every benchmark in turn (each in its own process, so they do not disturb each other) and
 * leaves their results in bench/results/. Run: npm run bench
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const benches = [
  'injection-quality.ts',
  'pii-quality.ts',
  'normalize-speed.ts',
  'injection-speed.ts',
  'pii-speed.ts',
  'input-scan-speed.ts',
];

let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench}`);
  const file = fileURLToPath(new URL(`./${bench}`, import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;
