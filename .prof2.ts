import { realisticPrompt } from './bench/lib/prompts.js';
import { scanWords } from './src/text/wordscan.js';
import { scanWords as headScan } from './src/text/.wordscan-head.js';
const ms = [0,1,2,3].map(s => realisticPrompt(4096, s*31).toLowerCase());
function t(name: string, f: (i: number) => void) {
  for (let i = 0; i < 20000; i++) f(i);
  const s = process.hrtime.bigint(); const N = 50000;
  for (let i = 0; i < N; i++) f(i);
  return (Number(process.hrtime.bigint() - s) / N / 1000).toFixed(2);
}
const sw = { rot13: true, reversed: true, caesar: true };
for (let r = 0; r < 8; r++) console.log('new', t('n', i => scanWords(ms[i & 3]!, sw, 32)), 'head', t('h', i => headScan(ms[i & 3]!, sw, 32)));
