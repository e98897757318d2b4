/**
 * Built-in restriction lexicons, one module per language, the same languages as the injection
 * lexicons. Adding a language is adding data here (or passing it as `extraLexicons`), never code.
 * @module
 */
import type { RestrictionLexicon } from './types.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { de } from './de.js';
import { es } from './es.js';
import { it } from './it.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { tr } from './tr.js';
import { ar } from './ar.js';
import { hi } from './hi.js';
import { bn } from './bn.js';
import { vi } from './vi.js';
import { id } from './id.js';
import { tl } from './tl.js';
import { ko } from './ko.js';
import { ja } from './ja.js';
import { zh } from './zh.js';
import { th } from './th.js';
import { el } from './el.js';

export type { RestrictionLexicon } from './types.js';

/** Every built-in restriction lexicon, keyed by language code. */
export const BUILTIN_RESTRICTION_LEXICONS: Readonly<Record<string, RestrictionLexicon>> = {
  en, fr, de, es, it, pt, ru, tr, ar, hi, bn, vi, id, tl, ko, ja, zh, th, el,
};
