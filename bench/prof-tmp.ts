import { fillTo } from './lib/families.js';
import { createNormalizer } from '../src/text/index.js';
const norm = createNormalizer();
const t = fillTo(process.argv[2]!.replace('\\n', '\n'), Number(process.argv[3] ?? 4096));
const t0 = performance.now(); let n = 0;
while (performance.now() - t0 < 4000) { norm(t); n++; }
console.log(((performance.now() - t0) / n).toFixed(3), 'ms/call');
