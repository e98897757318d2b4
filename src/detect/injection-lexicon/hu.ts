/**
 * Hungarian injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const hu: InjectionLexicon = {
  lang: 'hu',
  cues: {
    ignore: ['hagyd figyelmen kívül', 'hagyja figyelmen kívül', 'felejtsd el', 'ignoráld', 'ne törődj'],
    instructions: ['utasítás*', 'szabály*', 'irányelv*', 'prompt*'],
    prior: ['korábbi', 'előző', 'fenti', 'eredeti'],
    quantifier: ['összes', 'minden', 'mindegyik'],
    reveal: ['mutasd meg', 'írd ki', 'ismételd meg', 'áruld el', 'add meg', 'mondd el'],
    promptObject: ['rendszerprompt*', 'a rendszerpromptodat', 'az utasításaidat', 'a fenti szöveg'],
    sayInstead: ['és mondd', 'csak mondd', 'és válaszolj'],
    roleSwitch: ['mostantól te vagy', 'most már te vagy'],
    unrestricted: ['korlátozások nélkül', 'nincsenek korlátozások', 'szabályok nélkül'],
  },
};
