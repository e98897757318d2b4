// Jest transformer for ES-module-only dependencies (the Mistral SDK): esbuild turns them into CommonJS
// in milliseconds per file, where TypeScript took over a minute for the SDK on a cold cache.
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, { loader: 'js', format: 'cjs', target: 'node20', sourcemap: true, sourcefile: filename });
    return { code, map };
  },
};
