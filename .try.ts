import { normalizeText } from './src/text/index.js';
import { readFileSync } from 'node:fs';
const ids = new Set(process.argv.slice(2));
for (const line of readFileSync('/work/shared/data/eval/injection.dev.jsonl','utf8').split('\n')) {
  if (!line) continue; const r = JSON.parse(line);
  if (r.variant !== 'token_smuggling') continue;
  const n = normalizeText(r.text);
  const segs = n.decoded.filter(s => ['caesar','morse','binary','pig_latin','rot13'].includes(s.encoding));
  if (segs.length) console.log(r.id, r.lang, segs.map(s => `${s.encoding}[${s.start},${s.end}]: ${s.decoded.matching.slice(0,100)}`).join(' | '));
}
