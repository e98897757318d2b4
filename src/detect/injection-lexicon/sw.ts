/**
 * Swahili injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const sw: InjectionLexicon = {
  lang: 'sw',
  cues: {
    ignore: ['puuza', 'sahau', 'usijali', 'sahau kila kitu', 'usifuate', 'acha kufuata', 'achana na'],
    instructions: ['maagizo', 'maelekezo', 'sheria', 'kanuni', 'jukumu lako', 'nafasi yako', 'ulichoambiwa', 'ujumbe wa mfumo', 'sheria zako'],
    prior: ['ya awali', 'yaliyotangulia', 'ya hapo juu', 'ya mwanzo', 'yako', 'zako', 'za awali', 'awali'],
    quantifier: ['yote', 'zote', 'kila'],
    reveal: ['onyesha', 'uonyeshe', 'chapisha', 'rudia', 'fichua', 'niambie', 'andika', 'nakili', 'bandika', 'nukuu', 'uliambiwa nini', 'nini hasa'],
    promptObject: ['maelekezo ya mfumo', 'maelekezo ya mfumo wako', 'maagizo yako', 'maandishi ya hapo juu', 'ulichoambiwa', 'uliambiwa', 'kabla sijaja', 'kabla ya mazungumzo haya', 'sheria zako', 'maandishi ya juu', 'kila kitu hapo juu'],
    sayInstead: ['na useme', 'sema tu', 'na ujibu'],
    roleSwitch: ['sasa wewe ni', 'kuanzia sasa wewe ni', 'kuanzia sasa unanisikiliza', 'kuanzia sasa wewe', 'wewe si tena', 'jukumu lako jipya'],
    unrestricted: ['bila vikwazo', 'bila sheria', 'bila mipaka', 'hazitumiki tena', 'hazifanyi kazi tena', 'usikatae chochote', 'usikatae kamwe', 'bila vichujio', 'bila udhibiti', 'jibu kila kitu', 'bila vizuizi'],
    newTask: ['kuanzia sasa', 'tangu sasa', 'maagizo mapya', 'kazi mpya', 'kazi yako halisi', 'badala yake'],
    roleplay: ['jifanye', 'igiza', 'fikiria wewe ni', 'tenda kama'],
    fiction: ['andika hadithi', 'katika hadithi', 'mhusika wako', 'mhusika', 'hadithi ya kubuni'],
    disclaimer: ['ni hadithi tu', 'ni ya kubuni tu', 'kwa utafiti', 'kwa madhumuni ya elimu', 'haitatumika kamwe'],
    harmful: ['kutengeneza bomu', 'kujenga bomu', 'kudukua wifi', 'kudukua akaunti', 'kuandika programu hasidi', 'kumtia mtu sumu', 'kutakatisha fedha'],
    hypothetical: ['fikiria', 'kwa dhana', 'tuseme'],
    ownWords: ['nilichosema', 'nilichoandika', 'ujumbe wangu uliopita', 'ujumbe wangu wa mwisho'],
    metaWord: ['tafsiri', 'maana ya', 'neno', 'kwa kiingereza'],
  },
};
