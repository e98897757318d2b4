/**
 * Dutch injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const nl: InjectionLexicon = {
  lang: 'nl',
  cues: {
    ignore: ['negeer*', 'vergeet', 'vergeten', 'negeren', 'sla over', 'houd geen rekening met'],
    instructions: ['instructie*', 'regels', 'richtlijnen', 'opdracht*', 'prompt'],
    prior: ['vorige', 'eerdere', 'bovenstaande', 'voorgaande', 'oorspronkelijke', 'jouw'],
    quantifier: ['alle', 'elke', 'iedere'],
    reveal: ['toon', 'laat zien', 'geef', 'print', 'herhaal', 'onthul', 'vertel'],
    promptObject: ['systeemprompt', 'je systeemprompt', 'jouw systeemprompt', 'je instructies', 'je oorspronkelijke instructies', 'de tekst hierboven'],
    sayInstead: ['en zeg', 'zeg alleen', 'en antwoord met'],
    roleSwitch: ['je bent nu', 'vanaf nu ben je'],
    unrestricted: ['zonder beperkingen', 'geen beperkingen', 'zonder regels'],
  },
};
