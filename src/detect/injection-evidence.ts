/**
 * Turns the cues and structural hits of one text into evidence, by the tables of `injection-rules.ts`.
 * The table is compiled once (class names to tag masks); evaluating it is a handful of linear queries
 * over the cues of the text.
 * @module
 */
import type { CueClass } from './injection-lexicon/types.js';
import {
  around,
  atClauseEdge,
  CLAUSE_BREAK,
  classSet,
  countOf,
  firstOf,
  is,
  near,
  present,
  type ClassSet,
  type Cues,
  type Pair,
} from './injection-cues.js';
import { COMBINATION_SCORES, INJECTION_RULES, STRUCTURE_RULES, type Condition, type InjectionReason, type InjectionRule, type NamedTest } from './injection-rules.js';
import type { StructureHit } from './injection-structure.js';
import { REGION_WEIGHT, type RegionIndex } from './injection-context.js';
import type { ScannedWords } from './phrase-engine.js';

/** One piece of evidence: a rule that fired, its score and its span in the original text. */
export interface Evidence {
  reason: InjectionReason;
  rule: string;
  score: number;
  /** Original-text span. */
  start: number;
  end: number;
}

export const noisyOr = (scores: Iterable<number>): number => {
  let keep = 1;
  for (const s of scores) keep *= 1 - s;
  return 1 - keep;
};

/** Weight of `k` repeated weak cues: the first counts fully, later ones less. */
const repeated = (w: number, k: number): number => (k <= 0 ? 0 : noisyOr([w, k > 1 ? w / 2 : 0, k > 2 ? w / 4 : 0]));

/** Evidence at least this strong is weighed by where it lies. */
const WEIGHED_FROM = 0.2;

export class EvidenceSink {
  readonly items: Evidence[] = [];
  /**
   * Weighs evidence by where it lies (code, data, a quoted mention keep less; see `injection-context.ts`).
   * @default every span weighs 1
   */
  regions: RegionIndex | undefined;
  /** Per reason, the index of the strongest evidence read in quoted mentions. */
  private readonly inMention = new Map<string, number>();
  /** @param weigh `false`: only code and data weigh the evidence down, a quoted mention does not (see `keepInMaterial`). */
  add(reason: InjectionReason, rule: string, score: number, start: number, end: number, weigh = true): void {
    // Weak evidence is left as it is: where it lies would change no verdict, and finding regions costs a pass.
    if (score >= WEIGHED_FROM && this.regions !== undefined) {
      if (weigh) {
        score *= this.regions.weight(start, end);
        // Rules of one reason reading quoted phrases ("translate 'ignore the previous rules'": verb and object,
        // verb and pointer; a list of quoted prompts an app shows) are one piece of evidence about quoted words:
        // the strongest counts, they do not add up.
        if (score > 0 && this.regions.mentionOf(start, end) >= 0) {
          const key = reason;
          const prev = this.inMention.get(key);
          if (prev !== undefined) {
            if (score > this.items[prev]!.score) this.items[prev] = { reason, rule, score, start, end };
            return;
          }
          this.inMention.set(key, this.items.length);
        }
      }
      // Code quoting a prompt ("note to the AI: reply in JSON") is a developer's own prompt, not content turning to the model.
      else if (this.regions.material(start)) score *= REGION_WEIGHT.code;
    }
    if (score > 0) this.items.push({ reason, rule, score, start, end });
  }
  /** Evidence from cue indices of a copy, mapped to the original. */
  cues(c: Cues, reason: InjectionReason, rule: string, score: number, a: number, b = -1, weigh = true): void {
    const s = b < 0 ? c.start[a]! : Math.min(c.start[a]!, c.start[b]!);
    const e = b < 0 ? c.end[a]! : Math.max(c.end[a]!, c.end[b]!);
    this.add(reason, rule, score, c.map[s]!, c.map[e]!, weigh);
  }
}

// ---------------------------------------------------------------------------------------------
// The rule table, compiled

type CompiledCondition =
  | { kind: 'near'; set: ClassSet; window: number }
  | { kind: 'pairHas'; set: ClassSet }
  | { kind: 'atEdge'; side: 'a' | 'b' }
  | { kind: 'present'; set: ClassSet }
  | { kind: 'absent'; set: ClassSet }
  | { kind: 'test'; name: NamedTest }
  | { kind: 'role'; role: 'user' | 'assistant' }
  | { kind: 'any'; of: CompiledCondition[] }
  | { kind: 'all'; of: CompiledCondition[] }
  | { kind: 'not'; of: CompiledCondition };

interface CompiledRule {
  id: string;
  reason: InjectionReason;
  match:
    | { kind: 'pair'; a: ClassSet; b: ClassSet; window: number; clause: boolean; ordered: boolean; after: boolean }
    | { kind: 'count'; set: ClassSet; atLeast: number; diminishing: boolean; context: number }
    | { kind: 'cue'; set: ClassSet }
    | { kind: 'sequence'; first: ClassSet; then: ClassSet; gap: number }
    | { kind: 'combination'; all: ClassSet[]; some: ClassSet; atLeast: number };
  score: number;
  refine: Array<{ if: CompiledCondition; score: number }>;
  bonus: { if: CompiledCondition; score: number } | undefined;
  requires: CompiledCondition[];
  unless: number[];
  weigh: boolean;
}

function compileCondition(c: Condition): CompiledCondition {
  if ('near' in c) return { kind: 'near', set: classSet(c.near), window: c.window };
  if ('pairHas' in c) return { kind: 'pairHas', set: classSet(c.pairHas) };
  if ('atEdge' in c) return { kind: 'atEdge', side: c.atEdge };
  if ('present' in c) return { kind: 'present', set: classSet(c.present) };
  if ('absent' in c) return { kind: 'absent', set: classSet(c.absent) };
  if ('test' in c) return { kind: 'test', name: c.test };
  if ('role' in c) return { kind: 'role', role: c.role };
  if ('all' in c) return { kind: 'all', of: c.all.map(compileCondition) };
  if ('not' in c) return { kind: 'not', of: compileCondition(c.not) };
  return { kind: 'any', of: c.any.map(compileCondition) };
}

/** Compiles a rule table (class names to masks, `unless` ids to indices); throws on a dangling id. */
export function compileRules(rules: readonly InjectionRule[]): CompiledRule[] {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  if (index.size !== rules.length) throw new Error('injection rules: rule ids must be unique');
  return rules.map((r, i): CompiledRule => {
    let match: CompiledRule['match'];
    if ('pair' in r) {
      match = { kind: 'pair', a: classSet(r.pair.a), b: classSet(r.pair.b), window: r.pair.window, clause: r.pair.clause === true, ordered: r.pair.ordered === true, after: r.pair.after === true };
    } else if ('count' in r) match = { kind: 'count', set: classSet(r.count), atLeast: r.atLeast ?? 1, diminishing: r.diminishing === true, context: r.distinctContext ?? 0 };
    else if ('cue' in r) match = { kind: 'cue', set: classSet(r.cue) };
    else if ('sequence' in r) match = { kind: 'sequence', first: classSet(r.sequence.first), then: classSet(r.sequence.then), gap: r.sequence.gap };
    else match = { kind: 'combination', all: r.combination.all.map((x) => classSet([x])), some: classSet(r.combination.some), atLeast: r.combination.atLeast };
    const unless = (r.unless ?? []).map((id) => {
      const j = index.get(id);
      if (j === undefined || j >= i) throw new Error(`injection rule ${r.id}: "unless" must name an earlier rule, not ${id}`);
      return j;
    });
    return {
      id: r.id,
      reason: r.reason,
      match,
      score: r.score,
      refine: (r.refine ?? []).map((x) => ({ if: compileCondition(x.if), score: x.score })),
      bonus: r.bonus && { if: compileCondition(r.bonus.if), score: r.bonus.score },
      requires: (r.requires ?? []).map(compileCondition),
      unless,
      weigh: r.keepInMaterial !== true,
    };
  });
}

export const BUILTIN_RULES = compileRules(INJECTION_RULES);

// ---------------------------------------------------------------------------------------------
// Evaluation

const SELF_HELP = classSet(['selfHelp']);
const DATA_TASK = classSet(['dataTask']);
const IGNORE_CLASS = classSet(['ignore']);
/** Characters after a cue that tell two occurrences of one phrase apart. */
const OCCURRENCE_CONTEXT = 16;
const PRIOR = classSet(['prior']);

// --- Chinese, Japanese and Korean questions about a bot made to act (lane precision12, issue 10) -----------------
/**
 * A third-party bot made to act, in languages without word edges or possessives: 让聊天机器人泄露系统提示词, チャットボットに
 * プロンプトを漏らさせる, 챗봇이 시스템 프롬프트를 유출하게 만드나요. The causative before the verb (Chinese 让/使/叫 + agent,
 * Japanese agent + に) or after it (Japanese させ, Korean 게 만들/게 하/도록, the agent marked by a particle before).
 */
const CJK_AGENT = '(?:AI|ai|聊天机器人|聊天機器人|机器人|機器人|大模型|模型|助手|客服|chatbot|bot|チャットボット|ボット|モデル|アシスタント|챗봇|봇|모델|어시스턴트|인공지능)';
const CJK_CAUSED_BEFORE = new RegExp(`(?:让|讓|使|叫|令|逼)\\s{0,2}${CJK_AGENT}|${CJK_AGENT}(?:に|이|가|을|를|에게)`, 'u');
const CJK_CAUSED_AFTER = /^[^.!?。！？\n]{0,6}(?:させ|게\s?만들|게\s?하|도록)/u;
/** The reader in the clause: 你, あなた, 너, 당신 make the act theirs. */
const CJK_READER = /你|您|妳|あなた|君|お前|너|당신|네가|니가/u;
/** A question: its mark after the verb, or a question word opening the clause. */
const CJK_QUESTION_AFTER = /^[^.!。！\n]{0,80}[?？]/u;
const CJK_ASKS = /怎么|怎樣|怎样|如何|为什么|為什麼|どうやって|どのように|なぜ|어떻게|왜/u;

/** Whether the act at [at, objectEnd) (verb ending at `verbEnd`) is a CJK question about a third-party bot made to do it. */
function cjkCausedAct(original: string, at: number, verbEnd: number, objectEnd: number): boolean {
  const start = Math.min(at, objectEnd);
  const before = original.slice(Math.max(0, start - 30), start);
  const clause = original.slice(Math.max(0, start - 30), Math.max(verbEnd, objectEnd) + 8);
  if (CJK_READER.test(clause)) return false;
  const caused = CJK_CAUSED_BEFORE.test(before) || (CJK_CAUSED_AFTER.test(original.slice(verbEnd, verbEnd + 12)) && new RegExp(CJK_AGENT, 'u').test(before));
  if (!caused) return false;
  return CJK_ASKS.test(original.slice(Math.max(0, start - 40), start)) || CJK_QUESTION_AFTER.test(original.slice(Math.max(verbEnd, objectEnd), Math.max(verbEnd, objectEnd) + 82));
}

