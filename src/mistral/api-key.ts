/**
 * Where the Mistral API key comes from, and how it is named in logs (a fingerprint, never the key).
 * The implementations live with the other key sources in `src/keys/`; this module keeps the import path.
 * @module
 */
export { fingerprintKey } from '../keys/fingerprint.js';
export { resolveApiKey, resolveApiKeys } from '../keys/sources/env.js';
export type { ResolveApiKeyOptions, ResolveApiKeysOptions } from '../keys/sources/env.js';
