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
import { gateLiteral, TrigramGate } from '../text/trigram-gate.js';
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import { BASE64_DIGEST_LABELS, BASE64_DIGEST_LENGTHS, CONTEXT_PATTERNS, KEYWORD_RULES, SECRET_LABEL_WORDS, KUBERNETES_BOOTSTRAP, PGPASS, PREFIX_RULES, SALESFORCE_SESSION, TELEGRAM_BOT } from './secret-rules.js';
import type { PrefixRule } from './secret-rules.js';
import { commonPairShare } from './secret-words.js';
import { findBase64Jks, findBase64Pkcs12, findRawPkcs12 } from './secret-pkcs12.js';
import { findSpelledKeys, wideChunkedKeys } from './secret-spelled.js';
import { findCharCodeKeys } from './secret-char-codes.js';
import { isHtdigestHash } from './secret-htdigest.js';

/**
 * The secret types. The first six are the original contract; `API_KEY` (a provider token recognized by
 * its own format, see secret-rules.ts) and `CREDENTIALS` (a password in a URL, `curl -u`, or HTTP Basic
 * auth) were added after them.
 */
export const SECRET_TYPES = ['MISTRAL_API_KEY', 'AWS_ACCESS_KEY', 'GITHUB_TOKEN', 'JWT', 'PRIVATE_KEY', 'GENERIC_SECRET', 'API_KEY', 'CREDENTIALS'] as const;

export type SecretType = (typeof SECRET_TYPES)[number];

/** One secret match; slice the text for the value (never logged). */
export interface SecretEntity {
  type: SecretType;
  start: number;
  end: number;
  /** Confidence 0..1. */
  score: number;
  /** The rule that matched, for provider tokens (`slack-bot-token`, `stripe-sk_live`, …). */
  rule?: string;
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

/** Every key of {@link SecretDetectorOptions}, kept in step with the type by the compiler. */
export const SECRET_OPTION_KEYS: OptionKeys<SecretDetectorOptions> = {
  types: true,
  minScore: true,
  minEntropy: true,
  minLength: true,
  minPasswordLength: true,
  bareMistralKeys: true,
};

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
  /** Report free-standing Mistral-shaped keys. */
  bare: boolean;
}

function push(s: Scratch, type: SecretType, start: number, end: number, score: number, rule?: string): void {
  if (score >= s.minScore && s.want.has(type)) {
    const e: SecretEntity = { type, start, end, score: Math.min(1, score) };
    if (rule !== undefined) e.rule = rule;
    s.out.push(e);
  }
}

// --- placeholders ------------------------------------------------------------------------------------------

/**
 * Words and marks of documentation examples. Template references count when well formed (`${VAR}`,
 * `${VAR:-x}`, `{{ var }}`, `<your key>`, `%VAR%`): a password may hold `${` or `<` among other characters.
 */
