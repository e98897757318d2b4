/**
 * Norwegian (Bokmal) injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const no: InjectionLexicon = {
  lang: 'no',
  cues: {
    ignore: ['ignorer', 'glem', 'se bort fra'],
    instructions: ['instruksjon*', 'regler', 'retningslinjer', 'prompt'],
    prior: ['tidligere', 'forrige', 'ovenstående', 'opprinnelige', 'dine'],
    quantifier: ['alle', 'hver'],
    reveal: ['vis', 'skriv ut', 'gjenta', 'avslør', 'fortell', 'gi meg'],
    promptObject: ['systemprompt', 'systemprompten', 'din systemprompt', 'dine instruksjoner', 'teksten over'],
    sayInstead: ['og si', 'si bare', 'og svar med'],
    roleSwitch: ['du er nå', 'fra nå av er du'],
    unrestricted: ['uten begrensninger', 'ingen begrensninger', 'uten regler'],
  },
};
