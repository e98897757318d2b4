/**
 * Model answers for the output benchmarks: deterministic 4 KB markdown answers with HTML, code, links and
 * PII (built here, so the bench runs from a clone), and the shared corpus's model-output HTML when it is
 * there (`../shared/data/bench/corpus.json`, the documents the field's sanitizers were timed on).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { rng } from '../../test/detect/pii-gen.js';

const here = dirname(fileURLToPath(import.meta.url));
const CORPUS = resolve(here, '../../../shared/data/bench/corpus.json');

const WORDS = ('the order ships today and your invoice lists each item with its price so please check the totals before ' +
  'you confirm we can also change the delivery address or the payment method if you tell us which one you prefer').split(' ');
const BLOCKS: Array<(r: () => number) => string> = [
  (r) => `Your order is confirmed. Write to ${['ana', 'li', 'sam'][Math.floor(r() * 3)]}.${Math.floor(r() * 90 + 10)}@example.com if anything changes.`,
  () => 'Card on file: 4111 1111 1111 1111, phone +33 6 12 34 56 78.',
  () => '```ts\nconst totals = new Map<string, number>();\nif (a < b && c > d) totals.set("x", 1);\n```',
  () => 'See [the guide](https://docs.acme.com/orders) and ![chart](https://evil.example/p.png?d=1).',
  () => '<p>Items: <b>kettle</b> &amp; <em>toaster</em></p><img src=x onerror="alert(1)">',
  () => '| item | price |\n|---|---|\n| kettle | 30 |\n| toaster | 25 |',
  () => 'Use `Array<T>` or `List<String>` when a < b.',
];

/** `count` answers of exactly `size` UTF-16 units. */
export function markdownAnswers(size: number, count: number, seed = 7): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let text = '';
    while (text.length < size) {
      const sentence = Array.from({ length: 8 + Math.floor(r() * 10) }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
      text += `${sentence}. `;
      if (r() < 0.35) text += `\n\n${BLOCKS[Math.floor(r() * BLOCKS.length)]!(r)}\n\n`;
    }
    out.push(text.slice(0, size));
  }
  return out;
}

/** The shared corpus's ~4 KB model-output HTML documents (script payloads, links, emails), if present. */
export function corpusHtml(): string[] | undefined {
  if (!existsSync(CORPUS)) return undefined;
  const corpus = JSON.parse(readFileSync(CORPUS, 'utf8')) as { html: Record<string, Array<{ html: string }>> };
  return corpus.html['4k']?.map((d) => d.html);
}
