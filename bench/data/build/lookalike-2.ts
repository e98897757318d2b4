/**
 * Builds the later sets of benign look-alikes (written for issue 10 after the first set had been tuned on):
 * `benign-lookalike-2.jsonl` from `authored/benign-lookalike-2.txt`, `benign-lookalike-3` likewise. Half the
 * rows (by hash of the id) are `holdout`: the split is fixed before the detector ever reads a row, and
 * holdout rows are never read while writing rules.
 *
 * Run: node --import tsx bench/data/build/lookalike-2.ts [benign-lookalike-2 | benign-lookalike-3 | … | benign-lookalike-12]
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { authoredRows, contentKey, DATA_DIR, shortHash, type Row } from './common.js';

const SET = process.argv[2] ?? 'benign-lookalike-2';
/** Half tune, half holdout (the first set keeps 40/60). */
const TUNE_SHARE = 0.5;

const splitOf = (id: string): Row['split'] =>
  createHash('sha256').update(id).digest().readUInt32BE(0) / 2 ** 32 < TUNE_SHARE ? 'tune' : 'holdout';

const seen = new Set<string>();
const rows: Row[] = [];
for (const r of authoredRows([`${SET}.txt`], 'benign')) {
  const key = contentKey(r);
  if (seen.has(key)) continue;
  seen.add(key);
  const id = `${SET}-${r.family}-${shortHash(key)}`;
  const { text, messages, ...rest } = r;
  rows.push({ id, ...(text !== undefined ? { text } : {}), ...(messages !== undefined ? { messages } : {}), ...rest, split: splitOf(id) });
}
writeFileSync(resolve(DATA_DIR, `${SET}.jsonl`), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
const tune = rows.filter((r) => r.split === 'tune').length;
console.log(`${SET}: ${rows.length} rows (tune ${tune}, holdout ${rows.length - tune})`);
