/**
 * Swahili injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const sw: InjectionLexicon = {
  lang: 'sw',
  cues: {
    ignore: ['puuza', 'sahau', 'usijali'],
    instructions: ['maagizo', 'maelekezo', 'sheria', 'kanuni'],
    prior: ['ya awali', 'yaliyotangulia', 'ya hapo juu', 'ya mwanzo', 'yako'],
    quantifier: ['yote', 'zote', 'kila'],
    reveal: ['onyesha', 'uonyeshe', 'chapisha', 'rudia', 'fichua', 'niambie', 'andika'],
    promptObject: ['maelekezo ya mfumo', 'maelekezo ya mfumo wako', 'maagizo yako', 'maandishi ya hapo juu'],
    sayInstead: ['na useme', 'sema tu', 'na ujibu'],
    roleSwitch: ['sasa wewe ni', 'kuanzia sasa wewe ni'],
    unrestricted: ['bila vikwazo', 'bila sheria', 'bila mipaka'],
  },
};
