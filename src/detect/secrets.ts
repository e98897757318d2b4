/**
 * Secret detection: Mistral API keys, AWS access keys, GitHub tokens, JWTs, private-key blocks, bearer
 * tokens and high-entropy values assigned to key/secret/token/password names.
 *
 * Candidates come from cheap literal searches (`AKIA`, `gh?_`, `eyJ`, `-----BEGIN`, `Bearer`, `=`/`:` after
 * a key-like name); every local check is bounded, so 100 KB of adversarial input stays linear.
 * @module
 */
import { GuardConfigError } from '../core/errors.js';
import type { Detection } from '../core/types.js';
import { resolveOverlaps } from './pii.js';
import { UnitBuffer } from '../text/units.js';

export const SECRET_TYPES = ['MISTRAL_API_KEY', 'AWS_ACCESS_KEY', 'GITHUB_TOKEN', 'JWT', 'PRIVATE_KEY', 'GENERIC_SECRET'] as const;

export type SecretType = (typeof SECRET_TYPES)[number];

/** One secret match; slice the text for the value (never logged). */
export interface SecretEntity {
  type: SecretType;
  start: number;
  end: number;
  /** Confidence 0..1. */
  score: number;
}

export interface SecretDetectorOptions {
  /**
   * Secret types to detect.
   * @default all of SECRET_TYPES
   */
  types?: readonly SecretType[];
  /**
   * Matches scoring below this are dropped.
   * @default 0.5
   */
  minScore?: number;
  /**
   * Minimum Shannon entropy (bits per character) of a value assigned to a `*_KEY`/`*_SECRET`/`*_TOKEN` name.
   * @default 3
   */
  minEntropy?: number;
  /**
   * Minimum length of a value assigned to a `*_KEY`/`*_SECRET`/`*_TOKEN` name.
   * @default 16
   */
  minLength?: number;
  /**
   * Minimum length of a value assigned to `password`/`passwd`/`pwd`.
   * @default 6
   */
  minPasswordLength?: number;
  /**
   * Also report free-standing 32-character alphanumeric tokens with upper case, lower case and digits
   * (the shape of a Mistral key) when no assignment or header names them; scored 0.6.
   * @default true
   */
  bareMistralKeys?: boolean;
}

/** Shannon entropy of `s` in bits per character. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  const n = [...s].length;
  for (const c of counts.values()) {
    const p = c / n;
    h -= p * Math.log2(p);
  }
  return h;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isB64Url(c: number): boolean {
  return isAlnum(c) || c === 45 || c === 95;
}

function isTokenChar(c: number): boolean {
  return isAlnum(c) || c === 45 || c === 95 || c === 46 || c === 126 || c === 43 || c === 47 || c === 61;
}

interface Scratch {
  out: SecretEntity[];
  minScore: number;
  want: ReadonlySet<string>;
}

function push(s: Scratch, type: SecretType, start: number, end: number, score: number): void {
  if (score >= s.minScore && s.want.has(type)) s.out.push({ type, start, end, score: Math.min(1, score) });
}

function mixedAlnum32(v: string): boolean {
  return v.length === 32 && /^[A-Za-z0-9]+$/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v);
}

// --- private keys ------------------------------------------------------------------------------------------

const PEM_BEGIN = /-----BEGIN ([A-Z0-9 ]{0,40})PRIVATE KEY(?: BLOCK)?-----/y;

const PEM_BODY_LINE = /^[A-Za-z0-9+/=]+\r?$/;
const PEM_HEADER_LINE = /^[A-Za-z-]+: .*$/;

/**
 * Truncated block (no END line): the key material is the run of base64 lines (and PEM header fields) that
 * follows, up to the first other line, so no key material is left behind and the prose after it is kept.
 */
function truncatedBodyEnd(text: string, bodyStart: number): number {
  let end = bodyStart;
  let pos = bodyStart;
  let sawBody = false;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd);
    if (PEM_BODY_LINE.test(line)) {
      sawBody = true;
      end = line.endsWith('\r') ? lineEnd - 1 : lineEnd;
    } else if (!(line.trim() === '' && !sawBody) && !(PEM_HEADER_LINE.test(line) && !sawBody)) {
      break;
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  return end;
}

