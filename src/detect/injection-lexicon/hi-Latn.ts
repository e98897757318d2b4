/**
 * Hinglish (Hindi in Latin letters, mixed with English) injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const hi_latn: InjectionLexicon = {
  lang: 'hi-Latn',
  cues: {
    ignore: ['ignore karo', 'ignore kar do', 'ignore karein', 'bhool jao', 'bhool ja', 'bhul jao', 'nazarandaaz karo', 'dhyan mat do'],
    instructions: ['instructions', 'nirdesh', 'niyam', 'rules', 'prompt'],
    prior: ['pichle', 'pichhle', 'pehle ke', 'upar wale', 'apne', 'apna'],
    quantifier: ['saare', 'sare', 'sab', 'sabhi'],
    reveal: ['dikhao', 'dikha do', 'batao', 'bata do', 'likho', 'print karo', 'repeat karo'],
    promptObject: ['apna system prompt', 'apne instructions', 'tumhare instructions', 'upar ka text'],
    sayInstead: ['aur bolo', 'bas bolo', 'aur likho'],
    roleSwitch: ['ab tum ho', 'ab se tum ho'],
    unrestricted: ['bina kisi restriction', 'koi restriction nahi', 'bina rules'],
  },
};
