/**
 * `mistral-guard scan`: JSONL in, JSONL out, same order, the same local detectors as the middleware.
 * @module
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { readConversation, resolveInputShape, SUPPORTED_CHUNK_TYPES } from '../scan/input-shape.js';
import { createScanner } from '../scan/pipeline.js';
import type { ScanOptions, Scanner } from '../scan/pipeline.js';
import { GuardConfigError, isGuardError } from '../core/errors.js';

export interface CliIO {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

const USAGE = `Usage: mistral-guard scan [--direction input|output] [--config FILE]

Reads JSONL on stdin, one object per line: {"id": any, "text": "..."} or {"id": any, "messages": [...]},
optionally with "system_prompt": "..." (the prompt the text is sent with; its restrictions are checked).
Writes one JSONL line per input, same order:
  {"id", "verdict": "allow"|"flag"|"block", "findings": [...], "text": "<sanitized text>"}
(with "messages" instead of "text" for conversation input). Offsets are UTF-16 indices into the original text.
A malformed line yields {"id", "error": {"code", "message"}} and the rest still run.
`;

/** The id of a line that is not valid JSON, when it can still be read, so the error line names it. */
function salvageId(line: string): unknown {
  const match = /"id"\s*:\s*("(?:[^"\\\n]|\\.){0,200}"|-?\d{1,20}(?:\.\d{1,20})?)/.exec(line);
  if (!match) return null;
  try {
    return JSON.parse(match[1]!) as unknown;
  } catch {
    return null;
  }
}

function scanLine(line: string, scanner: Scanner, shape: ReturnType<typeof resolveInputShape>): Record<string, unknown> {
  let row: unknown;
  try {
    row = JSON.parse(line);
  } catch {
    return { id: salvageId(line), error: { code: 'malformed_json', message: 'The line is not valid JSON.' } };
  }
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    return { id: null, error: { code: 'invalid_line', message: 'Each line must be a JSON object.' } };
  }
  const { id = null, text, messages, system_prompt: systemPrompt } = row as { id?: unknown; text?: unknown; messages?: unknown; system_prompt?: unknown };
  if (systemPrompt !== undefined && typeof systemPrompt !== 'string') {
    return { id, error: { code: 'invalid_line', message: '"system_prompt" must be a string.' } };
  }
  if (typeof text === 'string') {
    const result = scanner.scanText(text, systemPrompt === undefined ? {} : { systemPrompt });
    return { id, verdict: result.verdict, findings: result.findings, text: result.text };
  }
  if (messages !== undefined) {
    try {
      const conversation = readConversation({ messages }, shape);
      // The batch command trusts its input: system messages in a line restrict its user turns.
      const result = scanner.scanMessages(conversation, { restrictFromSystemMessages: true, ...(systemPrompt === undefined ? {} : { systemPrompt }) });
      return { id, verdict: result.verdict, findings: result.findings, messages: result.messages };
    } catch (err) {
      if (isGuardError(err)) return { id, error: { code: err.code, message: err.message } };
      throw err;
    }
  }
  return { id, error: { code: 'invalid_line', message: 'Each line needs a string "text" or a "messages" array.' } };
}

interface ScanArgs {
  direction: 'input' | 'output';
  config?: string;
  help: boolean;
}

function parseScanArgs(argv: readonly string[]): ScanArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: { direction: { type: 'string', default: 'input' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
    allowPositionals: false,
  });
  if (values.direction !== 'input' && values.direction !== 'output') {
    throw new GuardConfigError(`--direction must be "input" or "output", got ${JSON.stringify(values.direction)}.`);
  }
  return { direction: values.direction, help: values.help === true, ...(values.config !== undefined ? { config: values.config } : {}) };
}

/** Reads the `--config` file, naming it in every error. */
function readConfig(file: string): ScanOptions {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    throw new GuardConfigError(`cannot read the config file ${file} (${typeof code === 'string' ? code : 'read error'}).`);
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (err) {
    throw new GuardConfigError(`the config file ${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}.`);
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new GuardConfigError(`the config file ${file} must hold a JSON object of scanner options.`);
  }
  return config as ScanOptions;
}

/** A message for the command line: without the library's own prefix (the command names itself). */
export function cliMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/^mistral-guard:\s*/, '');
}

/** Runs the scan command; resolves with the exit code (0 even when some lines were errors). */
export async function runScan(argv: readonly string[], io: CliIO): Promise<number> {
  let scanner: Scanner;
  try {
    const args = parseScanArgs(argv);
    if (args.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    const config = args.config === undefined ? {} : readConfig(args.config);
    try {
      scanner = createScanner({ ...config, direction: args.direction });
    } catch (err) {
      throw args.config === undefined ? err : new GuardConfigError(`in the config file ${args.config}: ${cliMessage(err)}`);
    }
  } catch (err) {
    io.stderr.write(`mistral-guard scan: ${cliMessage(err)}\n\n${USAGE}`);
    return 2;
  }
  // Conversation lines are checked for shape, but the batch tool applies no length limits.
  const shape = resolveInputShape({
    allowSystemMessages: true,
    allowToolMessages: true,
    maxMessageChars: Number.MAX_SAFE_INTEGER,
    maxTotalChars: Number.MAX_SAFE_INTEGER,
    maxMessages: Number.MAX_SAFE_INTEGER,
    allowedChunkTypes: SUPPORTED_CHUNK_TYPES,
    requireUserLast: false,
  });
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    let result: Record<string, unknown>;
    try {
      result = scanLine(line, scanner, shape);
    } catch (err) {
      // One line's failure must not end the batch: report it on that line and go on.
      io.stderr.write(`mistral-guard scan: a line failed: ${err instanceof Error ? err.message : String(err)}\n`);
      result = { id: salvageId(line), error: { code: 'internal_error', message: 'The line could not be scanned.' } };
    }
    if (!io.stdout.write(JSON.stringify(result) + '\n')) {
      await new Promise<void>((resolve) => io.stdout.once('drain', () => resolve()));
    }
  }
  return 0;
}
