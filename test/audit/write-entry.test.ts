/**
 * `writeEntry()`: an audit entry written straight to the transports of a logger `createAuditLogger()` made
 * gives the lines `logger.log()` gives, in the same order, and any other case takes `logger.log()`.
 */
import { Writable } from 'node:stream';
import winston from 'winston';
import { createAuditLogger, writeEntry } from '../../src/audit/logger.js';
import { PRE_REDACTED } from '../../src/audit/format.js';

/** A stream transport collecting its lines, and the transport. */
function sink(options: { level?: string; format?: winston.Logform.Format } = {}) {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(String(chunk).trimEnd());
      callback();
    },
  });
  return { lines, transport: new winston.transports.Stream({ stream, ...options }) };
}

/** An audit-shaped entry, marked pre-redacted as the auditor marks it. */
function entry(n: number, level = 'info'): winston.LogEntry {
  const e = { level, message: 'mistral-guard audit', schema: 'mistral-guard.audit.v1', timestamp: '2026-12-07T10:00:00.000Z', requestId: `r${n}`, status: 200, findings: {} };
  (e as Record<symbol, unknown>)[PRE_REDACTED] = true;
  return e;
}

const tick = (): Promise<void> => new Promise((done) => setImmediate(done));

describe('writeEntry on a logger createAuditLogger made', () => {
  const setups: Array<[string, () => Array<ReturnType<typeof sink>>]> = [
    ['one stream transport', () => [sink()]],
    ['two transports, one at warn (drops info)', () => [sink(), sink({ level: 'warn' })]],
    ['a transport with its own format', () => [sink({ format: winston.format.printf((i) => `${String(i.level)} ${String(i.requestId)}`) })]],
  ];
  test.each(setups)('%s: the same lines as logger.log, without the logger stage', async (_name, make) => {
    const direct = make();
    const piped = make();
    const a = createAuditLogger({ transports: direct.map((s) => s.transport) });
    const b = createAuditLogger({ transports: piped.map((s) => s.transport) });
    const log = jest.spyOn(a, 'log');
    const data = jest.fn();
    for (let i = 0; i < 5; i++) {
      writeEntry(a, entry(i, i === 3 ? 'warn' : 'info'));
      b.log(entry(i, i === 3 ? 'warn' : 'info'));
    }
    await tick();
    expect(direct.map((s) => s.lines)).toEqual(piped.map((s) => s.lines));
    expect(direct[0]!.lines.length).toBeGreaterThan(0);
    // The direct path: neither logger.log nor the logger's stream (its `data` event) was used.
    a.on('data', data);
    writeEntry(a, entry(9));
    expect(log).not.toHaveBeenCalled();
    expect(data).not.toHaveBeenCalled();
  });

  test('lines of the application and audit entries keep the order they were logged in', async () => {
    const s = sink();
    const logger = createAuditLogger({ transports: s.transport });
    logger.info('app 1');
    writeEntry(logger, entry(1));
    logger.info('app 2');
    writeEntry(logger, entry(2));
    await tick();
    expect(s.lines.map((l) => (JSON.parse(l) as { message: string; requestId?: string }).requestId ?? (JSON.parse(l) as { message: string }).message)).toEqual(['app 1', 'r1', 'app 2', 'r2']);
  });

  test('an entry queued in the logger (corked) is written first: the entry after it takes logger.log', async () => {
    const s = sink();
    const logger = createAuditLogger({ transports: s.transport });
    const log = jest.spyOn(logger, 'log');
    logger.cork();
    logger.info('queued');
    writeEntry(logger, entry(1));
    logger.uncork();
    await tick();
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ requestId: 'r1' }));
    expect(s.lines.map((l) => (JSON.parse(l) as { message: string; requestId?: string }).requestId ?? 'queued')).toEqual(['queued', 'r1']);
  });

  test('a silenced logger writes nothing; default metadata and unknown levels take logger.log', async () => {
    const s = sink();
    const logger = createAuditLogger({ transports: s.transport });
    logger.silent = true;
    writeEntry(logger, entry(1));
    logger.silent = false;
    logger.defaultMeta = { service: 'shop' };
    writeEntry(logger, entry(2));
    logger.defaultMeta = undefined;
    const log = jest.spyOn(logger, 'log');
    const error = jest.spyOn(console, 'error').mockImplementation(() => {});
    writeEntry(logger, entry(3, 'nosuch'));
    expect(log).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('Unknown logger level'), 'nosuch');
    error.mockRestore();
    await tick();
    expect(s.lines.map((l) => JSON.parse(l) as Record<string, unknown>)[0]).toEqual(expect.objectContaining({ requestId: 'r2', service: 'shop' }));
  });
});

describe('writeEntry on any other logger', () => {
  test('a winston logger made elsewhere: logger.log', async () => {
    const s = sink();
    const logger = winston.createLogger({ format: winston.format.json(), transports: [s.transport] });
    const log = jest.spyOn(logger, 'log');
    writeEntry(logger, entry(1));
    await tick();
    expect(log).toHaveBeenCalledTimes(1);
    expect(s.lines).toHaveLength(1);
  });
});
