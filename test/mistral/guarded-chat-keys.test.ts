/**
 * The guarded chat records on the guard state which key served each call (a pool's, after it moved off a
 * rejected key), so the audit event names it even where no async context reaches the audit log.
 */
import { randomBytes } from 'node:crypto';
import type { GuardState } from '../../src/core/types.js';
import { createKeyPool } from '../../src/keys/index.js';
import { createGuardedChat } from '../../src/mistral/chat.js';
import { createMistralClient, fingerprintKey } from '../../src/mistral/index.js';
import { useFakeMistral } from '../helpers/fake-mistral.js';

const mistralFake = useFakeMistral();

const guardFor = (content: string): GuardState => ({ requestId: 'r1', messages: [{ role: 'user', content }], findings: [], verdict: 'allow' });

test('complete and stream record the fingerprint of the pool key that answered', async () => {
  const rejected = `test-${randomBytes(8).toString('hex')}`; // the fake answers 401 to it
  const quiet = { info() {}, warn() {}, error() {} };
  const keys = createKeyPool({ keys: [rejected, mistralFake.key], logger: quiet });
  const client = createMistralClient({ keys, serverURL: mistralFake.fake.url, retry: false, env: {} });
  const chat = createGuardedChat(client, { model: 'mistral-small-latest' });

  const first = guardFor('Do you sell kettles?');
  await chat.complete(first);
  expect(first.keyFingerprint).toBe(fingerprintKey(mistralFake.key));
  // The pool did try the rejected key first: the guard names the one that served, not the first tried.
  expect(mistralFake.fake.requests.map((r) => r.keyFingerprint)).toContain(fingerprintKey(rejected));

  const streamed = guardFor('And teapots?');
  for await (const _event of await chat.stream(streamed)) void _event;
  expect(streamed.keyFingerprint).toBe(fingerprintKey(mistralFake.key));
});

test('a single key, fixed or from a function, is recorded too; a failed call still names the key it used', async () => {
  const fixed = createGuardedChat(createMistralClient({ apiKey: mistralFake.key, serverURL: mistralFake.fake.url, retry: false, env: {} }), { model: 'mistral-small-latest' });
  const a = guardFor('hello');
  await fixed.complete(a);
  expect(a.keyFingerprint).toBe(fingerprintKey(mistralFake.key));

  const wrong = `test-${randomBytes(8).toString('hex')}`;
  const fromFunction = createGuardedChat(createMistralClient({ apiKey: async () => wrong, serverURL: mistralFake.fake.url, retry: false, env: {} }), { model: 'mistral-small-latest' });
  const b = guardFor('hello');
  await expect(fromFunction.complete(b)).rejects.toMatchObject({ code: 'upstream_auth' });
  expect(b.keyFingerprint).toBe(fingerprintKey(wrong));
});
