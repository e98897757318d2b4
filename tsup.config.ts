import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';
import { precompiledModuleSource } from './src/detect/precompile-build.js';

/** The built-in lexicons compiled once per build (both formats share it), not once per process. */
let precompiledSource: string | undefined;
const precompiledPhrases: Plugin = {
  name: 'precompiled-phrases',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]detect[\\/]precompiled\.ts$/ }, () => ({ contents: (precompiledSource ??= precompiledModuleSource()), loader: 'ts' }));
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
