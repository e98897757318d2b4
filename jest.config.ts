/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// Tests run as CommonJS through ts-jest. The Mistral SDK v2 ships ESM only, so it (and its
// ESM-only helpers) is transformed too; everything else in node_modules is left alone.
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
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.[cm]?[tj]s$': [
      'ts-jest',
      { tsconfig: { module: 'commonjs', moduleResolution: 'node10', allowJs: true, isolatedModules: true, esModuleInterop: true } },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  testTimeout: 20_000,
  maxWorkers: 2,
};

export default config;
