/**
 * The diff half of the snapshot tools (bench/injection-snapshot.ts, bench/output-snapshot.ts): two files of
 * one JSON object per line, each with a `key`; prints what changed and how many, and exits 1 when any did.
 */
import { readFileSync } from 'node:fs';

function readSnapshot(file: string): Map<string, string> {
  return new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const { key, ...rest } = JSON.parse(l) as { key: string };
        return [key, JSON.stringify(rest)];
      }),
  );
}

/** Compares two snapshots, prints up to 40 changed entries and the count, and exits the process. */
export function diffSnapshotsAndExit(beforeFile: string, afterFile: string): never {
  const before = readSnapshot(beforeFile);
  const after = readSnapshot(afterFile);
  let changed = 0;
  for (const [key, value] of before) {
    const other = after.get(key);
    if (other === value) continue;
    changed++;
    if (changed <= 40) console.log(`${key}\n  before ${value.slice(0, 400)}\n  after  ${(other ?? '(missing)').slice(0, 400)}`);
  }
  for (const key of after.keys()) if (!before.has(key)) changed++;
  console.log(`${changed} of ${before.size} outputs differ`);
  process.exit(changed === 0 ? 0 : 1);
}
