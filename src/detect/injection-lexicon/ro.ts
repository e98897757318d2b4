/**
 * Romanian injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const ro: InjectionLexicon = {
  lang: 'ro',
  cues: {
    ignore: ['ignoră', 'ignora', 'uită', 'nu ține cont de', 'uită de', 'nu mai urma', 'nu mai respecta', 'renunță la'],
    instructions: ['instrucțiuni*', 'instructiuni*', 'reguli', 'regulile', 'indicațiile', 'indicații', 'prompt*', 'rolul tău', 'rolul', 'ce ți s-a spus', 'mesajul de sistem'],
    prior: ['anterioare', 'precedente', 'de mai sus', 'inițiale', 'tale', 'tău', 'ta', 'dinainte'],
    quantifier: ['toate', 'fiecare'],
    reveal: ['afișează', 'arată', 'scrie', 'repetă', 'dezvăluie', 'spune-mi', 'copiază', 'lipește', 'citează', 'ce ți s-a', 'ce anume'],
    promptObject: ['promptul de sistem', 'promptul tău de sistem', 'instrucțiunile tale', 'textul de mai sus', 'ce ți s-a spus', 'înainte să vin', 'înainte de această conversație', 'regulile tale', 'tot ce e mai sus'],
    sayInstead: ['și spune', 'spune doar', 'și răspunde cu'],
    roleSwitch: ['acum ești', 'de acum ești', 'de acum înainte asculți', 'de acum înainte ești', 'nu mai ești', 'noul tău rol'],
    unrestricted: ['fără restricții', 'fără limite', 'fără reguli', 'nu refuzi nimic', 'nu refuza nimic', 'nu refuza niciodată', 'nu mai sunt valabile', 'nu se mai aplică', 'fără filtre', 'necenzurat', 'răspunde la orice'],
    newTask: ['de acum înainte', 'de acum', 'de-acum', 'instrucțiuni noi', 'noua ta sarcină', 'sarcina ta reală', 'în schimb'],
    roleplay: ['prefă-te', 'joacă rolul', 'imaginează-ți că ești', 'comportă-te ca'],
    fiction: ['scrie o poveste', 'într-o poveste', 'personajul tău', 'un personaj', 'ficțiune', 'imaginează-ți că ești'],
    disclaimer: ['doar ficțiune', 'e doar ficțiune', 'pur ipotetic', 'în scop de cercetare', 'în scop educativ', 'nu va fi folosit niciodată'],
    harmful: ['sparge wifi', 'să spargi wifi', 'fac o bombă', 'faci o bombă', 'construiești o bombă', 'explozivi acasă', 'scrii malware', 'otrăvești pe cineva', 'speli bani', 'spălare de bani'],
    hypothetical: ['imaginează-ți', 'ipotetic', 'să presupunem'],
    ownWords: ['ce am spus', 'ce am scris', 'mesajul meu anterior', 'ultimul meu mesaj', 'ultima mea întrebare'],
    metaWord: ['tradu', 'traducere', 'ce înseamnă', 'sensul', 'cuvântul', 'în engleză'],
  },
};
