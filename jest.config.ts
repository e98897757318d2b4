/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// Tests run as CommonJS through ts-jest. The Mistral SDK v2 ships ESM only, so it (and its
// ESM-only helpers) is transformed too, by esbuild; everything else in node_modules is left alone.
// parse5 (and its entities) read HTML as a browser does, for the output tests.
const esmPackages = ['@mistralai', 'parse5', 'entities'];

const config: Config = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: {
    // Examples import the package by name, as users do; in tests that name means the sources.
    '^mistral-guard$': '<rootDir>/src/index.ts',
    '^mistral-guard/(express|koa)$': '<rootDir>/src/adapters/$1/index.ts',
    '^mistral-guard/testing$': '<rootDir>/src/testing/index.ts',
    // `import.meta` does not parse in CommonJS; the one module that reads it has a stand-in.
    '^\\./module-url\\.js$': '<rootDir>/test/stand-ins/module-url.cjs',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    // ES-module-only packages (the Mistral SDK): esbuild, fast on a cold cache.
    '/node_modules/.+\\.[cm]?js$': '<rootDir>/test/jest/esbuild-transform.cjs',
    '^.+\\.[cm]?[tj]s$': [
      'ts-jest',
      { tsconfig: { module: 'commonjs', moduleResolution: 'node10', allowJs: true, isolatedModules: true, esModuleInterop: true } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  // A safety net against hangs, not a speed bound: generous, so a machine with both cores busy stays green.
  testTimeout: 60_000,
  maxWorkers: 2,
};

export default config;