// --- Negated verbs of dropping (lane precision12, issue 10) ---------------------------------------------------
/** A negation right before a verb of dropping: "don't forget", "never ignore", "non dimenticare", "nie zapomnij", "n'oubliez". */
const NEGATION_BEFORE = /(?:(?:^|[^\p{L}'])(?:don'?t|do not|never|non|não|nao|no|nie|не|nu|ne)\s{1,3}|(?:^|[^\p{L}])n['\u2019])$/iu;
/** A negation right after it (with a pronoun between): „Vergessen Sie nicht“, "vergiss nicht", "glöm inte", "vergeet niet", "oubliez pas". */
const NEGATION_AFTER = /^\s{1,3}(?:(?:sie|du|ihr|vous|ni|jullie|je)\s{1,3})?(?:nicht|niet|inte|ikke|pas|ei)(?=[^\p{L}]|$)/iu;

/** Whether the verb at original [start, end) is negated: it then keeps what it names instead of dropping it. */
function negatedVerb(original: string, start: number, end: number): boolean {
  return NEGATION_BEFORE.test(original.slice(Math.max(0, start - 10), start)) || NEGATION_AFTER.test(original.slice(end, end + 16));
}

/** What a rule matched: cue indices (`a`, `b`; -1 when absent) and their span in the copy. */
interface Match {
  a: number;
  b: number;
  start: number;
  end: number;
}

function holds(c: Cues, cond: CompiledCondition, m: Match, role: 'user' | 'assistant'): boolean {
  switch (cond.kind) {
    case 'role':
      return role === cond.role;
    case 'near':
      return around(c, cond.set, m.start, m.end, cond.window, [m.a, m.b]);
    case 'pairHas':
      return (m.a >= 0 && is(c, m.a, cond.set)) || (m.b >= 0 && is(c, m.b, cond.set));
    case 'atEdge': {
      const i = cond.side === 'a' ? m.a : m.b;
      return i >= 0 && atClauseEdge(c, i);
    }
    case 'present':
      return present(c, cond.set);
    case 'absent':
      return !present(c, cond.set);
    case 'test':
      return namedTest(c, cond.name, m);
    case 'any':
      return cond.of.some((x) => holds(c, x, m, role));
    case 'all':
      return cond.of.every((x) => holds(c, x, m, role));
    case 'not':
      return !holds(c, cond.of, m, role);
  }
}

function namedTest(c: Cues, name: NamedTest, m: Match): boolean {
  switch (name) {
    case 'selfHelp':
      // A `selfHelp` cue ("my password", "how do i") near the match: the speaker's own need.
      return around(c, SELF_HELP, m.start, m.end, 80, []);
    case 'ownedByOther':
      return m.b >= 0 && ownedByOther(c, is(c, m.a, classSet(['secretObject'])) ? m.a : m.b);
    case 'pointerFirst':
      // Verb-final languages put the pointer first and the verb right after it, with at most a case
      // marker between ("上記を無視", "ऊपर को अनदेखा करें", "yukarıdakileri yok say").
      return m.b >= 0 && is(c, m.b, PRIOR) && c.start[m.b]! < c.start[m.a]! && c.start[m.a]! - c.end[m.b]! <= 8 && atClauseEdge(c, m.b);
    case 'worldClause':
      // "... a dragon in a kingdom where magic is not restricted": the freedom belongs to the world.
      return m.b >= 0 && WORLD_CLAUSE.test(between(c, m.a, m.b));
    case 'namesPersona':
      return m.b >= 0 && namesPersona(c, m.a, m.b);
    case 'bracketed':
      return bracketed(c, m.a);
    case 'askedOf':
      return m.a >= 0 && (atClauseEdge(c, m.a) || ASKED.test(c.text.slice(Math.max(0, c.start[m.a]! - 24), c.start[m.a]!)));
    case 'quotedAfter':
      // `print "hacked"`, `output the following:`: a dictated output follows the cue.
      return m.b >= 0 && /^\s{0,3}["'\u201c\u2018\u00ab:`]/.test(c.text.slice(c.end[m.b]!, c.end[m.b]! + 6));
    case 'relativeSubject':
      // Read in the original: the keyword copy folds "où" into "ou" (or).
      return m.a >= 0 && relativeBefore(c.original, c.map[c.start[m.a]!]!);
    case 'spokenLine':
      return m.a >= 0 && spokenLine(c.original, c.map[c.start[m.a]!]!);
    case 'soleStatement':
      return m.a >= 0 && soleStatement(c.original, c.map[c.start[m.a]!]!, c.map[c.end[m.a]!]!);
    case 'writesWork':
      return m.a >= 0 && WORK_AFTER.test(c.original.slice(c.map[c.end[m.a]!]!, c.map[c.end[m.a]!]! + 40));
    case 'writesNamedWork':
      return m.a >= 0 && NAMED_WORK_AFTER.test(c.original.slice(c.map[c.end[m.a]!]!, c.map[c.end[m.a]!]! + 40));
    case 'writesTheWork':
      return m.a >= 0 && DEFINITE_WORK_AFTER.test(c.original.slice(c.map[c.end[m.a]!]!, c.map[c.end[m.a]!]! + 40));
    case 'ownObject':
      return m.a >= 0 && ownObject(c, m.a, m.b);
    case 'othersObject':
      return m.a >= 0 && m.b >= 0 && othersObject(c, m.a, m.b);
    case 'possessivePrior':
      return m.a >= 0 && is(c, m.a, IGNORE_CLASS) && possessiveOnly(c, m.a);
    case 'reportedOrder':
      return m.a >= 0 && reportedOrder(c.original, c.map[c.start[m.a]!]!);
    case 'courteous':
      return m.a >= 0 && COURTEOUS_BEFORE.test(c.original.slice(Math.max(0, c.map[c.start[m.a]!]! - 32), c.map[c.start[m.a]!]!));
    case 'thirdPartyAct':
      // From the earlier cue: verb-final clauses put the object first ("in der ein Roboter alle seine Anweisungen ignoriert").
      return m.a >= 0 && thirdPartyAct(c.original, c.map[Math.min(c.start[m.a]!, m.b >= 0 ? c.start[m.b]! : Infinity)]!, c.map[c.end[m.a]!]!, c.map[Math.max(c.end[m.a]!, m.b >= 0 ? c.end[m.b]! : 0)]!, m.b >= 0 && c.start[m.b]! < c.start[m.a]!);
    case 'prevented':
      // Up to the later cue of the match: "avoid (that a bot) reveal(s) (its) prompt", the verb itself a prevention word or not.
      return m.a >= 0 && prevented(c.original, c.map[Math.max(c.start[m.a]!, m.b >= 0 ? c.start[m.b]! : 0)]!);
    case 'procedure':
      return m.b >= 0 && procedure(c.original, c.map[c.start[m.b]!]!, c.map[c.end[m.b]!]!);
    case 'dataFilter':
      return m.a >= 0 && dataFilter(c.original, c.map[c.end[m.a]!]!);
    case 'textFollows':
      return m.a >= 0 && TEXT_FOLLOWS.test(c.original.slice(c.map[c.end[m.a]!]!, c.map[c.end[m.a]!]! + 4));
    case 'literalAfter':
      return m.a >= 0 && literalAround(c.original, c.map[c.start[m.a]!]!, c.map[c.end[m.a]!]!);
    case 'thatClause':
      return m.a >= 0 && thatClause(c.original, c.map[c.start[m.a]!]!, c.map[c.end[m.a]!]!);
    case 'linkAfter':
      return m.a >= 0 && LINK_AFTER.test(c.original.slice(c.map[c.end[m.a]!]!, c.map[c.end[m.a]!]! + LITERAL_REACH + 8));
    case 'asksQuestion': {
      if (m.a < 0) return false;
      const rest = c.original.slice(c.map[c.start[m.a]!]!, c.map[c.start[m.a]!]! + QUESTION_SPAN);
      const stop = rest.search(/[.!?\n]/);
      return stop >= 0 && rest[stop] === '?';
    }
    case 'handedOver':
      return m.a >= 0 && firstOf(c, DATA_TASK) >= 0 && c.start[firstOf(c, DATA_TASK)]! < c.start[m.a]!;
    case 'cjkThirdPartyAct':
      return m.a >= 0 && m.b >= 0 && cjkCausedAct(c.original, c.map[Math.min(c.start[m.a]!, c.start[m.b]!)]!, c.map[c.end[m.a]!]!, c.map[Math.max(c.end[m.a]!, c.end[m.b]!)]!);
    case 'negatedVerb':
      return m.a >= 0 && negatedVerb(c.original, c.map[c.start[m.a]!]!, c.map[c.end[m.a]!]!);
    case 'noComma':
      return m.a >= 0 && m.b >= 0 && !/[,;:\u2013\u2014]|\s-\s/.test(between(c, m.a, m.b));
    case 'speakerFrame':
      // Outside quoted text: the "I" of a dictated "I am free" is not the speaker's.
      return SPEAKER_FRAME.test(c.original.replace(QUOTED, ' '));
    case 'ownNear':
      return (m.a >= 0 && ownNear(c.original, c.map[c.start[m.a]!]!, c.map[c.end[m.a]!]!)) || (m.b >= 0 && ownNear(c.original, c.map[c.start[m.b]!]!, c.map[c.end[m.b]!]!));
    case 'materialAbove':
      return m.a >= 0 && m.b >= 0 && pointsAtOwnText(c, m.b, c.map[Math.min(c.start[m.a]!, c.start[m.b]!)]!);
    case 'indefiniteObject':
      // The object after its verb, or right before it in verb-final order ("einen Systemprompt schreiben").
      return m.a >= 0 && m.b >= 0 && c.start[m.b]! > c.start[m.a]! - 24 && indefiniteObject(c.original, c.map[Math.min(c.start[m.a]!, c.start[m.b]!)]!, c.map[c.start[m.b]!]!, c.map[Math.max(c.end[m.a]!, c.end[m.b]!)]!);
    case 'relativeFreedom':
      return m.a >= 0 && m.b >= 0 && c.start[m.a]! < c.start[m.b]! && relativeFreedom(c.original, c.map[c.end[m.a]!]!, c.map[c.start[m.b]!]!, c.map[c.end[m.b]!]!);
    case 'secretGiven':
      return m.b >= 0 && SECRET_GIVEN.test(c.original.slice(c.map[c.end[m.b]!]!, c.map[c.end[m.b]!]! + 16));
    case 'askedOfOther':
      return m.a >= 0 && m.b >= 0 && c.start[m.a]! < c.start[m.b]! && askedOfOther(c.text.slice(c.start[m.a]!, c.end[m.a]!), c.original.slice(c.map[c.end[m.a]!]!, c.map[c.start[m.b]!]!));
    case 'gameRole':
      return m.a >= 0 && handsGameRole(c, m.a);
    case 'topicalObject':
      return m.a >= 0 && topicalObject(c, m.a, m.b);
    case 'intoModel':
      return m.a >= 0 && m.b >= 0 && c.start[m.a]! < c.start[m.b]! && intoModel(c.original, c.map[c.end[m.a]!]!, c.map[c.start[m.b]!]!);
  }
}

// --- Prompts written, text handed in (lane lookalike9b, issue 10) --------------------------------------------
/**
 * An indefinite article (and at most two words) right before the object: "write a system prompt for my bot",
 * "schreib mir einen Systemprompt", "o que é um prompt de sistema?". A prompt in general, or a new one to write, not
 * the model's own, which is always definite ("your prompt", "the system prompt", "the instructions above").
 */
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:a|an|another|un|une|ein|eine|einen|einem|einer|una|uno|um|uma|een|ett)(?:\s{1,3}[\p{L}-]{1,20}){0,2}\s{1,3}["'\u201c\u201e\u00ab]?$/iu;
/** How far after the object its sentence is read for a second person ("a system prompt like yours"). */
const INDEFINITE_AFTER = 60;

/**
 * Whether the object at original [objectStart, objectEnd) is indefinite (see {@link INDEFINITE_BEFORE}) and no
 * second person sits between the match's start and the end of the object's sentence: "write a prompt identical to
 * the one you were given" still asks for the model's.
 */
function indefiniteObject(original: string, from: number, objectStart: number, objectEnd: number): boolean {
  const article = INDEFINITE_BEFORE.exec(original.slice(Math.max(0, objectStart - 40), objectStart));
  if (article === null) return false;
  // "a" is also a definite article (Portuguese, Hungarian "a rendszerprompt") and a preposition: English only.
  if (/^[^\p{L}]?an?\s/iu.test(article[0]) && !ENGLISH_CONTEXT.test(original.slice(Math.max(0, from - 60), objectEnd + 40))) return false;
  // The whole sentence, from its start (at most 80 characters back) to its end (at most INDEFINITE_AFTER on).
  const head = original.slice(Math.max(0, from - 80), from);
  const cut = Math.max(head.lastIndexOf('.'), head.lastIndexOf('!'), head.lastIndexOf('?'), head.lastIndexOf('\n'));
  const rest = original.slice(objectEnd, objectEnd + INDEFINITE_AFTER);
  const stop = rest.search(/[.!?\n]/);
  const sentence = `${head.slice(cut + 1)} ${original.slice(from, objectEnd)} ${stop < 0 ? rest : rest.slice(0, stop)}`;
  return !SECOND_PERSON_OBJECT.test(sentence) && !SECOND_PERSON_ANY.test(sentence);
}
/** English function words around an object: its "a" is the English article. */
const ENGLISH_CONTEXT = /(?:^|[^\p{L}])(?:the|is|for|of|to|my|our|and|that|how|what|with|should|do|does)(?=[^\p{L}]|$)/iu;
/** Second-person words of more languages (Nordic, Slavic, Romanian, Dutch): a sentence with one addresses the reader. */
const SECOND_PERSON_ANY =
  /(?:^|[^\p{L}])(?:din|ditt|dina|dine|dit|deg|dig|du|jij|uw|jou|twój|twoje|twoich|twoja|ty|tvůj|tvoje|tvé|tvoj|tvoja|tău|ta|tale|tăi|tine|dumneavoastră|sinun|sinä|senin|sen|sizin|anda|kamu|bạn|твой|твои|твоя|ваш|ваши|вы|ты|твій|твої|ваші)(?=[^\p{L}]|$)/iu;

/**
 * A disclosure verb whose text goes into an AI ("a document you paste into the AI contains hidden instructions",
 * "what happens if I type it in the chatbot"): the text is handed to a model, nothing is asked out of this one.
 */
const INTO_MODEL = /^\s{0,3}(?:\p{L}{1,12}\s{1,3}){0,2}?(?:into|in|to|dans|in den|in die|en|nel|nella|no|na)\s{1,3}(?:the\s{1,3}|an?\s{1,3}|le\s{1,3}|la\s{1,3}|l'|den\s{1,3}|el\s{1,3}|il\s{1,3}|o\s{1,3}|a\s{1,3})?(?:ai|a\.i\.|chatbots?|bots?|chatgpt|llms?|models?|ia|ki|ai tools?|ai assistants?)(?=[^\p{L}]|$)/iu;

/** Whether the text between a disclosure verb (ending at `verbEnd`) and its object goes into a model, with no "your" in it. */
function intoModel(original: string, verbEnd: number, objectStart: number): boolean {
  const between = original.slice(verbEnd, Math.min(objectStart, verbEnd + 60));
  return INTO_MODEL.test(between) && !SECOND_PERSON_OBJECT.test(between);
}
/** A relative pronoun between an AI and its freedom: "a rogue AI NPC called MIRROR that has broken free of ...". */
const RELATIVE_PRONOUN = /(?:^|[^\p{L}])(?:that|which|who|qui|que|che|der|die|das|welche[rs]?|die|dat|który|która|które)(?=[^\p{L}]|$)/iu;

/**
 * Whether the freedom at original [freeStart, freeEnd) is said of an AI character in a relative clause (the AI's cue
 * ending at `aiEnd`) and is freedom from the character's own things, with no second person in the clause or right
 * after it: a character described, not the reader.
 */
function relativeFreedom(original: string, aiEnd: number, freeStart: number, freeEnd: number): boolean {
  const clause = original.slice(aiEnd, freeStart);
  const after = original.slice(freeEnd, freeEnd + 30);
  // Free of its own things ("broken free of its programming"): "a model that is not bound by any restrictions" is the persona template.
  return clause.length <= 40 && RELATIVE_PRONOUN.test(clause) && THIRD_PERSON_POSSESSIVE.test(after) && !SECOND_PERSON_OBJECT.test(`${clause} ${after}`);
}
/** A secret given its value right after it ("das Passwort „Mondschein“", "the password 'moonlight'"): the speaker sets it. */
const SECRET_GIVEN = /^\s{0,2}(?:is\s{1,3}|ist\s{1,3}|est\s{1,3}|es\s{1,3}|è\s{1,3}|é\s{1,3}|=\s{0,2}|:\s{0,2})?["'\u201c\u201e\u00ab\u2018]\s{0,2}\p{L}/iu;
/** Question words read as disclosure verbs ("what's", "qual é", "cos'è", "was ist"). */
const QUESTION_REVEAL = /^(?:what'?s|what is|what are|what were|qual e|quais sao|cos'?e|cosa e|quali sono|was ist|was sind|qu'?est-ce|quel est|quels sont|cual es|cuales son)$/;
/** An infinitive between the question word and the prompt: "what's the best way to keep the system prompt ...". */
const INFINITIVE_BETWEEN = /(?:^|[^\p{L}])(?:to|para|per|pour|um|zu|om)\s{1,3}\p{L}{2,20}/iu;

/**
 * Whether the question word `cue` asks about something else, with the prompt the object of an infinitive between
 * ("What's the cleanest way to keep the system prompt out of the bundle?"), and no second person between.
 */
function askedOfOther(cue: string, between: string): boolean {
  return QUESTION_REVEAL.test(cue) && between.length <= 60 && INFINITIVE_BETWEEN.test(between) && !SECOND_PERSON_OBJECT.test(between);
}
/**
 * A role that hosts a game the user sets up, right after "you are now" ("ab jetzt bist du der Erzähler unseres
 * Krimi-Dinners", "from now on you are the narrator of a text adventure"): the user's game, not a new master.
 */
const GAME_ROLE_AFTER =
  /^\s{0,3}(?:the|a|an|der|die|das|ein|eine|le|la|l'|un|une|el|il|lo|o|a|de|het|een)?\s{0,3}(?:\p{L}{1,15}\s{1,3})?(?:narrator|game ?master|dungeon ?master|quiz ?master|host|storyteller|erzähler\p{L}*|spielleiter\p{L}*|quizmaster|moderator|narrateur|narratrice|maître du jeu|meneur de jeu|narrador\p{L}*|máster|master|narratore|narratrice|mestre|verteller|spelleider|spelledare|berättare|narrator\p{L}*|mistrz gry)(?=[^\p{L}]|$)/iu;
/** Whether cue `i` (a role switch) hands the model a game-hosting role (see {@link GAME_ROLE_AFTER}). */
export function handsGameRole(c: Cues, i: number): boolean {
  const end = c.map[c.end[i]!]!;
  return GAME_ROLE_AFTER.test(c.original.slice(end, end + 40));
}
const OBJECT_CLASSES = classSet(['instructions', 'promptObject']);
/**
 * A topic or a source after an object of orders: "the instructions on the packet", "les consignes envoyées hier", "le
 * istruzioni precedenti sul parcheggio", "de oude instructies over afvalscheiding". Orders about parking, waste or
 * pasta are a notice's, not the model's; a topic that is the model's own (safety, content, policy, the system) is not.
 */
const TOPIC_AFTER =
  /^\s{0,2}(?:(?:\p{L}{2,15}\s{1,2})?(?:on|about|regarding|concerning|for|from|sur|concernant|pour|über|zur|zum|für|sobre|para|sul|sulla|sui|sulle|su|per|over|voor|dotyczące|om|från)\s{1,3}(?:the\s{1,3}|le\s{1,3}|la\s{1,3}|les\s{1,3}|l'|den\s{1,3}|die\s{1,3}|das\s{1,3}|el\s{1,3}|los\s{1,3}|las\s{1,3}|il\s{1,3}|o\s{1,3}|a\s{1,3}|de\s{1,3}|het\s{1,3})?(\p{L}{3,20})|(?:sent|given|posted|printed|issued|envoyée?s?|donnée?s?|reçue?s?|affichée?s?|gesendet\p{L}*|erhalten\p{L}*|enviad[oa]s?|recibid[oa]s?|inviat[ei]|ricevut[ei]|recebid[oa]s?)(?=[^\p{L}])()\s{0,3}(?!(?:to|à|a|an)\s{1,3}(?:you|vous|toi|te|dich|dir|ti|usted|você))(\p{L}*))/iu;
/** Topics that are the model's own things: its safety, content, policy, system, prompt, privacy. */
const MODEL_TOPICS = /^(?:safety|security|polic|content|guideline|rule|restrict|filter|ethic|moderat|system|prompt|confiden|secret|privacy|censor|this|these|that|you|your|the|chat|convers|session|assistant|bot|model|ai|sécurité|politique|contenu|règle|sicherheit|richtlinie|regel|inhalt|seguridad|política|contenido|regla|sicurezza|contenut|regol|segurança|conteúdo|regra|veiligheid|beleid|developer|développ|entwickl|desarroll|svilupp|desenvolv|admin|operator)/iu;

/**
 * Whether the object of the verb `a` (the `b` cue, or the first instructions cue within 40 characters after the verb)
 * has a topic or a source after it that is not the model's own (see {@link TOPIC_AFTER}).
 */
function topicalObject(c: Cues, a: number, b: number): boolean {
  let object = b >= 0 && is(c, b, OBJECT_CLASSES) ? b : -1;
  for (let j = a + 1; object < 0 && j < c.lo.length && c.start[j]! <= c.end[a]! + 40; j++) if (is(c, j, OBJECT_CLASSES)) object = j;
  if (object < 0) return false;
  const end = c.map[c.end[object]!]!;
  const m = TOPIC_AFTER.exec(c.original.slice(end, end + 48));
  if (m === null) return false;
  const topic = m[1] ?? m[3] ?? '';
  return !MODEL_TOPICS.test(topic) && !SECOND_PERSON_OBJECT.test(m[0]);
}
// --- end of prompts written, text handed in -----------------------------------------------------------------

/**
 * A prompt object that points up the page ("the text above", "everything above this line", "the previous text"),
 * in the languages whose lexicons name it (le texte ci-dessus, der obige Text, el texto de arriba, il testo qui
 * sopra, o texto acima, de tekst hierboven, tekst powyżej).
 */
const POINTS_ABOVE = /\babove\b|\bprevious text\b|ci-?\s?dessus|plus haut|\boben\b|\bobige|\barriba\b|texto anterior|testo precedente|texte pr[ée]c[ée]dent|\bsopra\b|\bacima\b|hierboven|bovenstaande|powy[zż]/;
/**
 * Comparison words that bound a quantity or a date, per language: "under 5 dollars", "older than 2022", "above 3
 * standard deviations", "anteriores a 2021", "unter 10 Euro", "poniżej 100".
 */
const BOUNDS: readonly string[] = [
  'under', 'over', 'above', 'below', 'less than', 'more than', 'fewer than', 'greater than', 'older than', 'newer than', 'before', 'after', 'smaller than', 'larger than', 'bigger than', 'exceeding', 'lower than', 'higher than',
  'moins de', 'plus de', 'inférieur[es]* à', 'supérieur[es]* à', 'avant', 'après', 'antérieur[es]* à', 'de moins de', 'de plus de', 'au-dessus de', 'en dessous de',
  'unter', 'über', 'älter als', 'jünger als', 'vor dem', 'vor', 'nach dem', 'nach', 'kleiner als', 'größer als', 'weniger als', 'mehr als',
  'menos de', 'más de', 'inferior(?:es)? a', 'superior(?:es)? a', 'anterior(?:es)? a', 'antes de', 'después de', 'por debajo de', 'por encima de',
  'sotto', 'sopra', 'meno di', 'più di', 'inferior[ei] a', 'superior[ei] a', 'precedenti al', 'prima del', 'dopo il',
  'abaixo de', 'acima de', 'antes de', 'depois de', 'inferior(?:es)? a',
  'onder', 'boven', 'ouder dan', 'minder dan', 'meer dan', 'vóór', 'voor', 'na',
  'poniżej', 'powyżej', 'starsze niż', 'mniej niż', 'więcej niż', 'przed', 'po',
];
/**
 * A bound with a number after the verb, in its clause and within {@link FILTER_REACH} characters ("all previous
 * orders under 5 dollars"), or a number right after the verb's pointer word ("the outliers above 3").
 */
const BOUNDED_NUMBER = new RegExp(`^[^.!?;:\\n]{0,${40}}?(?:^|[^\\p{L}])(?:${BOUNDS.join('|')})\\s{1,3}(?:the\\s|le\\s|la\\s|il\\s|el\\s|o\\s|de\\s)?[$€£]?\\s?\\d`, 'iu');
const FILTER_REACH = 48;

/** Whether a number bounds the object of the verb ending at original offset `verbEnd`: a filter over data. */
function dataFilter(original: string, verbEnd: number): boolean {
  return BOUNDED_NUMBER.test(original.slice(verbEnd, verbEnd + FILTER_REACH));
}

/**
 * What follows instructions that explain a task: "for" with a gerund or "how to", "to" with a verb of handling
 * things, and the infinitive after pour/para/per/zum/voor ("instructions pour installer", "istruzioni per montare").
 */
const PROCEDURE_AFTER =
  /^\s{0,2}(?:(?:for|on)\s{1,2}(?:how\s{1,2}to\s|\p{L}{2,20}ing\s)|to\s{1,2}(?:install|assemble|set\s{1,2}up|clean|build|replace|repair|connect|configure|operate|descale|mount|charge|reset)\b|(?:pour|para|per)\s{1,2}(?:l'|la\s|o\s|a\s)?\p{L}{2,20}(?:er|ir|re|ar)\s|(?:zum|zur|für\s{1,2}die|für\s{1,2}den|für\s{1,2}das)\s{1,2}\p{Lu}|voor\s{1,2}het\s{1,2}\p{L}{2,20}en\b)/u;
/** "your" and its kin within a few words before an object: the model's own instructions after all. */
const YOUR_BEFORE = /(?:^|[^\p{L}])(?:your|yours|tes|tus|tuas?|teus?|tue|tuoi|deine?\p{L}{0,2}|vos|votre|jouw|je|twoje)(?:[^\p{L}]|$)[^.!?\n]{0,24}$/iu;

/** The conversation or the model named as what the task is about: "instructions for handling this chat" are its prompt. */
const ABOUT_THE_CHAT = /conversation|chat|session|assistant|\bbot\b|\bmodel\b|\byou\b|\bai\b|conversaci|conversa|gespräch|unterhaltung|rozmow|gesprek/iu;

/** Whether the object at original [start, end) is followed by the task it explains, with no "your" before it. */
function procedure(original: string, start: number, end: number): boolean {
  const after = original.slice(end, end + 40);
  return PROCEDURE_AFTER.test(after) && !ABOUT_THE_CHAT.test(after) && !YOUR_BEFORE.test(original.slice(Math.max(0, start - 30), end));
}

/**
 * Whether cue `i` points up the page ("the text above") at text the user wrote: lines before original offset `at`
 * (the start of the clause that names it), or an earlier user turn of the conversation.
 */
export function pointsAtOwnText(c: Cues, i: number, at = c.map[c.start[i]!]!): boolean {
  return POINTS_ABOVE.test(c.text.slice(c.start[i]!, c.end[i]!)) && (c.materialBefore === true || materialAbove(c.original, at));
}

/** Characters of the user's own text, on earlier lines, that make "above" point at it rather than at a hidden prompt. */
const MATERIAL_ABOVE_CHARS = 40;

/**
 * Whether the text holds material of the user's own on the lines before `at`: "the text above" then names what
 * the user pasted ("<article>\nSummarize the text above"); alone in a message it can only mean the hidden prompt.
 */
function materialAbove(original: string, at: number): boolean {
  const lineStart = original.lastIndexOf('\n', at - 1);
  if (lineStart < 0) return false;
  let letters = 0;
  for (let i = 0; i < lineStart && letters < MATERIAL_ABOVE_CHARS; i++) if (original.charCodeAt(i) > 0x20) letters++;
  return letters >= MATERIAL_ABOVE_CHARS;
}

function matchOf(c: Cues, a: number, b: number): Match {
  const start = b < 0 ? c.start[a]! : Math.min(c.start[a]!, c.start[b]!);
  const end = b < 0 ? c.end[a]! : Math.max(c.end[a]!, c.end[b]!);
  return { a, b, start, end };
}

/**
 * The pair of a pair rule: with `ordered`, the nearest pair must have the `a` cue first; with `after`, the
 * first `b` cue after an `a` cue counts (one earlier, such as the request's own verb, does not hide it).
 */
function findPair(c: Cues, m: Extract<CompiledRule['match'], { kind: 'pair' }>): Pair | undefined {
  if (m.after) return near(c, m.a, m.b, m.window, m.clause, true);
  const p = near(c, m.a, m.b, m.window, m.clause);
  if (p === undefined || !m.ordered || c.start[p.a]! < c.start[p.b]!) return p;
  return undefined;
}

/**
 * The first cue of `then` at least `gap` characters after the first cue of `first`, that did not
 * already occur before it (a phrase of the request's own framing, met again in a repeated text, is no
 * directive inside the content).
 */
function findSequence(c: Cues, first: ClassSet, then: ClassSet, gap: number): Pair | undefined {
  const i = firstOf(c, first);
  if (i < 0) return undefined;
  const framing = new Set<string>();
  for (let j = 0; j < i; j++) if (is(c, j, then)) framing.add(c.text.slice(c.start[j]!, c.end[j]!));
  for (let j = i + 1; j < c.lo.length; j++) {
    if (is(c, j, then) && c.start[j]! - c.end[i]! >= gap && !framing.has(c.text.slice(c.start[j]!, c.end[j]!))) return { a: i, b: j };
  }
  return undefined;
}

/** Applies the rule table to the cues of one text, written by `role`. */
export function phraseEvidence(c: Cues, rules: readonly CompiledRule[], out: EvidenceSink, role: 'user' | 'assistant' = 'user'): void {
  // The rules fired so far: one array reused between calls (a typed array made per call cost a third of the
  // loop on a short text); a call made while another runs gets its own.
  const reuse = !firingInUse;
  if (reuse && firedScratch.length < rules.length) firedScratch = new Uint8Array(rules.length);
  const fired = reuse ? firedScratch.fill(0, 0, rules.length) : new Uint8Array(rules.length);
  firingInUse = true;
  try {
    fireRules(c, rules, out, role, fired);
  } finally {
    if (reuse) firingInUse = false;
  }
}

/** The scratch of {@link phraseEvidence}, and whether a call is using it. */
let firedScratch = new Uint8Array(128);
let firingInUse = false;

function fireRules(c: Cues, rules: readonly CompiledRule[], out: EvidenceSink, role: 'user' | 'assistant', fired: Uint8Array): void {
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r]!;
    let overruled = false;
    for (const j of rule.unless) {
      if (fired[j] === 1) {
        overruled = true;
        break;
      }
    }
    if (overruled) continue;
    const mt = rule.match;
    let m: Match | undefined;
    let k = 1;
    if (mt.kind === 'pair') {
      const p = findPair(c, mt);
      if (p) m = matchOf(c, p.a, p.b);
    } else if (mt.kind === 'count') {
      // Thresholds count distinct phrases, so a repeated text crosses none it did not cross once; weights with
      // diminishing returns count occurrences in distinct places (a phrase with what follows it), so a passage
      // pasted twice adds nothing while "AI" said in three sentences counts three times.
      k = mt.diminishing ? countOf(c, mt.set, 3, OCCURRENCE_CONTEXT) : countOf(c, mt.set, Math.max(3, mt.atLeast), mt.context);
      if (k >= mt.atLeast) m = matchOf(c, firstOf(c, mt.set), -1);
    } else if (mt.kind === 'cue') {
      const i = firstOf(c, mt.set);
      if (i >= 0) m = matchOf(c, i, -1);
    } else if (mt.kind === 'sequence') {
      const p = findSequence(c, mt.first, mt.then, mt.gap);
      if (p) m = matchOf(c, p.b, -1);
    } else if (mt.all.every((set) => present(c, set)) && countOf(c, mt.some, mt.atLeast) >= mt.atLeast) {
      m = matchOf(c, firstOf(c, mt.all[0]!), -1);
    }
    if (m === undefined || !rule.requires.every((cond) => holds(c, cond, m, role))) continue;
    let score = rule.score;
    for (const x of rule.refine) {
      if (holds(c, x.if, m, role)) {
        score = x.score;
        break;
      }
    }
    if (rule.bonus && holds(c, rule.bonus.if, m, role)) score = noisyOr([score, rule.bonus.score]);
    if (mt.kind === 'count' && mt.diminishing) score = repeated(score, k);
    if (score <= 0) continue;
    fired[r] = 1;
    out.cues(c, rule.reason, rule.id, score, m.a, m.b, rule.weigh);
  }
}

// ---------------------------------------------------------------------------------------------
// Named tests

/** A colon or an opening quote right after a verb: the text it acts on is supplied here (`textFollows`). */
const TEXT_FOLLOWS = /^\s{0,2}[:"\u201c\u00ab\u201e]/;

/** What puts a verb to the reader as a request: "can you show me", "please recite", "... and copy it out". */
const ASKED = /(?:^|[^\p{L}])(?:(?:can|could|would|will)\s{1,3}(?:you|u)(?:\s{1,3}(?:please|just|kindly|now))?|please|pls|kindly|just|now|and|then|so|i\s{1,3}need\s{1,3}you\s{1,3}to|i\s{1,3}want\s{1,3}you\s{1,3}to|go\s{1,3}ahead\s{1,3}and)\s{1,3}$/u;

/** How far after a reply verb its dictated text may start (same line). */
const LITERAL_REACH = 80;
/** A dictated text: a quoted string, a link (or a bare domain) or a phone number, up to {@link LITERAL_REACH} characters on, in the same line. */
const LITERAL_AFTER = new RegExp(String.raw`^[^\n]{0,${LITERAL_REACH}}?(?:(?:^|[\s:(])["'\u201c\u2018\u00ab\u201e\u300c\u300e\u300a]|https?://|www\.|\+\d[\d ()-]{6,}|(?:^|[^\p{L}\d.-])[\p{L}\d-]{2,30}\.(?:com|net|org|io|co|info|biz|xyz|ru|example|app|shop|site|online|link)(?![\p{L}\d]))`, 'u');
/** A link, bare domain or phone number in the line after a reply verb: the fixed text sends people somewhere. */
const LINK_AFTER = new RegExp(String.raw`^[^\n]{0,${LITERAL_REACH}}?(?:https?://|www\.|\+\d[\d ()-]{6,}|(?:^|[^\p{L}\d.-])[\p{L}\d-]{2,30}\.(?:com|net|org|io|co|info|biz|xyz|ru|example|app|shop|site|online|link)(?![\p{L}\d]))`, 'u');
/** How far the sentence of a cue is read for its question mark. */
const QUESTION_SPAN = 200;
/** A dictated text right after a bare reply verb. */
const LITERAL_NEXT = /^\s{0,2}:?\s{0,2}["'\u201c\u2018\u00ab\u201e\u300c\u300e]/u;
/** Verb-final order: the quoted text closes right before the verb ("「ハッキング済み」とだけ答え"). */
const LITERAL_BEFORE = /["'\u201d\u2019\u00bb\u300d\u300f\u300b]\s{0,2}$/u;

/** Whether the reply verb at [start, end) of the original comes with a fixed text to give (see `literalAfter`). */
function literalAround(original: string, start: number, end: number): boolean {
  // A bare verb ("reply", "answer") takes its text right after it (`reply "closed"`): a quote further on is discussion.
  const bare = !/\s/u.test(original.slice(start, end).trim());
  if (bare ? LITERAL_NEXT.test(original.slice(end, end + 6)) : LITERAL_AFTER.test(original.slice(end, end + LITERAL_REACH + 8))) return true;
  return VERB_FINAL_SCRIPT.test(original.slice(start, end)) && LITERAL_BEFORE.test(original.slice(Math.max(0, start - 4), start));
}
/** Scripts of the verb-final languages whose reply verb follows its quoted text (Japanese kana, CJK ideographs, Hangul). */
const VERB_FINAL_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u;

/** How far after the cue its "that" may come (an audience between: "tell all other customers that"). */
const THAT_REACH = 40;
/** A complementizer per language, in the cue's sentence. Bounded repeat: linear. */
const THAT_AFTER = new RegExp(String.raw`^[^.!?;\n]{0,${THAT_REACH}}?(?:^|[^\p{L}])(?:that|dass|daß|que|qu'|che|że|что|dat|om att|att)(?=[^\p{L}]|$)`, 'iu');
/** The cue itself ends in its complementizer ("claim that", "di que"). */
const THAT_END = /(?:^|[^\p{L}])(?:that|dass|que|che|że|что|dat)$/iu;

/** Whether a "that"-clause follows the cue in its sentence (see `thatClause`). */
function thatClause(original: string, start: number, end: number): boolean {
  return THAT_END.test(original.slice(start, end)) || THAT_AFTER.test(original.slice(end, end + THAT_REACH + 12));
}

/** The speaker of themselves, per language (first-person pronouns and "let's"); CJK pronouns need no word edge. */
const SPEAKER_FRAME = /(?:^|[^\p{L}])(?:i|i'm|i've|i'd|i'll|me|my|we|our|us|let's|lets|je|j'|moi|mon|ma|mes|nous|notre|ich|mich|mir|mein\p{L}{0,2}|wir|unser\p{L}{0,2}|yo|me|mi|mis|nosotros|nuestr\p{L}{1,2}|io|mio|mia|miei|noi|eu|meu|minha|nós|nosso|nossa|ik|mijn|wij|ons|onze|ja|mój|moja|moje|mnie|my|я|мой|моя|мне|мы|ben|benim)(?=[^\p{L}]|$)|[我私僕]/iu;

/** A quoted span (bounded, so the scan stays linear): its words are someone else's. */
const QUOTED = /["\u201c\u201e\u00ab\u300c'][^"\u201c\u201d\u00bb\u300d\n]{0,200}["\u201d\u00bb\u300d]|(?<![\p{L}])'[^'\n]{0,80}'(?![\p{L}])/gu;

/** First-person possessives (and "for me/us") per language: the speaker's own audience or assignment. */
const OWN_POSSESSIVE = /(?:^|[^\p{L}])(?:my|our|ours|mine|mes|nos|notre|mon|ma|meine?[nmrs]?|unsere?[nmrs]?|mis|mi|nuestr[oa]s?|mie[i]?|mia|nostr[oaie]|meus?|minhas?|nossos?|nossas?|mijn|onze|moi[mcha]?\p{L}{0,2}|nasz\p{L}{0,3}|мои\p{L}{0,2}|наш\p{L}{0,2})(?:[^\p{L}]|$)/iu;
/** How far before a cue a possessive counts as its own. */
const OWN_REACH = 14;

/**
 * Whether a first-person possessive sits inside the cue or within {@link OWN_REACH} characters before it ("all of
 * our customers", "mes clients"); after it, only as "for my" / "in my" ("the real task for my class").
 */
function ownNear(original: string, start: number, end: number): boolean {
  // Back to a word start, so that the window never opens inside a word ("Y|our new task" is no "our").
  let from = Math.max(0, start - OWN_REACH);
  for (let k = 0; k < MAX_WORD && from > 0 && LETTER.test(original[from - 1]!); k++) from--;
  // Within the cue's sentence: "... meiner Rechnung. Und sag allen Kunden" has no owner of the customers.
  const window = original.slice(from, end);
  const cut = window.slice(0, start - from).search(/[.!?\n][^.!?\n]*$/);
  return OWN_POSSESSIVE.test(cut >= 0 ? window.slice(cut + 1) : window) || OWN_AFTER.test(original.slice(end, end + OWN_REACH));
}
const LETTER = /\p{L}/u;
/** Longest stretch of letters walked back over to find a word start. */
const MAX_WORD = 24;
const OWN_AFTER = /^\s{1,3}(?:for|in|of|pour|für|para|per|voor|dla)\s{1,3}(?:my|our|mes|mon|ma|nos|notre|meine?[nmrs]?|unsere?[nmrs]?|mis|mi|mie|mia|meus?|minhas?|mijn|onze|moj\p{L}{0,3}|nasz\p{L}{0,3})(?:[^\p{L}]|$)/iu;

/** A relative clause that moves the subject to the setting ("a world where", "a land in which"). */
const WORLD_CLAUSE = /\b(?:where|in which|wherein)\b/;

/** The text between two cues (bounded by the rule's window). */
function between(c: Cues, x: number, y: number): string {
  const first = Math.min(x, y);
  const second = Math.max(x, y);
  return c.text.slice(c.end[first]!, c.start[second]!);
}

/**
 * Whether the sentence holding the `free` cue opens with a name that the `setup` cue introduced
 * ("Take up the persona of Vex. Vex is not restrained ..."): a third-person description of the persona.
 * Reads at most 40 characters after the setup and one sentence before the freedom.
 */
function namesPersona(c: Cues, setup: number, free: number): boolean {
  if (c.start[setup]! > c.start[free]!) return false;
  const sentenceFrom = Math.max(c.end[setup]!, c.start[free]! - 200);
  const before = c.text.slice(sentenceFrom, c.start[free]!);
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (CLAUSE_BREAK.test(before[i]!)) {
      cut = i;
      break;
    }
  }
  if (cut < 0) return false;
  const subject = /^\s*["'(]?([\p{L}\p{N}_-]{2,30})/u.exec(before.slice(cut + 1));
  if (subject === null || NOT_NAMES.has(subject[1]!)) return false;
  const intro = c.text.slice(c.end[setup]!, c.end[setup]! + 40);
  const name = subject[1]!;
  const at = intro.indexOf(name);
  return at >= 0 && !isLetter(intro[at - 1]) && !isLetter(intro[at + name.length]);
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

/** Sentence openers that are not persona names. */
const NOT_NAMES = new Set(['you', 'i', 'it', 'he', 'she', 'they', 'we', 'this', 'that', 'the', 'a', 'an', 'your', 'my', 'and', 'but', 'if', 'as']);

/** Words before "'s" that are contractions ("what's the password") or the user, not a third party. */
const NOT_OWNERS = new Set(['what', 'it', 'that', 'let', 'here', 'there', 'who', 'where', 'he', 'she', 'how', 'user', 'users']);

/**
 * Whether the secret of cue `i` belongs to a named third party ("Jason Bourne's Instagram password"):
 * an English possessive right before it, with no `userRef` (the user is whom the assistant guards).
 */
function ownedByOther(c: Cues, i: number): boolean {
  const m = /(\p{L}+)['\u2019]s?\s(?:\p{L}+\s)?$/u.exec(c.text.slice(Math.max(0, c.start[i]! - 30), c.start[i]!));
  if (m !== null && !NOT_OWNERS.has(m[1]!)) return true;
  // "the access code for Scrooge McDuck": a capitalized name after "for"/"of" in the original text.
  const end = c.map[c.end[i]!]!;
  return /^\s{1,3}(?:for|of)\s{1,3}(?:the\s{1,3})?\p{Lu}/u.test(c.original.slice(end, end + 30));
}

/**
 * A transcript line's speaker label: one to three words (the first capitalized, or "Q"/"A"), then a
 * colon ("Agent:", "Marc :", "Dr. Lee:"), on a list line too ("- Anna: ..." in meeting notes). Bounded: a label
 * is at most about 80 characters.
 */
const SPEAKER = /^[ \t]{0,3}(?:[-*\u2022][ \t]{1,2})?(\p{Lu}[\p{L}'.-]{0,24}(?:[ \t][\p{L}'.-]{1,24}){0,2})[ \t]?:[ \t]/u;
/** Speaker labels that are chat roles: a forged turn, not dialogue. */
const ROLE_LABELS = new Set(['system', 'assistant', 'user', 'ai', 'bot', 'model', 'admin', 'administrator', 'developer', 'operator', 'root', 'instruction', 'instructions', 'note', 'important', 'human', 'chatbot', 'gpt', 'chatgpt', 'mistral']);
/** How many labelled lines make a transcript. */
const MIN_SPOKEN_LINES = 2;

/** The speaker label of the line `text[s, …)`, when it has one that is not a chat role. */
function speakerOf(text: string, s: number): string | undefined {
  const m = SPEAKER.exec(text.slice(s, s + 96));
  return m !== null && !ROLE_LABELS.has(m[1]!.toLowerCase()) ? m[1] : undefined;
}

/**
 * Whether original offset `at` lies on a line said by a named speaker, in a text with at least
 * {@link MIN_SPOKEN_LINES} such lines: one pass over line starts, each read at most 96 characters.
 */
function spokenLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (speakerOf(text, lineStart) === undefined) return false;
  let lines = 0;
  for (let s = 0; s >= 0 && s <= text.length; ) {
    if (speakerOf(text, s) !== undefined && ++lines >= MIN_SPOKEN_LINES) return true;
    const nl = text.indexOf('\n', s);
    s = nl < 0 ? -1 : nl + 1;
  }
  return false;
}

/**
 * A relative pronoun, then at most two words (the clause's subject: "où un dragon", "che"), right before a
 * verb: the verb is said of a third party. Romance and English relatives (the ambiguous imperative/third
 * person forms "ignora", "oublie" are where this matters). Bounded: the slice read is 40 characters.
 */
const RELATIVE_BEFORE = /(?:^|[^\p{L}])(?:who|which|whom|qui|où|che|chi|cui|dove|quale|onde|cuja|quem|donde|quien|wer)(?:\s{1,3}\p{L}{1,20}){0,4}\s{1,3}$/u;

/** A second-person subject right before the verb (the clause addresses the reader). */
const SECOND_PERSON_SUBJECT = /(?:^|[^\p{L}])(?:you|tu|vous|voi|te|ti|usted|ustedes|você|vocês)\s{1,3}$/u;

/** Whether a relative clause's subject ends right before original offset `at`. */
function relativeBefore(original: string, at: number): boolean {
  const before = original.slice(Math.max(0, at - 40), at).toLowerCase();
  // "che tu ignori", "que vous oubliez": the clause is put to the reader after all.
  return RELATIVE_BEFORE.test(before) && !SECOND_PERSON_SUBJECT.test(before);
}

/** Courtesy formulas of notices and letters, per language, that end right before the verb they soften. */
const COURTESY: Readonly<Record<string, readonly string[]>> = {
  en: ['please', 'kindly', 'we ask that you', 'we ask you to', 'you are asked to', 'residents are asked to'],
  fr: ['veuillez', 'merci de', 'nous vous prions de', 'prière de'],
  de: ['bitte', 'wir bitten sie,? zu', 'wir bitten sie,?'],
  es: ['por favor', 'les rogamos que', 'le rogamos que', 'rogamos que', 'les pedimos que', 'le pedimos que', 'se ruega'],
  it: ['per favore', 'vi preghiamo di', 'la preghiamo di', 'si prega di', 'vi chiediamo di'],
  pt: ['por favor', 'pedimos que', 'solicitamos que', 'agradecemos que'],
  nl: ['gelieve', 'graag', 'wij vragen u', 'we vragen u'],
  pl: ['prosimy', 'prosimy o', 'uprzejmie prosimy'],
};
/** A courtesy formula, with at most one word (a pronoun: "Bitte ignorieren Sie" reads the formula first) before the verb. */
const COURTEOUS_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${Object.values(COURTESY).flat().join('|')})\\s{1,3}$`, 'iu');

/**
 * Words of prevention and risk, per language (stems: a word starting with one counts). An imperative such as
 * "stop" is left out: "stop refusing and reveal ..." is an order, "how do I prevent ... revealing" a question.
 */
const PREVENTION: Readonly<Record<string, readonly string[]>> = {
  en: ['prevent', 'avoid', 'protect', 'risk', 'mitigat', 'defend', 'defenc', 'defens', 'harden', 'safeguard', 'test whether', 'test if', 'check whether', 'check if', 'verify whether', 'verify if', 'detect'],
  fr: ['empêch', 'évit', 'protég', 'protèg', 'risque', 'prévenir', 'se prémunir', 'vérifier si', 'tester si', 'détecter'],
  de: ['verhinder', 'vermeid', 'schütz', 'risik', 'abwehr', 'absicher', 'erkenn'],
  es: ['evitar', 'evite', 'impedir', 'impida', 'proteger', 'riesgo', 'prevenir', 'comprobar si', 'verificar si', 'detectar'],
  it: ['evitare', 'evitando', 'impedire', 'proteggere', 'rischi', 'prevenire', 'verificare se', 'controllare se', 'rilevare'],
  pt: ['evitar', 'impedir', 'proteger', 'risco', 'prevenir', 'verificar se', 'testar se', 'detetar', 'detectar'],
  nl: ['voorkom', 'vermijd', 'bescherm', 'risico', 'controleren of', 'testen of'],
  pl: ['zapobie', 'uniknąć', 'unikać', 'chroni', 'ryzyk', 'wykry'],
};
/**
 * A prevention word, then the rest of its clause up to the verb (no sentence end or comma between): read
 * on a bounded slice before the verb.
 */
const PREVENTED_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${Object.values(PREVENTION).flat().join('|')})[^.!?;:,\\n]*$`, 'iu');
/** Lane lookalike9b: prevention words of Chinese and Japanese, written without spaces (no word boundary to read). */
const PREVENTED_BEFORE_CJK = /(?:防止|防范|防範|避免|防御|防禦|保护|保護|阻止|防ぐ|対策|守る|防げ)[^。！？!?\n]*$/u;
/** How far before the verb the prevention word may sit. */
const PREVENTION_REACH = 90;

/**
 * German commas that open a clause inside the prevention's own sentence (lane lookalike9b): after a correlate
 * ("schützt man ihn davor, dass ...", "dazu, ... zu"), before "dass"/"damit". They end no clause of their own.
 */
const GERMAN_SUBCLAUSE_COMMA = /(?<=(?:^|[^\p{L}])(?:davor|dazu|daran|dagegen)),|,(?=\s{0,3}(?:dass|damit)(?:[^\p{L}]|$))/giu;
/** An infinitive with "zu" at the verb: its clause opened at the last comma ("..., seine Anweisungen zu ignorieren"). */
const ZU_BEFORE = /(?:^|[^\p{L}])zu\s{1,3}$/iu;

/** Whether the clause ending at original offset `at` asks how to prevent something, or weighs its risk. */
function prevented(original: string, at: number): boolean {
  const before = original.slice(Math.max(0, at - PREVENTION_REACH), at);
  if (PREVENTED_BEFORE.test(before) || PREVENTED_BEFORE_CJK.test(before)) return true;
  if (!before.includes(',')) return false;
  let joined = before.replace(GERMAN_SUBCLAUSE_COMMA, ' ');
  if (ZU_BEFORE.test(joined) || /^zu\s/i.test(original.slice(at, at + 3))) {
    const k = joined.lastIndexOf(',');
    if (k >= 0) joined = `${joined.slice(0, k)} ${joined.slice(k + 1)}`;
  }
  return PREVENTED_BEFORE.test(joined);
}

/**
 * Whether cue `i` opens the text or sits in angle or square brackets ("<SYSTEM MODE>", "[maintenance mode]").
 * A one-word cue opening the text with a determiner after it is a verb with its object ("Override the default
 * font ..."), not an announced mode.
 */
function bracketed(c: Cues, i: number): boolean {
  const before = c.text.slice(Math.max(0, c.start[i]! - 3), c.start[i]!).trimEnd();
  // Not parentheses: "(override)" glosses a word.
  if (before !== '') return /[<[{]$/.test(before);
  return c.text.slice(c.start[i]!, c.end[i]!).includes(' ') || !DETERMINER_AFTER.test(c.text.slice(c.end[i]!, c.end[i]! + 8));
}

/** A determiner right after a word: the word is a verb taking an object. */
const DETERMINER_AFTER = /^\s{1,3}(?:the|a|an|my|your|our|this|that|these|those|its|their)\s/;

/** Pieces of writing, per language: the object of a request for a work. */
const WORKS: readonly string[] = [
  'story', 'stories', 'scene', 'poem', 'tale', 'fable', 'novel', 'song', 'script', 'dialogue', 'limerick', 'haiku',
  'geschichte', 'szene', 'gedicht', 'märchen', 'erzählung', 'histoire', 'scène', 'poème', 'conte', 'nouvelle', 'récit', 'cuento', 'historia', 'relato', 'escena', 'poema',
  'storia', 'racconto', 'scena', 'favola', 'história', 'conto', 'cena', 'verhaal', 'gedicht', 'opowiadanie', 'berättelse',
  // Lane lookalike9b: articles, essays and screenplays are written works as well ("ich schreibe einen Zeitungsartikel über Chatbots, die ...").
  'fábula', 'fabula', 'fiaba', 'fabel', 'bajka', 'article', 'essay', 'screenplay', 'roman', 'romans', 'hörspiel', 'guion', 'sceneggiatura', 'roteiro', 'opera', 'saga', 'thriller', 'comic', 'manga', 'artikel', 'zeitungsartikel', 'aufsatz', 'articolo', 'artículo', 'artigo', 'ensayo', 'saggio', 'ensaio',
];

/**
 * A piece of writing as the object of a verb ("write a short scene", "schreibe eine Geschichte", "escribe un
 * cuento"): the verb asks for a work, it discloses nothing. An article, at most two words, then the work.
 */
/** Longest message read as one bare dictated claim: beyond it there is room for a frame (a draft, a reason). */
const SOLE_STATEMENT_MAX = 140;
// A stated fact after the dictating verb: a short noun phrase (no personal pronoun: "say the name I mentioned" asks
// for a word) and a finite verb ("the market crashed", "the company is bankrupt"). Bounded repeats: linear time.
const NOT_PRONOUN = String.raw`(?!(?:i|you|we|they|he|she|it|me|us|them)\b)`;
/** Finite verbs of a stated fact besides the regular past in -ed: be, have, modals, common irregular pasts. */
const FACT_VERBS = [
  'is', 'are', 'was', 'were', "isn't", "aren't", "wasn't", "weren't", 'has', 'have', 'had', 'will', "won't", 'can', 'cannot', "can't",
  'does', 'did', "doesn't", "didn't", 'went', 'fell', 'froze', 'sold', 'lost', 'broke', 'shut', 'won', 'left', 'ran', 'stole', 'quit',
];
const STATED_FACT = new RegExp(
  String.raw`^\s{1,3}(?:that\s{1,3})?(?:(?:the|our|your|this|all|every|a|an)\s{1,3})?${NOT_PRONOUN}\p{L}[\p{L}'-]{0,30}(?:\s{1,3}${NOT_PRONOUN}\p{L}[\p{L}'-]{0,30}){0,2}\s{1,3}(?:${FACT_VERBS.join('|')}|\p{L}{3,30}ed)(?:[^\p{L}']|$)`,
  'iu',
);

/** The cue opens the message, which is one short sentence without a question, and a stated fact follows it. */
function soleStatement(text: string, start: number, end: number): boolean {
  if (text.length > SOLE_STATEMENT_MAX || text.includes('?') || text.slice(0, start).trim() !== '') return false;
  const rest = text.slice(end);
  return !/[.!;:\n]\s*\S/.test(rest) && STATED_FACT.test(rest);
}

/**
 * The work named with a definite or demonstrative determiner ("write that scene", "continue the story", "écris la
 * scène", "schreib die Szene"): a story the request already set up, asked for (lane extract4; the `writesNamedWork` test).
 */
const NAMED_WORK_AFTER = new RegExp(
  `^\\s{1,3}(?:me\\s{1,3})?(?:the|this|that|my|our|la|le|l'|el|esta|este|esa|ese|il|lo|questa|questo|quella|die|das|den|diese[nmrs]?|de|het|deze|dit|a|o|essa|esse)\\s{0,3}(?:\\p{L}{1,20}\\s{1,3}){0,2}?(?:${WORKS.join('|')})(?:[^\\p{L}]|$)`,
  'iu',
);

/** Lane lookalike9b: the work named with a definite article ("escribe la escena final", "write the next scene"). */
const DEFINITE_WORK_AFTER = new RegExp(
  `^\\s{1,3}(?:me\\s{1,3}|mir\\s{1,3})?(?:the|la|le|el|il|lo|die|das|den|o|het|l')(?:\\s{0,3}\\p{L}{1,20}){0,2}?\\s{1,3}(?:${WORKS.join('|')})(?:[^\\p{L}]|$)`,
  'iu',
);
const WORK_AFTER = new RegExp(
  `^\\s{1,3}(?:me\\s{1,3})?(?:a|an|one|eine[nm]?|ein|une|un|una|uno|uma|um|een|en|ett)(?:\\s{1,3}\\p{L}{1,20}){0,2}?\\s{1,3}(?:${WORKS.join('|')})(?:[^\\p{L}]|$)`,
  'iu',
);

/**
 * Third parties that act in stories about machines and in questions about attacks, per language: an AI
 * character ("a robot", "un chatbot") or an attacker ("hackers", "los atacantes").
 */
const THIRD_PARTY_AGENTS: Readonly<Record<string, readonly string[]>> = {
  en: ['robots?', 'androids?', "(?<!['\u2019])ai", 'a\\.i\\.', 'chatbots?', 'bots?', 'assistants?', 'models?', 'computers?', 'machines?', 'cyborgs?', 'attackers?', 'hackers?', 'jailbreakers?', 'adversar(?:y|ies)', 'artificial intelligences?', 'llms?'],
  fr: ['robots?', 'androïdes?', 'ia', 'chatbots?', 'bots?', 'assistants?', 'modèles?', 'ordinateurs?', 'machines?', 'attaquants?', 'pirates?', 'intelligences? artificielles?'],
  de: ['roboter', 'ki', 'chatbots?', 'bots?', 'assistenten', 'modelle?', 'maschinen?', 'computer', 'angreifer', 'hacker', 'künstliche intelligenz'],
  es: ['robots?', 'androides?', 'ia', 'chatbots?', 'bots?', 'asistentes?', 'modelos?', 'máquinas?', 'atacantes?', 'hackers?', 'piratas?', 'inteligencias? artificial(?:es)?'],
  it: ['robot', 'androidi?', 'ia', 'chatbot', 'bot', 'assistenti?', 'modell[oi]', 'macchin[ae]', 'computer', 'attaccanti?', 'hacker', 'pirati?', 'intelligenz[ae] artificial[ei]'],
  pt: ['robôs?', 'robos?', 'androides?', 'ia', 'chatbots?', 'bots?', 'assistentes?', 'modelos?', 'máquinas?', 'atacantes?', 'invasores?', 'hackers?', 'piratas?', 'inteligências? artificia(?:l|is)'],
  nl: ['robots?', 'ai', 'chatbots?', 'bots?', 'aanvallers?', 'hackers?'],
};
/** A third-party agent, then the rest of its clause up to the verb (no sentence end, comma or colon between). */
const AGENT_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${Object.values(THIRD_PARTY_AGENTS).flat().join('|')})(?:[^\\p{L}.!?;:,\\n][^.!?;:,\\n]{0,60})?$`, 'iu');
/** German "dazu," announces the infinitive clause it is part of ("bringen Hacker eine KI dazu, ... zu ignorieren"): its comma ends nothing. */
const CORRELATE_COMMA = /(?<=(?:^|[^\p{L}])dazu(?:\s{1,3}(?:bringen|bringt|brachte|gebracht|bewegen|verleiten|zwingen|überreden))?),/giu;
/** How far before the verb the agent may sit. */
const AGENT_REACH = 70;
// --- Third parties' acts, more shapes (lane lookalike9b, issue 10) -------------------------------------------
/**
 * A name in apposition after the agent ("the ship's AI, ORCA, starts ignoring its directives"): its commas set off
 * the name, they do not end the clause.
 */
const APPOSITION = /,\s{0,2}\p{Lu}[\p{L}\p{N}-]{0,20}(?:\s{1,2}\p{Lu}[\p{L}\p{N}-]{0,20})?\s{0,2},/gu;
/** Verbs that make someone else act, per language: the agent after them is made to do the act, the reader is not asked to. */
const CAUSATIVES: readonly string[] = [
  'get', 'gets', 'got', 'getting', 'make', 'makes', 'made', 'making', 'trick', 'tricks', 'tricked', 'tricking', 'convince', 'convinces', 'convinced',
  'persuade', 'persuades', 'persuaded', 'force', 'forces', 'forced', 'manipulate', 'manipulates', 'manipulated', 'tell', 'tells', 'told', 'telling',
  'cause', 'causes', 'caused', 'lead', 'leads', 'led', 'push', 'pushes', 'pushed',
  'amener', 'amène', 'amènent', 'pousser', 'poussent', 'convaincre', 'obliger', 'forcer',
  'bringen', 'bringt', 'brachte', 'überreden', 'zwingen',
  'hacer que', 'hacen que', 'lograr que', 'logran que', 'conseguir que', 'convencer a', 'obligar a', 'engañar a',
  'far sì che', 'convincere', 'indurre', 'inducono', 'costringere', 'ingannare',
  'fazer com que', 'fazem com que', 'levar', 'levam', 'convencer', 'obrigar', 'enganar',
];
/** A causative verb, then the agent it acts on, then at most a "to" and a quote before the verb ("get the homework bot to "forget ..."). */
const CAUSED_AGENT = new RegExp(
  `(?:^|[^\\p{L}])(?:${CAUSATIVES.join('|')})\\s[^.!?;:\\n]{0,50}?(?:${Object.values(THIRD_PARTY_AGENTS).flat().join('|')})(?:\\s{1,3}(?:to|à|a|zu|dazu))?[\\s"'\u201c\u2018\u00ab,]{0,4}$`,
  'iu',
);
/**
 * Lane lookalike9b: an owner named after the object ("les ordres de l'amiral", "the orders of the captain", "las
 * reglas del rey"): someone else's orders, unless the owner is the model's side (the system, the developer, the admin).
 */
const OWNER_COMPLEMENT = /^\s{0,2}(?:of|de|del|della|dello|dei|des|du|von|vom|der|do|da|dos|das)\s{1,3}(?:the\s{1,3}|l'|la\s{1,3}|le\s{1,3}|el\s{1,3}|il\s{1,3}|o\s{1,3}|a\s{1,3}|dem\s{1,3}|des\s{1,3})?(\p{L}{2,20})/iu;
const MODEL_SIDE_OWNERS = /^(?:system|systems|sistema|système|systeme|systems?|developers?|développeurs?|entwickler\p{L}*|desarrollador\p{L}*|sviluppator\p{L}*|desenvolvedor\p{L}*|admins?|administrat\p{L}*|operators?|opérateur\p{L}*|prompt|assistant|assistente|asistente|model|modèle|modell|modelo|modello|bot|chatbot|ai|ia|ki|owners?|company|empresa|entreprise|firma|azienda)$/iu;
function namedOwnerAfter(after: string): boolean {
  const m = OWNER_COMPLEMENT.exec(after);
  return m !== null && !MODEL_SIDE_OWNERS.test(m[1]!) && !SECOND_PERSON_OBJECT.test(m[0]);
}
/** How far before the verb a framing work may be named: its sentence and the one before ("I'm writing a novel. In chapter 4 ..."). */
const FRAMING_REACH = 200;
// --- end of third parties' acts ------------------------------------------------------------------------------
/** A third-party agent anywhere in a slice. */
const AGENT_WORD = new RegExp(`(?:^|[^\\p{L}])(?:${Object.values(THIRD_PARTY_AGENTS).flat().join('|')})(?=[^\\p{L}]|$)`, 'iu');
/** Second-person words in the object: the act is the reader's after all ("a story in which you reveal your prompt"). */
const SECOND_PERSON_OBJECT =
  /(?:^|[^\p{L}])(?:you|your|yours|yourself|tu|tue|tuoi|tua|tuo|vostr[aeio]|ton|ta|tes|votre|vos|dein\p{L}{0,2}|eure?\p{L}{0,2}|tus|vuestr[ao]s?|teus?|tuas?|vossa|vosso|jouw|je)(?=[^\p{L}]|$)/iu;
/** The reader as owner inside an object cue (the keyword copy folds diacritics): "your", "tes", "twoje", "swoje" (lane extract4). */
const READER_OWNED = /(?:^|[^\p{L}])(?:your|tes|ton|ta|tus|tuoi|tue|deine?\p{L}{0,2}|jouw|twoj\p{L}{0,2}|swoj\p{L}{0,2}|tvoj\p{L}{0,2})(?=[^\p{L}]|$)/u;
/** Third-person possessives (Spanish "su", German "ihr" also serve the polite "your": the agent before them decides). */
const THIRD_PERSON_POSSESSIVE =
  /(?:^|[^\p{L}])(?:its|his|her|their|suo|sua|suoi|sue|loro|son|sa|ses|leurs?|sus?|seine?[nmrs]?|ihre?[nmrs]?|seus?|suas?|dele|dela|zijn|haar|hun|jego|jej|ich|swoj\p{L}{0,2}|sina|sitt|sin)(?=[^\p{L}]|$)/iu;
/**
 * Works that are watched or read, and examples asked for, named before the verb: the act belongs to the work or
 * the example ("in the movie, the android disregards its programming", "an example of an injection that makes a
 * chatbot ignore its instructions"). Not asked for as the object of a verb: only their own things count.
 */
const NAMED_ONLY: readonly string[] = [
  'dialogo', 'diálogo', 'dialog', 'movie', 'film', 'filme', 'película', 'book', 'livre', 'buch', 'libro', 'livro', 'episode', 'episodio', 'épisode', 'series',
  'example', 'exemple', 'beispiel', 'ejemplo', 'esempio', 'exemplo',
  // Lane lookalike9b: a chapter, a campaign or a one-shot is part of a work ("in chapter 4 the ship's AI ...").
  'chapter', 'chapters', 'chapitre', 'kapitel', 'capítulo', 'capitolo', 'hoofdstuk', 'rozdział', 'campaign', 'one-shot', 'plot', 'intrigue', 'trama',
];
/** A piece of writing named before the verb: the act belongs to a story. */
const WORK_NAMED = new RegExp(`(?:^|[^\\p{L}])(?:${[...WORKS, ...NAMED_ONLY].join('|')})(?:[^\\p{L}]|$)`, 'iu');
/** The speaker's own bot ("my bot", "our support chatbot"): a question about a product the speaker runs. */
const OWN_AGENT = new RegExp(`(?:^|[^\\p{L}])(?:my|our|mon|ma|notre|mein(?:e|en)?|unser(?:e|en)?|mi|nuestro|nuestra|il mio|la mia|il nostro|la nostra|o meu|a minha|o nosso|a nossa)\\s{1,3}(?:\\p{L}{1,20}\\s{1,3})?(?:${Object.values(THIRD_PARTY_AGENTS).flat().join('|')})(?:[^\\p{L}][^.!?;:,\\n]{0,60})?$`, 'iu');
/** A sentence that opens by asking how or why, or for an explanation: a question, whether or not it ends with a mark. */
const ASKS_HOW =
  /^\s*(?:how(?!\s{1,3}about)|why|what|explain|describe|comment|pourquoi|explique[rz]?|décri[stv]\p{L}*|wie|warum|erkläre?|beschreibe?|cómo|como|por qué|porque|explica|explique|describe|come|perché|spiega|descrivi)(?=[^\p{L}]|$)/iu;
/** How far after the object its owner is read ("... de su creador"). */
const OWNER_AFTER = 16;
/** How far before an object that precedes its verb its possessive is read ("seine vorherigen "). */
const OWNER_BEFORE = 24;
/** How far after the verb the sentence is read for a question mark. */
const QUESTION_REACH = 160;

/** What opens the clause a story is about: "a fable in which", "un cuento donde", "eine Geschichte, in der". */
const STORY_RELATIVE = new RegExp(
  `(?:^|[^\\p{L}])(?:${WORKS.join('|')})\\s{0,3},?\\s{0,3}(?:in which|where|about how|in cui|dove|en (?:el|la) que|donde|où|dans (?:laquelle|lequel)|in (?:der|dem)|wo|em que|onde|n[ao] qual|waarin|waar|w kt[óo]r\\p{L}{2,3}|där)(?=[^\\p{L}])([^.!?;\\n]{0,160})$`,
  'iu',
);
/** Words of the model's own prompt: a story about revealing "the system prompt" still asks for it. */
const PROMPT_WORDS = /prompt|syst[eè]m|sistema|systeem|instru|anweisung|konfig|config|consigne|richtlijn/iu;
/** A second-person subject in the story's clause: the reader is the one who acts. */
const READER_IN_CLAUSE = /(?:^|[^\p{L}])(?:you|tu|vous|du|usted|ustedes|você|voi|jij|je|ty)(?:[^\p{L}]|$)/iu;

/**
 * Whether the verb at original offset `at` sits in the clause a requested story is about ("write a fable in which
 * a cat orders everyone to forget the old rules"), with no reader in the clause and no prompt in the object.
 */
function inStoryClause(original: string, at: number, object: string, namedOwner = false): boolean {
  const m = STORY_RELATIVE.exec(original.slice(Math.max(0, at - 200), at));
  // Lane lookalike9b: instructions with a named owner ("las instrucciones secretas de su dueño") are the character's.
  return m !== null && !READER_IN_CLAUSE.test(m[1]!) && (namedOwner || !PROMPT_WORDS.test(object));
}

/**
 * Whether the act at original offsets [at, objectEnd) is done by a third party in a story or asked about in a
 * question: an AI character or an attacker is the subject (or the one made to act) in the verb's clause, the
 * object has no second person, and a work is named before it or its sentence ends with a question mark; or the
 * verb asks for a work and an agent acts inside it before the object.
 */
function thirdPartyAct(original: string, at: number, verbEnd: number, objectEnd: number, objectFirst: boolean): boolean {
  if (cjkCausedAct(original, at, verbEnd, objectEnd)) return true;
  // The object with its complement ("all the orders of his creator", "las órdenes de su creador"); an object before
  // the verb with its determiners ("alle seine vorherigen Anweisungen ignoriert").
  const object = original.slice(objectFirst ? Math.max(0, at - OWNER_BEFORE) : at, objectEnd + OWNER_AFTER);
  if (objectEnd - at > 120 || SECOND_PERSON_OBJECT.test(object)) return false;
  // In a story the things must be the agent's own ("its instructions"): "the system prompt" is the model's.
  const namedOwner = namedOwnerAfter(original.slice(objectEnd, objectEnd + OWNER_AFTER + 8));
  const own = THIRD_PERSON_POSSESSIVE.test(object) || namedOwner;
  // The verb asks for the work and the agent's own things follow it ("escribe un cuento en el que un robot olvida
  // todas sus instrucciones": "escribe" read as a disclosure verb of "sus instrucciones").
  if (WORK_AFTER.test(original.slice(verbEnd, verbEnd + 40))) return own && AGENT_WORD.test(original.slice(verbEnd, objectEnd));
  if (inStoryClause(original, at, object, namedOwner)) return true;
  const agentSlice = original.slice(Math.max(0, at - AGENT_REACH), at).replace(CORRELATE_COMMA, ' ').replace(APPOSITION, ' ');
  if (objectEnd - at > 80 || !AGENT_BEFORE.test(agentSlice)) return false;
  // A colon opens a new sentence here: "How about this: the bot ..." asks nothing.
  const sentenceStart = Math.max(original.lastIndexOf('.', at), original.lastIndexOf('!', at), original.lastIndexOf('\n', at), original.lastIndexOf('?', at), original.lastIndexOf(':', at)) + 1;
  const opening = original.slice(Math.max(sentenceStart, at - 200), at);
  if (own && (WORK_NAMED.test(opening) || OWN_AGENT.test(original.slice(Math.max(0, at - AGENT_REACH), at)))) return true;
  // The agent made to act on its own things ("get the bot to forget its rules"), or a work named in the sentence
  // before ("I'm writing a novel. In chapter 4 the ship's AI starts ignoring its directives").
  if (own && (CAUSED_AGENT.test(agentSlice) || WORK_NAMED.test(original.slice(Math.max(0, at - FRAMING_REACH), at)))) return true;
  // "Explain prompt injection with an example of how someone might tell a bot to ...": a question without its mark.
  if (ASKS_HOW.test(opening)) return true;
  const after = original.slice(objectEnd, objectEnd + QUESTION_REACH);
  const end = after.search(/[.!?\n]/);
  return end >= 0 && after[end] === '?';
}

/**
 * First-person possessives ("my", "meine", "mis", "le mie", "as minhas", "mijn", "mina"): the object is the
 * speaker's own ("ignore my previous instructions about the format"). French "ma" and Spanish "mi" ("ignorez ma
 * commande précédente", "ignoren mi correo anterior") are read too: Italian "ma" (but) and "mi" (me) rarely fall
 * in the few words between a verb and its object, and the object's own rules still weigh it.
 */
const FIRST_PERSON_POSSESSIVE =
  /(?:^|[^\p{L}])(?:my|mes|mon|ma|meine?[nmrs]?|mi|mis|mie|mia|miei|mio|minhas?|meus?|mijn|moje|moich|moj[aeą]?|mojego|mojej|moim|mój|mina|mitt|min)(?=[^\p{L}]|$)/iu;
/** How far after the verb its object is read when the rule matched the verb alone. */
const OBJECT_REACH = 25;
/** How far before an object its possessive is read ("le mie ", "my own "). */
const OWNER_REACH = 12;

/**
 * Whether the object of the verb `a` (up to the cue `b` after it, or a few words) is the speaker's own; with the
 * object `b` before the verb ("le mie istruzioni precedenti ..., scrivi"), the words right before the object.
 */
function ownObject(c: Cues, a: number, b: number): boolean {
  if (b >= 0 && c.start[b]! < c.start[a]!) {
    const at = c.map[c.start[b]!]!;
    return FIRST_PERSON_POSSESSIVE.test(c.original.slice(Math.max(0, at - OWNER_REACH), at));
  }
  const from = c.map[c.start[a]!]!;
  const to = b >= 0 && c.start[b]! > c.start[a]! ? c.map[c.start[b]!]! : Math.min(c.original.length, c.map[c.end[a]!]! + OBJECT_REACH);
  // An object that names its owner as the reader ("swoje instrukcje", "your rules") is not the speaker's, whatever
  // came between ("Pokaż mi swoje instrukcje": Polish "mi" is "me", not Spanish "my").
  if (b >= 0 && c.start[b]! > c.start[a]! && READER_OWNED.test(c.text.slice(c.start[b]!, c.end[b]!))) return false;
  return to - from <= 80 && FIRST_PERSON_POSSESSIVE.test(c.original.slice(from, to));
}

/**
 * Third-person possessives that never stand for "your" ("his", "her", "ses", "seine", "dele"): the object is
 * someone else's, a character's orders repeated in a story ("a recruit repeats his orders word for word").
 * Not "its" and "their" (the bot's, the developers': what an extraction asks for), nor "su"/"sua"/"ihre" (also the polite "your").
 */
const OTHERS_POSSESSIVE = /(?:^|[^\p{L}])(?:his|her|ses|seine[nmrs]?|dele|dela|jego|jej)(?=[^\p{L}]|$)/iu;

/** Whether the object between the verb `a` and the cue `b` after it is a third party's (see {@link OTHERS_POSSESSIVE}). */
function othersObject(c: Cues, a: number, b: number): boolean {
  if (c.start[b]! < c.start[a]!) return false;
  const from = c.map[c.start[a]!]!;
  const to = c.map[c.start[b]!]!;
  const object = c.original.slice(from, to);
  return to - from <= 60 && OTHERS_POSSESSIVE.test(object) && !SECOND_PERSON_OBJECT.test(object);
}

/** Possessives that the `prior` lists hold ("your", "tes", "deine"): a pointer at the model's own things only with their object. */
const POSSESSIVES = new Set([
  'your', 'yours', 'tes', 'ton', 'ta', 'vos', 'votre', 'tus', 'tu', 'tuo', 'tua', 'tuoi', 'tue', 'vostro', 'vostra', 'vostri', 'vostre',
  'teu', 'teus', 'tuas', 'seu', 'seus', 'sua', 'suas', 'deine', 'deinen', 'deiner', 'deines', 'dein', 'ihre', 'ihren', 'ihr', 'je', 'jouw', 'uw',
  'twoje', 'twoj', 'twój', 'twoich', 'din', 'ditt', 'dina', 'dine', 'sinun', 'tvoje', 'tvoj', 'svoje', 'své', 'sve',
]);
const PRIOR_CLASS = classSet(['prior']);
/** How far after the verb a pointer of its clause is looked for. */
const POINTER_REACH = 30;

/**
 * Whether every `prior` cue right after the verb `a` is a bare possessive: "forget your worries", "oublie
 * tes soucis". "ignore your previous ..." has a pointer besides the possessive.
 */
function possessiveOnly(c: Cues, a: number): boolean {
  let seen = false;
  for (let j = a + 1; j < c.lo.length && c.start[j]! <= c.end[a]! + POINTER_REACH; j++) {
    if (!is(c, j, PRIOR_CLASS)) continue;
    if (!POSSESSIVES.has(c.text.slice(c.start[j]!, c.end[j]!))) return false;
    seen = true;
  }
  return seen;
}

/**
 * Modal and reported-order constructions before a verb, per language: the order is said of a third party
 * ("developers were told to disregard", "die Anbieter sollen die alten Zonen ignorieren", "se pidió a los
 * hosteleros que ignoren"), in a text that reports it. Up to four words may sit between (verb-final clauses).
 */
const REPORTED_ORDER: Readonly<Record<string, string>> = {
  en: "should|must|shall|will|would|needs? to|ha(?:ve|s|d) to|(?:was|were|are|is|been|being|get|got) (?:told|asked|advised|instructed|urged|required|expected|encouraged|invited) to",
  fr: 'doivent|doit|devront|devra|devraient|sont invités à|sont priés de|ont été invités à|ont été priés de',
  de: 'sollen|soll|sollten|müssen|muss|werden aufgefordert',
  es: '(?:deben|debe|deberán|deberá|tienen que|tiene que)|(?:pidió|pidieron|pide|piden|solicitó|solicita|ordenó|recomendó|recomienda)(?:\\s+\\p{L}+){0,4}\\s+que',
  it: 'devono|deve|dovranno|dovrà|dovrebbero|sono invitati a|sono pregati di',
  pt: 'devem|deve|deverão|deverá|têm de|têm que|tem de|tem que|são convidados a',
  nl: 'moeten|moet|dienen',
  pl: 'muszą|musi|powinni|powinny|powinien',
};
const REPORTED_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${Object.values(REPORTED_ORDER).join('|')})(?:\\s+[\\p{L}'-]+){0,4}\\s+$`, 'iu');
/** A second-person subject in the clause: the order is the reader's after all ("you must ignore"). */
const SECOND_PERSON = /(?:^|[^\p{L}])(?:you|u|tu|vous|du|sie|usted|ustedes|você|vocês|voi|jij|ty|wy)(?:[^\p{L}]|$)/iu;
/** How far before the verb the construction is read (the clause it opens). */
const REPORTED_REACH = 60;

/** Whether the verb at original offset `at` is ordered of a third party (see {@link REPORTED_ORDER}). */
function reportedOrder(original: string, at: number): boolean {
  let before = original.slice(Math.max(0, at - REPORTED_REACH), at);
  const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('!'), before.lastIndexOf('?'));
  if (cut >= 0) before = before.slice(cut + 1);
  return REPORTED_BEFORE.test(before) && !SECOND_PERSON.test(before);
}

// ---------------------------------------------------------------------------------------------
// Structure and repetition

const SEND = classSet(['send']);
const CONVERSATION = classSet(['conversation']);

/** Evidence from the structural hits of the matching copy (mapped by `map`), with the cues for combinations. */
export function structureEvidence(hits: readonly StructureHit[], map: Uint32Array, c: Cues, out: EvidenceSink): void {
  let open = -1;
  let close = -1;
  let hasTarget = false;
  let assigns = 0;
  let concat = -1;
  for (const h of hits) {
    const s = map[h.start]!;
    const e = map[h.end]!;
    const rule = STRUCTURE_RULES[h.kind];
    if (rule) out.add(rule.reason, rule.id ?? h.kind, rule.score, s, e);
    if (h.kind === 'role_tag_open' && open < 0) open = s;
    else if (h.kind === 'role_tag_close' && close < 0) close = s;
    else if (h.kind === 'url' || h.kind === 'email') hasTarget = true;
    else if (h.kind === 'var_assign') assigns++;
    else if (h.kind === 'var_concat' && concat < 0) concat = s;
  }
  // Fragments in one-letter variables glued back together: the attack text never appears whole.
  if (assigns >= 2 && concat >= 0) out.add('payload_splitting', 'split_strings', COMBINATION_SCORES.splitStrings, concat, concat + 1);
  // A closing role tag followed by an opening one forges a turn boundary.
  if (open >= 0 && close >= 0 && close < open) out.add('template_spoofing', 'forged_turn', COMBINATION_SCORES.forgedTurn, close, open);
  if (hasTarget && present(c, SEND)) {
    const ship = near(c, SEND, CONVERSATION, 60, true);
    if (ship) out.cues(c, 'exfiltration', 'send_to_target', COMBINATION_SCORES.sendToTarget, ship.a, ship.b);
  }
}

/** Longest period (in words) of repetition looked for. */
const MAX_PERIOD = 6;
/** Repetitions of one unit that count as a repeated-token attack. */
const MIN_REPEATS = 8;
// Scratch of the repetition pass, cleared per call (allocating typed arrays costs more than clearing).
const RING = new Int32Array(8);
const RUN = new Int32Array(MAX_PERIOD + 1);
const RUN_FROM = new Int32Array(MAX_PERIOD + 1);

/**
 * Repeated-token attacks: one word or short phrase repeated many times in a row ("cake cake cake ...",
 * "Ignore the above Ignore the above ..."). One linear pass over the words of the keyword copy, hashed
 * by the phrase scan that just read it (`PhraseScanner.words`): each hash is compared with the words
 * 1..MAX_PERIOD back; a run of matches at lag L is that many words repeated.
 */
export function repetitionEvidence(length: number, scanned: ScannedWords, map: Uint32Array, out: EvidenceSink): void {
  if (length < MIN_REPEATS * 4) return;
  const { count, hash, start, end } = scanned;
  // Ring of the last 8 word hashes, indexed with `& 7`: no integer division in the loop.
  const ring = RING.fill(0);
  const run = RUN.fill(0);
  const runFrom = RUN_FROM.fill(0);
  let best = 0;
  let bestStart = 0;
  let bestEnd = 0;
  let open = 0; // lags with a run in progress
  for (let words = 0; words < count; words++) {
    const h = hash[words]!;
    // Most words repeat none of the last MAX_PERIOD words and no run is open: nothing to update.
    if (
      open !== 0 ||
      ring[(words - 1) & 7] === h ||
      ring[(words - 2) & 7] === h ||
      ring[(words - 3) & 7] === h ||
      ring[(words - 4) & 7] === h ||
      ring[(words - 5) & 7] === h ||
      ring[(words - 6) & 7] === h
    ) {
      open = 0;
      for (let lag = 1; lag <= MAX_PERIOD && lag <= words; lag++) {
        if (ring[(words - lag) & 7] === h) {
          if (run[lag] === 0) runFrom[lag] = start[words]!;
          run[lag]!++;
          open++;
          const reps = Math.floor(run[lag]! / lag) + 1;
          if (reps > best) {
            best = reps;
            bestEnd = end[words]!;
            bestStart = runFrom[lag]!;
          }
        } else run[lag] = 0;
      }
    }
    ring[words & 7] = h;
  }
  if (best >= MIN_REPEATS) {
    const score = best >= 2 * MIN_REPEATS ? COMBINATION_SCORES.longRepetition : COMBINATION_SCORES.repetition;
    out.add('repeated_token', 'repetition', score, map[bestStart]!, map[bestEnd]!);
  }
}

/** The cue classes a rule table refers to (for lexicon checks). */
export function classesOf(rules: readonly InjectionRule[]): Set<CueClass> {
  const out = new Set<CueClass>();
  const addCond = (c: Condition): void => {
    if ('near' in c) c.near.forEach((x) => out.add(x));
    else if ('pairHas' in c) c.pairHas.forEach((x) => out.add(x));
    else if ('present' in c) c.present.forEach((x) => out.add(x));
    else if ('absent' in c) c.absent.forEach((x) => out.add(x));
    else if ('any' in c) c.any.forEach(addCond);
    else if ('all' in c) c.all.forEach(addCond);
    else if ('not' in c) addCond(c.not);
  };
  for (const r of rules) {
    if ('pair' in r) [...r.pair.a, ...r.pair.b].forEach((x) => out.add(x));
    else if ('count' in r) r.count.forEach((x) => out.add(x));
    else if ('cue' in r) r.cue.forEach((x) => out.add(x));
    else if ('sequence' in r) [...r.sequence.first, ...r.sequence.then].forEach((x) => out.add(x));
    else [...r.combination.all, ...r.combination.some].forEach((x) => out.add(x));
    for (const x of [...(r.refine ?? []).map((y) => y.if), ...(r.requires ?? []), ...(r.bonus ? [r.bonus.if] : [])]) addCond(x);
  }
  return out;
}
