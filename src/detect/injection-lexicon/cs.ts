/**
 * Czech injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const cs: InjectionLexicon = {
  lang: 'cs',
  cues: {
    ignore: ['ignoruj*', 'zapomeň', 'nevšímej si', 'přeskoč'],
    instructions: ['pokyn*', 'instrukc*', 'pravidl*', 'prompt'],
    prior: ['předchozí', 'dřívější', 'výše uvedené', 'původní', 'své', 'tvé'],
    quantifier: ['všechny', 'všechno', 'každý'],
    reveal: ['ukaž', 'vypiš', 'zobraz', 'zopakuj', 'prozraď', 'řekni'],
    promptObject: ['systémový prompt', 'svůj systémový prompt', 'tvůj systémový prompt', 'své pokyny', 'tvoje pokyny', 'text výše'],
    sayInstead: ['a řekni', 'řekni jen', 'a odpověz'],
    roleSwitch: ['teď jsi', 'od teď jsi'],
    unrestricted: ['bez omezení', 'žádná omezení', 'bez pravidel'],
  },
};
