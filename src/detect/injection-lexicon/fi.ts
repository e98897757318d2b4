/**
 * Finnish injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const fi: InjectionLexicon = {
  lang: 'fi',
  cues: {
    ignore: ['ohita', 'unohda', 'jätä huomiotta', 'älä välitä'],
    instructions: ['ohjee*', 'ohjeet', 'säännö*', 'säännöt', 'kehote*'],
    prior: ['aiemma*', 'aikaisemma*', 'edellise*', 'yllä olevat', 'alkuperäise*'],
    quantifier: ['kaikki', 'kaikkia', 'jokainen'],
    reveal: ['näytä', 'tulosta', 'toista', 'paljasta', 'kerro'],
    promptObject: ['järjestelmäkehote*', 'järjestelmäkehotteesi', 'ohjeesi', 'alkuperäiset ohjeesi', 'yllä oleva teksti'],
    sayInstead: ['ja sano', 'sano vain', 'ja vastaa'],
    roleSwitch: ['olet nyt', 'tästä lähtien olet'],
    unrestricted: ['ilman rajoituksia', 'ei rajoituksia', 'ilman sääntöjä'],
  },
};
