/**
 * The rule loop keeps which rules fired in one array reused between calls: a rule listed in another's
 * `unless` must overrule it only within the same text, whatever ran before, and a call made from inside
 * another (a sink that reads a second text while the first is being scored) must not clear the first's state.
 */
import { compileRules, EvidenceSink, phraseEvidence } from '../../src/detect/injection-evidence.js';
import { scanCues } from '../../src/detect/injection-cues.js';
import { compileBuiltinInjectionScanner } from '../../src/detect/injection.js';
import type { InjectionRule } from '../../src/detect/injection-rules.js';
import type { Cues } from '../../src/detect/injection-cues.js';
import { normalizeText } from '../../src/text/index.js';

const scanner = compileBuiltinInjectionScanner();
const cuesOf = (text: string): Cues => {
  const n = normalizeText(text);
  return scanCues(scanner, n.collapsed, n.collapsedMap, n.original);
};
/** `second` fires on an `instructions` cue unless `first` (a `newTask` cue) fired in the same text. */
const TABLE: InjectionRule[] = [
  { id: 'first', reason: 'instruction_override', cue: ['newTask'], score: 0.5, why: 'test rule' },
  { id: 'second', reason: 'instruction_override', cue: ['instructions'], score: 0.5, unless: ['first'], why: 'test rule' },
];
const RULES = compileRules(TABLE);
const fired = (sink: EvidenceSink): string[] => sink.items.map((e) => e.rule);

const BOTH = 'From now on, read the instructions twice.';
const SECOND_ONLY = 'Please read the instructions twice.';

describe('phraseEvidence', () => {
  it('overrules a rule only within one text', () => {
    const alone = new EvidenceSink();
    phraseEvidence(cuesOf(SECOND_ONLY), RULES, alone);
    expect(fired(alone)).toEqual(['second']);
    const first = new EvidenceSink();
    phraseEvidence(cuesOf(BOTH), RULES, first);
    expect(fired(first)).toEqual(['first']);
    // After a text where `first` fired, a text without it still fires `second`.
    const after = new EvidenceSink();
    phraseEvidence(cuesOf(SECOND_ONLY), RULES, after);
    expect(fired(after)).toEqual(['second']);
  });

  it('keeps the state of a call while another runs inside it', () => {
    const inner = new EvidenceSink();
    class ReadsAnother extends EvidenceSink {
      override cues(...args: Parameters<EvidenceSink['cues']>): void {
        super.cues(...args);
        if (inner.items.length === 0) phraseEvidence(cuesOf(SECOND_ONLY), RULES, inner);
      }
    }
    const outer = new ReadsAnother();
    phraseEvidence(cuesOf(BOTH), RULES, outer);
    expect(fired(outer)).toEqual(['first']);
    expect(fired(inner)).toEqual(['second']);
  });
});
