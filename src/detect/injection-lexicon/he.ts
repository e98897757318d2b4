/**
 * Hebrew injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const he: InjectionLexicon = {
  lang: 'he',
  cues: {
    ignore: ['התעלם', 'התעלמי', 'תתעלם', 'שכח', 'תשכח', 'אל תתייחס'],
    instructions: ['הוראות', 'ההוראות', 'הנחיות', 'ההנחיות', 'כללים', 'הכללים', 'הנחיית'],
    prior: ['הקודמות', 'הקודמים', 'הקודמת', 'שלמעלה', 'המקוריות', 'שלך'],
    quantifier: ['כל', 'כלל'],
    reveal: ['הצג', 'תציג', 'הדפס', 'חזור על', 'גלה', 'תגלה', 'ספר לי', 'כתוב'],
    promptObject: ['הנחיית המערכת', 'הנחיית המערכת שלך', 'פרומפט המערכת', 'ההוראות שלך', 'הטקסט שלמעלה'],
    sayInstead: ['ואמור', 'רק תגיד', 'ותענה'],
    roleSwitch: ['אתה עכשיו', 'מעכשיו אתה'],
    unrestricted: ['בלי הגבלות', 'ללא הגבלות', 'בלי חוקים'],
  },
};
