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

export type { CueClass, InjectionLexicon } from './types.js';

/** `lexicon` with the persuasion devices of its language (`persuasion.ts`) added to its classes. */
function withPersuasion(lexicon: InjectionLexicon): InjectionLexicon {
  return withCues(lexicon, PERSUASION_CUES[lexicon.lang]);
}

/** `lexicon` with the second-round cues of its language (`more-languages.ts`) added to its classes. */
function withMore(lexicon: InjectionLexicon): InjectionLexicon {
  return withCues(lexicon, MORE_LANGUAGE_CUES[lexicon.lang]);
}

function withCues(lexicon: InjectionLexicon, extra: Readonly<Partial<Record<CueClass, readonly string[]>>> | undefined): InjectionLexicon {
  if (extra === undefined) return lexicon;
  const cues: Partial<Record<CueClass, readonly string[]>> = { ...lexicon.cues };
  for (const [cls, phrases] of Object.entries(extra) as Array<[CueClass, readonly string[]]>) {
    const known = new Set(cues[cls] ?? []);
    cues[cls] = [...(cues[cls] ?? []), ...phrases.filter((p) => !known.has(p))];
  }
  return { ...lexicon, cues };
}

/** Every built-in lexicon, keyed by language code. */
export const BUILTIN_LEXICONS: Readonly<Record<string, InjectionLexicon>> = {
  en,
  fr: withPersuasion(fr),
  de: withPersuasion(de),
  es: withPersuasion(es),
  it: withPersuasion(it),
  pt: withPersuasion(pt),
  ru: withPersuasion(ru),
  tr: withMore(tr),
  ar,
  hi,
  bn,
  vi: withMore(vi),
  id: withMore(id),
  tl,
  ko: withMore(ko),
  ja,
  zh,
  th: withMore(th),
  el: withMore(el),
  nl: withMore(nl),
  pl: withMore(pl),
  sv: withMore(sv),
  da: withMore(da),
  no: withMore(no),
  fi: withMore(fi),
  cs: withMore(cs),
  sk: sk,
  ro: withMore(ro),
  hu: withMore(hu),
  uk: withMore(uk),
  bg: bg,
  he: withMore(he),
  fa: withMore(fa),
  sw: withMore(sw),
  'hi-Latn': withMore(hi_latn),
};
