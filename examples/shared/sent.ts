/**
 * What the demo tells the page about a turn it sent: the user's last message exactly as it went to the
 * model (redactions in place, without the request's delimiter tags), so the page can show the user what
 * Mistral actually saw.
 */
import type { GuardState } from 'mistral-guard';

/** `<user_data_…>` wrapping added by sanitizeInput around user content. */
const WRAPPED = /^<(user_data_[0-9a-f]{16})>\n([\s\S]*)\n<\/\1>$/;

/** The text of the last user message of the secured conversation, unwrapped. */
export function sentText(guard: GuardState): string {
  const last = [...guard.messages].reverse().find((m) => m.role === 'user');
  if (last === undefined) return '';
  const text = typeof last.content === 'string' ? last.content : last.content.map((c) => (c.type === 'text' ? c.text : '')).join('');
  const wrapped = WRAPPED.exec(text);
  return wrapped ? wrapped[2]! : text;
}
