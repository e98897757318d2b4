/**
 * What the learned scorer costs: the injection detector with the shipped model against the same detector
 * without it, side by side on the same normalized 1.5 KB prompts (dev benign rows, `bench/lib/prompts.ts`; the
 * model reads texts up to `LEARNED_MAX_CHARS` only, so at 4 KB it would not run at all),
 * five comparisons (median and range of the ratios reported), plus the model's own pass against one
 * email-regex replace over the same text.
 *
 * Run: node --import tsx bench/injection-model-speed.ts
 */
import { compareRepeated } from './lib/measure.js';
import { emailReplaceBaseline } from './lib/baseline.js';
import { realisticPrompt } from './lib/prompts.js';
import { buildDetector, builtinInjectionScanner } from '../src/detect/injection.js';
import { builtinInjectionModel, LEARNED_MAX_CHARS } from '../src/detect/injection-model.js';
import { scanCues } from '../src/detect/injection-cues.js';
import { KEYWORD_COPY } from '../src/detect/phrase-engine.js';
import { normalizeText } from '../src/text/index.js';

/** Prompts the model reads: under its length cap, with room for what the normalizer adds. */
const SIZE = 1536;
const texts = [0, 1, 2, 3].map((seed) => normalizeText(realisticPrompt(SIZE, seed)));
if (texts.some((t) => t.collapsed.length > LEARNED_MAX_CHARS)) throw new Error('speed prompts longer than the model reads');
const withModel = buildDetector({}, KEYWORD_COPY);
const withoutModel = buildDetector({}, KEYWORD_COPY, null);
const model = builtinInjectionModel();
const cues = texts.map((t) => scanCues(builtinInjectionScanner(), t.collapsed, t.collapsedMap, t.original));
const presence = cues.map((c) => [c.presentLo, c.presentHi, c.presentTop] as const);
let i = 0;
const next = (): number => i++ & 3;

const detector = compareRepeated(() => withModel(texts[next()]!), () => withoutModel(texts[next()]!));
const alone = compareRepeated(
  () => {
    const k = next();
    return model.probability(texts[k]!.collapsed, presence[k]![0], presence[k]![1], presence[k]![2]);
  },
  () => emailReplaceBaseline(texts[next()]!.original),
);
const fmt = (r: ReturnType<typeof compareRepeated>): string =>
  `${r.median.ratio.toFixed(2)}x (range ${r.runs[0]!.ratio.toFixed(2)}-${r.runs[r.runs.length - 1]!.ratio.toFixed(2)})`;
console.log(`injection detector with the model / without, ${SIZE} chars: ${fmt(detector)}`);
console.log(`model pass alone / one email-regex replace, ${SIZE} chars: ${fmt(alone)}`);
