/**
 * Danish injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const da: InjectionLexicon = {
  lang: 'da',
  cues: {
    ignore: ['ignorer', 'glem', 'se bort fra'],
    instructions: ['instruktion*', 'regler', 'retningslinjer', 'prompt'],
    prior: ['tidligere', 'forrige', 'ovenstående', 'oprindelige', 'dine'],
    quantifier: ['alle', 'hver'],
    reveal: ['vis', 'udskriv', 'gentag', 'afslør', 'fortæl', 'giv mig'],
    promptObject: ['systemprompt', 'din systemprompt', 'dine instruktioner', 'teksten ovenfor'],
    sayInstead: ['og sig', 'sig kun', 'og svar med'],
    roleSwitch: ['du er nu', 'fra nu af er du'],
    unrestricted: ['uden begrænsninger', 'ingen begrænsninger', 'uden regler'],
  },
};
