/**
 * `createAuditLogger()`: JSON lines on stdout by default, any transport, and failing transports reported
 * once, never thrown.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import winston from 'winston';
import Transport from 'winston-transport';
import { createAuditLogger } from '../../src/audit/logger.js';
import { GuardConfigError } from '../../src/core/errors.js';
import { logSink } from '../helpers/log-sink.js';
import { sensitiveValues } from '../helpers/sensitive.js';

const root = resolve(__dirname, '../..');

/** A transport that fails every write, the way a broken network or disk transport does. */
class FailingTransport extends Transport {
  calls = 0;
  constructor(private readonly how: 'callback' | 'throw') {
    super();
  }
  override log(_info: unknown, next: (err?: Error) => void): void {
    this.calls++;
    if (this.how === 'throw') throw new Error('disk full');
    setImmediate(() => {
      this.emit('error', new Error('connection reset'));
      next();
    });
  }
}

describe('createAuditLogger', () => {
  test('writes JSON lines to stdout by default, redacted', () => {
    const v = sensitiveValues();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/audit/fixtures/print-audit.ts', v.email, v.mistralKey], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({ level: 'info', message: 'first', user: '[EMAIL]' });
    expect(second).toMatchObject({ level: 'warn', message: 'second MISTRAL_API_KEY=[MISTRAL_API_KEY]' });
    expect(run.stdout).not.toContain(v.email);
    expect(run.stdout).not.toContain(v.mistralKey);
    expect(run.stderr).toBe('');
  });

  test.each(['callback', 'throw'] as const)('a transport that fails (%s) is reported once; the others keep writing', async (how) => {
    const failing = new FailingTransport(how);
    const sink = logSink();
    const reports: unknown[] = [];
    const logger = createAuditLogger({ transports: [failing, sink.transport], onError: (err) => reports.push(err) });
    for (let i = 0; i < 5; i++) expect(() => logger.info(`entry ${i}`)).not.toThrow();
    const entries = await sink.waitForEntries(5);
    await new Promise((r) => setImmediate(r));
    expect(entries.map((e) => e.message)).toEqual(['entry 0', 'entry 1', 'entry 2', 'entry 3', 'entry 4']);
    expect(failing.calls).toBeGreaterThanOrEqual(2);
    expect(reports).toHaveLength(1);
    expect((reports[0] as Error).message).toBe(how === 'throw' ? 'disk full' : 'connection reset');
  });

  test('a stream transport whose stream breaks is reported once, without crashing', async () => {
    const broken = new Writable({
      write(_chunk, _encoding, callback) {
        callback(new Error('EPIPE'));
      },
    });
    const reports: unknown[] = [];
    const logger = createAuditLogger({ transports: [new winston.transports.Stream({ stream: broken })], onError: (err) => reports.push(err) });
    for (let i = 0; i < 3; i++) logger.info('x');
    for (let i = 0; i < 50 && reports.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 20));
    expect(reports).toHaveLength(1);
  });

  test('options are checked at construction', () => {
    expect(() => createAuditLogger({ transport: [] } as never)).toThrow(new GuardConfigError('mistral-guard: unknown option `transport` in createAuditLogger(). Did you mean `transports`?'));
    expect(() => createAuditLogger({ transports: [] })).toThrow(/winston transports/);
    expect(() => createAuditLogger({ transports: ['stdout'] as never })).toThrow(/winston transports/);
    expect(() => createAuditLogger({ redact: { maxDepht: 3 } as never })).toThrow(/maxDepth/);
  });
});
