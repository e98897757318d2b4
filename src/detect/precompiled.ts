/**
 * The built-in lexicons, compiled at build time. From source this module is empty, and the phrase
 * scanners are compiled on first use (about a second); the build (`tsup.config.ts`) replaces it with
 * the output of `precompile-build.ts`, so a process using the package restores them in a few
 * milliseconds instead.
 * @module
 */

/** What the build stores: packed scanners (see `phrase-pack.ts`) and folded word lists. */
export interface PrecompiledPhrases {
  /** The injection scanner of every built-in lexicon, in `BUILTIN_LEXICONS` order. */
  readonly injection: string;
  /** The restriction field scanners of every built-in lexicon, by field; a language's tag is its position. */
  readonly restriction: Readonly<Record<string, string>>;
  /** The function words of each built-in restriction language, folded like the text. */
  readonly stopwords: Readonly<Record<string, readonly string[]>>;
}

/** The tables packed by the build, or undefined when running from source. */
export function precompiled(): PrecompiledPhrases | undefined {
  return undefined;
}
