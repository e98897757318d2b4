/**
 * Where token budgets are counted: tokens used per key in fixed windows. Memory for one process, Redis
 * (one Lua script per call, so a charge and its expiry are atomic) for many.
 * @module
 */
import { createHash } from 'node:crypto';
import type { SendCommand } from '../core/redis.js';

/** Tokens used by a key in its current window. */
export interface BudgetInfo {
  used: number;
  /** When the window ends and the count starts again from 0. */
  resetTime: Date;
}

/** The store interface of token budgets; implement it to keep budgets elsewhere. */
export interface TokenBudgetStore {
  /** Called once with the budget's window. */
  init?(options: { windowMs: number }): void | Promise<void>;
  /** Tokens used in the key's current window, or undefined when none were. */
  get(key: string): Promise<BudgetInfo | undefined>;
  /** Adds tokens to the key's current window (starting one if none runs) and returns the new total. */
  charge(key: string, tokens: number): Promise<BudgetInfo>;
  /** Forgets a key. */
  resetKey(key: string): Promise<void>;
  /** True when counts stay in this process (not shared between instances). */
  readonly localKeys?: boolean;
}

interface Window {
  used: number;
  resetAt: number;
}

/** Budgets in this process's memory; expired windows are dropped as they are met and in a sweep per window. */
export class MemoryBudgetStore implements TokenBudgetStore {
  readonly localKeys = true;
  private windowMs = 60_000;
  private readonly windows = new Map<string, Window>();
  private sweeper: NodeJS.Timeout | undefined;

  init(options: { windowMs: number }): void {
    this.windowMs = options.windowMs;
    if (this.sweeper) clearInterval(this.sweeper);
    // Timers cap at 2^31-1 ms; a longer window is swept that often.
    this.sweeper = setInterval(() => this.sweep(), Math.min(this.windowMs, 2 ** 31 - 1));
    this.sweeper.unref();
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }

  private current(key: string): Window | undefined {
    const window = this.windows.get(key);
    if (window === undefined) return undefined;
    if (window.resetAt <= Date.now()) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }

  async get(key: string): Promise<BudgetInfo | undefined> {
    const window = this.current(key);
    return window === undefined ? undefined : { used: window.used, resetTime: new Date(window.resetAt) };
  }

  async charge(key: string, tokens: number): Promise<BudgetInfo> {
    let window = this.current(key);
    if (window === undefined) {
      window = { used: 0, resetAt: Date.now() + this.windowMs };
      this.windows.set(key, window);
    }
    window.used += tokens;
    return { used: window.used, resetTime: new Date(window.resetAt) };
  }

  async resetKey(key: string): Promise<void> {
    this.windows.delete(key);
  }
}

const CHARGE_SCRIPT = [
  "local used = redis.call('INCRBY', KEYS[1], ARGV[1])",
  "local ttl = redis.call('PTTL', KEYS[1])",
  "if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) ttl = tonumber(ARGV[2]) end",
  'return { used, ttl }',
].join('\n');

const GET_SCRIPT = [
  "local used = redis.call('GET', KEYS[1])",
  'if not used then return { 0, -2 } end',
  "return { tonumber(used), redis.call('PTTL', KEYS[1]) }",
].join('\n');

const sha1 = (script: string): string => createHash('sha1').update(script).digest('hex');

function toInt(value: unknown): number {
  return typeof value === 'number' ? value : Number.parseInt(String(value), 10);
}

/** Budgets in Redis, shared by every instance on it. */
export class RedisBudgetStore implements TokenBudgetStore {
  readonly localKeys = false;
  private windowMs = 60_000;
  private readonly chargeSha = sha1(CHARGE_SCRIPT);
  private readonly getSha = sha1(GET_SCRIPT);

  constructor(
    private readonly send: SendCommand,
    private readonly prefix = 'mistral-guard:tb:',
  ) {}

  init(options: { windowMs: number }): void {
    this.windowMs = options.windowMs;
  }

  /** EVALSHA, loading the script with EVAL when Redis does not know it (first use, or after a restart). */
  private async script(script: string, sha: string, key: string, args: string[]): Promise<unknown> {
    try {
      return await this.send(['EVALSHA', sha, '1', key, ...args]);
    } catch (err) {
      if (!(err instanceof Error) || !/NOSCRIPT/.test(err.message)) throw err;
      return this.send(['EVAL', script, '1', key, ...args]);
    }
  }

  private parse(reply: unknown): BudgetInfo | undefined {
    if (!Array.isArray(reply) || reply.length !== 2) throw new TypeError('unexpected reply from Redis');
    const used = toInt(reply[0]);
    const ttl = toInt(reply[1]);
    if (ttl < 0 && used === 0) return undefined;
    return { used, resetTime: new Date(Date.now() + Math.max(0, ttl)) };
  }

  async get(key: string): Promise<BudgetInfo | undefined> {
    return this.parse(await this.script(GET_SCRIPT, this.getSha, this.prefix + key, []));
  }

  async charge(key: string, tokens: number): Promise<BudgetInfo> {
    const info = this.parse(await this.script(CHARGE_SCRIPT, this.chargeSha, this.prefix + key, [String(tokens), String(this.windowMs)]));
    return info ?? { used: 0, resetTime: new Date(Date.now() + this.windowMs) };
  }

  async resetKey(key: string): Promise<void> {
    await this.send(['DEL', this.prefix + key]);
  }
}