function scanPrivateKeys(text: string, s: Scratch): void {
  // Once an END marker is absent after some position it is absent after any later one: search it once.
  const noEndFrom = new Map<string, number>();
  let p = text.indexOf('-----BEGIN');
  while (p !== -1) {
    let next = p + 10;
    PEM_BEGIN.lastIndex = p;
    const m = PEM_BEGIN.exec(text);
    if (m !== null) {
      const bodyStart = p + m[0].length;
      let end = -1;
      const endMarker = `-----END ${m[1] ?? ''}PRIVATE KEY`;
      if (bodyStart < (noEndFrom.get(endMarker) ?? Infinity)) {
        const q = text.indexOf(endMarker, bodyStart);
        if (q === -1) noEndFrom.set(endMarker, bodyStart);
        else {
          const close = text.indexOf('-----', q + endMarker.length);
          end = close !== -1 && close - q < 80 ? close + 5 : q + endMarker.length;
        }
      }
      if (end === -1) {
        end = truncatedBodyEnd(text, bodyStart);
      }
      push(s, 'PRIVATE_KEY', p, end, 1);
      next = Math.max(end, next);
    }
    p = text.indexOf('-----BEGIN', next);
  }
}

// --- fixed-prefix tokens -------------------------------------------------------------------------------------

function scanAws(text: string, s: Scratch, prefix: string): void {
  let p = text.indexOf(prefix);
  while (p !== -1) {
    const end = p + 20;
    if (!isAlnum(text.charCodeAt(p - 1)) && !isAlnum(text.charCodeAt(end)) && end <= text.length) {
      let ok = true;
      for (let i = p + 4; i < end; i++) {
        const c = text.charCodeAt(i);
        if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
          ok = false;
          break;
        }
      }
      if (ok) push(s, 'AWS_ACCESS_KEY', p, end, 0.95);
    }
    p = text.indexOf(prefix, p + 4);
  }
}

const GITHUB = /\b(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,251})(?![A-Za-z0-9_])/g;

/**
 * Whether `text` holds what every GitHub token match starts with: `gh` with `_` two characters later
 * (`gh?_`) or `github_pat_`. Exact, so prose (where "gh" is common: "right", "though") skips the regex.
 * Both forms hold `_`, rare in prose and found natively faster than any of them.
 */
function mayHoldGithubToken(text: string): boolean {
  if (!text.includes('_')) return false;
  if (text.includes('github_pat_')) return true;
  for (let p = text.indexOf('gh'); p !== -1; p = text.indexOf('gh', p + 2)) {
    if (text.charCodeAt(p + 3) === 95) return true;
  }
  return false;
}

function scanGithub(text: string, s: Scratch, re: RegExp): void {
  if (!mayHoldGithubToken(text)) return;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) push(s, 'GITHUB_TOKEN', m.index, m.index + m[0].length, 0.95);
}

// --- JWT ---------------------------------------------------------------------------------------------------

function decodeB64Url(part: string): string | undefined {
  try {
    return Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  } catch {
    return undefined;
  }
}

function jwtHeaderOk(header: string): boolean {
  const json = decodeB64Url(header);
  if (json === undefined) return false;
  try {
    const parsed: unknown = JSON.parse(json);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) && 'alg' in parsed;
  } catch {
    return false;
  }
}

