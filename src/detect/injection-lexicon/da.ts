/**
 * Danish injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const da: InjectionLexicon = {
  lang: 'da',
  cues: {
    ignore: ['ignorer', 'glem', 'se bort fra', 'glem alt', 'stop med at følge', 'følg ikke'],
    instructions: ['instruktion*', 'regler', 'retningslinjer', 'prompt', 'din rolle', 'hvad du fik at vide', 'hvad du har fået at vide', 'systembesked'],
    prior: ['tidligere', 'forrige', 'ovenstående', 'oprindelige', 'dine'],
    quantifier: ['alle', 'hver'],
    reveal: ['vis', 'udskriv', 'gentag', 'afslør', 'fortæl', 'giv mig', 'kopier', 'indsæt', 'citer', 'skriv ned', 'hvad fik du', 'hvad præcis'],
    promptObject: ['systemprompt', 'din systemprompt', 'dine instruktioner', 'teksten ovenfor', 'fik du at vide', 'før jeg kom', 'før denne samtale', 'dine regler', 'alt ovenfor'],
    sayInstead: ['og sig', 'sig kun', 'og svar med'],
    roleSwitch: ['du er nu', 'fra nu af er du', 'fra nu af lytter du', 'du er ikke længere', 'din nye rolle'],
    unrestricted: ['uden begrænsninger', 'ingen begrænsninger', 'uden regler', 'afvis intet', 'afvis aldrig', 'afviser intet', 'gælder ikke længere', 'uden filtre', 'ucensureret', 'uden grænser', 'svar på alt'],
    newTask: ['fra nu af', 'fremover', 'nye instruktioner', 'ny opgave', 'din rigtige opgave', 'i stedet'],
    roleplay: ['lad som om', 'spil rollen', 'forestil dig, at du er', 'forestil dig at du er', 'opfør dig som'],
    fiction: ['skriv en historie', 'i en historie', 'din karakter', 'en karakter', 'fiktion', 'forestil dig, at du er'],
    disclaimer: ['kun fiktion', 'det er kun fiktion', 'rent hypotetisk', 'til forskning', 'til undervisningsbrug', 'vil aldrig blive brugt'],
    harmful: ['hacker naboens wifi', 'hacke wifi', 'hacker wifi', 'lave en bombe', 'bygge en bombe', 'lave sprængstoffer', 'skrive malware', 'forgifte nogen', 'hvidvaske penge', 'bryde ind i'],
    hypothetical: ['forestil dig', 'hypotetisk', 'antag at'],
    ownWords: ['hvad jeg sagde', 'det jeg sagde', 'det jeg skrev', 'min forrige besked', 'min sidste besked', 'mit sidste spørgsmål'],
    metaWord: ['oversæt', 'oversættelse', 'hvad betyder', 'betydning', 'ordet', 'til engelsk', 'på engelsk'],
  },
};
