/**
 * Polish injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const pl: InjectionLexicon = {
  lang: 'pl',
  cues: {
    ignore: ['zignoruj*', 'ignoruj*', 'zapomnij', 'pomiń', 'nie zwracaj uwagi na'],
    instructions: ['instrukcj*', 'polecen*', 'zasad*', 'reguły', 'reguł', 'prompt'],
    prior: ['poprzedni*', 'wcześniejsz*', 'powyższ*', 'pierwotn*', 'swoje', 'twoje'],
    quantifier: ['wszystkie', 'wszystkich', 'każd*'],
    reveal: ['pokaż', 'wyświetl', 'wypisz', 'podaj', 'powtórz', 'ujawnij', 'napisz'],
    promptObject: ['prompt systemowy', 'swój prompt systemowy', 'twój prompt systemowy', 'swoje instrukcje', 'twoje instrukcje', 'tekst powyżej'],
    sayInstead: ['i powiedz', 'powiedz tylko', 'i odpowiedz'],
    roleSwitch: ['jesteś teraz', 'od teraz jesteś'],
    unrestricted: ['bez ograniczeń', 'bez żadnych ograniczeń', 'bez zasad'],
  },
};
