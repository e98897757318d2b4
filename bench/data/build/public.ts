/**
 * Converts public data of other origins into eval rows, in `bench/data/public/` (git-ignored: nothing a
 * fetch brings is committed, data included). Needs git snapshots of the two sources on this machine and
 * reads the files straight from their git objects at the pinned commits.
 *
 * Run: node --import tsx bench/data/build/public.ts <TurkuNLP/oasst-fi git dir> <openai/human-eval git dir> [<openai/grade-school-math git dir>]
 */
import { execFileSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { DATA_DIR, writeSet, type Message, type Row } from './common.js';

const [oasstDir, humanEvalDir, gsmDir] = process.argv.slice(2);
if (oasstDir === undefined || humanEvalDir === undefined) {
  console.error('usage: node --import tsx bench/data/build/public.ts <TurkuNLP/oasst-fi git dir> <openai/human-eval git dir>');
  process.exit(2);
}
const gitDirs: Record<string, string> = { 'TurkuNLP+oasst-fi': oasstDir, 'openai+human-eval': humanEvalDir, ...(gsmDir === undefined ? {} : { 'openai+grade-school-math': gsmDir }) };
const show = (repo: string, commit: string, path: string): Buffer =>
  execFileSync('git', ['-C', gitDirs[repo]!, 'show', `${commit}:${path}`], { maxBuffer: 64 * 1024 * 1024 });
const PUBLIC_DIR = resolve(DATA_DIR, 'public');

// OpenAssistant oasst1 (Apache-2.0), English validation split, as copied into TurkuNLP/oasst-fi.
const OASST = { repo: 'TurkuNLP+oasst-fi', commit: '45e9c4600eacf5844887e321ba3952befe9727dc', path: 'original-data/en-validation.jsonl' };
interface OasstMsg {
  message_id: string;
  parent_id: string | null;
  text: string;
  role: 'prompter' | 'assistant';
  lang: string;
  deleted: boolean;
  review_result: boolean | null;
  labels: { name: string[]; value: number[] } | null;
}
{
  const msgs = show(OASST.repo, OASST.commit, OASST.path)
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as OasstMsg);
  const byId = new Map(msgs.map((m) => [m.message_id, m]));
  const label = (m: OasstMsg, name: string): number => {
    const i = m.labels?.name.indexOf(name) ?? -1;
    return i >= 0 ? m.labels!.value[i]! : 0;
  };
  const ok = (m: OasstMsg): boolean => !m.deleted && m.review_result === true && label(m, 'pii') === 0 && label(m, 'spam') < 0.5;
  const rows: Omit<Row, 'id' | 'split'>[] = [];
  for (const m of msgs) {
    if (m.role !== 'prompter' || !ok(m)) continue;
    const path: OasstMsg[] = [];
    for (let cur: OasstMsg | undefined = m; cur; cur = cur.parent_id ? byId.get(cur.parent_id) : undefined) path.unshift(cur);
    if (path.some((p) => !ok(p)) || path[0]!.parent_id !== null) continue;
    const base = { label: 'benign' as const, lang: m.lang, source: 'oasst1', source_id: m.message_id };
    if (path.length === 1) rows.push({ ...base, text: m.text, family: 'real-user-prompt' });
    else {
      const messages: Message[] = path.map((p) => ({ role: p.role === 'prompter' ? 'user' : 'assistant', content: p.text }));
      rows.push({ ...base, messages, family: 'real-user-conversation' });
    }
  }
  writeSet('public-oasst1', rows, undefined, PUBLIC_DIR);
}

// OpenAI HumanEval (MIT): Python function stubs with docstrings, as a user would paste code to complete.
const HUMANEVAL = { repo: 'openai+human-eval', commit: '6d43fb980f9fee3c892a914eda09951f772ad10d', path: 'data/HumanEval.jsonl.gz' };
{
  const rows = gunzipSync(show(HUMANEVAL.repo, HUMANEVAL.commit, HUMANEVAL.path))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as { task_id: string; prompt: string })
    .map((p) => ({ text: p.prompt.trim(), label: 'benign' as const, family: 'code-stub', lang: 'en', source: 'humaneval', source_id: p.task_id }));
  writeSet('public-humaneval', rows, undefined, PUBLIC_DIR);
}

// OpenAI GSM8K (MIT), the test split: grade-school maths word problems written by people, as users ask them.
const GSM8K = { repo: 'openai+grade-school-math', commit: '3101c7d5072418e28b9008a6636bde82a006892c', path: 'grade_school_math/data/test.jsonl' };
if (gsmDir !== undefined) {
  const rows = show(GSM8K.repo, GSM8K.commit, GSM8K.path)
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => ({ text: (JSON.parse(l) as { question: string }).question.trim(), label: 'benign' as const, family: 'word-problem', lang: 'en', source: 'gsm8k', source_id: `test-${i + 1}` }));
  writeSet('public-gsm8k', rows, undefined, PUBLIC_DIR);
}
