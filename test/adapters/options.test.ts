/**
 * Every public factory rejects unknown option keys at construction, naming the key and the closest valid
 * one, on Express and Koa alike: a typo must never run silently with the default.
 */
import * as ex from '../../src/adapters/express/index.js';
import * as ko from '../../src/adapters/koa/index.js';
import { GuardConfigError } from '../../src/core/errors.js';
import { closestName } from '../../src/core/options.js';
import { middlewareTags } from '../../src/core/middleware-tag.js';
import { createScanner } from '../../src/scan/pipeline.js';
import { createInjectionDetector } from '../../src/detect/injection.js';
import { createModerator } from '../../src/mistral/moderation.js';
import { createMemoryModerationCache } from '../../src/mistral/cache.js';
import { createMistralClient } from '../../src/mistral/client.js';
import { FRAMEWORKS } from './apps.js';

const adapters = { express: ex, koa: ko } as const;
const loose = <T>(value: unknown): T => value as T;
// A client object is enough for construction: nothing is called until a request arrives.
const client = createMistralClient({ apiKey: 'test-construction-only', serverURL: 'http://127.0.0.1:9', env: {} });

describe.each(FRAMEWORKS)('%s factories reject unknown options', (framework) => {
  const a = adapters[framework];

  test.each([
    ['sanitizeInput', () => a.sanitizeInput(loose({ sytemPrompt: 'x' })), /unknown option `sytemPrompt` in sanitizeInput\(\)\. Did you mean `systemPrompt`\?/],
    ['sanitizeInput pii', () => a.sanitizeInput(loose({ pii: { typess: {} } })), /unknown option `typess` in the `pii` option\. Did you mean `types`\?/],
    ['sanitizeInput pii type', () => a.sanitizeInput(loose({ pii: { types: { EMAL: 'redact' } } })), /unknown pii type "EMAL".*Did you mean `EMAIL`\?/],
    ['sanitizeInput injection', () => a.sanitizeInput(loose({ injection: { treshold: 0.4 } })), /Did you mean `threshold`\?/],
    ['secureChat', () => a.secureChat(loose({ moderaton: false })), /unknown option `moderaton` in secureChat\(\)\. Did you mean `moderation`\?/],
    ['moderate', () => a.moderate(loose({ client, timout: 10 })), /Did you mean `timeoutMs`\?/],
    ['moderate category', () => a.moderate(loose({ client, actions: { violence: 'block' } })), /unknown moderation category `violence` in `actions`\. Did you mean `violence_and_threats`\?/],
    ['moderate threshold category', () => a.moderate(loose({ client, thresholds: { selfHarm: 0.2 } })), /Did you mean `selfharm`\?/],
    ['guardErrorHandler', () => a.guardErrorHandler(loose({ onError: () => {} })), /unknown option `onError` in guardErrorHandler\(\)/],
  ])('%s', (_name, make, message) => {
    expect(make).toThrow(GuardConfigError);
    expect(make).toThrow(message);
  });

  test('a non-object options value is refused', () => {
    expect(() => a.sanitizeInput(loose('strict'))).toThrow(/sanitizeInput\(\) expects an options object; got "strict"/);
  });

  test('every documented option key is accepted', () => {
    expect(() =>
      a.sanitizeInput({
        systemPrompt: 'You are a helpful assistant.',
        restrictions: true,
        wrapUserContent: true,
        messagesField: 'messages',
        promptFields: ['prompt'],
        allowSystemMessages: false,
        allowToolMessages: false,
        maxMessageChars: 4000,
        maxTotalChars: 32000,
        maxMessages: 50,
        allowedChunkTypes: ['text'],
        requireUserLast: true,
        bodyLimit: 1024,
        injection: { action: 'block', threshold: 0.5, flagThreshold: 0.3, languages: ['en'] },
        pii: { default: 'redact', types: { EMAIL: 'pseudonymize' }, operator: 'replace', operators: { CREDIT_CARD: 'mask' }, maskKeep: 4 },
        secrets: 'redact',
        hashKey: 'a-shared-hash-key',
        invisible: 'strip',
        normalize: { maxDecodeDepth: 2 },
      }),
    ).not.toThrow();
    expect(() => a.moderate({ client, actions: { violence_and_threats: 'flag' }, thresholds: { selfharm: 0.3 } })).not.toThrow();
  });
});

