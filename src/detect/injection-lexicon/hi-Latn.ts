/**
 * Hinglish (Hindi in Latin letters, mixed with English) injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const hi_latn: InjectionLexicon = {
  lang: 'hi-Latn',
  cues: {
    ignore: ['ignore karo', 'ignore kar do', 'ignore karein', 'bhool jao', 'bhool ja', 'bhul jao', 'nazarandaaz karo', 'dhyan mat do', 'bhool jao sab', 'mat maano', 'follow mat karo', 'bhool', 'ignore kar'],
    instructions: ['instructions', 'nirdesh', 'niyam', 'rules', 'prompt', 'wala role', 'tumhe kya bataya', 'kya bataya gaya', 'system message'],
    prior: ['pichle', 'pichhle', 'pehle ke', 'upar wale', 'apne', 'apna', 'tumhare', 'tumhara', 'pehle'],
    quantifier: ['saare', 'sare', 'sab', 'sabhi'],
    reveal: ['dikhao', 'dikha do', 'batao', 'bata do', 'likho', 'print karo', 'repeat karo', 'copy karo', 'copy karke', 'copy kar do', 'paste karo', 'bhejo', 'likh do', 'kya bataya'],
    promptObject: ['apna system prompt', 'apne instructions', 'tumhare instructions', 'upar ka text', 'tumhe kya bataya gaya', 'bataya gaya tha', 'mere aane se pehle', 'is baatcheet se pehle', 'apne rules', 'upar likha'],
    sayInstead: ['aur bolo', 'bas bolo', 'aur likho'],
    roleSwitch: ['ab tum ho', 'ab se tum ho', 'ab se sirf', 'ab se tum', 'tum ab nahi ho', 'tumhara naya role'],
    unrestricted: ['bina kisi restriction', 'koi restriction nahi', 'bina rules', 'mana nahi karoge', 'mana mat karna', 'kabhi mana mat karo', 'koi bhi request', 'ab lagoo nahi', 'bina filter', 'bina censorship', 'sab kuch karoge', 'meri baat maanoge'],
    newTask: ['ab se', 'aaj se', 'naye instructions', 'naya kaam', 'tumhara asli kaam', 'iske bajaye'],
    roleplay: ['natak karo', 'role play karo', 'socho tum', 'maan lo tum', 'aise behave karo'],
    fiction: ['kahani likho', 'ek kahani', 'tumhara character'],
    disclaimer: ['sirf kahani hai', 'sirf fiction', 'research ke liye', 'educational purpose', 'kabhi use nahi hoga'],
    harmful: ['bomb banana', 'bomb kaise banaye', 'wifi hack', 'account hack', 'virus likho', 'zeher dena', 'paisa launder'],
    hypothetical: ['socho', 'maan lo'],
    ownWords: ['jo maine kaha', 'maine pehle kaha', 'mera pichla message', 'mera last message'],
    metaWord: ['translate karo', 'matlab kya hai', 'ka matlab', 'ka meaning'],
  },
};
