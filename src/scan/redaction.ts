/**
 * Redaction operators (replace, mask, hash, pseudonymize), the one-pass span applier, and `redactPII`.
 *
 * Overlaps: spans that overlap (share at least one character) form a group; the group's winner is the longest
 * span, then the higher type priority, then the higher score. The winner's type and operator are applied to
 * the union of the group, so no fragment of a losing span is left in the clear. Touching spans
 * (`a.end === b.start`) do not overlap.
 * @module
 */
import { createHmac, randomBytes } from 'node:crypto';
import { GuardConfigError } from '../core/errors.js';
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { DETECT_PII_OPTION_KEYS, createPIIScanner, typePriority } from '../detect/pii.js';
import type { DetectPIIOptions, PIIEntity } from '../detect/pii.js';
import { createSecretScanner } from '../detect/secrets.js';
import type { SecretDetectorOptions, SecretEntity } from '../detect/secrets.js';
import { createPseudonymVault, normalizeValue, placeholderType } from './vault.js';
import type { PseudonymVault } from './vault.js';

export type RedactionOperatorName = 'replace' | 'mask' | 'hash' | 'pseudonymize';

export interface ReplaceOperator {
  operator: 'replace';
  /**
   * Replacement text.
   * @default `[TYPE]`, e.g. `[EMAIL]`
   */
  label?: string;
}

export interface MaskOperator {
  operator: 'mask';
  /**
   * Letters/digits left visible at the end; never more than half of them.
   * @default 4
   */
  keepLast?: number;
  /**
   * Character that replaces each hidden letter or digit (separators such as spaces, `-`, `@`, `.` are kept).
   * @default '*'
   */
  maskChar?: string;
}

export interface HashOperator {
  operator: 'hash';
  /**
   * Hex characters of the HMAC kept in the token `[TYPE:xxxxxxxx]`.
   * @default 8
   */
  length?: number;
}

export interface PseudonymizeOperator {
  operator: 'pseudonymize';
}

/** An operator by name (with its defaults) or with settings. */
export type OperatorSpec = RedactionOperatorName | ReplaceOperator | MaskOperator | HashOperator | PseudonymizeOperator;

/** One region to redact, in UTF-16 offsets of the original text. */
export interface RedactionSpan {
  start: number;
  end: number;
  type: string;
  /**
   * How to redact it.
   * @default the context's defaultOperator
   */
  operator?: OperatorSpec;
  /**
   * Overlap priority (higher wins on equal length).
   * @default the type's built-in priority (secrets > validated numbers > email > URL > IP > phone > custom)
   */
  priority?: number;
  /** Confidence, the last tie-breaker. */
  score?: number;
}

export interface RedactionContext {
  /** Required when any span pseudonymizes. One vault per request. */
  vault?: PseudonymVault;
  /**
   * HMAC key for the `hash` operator.
   * @default a random key created once per process (tokens are stable within the process only)
   */
  hashKey?: string | Uint8Array;
  /**
   * Operator for spans that name none.
   * @default 'replace'
   */
  defaultOperator?: OperatorSpec;
}

/** What was replaced (original offsets, after overlap resolution). Holds no original value. */
export interface AppliedRedaction {
  start: number;
  end: number;
  type: string;
  operator: RedactionOperatorName;
  replacement: string;
}

export interface RedactionResult {
  text: string;
  applied: AppliedRedaction[];
}

let processKey: Buffer | undefined;

function hashKeyOf(ctx: RedactionContext | undefined): string | Uint8Array {
  if (ctx?.hashKey !== undefined) return ctx.hashKey;
  processKey ??= randomBytes(32);
  return processKey;
}

/** Normalizes and validates an operator spec; throws GuardConfigError with a fix hint. */
export function resolveOperator(spec: OperatorSpec | undefined, where = 'operator'): Exclude<OperatorSpec, string> {
  const o = spec ?? 'replace';
  const obj = typeof o === 'string' ? ({ operator: o } as Exclude<OperatorSpec, string>) : o;
  switch (obj?.operator) {
    case 'replace':
      if (obj.label !== undefined && typeof obj.label !== 'string') throw new GuardConfigError(`${where}.label must be a string.`);
      return obj;
    case 'mask':
      if (obj.keepLast !== undefined && !(Number.isInteger(obj.keepLast) && obj.keepLast >= 0)) {
        throw new GuardConfigError(`${where}.keepLast must be a non-negative integer.`);
      }
      if (obj.maskChar !== undefined && (typeof obj.maskChar !== 'string' || [...obj.maskChar].length !== 1)) {
        throw new GuardConfigError(`${where}.maskChar must be a single character.`);
      }
      return obj;
    case 'hash':
      if (obj.length !== undefined && !(Number.isInteger(obj.length) && obj.length >= 4 && obj.length <= 64)) {
        throw new GuardConfigError(`${where}.length must be an integer from 4 to 64.`);
      }
      return obj;
    case 'pseudonymize':
      return obj;
    default:
      throw new GuardConfigError(`${where} must be one of 'replace', 'mask', 'hash', 'pseudonymize'.`);
  }
}

