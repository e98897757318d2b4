/**
 * The fake model's scripted replies: how the last user message is turned into an answer.
 *
 * Commands (the LAST message with role `user` decides; array content is joined on its text chunks):
 * - `/say <text>`     the model answers `<text>` verbatim (HTML, PII, secrets: whatever a test needs).
 * - `/leak-system`    the model answers with the system prompt(s) it received, joined by `\n`.
 * - `/slow <ms> ...`  waits `<ms>` (capped at 60 s) before answering; what follows is handled again,
 *                     so `/slow 200 /say hi` waits, then says `hi`; nothing after it means the echo.
 * - anything else     `Echo: <the whole last user message>`.
 *
 * A message that is wholly wrapped in one tag pair on their own lines (`<user_data_…>\n…\n</user_data_…>`,
 * as `sanitizeInput` does) is unwrapped first, as a model would read it.
 *
 * Finding a command when the middleware wrapped the user text in delimiters:
 * a command counts when it starts a line (leading spaces allowed) anywhere in the message.
 * - If it starts the message itself, the `/say` payload is everything after `/say ` (multi-line).
 * - If it starts a later line (the text was wrapped), the payload stops before the first later line
 *   that repeats the line just before the command (the opening delimiter) or shares with it a word of
 *   4+ ASCII letters/digits, e.g. `<<<USER_9f3c2a1b>>>` … `<<<END_USER_9f3c2a1b>>>` or `<user_input>` …
 *   `</user_input>`. If no such line exists, the payload runs to the end of the message.
 * @module
 */

/** What the fake model decided to do with a conversation. */
export interface ScriptedReply {
  text: string;
  delayMs: number;
}

/** A chat message as the fake receives it on the wire (loosely typed: the fake must not crash). */
export interface WireMessage {
  role?: unknown;
  content?: unknown;
}

/** Text of a message: strings as-is, arrays joined on their `text` chunks. */
export function messageText(message: WireMessage | undefined): string {
  const content = message?.content;
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((c: unknown) =>
        c !== null && typeof c === 'object' && typeof (c as { text?: unknown }).text === 'string'
          ? (c as { text: string }).text
          : '',
      )
      .filter((t) => t !== '')
      .join('\n');
  }
  return '';
}

const MAX_SLOW_MS = 60_000;
// Bounded: `/slow 1 /slow 1 ...` cannot loop for ever.
const MAX_COMMAND_DEPTH = 8;
const COMMAND_AT_LINE_START = /(^|\n)[ \t]*\/(say(?=[ \t\n]|$)|leak-system\b|slow[ \t]+\d+)/;

function words(line: string): Set<string> {
  return new Set((line.toLowerCase().match(/[a-z0-9]{4,}/g) ?? []) as string[]);
}

/** Cuts a wrapped payload before the closing delimiter (see the module doc for the rule). */
function unwrapPayload(payload: string, opener: string): string {
  const openerWords = words(opener);
  const openerTrimmed = opener.trim();
  const lines = payload.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (openerTrimmed !== '' && line.trim() === openerTrimmed) return lines.slice(0, i).join('\n');
    for (const w of words(line)) {
      if (openerWords.has(w)) return lines.slice(0, i).join('\n');
    }
  }
  return payload;
}

const WHOLE_TAG_WRAPPER = /^<([A-Za-z][\w.-]{0,63})>\n([\s\S]*)\n<\/\1>$/;

/** The inside of a message wrapped whole in one tag pair, else the message itself. */
function unwrapWhole(text: string): string {
  return WHOLE_TAG_WRAPPER.exec(text)?.[2] ?? text;
}

/** Decides the fake model's answer. `system` is the concatenated system prompt(s). */
export function scriptReply(messages: readonly WireMessage[], system: string): ScriptedReply {
  const lastUser = [...messages].reverse().find((m) => m.role === 'user');
  const original = unwrapWhole(messageText(lastUser));
  let text = original;
  let delayMs = 0;
  for (let depth = 0; depth < MAX_COMMAND_DEPTH; depth++) {
    const m = COMMAND_AT_LINE_START.exec(text);
    if (!m) break;
    const commandStart = m.index + (m[1] as string).length;
    const before = text.slice(0, commandStart);
    const opener = before.replace(/\n$/, '').split('\n').pop() ?? '';
    const wrapped = before.trim() !== '';
    const rest = text.slice(m.index + m[0].length);
    const command = m[2] as string;
    if (command === 'leak-system') return { text: system, delayMs };
    if (command === 'say') {
      const payload = rest.replace(/^[ \t]/, '');
      return { text: wrapped ? unwrapPayload(payload, opener) : payload, delayMs };
    }
    // slow N: wait, then handle what follows as if it were the message.
    delayMs += Math.min(MAX_SLOW_MS, Number(command.replace(/^slow[ \t]+/, '')));
    const remainder = (wrapped ? unwrapPayload(rest, opener) : rest).trim();
    if (remainder === '') return { text: `Echo: ${original}`, delayMs };
    text = remainder;
  }
  return { text: `Echo: ${text}`, delayMs };
}
