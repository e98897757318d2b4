import { realisticPrompt } from './bench/lib/prompts.js';
import { morseCandidates, pigLatinCandidates } from './src/text/ciphers.js';
const ps = [0,1,2,3].map(s => realisticPrompt(4096, s*31));
const ms = ps.map(p => p.toLowerCase());
const map = new Uint32Array(4097);
function t(f: (i: number) => void) {
  for (let i = 0; i < 20000; i++) f(i);
  const s = process.hrtime.bigint(); const N = 50000;
  for (let i = 0; i < N; i++) f(i);
  return (Number(process.hrtime.bigint() - s) / N / 1000).toFixed(2);
}
const b = () => ({ bytes: 16384, segments: 16, candidates: 64, seen: new Set<string>() });
const RE = /[a-z]{2}ay(?![a-z])/g;
let hits = 0; for (const m of ms) { let k = 0; for (;;) { k = m.indexOf('ay', k); if (k < 0) break; k += 2; hits++; } } console.log('ay hits per prompt', hits / 4);
for (let r = 0; r < 5; r++) console.log('pig', t(i => pigLatinCandidates(ms[i & 3]!, map, b(), [])), 'regex', t(i => { RE.lastIndex = 0; const m = ms[i & 3]!; while (RE.exec(m) !== null); }), 'ay-space', t(i => { const m = ms[i & 3]!; let k = 0; for (;;) { k = m.indexOf('ay ', k); if (k < 0) break; k += 3; } }), 'morse', t(i => morseCandidates(ps[i & 3]!, b(), [])));
