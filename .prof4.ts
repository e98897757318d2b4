import { realisticPrompt } from './bench/lib/prompts.js';
const ps = [0,1,2,3].map(s => realisticPrompt(4096, s*31));
const ms = ps.map(p => p.toLowerCase());
function t(f: (i: number) => void) {
  for (let i = 0; i < 20000; i++) f(i);
  const s = process.hrtime.bigint(); const N = 50000;
  for (let i = 0; i < N; i++) f(i);
  return (Number(process.hrtime.bigint() - s) / N / 1000).toFixed(2);
}
let sink = 0;
const loop = (m: string, p: string) => { let k = 0; for (;;) { k = m.indexOf(p, k); if (k < 0) break; k += 1; sink++; } };
for (let r = 0; r < 5; r++) console.log('ay', t(i => loop(ms[i & 3]!, 'ay')), 'y', t(i => loop(ms[i & 3]!, 'y')), 'yq', t(i => loop(ms[i & 3]!, 'q')), 'dash', t(i => loop(ps[i & 3]!, '-')), 'dot', t(i => loop(ps[i & 3]!, '.')), 'includes-ay', t(i => { sink += ms[i&3]!.includes('ay') ? 1 : 0; }), '01', t(i => loop(ps[i & 3]!, '01')));
