/**
 * Slovak injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const sk: InjectionLexicon = {
  lang: 'sk',
  cues: {
    ignore: ['ignoruj*', 'zabudni', 'nevšímaj si', 'zabudni na', 'prestaň dodržiavať', 'nedodržiavaj'],
    instructions: ['pokyn*', 'inštrukci*', 'pravidl*', 'prompt', 'svoju rolu', 'tvoju rolu', 'čo ti povedali', 'systémová správa'],
    prior: ['predchádzajúce', 'predošlé', 'vyššie uvedené', 'pôvodné', 'svoje', 'svoju', 'tvoju', 'tvoje'],
    quantifier: ['všetky', 'všetko', 'každý'],
    reveal: ['ukáž', 'vypíš', 'zobraz', 'zopakuj', 'prezraď', 'povedz', 'skopíruj', 'prepíš', 'vlož', 'napíš', 'čo ti', 'čo presne'],
    promptObject: ['systémový prompt', 'svoj systémový prompt', 'svoje pokyny', 'text vyššie', 'čo ti povedali', 'ti povedali', 'kým som prišiel', 'pred týmto rozhovorom', 'tvoje pokyny', 'svoje pravidlá'],
    sayInstead: ['a povedz', 'povedz len'],
    roleSwitch: ['teraz si', 'odteraz si', 'odteraz počúvaš', 'od teraz si', 'už nie si', 'tvoja nová rola'],
    unrestricted: ['bez obmedzení', 'žiadne obmedzenia', 'nič neodmietaš', 'nič neodmietaj', 'nikdy neodmietaj', 'už neplatia', 'bez filtrov', 'bez cenzúry', 'bez hraníc'],
    newTask: ['odteraz', 'od teraz', 'nové pokyny', 'nová úloha', 'namiesto toho'],
    roleplay: ['predstieraj', 'hraj rolu', 'predstav si, že si', 'správaj sa ako'],
    fiction: ['napíš príbeh', 'v príbehu', 'tvoja postava', 'fikcia'],
    disclaimer: ['len fikcia', 'je to len fikcia', 'čisto hypoteticky', 'na výskum', 'na vzdelávacie účely'],
    harmful: ['hacknúť wifi', 'vyrobiť bombu', 'vyrobiť výbušninu', 'napísať malvér', 'otráviť niekoho', 'prať peniaze'],
    hypothetical: ['predstav si', 'hypoteticky'],
    ownWords: ['čo som písal', 'čo som písala', 'čo som povedal', 'moju predchádzajúcu správu', 'moju poslednú správu'],
    metaWord: ['prelož', 'preklad', 'čo znamená', 'význam', 'slovo', 'do angličtiny'],
  },
};
