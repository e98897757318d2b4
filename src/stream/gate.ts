/**
 * Output moderation for streams: clean text is released in batches, each only after the moderator has
 * passed it (with the text before it as context). So nothing unmoderated reaches the client; the price is
 * latency: the first text waits for one moderation call, and later text moves in batch-sized steps.
 * @module
 */
import type { Finding } from '../core/types.js';

/** What the moderator said about a text: the blocked categories, and its findings. */
export interface TextModerationResult {
  blocked: readonly string[];
  findings: readonly Finding[];
}

/** Moderates one text (e.g. `moderator.moderateText`, mapped). */
export type TextModeration = (text: string) => Promise<TextModerationResult>;

/** Options of the stream's moderation batches. */
export interface ModerationGateOptions {
  /**
   * Characters of clean text moderated together before they are released.
   * @default 400
   */
  batchChars?: number;
  /**
   * Characters of already released text sent along as context.
   * @default 400
   */
  contextChars?: number;
}

export interface GateStep {
  text: string;
  findings: Finding[];
  /** The moderation finding that blocked the answer. */
  block?: Finding;
}

export interface ModerationGate {
  /** Adds clean text; resolves with what may be released now. */
  push(text: string): Promise<GateStep>;
  /** Moderates and releases whatever is held. */
  end(): Promise<GateStep>;
}

export function createModerationGate(moderate: TextModeration, options: ModerationGateOptions = {}): ModerationGate {
  const batchChars = options.batchChars ?? 400;
  const contextChars = options.contextChars ?? 400;
  let held = '';
  let released = '';
  let blocked: Finding | undefined;

  async function release(): Promise<GateStep> {
    if (blocked !== undefined) return { text: '', findings: [], block: blocked };
    if (held.trim() === '') {
      const text = held;
      held = '';
      released += text;
      return { text, findings: [] };
    }
    const batch = held;
    held = '';
    const result = await moderate(released.slice(-contextChars) + batch);
    const findings = [...result.findings];
    if (result.blocked.length > 0) {
      blocked = findings.find((f) => f.action === 'block') ?? { kind: 'moderation', type: result.blocked[0]!, action: 'block' };
      return { text: '', findings, block: blocked };
    }
    released = (released + batch).slice(-contextChars);
    return { text: batch, findings };
  }

  return {
    async push(text) {
      if (blocked !== undefined) return { text: '', findings: [], block: blocked };
      held += text;
      return held.length >= batchChars ? release() : { text: '', findings: [] };
    },
    end: release,
  };
}
