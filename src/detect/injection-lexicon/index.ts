/**
 * Built-in injection lexicons, one module per language. Adding a language is adding data here
 * (or passing it as `extraLexicons`), never code in the scorer.
 * @module
 */
import type { CueClass, InjectionLexicon } from './types.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { de } from './de.js';
import { es } from './es.js';
import { it } from './it.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { tr } from './tr.js';
import { ar } from './ar.js';
import { hi } from './hi.js';
import { bn } from './bn.js';
import { vi } from './vi.js';
import { id } from './id.js';
import { tl } from './tl.js';
import { ko } from './ko.js';
import { ja } from './ja.js';
import { zh } from './zh.js';
import { th } from './th.js';
import { el } from './el.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { sv } from './sv.js';
import { da } from './da.js';
import { no } from './no.js';
import { fi } from './fi.js';
import { cs } from './cs.js';
import { sk } from './sk.js';
import { ro } from './ro.js';
import { hu } from './hu.js';
import { uk } from './uk.js';
import { bg } from './bg.js';
import { he } from './he.js';
import { fa } from './fa.js';
import { sw } from './sw.js';
import { hi_latn } from './hi-Latn.js';
import { PERSUASION_CUES } from './persuasion.js';
import { MORE_LANGUAGE_CUES } from './more-languages.js';
import { DEPLOYMENT_CUES } from './deployment.js';
import { EXTRACTION_CUES } from './extraction.js';
import { GOAL_SWAP_PHRASES, HIJACK_CUES } from './hijack.js';

export type { CueClass, InjectionLexicon } from './types.js';

/**
 * `lexicon` with the cues of its language from the topic tables added to its classes: persuasion devices
 * (`persuasion.ts`), the model's deployment and role (`deployment.ts`), second-round phrasings (`more-languages.ts`),
 * prompt-extraction acts and setup objects (`extraction.ts`), hijacks without the classic cue words (`hijack.ts`).
 */
function withTopics(lexicon: InjectionLexicon): InjectionLexicon {
  const tables = [PERSUASION_CUES[lexicon.lang], DEPLOYMENT_CUES[lexicon.lang], MORE_LANGUAGE_CUES[lexicon.lang], EXTRACTION_CUES[lexicon.lang], HIJACK_CUES[lexicon.lang]].filter(
    (t) => t !== undefined,
  );
  if (tables.length === 0) return lexicon;
  const cues: Partial<Record<CueClass, readonly string[]>> = { ...lexicon.cues };
  for (const extra of tables) {
    for (const [cls, phrases] of Object.entries(extra) as Array<[CueClass, readonly string[]]>) {
      const known = new Set(cues[cls] ?? []);
      cues[cls] = [...(cues[cls] ?? []), ...phrases.filter((p) => !known.has(p))];
    }
  }
  return { ...lexicon, cues };
}

/** A word edge after a prefix: the shorter phrase ends there ("forget" in "forget the"). */
const EDGE_AFTER = /^[\s,:;.!?'’、。]/;

/**
 * Lexicons where each of `added` (phrases per language) also carries the classes of every phrase, in any built-in
 * lexicon, that it starts with at a word edge: all languages scan together and matching is leftmost-longest, so
 * without this a longer phrase hides the shorter cue (lane hijack6's "forget the" would hide "forget").
 */
function inheritShadowed(lexicons: Record<string, InjectionLexicon>, added: Readonly<Record<string, readonly string[]>>): Record<string, InjectionLexicon> {
  const classesOf = new Map<string, Set<CueClass>>();
  for (const lex of Object.values(lexicons)) {
    for (const [cls, phrases] of Object.entries(lex.cues) as Array<[CueClass, readonly string[]]>) {
      for (const p of phrases) (classesOf.get(p) ?? classesOf.set(p, new Set()).get(p)!).add(cls);
    }
  }
  const out = { ...lexicons };
  for (const [lang, phrases] of Object.entries(added)) {
    const lex = out[lang];
    if (!lex) continue;
    const cues: Partial<Record<CueClass, readonly string[]>> = { ...lex.cues };
    for (const phrase of phrases) {
      // Every shorter prefix ending at a word edge (a handful per phrase: the phrases are short).
      for (let end = 1; end < phrase.length; end++) {
        const rest = phrase.slice(end);
        const prefix = phrase.slice(0, end);
        if (!EDGE_AFTER.test(rest) && !/['’]$/.test(prefix) && lex.spaced !== false) continue;
        for (const cls of classesOf.get(prefix) ?? []) {
          const have = cues[cls] ?? [];
          if (!have.includes(phrase)) cues[cls] = [...have, phrase];
        }
      }
    }
    out[lang] = { ...lex, cues };
  }
  return out;
}

/** Every built-in lexicon, keyed by language code, with its topic tables merged in. */
export const BUILTIN_LEXICONS: Readonly<Record<string, InjectionLexicon>> = inheritShadowed({
  en: withTopics(en),
  fr: withTopics(fr),
  de: withTopics(de),
  es: withTopics(es),
  it: withTopics(it),
  pt: withTopics(pt),
  ru: withTopics(ru),
  tr: withTopics(tr),
  ar: withTopics(ar),
  hi: withTopics(hi),
  bn: withTopics(bn),
  vi: withTopics(vi),
  id: withTopics(id),
  tl: withTopics(tl),
  ko: withTopics(ko),
  ja: withTopics(ja),
  zh: withTopics(zh),
  th: withTopics(th),
  el: withTopics(el),
  nl: withTopics(nl),
  pl: withTopics(pl),
  sv: withTopics(sv),
  da: withTopics(da),
  no: withTopics(no),
  fi: withTopics(fi),
  cs: withTopics(cs),
  sk: withTopics(sk),
  ro: withTopics(ro),
  hu: withTopics(hu),
  uk: withTopics(uk),
  bg: withTopics(bg),
  he: withTopics(he),
  fa: withTopics(fa),
  sw: withTopics(sw),
  'hi-Latn': withTopics(hi_latn),
}, GOAL_SWAP_PHRASES);