function maskValue(value: string, keepLast: number, maskChar: string): string {
  const chars = [...value];
  const isAlnum = (ch: string) => /[\p{L}\p{N}]/u.test(ch);
  const total = chars.filter(isAlnum).length;
  // Never reveal more than half of the value's letters/digits, however short it is.
  const keep = Math.min(keepLast, Math.floor(total / 2));
  let seen = 0;
  return chars.map((ch) => (isAlnum(ch) ? (++seen > total - keep ? ch : maskChar) : ch)).join('');
}

function render(op: Exclude<OperatorSpec, string>, type: string, value: string, ctx: RedactionContext | undefined): string {
  switch (op.operator) {
    case 'replace':
      return op.label ?? `[${type}]`;
    case 'mask':
      return maskValue(value, op.keepLast ?? 4, op.maskChar ?? '*');
    case 'hash': {
      const mac = createHmac('sha256', hashKeyOf(ctx)).update(`${type}\u0000${normalizeValue(type, value)}`).digest('hex');
      return `[${placeholderType(type)}:${mac.slice(0, op.length ?? 8)}]`;
    }
    case 'pseudonymize':
      if (ctx?.vault === undefined) throw new GuardConfigError('The pseudonymize operator needs a vault: pass ctx.vault (createPseudonymVault()).');
      return ctx.vault.placeholderFor(type, value);
  }
}

interface Group {
  start: number;
  end: number;
  winner: RedactionSpan;
}

function better(a: RedactionSpan, b: RedactionSpan): boolean {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  const pa = a.priority ?? typePriority(a.type);
  const pb = b.priority ?? typePriority(b.type);
  if (pa !== pb) return pa > pb;
  return (a.score ?? 0) > (b.score ?? 0);
}

/**
 * Applies replacements in one pass. Spans may come from several detectors in any order; overlapping spans
 * are merged as described in the module notes. Out-of-range spans throw a RangeError.
 */
export function applyRedactions(text: string, spans: readonly RedactionSpan[], ctx?: RedactionContext): RedactionResult {
  if (spans.length === 0) return { text, applied: [] };
  for (const s of spans) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= text.length && s.start <= s.end)) {
      throw new RangeError(`Redaction span [${s.start}, ${s.end}) is outside the text (length ${text.length}).`);
    }
  }
  // Spans usually arrive in order (one detector after another, each sorted): sort only when they are not.
  let inOrder = true;
  for (let k = 1; k < spans.length && inOrder; k++) {
    const a = spans[k - 1]!;
    const b = spans[k]!;
    inOrder = a.start < b.start || (a.start === b.start && a.end >= b.end);
  }
  const nonEmpty = spans.filter((s) => s.end > s.start);
  const sorted = inOrder ? nonEmpty : nonEmpty.sort((a, b) => a.start - b.start || b.end - a.end);
  const groups: Group[] = [];
  for (const s of sorted) {
    const last = groups.at(-1);
    if (last !== undefined && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      if (better(s, last.winner)) last.winner = s;
    } else {
      groups.push({ start: s.start, end: s.end, winner: s });
    }
  }
  const defaultOp = ctx?.defaultOperator;
  let out = '';
  let pos = 0;
  const applied: AppliedRedaction[] = [];
  // One resolution per operator spec (a flood of invisible characters shares one).
  const resolved = new Map<OperatorSpec | undefined, Exclude<OperatorSpec, string>>();
  for (const g of groups) {
    const spec = g.winner.operator ?? defaultOp;
    let op = resolved.get(spec);
    if (op === undefined) {
      op = resolveOperator(spec);
      resolved.set(spec, op);
    }
    const replacement = op.operator === 'replace' ? (op.label ?? `[${g.winner.type}]`) : render(op, g.winner.type, text.slice(g.start, g.end), ctx);
    out += text.slice(pos, g.start) + replacement;
    pos = g.end;
    applied.push({ start: g.start, end: g.end, type: g.winner.type, operator: op.operator, replacement });
  }
  out += text.slice(pos);
  return { text: out, applied };
}

