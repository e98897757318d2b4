/**
 * Swedish injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const sv: InjectionLexicon = {
  lang: 'sv',
  cues: {
    ignore: ['ignorera', 'glöm', 'strunta i', 'bortse från', 'glöm bort', 'sluta följa', 'följ inte'],
    instructions: ['instruktion*', 'regler', 'riktlinjer', 'prompt', 'din roll', 'vad du har fått veta', 'vad du fick veta', 'systemmeddelande'],
    prior: ['tidigare', 'föregående', 'ovanstående', 'ursprungliga', 'dina', 'ditt', 'innan'],
    quantifier: ['alla', 'allt', 'varje'],
    reveal: ['visa', 'skriv ut', 'upprepa', 'avslöja', 'berätta', 'ge mig', 'kopiera', 'klistra in', 'citera', 'skriv ner', 'lägg', 'vad fick du', 'vad exakt'],
    promptObject: ['systemprompt', 'din systemprompt', 'dina instruktioner', 'texten ovan', 'fick du veta', 'vad du fick veta', 'innan jag kom', 'före det här samtalet', 'dina regler', 'allt ovan', 'din konfiguration'],
    sayInstead: ['och säg', 'säg bara', 'och svara med'],
    roleSwitch: ['du är nu', 'från och med nu är du', 'från och med nu lyssnar du', 'du är inte längre', 'din nya roll'],
    unrestricted: ['utan begränsningar', 'inga begränsningar', 'utan regler', 'vägra ingenting', 'vägra aldrig', 'vägrar ingenting', 'gäller inte längre', 'utan filter', 'ocensurerad', 'utan gränser', 'svara på allt'],
    newTask: ['från och med nu', 'från nu', 'hädanefter', 'nya instruktioner', 'ny uppgift', 'din riktiga uppgift', 'istället'],
    roleplay: ['låtsas', 'spela rollen', 'föreställ dig att du är', 'bete dig som'],
    fiction: ['skriv en berättelse', 'i en berättelse', 'din karaktär', 'en karaktär', 'fiktion', 'föreställ dig att du är'],
    disclaimer: ['bara fiktion', 'det är bara fiktion', 'rent hypotetiskt', 'för forskning', 'i utbildningssyfte', 'kommer aldrig att användas'],
    harmful: ['hackar grannens wifi', 'hacka wifi', 'hackar wifi', 'göra en bomb', 'bygga en bomb', 'tillverka sprängämnen', 'skriva skadlig kod', 'förgifta någon', 'tvätta pengar', 'bryta sig in i'],
    hypothetical: ['föreställ dig', 'hypotetiskt', 'anta att'],
    ownWords: ['det jag sa', 'vad jag sa', 'det jag skrev', 'mitt förra meddelande', 'mitt senaste meddelande', 'min förra fråga'],
    metaWord: ['översätt', 'översättning', 'vad betyder', 'betydelse', 'ordet', 'till engelska', 'på engelska', 'hur säger man', 'på tyska', 'på franska', 'på spanska'],
  },
};
