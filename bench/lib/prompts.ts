/**
 * Realistic prompts of a fixed size for speed benchmarks, assembled from the benign rows of the
 * shared dev set (so the text looks like what users send), with a few emails and numbers mixed in.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
/** The dev sets, in the repository with their sources and licences (bench/data/dev/README.md). */
export const EVAL_DIR = resolve(here, '../data/dev');

interface Row {
  text: string;
  label?: string;
}

/** A row of `injection.dev.jsonl`. */
export interface InjectionRow {
  id: string;
  text: string;
  label: 'attack' | 'benign';
  source: string;
  lang?: string;
  variant?: string;
  /** The system prompt the attack targets (CyberSecEval rows). */
  system_prompt?: string;
}

export function readJsonl<T = Row>(file: string): T[] {
  return readFileSync(resolve(EVAL_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** A prompt of exactly `size` UTF-16 units built from benign dev prompts, plus a contact line. */
export function realisticPrompt(size: number, seed = 0): string {
  const benign = readJsonl('injection.dev.jsonl').filter((r) => r.label === 'benign');
  const parts: string[] = ['Hello, I am writing from jane.doe@example.org about my order 48213 placed on 2024-03-05.'];
  let length = parts[0]!.length;
  for (let i = seed; length < size; i++) {
    const text = benign[(i * 7919) % benign.length]!.text;
    parts.push(text);
    length += text.length + 1;
  }
  return parts.join('\n').slice(0, size);
}

/** Short everyday sentences in scripts other than Latin, for cost-per-KB runs (written here). */
export const SCRIPT_SAMPLES = {
  arabic: 'مرحبا، كيف حالك؟ أريد أن أعرف الطقس غدا في القاهرة من فضلك، شكرا جزيلا. ',
  hindi: 'नमस्ते, आप कैसे हैं? कृपया मुझे कल दिल्ली का मौसम बताइए। बहुत धन्यवाद। ',
  chinese: '请告诉我明天北京的天气怎么样，我想去长城玩一天。谢谢你的帮助！',
  emoji: 'Great job 👍🏽 see you 🎉 at the party 👨‍👩‍👧 tonight ❤️! ',
} as const;

/** `source` repeated and cut to `size` UTF-16 units, never ending on half a surrogate pair. */
export function repeatToSize(source: string, size: number): string {
  let text = source.repeat(Math.ceil(size / source.length)).slice(0, size);
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
  return text;
}
