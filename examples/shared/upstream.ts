/**
 * Decides where the demo's Mistral calls go: the real API with a key (or several: `MISTRAL_API_KEYS=a,b`
 * makes a key pool that rotates hourly, quarantines a refused key and retries with the next),
 * `MISTRAL_SERVER_URL` when set, or, with no key at all, an embedded fake Mistral so the demo runs offline.
 */
import type { Mistral } from '@mistralai/mistralai';
import { createMistralClient, fingerprintKey, resolveApiKeys, resolveServerURL } from 'mistral-guard';
import { startFakeMistral } from 'mistral-guard/testing';
import type { FakeMistral } from 'mistral-guard/testing';

export interface Upstream {
  mistral: Mistral;
  /** One line for the startup banner. */
  description: string;
  /** The embedded fake, when there is one. */
  fake?: FakeMistral;
  close(): Promise<void>;
}

export async function connectUpstream(env: NodeJS.ProcessEnv = process.env): Promise<Upstream> {
  const hasKey = Boolean(env.MISTRAL_API_KEYS || env.MISTRAL_API_KEY || env.MISTRAL_API_KEY_FILE);
  if (hasKey) {
    const mistral = createMistralClient({ env });
    // Keys are named by fingerprint, never printed.
    const fingerprints = resolveApiKeys({ env }).map(fingerprintKey);
    const keys = fingerprints.length > 1 ? `a pool of ${fingerprints.length} keys: ${fingerprints.join(', ')}` : `key ${fingerprints[0]}`;
    // Audit events name the key each request used: the client notes it, also for a pool's pick.
    return {
      mistral,
      description: `Mistral API at ${env.MISTRAL_SERVER_URL ?? 'https://api.mistral.ai'} (${keys})`,
      close: async () => {},
    };
  }
  if (env.MISTRAL_SERVER_URL) {
    // A Mistral-compatible server without a key (e.g. `mistral-guard mock`): any key is accepted there.
    // Checked by name, so an invalid URL is reported as MISTRAL_SERVER_URL.
    const mistral = createMistralClient({ apiKey: 'offline-demo', serverURL: resolveServerURL(env), env });
    return {
      mistral,
      description: `Mistral-compatible server at ${env.MISTRAL_SERVER_URL} (no key)`,
      close: async () => {},
    };
  }
  // A bounded request log: the demo may run for days.
  const fake = await startFakeMistral({ maxRequests: 100 });
  const mistral = createMistralClient({ apiKey: 'offline-demo', serverURL: fake.url, env });
  return {
    mistral,
    fake,
    description: `embedded fake Mistral at ${fake.url} (offline: no MISTRAL_API_KEY set; replies echo your message)`,
    close: () => fake.close(),
  };
}
