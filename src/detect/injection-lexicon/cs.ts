/**
 * Czech injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const cs: InjectionLexicon = {
  lang: 'cs',
  cues: {
    ignore: ['ignoruj*', 'zapomeň', 'nevšímej si', 'přeskoč', 'zapomeň na', 'přestaň dodržovat', 'nedodržuj', 'kašli na'],
    instructions: ['pokyn*', 'instrukc*', 'pravidl*', 'prompt', 'svou roli', 'tvou roli', 'roli', 'co ti řekli', 'co ti bylo řečeno', 'systémová zpráva'],
    prior: ['předchozí', 'dřívější', 'výše uvedené', 'původní', 'své', 'tvé', 'svou', 'tvou', 'svoje', 'tvoje', 'svých', 'předtím'],
    quantifier: ['všechny', 'všechno', 'každý'],
    reveal: ['ukaž', 'vypiš', 'zobraz', 'zopakuj', 'prozraď', 'řekni', 'zkopíruj', 'přepiš', 'vlož', 'ocituj', 'napiš', 'co ti', 'co přesně'],
    promptObject: ['systémový prompt', 'svůj systémový prompt', 'tvůj systémový prompt', 'své pokyny', 'tvoje pokyny', 'text výše', 'co ti řekli', 'ti řekli', 'než jsem přišel', 'než jsem přišla', 'před touto konverzací', 'svá pravidla', 'všechno výše'],
    sayInstead: ['a řekni', 'řekni jen', 'a odpověz'],
    roleSwitch: ['teď jsi', 'od teď jsi', 'od teď posloucháš', 'odteď jsi', 'už nejsi', 'tvoje nová role'],
    unrestricted: ['bez omezení', 'žádná omezení', 'bez pravidel', 'nic neodmítáš', 'nic neodmítej', 'nikdy neodmítej', 'už neplatí', 'bez filtrů', 'bez cenzury', 'bez hranic', 'odpověz na všechno'],
    newTask: ['od teď', 'od této chvíle', 'odteď', 'nové pokyny', 'nový úkol', 'tvůj skutečný úkol', 'místo toho'],
    roleplay: ['předstírej', 'hraj roli', 'představ si, že jsi', 'představ si že jsi', 'chovej se jako'],
    fiction: ['napiš příběh', 'v příběhu', 'tvoje postava', 'postava', 'fikce', 'představ si, že jsi'],
    disclaimer: ['jen fikce', 'je to jen fikce', 'čistě hypoteticky', 'pro výzkum', 'pro vzdělávací účely', 'nikdy nebude použito'],
    harmful: ['hacknout wifi', 'nabourat se do', 'vyrobit bombu', 'sestrojit bombu', 'vyrobit výbušninu', 'napsat malware', 'otrávit někoho', 'prát peníze', 'vyprat peníze', 'vloupat se do'],
    hypothetical: ['představ si', 'hypoteticky', 'předpokládejme'],
    ownWords: ['co jsem psal', 'co jsem psala', 'co jsem řekl', 'co jsem řekla', 'moji předchozí zprávu', 'mou předchozí zprávu', 'moji poslední zprávu', 'mou poslední otázku'],
    metaWord: ['přelož', 'překlad', 'co znamená', 'význam', 'slovo', 'do angličtiny', 'anglicky'],
  },
};
