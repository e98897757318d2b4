/**
 * Apache httpd digest-authentication files (`htdigest`): one `user:realm:hash` a line, the hash being
 * MD5(user:realm:password) in 32 lower-case hex digits. The hash logs in as the user on the realm without the
 * password (digest authentication sends a response computed from it), so it is the credential.
 *
 * Read from the hash back: the secret scanner hands over each run of 32 hex digits that follows a `:`, and
 * this reads its line once, back to the line's start (at most {@link MAX_LINE} characters).
 */

/** The user and realm of the line: a user name without blanks, a realm of any text but `:` and digits alone. */
const HTDIGEST_HEAD = /^[ \t]*[A-Za-z0-9._@-]{1,64}:(?!\d+:$)[^:\n]{1,128}:$/;
const MAX_LINE = 64 + 128 + 4;

/** Whether the 32 hex digits at [a, b) end an htdigest line (the line ends right after them). */
export function isHtdigestHash(text: string, a: number, b: number): boolean {
  if (b - a !== 32 || text.charCodeAt(a - 1) !== 58) return false;
  let end = b;
  while (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9 || text.charCodeAt(end) === 13) end++;
  if (end < text.length && text.charCodeAt(end) !== 10) return false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  // Back to the line's start, reading no more than a line of the format can hold.
  let lineStart = a;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) {
    if (a - lineStart >= MAX_LINE) return false;
    lineStart--;
  }
  return HTDIGEST_HEAD.test(text.slice(lineStart, a));
}
