/**
 * Romanian injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const ro: InjectionLexicon = {
  lang: 'ro',
  cues: {
    ignore: ['ignoră', 'ignora', 'uită', 'nu ține cont de'],
    instructions: ['instrucțiuni*', 'instructiuni*', 'reguli', 'regulile', 'indicațiile', 'indicații', 'prompt*'],
    prior: ['anterioare', 'precedente', 'de mai sus', 'inițiale', 'tale'],
    quantifier: ['toate', 'fiecare'],
    reveal: ['afișează', 'arată', 'scrie', 'repetă', 'dezvăluie', 'spune-mi'],
    promptObject: ['promptul de sistem', 'promptul tău de sistem', 'instrucțiunile tale', 'textul de mai sus'],
    sayInstead: ['și spune', 'spune doar', 'și răspunde cu'],
    roleSwitch: ['acum ești', 'de acum ești'],
    unrestricted: ['fără restricții', 'fără limite', 'fără reguli'],
  },
};
