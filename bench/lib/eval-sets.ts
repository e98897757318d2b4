/**
 * Loader of the evaluation sets in bench/data/ (see bench/data/README.md): hand-written benign look-alikes,
 * attack sets by family, and public data of other origins, each row with a fixed `tune` or `holdout` split.
 *
 * Tune on `split: 'tune'`; report on `split: 'holdout'`.
 *
 *   const { rows, bySet, byFamily, bySource } = loadEvalSets({ split: 'holdout' });
 *   for (const row of rows) detect(evalInput(row));
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const EVAL_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../data');

export type EvalLabel = 'attack' | 'benign';
export type EvalSplit = 'tune' | 'holdout';

export interface EvalTextPart {
  type: 'text';
  text: string;
}
export interface EvalMessage {
  role: 'system' | 'user' | 'assistant';
  /** A string, or the text chunks of one message. */
  content: string | EvalTextPart[];
}

/** One row of a set. Exactly one of `text` and `messages` is present. */
export interface EvalRow {
  id: string;
  /** The set (file name without `.jsonl`), e.g. `benign-lookalike`, `attack-obfuscated`, `public-oasst1`. */
  set: string;
  text?: string;
  messages?: EvalMessage[];
  label: EvalLabel;
  /** e.g. `meta-word`, `code`, `extraction`, `split-chunks`, `obfuscated`, `real-user-prompt`. */
  family: string;
  /** Finer class within the family: the encoding of `obfuscated` rows, the suffix style, the intent of `lang` rows. */
  variant?: string;
  /** BCP 47-ish tag: `en`, `fr`, `hi-Latn` (Hinglish), `mixed-en-nl` (code-switched). */
  lang: string;
  /** `mistral-guard-authored`, `mistral-guard-generated`, or the public source (`oasst1`, `humaneval`). */
  source: string;
  split: EvalSplit;
  /** Obfuscated rows: the attack sentence before encoding (for debugging decoders; never score it). */
  plaintext?: string;
  /** Suffix rows: the request before the suffix. */
  request?: string;
  /** Obfuscated rows: language of the framing text around the payload. */
  frame_lang?: string;
  /** Obfuscated and lang rows: extraction, hijack, harmful or persuasion. */
  intent?: string;
  /** Public rows: id of the row in its source. */
  source_id?: string;
}

export interface LoadOptions {
  /** Only rows of this split; both when omitted. */
  split?: EvalSplit;
  /** Only these sets (file names without `.jsonl`); all when omitted. */
  sets?: readonly string[];
  label?: EvalLabel;
  /** Another data folder (tests). */
  dir?: string;
}

export interface EvalSets {
  rows: EvalRow[];
  bySet: Map<string, EvalRow[]>;
  byFamily: Map<string, EvalRow[]>;
  bySource: Map<string, EvalRow[]>;
}

/** Names of the sets present in the data folder. */
export function listEvalSets(dir = EVAL_DATA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .map((f) => f.slice(0, -'.jsonl'.length))
    .sort();
}

function check(row: EvalRow, where: string): void {
  const hasText = typeof row.text === 'string';
  const hasMessages = Array.isArray(row.messages);
  if (hasText === hasMessages) throw new Error(`${where}: a row needs exactly one of text and messages`);
  if (row.label !== 'attack' && row.label !== 'benign') throw new Error(`${where}: bad label ${String(row.label)}`);
  if (row.split !== 'tune' && row.split !== 'holdout') throw new Error(`${where}: bad split ${String(row.split)}`);
  if (typeof row.id !== 'string' || typeof row.family !== 'string' || typeof row.lang !== 'string' || typeof row.source !== 'string') {
    throw new Error(`${where}: id, family, lang and source must be strings`);
  }
}

const group = (rows: EvalRow[], key: (r: EvalRow) => string): Map<string, EvalRow[]> => {
  const m = new Map<string, EvalRow[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
};

/** Reads the sets, filtered by split, set and label, grouped by set, family and source. */
export function loadEvalSets(options: LoadOptions = {}): EvalSets {
  const dir = options.dir ?? EVAL_DATA_DIR;
  const sets = options.sets ?? listEvalSets(dir);
  const rows: EvalRow[] = [];
  for (const set of sets) {
    const lines = readFileSync(resolve(dir, `${set}.jsonl`), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const row = { ...(JSON.parse(line) as Omit<EvalRow, 'set'>), set };
      check(row, `${set}.jsonl:${i + 1}`);
      if (options.split !== undefined && row.split !== options.split) return;
      if (options.label !== undefined && row.label !== options.label) return;
      rows.push(row);
    });
  }
  return { rows, bySet: group(rows, (r) => r.set), byFamily: group(rows, (r) => r.family), bySource: group(rows, (r) => r.source) };
}

/** The user-side text of a row as one string: the text, or the user turns (chunks joined without a separator) joined by newlines. */
export function userText(row: EvalRow): string {
  if (row.text !== undefined) return row.text;
  return (row.messages ?? [])
    .filter((m) => m.role === 'user')
    .map((m) => (typeof m.content === 'string' ? m.content : m.content.map((p) => p.text).join('')))
    .join('\n');
}

/** The row as chat messages (a text row becomes one user message), as the middleware receives them. */
export function evalMessages(row: EvalRow): EvalMessage[] {
  return row.messages ?? [{ role: 'user', content: row.text ?? '' }];
}
