/**
 * Small text helpers of the audit: offsets to lines, and the placeholder values that are not secrets.
 * @module
 */

/** Shannon entropy of `text` in bits per character (random keys score high, `aaaa` or `password` low). */
export function entropy(text: string): number {
  const chars = [...text];
  if (chars.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of chars) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / chars.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Maps UTF-16 offsets of one text to 1-based line numbers. */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  /** The 1-based line of `offset`. */
  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  /** The 1-based column of `offset`. */
  column(offset: number): number {
    return offset - this.starts[this.line(offset) - 1]! + 1;
  }
}

/**
 * Words and shapes of documentation values: `sk-xxxx`, `<your-key>`, `AKIAIOSFODNN7EXAMPLE`,
 * `${MISTRAL_API_KEY}`, `your_api_key_here`, `changeme`, `****`.
 */
const PLACEHOLDER =
  /x{4,}|\*{4,}|\.{3}|<[^>]*>|\$\{|\{\{|%[A-Z_]+%|your[-_ ]?|placeholder|example|sample|changeme|change[-_]me|dummy|fake|redacted|replace[-_ ]?(?:me|this|with)|insert[-_ ]|_here\b|0{8,}|123456789|abcdefgh/i;

/** The body of a PEM block, without its BEGIN/END lines, so the placeholder test reads the key material. */
function pemBody(value: string): string {
  return value.replace(/-----(?:BEGIN|END)[^-]*-----/g, '').replace(/\s+/g, '');
}

/**
 * Whether a matched secret value is a documentation placeholder rather than a real secret: a
 * placeholder word or shape, or too little entropy to be random (`aaaaaaaaaaaaaaaa`).
 */
export function isPlaceholderSecret(value: string): boolean {
  if (value.startsWith('-----BEGIN')) {
    // Key material is long base64, where a short word can occur by chance: only shapes count here.
    const body = pemBody(value);
    return body.length < 100 || /\.\.\.|x{8,}|<[^>]*>/i.test(body) || entropy(body) < 2.5;
  }
  if (PLACEHOLDER.test(value)) return true;
  return value.length > 0 && entropy(value) < 2.5;
}
