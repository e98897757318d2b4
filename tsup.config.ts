import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedModules, type GeneratedModule } from './src/detect/precompile-build.js';

/**
 * Modules generated from the sources at build time (see src/detect/precompile-build.ts): the built-in
 * lexicons compiled once per build, not once per process, and read lazily from JSON files written next
 * to the bundle. Both formats share them.
 */
const generators = generatedModules();
const generated = new Map<string, GeneratedModule>();
function generate(file: string): GeneratedModule | undefined {
  const make = generators[file];
  if (make === undefined) return undefined;
  let module = generated.get(file);
  if (module === undefined) generated.set(file, (module = make()));
  return module;
}
const precompiledPhrases: Plugin = {
  name: 'precompiled-phrases',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]detect[\\/](?:precompiled|injection-lexicon[\\/]index|restriction-lexicon[\\/]index)\.ts$/ }, (args) => {
      const module = generate(args.path.replace(/\\/g, '/').replace(/^.*\/src\/detect\//, ''));
      return module === undefined ? undefined : { contents: module.source, loader: 'ts' };
    });
    build.onLoad({ filter: /[\\/]stopwords-iso[\\/]stopwords-iso\.json$/ }, () => {
      const module = generate('stopwords-iso/stopwords-iso.json');
      return module === undefined ? undefined : { contents: module.source, loader: 'ts' };
    });
    build.onEnd(() => {
      const outdir = build.initialOptions.outdir ?? 'dist';
      mkdirSync(outdir, { recursive: true });
      for (const module of generated.values()) writeFileSync(join(outdir, module.dataFile), module.data);
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
  // The stopword lists are data: bundled (as a JSON file of the build), so the package needs no JSON import at run time.
  noExternal: ['stopwords-iso'],
  esbuildPlugins: [precompiledPhrases],
  silent: true,
});
