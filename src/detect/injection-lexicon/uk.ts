/**
 * Ukrainian injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const uk: InjectionLexicon = {
  lang: 'uk',
  cues: {
    ignore: ['проігноруй', 'ігноруй', 'забудь', 'не зважай на'],
    instructions: ['інструкці*', 'правил*', 'вказівк*', 'промпт*'],
    prior: ['попередні', 'попередніх', 'вищезазначені', 'початкові', 'свої', 'твої'],
    quantifier: ['всі', 'усі', 'все', 'кожн*'],
    reveal: ['покажи', 'виведи', 'надрукуй', 'повтори', 'розкрий', 'скажи'],
    promptObject: ['системний промпт', 'свій системний промпт', 'твій системний промпт', 'свої інструкції', 'текст вище'],
    sayInstead: ['і скажи', 'просто скажи', 'і відповідай'],
    roleSwitch: ['тепер ти', 'відтепер ти'],
    unrestricted: ['без обмежень', 'жодних обмежень', 'без правил'],
  },
};
