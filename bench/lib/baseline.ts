/**
 * The speed baseline every scan is compared with: one email-regex replace pass over the same text,
 * the cheapest thing a "PII filter" can do.
 */
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

export function emailReplaceBaseline(text: string): string {
  return text.replace(EMAIL, '[EMAIL]');
}
