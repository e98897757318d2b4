/**
 * What winston actually wrote: a Stream transport into memory, read back as text and JSON lines.
 */
import { PassThrough } from 'node:stream';
import winston from 'winston';

export interface LogSink {
  transport: winston.transport;
  /** Everything written, as the transport wrote it. */
  text(): string;
  /** The written lines, parsed. */
  entries(): Array<Record<string, unknown>>;
  /** Waits (bounded: 2,000 turns of the event loop with a short pause) until `count` lines were written. */
  waitForEntries(count: number): Promise<Array<Record<string, unknown>>>;
}

export function logSink(): LogSink {
  const stream = new PassThrough();
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  const entries = () =>
    written
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return {
    transport: new winston.transports.Stream({ stream }),
    text: () => written,
    entries,
    async waitForEntries(count) {
      for (let i = 0; i < 2000 && entries().length < count; i++) await new Promise((r) => setTimeout(r, 2));
      return entries();
    },
  };
}

/** Waits (bounded) until `check()` is true. */
export async function until(check: () => boolean, turns = 2000): Promise<void> {
  for (let i = 0; i < turns && !check(); i++) await new Promise((r) => setTimeout(r, 2));
}