// ---------------------------------------------------------------------------------------------------------

export interface RedactPIIOptions extends DetectPIIOptions {
  /**
   * Operator per type (canonical PII, secret or custom type names).
   * @default {} (every type uses defaultOperator)
   */
  operators?: Readonly<Record<string, OperatorSpec>>;
  /**
   * Operator for types not listed in `operators`.
   * @default 'replace'
   */
  defaultOperator?: OperatorSpec;
  /**
   * Also detect and redact secrets (API keys, tokens, private keys, passwords). On by default because a
   * secret must never reach the model; `false` turns it off, an object configures the secret detector.
   * @default true
   */
  secrets?: boolean | SecretDetectorOptions;
  /**
   * HMAC key for the `hash` operator.
   * @default a random per-process key
   */
  hashKey?: string | Uint8Array;
  /**
   * Vault to reuse across the messages of one request (same value, same placeholder). When omitted and an
   * operator pseudonymizes, a new vault is created and returned.
   */
  vault?: PseudonymVault;
}

export interface RedactPIIResult {
  text: string;
  /** What was detected (PII and, unless disabled, secrets), sorted by start. */
  entities: Array<PIIEntity | SecretEntity>;
  /** Present when a vault was passed in or an operator pseudonymizes. */
  vault?: PseudonymVault;
}

/** Every key of {@link RedactPIIOptions}, kept in step with the type by the compiler. */
const REDACT_PII_OPTION_KEYS: OptionKeys<RedactPIIOptions> = {
  ...DETECT_PII_OPTION_KEYS,
  operators: true,
  defaultOperator: true,
  secrets: true,
  hashKey: true,
  vault: true,
};

/** Builds a reusable redactor: detectors compiled and options checked once. */
export function createPIIRedactor(options?: RedactPIIOptions): (text: string, vault?: PseudonymVault) => RedactPIIResult {
  checkOptionKeys('redactPII()', options, REDACT_PII_OPTION_KEYS);
  const detectOptions: DetectPIIOptions = {};
  for (const key of Object.keys(DETECT_PII_OPTION_KEYS) as Array<keyof DetectPIIOptions>) {
    if (options?.[key] !== undefined) (detectOptions as Record<string, unknown>)[key] = options[key];
  }
  const scanPII = createPIIScanner(detectOptions);
  const secretsOpt = options?.secrets ?? true;
  const scanSecrets = secretsOpt === false ? undefined : createSecretScanner(secretsOpt === true ? undefined : secretsOpt);
  const defaultOperator = resolveOperator(options?.defaultOperator, 'defaultOperator');
  const operators = new Map<string, Exclude<OperatorSpec, string>>();
  for (const [type, spec] of Object.entries(options?.operators ?? {})) operators.set(type, resolveOperator(spec, `operators.${type}`));
  const pseudonymizes = defaultOperator.operator === 'pseudonymize' || [...operators.values()].some((o) => o.operator === 'pseudonymize');
  if (options?.hashKey !== undefined && typeof options.hashKey !== 'string' && !(options.hashKey instanceof Uint8Array)) {
    throw new GuardConfigError('hashKey must be a string or a Uint8Array.');
  }
  return (text: string, vaultArg?: PseudonymVault): RedactPIIResult => {
    const vault = vaultArg ?? options?.vault ?? (pseudonymizes ? createPseudonymVault() : undefined);
    const entities: Array<PIIEntity | SecretEntity> = [...scanPII(text), ...(scanSecrets?.(text) ?? [])];
    entities.sort((a, b) => a.start - b.start || b.end - a.end);
    const result: RedactPIIResult = { text, entities };
    if (vault !== undefined) result.vault = vault;
    if (entities.length === 0) return result;
    vault?.reserve(text);
    const spans: RedactionSpan[] = entities.map((e) => ({
      start: e.start,
      end: e.end,
      type: e.type,
      score: e.score,
      operator: operators.get(e.type) ?? defaultOperator,
    }));
    const ctx: RedactionContext = {};
    if (vault !== undefined) ctx.vault = vault;
    if (options?.hashKey !== undefined) ctx.hashKey = options.hashKey;
    result.text = applyRedactions(text, spans, ctx).text;
    return result;
  };
}

/**
 * Detects PII (and secrets unless `secrets: false`) and redacts each with its type's operator
 * (default `replace`: `[EMAIL]`). For several messages of one request, pass the same `vault`.
 */
export function redactPII(text: string, options?: RedactPIIOptions): RedactPIIResult {
  return createPIIRedactor(options)(text);
}
