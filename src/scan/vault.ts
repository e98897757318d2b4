/**
 * The pseudonym vault: reversible placeholders (`<EMAIL_1>`, `<IBAN_2>`) for one request, so the prompt sent
 * to Mistral carries no PII while the answer can be restored for the user.
 *
 * A vault is a plain object owned by whoever handles the request (no global state); it never leaves the
 * process and is dropped with the request. Values live in private fields, so `JSON.stringify(vault)` and
 * logging the object reveal nothing.
 *
 * Placeholder syntax: `<TYPE_N>`, TYPE = `[A-Z][A-Z0-9_]{0,31}` (a type name upper-cased, other characters
 * turned into `_`), N = 1..999999. The longest placeholder is {@link MAX_PLACEHOLDER_LENGTH} characters, so
 * a streaming hold-back window of that size always sees a whole placeholder.
 * @module
 */

/** `<` + 32-character type + `_` + 6 digits + `>`. */
export const MAX_PLACEHOLDER_LENGTH = 41;

/** Matches one placeholder; group 1 is the type, group 2 the number. */
export const PLACEHOLDER_PATTERN = /<([A-Z][A-Z0-9_]{0,31})_([1-9][0-9]{0,5})>/g;

/** A possibly incomplete placeholder at the end of a chunk. */
const PARTIAL_TAIL = /<(?:[A-Z][A-Z0-9_]{0,31}(?:_[0-9]{0,6})?)?$/;

/** Upper-case type name usable in a placeholder. */
export function placeholderType(type: string): string {
  let t = type.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  if (!/^[A-Z]/.test(t)) t = `X${t}`;
  return t.slice(0, 32);
}

/**
 * The identity of a value for stable placeholders and hashes: the same card printed with spaces or dashes,
 * or an email in another case, is the same value.
 */
export function normalizeValue(type: string, value: string): string {
  switch (type) {
    case 'EMAIL':
      return value.toLowerCase();
    case 'CREDIT_CARD':
    case 'PHONE':
    case 'IBAN':
    case 'US_SSN':
    case 'FR_NIR':
      return value.replace(/[\s().\-/]/g, '').toUpperCase();
    default:
      return value;
  }
}

/** Incremental restorer for streamed model output: holds back a trailing partial placeholder. */
export interface RestoreStream {
  /** Returns the text safe to emit now, with complete placeholders restored. */
  push(chunk: string): string;
  /** Returns whatever was held back (restored where complete). */
  flush(): string;
}

export class PseudonymVault {
  readonly #byKey = new Map<string, string>();
  readonly #byPlaceholder = new Map<string, string>();
  readonly #counters = new Map<string, number>();
  readonly #reserved = new Set<string>();

  /** Number of distinct values held. */
  get size(): number {
    return this.#byPlaceholder.size;
  }

  /**
   * Marks placeholder-looking tokens already present in `text` (e.g. typed by the user) as taken, so an
   * issued placeholder never collides with one the model could have seen verbatim.
   */
  reserve(text: string): void {
    if (text.indexOf('<') === -1) return;
    for (const m of text.matchAll(PLACEHOLDER_PATTERN)) if (!this.#byPlaceholder.has(m[0])) this.#reserved.add(m[0]);
  }

  /** The placeholder for `value` of `type`: the same value gets the same placeholder for the vault's life. */
  placeholderFor(type: string, value: string): string {
    const t = placeholderType(type);
    const key = `${t}\u0000${normalizeValue(type, value)}`;
    const existing = this.#byKey.get(key);
    if (existing !== undefined) return existing;
    let n = this.#counters.get(t) ?? 0;
    let placeholder: string;
    do {
      n++;
      placeholder = `<${t}_${n}>`;
    } while (this.#reserved.has(placeholder));
    if (n > 999_999) throw new RangeError('Pseudonym vault is full for this type.');
    this.#counters.set(t, n);
    this.#byKey.set(key, placeholder);
    this.#byPlaceholder.set(placeholder, value);
    return placeholder;
  }

  /** True when `placeholder` was issued by this vault. */
  has(placeholder: string): boolean {
    return this.#byPlaceholder.has(placeholder);
  }

  /**
   * Replaces the placeholders this vault issued with their original values. Unknown ones (`<EMAIL_99>`)
   * and anything not exactly in placeholder syntax are left alone.
   */
  restore(text: string): string {
    if (this.#byPlaceholder.size === 0 || text.indexOf('<') === -1) return text;
    return text.replace(PLACEHOLDER_PATTERN, (whole: string) => this.#byPlaceholder.get(whole) ?? whole);
  }

  /** A streaming restorer: never splits a placeholder across the text it emits. */
  restoreStream(): RestoreStream {
    let held = '';
    return {
      push: (chunk: string): string => {
        const buffer = held + chunk;
        const lt = buffer.lastIndexOf('<');
        let cut = buffer.length;
        if (lt !== -1 && buffer.length - lt < MAX_PLACEHOLDER_LENGTH && PARTIAL_TAIL.test(buffer.slice(lt))) cut = lt;
        held = buffer.slice(cut);
        return this.restore(buffer.slice(0, cut));
      },
      flush: (): string => {
        const rest = this.restore(held);
        held = '';
        return rest;
      },
    };
  }

  /** Forgets every value (the request is over). */
  clear(): void {
    this.#byKey.clear();
    this.#byPlaceholder.clear();
    this.#counters.clear();
    this.#reserved.clear();
  }

  /** Serializing a vault never exposes values. */
  toJSON(): { size: number } {
    return { size: this.size };
  }
}

/** A fresh, empty vault for one request. */
export function createPseudonymVault(): PseudonymVault {
  return new PseudonymVault();
}
