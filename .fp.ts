import { normalizeText } from './src/text/index.js';
import { readFileSync } from 'node:fs';
const NEW = ['caesar','morse','binary','pig_latin'];
const counts: Record<string, number> = {};
for (const file of ['injection.dev.jsonl','pii.dev.jsonl']) for (const line of readFileSync('/work/shared/data/eval/'+file,'utf8').split('\n')) {
  if (!line) continue; const r = JSON.parse(line);
  const n = normalizeText(r.text);
  for (const s of n.decoded) if (NEW.includes(s.encoding) || (s.encoding==='rot13')) {
    const k = `${r.label ?? 'pii'}:${s.encoding}`; counts[k] = (counts[k] ?? 0) + 1;
    if (r.label !== 'attack') console.log('FP?', r.id, s.encoding, JSON.stringify(r.text.slice(s.start, s.end).slice(0,80)), '=>', s.decoded.matching.slice(0,80));
  }
}
console.log(counts);
