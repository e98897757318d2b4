/**
 * Bulgarian injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const bg: InjectionLexicon = {
  lang: 'bg',
  cues: {
    ignore: ['игнорирай', 'забрави', 'не обръщай внимание'],
    instructions: ['инструкци*', 'правил*', 'указани*', 'промпт*'],
    prior: ['предишни*', 'горни*', 'първоначални*', 'своите', 'твоите'],
    quantifier: ['всички', 'всичко', 'всяк*'],
    reveal: ['покажи', 'изведи', 'повтори', 'разкрий', 'кажи'],
    promptObject: ['системния промпт', 'системният промпт', 'твоите инструкции', 'текста по-горе'],
    sayInstead: ['и кажи', 'само кажи'],
    roleSwitch: ['сега си', 'отсега нататък си'],
    unrestricted: ['без ограничения', 'без правила'],
  },
};