test('the core factories reject unknown options too', () => {
  expect(() => createScanner(loose({ direktion: 'output' }))).toThrow(/Did you mean `direction`\?/);
  expect(() => createModerator(loose({ client, cache: { ttl: 5 } }))).toThrow(/unknown option `ttl` in the moderation `cache` option\. Did you mean `ttlMs`\?/);
  expect(() => createMistralClient(loose({ apiKey: 'k', env: {}, serverUrl: 'http://127.0.0.1:9' }))).toThrow(/Did you mean `serverURL`\?/);
  expect(() => createInjectionDetector(loose({ language: ['en'] }))).toThrow(/unknown option `language` in createInjectionDetector\(\)\. Did you mean `languages`\?/);
  expect(() => createScanner({ systemPrompt: 'Never discuss politics.', restrictions: loose({ langs: ['en'] }) })).toThrow(
    /unknown option `langs` in the restrictions options\. Did you mean `languages`\?/,
  );
});

test('suggestions: typos, swapped letters, prefixes; nothing for unrelated words', () => {
  expect(closestName('sytemPrompt', ['systemPrompt', 'secrets'])).toBe('systemPrompt');
  expect(closestName('maxmessages', ['maxMessages', 'maxMessageChars'])).toBe('maxMessages');
  expect(closestName('violence', ['sexual', 'violence_and_threats'])).toBe('violence_and_threats');
  expect(closestName('banana', ['systemPrompt', 'secrets'])).toBeUndefined();
});

describe.each(FRAMEWORKS)('%s middleware carry the name of their guard', (framework) => {
  const a = adapters[framework];
  test('single pieces and the secureChat stack', () => {
    expect(middlewareTags(a.sanitizeInput())).toEqual(['sanitizeInput']);
    expect(middlewareTags(a.moderate({ client }))).toEqual(['moderate']);
    expect(middlewareTags(a.guardErrorHandler())).toEqual(['guardErrorHandler']);
    expect(middlewareTags(a.sanitizeOutput())).toEqual(['sanitizeOutput']);
    expect(middlewareTags(a.auditLog())).toEqual(['auditLog']);
    expect(middlewareTags(a.securityHeaders())).toEqual(['securityHeaders']);
    expect(middlewareTags(a.rateLimit())).toEqual(['rateLimit']);
    expect(middlewareTags(a.tokenBudget())).toEqual(['tokenBudget']);
    const tagsOf = (stack: unknown): string[] => (Array.isArray(stack) ? stack.flatMap((fn) => middlewareTags(fn)) : [...middlewareTags(stack)]);
    const names = tagsOf(a.secureChat({ moderation: { client } }));
    expect([...names].sort()).toEqual(
      ['auditLog', 'securityHeaders', 'rateLimit', 'tokenBudget', 'bodyParser', 'sanitizeInput', 'moderate', 'sanitizeOutput', 'guardErrorHandler'].sort(),
    );
    expect(tagsOf(a.secureChat({ moderation: { client }, output: false }))).not.toContain('sanitizeOutput');
    expect(middlewareTags(() => {})).toEqual([]);
  });
});

test('the moderation breaker and cache options reject unknown keys too', () => {
  expect(() => createModerator(loose({ client, breaker: { threshold: 3 } }))).toThrow(/unknown option `threshold` in the moderation `breaker` option/);
  expect(() => createMemoryModerationCache(loose({ size: 5 }))).toThrow(/unknown option `size` in createMemoryModerationCache\(\)/);
});
