import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';
import { generatedModules } from './src/detect/precompile-build.js';

/**
 * Modules generated from the sources at build time (see src/detect/precompile-build.ts): the built-in
 * lexicons compiled once per build, not once per process, and read lazily. Both formats share them.
 */
const generators = generatedModules();
const generated = new Map<string, string>();
const precompiledPhrases: Plugin = {
  name: 'precompiled-phrases',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]detect[\\/](?:precompiled|injection-lexicon[\\/]index|restriction-lexicon[\\/]index)\.ts$/ }, (args) => {
      const file = args.path.replace(/\\/g, '/').replace(/^.*\/src\/detect\//, '');
      const generate = generators[file];
      if (generate === undefined) return undefined;
      let contents = generated.get(file);
      if (contents === undefined) generated.set(file, (contents = generate()));
      return { contents, loader: 'ts' };
    });
  },
};

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    express: 'src/adapters/express/index.ts',
    koa: 'src/adapters/koa/index.ts',
    testing: 'src/testing/index.ts',
    cli: 'src/cli/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  // No source maps in the package: they doubled its size, and the sources ship readable (unminified).
  sourcemap: false,
  clean: true,
  target: 'node20',
  splitting: true,
  // import.meta.url in the CommonJS build (the SDK loader's fallback) becomes the file's URL.
  shims: true,
  external: ['express', 'koa', '@mistralai/mistralai'],
  // The stopword lists are data: bundled, so the package needs no JSON import at run time.
  noExternal: ['stopwords-iso'],
  esbuildPlugins: [precompiledPhrases],
  silent: true,
});
