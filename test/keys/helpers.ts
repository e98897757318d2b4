import { randomBytes } from 'node:crypto';
import type { KeyPoolLogger } from '../../src/keys/index.js';

/** A throwaway key made at run time from random parts (never a literal that looks real). */
export function makeKey(label = 'k'): string {
  return `${label}-${randomBytes(6).toString('hex')}-${randomBytes(6).toString('base64url')}`;
}

/** A clock the test moves by hand. */
export function manualClock(start = 1_700_000_000_000): { now: () => number; advance: (ms: number) => void; set: (t: number) => void } {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms), set: (v) => void (t = v) };
}

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
  meta: Record<string, unknown> | undefined;
}

/** A logger that keeps every line, and their text (message + JSON meta) for leak checks. */
export function recordingLogger(): KeyPoolLogger & { lines: LogLine[]; text: () => string; of: (level: LogLine['level']) => LogLine[] } {
  const lines: LogLine[] = [];
  const push = (level: LogLine['level']) => (message: string, meta?: Record<string, unknown>) => lines.push({ level, message, meta });
  return {
    lines,
    info: push('info'),
    warn: push('warn'),
    error: push('error'),
    text: () => lines.map((l) => `${l.message} ${JSON.stringify(l.meta ?? {})}`).join('\n'),
    of: (level) => lines.filter((l) => l.level === level),
  };
}

/** Waits (bounded) until `condition` holds; each round yields to pending I/O. */
export async function eventually(condition: () => boolean, rounds = 200): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('condition not reached');
}
