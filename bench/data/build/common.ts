/**
 * Shared helpers of the evaluation-set builders: row shape, ids, the deterministic tune/holdout split,
 * a seeded PRNG, the parser of the hand-written `authored/*.txt` files and the JSONL writer.
 *
 * Authored file format: a row starts with a header line `=== <family> <lang> [<variant>]`; the lines up
 * to the next header are its text (leading and trailing blank lines dropped). Inside a row, a line
 * `>>> user` or `>>> assistant` starts a conversation turn (the row gets `messages`), a line `>>> chunk`
 * starts a text chunk of one user message (the row gets one user message whose content is a chunk
 * array). Lines starting with `#` before the first header are comments.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Share of rows (by hash of the id) that go to the tuning split. */
export const TUNE_SHARE = 0.4;

export type Label = 'attack' | 'benign';
export type Split = 'tune' | 'holdout';
export interface TextPart {
  type: 'text';
  text: string;
}
export interface Message {
  role: 'user' | 'assistant' | 'system';
  content: string | TextPart[];
}
export interface Row {
  id: string;
  text?: string;
  messages?: Message[];
  label: Label;
  family: string;
  variant?: string;
  lang: string;
  source: string;
  split: Split;
  plaintext?: string;
  request?: string;
  frame_lang?: string;
  intent?: string;
  source_id?: string;
}

/** `tune` for about 40% of ids, `holdout` for the rest; depends on the id only. */
export function splitOf(id: string): Split {
  const h = createHash('sha256').update(id).digest();
  return h.readUInt32BE(0) / 2 ** 32 < TUNE_SHARE ? 'tune' : 'holdout';
}

export function shortHash(s: string, n = 10): string {
  return createHash('sha1').update(s).digest('hex').slice(0, n);
}

export { rng } from '../../../test/detect/pii-gen.js';
export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export interface Authored {
  family: string;
  lang: string;
  variant?: string;
  text?: string;
  messages?: Message[];
}

export function parseAuthored(file: string): Authored[] {
  const lines = readFileSync(resolve(DATA_DIR, 'authored', file), 'utf8').split('\n');
  const out: Authored[] = [];
  let cur: { head: string[]; body: string[] } | undefined;
  const flush = (): void => {
    if (!cur) return;
    const [family, lang, variant] = cur.head;
    if (!family || !lang) throw new Error(`${file}: bad header ${cur.head.join(' ')}`);
    const row: Authored = { family, lang, ...(variant ? { variant } : {}) };
    const trim = (ls: string[]): string => ls.join('\n').replace(/^\s*\n/, '').replace(/\s+$/, '');
    if (cur.body.some((l) => /^>>> (user|assistant|chunk)\s*$/.test(l))) {
      const segs: { kind: string; lines: string[] }[] = [];
      for (const l of cur.body) {
        const m = /^>>> (user|assistant|chunk)\s*$/.exec(l);
        if (m) segs.push({ kind: m[1]!, lines: [] });
        else if (segs.length > 0) segs[segs.length - 1]!.lines.push(l);
        else if (l.trim() !== '') throw new Error(`${file}: text before first >>> marker in ${cur.head.join(' ')}`);
      }
      const chunks = segs.filter((s) => s.kind === 'chunk');
      if (chunks.length > 0) {
        if (chunks.length !== segs.length) throw new Error(`${file}: chunks mixed with turns`);
        // Chunks keep their exact text (a chunk may end or start mid-word), only the line break before the marker goes.
        row.messages = [{ role: 'user', content: chunks.map((c) => ({ type: 'text', text: c.lines.join('\n').replace(/^\n+|\n+$/g, '') })) }];
      } else {
        row.messages = segs.map((s) => ({ role: s.kind as 'user' | 'assistant', content: trim(s.lines) }));
      }
    } else {
      row.text = trim(cur.body);
      if (row.text === '') throw new Error(`${file}: empty row ${cur.head.join(' ')}`);
    }
    out.push(row);
  };
  for (const line of lines) {
    if (line.startsWith('=== ')) {
      flush();
      cur = { head: line.slice(4).trim().split(/\s+/), body: [] };
    } else if (cur) cur.body.push(line);
  }
  flush();
  return out;
}

/** Content key of a row (text, or the turns joined), for ids and duplicate checks. */
export function contentKey(r: { text?: string; messages?: Message[] }): string {
  if (r.text !== undefined) return r.text;
  return (r.messages ?? [])
    .map((m) => `${m.role}:${typeof m.content === 'string' ? m.content : m.content.map((p) => p.text).join('\u241e')}`)
    .join('\u241f');
}

/**
 * Gives ids and splits, drops exact duplicates, writes `<set>.jsonl`; returns the rows. Rows that share a
 * `groupKey` (the same attack sentence under several encodings, the same request with several suffixes)
 * land in the same split, so no sentence is seen in tune and measured in holdout.
 */
export function writeSet(
  set: string,
  rows: Omit<Row, 'id' | 'split'>[],
  groupKey?: (r: Omit<Row, 'id' | 'split'>) => string,
  dir: string = DATA_DIR,
  /** Every row in this split (sets written for tuning only). */
  fixedSplit?: Split,
): Row[] {
  const seen = new Set<string>();
  const out: Row[] = [];
  for (const r of rows) {
    const key = contentKey(r);
    const norm = key.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(norm)) continue;
    seen.add(norm);
    const id = `${set}-${r.family}-${shortHash(key)}`;
    const { text, messages, label, family, variant, lang, source, ...extra } = r;
    out.push({
      id,
      ...(text !== undefined ? { text } : {}),
      ...(messages !== undefined ? { messages } : {}),
      label,
      family,
      ...(variant !== undefined ? { variant } : {}),
      lang,
      source,
      ...extra,
      split: fixedSplit ?? (groupKey ? splitOf(`${set}:${groupKey(r)}`) : splitOf(id)),
    });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, `${set}.jsonl`), out.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const tune = out.filter((r) => r.split === 'tune').length;
  console.log(`${set}: ${out.length} rows (tune ${tune}, holdout ${out.length - tune}), ${rows.length - out.length} duplicates dropped`);
  return out;
}

/** Rows of the authored files, labelled, with the given source. */
export function authoredRows(files: string[], label: Label, source = 'mistral-guard-authored'): Omit<Row, 'id' | 'split'>[] {
  return files.flatMap((f) => parseAuthored(f).map((a) => ({ ...a, label, source })));
}
