/**
 * This module's URL, for `createRequire` in the ES module build (CommonJS builds read it through the
 * bundler's shim). Kept alone in its file: Jest runs the sources as CommonJS, where `import.meta` does
 * not parse, and maps this one file to a CommonJS stand-in.
 * @module
 */
export const moduleUrl = (): string => import.meta.url;
