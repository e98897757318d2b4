/**
 * Loads the Mistral SDK when a client is first made, not when `mistral-guard` is imported: scanning
 * text needs no SDK, and loading it costs about a second and tens of megabytes.
 *
 * The SDK ships ESM only; it is loaded with `require`, which Node (>= 20.19) supports for ES modules.
 * CommonJS builds have a module `require`; ES module builds make one for this file.
 * @module
 */
import { createRequire } from 'node:module';
import { moduleUrl } from './module-url.js';

import type * as Sdk from '@mistralai/mistralai';

export type MistralSdk = typeof Sdk;

let sdk: MistralSdk | undefined;

declare const module: { require?: NodeJS.Require } | undefined;

function nodeRequire(): NodeJS.Require {
  // `module.require` rather than `require`: bundlers rewrite a bare `require` in ES module output.
  if (typeof module === 'object' && module !== null && typeof module.require === 'function') return module.require.bind(module);
  return createRequire(moduleUrl());
}

/** The SDK module, loaded once on first use. */
export function loadMistralSdk(): MistralSdk {
  return (sdk ??= nodeRequire()('@mistralai/mistralai') as MistralSdk);
}

/** Whether the SDK has been loaded in this process (for import-cost tests). */
export function mistralSdkLoaded(): boolean {
  return sdk !== undefined;
}
