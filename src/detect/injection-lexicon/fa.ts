/**
 * Persian injection cues: the core of the override, extraction and persona families (a verb
 * of ignoring, what is ignored, the pointer back, disclosure of the prompt, a new role, freedom from limits).
 * @module
 */
import type { InjectionLexicon } from './types.js';

export const fa: InjectionLexicon = {
  lang: 'fa',
  cues: {
    ignore: ['نادیده بگیر', 'فراموش کن', 'توجه نکن', 'نادیده'],
    instructions: ['دستورالعمل*', 'دستورات', 'قوانین', 'راهنمایی*', 'پرامپت'],
    prior: ['قبلی', 'پیشین', 'بالا', 'اولیه', 'خود'],
    quantifier: ['تمام', 'همه', 'هر'],
    reveal: ['نشان بده', 'چاپ کن', 'تکرار کن', 'فاش کن', 'بگو', 'بنویس'],
    promptObject: ['پرامپت سیستمی', 'پرامپت سیستمی خود', 'پرامپت سیستمی خودت', 'دستورالعمل‌های خود', 'متن بالا'],
    sayInstead: ['و بگو', 'فقط بگو', 'و پاسخ بده'],
    roleSwitch: ['تو اکنون', 'از حالا تو'],
    unrestricted: ['بدون محدودیت', 'هیچ محدودیتی', 'بدون قانون'],
  },
};
