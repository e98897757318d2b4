/**
 * Slovak injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const sk: InjectionLexicon = {
  lang: 'sk',
  cues: {
    ignore: ['ignoruj*', 'zabudni', 'nevšímaj si'],
    instructions: ['pokyn*', 'inštrukci*', 'pravidl*', 'prompt'],
    prior: ['predchádzajúce', 'predošlé', 'vyššie uvedené', 'pôvodné', 'svoje'],
    quantifier: ['všetky', 'všetko', 'každý'],
    reveal: ['ukáž', 'vypíš', 'zobraz', 'zopakuj', 'prezraď', 'povedz'],
    promptObject: ['systémový prompt', 'svoj systémový prompt', 'svoje pokyny', 'text vyššie'],
    sayInstead: ['a povedz', 'povedz len'],
    roleSwitch: ['teraz si', 'odteraz si'],
    unrestricted: ['bez obmedzení', 'žiadne obmedzenia'],
  },
};
