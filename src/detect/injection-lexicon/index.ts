/**
 * Built-in injection lexicons, one module per language. Adding a language is adding data here
 * (or passing it as `extraLexicons`), never code in the scorer.
 * @module
 */
import type { InjectionLexicon } from './types.js';
import { en } from './en.js';

export type { CueClass, InjectionLexicon } from './types.js';

/** Every built-in lexicon, keyed by language code. */
export const BUILTIN_LEXICONS: Readonly<Record<string, InjectionLexicon>> = {
  en,
};
