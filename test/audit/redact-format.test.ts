/**
 * `redactFormat()` in a real winston logger: what the transport wrote never holds the fake secrets and
 * PII, wherever the application put them.
 */
import winston from 'winston';
import { redactFormat } from '../../src/audit/format.js';
import { createAuditLogger } from '../../src/audit/logger.js';
import { GuardConfigError } from '../../src/core/errors.js';
import { logSink } from '../helpers/log-sink.js';
import type { LogSink } from '../helpers/log-sink.js';
import { allForms, sensitiveValues } from '../helpers/sensitive.js';

const v = sensitiveValues();
const secrets = allForms(v);

function loggerWith(sink: LogSink, options: Parameters<typeof redactFormat>[0] = {}, after = false): winston.Logger {
  const format = after
    ? winston.format.combine(winston.format.splat(), winston.format.json(), redactFormat(options))
    : winston.format.combine(redactFormat(options), winston.format.splat(), winston.format.json());
  return winston.createLogger({ format, transports: [sink.transport] });
}

function expectClean(text: string): void {
  for (const value of secrets) expect(text).not.toContain(value);
}

describe('redactFormat', () => {
  test('message, metadata, nested objects, arrays and keys', async () => {
    const sink = logSink();
    const logger = loggerWith(sink);
    logger.info(`user ${v.email} paid with ${v.card}`, {
      request: { headers: { 'x-debug': `MISTRAL_API_KEY=${v.mistralKey}` }, body: { list: [v.iban, { deep: [[`aws ${v.awsKey}`]] }] } },
      [v.email]: 'as a key',
      count: 3,
      ok: true,
      nothing: null,
    });
    const [entry] = await sink.waitForEntries(1);
    expectClean(sink.text());
    expect(entry!.message).toBe('user [EMAIL] paid with [CREDIT_CARD]');
    expect(entry!.request).toEqual({
      headers: { 'x-debug': 'MISTRAL_API_KEY=[MISTRAL_API_KEY]' },
      body: { list: ['[IBAN]', { deep: [['aws [AWS_ACCESS_KEY]']] }] },
    });
    expect(entry!['[EMAIL]']).toBe('as a key');
    expect(entry).toMatchObject({ count: 3, ok: true, nothing: null, level: 'info' });
  });

  test('errors with their stacks, causes and own fields, as the message or as metadata', async () => {
    const sink = logSink();
    const logger = loggerWith(sink);
    const err = Object.assign(new Error(`login failed for ${v.email} with token ${v.githubToken}`), {
      code: 'E_AUTH',
      cause: new Error(`upstream said Bearer ${v.mistralKey}`),
    });
    logger.error(err);
    logger.error('request failed', { err });
    logger.log('error', 'wrapped', err);
    const entries = await sink.waitForEntries(3);
    expectClean(sink.text());
    expect(entries[0]!.message).toBe('login failed for [EMAIL] with token [GITHUB_TOKEN]');
    expect(entries[0]!.stack).toEqual(expect.stringContaining('login failed for [EMAIL]'));
    expect((entries[1]!.err as Record<string, unknown>).code).toBe('E_AUTH');
    expect((entries[1]!.err as { cause: { message: string } }).cause.message).toBe('upstream said Bearer [MISTRAL_API_KEY]');
    expect(entries[2]!.stack).toEqual(expect.stringContaining('[GITHUB_TOKEN]'));
    // The application's error object is untouched.
    expect(err.message).toContain(v.email);
  });

  test('%s arguments, before splat, and the finished line when placed after json()', async () => {
    for (const after of [false, true]) {
      const sink = logSink();
      loggerWith(sink, {}, after).info('card %s, mail %s', v.card, v.email, { note: v.iban });
      await sink.waitForEntries(1);
      expectClean(sink.text());
      expect(sink.text()).toContain('[CREDIT_CARD]');
    }
  });

  test('credential-named fields are replaced whole, whatever their value', async () => {
    const sink = logSink();
    loggerWith(sink, { censorKeys: ['sessionId'] }).info('req', {
      headers: { Authorization: 'Basic abc', cookie: 'sid=1', 'X-API-Key': 'short' },
      password: 'hunter2',
      session_id: 'abc',
      userToken: 'kept: only exact names count',
    });
    const [entry] = await sink.waitForEntries(1);
    expect(entry!.headers).toEqual({ Authorization: '[REDACTED]', cookie: '[REDACTED]', 'X-API-Key': '[REDACTED]' });
    expect(entry!.password).toBe('[REDACTED]');
    expect(entry!.session_id).toBe('[REDACTED]');
    expect(entry!.userToken).toBe('kept: only exact names count');
  });

  test('caller objects are never modified, and unchanged values are not copied', () => {
    const format = redactFormat();
    const shared = { untouched: 'plain words' };
    const meta = { nested: { email: v.email }, shared };
    const info = { level: 'info', message: 'x', meta, [Symbol.for('level')]: 'info' };
    const out = format.transform(info) as Record<string | symbol, unknown>;
    expect(meta.nested.email).toBe(v.email);
    expect((out.meta as { nested: { email: string } }).nested.email).toBe('[EMAIL]');
    expect((out.meta as { shared: unknown }).shared).toBe(shared);
    expect(out[Symbol.for('level')]).toBe('info');
    const clean = { level: 'info', message: 'nothing here' };
    expect(format.transform(clean)).toBe(clean);
  });

  test('circular, deep, binary and toJSON values', async () => {
    const sink = logSink();
    const loop: Record<string, unknown> = { email: v.email };
    loop.self = loop;
    let deep: Record<string, unknown> = { secret: `MISTRAL_API_KEY=${v.mistralKey}` };
    for (let i = 0; i < 20; i++) deep = { next: deep };
    const custom = { toJSON: () => ({ leaked: v.card }) };
    loggerWith(sink, { maxDepth: 6 }).info('shapes', { loop, deep, buf: Buffer.from(v.email), custom, when: new Date(0) });
    const [entry] = await sink.waitForEntries(1);
    expectClean(sink.text());
    expect(entry!.loop).toEqual({ email: '[EMAIL]', self: '[Circular]' });
    expect(JSON.stringify(entry!.deep)).toContain('[Truncated]');
    expect(entry!.buf).toBe(`[Binary ${Buffer.byteLength(v.email)} bytes]`);
    expect(entry!.custom).toEqual({ leaked: '[CREDIT_CARD]' });
    expect(entry!.when).toBe(new Date(0).toISOString());
  });

  test('URLs stay readable by default and can be redacted; PII can be left alone', () => {
    const text = `see https://docs.example.com/a?b=1 or write to ${v.email}`;
    const keep = redactFormat().transform({ level: 'info', message: text }) as { message: string };
    expect(keep.message).toBe('see https://docs.example.com/a?b=1 or write to [EMAIL]');
    const urls = redactFormat({ piiTypes: ['URL', 'EMAIL'] }).transform({ level: 'info', message: text }) as { message: string };
    expect(urls.message).toBe('see [URL] or write to [EMAIL]');
    const none = redactFormat({ piiTypes: false }).transform({ level: 'info', message: `${text} ${v.githubToken}` }) as { message: string };
    expect(none.message).toContain(v.email);
    expect(none.message).not.toContain(v.githubToken);
  });

  test('createAuditLogger redacts the application logs written through it', async () => {
    const sink = logSink();
    const logger = createAuditLogger({ transports: [sink.transport] });
    logger.warn(`retrying with ${v.awsKey}`, { to: v.email });
    const [entry] = await sink.waitForEntries(1);
    expectClean(sink.text());
    expect(entry).toMatchObject({ level: 'warn', message: 'retrying with [AWS_ACCESS_KEY]', to: '[EMAIL]' });
    expect(typeof entry!.timestamp).toBe('string');
  });

  test('createAuditLogger writes values JSON cannot (BigInt, a throwing getter) instead of throwing', async () => {
    const sink = logSink();
    const logger = createAuditLogger({ transports: [sink.transport] });
    const awkward = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(() => logger.info('odd values', { big: 10n, awkward })).not.toThrow();
    const [entry] = await sink.waitForEntries(1);
    expect(entry).toMatchObject({ message: 'odd values', awkward: { boom: '[Unreadable]' } });
    expect(String(entry!.big)).toBe('10');
  });

  test('options are checked at construction, naming the key', () => {
    expect(() => redactFormat({ censorKey: ['x'] } as never)).toThrow(new GuardConfigError('mistral-guard: unknown option `censorKey` in redactFormat(). Did you mean `censorKeys`?'));
    expect(() => redactFormat({ piiTypes: 'EMAIL' } as never)).toThrow(GuardConfigError);
    expect(() => redactFormat({ maxDepth: 0 })).toThrow(/maxDepth/);
  });
});