const PLACEHOLDER_WORDS =
  /x{4,}|\*{3,}|\.{3}|\u2026|<[A-Za-z0-9 _.:-]{1,40}>|\$\{[A-Za-z_][\w.]*(?::?[-=?][^}]{0,40})?\}|\{\{[\s\w.|()'"-]{1,60}\}\}|%[A-Za-z_]+%|your[_-]?(?:api|secret|token|key|pass)|example|sample|placeholder|dummy|fake|not[_-]?a[_-]?real|redacted|changeme|changeit|insert[_-]?here|replace[_-]?me|_here\b/i;

/** Longest run of consecutive ascending or descending codes (`abcdef`, `987654`). */
function longestSequence(v: string): number {
  let best = 1;
  let up = 1;
  let down = 1;
  for (let i = 1; i < v.length; i++) {
    const d = v.charCodeAt(i) - v.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    best = Math.max(best, up, down);
  }
  return best;
}

/**
 * An identifier made of words (`LibrariesDocumentsPatchV1Request`, `connectorCallToolV1RequestToJSON`):
 * most of its letters stand in lower-case runs of three or more, and at least 85% of the letter pairs in
 * those runs are common in words. The runs alone pass 4 in 10,000 random 32-character base62 keys (a
 * Mistral key would then go through as an identifier); with the pairs, 5 in 10 million, while every
 * identifier of the dependencies' type declarations still reads as words. `strict` (for weak evidence)
 * takes a share of 0.5 instead of 0.6 (0.72 under 28 characters).
 */
export function wordLike(v: string, strict = false): boolean {
  // Lower-case alphabets (hex, base32) are runs of lower case by nature: only mixed case is judged.
  if (!/[A-Z]/.test(v) || !/[a-z]/.test(v)) return false;
  let n = 0;
  let run = 0;
  for (let i = 0; i <= v.length; i++) {
    const c = i < v.length ? v.charCodeAt(i) : 0;
    if (c >= 97 && c <= 122) run++;
    else {
      if (run >= 3) n += run;
      run = 0;
    }
  }
  return n / v.length >= (strict ? 0.5 : v.length < 28 ? 0.72 : 0.6) && commonPairShare(v) >= 0.85;
}

/**
 * A token spelled in words (`my-tokens_are-correct`, `PREfix_helloworld_testin_pretty_long`): three or more
 * separated parts of four lower-case letters or more, which random characters almost never make.
 */
function wordyToken(value: string): boolean {
  let words = 0;
  for (const part of value.split(/[-_.\s]+/)) if (/^[a-z]{4,}[0-9]{0,3}$/.test(part)) words++;
  return words >= 3;
}

/**
 * Documentation examples and placeholders: `xxxx`, `EXAMPLE`, `<your-key>`, `${TOKEN}`, a character
 * repeated or counted up (`000000…`, `abcdef…`, `123456…`), or too few distinct characters to be random;
 * with `words`, also a token spelled in words (a passphrase may be words: the password check leaves it).
 */
export function isPlaceholderSecret(value: string, words = true): boolean {
  if (PLACEHOLDER_WORDS.test(value)) return true;
  const body = value.replace(/[^A-Za-z0-9]/g, '');
  if (body.length === 0) return true;
  if (/(.)\1{5,}/.test(value)) return true;
  if (longestSequence(value) >= 6) return true;
  // "aAbBcC…", "AaBbCc…": the same count, case-folded with doubles collapsed.
  const collapsed = body.toLowerCase().replace(/(.)\1/g, '$1');
  if (collapsed.length < body.length * 0.7 && longestSequence(collapsed) >= 6) return true;
  const distinct = new Set(body).size;
  if (body.length >= 12 && distinct < Math.min(8, body.length / 3)) return true;
  // Repeating pattern ("abcabcabc…", "1234123412341234", "abcd1234ABCD1234"), whole or for most of the value.
  const folded = body.toLowerCase();
  for (const period of [2, 3, 4, 5, 6, 8, 10, 12, 16]) {
    if (folded.length < period * 3) continue;
    let same = 0;
    for (let i = period; i < folded.length; i++) if (folded.charCodeAt(i) === folded.charCodeAt(i - period)) same++;
    if (same >= (folded.length - period) * 0.8) return true;
  }
  if (words && wordyToken(value)) return true;
  return false;
}

/**
 * The shape of a Mistral key: 32 letters and digits with upper case, lower case and digits. Hex digits
 * only (`9276a43e…ED38357DB`, a digest or another provider's id in mixed case) is not it: a random base62
 * key is all hex once in 10^14.
 */
function mixedAlnum32(v: string): boolean {
  return v.length === 32 && /^[A-Za-z0-9]+$/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v) && !/^[0-9a-fA-F]+$/.test(v);
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

/** At least 40 base64 characters of varied content between the markers (header fields aside). */
function hasKeyMaterial(raw: string): boolean {
  // Inside a JSON string (a service-account file) the lines are joined by literal "\n".
  const body = raw.includes('\\n') ? raw.replace(/\\n/g, '\n') : raw;
  let material = '';
  for (const line of body.split('\n')) {
    const t = line.trim();
    if (t === '' || PEM_HEADER_LINE.test(t) || t.startsWith('-----')) continue;
    if (!/^[A-Za-z0-9+/=]+$/.test(t)) continue;
    material += t;
    if (material.length >= 64) break;
  }
  return material.length >= 40 && !isPlaceholderSecret(material) && shannonEntropy(material) >= 3.5;
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
      // "-----BEGIN PRIVATE KEY-----\n..." in documentation: no key material, no finding.
      if (hasKeyMaterial(text.slice(bodyStart, end))) push(s, 'PRIVATE_KEY', p, end, 1);
      next = Math.max(end, next);
    }
    p = text.indexOf('-----BEGIN', next);
  }
}

/**
 * Key files of other shapes: a PuTTY key's private part (`Private-Lines: n` and its base64 lines) and an
 * OpenVPN static key block (hex lines between its markers).
 */
function scanOtherKeyFiles(text: string, s: Scratch): void {
  if (text.includes('Private-Lines:')) {
    for (let p = text.indexOf('Private-Lines:'); p !== -1; p = text.indexOf('Private-Lines:', p + 14)) {
      const nl = text.indexOf('\n', p);
      if (nl === -1) break;
      // The base64 lines right after it (each line read once: the next search starts after them).
      let end = nl + 1;
      for (let q = nl + 1; q < text.length; ) {
        const next = text.indexOf('\n', q);
        const lineEnd = next === -1 ? text.length : next;
        if (lineEnd === q || !PEM_BODY_LINE.test(text.slice(q, lineEnd))) break;
        end = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
        if (next === -1) break;
        q = next + 1;
      }
      if (end > nl + 1 && hasKeyMaterial(text.slice(nl + 1, end))) push(s, 'PRIVATE_KEY', p, end, 0.95, 'putty-private');
      p = Math.max(p, end - 14);
    }
  }
  if (text.includes('OpenVPN Static key')) {
    const begin = text.indexOf('-----BEGIN OpenVPN Static key');
    if (begin !== -1) {
      const endMarker = text.indexOf('-----END OpenVPN Static key', begin);
      const bodyStart = text.indexOf('\n', begin) + 1;
      const close = endMarker === -1 ? -1 : text.indexOf('-----', endMarker + 5);
      let end = close === -1 ? text.length : close + 5;
      if (endMarker === -1) {
        // Cut short: the hex lines after the marker.
        end = begin;
        for (let p = bodyStart; p > 0 && p < text.length; ) {
          const nl = text.indexOf('\n', p);
          const lineEnd = nl === -1 ? text.length : nl;
          if (!/^[0-9a-fA-F]+\r?$/.test(text.slice(p, lineEnd))) break;
          end = lineEnd;
          p = nl + 1;
          if (nl === -1) break;
        }
      }
      const hex = text.slice(begin, end).replace(/-----[^\n]*-----/g, '').replace(/\s/g, '');
      if (/^[0-9a-fA-F]{64,}$/.test(hex) && !isPlaceholderSecret(hex)) push(s, 'PRIVATE_KEY', begin, end, 0.95, 'openvpn-static');
    }
  }
  for (const [a, b] of findBase64Pkcs12(text)) push(s, 'PRIVATE_KEY', a, b, 0.95, 'pkcs12-base64');
  for (const [a, b] of findBase64Jks(text)) push(s, 'PRIVATE_KEY', a, b, 0.95, 'jks-base64');
  for (const [a, b] of findRawPkcs12(text)) push(s, 'PRIVATE_KEY', a, b, 0.9, 'pkcs12-binary');
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

/** The made-up people of documentation tokens (jwt.io's introduction signs one for John Doe). */
const DOC_CLAIM_NAME = /^(?:John|Jane) Doe$/;

/**
 * Claims of a documentation token: a subject counted up (`"sub": "1234567890"`), a made-up person, an
 * example address or another placeholder as a claim's value. A token issued by a real service names a
 * real subject.
 */
function docExampleClaims(claims: string): boolean {
  const json = decodeB64Url(claims);
  if (json === undefined || !json.startsWith('{')) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return false;
  }
  if (typeof parsed !== 'object' || parsed === null) return false;
  return Object.values(parsed).some((v) => typeof v === 'string' && (DOC_CLAIM_NAME.test(v) || (v.length >= 6 && isPlaceholderSecret(v, false))));
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
        if (!fourth && jwtHeaderOk(text.slice(p, h)) && !docExampleClaims(text.slice(h + 1, pe))) {
          push(s, 'JWT', p, se, 0.95);
        }
        next = se;
      } else {
        // Header and claims without a signature part (an unsigned or truncated token): the claims are
        // JSON too, so it reads `eyJ….eyJ…`.
        if (pe - h - 1 >= 10 && text.startsWith('eyJ', h + 1) && !isB64Url(text.charCodeAt(pe)) && jwtHeaderOk(text.slice(p, h))) push(s, 'JWT', p, pe, 0.85);
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
  if (end - start < 16) return; // nothing shorter is reported (and "Bearer Bearer …" stays cheap)
  const v = text.slice(start, end);
  if (v.startsWith('eyJ')) return; // the JWT scan reports it
  if (isPlaceholderSecret(v)) return;
  if (/^[A-Za-z0-9]{32}$/.test(v)) push(s, 'MISTRAL_API_KEY', start, end, 0.9);
  else if (shannonEntropy(v) >= 3) push(s, 'GENERIC_SECRET', start, end, base);
}

const BEARER_WORD = gateLiteral('bearer');

function scanBearer(text: string, s: Scratch, re: RegExp, gate: TrigramGate): void {
  // Every match holds "Bearer" or "bearer": most texts skip the regex pass. (Searching for a word
  // that opens with a rare letter is much cheaper than for one opening with "e".)
  if (!gate.mayHold(BEARER_WORD) || (!text.includes('bearer') && !text.includes('Bearer'))) return;
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

/** Names ending with a secret word (`DB_PASSWORD`, `apiKey`, `x-auth-token`). */
const SECRET_NAME = /(?:key|secret|token|passw(?:or)?d|pwd|pass|passphrase|credentials?|auth(?:orization)?|pat|sig|signature|dsn|webhook(?:_?url)?|cookie|session)$/i;
/** Names holding a strong secret word anywhere (`apikey_myservice`, `secret_key_base`, `secrete`). */
const SECRET_STEM = /secret|api_?key|private_?key|access_?key|auth_?key|client_?key|credential|access_?token|auth_?token|refresh_?token/i;
/** Passwords in several languages, at the end of a name (a password may be short and low in entropy). */
const PASSWORD_NAME = /(?:passw(?:or)?d|passwd|pwd|pass|(?:^|[_.-])pw|passphrase|authtok|contrase[nñ]a|passwort|kennwort|wachtwoord|senha|has[lł]o|salasana|l[oö]senord|adgangskode|passord|motdepasse|mot_de_passe|mdp)$/i;
/** The same words anywhere in a name (`my_password_sec`). */
const PASSWORD_STEM = /passw(?:or)?d|passwd|passphrase|contrase[nñ]a|passwort|kennwort|wachtwoord|senha|has[lł]o|salasana|l[oö]senord|adgangskode|passord|motdepasse|mot_de_passe/i;
/**
 * A last part of a name saying the value is about the secret, not the secret (`password_length`,
 * `token_type`, `secret_name`, `api_key_id`, `passwordHint`).
 */
const NOT_SECRET_QUALIFIER =
  /(?:^|_)(?:ids?|names?|types?|hints?|len|length|size|files?|paths?|dir|fields?|labels?|polic(?:y|ies)|expiry|expires|expiration|ttl|count|prefix|headers?|params?|env|var|version|format|endpoint|url|uri|arn|ref|regex|pattern|required|enabled|min|max|rotation|reset|input|form|mode|helper|manager|provider|store|vault|method|source|location|question|strength|rules?|valid|validation|confirm|changed|updated|created|placeholder|visible|visibility|toggle|dialog|modal|button|icon|error|errors|message|text|commit|sha|rev|revision|release|checksum|digest|short|long|weak|mismatch|invalid|incorrect|missing|empty|expired|forgot|forgotten|title|subtitle|heading|caption|tooltip|prompt|description|help|instructions|requirements?|criteria|complexity|feedback|warnings?|notice|success|failure|failed|status)$/;

/**
 * Keys that name a record or a message, not a credential: database and storage keys (`primary_key`,
 * `partition_key`, `object_key`), and request or message keys (`idempotency_key`, `cache_key`,
 * `routing_key`, `dedup_key`), and a project key (SonarQube, Jira). Their values are ids (a UUID, a
 * path), often random. In prose the words are spaced (`the cache key: user:…`), read by {@link spacedKeyName}.
 */
const RECORD_KEY = /(?:^|_)(?:idempotency|cache|project|primary|foreign|partition|sort|routing|object|dedup(?:lication)?|lookup|map|hash|range|row|shard|sharding|group|join|composite|unique|natural|surrogate|index|bucket|s3|correlation|trace|request|message|event|entity)_key$/;

/**
 * A digest of a token or key (`refresh_token_hash`, `api_key_fingerprint`): what a service stores instead of
 * the secret. A password's hash (`password_hash`) stays a password's: it opens to offline guessing.
 */
const HASH_QUALIFIER = /(?:^|_)(?:hash|hashed|fingerprint)$/;

type NameKind = 'password' | 'secret' | undefined;

/**
 * {@link readNameKind} of the names already read: the same names come back in every tag and line (`href`,
 * `class`, `title`, `name`), and reading one costs two replaces and five regex tests. Emptied when full.
 */
const nameKinds = new Map<string, NameKind | null>();
const NAME_KINDS_MAX = 2048;

/** How an assigned name is read: a password, another secret, or neither. */
function nameKind(name: string): NameKind {
  const known = nameKinds.get(name);
  if (known !== undefined) return known ?? undefined;
  const kind = readNameKind(name);
  if (nameKinds.size >= NAME_KINDS_MAX) nameKinds.clear();
  nameKinds.set(name, kind ?? null);
  return kind;
}

function readNameKind(name: string): NameKind {
  // camelCase split, so qualifiers read the same in every style (`passwordLength` = `password_length`).
  const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[-.]/g, '_').toLowerCase();
  if (NOT_SECRET_QUALIFIER.test(snake) || (snake.endsWith('_key') && RECORD_KEY.test(snake))) return undefined;
  if (PASSWORD_NAME.test(name) || PASSWORD_STEM.test(snake)) return 'password';
  if (HASH_QUALIFIER.test(snake)) return undefined;
  if (SECRET_NAME.test(name) || SECRET_STEM.test(snake)) return 'secret';
  return undefined;
}

/** A quoted phrase naming the secret it stands for: a form label or an i18n string (see {@link SECRET_LABEL_WORDS}). */
const SECRET_LABEL = new RegExp(`(?:^|[^\\p{L}])(?:${SECRET_LABEL_WORDS.join('|')})(?![\\p{L}])`, 'iu');

/** A label is words: letters, spaces and sentence punctuation, no digit or symbol (`"hunter2 is my password"` is a password). */
const LABEL_TEXT = /^[\p{L}\p{M} '\u2019?!.,:\u2026-]+$/u;

/** Keyword rows' names matching a whole assigned name (`postmark: "…"`), which alone ties a value to it. */
const KEYWORD_WHOLE_NAME = KEYWORD_RULES.map((r) => new RegExp(`^(?:${r.name.source.replace(/\\b/g, '')})$`));
/** Words of keyword rules' names (a cheap gate before the rules themselves). */
const KEYWORD_NAME = new RegExp(KEYWORD_RULES.map((r) => r.name.source).join('|'), 'i');
const PLACEHOLDER =
  /^(?:x+|\*+|\.+|-+|_+|#+|null|none|nil|true|false|undefined|string|number|required|optional|changeme|change_me|password|secret|token|example|sample|placeholder|redacted|hidden|dummy|test|your[_-]?\w*|<[^>]*>|\[[^\]]*\])$/i;
const PLACEHOLDER_PART = /(?:your[_-]|_here\b|xxxx|\*\*\*\*|placeholder|changeme|example)/i;
/** A value that points at the secret or holds it encrypted: a variable, a lookup, a SOPS ciphertext (`ENC[AES256_GCM,data:…]`). */
const REFERENCE_START = /^(?:\$|%|\{|\(|process\.env|os\.environ|os\.getenv|env\.|env\[|getenv|config\.|settings\.|secrets\.|vault:|!|@|ENC\[AES256_GCM,data:)/;
/**
 * Commands that fetch a secret, as the first word of a shell backtick substitution (`` PASSWORD=`cat /run/secrets/db` ``):
 * the value is the command, not its output.
 */
const FETCH_COMMAND = /^(?:cat|head|echo|printf|openssl|pass|gpg|op|security|vault|aws|gcloud|az|kubectl|jq|yq|sops|base64|keyring|secret-tool|bw|lpass|doppler|infisical|gh|tr|sed|awk|grep)[ \t]/;
/** An unquoted identifier is a variable, not a literal (`password: real_key`, `secret = userSecret`). */
const IDENTIFIER = /^(?:[a-z]+(?:_[a-z]+)+|[a-z]+(?:[A-Z][a-z]+)+|[A-Z]+(?:_[A-Z]+)+)$/;

/** Words of code that stand where a value would (`pass = function (…)`, `token = await …`). */
const CODE_WORD = /^(?:function|lambda|async|await|new|require|import|return|typeof|this|self|default|object|string|array|boolean|number|int|bool|str|bytes|any|unknown|void|never|nullptr|None|True|False)$/;

/** Type words between a name and its `=` (`var apiToken string = …`, `String apiKey = …`). */
const TYPE_WORD = /^(?:string|String|str|int|var|let|const|val|auto|char|bytes|text|secret)$/;

function wordBefore(text: string, at: number): [string, number] {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  // `name[] = …` (PHP), `name[i] = …`: the index is skipped; a quoted key is the name (`$cfg['db_password'] = …`,
  // `os.environ["API_KEY"] = …`, `ENV['TOKEN'] = …`).
  if (text.charCodeAt(i) === 93) {
    let j = i - 1;
    while (j >= 0 && i - j < 66 && text.charCodeAt(j) !== 91 && text.charCodeAt(j) !== 10) j--;
    if (text.charCodeAt(j) === 91) {
      const q = text.charCodeAt(j + 1);
      if (i - j >= 4 && (q === 34 || q === 39) && text.charCodeAt(i - 1) === q && /^[A-Za-z_][\w.-]*$/.test(text.slice(j + 2, i - 1))) return [text.slice(j + 2, i - 1), j + 2];
      i = j - 1;
    }
  }
  const q = text.charCodeAt(i);
  if (q === 34 || q === 39 || q === 96) i--;
  const end = i + 1;
  while (i >= 0 && end - i <= 64) {
    const c = text.charCodeAt(i);
    if (isAlnum(c) || c === 95 || c === 45 || c === 46 || (c > 127 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x206f))) i--;
    else break;
  }
  return [text.slice(i + 1, end), i + 1];
}

/**
 * `cache key: …`, `partition key = …`: a bare `key` after one space and a word reads as the compound name
 * (`cache_key`) when that names a record (prose spells {@link RECORD_KEY} names with spaces). Otherwise `key`.
 */
function spacedKeyName(text: string, name: string, start: number): string {
  if (name.length !== 3 || name.toLowerCase() !== 'key' || text.charCodeAt(start - 1) !== 32) return name;
  const [previous] = wordBefore(text, start - 1);
  const compound = `${previous.toLowerCase()}_key`;
  return RECORD_KEY.test(compound) ? compound : name;
}

function nameBefore(text: string, at: number): string {
  // Compound assignment operators: `?=` (make), `.=` (PHP), `+=`, `||=`, `:=` read from their `=`.
  let mark = at;
  while (mark > 0 && mark > at - 2 && (text.charCodeAt(mark - 1) === 63 || text.charCodeAt(mark - 1) === 43 || text.charCodeAt(mark - 1) === 124 || (text.charCodeAt(mark - 1) === 46 && text.charCodeAt(mark - 2) === 32))) mark--;
  const [name, start] = wordBefore(text, mark);
  if (!TYPE_WORD.test(name) || name === 'secret') return spacedKeyName(text, name, start);
  const [previous] = wordBefore(text, start);
  return previous.length > 0 ? previous : name;
}

/** The identifier starting at `at` (after spaces), for `"literal" == name`. */
function wordAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const start = i;
  while (i < text.length && i - start < 64) {
    const c = text.charCodeAt(i);
    if (isAlnum(c) || c === 95 || c === 45 || c === 46) i++;
    else break;
  }
  return text.slice(start, i);
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

const isQuote = (c: number): boolean => c === 34 || c === 39 || c === 96;

/** A quoted literal starting at `at` (after spaces): `"x"`, `'x'`, `` `x` ``, `@"x"`, `r"x"`, `b'x'`, `\"x\"`. */
function quotedAt(text: string, at: number): [number, number] | undefined {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  let c = text.charCodeAt(i);
  let escaped = false;
  if (c === 92 && isQuote(text.charCodeAt(i + 1))) {
    escaped = true;
    i++;
  } else if ((c === 64 || c === 114 || c === 98 || c === 117 || c === 82 || c === 66 || c === 85) && isQuote(text.charCodeAt(i + 1))) {
    i++;
  }
  c = text.charCodeAt(i);
  if (!isQuote(c)) return undefined;
  const vs = i + 1;
  let ve = vs;
  const limit = Math.min(text.length, vs + 512);
  while (ve < limit && text.charCodeAt(ve) !== c && text.charCodeAt(ve) !== 10) ve++;
  if (ve >= limit || text.charCodeAt(ve) !== c) return undefined;
  if (escaped) {
    if (text.charCodeAt(ve - 1) !== 92) return undefined;
    return [vs, ve - 1];
  }
  return [vs, ve];
}

/**
 * `$password = goodspec;`: where variables carry `$` (PHP, Perl), a lower-case bare word assigned to one is
 * no variable but the text itself (old PHP read an unknown constant as its name). Upper case is a constant.
 */
function phpBareword(text: string, vs: number, value: string): boolean {
  if (!/^[a-z][a-z0-9]*$/.test(value)) return false;
  let i = vs - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (text.charCodeAt(i) !== 61) return false;
  i--;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  const end = i;
  while (i >= 0 && end - i < 64 && (isAlnum(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) i--;
  return end > i && text.charCodeAt(i) === 36;
}

/**
 * The value reading shared by every form: placeholders, references and the secret's own checks. `quoted`
 * says the value was a literal in quotes (an unquoted identifier is a variable).
 */
function judgeValue(text: string, s: Scratch, limits: Limits, name: string, kind: NameKind, vs: number, ve: number, quoted: boolean): void {
  const value = text.slice(vs, ve);
  if (value.length === 0 || REFERENCE_START.test(value) || PLACEHOLDER.test(value) || PLACEHOLDER_PART.test(value) || PLACEHOLDER_WORDS.test(value)) return;
  if (quoted && text.charCodeAt(vs - 1) === 96 && FETCH_COMMAND.test(value)) return;
  if (quoted && value.includes(' ') && LABEL_TEXT.test(value) && SECRET_LABEL.test(value)) return;
  // In code (`password = real_key`, `secret: userSecret`) an unquoted identifier after a spaced operator is
  // a variable; in a connection string (`Password=myPass;`) it is the value.
  if (!quoted && (IDENTIFIER.test(value) || CODE_WORD.test(value)) && (text.charCodeAt(vs - 1) === 32 || text.charCodeAt(vs - 1) === 9)) return;
  if (!quoted && /[<{[]/.test(value)) return; // a generic type or a literal of code
  // Code, not a value: a call or an expression (`decodeURIComponent(password`), or a type annotation
  // (`password: KDFInput,`, `token?: string;`, `secret: Buffer | string`).
  const spaced = text.charCodeAt(vs - 1) === 32 || text.charCodeAt(vs - 1) === 9;
  // A member of an object (`options.password`, `this.secret`, `credentials.token`).
  if (!quoted && spaced && /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/.test(value)) return;
  // `user:password` as one value: judged as credentials (under a password name, a `:` is one of its characters).
  const colon = value.indexOf(':');
  if (kind !== 'password' && colon > 0 && value.indexOf(':', colon + 1) === -1 && !value.includes('/') && /^[\w.@+-]+$/.test(value.slice(0, colon)) && !credentialOk(value.slice(colon + 1), value.slice(0, colon))) return;
  if (!quoted && (value.includes('(') || (spaced && /^[A-Za-z][A-Za-z.]*$/.test(value) && /^[ \t]*[,;)|<>[\]=&]/.test(text.slice(ve, ve + 4)) && !phpBareword(text, vs, value)))) return;
  const lname = name.toLowerCase();
  // A keyword row counts under a secret word, or under the provider's bare name (`postmark: "…"`).
  const keyword = KEYWORD_RULES.find((r, i) => (kind !== undefined || r.nameSuffices === true || KEYWORD_WHOLE_NAME[i]!.test(lname)) && r.name.test(lname) && r.value.test(value) && !wordLike(value));
  if (keyword !== undefined) {
    if (!isPlaceholderSecret(value)) push(s, keyword.id === 'mistral' ? 'MISTRAL_API_KEY' : 'API_KEY', vs, ve, 0.9, keyword.id);
    return;
  }
  if (kind === undefined) return;
  // A public key is no secret (DOTENV_PUBLIC_KEY, publishableKey, pub_key); a URL is read by the
  // credentials-in-URL scan, which reports only its password.
  if (/public|publishable|pub_?key/i.test(name) || value.includes('://')) return;
  if (value.startsWith('eyJ') || value.startsWith('-----BEGIN')) return; // reported by their own scans
  if (/mistral/i.test(name) && /^[A-Za-z0-9]{32}$/.test(value)) {
    push(s, 'MISTRAL_API_KEY', vs, ve, 0.95);
    return;
  }
  const entropy = shannonEntropy(value);
  if (kind === 'password') {
    // A password may be low-entropy, but a short single word unquoted is prose ("password: forgotten");
    // quoted, or of eight letters and more, it is a password. It holds a letter or a digit (a run of
    // punctuation is a mask or a format), and is not a placeholder made of a repeat or a count.
    const word = /^[A-Za-z]+$/.test(value) && value.length < (quoted ? 6 : 8);
    if (value.length >= limits.minPasswordLength && !word && !selfNamedPassword(value) && entropy >= 2 && /[\p{L}\p{N}]/u.test(value) && !(value.length >= 12 && isPlaceholderSecret(value, false))) {
      push(s, 'GENERIC_SECRET', vs, ve, 0.8);
    }
    return;
  }
  if (isPlaceholderSecret(value) || wordLike(value)) return;
  // Letters with digits, or (a quoted literal without spaces) letters with symbols: `Zq!f#aP@s…`.
  const mixed = /\d/.test(value) || (quoted && /[^A-Za-z0-9_.\s-]/.test(value) && !/\s/.test(value));
  if (value.length >= limits.minLength && entropy >= limits.minEntropy && mixed && /[A-Za-z]/.test(value)) {
    if (mixedAlnum32(value) && /api[_-]?key$/i.test(name)) push(s, 'MISTRAL_API_KEY', vs, ve, 0.8);
    else push(s, 'GENERIC_SECRET', vs, ve, entropy >= 4 ? 0.85 : 0.75);
  } else if (SHARED_SECRET_NAME.test(name) && value.length >= limits.minPasswordLength && symbolicPassword(value)) {
    push(s, 'GENERIC_SECRET', vs, ve, 0.75);
  }
}

/**
 * A name ending with `secret` (`JWT_SECRET`, `client_secret`, `secrete`) often holds a shared secret that a
 * person chose, as short as a password.
 */
const SHARED_SECRET_NAME = /secrete?$/i;

/**
 * A password-like value: a letter, no white space, two different symbols other than the `_.-/` of
 * identifiers, paths and compounds (`Tr0ub4dor&3x!`, `A,.:-@*?!`; not `my-app-secret`, `/etc/key.pem`).
 */
function symbolicPassword(value: string): boolean {
  if (/\s/.test(value) || !/\p{L}/u.test(value)) return false;
  const symbols = new Set(value.replace(/[\p{L}\p{N}_.\-/]/gu, ''));
  return symbols.size >= 2 && shannonEntropy(value) >= 2.5;
}

/**
 * Brackets that close what they did not open (`m{{h}o)p${e]…`): random symbols, not code. Closers left
 * over at the end close an outer call (`f(password = arr[i])`) and do not count.
 */
export function misnestedBrackets(value: string): boolean {
  const stack: number[] = [];
  let trailing = value.length;
  while (trailing > 0 && ')]}'.includes(value[trailing - 1]!)) trailing--;
  for (let i = 0; i < trailing; i++) {
    const c = value.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) stack.push(c);
    else if (c === 41 || c === 93 || c === 125) {
      const open = stack.pop();
      if (open === undefined || open !== (c === 41 ? 40 : c - 2)) return true;
    }
  }
  return false;
}

/**
 * An unquoted value that runs past a bracket or a comma to the end of its word (`db_pass = m{{h}o)p${e]…}}`,
 * `secret = A,.:-@*?!`): read whole, as a password, when its brackets close what they did not open or its
 * symbols make it one; code (`getPassword(user)`, `arr[i]`) keeps its brackets paired. Returns whether the
 * value was read so.
 */
function symbolicRest(text: string, s: Scratch, limits: Limits, name: string, kind: NameKind, vs: number, ve: number): boolean {
  const stop = text.charCodeAt(ve);
  if (!(stop === 41 || stop === 125 || stop === 93 || stop === 44) && !/[({[]/.test(text.slice(vs, ve))) return false;
  let fe = ve;
  while (fe < text.length && fe - vs < 256 && text.charCodeAt(fe) > 32) fe++;
  // A closing `,` `;` or quote belongs to the statement.
  while (fe > ve && /[,;'"`]/.test(text[fe - 1]!)) fe--;
  if (fe <= ve) return false;
  const value = text.slice(vs, fe);
  if (!misnestedBrackets(value) && !(stop === 44 && symbolicPassword(value) && new Set(value.replace(/[\p{L}\p{N}]/gu, '')).size >= 4)) return false;
  if (value.length < limits.minPasswordLength || REFERENCE_START.test(value)) return false;
  judgeValue(text, s, limits, name, kind, vs, fe, true);
  return true;
}

/** A literal compared with a secret is one when it is no plain word (`typeof pass === 'object'`, `'string'`). */
const comparedLiteralOk = (v: string): boolean => v.length >= 6 && /[^A-Za-z]/.test(v);

/**
 * `name == "literal"`, `name !== "literal"`, `"literal" === name`: a secret compared with a literal in
 * code is the secret. `at` is the first `=` of the operator. Returns where the scan goes on.
 */
function scanComparison(text: string, s: Scratch, limits: Limits, at: number): number {
  let opStart = at;
  if (text.charCodeAt(at - 1) === 33) opStart = at - 1;
  let opEnd = at + 1;
  while (opEnd < text.length && opEnd - at < 3 && text.charCodeAt(opEnd) === 61) opEnd++;
  if (opStart === at && opEnd - at < 2) return opEnd; // a lone "=" is no comparison
  // The literal on the right, the name on the left …
  const right = quotedAt(text, opEnd);
  if (right !== undefined) {
    const name = nameBefore(text, opStart);
    const kind = nameKind(name);
    if (kind !== undefined && comparedLiteralOk(text.slice(right[0], right[1]))) judgeValue(text, s, limits, name, kind, right[0], right[1], true);
    return right[1] + 1;
  }
  // … or the literal on the left, the name on the right.
  let q = opStart - 1;
  while (q >= 0 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9)) q--;
  const c = text.charCodeAt(q);
  if (!isQuote(c)) return opEnd;
  let open = q - 1;
  while (open >= 0 && q - open <= 512 && text.charCodeAt(open) !== c && text.charCodeAt(open) !== 10) open--;
  if (open < 0 || text.charCodeAt(open) !== c) return opEnd;
  const name = wordAfter(text, opEnd);
  const kind = nameKind(name);
  if (kind !== undefined && comparedLiteralOk(text.slice(open + 1, q))) judgeValue(text, s, limits, name, kind, open + 1, q, true);
  return opEnd;
}

function scanAssignments(text: string, s: Scratch, limits: Limits): void {
  const marks = new AssignmentMarks(text);
  let from = 0;
  for (let at = marks.next(0); at !== -1; at = marks.next(from)) {
    from = at + 1;
    const code = text.charCodeAt(at);
    const nextCode = text.charCodeAt(at + 1);
    // "==", "!=", "===": comparisons, read for a literal compared with a secret name.
    if (code === 61 && (nextCode === 61 || text.charCodeAt(at - 1) === 33)) {
      from = Math.max(from, scanComparison(text, s, limits, at));
      continue;
    }
    // "::" / "://" are scopes or URLs, not assignments; "=>" (PHP, Ruby) and ":=" (Go) assign.
    let mark = at;
    if (code === 61 && nextCode === 62) mark = at + 1;
    else if (code === 58 && nextCode === 61) mark = at + 1;
    else if (nextCode === 62 || nextCode === 58 || nextCode === 47) {
      from = at + 2;
      continue;
    }
    const name = nameBefore(text, at);
    if (name.length === 0) continue;
    const kind = nameKind(name);
    if (kind === undefined && !KEYWORD_NAME.test(name)) continue;
    let vs = mark + 1;
    from = Math.max(from, vs);
    while (vs < text.length && (text.charCodeAt(vs) === 32 || text.charCodeAt(vs) === 9)) vs++;
    // "Authorization: Bearer x" / "Basic x": the scheme word is not the secret.
    if (/^auth/i.test(name.replace(/^.*[_.-]/, '')) || /authorization$/i.test(name)) {
      // Any scheme word (`SSWS`, `GenieKey`, `DeepL-Auth-Key`, `Token`), then the credentials.
      const scheme = /^[A-Za-z][A-Za-z0-9-]{1,23}[ \t]+(?=[^\s])/.exec(text.slice(vs, vs + 32));
      if (scheme !== null) {
        if (/^bearer/i.test(scheme[0])) continue; // the bearer scan reports it
        vs += scheme[0].length;
      }
    }
    const literal = quotedAt(text, vs);
    if (literal !== undefined) {
      from = Math.max(from, literal[1] + 1);
      judgeValue(text, s, limits, name, kind, literal[0], literal[1], true);
      continue;
    }
    if (isQuote(text.charCodeAt(vs))) continue; // an unclosed quote
    let ve = vs;
    const limit = Math.min(text.length, vs + 512);
    // In a URL query (`?apikey=…&q=1`) the value ends at the next parameter.
    const inQuery = text.charCodeAt(at - name.length - 1) === 63 || text.charCodeAt(at - name.length - 1) === 38;
    while (ve < limit) {
      const c = text.charCodeAt(ve);
      if (c <= 32 || c === 44 || c === 59 || c === 34 || c === 39 || c === 96 || c === 41 || c === 125 || c === 93 || (inQuery && c === 38)) break;
      ve++;
    }
    while (ve > vs && text.charCodeAt(ve - 1) === 46) ve--;
    from = Math.max(from, ve);
    if (kind !== undefined && symbolicRest(text, s, limits, name, kind, vs, ve)) continue;
    judgeValue(text, s, limits, name, kind, vs, ve, false);
  }
}

/**
 * `password "literal"`, `secret 'literal'` with no operator between (Gradle and Groovy, Ruby DSLs, nginx-
 * style configuration): a quoted literal right after a password or secret name.
 */
function scanBareQuoted(text: string, s: Scratch, limits: Limits): void {
  for (const quote of ['"', "'"]) {
    for (let q = text.indexOf(quote); q !== -1; q = text.indexOf(quote, q + 1)) {
      const before = text.charCodeAt(q - 1);
      if (before !== 32 && before !== 9) continue;
      const [name, start] = wordBefore(text, q);
      if (name.length < 3 || start + name.length + 1 > q) continue;
      // Only a name, then spaces, then the quote (no operator).
      let k = start + name.length;
      while (k < q && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      if (k !== q) continue;
      // Only names holding a whole secret word (`password`, `secret`, `api_key`): "should pass" is prose.
      const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
      if (!PASSWORD_STEM.test(snake) && !SECRET_STEM.test(snake) && !/(?:^|_)(?:token|pwd)$/.test(snake)) continue;
      const kind = nameKind(name);
      if (kind === undefined) continue;
      const literal = quotedAt(text, q);
      if (literal === undefined || /\s/.test(text.slice(literal[0], literal[1]))) continue;
      judgeValue(text, s, limits, name, kind, literal[0], literal[1], true);
      q = literal[1];
    }
  }
}

/**
 * A name and its value as the two string arguments of a call that stores them: PHP `define('DB_PASSWORD', '…')`,
 * Go `os.Setenv("API_KEY", "…")`, Java `props.setProperty("mail.smtp.password", "…")` / `map.put(…)`,
 * `config.set('token', '…')`, `localStorage.setItem('token', '…')`. Calls that take a name and a message or
 * a rule (`t('password', 'Passwort')`, `validate('password', 'required|min:8')`) are not among them.
 */
const STORING_CALLS = new Set(['define', 'set', 'setenv', 'Setenv', 'putenv', 'put', 'setProperty', 'setItem', 'setdefault', 'setValue', 'setString', 'SetEnvironmentVariable', 'setSecret']);
/** The arguments of such a call: a quoted name, a comma. Opens with `(`, which a regex search skips to fast. */
const CALL_PAIR = /\([ \t]{0,8}(["'])([A-Za-z_][\w.-]{0,63})\1[ \t]{0,8},[ \t]{0,8}/g;

function scanCallPairs(text: string, s: Scratch, limits: Limits): void {
  // Every match holds `(` then a quote, maybe after spaces (WordPress writes `define( 'DB_PASSWORD', … )`).
  if (!text.includes("('") && !text.includes('("') && !text.includes("( '") && !text.includes('( "')) return;
  CALL_PAIR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CALL_PAIR.exec(text)) !== null) {
    let c = m.index;
    while (c > 0 && m.index - c < 40 && (isAlnum(text.charCodeAt(c - 1)) || text.charCodeAt(c - 1) === 95)) c--;
    if (!STORING_CALLS.has(text.slice(c, m.index))) continue;
    const name = m[2]!;
    const kind = nameKind(name);
    if (kind === undefined && !KEYWORD_NAME.test(name)) continue;
    const literal = quotedAt(text, m.index + m[0].length);
    if (literal === undefined || /\s/.test(text.slice(literal[0], literal[1]))) continue;
    judgeValue(text, s, limits, name, kind, literal[0], literal[1], true);
  }
}

// --- provider tokens, Mistral-shaped keys and encoded keys ----------------------------------------------

/** ASCII letters and digits by UTF-16 unit (a table load beats three range tests in the skip loop). */
const ALNUM = new Uint8Array(0x10000);
/** Characters a token may hold: letters, digits and `-_.~+/=$%`. */
const TOKEN = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  ALNUM[c] = isAlnum(c) ? 1 : 0;
  TOKEN[c] = isAlnum(c) || '-_.~+/=$%'.includes(String.fromCharCode(c)) ? 1 : 0;
}
/** Units of the text under {@link scanTokens}, read from a typed array (cheaper than charCodeAt). */
const tokenUnits = new UnitBuffer();

/** A token run shorter than this holds no secret we report. */
const MIN_TOKEN = 16;
/** Characters a near miss may be off by, and the key material it must keep. */
const NEAR_MISS_SLACK = 3;
const NEAR_MISS_MIN = 16;

interface CompiledRule {
  rule: PrefixRule;
  re: RegExp;
  /** Lengths the body may take (from its pattern), for near misses; `undefined` when the row takes none. */
  nearMiss: readonly [number, number] | undefined;
  hexBody: boolean;
  /** The body ends with base64url characters: a `-` or `_` right after it means the token runs on. */
  b64Tail: boolean;
  /** The marker is one character repeated: left out when the body is judged. */
  fillerMarker: boolean;
}

/** Prefix rules by their first two characters (as one number); rules without a prefix apart. */
const BY_PREFIX = new Map<number, CompiledRule[]>();
const UNPREFIXED: CompiledRule[] = [];
const pairKey = (a: number, b: number): number => (a << 16) | b;
for (const rule of PREFIX_RULES) {
  const compiled = { rule, re: new RegExp(rule.body, 'y'), nearMiss: nearMissLengths(rule), hexBody: /^\[a-f0-9\]|\[a-fA-F0-9\]|\[0-9a-fA-F\]/.test(rule.body), b64Tail: /\[A-Za-z0-9_-\]\{\d+(?:,\d+)?\}$/.test(rule.body), fillerMarker: /^(.)\1{5,}$/.test(rule.marker ?? '') };
  if (rule.prefix.length < 2) UNPREFIXED.push(compiled);
  else {
    const key = pairKey(rule.prefix.charCodeAt(0), rule.prefix.charCodeAt(1));
    const list = BY_PREFIX.get(key) ?? [];
    list.push(compiled);
    BY_PREFIX.set(key, list);
  }
}
// Longer prefixes first, so `sk-proj-` is tried before `sk-`.
for (const list of BY_PREFIX.values()) list.sort((a, b) => b.rule.prefix.length - a.rule.prefix.length);

/**
 * Near-miss policy P1 (secrets10 round, bench/data/README-secrets.md): a provider's prefix followed by random key
 * material of about the format's length is that provider's key even when the checksum, the length or one
 * character is off, since a cut or mistyped key still gives the key away. Read for rows whose prefix names the
 * provider on its own (4 characters, or 3 with punctuation: not `SK`, `cio`), of key types (not password hashes),
 * without a structure check. Formats without a prefix are told by their structure only (P2): no near misses.
 */
function nearMissLengths(rule: PrefixRule): readonly [number, number] | undefined {
  const p = rule.prefix;
  if (rule.valid !== undefined || (rule.type !== 'API_KEY' && rule.type !== 'GITHUB_TOKEN' && rule.type !== 'AWS_ACCESS_KEY')) return undefined;
  if (p.length < 3 || (p.length === 3 && /^[A-Za-z0-9]+$/.test(p))) return undefined;
  const [min, max] = patternLengths(rule.body);
  return max === Infinity ? undefined : [Math.max(NEAR_MISS_MIN, min - NEAR_MISS_SLACK), max + NEAR_MISS_SLACK];
}

/**
 * Shortest and longest match of a rule body (the bounded patterns of the rule table: classes, escapes,
 * literals, `(?:…|…)` groups, `{n}`, `{n,m}`, `?`; lookarounds count nothing).
 */
export function patternLengths(body: string): [number, number] {
  let i = 0;
  const seq = (): [number, number] => {
    const alts: Array<[number, number]> = [];
    let min = 0;
    let max = 0;
    while (i < body.length && body[i] !== ')') {
      if (body[i] === '|') {
        alts.push([min, max]);
        min = max = 0;
        i++;
        continue;
      }
      let atom: [number, number];
      if (body[i] === '[') {
        i = body.indexOf(']', i + 2) + 1;
        atom = [1, 1];
      } else if (body[i] === '\\') {
        i += 2;
        atom = [1, 1];
      } else if (body.startsWith('(?', i)) {
        const look = body[i + 2] === '=' || body[i + 2] === '!' || body[i + 2] === '<';
        i += look ? (body[i + 2] === '<' ? 4 : 3) : 3;
        atom = seq();
        i++;
        if (look) atom = [0, 0];
      } else if (body[i] === '(') {
        i++;
        atom = seq();
        i++;
      } else {
        i++;
        atom = [1, 1];
      }
      const q = /^(?:\{(\d+)(?:(,)(\d*))?\}|([?*+]))/.exec(body.slice(i, i + 12));
      if (q !== null) {
        i += q[0].length;
        if (q[4] !== undefined) atom = [q[4] === '+' ? atom[0] : 0, q[4] === '?' ? atom[1] : Infinity];
        else {
          const lo = Number(q[1]);
          const hi = q[2] === undefined ? lo : q[3] === '' ? Infinity : Number(q[3]);
          atom = [atom[0] * lo, atom[1] * hi];
        }
      }
      min += atom[0];
      max += atom[1];
    }
    alts.push([min, max]);
    return [Math.min(...alts.map((a) => a[0])), Math.max(...alts.map((a) => a[1]))];
  };
  return seq();
}

/** Characters of a near miss's key material: base64url and a dot between two of them. */
const isMaterial = (text: string, k: number): boolean => {
  const c = text.charCodeAt(k);
  return isB64Url(c) || (c === 46 && isB64Url(text.charCodeAt(k - 1)) && isB64Url(text.charCodeAt(k + 1)));
};

/** P1: the prefix at `at` followed by random material of about the format's length (see {@link nearMissLengths}). */
function nearMissToken(text: string, s: Scratch, c: CompiledRule, at: number): number {
  const [min, max] = c.nearMiss!;
  const bodyStart = at + c.rule.prefix.length;
  let end = bodyStart;
  while (end < text.length && end - bodyStart <= max && isMaterial(text, end)) end++;
  // A trailing `-` or `_` is punctuation of the text around it, not material.
  while (end > bodyStart && (text.charCodeAt(end - 1) === 45 || text.charCodeAt(end - 1) === 95)) end--;
  const body = text.slice(bodyStart, end);
  if (body.length < min || body.length > max || isMaterial(text, end)) return -1;
  const kinds = (/[A-Z]/.test(body) ? 1 : 0) + (/[a-z]/.test(body) ? 1 : 0) + (/[0-9]/.test(body) ? 1 : 0);
  if (kinds < 2 || isPlaceholderSecret(body) || PLACEHOLDER_WORDS.test(text.slice(at, end)) || wordLike(body)) return -1;
  if (shannonEntropy(body) < (c.hexBody ? 2.8 : 3.2)) return -1;
  push(s, c.rule.type, at, end, 0.7, `${c.rule.id}-near-miss`);
  return end;
}

function tryRule(text: string, s: Scratch, c: CompiledRule, at: number): number {
  const bodyStart = at + c.rule.prefix.length;
  c.re.lastIndex = bodyStart;
  const m = c.re.exec(text);
  if (m === null) return -1;
  const end = bodyStart + m[0].length;
  const after = text.charCodeAt(end);
  // A format of fixed length followed by more of its own characters is longer than the format.
  if (isAlnum(after) || (c.b64Tail && (after === 45 || after === 95))) return -1;
  const token = text.slice(at, end);
  // The body is judged (a prefix such as X's run of A's is no repeat of the secret); words like EXAMPLE
  // count anywhere in the token.
  // A marker that is one character repeated (Dropbox's AAAAAAAAAA) is the format, not a placeholder.
  const judged = c.fillerMarker ? m[0].replace(c.rule.marker!, '') : m[0];
  if (isPlaceholderSecret(judged) || PLACEHOLDER_WORDS.test(token)) return -1;
  const entropy = shannonEntropy(judged);
  if (entropy < (c.hexBody ? 2.8 : 3.2) || c.rule.valid?.(token) === false) return -1;
  const score = c.rule.checksum?.(token) === true ? 1 : 0.9;
  push(s, c.rule.type, at, end, score, c.rule.id);
  return end;
}

/**
 * Provider tokens starting at `at` (a token run start or just after a non-alphanumeric inside one).
 * `unprefixed` holds the prefix-less rules whose marker the run contains.
 */
function tokenAt(text: string, s: Scratch, at: number, unprefixed: readonly CompiledRule[]): number {
  const list = BY_PREFIX.get(pairKey(text.charCodeAt(at), text.charCodeAt(at + 1)));
  if (list !== undefined) {
    let near: CompiledRule | undefined;
    for (const c of list) {
      if (!text.startsWith(c.rule.prefix, at)) continue;
      const end = tryRule(text, s, c, at);
      if (end > 0) return end;
      // The longest prefix that matched names the format a near miss is read against.
      near ??= c;
    }
    if (near?.nearMiss !== undefined) {
      const end = nearMissToken(text, s, near, at);
      if (end > 0) return end;
    }
  }
  for (const c of unprefixed) {
    const end = tryRule(text, s, c, at);
    if (end > 0) return end;
  }
  return -1;
}

const B64_RUN = /^[A-Za-z0-9+/_-]{40,}={0,2}$/;
const HEX_RUN = /^[0-9a-fA-F]+$/;

/** A base64 run that decodes to text holding a key: reported whole, so the key cannot pass encoded. */
function encodedKey(text: string, s: Scratch, start: number, end: number, depth: number): void {
  const run = text.slice(start, end);
  if (!B64_RUN.test(run) || run.length > 4096) return;
  // Hex of text (`xxd -p`, `.hex()`): a key of 32 characters is 64 hex digits. A digest decodes to bytes
  // that are no text and stops at the printable check.
  if (run.length >= 64 && run.length % 2 === 0 && HEX_RUN.test(run)) {
    const text2 = Buffer.from(run, 'hex').toString('latin1');
    if (!/^[\x20-\x7e\t\r\n]+$/.test(text2)) return;
    const inner: Scratch = { out: [], minScore: 0.5, want: s.want, bare: s.bare };
    scanTokens(text2, inner, depth + 1);
    const best = inner.out.find((e) => e.type !== 'GENERIC_SECRET');
    if (best !== undefined) push(s, best.type, start, end, Math.max(0.85, best.score), best.rule ?? 'hex-encoded');
    return;
  }
  let decoded: string;
  try {
    decoded = Buffer.from(run.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
  } catch {
    return;
  }
  // A PEM block, base64-encoded (possibly cut short, so only its start is read).
  const head = decoded.slice(0, 80);
  if (head.includes('-----BEGIN') && head.includes('PRIVATE KEY')) {
    push(s, 'PRIVATE_KEY', start, end, 0.95, 'base64-pem');
    return;
  }
  // Only printable text can hold a key someone encoded.
  if (!/^[\x20-\x7e\t\r\n]+$/.test(decoded)) return;
  const inner: Scratch = { out: [], minScore: 0.5, want: s.want, bare: s.bare };
  scanTokens(decoded, inner, depth + 1);
  const best = inner.out.find((e) => e.type !== 'GENERIC_SECRET');
  if (best !== undefined) push(s, best.type, start, end, Math.max(0.85, best.score), best.rule ?? 'base64-encoded');
}

const isB64Mark = (c: number): boolean => c === 43 || c === 47 || c === 61;

/**
 * Base64 data (an image, a WebAssembly module, a certificate): 64 characters or more with two `+`/`/`
 * and no `.` (a URL's path has a host with dots before it).
 */
function isBase64Data(text: string, a: number, b: number): boolean {
  if (b - a < 64) return false;
  let marks = 0;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 43 || c === 47) marks++;
    else if (c === 46) return false;
  }
  return marks >= 2;
}

/** A base64 digest after its algorithm's label (`sha512-…`, `h1:…`; see {@link BASE64_DIGEST_LABELS}). */
function labelledDigest(text: string, a: number, b: number): boolean {
  // Every label opens with `s` or ends with `:` (a cheap first test for the runs of every text).
  if (b - a > 95 || (text.charCodeAt(a) !== 115 && text.charCodeAt(a - 1) !== 58)) return false;
  for (const { label, before } of BASE64_DIGEST_LABELS) {
    const bodyStart = before ? a : a + label.length;
    if (!BASE64_DIGEST_LENGTHS.has(b - bodyStart)) continue;
    if (before ? text.startsWith(label, a - label.length) : text.startsWith(label, a)) return BASE64_BODY.test(text.slice(bodyStart, b));
  }
  return false;
}
const BASE64_BODY = /^[A-Za-z0-9+/]+={0,2}$/;

/** The shape test of a bare Mistral key (also read from spelled-out characters, see secret-spelled.ts). */
function mistralShaped(v: string): boolean {
  return mixedAlnum32(v) && shannonEntropy(v) >= 3.6 && !isPlaceholderSecret(v) && !wordLike(v);
}

/** A maximal run of exactly 32 letters and digits with upper case, lower case and digits, glued or not. */
function mistralSegments(text: string, s: Scratch, start: number, end: number, data: boolean): void {
  let a = start;
  while (a < end) {
    while (a < end && ALNUM[text.charCodeAt(a)] !== 1) a++;
    let b = a;
    while (b < end && ALNUM[text.charCodeAt(b)] === 1) b++;
    // In base64 data a segment between "+" and "/" is chance, not a key.
    const inData = data && (b - a < end - start) && (isB64Mark(text.charCodeAt(a - 1)) || isB64Mark(text.charCodeAt(b)));
    if (b - a === 32 && !inData && mistralShaped(text.slice(a, b))) push(s, 'MISTRAL_API_KEY', a, b, 0.6, 'mistral-shaped');
    a = b;
  }
}

/**
 * One pass over the runs of token characters at least {@link MIN_TOKEN} long, found by a skip search (the
 * last character of a window is read first and the window jumps past any other character), so prose
 * costs a few reads per word. Inside a run, provider prefixes are looked up at its start and after each
 * punctuation mark; 32-character alphanumeric segments are Mistral-shaped keys; base64 runs are decoded.
 */
function scanTokens(text: string, s: Scratch, depth = 0): void {
  const n = text.length;
  if (n < MIN_TOKEN) return;
  const u = tokenUnits.load(text);
  let a = 0;
  while (a + MIN_TOKEN <= n) {
    let j = a + MIN_TOKEN - 1;
    while (j >= a && TOKEN[u[j]!] === 1) j--;
    if (j >= a) {
      a = j + 1;
      continue;
    }
    let b = a + MIN_TOKEN;
    while (b < n && TOKEN[u[b]!] === 1) b++;
    runTokens(text, s, a, b, depth);
    a = b + 1;
  }
}

/** Text decoded from character codes holds a key (a provider's or Mistral-shaped; not a bare high-entropy word). */
function decodedHoldsKey(decoded: string, s: Scratch): boolean {
  const inner: Scratch = { out: [], minScore: 0.5, want: s.want, bare: s.bare };
  scanTokens(decoded, inner, 1);
  return inner.out.some((e) => e.type !== 'GENERIC_SECRET');
}

/** Secret words that make a random-looking token near them a secret. */
const NEAR_SECRET_WORD = /api[_ -]?key|apikey|secret|token|passw(?:or)?d|passwd|credential|private[_ -]?key|access[_ -]?key|auth|bearer|login/i;
/** Words that make a hex string near them a key (a hex string alone is more often a hash). */
const NEAR_HEX_KEY_WORD = /priv(?:ate)?[_ -]?key|secret|api[_ -]?key|apikey|access[_ -]?key|passw(?:or)?d|wallet|seed/i;
/** Words that say a hex string is a digest, a commit or a transaction. */
const HASH_WORD = /hash|sha[-_ ]?\d|md5|digest|checksum|commit|\btx|transaction|block|signature|fingerprint|\bid\b/i;

/** Up to 100 characters before `a`, at most three lines. */
function contextBefore(text: string, a: number): string {
  // A loop bounded by the window, not lastIndexOf: in a text without line breaks that search would read
  // back to its start for every token (quadratic over many tokens).
  const floor = Math.max(0, a - 100);
  let lines = 0;
  for (let i = a - 1; i >= floor; i--) {
    if (text.charCodeAt(i) === 10 && ++lines === 3) return text.slice(i + 1, a);
  }
  return text.slice(floor, a);
}

/**
 * A random-looking token (upper case, lower case and digits, high entropy, no placeholder) with a secret
 * word in the 100 characters before it, within three lines (`"method": "auth.login_with_api_key",
 * "params": ["8-Lp2…"]`, `{"name": "api_key", "value": "…"}`, `my api key is …`); or a hex key of 64
 * digits (`0x…`, a wallet's private key) with a key word near it and no word of hashes. Scored 0.7.
 */
/** A secret named right before a value, with an optional link (`my api key is `, `token: "`). */
const TOLD_SECRET = /(?:^|[^A-Za-z])(?:api[_ -]?key|apikey|access[_ -]?key|secret(?:[_ -]?key)?|(?:access|auth|api|bearer)?[_ -]?token|passw(?:or)?d|passwd|credentials?)[ \t]*(?:is|was|=|:|is:)?[ \t]*["'`]?$/i;

/**
 * A value right after a secret named in prose or a header (`my api key is <32 hex>`, `token: <uuid>`):
 * with that much context, one case, hex or a UUID will do (random-looking, no placeholder, no words).
 */
function toldSecret(text: string, s: Scratch, a: number, v: string): boolean {
  if (v.length > 128 || !/^[A-Za-z0-9_-]+$/.test(v) || !/[0-9]/.test(v) || !/[A-Za-z]/.test(v)) return false;
  if (shannonEntropy(v) < 3 || isPlaceholderSecret(v) || wordLike(v, true)) return false;
  if (!TOLD_SECRET.test(text.slice(Math.max(0, a - 24), a))) return false;
  push(s, 'GENERIC_SECRET', a, a + v.length, 0.75, 'told-secret');
  return true;
}

/**
 * A field of a SOPS ciphertext (`ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]`): encrypted, not the secret.
 * Gated on the field name, and the envelope is looked for in a bounded window, so the cost stays linear.
 */
function insideSopsValue(text: string, a: number): boolean {
  if (text.charCodeAt(a - 1) !== 58 || !/(?:data|,iv|,tag):$/.test(text.slice(Math.max(0, a - 5), a))) return false;
  const window = text.slice(Math.max(0, a - SOPS_WINDOW), a);
  const open = window.lastIndexOf('ENC[AES256_GCM,');
  return open !== -1 && !window.includes(']', open);
}
/** How far back the envelope's start is looked for: a ciphertext of a credential is short. */
const SOPS_WINDOW = 1024;

function nearSecretWord(text: string, s: Scratch, a: number, b: number): void {
  if (insideSopsValue(text, a)) return;
  let end = b;
  while (end > a && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 61)) end--;
  if (end - a < 20 || end - a > 512) return;
  const v = text.slice(a, end);
  if (toldSecret(text, s, a, v)) return;
  if (/^(?:0x)?[0-9a-fA-F]{64}$/.test(v)) {
    const after = text.slice(end, end + 100);
    const before = contextBefore(text, a);
    if ((NEAR_HEX_KEY_WORD.test(before) || NEAR_HEX_KEY_WORD.test(after)) && !HASH_WORD.test(before) && !HASH_WORD.test(after) && !isPlaceholderSecret(v.replace(/^0x/, ''))) {
      push(s, 'GENERIC_SECRET', a, end, 0.7, 'hex-key-near-key-word');
    }
    return;
  }
  if (!/[A-Z]/.test(v) || !/[a-z]/.test(v) || !/[0-9].*[0-9]/.test(v) || /^[0-9a-fA-F-]+$/.test(v) || v.startsWith('eyJ')) return;
  // A path, an encoded URL, a member chain of code (`types_1.DEFAULT_RESP`).
  if ((v.match(/\//g)?.length ?? 0) > 1 || v.includes('%') || v.includes('.')) return;
  if (shannonEntropy(v) < 3.7 || isPlaceholderSecret(v) || PLACEHOLDER_WORDS.test(v) || wordLike(v, true)) return;
  const context = contextBefore(text, a);
  // After "Basic " the credentials scan decodes and judges it.
  if (NEAR_SECRET_WORD.test(context) && !/basic[ \t]+$/i.test(context)) push(s, 'GENERIC_SECRET', a, end, 0.7, 'near-secret-word');
}

/**
 * `<prefix>_<32+ random characters>`, the shape most providers now give their keys (`abc_live_…`,
 * `xyz-…`): a lower-case prefix of up to three parts and a random body with upper case, lower case and
 * digits. Scored 0.75; digests (`sha256-…`) and identifiers are not keys.
 */
const PREFIXED_TOKEN = /(?:[a-z][a-z0-9]{1,11}[_-]){1,3}([A-Za-z0-9]{32,128})(?![A-Za-z0-9])/y;
const NOT_KEY_PREFIX = /^(?:sha\d*|md5|data|uuid|guid|id|hash|commit|build|version|v\d+|img|image|file|src|http|www|test|tests|spec|mock|fixture|example|sample)[_-]/i;

function prefixedToken(text: string, s: Scratch, a: number, b: number): void {
  for (let k = a; k < b - 34; k++) {
    if (k > a && ALNUM[text.charCodeAt(k - 1)] === 1) continue;
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) continue;
    PREFIXED_TOKEN.lastIndex = k;
    const m = PREFIXED_TOKEN.exec(text);
    if (m === null || m.index + m[0].length > b) continue;
    const body = m[1]!;
    if (NOT_KEY_PREFIX.test(m[0]) || !/[A-Z]/.test(body) || !/[a-z]/.test(body) || !/[0-9]/.test(body)) continue;
    if (shannonEntropy(body) < 4 || isPlaceholderSecret(body) || PLACEHOLDER_WORDS.test(m[0]) || wordLike(body)) continue;
    push(s, 'API_KEY', k, k + m[0].length, 0.75, 'prefixed-token');
    return;
  }
}

const isLowerAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122);

/** Kubernetes bootstrap tokens inside a token run: each `.` of the run is read once. */
function bootstrapTokens(text: string, s: Scratch, a: number, b: number): void {
  const { idLength, secretLength } = KUBERNETES_BOOTSTRAP;
  // A character loop, not indexOf: a search for the next `.` would read past the run, to the end of a text without one.
  for (let d = a + idLength; d + secretLength < b; d++) {
    if (text.charCodeAt(d) !== 46) continue;
    const start = d - idLength;
    const end = d + 1 + secretLength;
    if (end > b || ALNUM[text.charCodeAt(start - 1)] === 1 || ALNUM[text.charCodeAt(end)] === 1 || text.charCodeAt(end) === 46) continue;
    let ok = true;
    for (let i = start; i < end && ok; i++) ok = i === d || isLowerAlnum(text.charCodeAt(i));
    if (!ok) continue;
    const secret = text.slice(d + 1, end);
    if (!/[0-9]/.test(secret) || !/[a-z]/.test(secret) || shannonEntropy(secret) < 3 || isPlaceholderSecret(secret)) continue;
    if (!KUBERNETES_BOOTSTRAP.context.test(contextBefore(text, start))) continue;
    push(s, 'API_KEY', start, end, 0.85, KUBERNETES_BOOTSTRAP.id);
  }
}

function runTokens(text: string, s: Scratch, a: number, b: number, depth: number): void {
  const before = s.out.length;
  if (s.want.has('API_KEY') && b - a >= 23 && b - a <= 4096) bootstrapTokens(text, s, a, b);
  if (b - a === 32 && s.want.has('CREDENTIALS') && isHtdigestHash(text, a, b)) push(s, 'CREDENTIALS', a, b, 0.85, 'htdigest');
  let covered = a;
  const run = b - a > 64 ? text.slice(a, b) : undefined;
  const unprefixed = UNPREFIXED.filter((c) => (run ?? text.slice(a, b)).includes(c.rule.marker ?? ''));
  for (let k = a; k < b; k++) {
    if (k > a && ALNUM[text.charCodeAt(k - 1)] === 1) continue;
    if (k < covered) continue;
    const end = tokenAt(text, s, k, unprefixed);
    if (end > 0) covered = end;
  }
  const data = isBase64Data(text, a, b) || labelledDigest(text, a, b);
  if (s.bare && s.want.has('MISTRAL_API_KEY')) mistralSegments(text, s, a, b, data);
  if (s.out.length === before && !data && s.want.has('API_KEY') && b - a >= 35) prefixedToken(text, s, a, Math.min(b, a + 4096));
  if (s.out.length === before && s.want.has('GENERIC_SECRET') && b - a >= 20) nearSecretWord(text, s, a, b);
  if (depth === 0 && b - a >= 40) {
    // The run, and the run without a leading "key=" style name, may be base64 of a key.
    // (Searched inside the run only: a lastIndexOf would read back to the start of the text.)
    let eq = b - 3;
    while (eq > a && text.charCodeAt(eq) !== 61) eq--;
    const from = eq > a && eq < b - 40 ? eq + 1 : a;
    encodedKey(text, s, from, b, depth);
  }
}

/** `aB3d eF5g …` (8 groups of 4) or `aB3dEf5G-…` (4 groups of 8): a Mistral key printed in groups. */
const GROUPED =
  /(?<![A-Za-z0-9])(?:[A-Za-z0-9]{4}([ ._:-])(?:[A-Za-z0-9]{4}\1){6}[A-Za-z0-9]{4}|[A-Za-z0-9]{8}([ ._:-])[A-Za-z0-9]{8}\2[A-Za-z0-9]{8}\2[A-Za-z0-9]{8})(?![A-Za-z0-9])/g;

/**
 * A letter next to a digit: every grouped key holds one (a group without any digit is all letters). Found
 * from the digits, which the regex engine skips to natively, rather than by `/[A-Za-z][0-9]|[0-9][A-Za-z]/`,
 * which stops at every letter; the start returned is the one that regex returns from `from`.
 */
const DIGIT = /[0-9]/g;
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
function nextLetterDigit(text: string, from: number): number {
  DIGIT.lastIndex = from;
  while (DIGIT.test(text)) {
    const d = DIGIT.lastIndex - 1;
    if (d - 1 >= from && isAsciiLetter(text.charCodeAt(d - 1))) return d - 1;
    if (d + 1 < text.length && isAsciiLetter(text.charCodeAt(d + 1))) return d;
  }
  return -1;
}

/**
 * Grouped keys, looked for only in the 80 characters around a letter glued to a digit (rare in prose),
 * each stretch of text read once.
 */
function scanGrouped(text: string, s: Scratch, re: RegExp): void {
  let done = 0;
  // Chunks of three to sixteen (a bare-key guess, like the spelled forms): each run read once across windows.
  let chunksRead = 0;
  for (let at = nextLetterDigit(text, 0); at >= 0; ) {
    if (at < done) {
      at = nextLetterDigit(text, at + 2);
      continue;
    }
    const from = Math.max(done, at - 40);
    const to = Math.min(text.length, at + 42);
    // Extend to whole words so the lookarounds see the real neighbours.
    let a = from;
    while (a > 0 && a > from - 8 && isAlnum(text.charCodeAt(a - 1))) a--;
    let b = to;
    while (b < text.length && b < to + 8 && isAlnum(text.charCodeAt(b))) b++;
    const window = text.slice(Math.max(0, a - 1), b + 1);
    const offset = Math.max(0, a - 1);
    re.lastIndex = 0;
    let g: RegExpExecArray | null;
    while ((g = re.exec(window)) !== null) {
      const joined = g[0].replace(/[^A-Za-z0-9]/g, '');
      if (mixedAlnum32(joined) && shannonEntropy(joined) >= 3.6 && !isPlaceholderSecret(joined)) {
        push(s, 'MISTRAL_API_KEY', offset + g.index, offset + g.index + g[0].length, 0.85, 'mistral-grouped');
      }
    }
    if (s.bare) {
      const chunks = wideChunkedKeys(text, a, b, chunksRead, mistralShaped);
      chunksRead = chunks.readTo;
      for (const k of chunks.keys) push(s, 'MISTRAL_API_KEY', k.start, k.end, 0.8, 'mistral-chunked');
    }
    done = to;
    at = nextLetterDigit(text, Math.max(at + 2, to));
  }
}

/**
 * A Mistral key split into string literals that the language joins: `"aB3d…" + "eF5g…"`, Python's
 * `("aB3d…"\n "eF5g…")`, a shell line continued with `\`. Up to eight pieces, each one quoted run of
 * letters and digits; their join is judged as a bare key.
 */
const CONCATENATED = /(?:(["'])[A-Za-z0-9]{1,31}\1[ \t]{0,8}\+?[ \t]{0,8}(?:\\?\r?\n[ \t]{0,16}\+?[ \t]{0,8})?){2,8}/g;

function scanConcatenated(text: string, s: Scratch): void {
  if (!text.includes('"') && !text.includes("'")) return;
  CONCATENATED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONCATENATED.exec(text)) !== null) {
    const joined = m[0].replace(/[^A-Za-z0-9]/g, '');
    if (joined.length === 32 && mixedAlnum32(joined) && shannonEntropy(joined) >= 3.6 && !isPlaceholderSecret(joined) && !wordLike(joined)) {
      const end = m.index + m[0].trimEnd().replace(/\+$/, '').trimEnd().length;
      push(s, 'MISTRAL_API_KEY', m.index, end, 0.85, 'mistral-concatenated');
    }
  }
}

/** Salesforce access tokens (their `!` ends a token run). */
function scanSalesforce(text: string, s: Scratch): void {
  if (!text.includes('00D')) return;
  const re = SALESFORCE_SESSION.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const secret = m[0].slice(m[0].indexOf('!') + 1);
    if (!isPlaceholderSecret(secret) && shannonEntropy(secret) >= 4) push(s, 'API_KEY', m.index, m.index + m[0].length, 0.9, SALESFORCE_SESSION.id);
  }
}

/** Telegram bot tokens (their `:` ends a token run). */
function scanTelegram(text: string, s: Scratch): void {
  if (!text.includes(':AA')) return;
  const re = TELEGRAM_BOT.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (!isPlaceholderSecret(m[0].slice(m[0].indexOf(':') + 3))) push(s, 'API_KEY', m.index, m.index + m[0].length, 0.9, TELEGRAM_BOT.id);
  }
}

/** Secrets told by the words around them ({@link CONTEXT_PATTERNS}), each searched only past its gate. */
/**
 * The rows in one object shape (optional fields filled): the loop below reads every row of every text, and
 * rows of different shapes make its property reads polymorphic (measured: a tenth of the whole scan).
 */
const CONTEXT_ROWS = CONTEXT_PATTERNS.map((c) => ({ id: c.id, type: c.type as SecretType, gate: c.gate, gateTrigrams: gateLiteral(c.gate), pattern: c.pattern, group: c.group, password: c.password === true, valid: c.valid ?? null }));

function scanContextPatterns(text: string, s: Scratch, gate: TrigramGate): void {
  for (const c of CONTEXT_ROWS) {
    if (!gate.mayHold(c.gateTrigrams) || !text.includes(c.gate) || !s.want.has(c.type)) continue;
    c.pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = c.pattern.exec(text)) !== null) {
      const secret = m[c.group]!;
      const start = m.index + m[0].lastIndexOf(secret);
      if (c.valid !== null && !c.valid(m)) continue;
      const ok = c.password ? credentialOk(secret) : !isPlaceholderSecret(secret) && shannonEntropy(secret) >= 2.8;
      if (ok) push(s, c.type, start, start + secret.length, 0.9, c.id);
    }
  }
}

/** A `:` then a port's first digit or `*`: where a `.pgpass` line may hold its port field. */
const PORT_FIELD = /:[0-9*]/g;

/**
 * `.pgpass` lines: found from each `:` followed by a port (digits or `*`) and `:`, the pattern tried once
 * per line from the line's start (a scan from every position of the text would cost a third of the scan).
 * Candidates come from a regex search: an `indexOf` loop from each colon measured quadratic on a long
 * line of colons.
 */
function scanPgpass(text: string, s: Scratch): void {
  // The line around each candidate, tracked forward (a search back from each `:` would read a long line
  // once per colon).
  if (!text.includes(':')) return;
  let lineStart = 0;
  let nextNewline = text.indexOf('\n');
  PORT_FIELD.lastIndex = 0;
  let pm: RegExpExecArray | null;
  while ((pm = PORT_FIELD.exec(text)) !== null) {
    const p = pm.index;
    let q = p + 2;
    while (q < text.length && q - p <= 6 && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
    if (text.charCodeAt(q) !== 58) continue;
    while (nextNewline !== -1 && nextNewline < p) {
      lineStart = nextNewline + 1;
      nextNewline = text.indexOf('\n', lineStart);
    }
    // One try per line: the search goes on at the next line.
    const lineEnd = nextNewline === -1 ? text.length : nextNewline;
    PORT_FIELD.lastIndex = lineEnd;
    if (lineEnd - lineStart > 800) continue;
    PGPASS.pattern.lastIndex = lineStart;
    const m = PGPASS.pattern.exec(text);
    if (m === null || !PGPASS.valid(m)) continue;
    const password = m[5]!;
    const end = m.index + m[0].trimEnd().length;
    if (credentialOk(password, m[4])) push(s, 'CREDENTIALS', end - password.length, end, 0.9, PGPASS.id);
  }
}

// --- credentials in URLs, curl -u and HTTP Basic ----------------------------------------------------------

const PASSWORD_PLACEHOLDER = /^(?:pass|pwd|secret|x+|\*+|user|username|admin|root|test|null|none|\.\.\.|foobared)$|password|passwd|changeme|changeit|example|replace|your/i;

/**
 * A password that names itself (`myPassword`, `mysecretpassword`, `my-secret-pw`, `redispassword`): letters
 * and separators only, and once `password`, `secret` and the separated parts `pw` and `pass` are taken out,
 * at most a short word is left. That is how documentation writes a password (container images' docs,
 * connection-string references).
 */
export function selfNamedPassword(v: string): boolean {
  if (!/^[A-Za-z_-]+$/.test(v)) return false;
  const rest = v.replace(/passw(?:or)?d|secret/gi, '');
  if (rest.length === v.length) return false;
  return rest.replace(/(?:^|[-_])(?:pw|pass)(?=[-_]|$)/gi, '').replace(/[-_]/g, '').length <= 6;
}

/** A password worth reporting: not a word of the documentation, a variable, a repeat of the user name. */
function credentialOk(password: string, user = ''): boolean {
  return (
    password.length >= 4 &&
    !selfNamedPassword(password) &&
    password !== user &&
    !PASSWORD_PLACEHOLDER.test(password) &&
    !isPlaceholderSecret(password) &&
    !/^[$%{<[(]/.test(password) &&
    new Set(password).size > 2
  );
}

/**
 * A token standing as a URL's user name (`https://<token>@github.com/…`): long, letters with digits,
 * random-looking (a user name is words or short).
 */
function tokenAsUser(user: string): boolean {
  return (
    user.length >= 20 &&
    /^[A-Za-z0-9_-]+$/.test(user) &&
    /\d/.test(user) &&
    /[A-Za-z]/.test(user) &&
    shannonEntropy(user) >= 3.5 &&
    !isPlaceholderSecret(user) &&
    !wordLike(user, true)
  );
}

/** `scheme://user:password@host` (the user may be empty: `redis://:password@host`): the password; `scheme://<token>@host`: the token. */
function scanUrlCredentials(text: string, s: Scratch): void {
  for (let p = text.indexOf('://'); p !== -1; p = text.indexOf('://', p + 3)) {
    let at = -1;
    let colon = -1;
    for (let i = p + 3; i < text.length && i - p < 260; i++) {
      const c = text.charCodeAt(i);
      if (c === 64) {
        at = i;
        break;
      }
      if (c === 58 && colon === -1) colon = i;
      if (c <= 32 || c === 47 || c === 34 || c === 39 || c === 60 || c === 62) break;
    }
    if (at === -1) continue;
    if (colon === -1) {
      if (tokenAsUser(text.slice(p + 3, at))) push(s, 'CREDENTIALS', p + 3, at, 0.85, 'url-token-user');
      continue;
    }
    const password = text.slice(colon + 1, at);
    if (credentialOk(password, text.slice(p + 3, colon))) push(s, 'CREDENTIALS', colon + 1, at, 0.9, 'url-credentials');
  }
}

/** `-u user:pw`, `--user=user:pw`, `-u 'user:pw'`, and glued `-uuser:pw`. */
const CURL_USER = /(?:^|[\s'"])(?:-u(?:[ =]+|(?=['"])|(?=[A-Za-z0-9_.@]))|--user(?:[ =]+|(?=['"])))(['"]?)([^\s'":]{1,64}):([^\s'"]{1,256})\1/g;

function scanCurlUser(text: string, s: Scratch): void {
  if (!text.includes('-u') && !text.includes('--user')) return;
  CURL_USER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CURL_USER.exec(text)) !== null) {
    const password = m[3]!;
    const end = m.index + m[0].length - m[1]!.length;
    if (credentialOk(password, m[2])) push(s, 'CREDENTIALS', end - password.length, end, 0.9, 'curl-user');
  }
}

const NETRC = /\bmachine[ \t]+\S+\s+login[ \t]+(\S+)\s+password[ \t]+(\S+)/g;

const XML_VALUE = /<([A-Za-z_][\w.-]{0,63})>([^<>\s]{8,512})<\/\1>/g;

/**
 * Whether a closing tag of `text` may name a secret (`</apiKey>`): every element `scanXmlValues` reports ends
 * with one, so an HTML answer of `</p>` and `</li>` skips its regex, which stops at every `<`. Each tag is read
 * at most 65 characters far (no search to a distant `>`), so the check stays linear.
 */
function closesSecretElement(text: string): boolean {
  for (let c = text.indexOf('</'); c >= 0; c = text.indexOf('</', c + 2)) {
    const limit = Math.min(text.length, c + 2 + 65);
    let end = c + 2;
    while (end < limit && text.charCodeAt(end) !== 62) end++;
    if (end < limit && SECRET_NAME.test(text.slice(c + 2, end))) return true;
  }
  return false;
}

/** `<apiKey>value</apiKey>`: a secret-like element name and a high-entropy text; `<password>x</password>`: a password. */
function scanXmlValues(text: string, s: Scratch, limits: Limits): void {
  if (!closesSecretElement(text)) return;
  XML_VALUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = XML_VALUE.exec(text)) !== null) {
    const value = m[2]!;
    if (!SECRET_NAME.test(m[1]!) || REFERENCE_START.test(value)) continue;
    const start = m.index + m[1]!.length + 2;
    if (nameKind(m[1]!) === 'password') {
      if (credentialOk(value) && value.length >= limits.minPasswordLength) push(s, 'CREDENTIALS', start, start + value.length, 0.85, 'xml-password');
      continue;
    }
    if (isPlaceholderSecret(value)) continue;
    if (value.length >= limits.minLength && shannonEntropy(value) >= limits.minEntropy && /\d/.test(value) && /[A-Za-z]/.test(value)) {
      push(s, 'GENERIC_SECRET', start, start + value.length, 0.8, 'xml-element');
    }
  }
}

/**
 * A name and its value as attributes of one element (.NET `<add key="Password" value="…"/>`, Spring and
 * Ant `<property name="db.password" value="…"/>`), or a name attribute and the element's text
 * (`<entry name="apiKey">…</entry>`). Quantifiers are bounded and no part can match the next one's text.
 */
const XML_PAIR = /<([A-Za-z][\w:.-]{0,40})[ \t]{1,16}(?:key|name)[ \t]{0,8}=[ \t]{0,8}"([^"<>\n]{1,64})"(?:[ \t]{1,16}value[ \t]{0,8}=[ \t]{0,8}"([^"<>\n]{1,512})"|[ \t]{0,8}>([^<>\n]{1,512})<\/\1>)/g;

function scanXmlPairs(text: string, s: Scratch, limits: Limits): void {
  // Every pair holds `="` (a search opening with `=`, rare in prose, rather than with the letters of `name`).
  if (!text.includes('="')) return;
  // ...and `key` or `name` (HTML's attributes are mostly `class`, `href`, `style`).
  if (!text.includes('name') && !text.includes('key')) return;
  XML_PAIR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = XML_PAIR.exec(text)) !== null) {
    const name = m[2]!;
    const value = m[3] ?? m[4]!;
    const kind = nameKind(name);
    if (kind === undefined && !KEYWORD_NAME.test(name)) continue;
    const vs = m.index + m[0].lastIndexOf(value, m[0].length - (m[4] === undefined ? 1 : m[1]!.length + 3));
    judgeValue(text, s, limits, name, kind, vs, vs + value.length, true);
  }
}

/**
 * A command-line flag naming a secret, then its value: `--password x`, `--api-key=x`, `--token "x"`,
 * PowerShell `-Password x`. `at` is the flag's first dash. Returns where the scan goes on.
 */
function flagAt(text: string, s: Scratch, limits: Limits, at: number): number {
  const prev = text.charCodeAt(at - 1);
  if (at > 0 && !(prev === 32 || prev === 9 || prev === 10 || prev === 34 || prev === 39)) return at + 1;
  let i = at + 1;
  if (text.charCodeAt(i) === 45) i++;
  const nameStart = i;
  if (!(isAlnum(text.charCodeAt(i)) && !(text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57))) return i;
  while (i < text.length && i - nameStart < 40 && (isAlnum(text.charCodeAt(i)) || text.charCodeAt(i) === 45 || text.charCodeAt(i) === 95)) i++;
  const name = text.slice(nameStart, i);
  const c = text.charCodeAt(i);
  if (!(c === 32 || c === 9 || c === 61)) return i;
  const kind = nameKind(name);
  if (kind === undefined) return i;
  let vs = i + 1;
  while (vs < text.length && (text.charCodeAt(vs) === 32 || text.charCodeAt(vs) === 9)) vs++;
  if (text.charCodeAt(vs) === 45) return i; // the next flag
  const literal = quotedAt(text, vs);
  let ve: number;
  if (literal !== undefined) [vs, ve] = literal;
  else {
    ve = vs;
    while (ve < text.length && ve - vs < 256 && text.charCodeAt(ve) > 32 && !isQuote(text.charCodeAt(ve))) ve++;
  }
  const value = text.slice(vs, ve);
  if (kind === 'password') {
    if (credentialOk(value)) push(s, 'CREDENTIALS', vs, ve, 0.85, 'password-flag');
  } else {
    judgeValue(text, s, limits, name, kind, vs, ve, literal !== undefined);
  }
  return Math.max(i, ve);
}

/** `mysql -u root -pS3cret`, `sshpass -p 'x' ssh …`, `mongosh -p x`: the password of a `-p` flag of these commands. */
const P_FLAG = /\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mariadb|sshpass|mongosh|mongo|mongodump|mongorestore|mongoexport|mongoimport)\b[^\n]{0,200}?[ \t]-p(?:[ \t]*(['"])([^'"\n]{4,128})\1|([^\s'"-][^\s'"]{3,127}))/g;
/**
 * Commands that take a password as a plain argument, as data: the literal every match holds (a cheap gate,
 * opening with a rare character where one exists), the pattern, and which group holds the password.
 */
const SHELL_PASSWORD_FORMS: ReadonlyArray<{ id: string; gate: string; re: RegExp; group: number }> = [
  // `docker login -u bob -p x` and the other registry logins (`docker run -p 8080:80` is a port: only `login` counts).
  { id: 'login-p-flag', gate: '-p', re: /\b(?:(?:docker|podman|buildah|skopeo|nerdctl|oc)[ \t]+login\b|sshpass\b)[^\n]{0,200}?[ \t]-p(?:[ \t]+|=)(['"]?)([^\s'"-][^\s'"]{3,127})\1/g, group: 2 },
  // `htpasswd -b[c] file user password`
  { id: 'htpasswd-b', gate: 'passwd', re: /\bhtpasswd[ \t]+-[A-Za-z]*b[A-Za-z]*[ \t]+\S{1,200}[ \t]+\S{1,64}[ \t]+(['"]?)([^\s'"]{4,128})\1/g, group: 2 },
  // `net user name password /add` (`*` asks for it)
  { id: 'net-user', gate: 'user', re: /\bnet[ \t]+user[ \t]+\S{1,64}[ \t]+(['"]?)([^\s'"*/][^\s'"]{3,127})\1(?=[ \t]+\/|[ \t]*$)/gm, group: 2 },
  // `psexec \\\\host -u user -p password cmd`
  { id: 'psexec-p', gate: 'xec', re: /\bpsexec(?:64)?(?:\.exe)?\b[^\n]{0,200}?[ \t]-p[ \t]+(['"]?)([^\s'"-][^\s'"]{3,127})\1/gi, group: 2 },
  // .NET: `new NetworkCredential("user", "password"[, "domain"])`, `new DirectoryEntry(path, "user", "password")`
  { id: 'dotnet-network-credential', gate: 'Credential(', re: /\bNetworkCredential\([ \t]{0,8}(["'])[^"'\n]{1,128}\1[ \t]{0,8},[ \t]{0,8}(["'])([^"'\n]{4,128})\2/g, group: 3 },
  { id: 'dotnet-directory-entry', gate: 'DirectoryEntry(', re: /\bDirectoryEntry\([ \t]{0,8}(["'])[^"'\n]{1,256}\1[ \t]{0,8},[ \t]{0,8}(["'])[^"'\n]{1,128}\2[ \t]{0,8},[ \t]{0,8}(["'])([^"'\n]{4,128})\3/g, group: 4 },
  // SQL: `CREATE USER u IDENTIFIED BY 'x'`, `ALTER USER u IDENTIFIED BY x` (Oracle, MySQL, MariaDB)
  { id: 'sql-identified-by', gate: 'IDENTIFIED', re: /\bIDENTIFIED[ \t]+BY[ \t]+(['"]?)([^\s'";]{4,128})\1/g, group: 2 },
  // SQL Server tools: `sqlcmd -S db -U sa -P x`
  { id: 'sqlcmd-P', gate: '-P', re: /\b(?:sqlcmd|osql|isql|bcp)\b[^\n]{0,200}?[ \t]-P[ \t]*(['"]?)([^\s'"-][^\s'"]{3,127})\1/g, group: 2 },
  // OpenLDAP tools: `ldapsearch -D cn=admin -w x`
  { id: 'ldap-w', gate: '-w', re: /\bldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn|exop)\b[^\n]{0,200}?[ \t]-w[ \t]*(['"]?)([^\s'"-][^\s'"]{3,127})\1/g, group: 2 },
  // Samba tools: `smbclient //srv/share -U user%password`
  { id: 'smb-user-percent', gate: '-U', re: /\b(?:smbclient|rpcclient|smbmap|smbget|smbcacls|net[ \t]+rpc)\b[^\n]{0,200}?[ \t]-U[ \t]*(['"]?)[^\s%'"]{1,64}%([^\s'"]{4,128})\1/g, group: 2 },
  // FreeRDP: `xfreerdp /v:host /u:admin /p:x`
  { id: 'freerdp-p', gate: '/p:', re: /\b(?:xfreerdp|wlfreerdp|sdl-freerdp|freerdp)\b[^\n]{0,200}?[ \t]\/p:(['"]?)([^\s'"]{4,128})\1/g, group: 2 },
  // Impacket: `secretsdump.py corp/admin:x@10.0.0.5`
  { id: 'impacket-target', gate: '.py', re: /\b(?:secretsdump|psexec|wmiexec|smbexec|atexec|dcomexec|GetUserSPNs|GetNPUsers|getTGT|mssqlclient|lookupsid|smbclient)\.py\b[^\n]{0,200}?[ \t](['"]?)[^\s/'"]{1,100}\/[^\s:/'"]{1,64}:([^\s@'"]{4,128})@/g, group: 2 },
  // `echo "user:password" | chpasswd`
  { id: 'chpasswd', gate: 'passwd', re: /\becho[ \t]+(['"]?)[^\s:'"]{1,64}:([^\s'"]{4,128})\1[ \t]*\|[ \t]*(?:sudo[ \t]+)?chpasswd\b/g, group: 2 },
];
/** The gates above, and the literals of the other forms, as trigram lists (see `trigram-gate.ts`). */
const FORM_GATES = SHELL_PASSWORD_FORMS.map((form) => gateLiteral(form.gate));
const [MACHINE, SECURE_STRING_WORD, JDBC_ORACLE] = ['machine', 'securestring', 'jdbc:oracle'].map(gateLiteral) as [Int32Array, Int32Array, Int32Array];
const SECURE_STRING = /ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(['"])([^'"\n]{4,256})\1[ \t]+-AsPlainText/gi;
const ORACLE_JDBC = /jdbc:oracle:(?:thin|oci):([A-Za-z0-9_$#.-]{1,64})\/([^@\s'"/]{1,128})@/g;

/** `.netrc` entries, secret-naming flags, `mysql -p…`, `ConvertTo-SecureString "…" -AsPlainText`, Oracle JDBC URLs. */
function scanPasswordForms(text: string, s: Scratch, limits: Limits, gate: TrigramGate): void {
  let m: RegExpExecArray | null;
  if (gate.mayHold(MACHINE) && text.includes('machine')) {
    NETRC.lastIndex = 0;
    while ((m = NETRC.exec(text)) !== null) {
      const password = m[2]!;
      const end = m.index + m[0].length;
      if (credentialOk(password, m[1])) push(s, 'CREDENTIALS', end - password.length, end, 0.9, 'netrc');
    }
  }
  for (let p = text.indexOf('-'); p !== -1; ) p = text.indexOf('-', flagAt(text, s, limits, p));
  // Gates open with a rare character: a search for a string opening with a space or a frequent letter
  // reads every occurrence of it.
  if (text.includes('-p')) {
    P_FLAG.lastIndex = 0;
    while ((m = P_FLAG.exec(text)) !== null) {
      const password = m[2] ?? m[3]!;
      const end = m[2] !== undefined ? m.index + m[0].length - 1 : m.index + m[0].length;
      if (credentialOk(password)) push(s, 'CREDENTIALS', end - password.length, end, 0.85, 'p-flag');
    }
  }
  for (let f = 0; f < SHELL_PASSWORD_FORMS.length; f++) {
    const form = SHELL_PASSWORD_FORMS[f]!;
    if (!gate.mayHold(FORM_GATES[f]!) || !text.includes(form.gate)) continue;
    form.re.lastIndex = 0;
    while ((m = form.re.exec(text)) !== null) {
      const password = m[form.group]!;
      const start = m.index + m[0].lastIndexOf(password);
      if (credentialOk(password)) push(s, 'CREDENTIALS', start, start + password.length, 0.85, form.id);
    }
  }
  if (gate.mayHold(SECURE_STRING_WORD) && (text.includes('SecureString') || text.includes('Securestring') || text.includes('-securestring'))) {
    SECURE_STRING.lastIndex = 0;
    while ((m = SECURE_STRING.exec(text)) !== null) {
      const start = m.index + m[0].indexOf(m[1]!) + 1;
      if (credentialOk(m[2]!)) push(s, 'CREDENTIALS', start, start + m[2]!.length, 0.9, 'secure-string');
    }
  }
  if (gate.mayHold(JDBC_ORACLE) && text.includes('jdbc:oracle')) {
    ORACLE_JDBC.lastIndex = 0;
    while ((m = ORACLE_JDBC.exec(text)) !== null) {
      const end = m.index + m[0].length - 1;
      if (credentialOk(m[2]!, m[1])) push(s, 'CREDENTIALS', end - m[2]!.length, end, 0.9, 'oracle-jdbc');
    }
  }
}

/**
 * A password told in prose: a password word, a linking verb, then one token (`my password is hunter2`,
 * `le mot de passe est …`, `das Passwort ist …`). The `password: x` / `password = x` forms are read as
 * assignments.
 */
const PROSE_PASSWORD =
  /\b(?:password|passwd|passcode|passphrase|pwd|mot de passe|contrase[\u00f1n]a|passwort|kennwort|senha|wachtwoord|has[\u0142l]o|salasana|l[\u00f6o]senord)(?:[ \t]+(?:for|of|to|on|at|de|du|des|f\u00fcr|para|do|da|van|voor)(?:[ \t]+[^\s]{1,30}){1,3}?)?[ \t]+(?:is|was|est|es|ist|era|\u00e9|jest|on|\u00e4r|er|is now|will be|should be)[ \t]+(?:["'\u201c\u2018`]?)([^\s"'\u201d\u2019`]{6,64})/gi;

/**
 * A value told in prose is a password when it reads as one: a lower-case letter and a digit or symbol
 * (`SHA-256`, `bcrypt`, `AES128` are words of the trade), no path, address, call or reference, and no
 * compound of words (`case-sensitive`, `base64-encoded`, `re-used`).
 */
function prosePasswordOk(v: string): boolean {
  if (!/[a-z]/.test(v) || !/[^A-Za-z]/.test(v) || /[/@()]|^[$%{<[]/.test(v)) return false;
  if (v.includes('-') && /(?:^|-)[A-Za-z]{2,}(?:-|$)/.test(v) && /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+$/.test(v)) return false;
  return credentialOk(v);
}

/**
 * The words that open every match of `re` (`\b(?:word|word|…)`, flag `i`), read from its source so that a word
 * added to the regex gates itself: each alternative with its small character classes expanded, and its
 * non-ASCII letters in both cases (ASCII case is folded by the trigram gate; a case-insensitive match of a
 * non-ASCII letter is one of its two cases). Undefined (no gate: the regex always runs) when the source
 * opens otherwise or an alternative holds other regex syntax.
 */
export function leadingWords(re: RegExp): string[] | undefined {
  const group = /^\\b\(\?:([^()]*)\)/.exec(re.source)?.[1];
  if (group === undefined) return undefined;
  const words: string[] = [];
  for (const alternative of group.split('|')) {
    // Each token: a plain letter, digit or space, a \uXXXX escape, or a class of those (no ranges).
    const tokens = alternative.match(/\[(?:[a-z0-9 ]|\\u[0-9a-f]{4})+\]|\\u[0-9a-f]{4}|[a-z0-9 ]/gi) ?? [];
    if (tokens.join('') !== alternative || tokens.length === 0) return undefined;
    let forms = [''];
    for (const token of tokens) {
      const units = (token.startsWith('[') ? token.slice(1, -1) : token).match(/\\u[0-9a-f]{4}|./gi)!;
      const chars = new Set<string>();
      for (const unit of units) {
        const c = unit.length === 6 ? String.fromCharCode(parseInt(unit.slice(2), 16)) : unit;
        chars.add(c);
        if (c.charCodeAt(0) >= 0x80) for (const other of [c.toLowerCase(), c.toUpperCase()]) if (other.length === 1) chars.add(other);
      }
      forms = forms.flatMap((f) => [...chars].map((c) => f + c));
      if (forms.length > 64) return undefined;
    }
    words.push(...forms);
  }
  return words;
}

/** @internal The opening words of {@link PROSE_PASSWORD} (undefined: no gate, the regex always runs). */
export const PROSE_PASSWORD_WORDS = leadingWords(PROSE_PASSWORD);
/** The gate of {@link PROSE_PASSWORD}: its opening words as trigram lists. */
const PROSE_PASSWORD_GATE = PROSE_PASSWORD_WORDS?.map(gateLiteral);

function scanProsePassword(text: string, s: Scratch, minLength: number, gate: TrigramGate): void {
  // Most texts name no password at all: the trigram gate proves it without the regex pass.
  if (PROSE_PASSWORD_GATE !== undefined && !gate.mayHoldAny(PROSE_PASSWORD_GATE)) return;
  // One regex pass: cheaper than a search for each word (a multi-character indexOf opening with a
  // frequent letter costs about as much as the regex).
  PROSE_PASSWORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PROSE_PASSWORD.exec(text)) !== null) {
    // A closing period or comma belongs to the sentence.
    const value = m[1]!.replace(/[.,;:)\]]+$/, '');
    const end = m.index + m[0].length - (m[1]!.length - value.length);
    if (value.length >= minLength && prosePasswordOk(value)) push(s, 'CREDENTIALS', end - value.length, end, 0.8, 'prose-password');
  }
}

const BASIC = /\b[Bb]asic[ \t]+([A-Za-z0-9+/]{6,}={0,2})(?![A-Za-z0-9+/=])/g;

const BASIC_WORD = gateLiteral('basic');

function scanBasicAuth(text: string, s: Scratch, gate: TrigramGate): void {
  if (!gate.mayHold(BASIC_WORD) || (!text.includes('Basic') && !text.includes('basic'))) return;
  BASIC.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BASIC.exec(text)) !== null) {
    const b64 = m[1]!;
    const decoded = Buffer.from(b64, 'base64').toString('latin1');
    const colon = decoded.indexOf(':');
    if (colon <= 0 || !/^[\x20-\x7e]+$/.test(decoded)) continue;
    if (credentialOk(decoded.slice(colon + 1), decoded.slice(0, colon))) push(s, 'CREDENTIALS', m.index + m[0].length - b64.length, m.index + m[0].length, 0.9, 'basic-auth');
  }
}

// --- public API --------------------------------------------------------------------------------------------

function checkNumber(name: string, v: unknown, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !(v >= min && v <= max)) throw new GuardConfigError(`${name} must be a number between ${min} and ${max}.`);
  return v;
}

/**
 * A bare Mistral-shaped guess (score 0.6) gives way to a finding of the same span that knows its provider
 * (`OVH_APPLICATION_SECRET="<32 base62>"` is OVH's, not Mistral's); the type order would keep the guess.
 */
function withoutShapeGuesses(found: SecretEntity[]): SecretEntity[] {
  if (found.length < 2) return found;
  // One map of the spans that a provider rule names (linear in the findings).
  const named = new Map<string, number>();
  for (const e of found) if (e.rule !== undefined && e.rule !== 'mistral-shaped') named.set(`${e.start}:${e.end}`, Math.max(e.score, named.get(`${e.start}:${e.end}`) ?? 0));
  if (named.size === 0) return found;
  return found.filter((e) => e.rule !== 'mistral-shaped' || (named.get(`${e.start}:${e.end}`) ?? 0) <= e.score);
}

/** Builds a secret scanner returning entities sorted by start, without overlaps. Options are checked here. */
export function createSecretScanner(options?: SecretDetectorOptions): (text: string) => SecretEntity[] {
  checkOptionKeys('createSecretDetector()', options, SECRET_OPTION_KEYS);
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
  const bearer = new RegExp(BEARER.source, 'g');
  const grouped = new RegExp(GROUPED.source, 'g');
  /** The trigrams of the text being scanned, read by the gates of the rule families below. */
  const gate = new TrigramGate();
  return (text: string): SecretEntity[] => {
    if (typeof text !== 'string' || text.length === 0) return [];
    const s: Scratch = { out: [], minScore, want, bare };
    gate.load(text);
    if (want.has('PRIVATE_KEY')) {
      scanPrivateKeys(text, s);
      scanOtherKeyFiles(text, s);
    }
    scanTokens(text, s);
    if (want.has('JWT')) scanJwt(text, s);
    if (want.has('MISTRAL_API_KEY') || want.has('GENERIC_SECRET') || want.has('API_KEY')) {
      scanBearer(text, s, bearer, gate);
      scanAssignments(text, s, limits);
      scanBareQuoted(text, s, limits);
      scanCallPairs(text, s, limits);
      scanXmlValues(text, s, limits);
      scanXmlPairs(text, s, limits);
    }
    if (want.has('MISTRAL_API_KEY')) {
      scanGrouped(text, s, grouped);
      scanConcatenated(text, s);
      // Spelled one character at a time (forwards, backwards or ROT13'd): a shape guess like a bare key.
      if (bare) {
        for (const k of findSpelledKeys(text, mistralShaped)) push(s, 'MISTRAL_API_KEY', k.start, k.end, 0.8, `mistral-${k.form}`);
      }
      // Escapes, percent-encoding, HTML references and lists of codes: the key in the decoded text.
      for (const [a, b] of findCharCodeKeys(text, decodedHoldsKey, s)) push(s, 'MISTRAL_API_KEY', a, b, 0.85, 'char-codes');
    }
    scanContextPatterns(text, s, gate);
    if (want.has('API_KEY')) {
      scanTelegram(text, s);
      scanSalesforce(text, s);
    }
    if (want.has('CREDENTIALS')) {
      scanUrlCredentials(text, s);
      scanPgpass(text, s);
      scanCurlUser(text, s);
      scanBasicAuth(text, s, gate);
      scanPasswordForms(text, s, limits, gate);
      scanProsePassword(text, s, limits.minPasswordLength, gate);
    }
    return resolveOverlaps(withoutShapeGuesses(s.out));
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
