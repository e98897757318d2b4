import { realisticPrompt } from './bench/lib/prompts.js';
import { scanWords } from './src/text/wordscan.js';
import { morseCandidates, binaryCandidates, pigLatinCandidates } from './src/text/ciphers.js';
import { DEFAULT_CONFIG } from './src/text/options.js';
const ps = [0,1,2,3].map(s => realisticPrompt(4096, s*31));
const ms = ps.map(p => p.toLowerCase());
const map = new Uint32Array(4097);
function t(name: string, f: (i: number) => void) {
  for (let i = 0; i < 20000; i++) f(i);
  const s = process.hrtime.bigint(); const N = 50000;
  for (let i = 0; i < N; i++) f(i);
  console.log(name, (Number(process.hrtime.bigint() - s) / N / 1000).toFixed(2), 'us');
}
const sw = { rot13: true, reversed: true, caesar: true };
const sw0 = { rot13: true, reversed: true, caesar: false } ;
t('scanWords', i => scanWords(ms[i & 3]!, sw, 32));
const b = () => ({ bytes: 16384, segments: 16, candidates: 64, seen: new Set<string>() });