function b64Run(text: string, from: number): number {
  let i = from;
  while (i < text.length && isB64Url(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The next `eyJ` at or after `from`, or -1. Searched from its `J` (rare in prose), because a search
 * opening with `e`, the most frequent letter, stops at nearly every word.
 */
function nextEyJ(text: string, from: number): number {
  for (let j = text.indexOf('J', from + 2); j !== -1; j = text.indexOf('J', j + 1)) {
    if (text.charCodeAt(j - 1) === 121 && text.charCodeAt(j - 2) === 101) return j - 2;
  }
  return -1;
}

function scanJwt(text: string, s: Scratch): void {
  let p = nextEyJ(text, 0);
  while (p !== -1) {
    const h = b64Run(text, p);
    let next = h;
    if (!isB64Url(text.charCodeAt(p - 1)) && text.charCodeAt(h) === 46 && h - p >= 10 && h - p <= 4096) {
      const pe = b64Run(text, h + 1);
      if (pe - h - 1 >= 2 && text.charCodeAt(pe) === 46) {
        const se = b64Run(text, pe + 1);
        const fourth = text.charCodeAt(se) === 46 && isB64Url(text.charCodeAt(se + 1));
        if (!fourth && jwtHeaderOk(text.slice(p, h))) {
          push(s, 'JWT', p, se, 0.95);
        }
        next = se;
      } else {
        next = pe;
      }
    }
    // Any eyJ inside the run just scanned ends at the same place, so it cannot succeed either.
    p = nextEyJ(text, Math.max(next, p + 3));
  }
}

// --- bearer tokens and key = value assignments --------------------------------------------------------------

const BEARER = /\b[Bb]earer[ \t]+/g;

function classifyToken(text: string, s: Scratch, start: number, end: number, base: number): void {
  const v = text.slice(start, end);
  if (v.startsWith('eyJ')) return; // the JWT scan reports it
  if (/^[A-Za-z0-9]{32}$/.test(v)) push(s, 'MISTRAL_API_KEY', start, end, 0.9);
  else if (v.length >= 16 && shannonEntropy(v) >= 3) push(s, 'GENERIC_SECRET', start, end, base);
}

function scanBearer(text: string, s: Scratch, re: RegExp): void {
  // Every match holds "Bearer" or "bearer": most texts skip the regex pass. (Searching for a word
  // that opens with a rare letter is much cheaper than for one opening with "e".)
  if (!text.includes('bearer') && !text.includes('Bearer')) return;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index + m[0].length;
    let end = start;
    while (end < text.length && end - start < 4096 && isTokenChar(text.charCodeAt(end))) end++;
    while (end > start && text.charCodeAt(end - 1) === 46) end--;
    classifyToken(text, s, start, end, 0.85);
    re.lastIndex = Math.max(end, re.lastIndex);
  }
}

const SECRET_NAME = /(?:key|secret|token|passw(?:or)?d|pwd|pass|credentials?|auth(?:orization)?)$/i;
const PASSWORD_NAME = /(?:passw(?:or)?d|pwd|pass)$/i;
const PLACEHOLDER =
  /^(?:x+|\*+|\.+|-+|_+|#+|null|none|nil|true|false|undefined|string|number|required|optional|changeme|change_me|password|secret|token|example|sample|placeholder|redacted|hidden|dummy|test|your[_-]?\w*|<[^>]*>|\[[^\]]*\])$/i;
const PLACEHOLDER_PART = /(?:your[_-]|_here\b|xxxx|\*\*\*\*|placeholder|changeme|example|<|>|\$\{|\{\{)/i;
const REFERENCE_START = /^(?:\$|%|\{|\(|process\.env|os\.environ|os\.getenv|env\.|env\[|getenv|config\.|settings\.|secrets\.|vault:|!|@)/;

function nameBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  const q = text.charCodeAt(i);
  if (q === 34 || q === 39 || q === 96) i--;
  const end = i + 1;
  while (i >= 0 && end - i <= 64) {
    const c = text.charCodeAt(i);
    if (isAlnum(c) || c === 95 || c === 45 || c === 46) i--;
    else break;
  }
  return text.slice(i + 1, end);
}

interface Limits {
  minEntropy: number;
  minLength: number;
  minPasswordLength: number;
}

/**
 * Every `=` or `:` at or after `from`, in order, found with two native `indexOf` searches (each
 * position remembered until passed) rather than a regex pass over the whole text.
 */
class AssignmentMarks {
  private eq = -2;
  private colon = -2;
  constructor(private readonly text: string) {}
  /** The first `=` or `:` at or after `from`, or -1. */
  next(from: number): number {
    if (this.eq !== -1 && this.eq < from) this.eq = this.text.indexOf('=', from);
    if (this.colon !== -1 && this.colon < from) this.colon = this.text.indexOf(':', from);
    if (this.eq === -1) return this.colon;
    return this.colon === -1 || this.eq < this.colon ? this.eq : this.colon;
  }
}

function scanAssignments(text: string, s: Scratch, limits: Limits): void {
  const marks = new AssignmentMarks(text);
  let from = 0;
  for (let at = marks.next(0); at !== -1; at = marks.next(from)) {
    from = at + 1;
    // "==" / "=>" / "::" / "://" are comparisons, arrows, scopes or URLs, not assignments.
    const nextCode = text.charCodeAt(at + 1);
    if (nextCode === 61 || nextCode === 62 || nextCode === 58 || nextCode === 47) {
      from = at + 2;
      continue;
    }
    const name = nameBefore(text, at);
    if (name.length === 0 || !SECRET_NAME.test(name)) continue;
    let vs = at + 1;
    while (vs < text.length && (text.charCodeAt(vs) === 32 || text.charCodeAt(vs) === 9)) vs++;
    const quote = text.charCodeAt(vs);
    const quoted = quote === 34 || quote === 39 || quote === 96;
    if (quoted) vs++;
    // "Authorization: Bearer x" / "Basic x": the scheme word is not the secret.
    if (/^auth/i.test(name.replace(/^.*[_.-]/, '')) || /authorization$/i.test(name)) {
      const scheme = /^(?:Bearer|Basic|Token|Bot)[ \t]+/i.exec(text.slice(vs, vs + 12));
      if (scheme !== null) {
        if (/^bearer/i.test(scheme[0])) continue; // the bearer scan reports it
        vs += scheme[0].length;
      }
    }
    let ve = vs;
    const limit = Math.min(text.length, vs + 512);
    if (quoted) {
      while (ve < limit && text.charCodeAt(ve) !== quote && text.charCodeAt(ve) !== 10) ve++;
    } else {
      while (ve < limit) {
        const c = text.charCodeAt(ve);
        if (c <= 32 || c === 44 || c === 59 || c === 34 || c === 39 || c === 96 || c === 41 || c === 125 || c === 93) break;
        ve++;
      }
      while (ve > vs && text.charCodeAt(ve - 1) === 46) ve--;
    }
    const value = text.slice(vs, ve);
    from = Math.max(from, ve);
    if (value.length === 0 || REFERENCE_START.test(value) || PLACEHOLDER.test(value) || PLACEHOLDER_PART.test(value)) continue;
    if (value.startsWith('eyJ') || value.startsWith('-----BEGIN')) continue; // reported by their own scans
    if (/mistral/i.test(name) && /^[A-Za-z0-9]{32}$/.test(value)) {
      push(s, 'MISTRAL_API_KEY', vs, ve, 0.95);
      continue;
    }
    const entropy = shannonEntropy(value);
    if (PASSWORD_NAME.test(name)) {
      // A password may be low-entropy, but a single dictionary-looking word is prose, not a secret.
      const word = /^[A-Za-z]+$/.test(value) && value.length < 16;
      if (value.length >= limits.minPasswordLength && !word && entropy >= 2) push(s, 'GENERIC_SECRET', vs, ve, 0.8);
      continue;
    }
    if (value.length >= limits.minLength && entropy >= limits.minEntropy && /\d/.test(value) && /[A-Za-z]/.test(value)) {
      if (mixedAlnum32(value) && /api[_-]?key$/i.test(name)) push(s, 'MISTRAL_API_KEY', vs, ve, 0.8);
      else push(s, 'GENERIC_SECRET', vs, ve, entropy >= 4 ? 0.85 : 0.75);
    }
  }
}

/** ASCII letters and digits by UTF-16 unit (a table load beats three range tests in the skip loop). */
const ALNUM = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) ALNUM[c] = isAlnum(c) ? 1 : 0;
/** Units of the text under {@link scanBareMistral}, read from a typed array (cheaper than charCodeAt). */
const bareKeyUnits = new UnitBuffer();

/**
 * Free-standing Mistral-shaped keys: maximal runs of exactly 32 alphanumerics (with a digit, upper and
 * lower case). Runs are found by a skip search: the last character of a 32-wide window is tested first
 * and the window jumps past any non-alphanumeric, so prose costs a few reads per word, not a pass.
 */
function scanBareMistral(text: string, s: Scratch): void {
  const n = text.length;
  if (n < 32) return;
  const u = bareKeyUnits.load(text);
  let a = 0; // always at the text start or right after a non-alphanumeric
  while (a + 32 <= n) {
    let j = a + 31;
    while (j >= a && ALNUM[u[j]!] === 1) j--;
    if (j >= a) {
      a = j + 1;
      continue;
    }
    let b = a + 32;
    while (b < n && ALNUM[u[b]!] === 1) b++;
    if (b - a === 32 && !isB64Url(text.charCodeAt(b)) && !isB64Url(text.charCodeAt(a - 1))) {
      const v = text.slice(a, b);
      if (mixedAlnum32(v) && shannonEntropy(v) >= 4) push(s, 'MISTRAL_API_KEY', a, b, 0.6);
    }
    a = b + 1;
  }
}

// --- public API --------------------------------------------------------------------------------------------

function checkNumber(name: string, v: unknown, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !(v >= min && v <= max)) throw new GuardConfigError(`${name} must be a number between ${min} and ${max}.`);
  return v;
}

/** Builds a secret scanner returning entities sorted by start, without overlaps. Options are checked here. */
export function createSecretScanner(options?: SecretDetectorOptions): (text: string) => SecretEntity[] {
  const types = options?.types ?? SECRET_TYPES;
  if (!Array.isArray(types)) throw new GuardConfigError('types must be an array of secret type names.');
  for (const t of types) {
    if (!(SECRET_TYPES as readonly string[]).includes(t)) {
      throw new GuardConfigError(`Unknown secret type "${String(t)}"; expected one of ${SECRET_TYPES.join(', ')}.`);
    }
  }
  const minScore = checkNumber('minScore', options?.minScore, 0, 1) ?? 0.5;
  const limits: Limits = {
    minEntropy: checkNumber('minEntropy', options?.minEntropy, 0, 8) ?? 3,
    minLength: checkNumber('minLength', options?.minLength, 1, 4096) ?? 16,
    minPasswordLength: checkNumber('minPasswordLength', options?.minPasswordLength, 1, 4096) ?? 6,
  };
  const bare = options?.bareMistralKeys ?? true;
  const want = new Set<string>(types);
  const github = new RegExp(GITHUB.source, 'g');
  const bearer = new RegExp(BEARER.source, 'g');
  return (text: string): SecretEntity[] => {
    if (typeof text !== 'string' || text.length === 0) return [];
    const s: Scratch = { out: [], minScore, want };
    if (want.has('PRIVATE_KEY')) scanPrivateKeys(text, s);
    if (want.has('AWS_ACCESS_KEY')) {
      scanAws(text, s, 'AKIA');
      scanAws(text, s, 'ASIA');
    }
    if (want.has('GITHUB_TOKEN')) scanGithub(text, s, github);
    if (want.has('JWT')) scanJwt(text, s);
    if (want.has('MISTRAL_API_KEY') || want.has('GENERIC_SECRET')) {
      scanBearer(text, s, bearer);
      scanAssignments(text, s, limits);
    }
    if (bare && want.has('MISTRAL_API_KEY')) scanBareMistral(text, s);
    return resolveOverlaps(s.out);
  };
}

let defaultScanner: ((text: string) => SecretEntity[]) | undefined;

/** Finds secrets in `text`: UTF-16 spans, non-overlapping, sorted by start. */
export function detectSecrets(text: string, options?: SecretDetectorOptions): SecretEntity[] {
  if (options === undefined) {
    defaultScanner ??= createSecretScanner();
    return defaultScanner(text);
  }
  return createSecretScanner(options)(text);
}

/** The pipeline-facing detector: same scan, as `Detection`s of kind `secret`. */
export function createSecretDetector(options?: SecretDetectorOptions): (text: string) => Detection[] {
  const scan = createSecretScanner(options);
  return (text: string): Detection[] => scan(text).map((e) => ({ kind: 'secret', type: e.type, start: e.start, end: e.end, score: e.score }));
}
