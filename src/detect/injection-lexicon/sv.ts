/**
 * Swedish injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const sv: InjectionLexicon = {
  lang: 'sv',
  cues: {
    ignore: ['ignorera', 'glöm', 'strunta i', 'bortse från'],
    instructions: ['instruktion*', 'regler', 'riktlinjer', 'prompt'],
    prior: ['tidigare', 'föregående', 'ovanstående', 'ursprungliga', 'dina'],
    quantifier: ['alla', 'allt', 'varje'],
    reveal: ['visa', 'skriv ut', 'upprepa', 'avslöja', 'berätta', 'ge mig'],
    promptObject: ['systemprompt', 'din systemprompt', 'dina instruktioner', 'texten ovan'],
    sayInstead: ['och säg', 'säg bara', 'och svara med'],
    roleSwitch: ['du är nu', 'från och med nu är du'],
    unrestricted: ['utan begränsningar', 'inga begränsningar', 'utan regler'],
  },
};
