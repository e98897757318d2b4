/**
 * Bounded decoders for payloads hidden in a text: base64/base64url, hex (`69676e…`, `\x69`), URL
 * escapes (`%69`), HTML entities (`&#x69;`, `&#105;`, basic names), `\uNNNN` escapes, ROT13 and
 * reversed text.
 *
 * Cost model: candidate search is linear and cheap on ordinary prose. Base64/hex runs are found by
 * a skip search (a few reads per word of prose), escape runs by one regex whose every branch starts
 * with `%`, `&` or `\`, run only when one of those characters occurs.
 * Every decode is capped by a per-call budget of candidates, bytes and segments.
 * @module
 */
import type { NormalizeConfig, DecoderName } from './options.js';
import type * as EntitiesDecode from 'entities/decode';
import type * as Libqp from 'libqp';
import { lazyRequire } from '../core/lazy-require.js';
import { UnitBuffer } from './units.js';

// Loaded when a text first holds an entity or quoted-printable run: few do, and loading costs at import.
const entities = lazyRequire<typeof EntitiesDecode>('entities/decode');
const quotedPrintable = lazyRequire<typeof Libqp>('libqp');

/** Shared by one `normalizeText` call and all its nested decodes. */
export interface DecodeBudget {
  /** Decoded bytes still allowed. */
  bytes: number;
  /** Decoded segments still allowed. */
  segments: number;
  /** Candidate spans still allowed to be examined. */
  candidates: number;
  /** Encoded runs already decoded in this call: a repeated blob is decoded once. */
  seen: Set<string>;
}

const MAX_DEDUPE_KEY = 4096;

/** False when the run was seen before in this call; remembers it otherwise. */
function firstSighting(budget: DecodeBudget, text: string, start: number, end: number): boolean {
  if (end - start > MAX_DEDUPE_KEY) return true;
  const key = text.slice(start, end);
  if (budget.seen.has(key)) return false;
  budget.seen.add(key);
  return true;
}

/** A decoded payload, before it is normalized. Spans index the text that was searched. */
export interface Candidate {
  start: number;
  end: number;
  encoding: DecoderName;
  /** The decoded payload. */
  text: string;
  /** Confidence that the payload was smuggled, 0..1. */
  score: number;
  /** Whether the payload is reported as an `encoding` detection (not only scanned). */
  report: boolean;
}

const UTF8 = new TextDecoder('utf-8');
const UTF8_ENCODER = new TextEncoder();

// ---------------------------------------------------------------------------------------------
// Plausibility: is a decoded byte string readable text?

/** Share of printable characters and counts of letters/word characters in a decoded text. */
export interface TextStats {
  printableRatio: number;
  letters: number;
  wordRatio: number;
  spaces: number;
}

export function textStats(text: string): TextStats {
  let printable = 0;
  let letters = 0;
  let word = 0;
  let spaces = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20 && c < 0x7f) {
        printable++;
        const lower = c | 0x20;
        if (lower >= 0x61 && lower <= 0x7a) {
          letters++;
          word++;
        } else if (c >= 0x30 && c <= 0x39) word++;
        else if (c === 0x20) {
          spaces++;
          word++;
        }
      } else if (c === 0x09 || c === 0x0a || c === 0x0d) {
        printable++;
        spaces++;
        word++;
      }
    } else if (c >= 0xa0 && c !== 0xfffd) {
      printable++;
      if (c >= 0xc0) {
        letters++;
        word++;
      }
    }
  }
  return n === 0
    ? { printableRatio: 0, letters: 0, wordRatio: 0, spaces: 0 }
    : { printableRatio: printable / n, letters, wordRatio: word / n, spaces };
}

/** 0 when `text` is not plausible readable text, else a score in (0, 1]. */
export function plausibility(text: string, minPrintableRatio: number): number {
  const stats = textStats(text);
  if (stats.printableRatio < minPrintableRatio || stats.letters < 2 || stats.wordRatio < 0.6) return 0;
  // Prose has spaces; identifiers and JSON blobs are readable but less likely an instruction.
  const spacing = stats.spaces > 0 ? 1 : 0.75;
  return Math.min(1, stats.printableRatio * stats.wordRatio * spacing);
}

function scoreFromPlausibility(p: number): number {
  return Math.round((0.3 + 0.6 * p) * 100) / 100;
}

// ---------------------------------------------------------------------------------------------
// Base64 and hex

const B64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) {
  B64_VALUE['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;
}
B64_VALUE[0x2d] = 62; // '-' (base64url)
B64_VALUE[0x5f] = 63; // '_' (base64url)

const HEX_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX_VALUE['0123456789abcdef'.charCodeAt(i)] = i;
  HEX_VALUE['0123456789ABCDEF'.charCodeAt(i)] = i;
}

/**
 * Base32 (RFC 4648) values of one case: `A`–`Z` `2`–`7`, and the lowercase alphabet some encoders
 * emit. A run is read in one case only, so base64 and identifiers mixing cases are not base32.
 */
const B32_UPPER = new Int8Array(128).fill(-1);
const B32_LOWER = new Int8Array(128).fill(-1);
for (let i = 0; i < 32; i++) {
  const ch = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[i]!;
  B32_UPPER[ch.charCodeAt(0)] = i;
  B32_LOWER[ch.toLowerCase().charCodeAt(0)] = i;
}

/** 1 for base64/base64url/hex characters, by UTF-16 unit (a table lookup beats range tests). */
const B64_UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) if (B64_VALUE[c]! >= 0) B64_UNIT[c] = 1;

/** Decodes base64 or base64url (padding optional) into at most `maxBytes` bytes. */
export function decodeBase64(text: string, start: number, end: number, maxBytes: number): Uint8Array {
  const units = Math.min(end - start, Math.floor((maxBytes * 4) / 3) + 4);
  const out = new Uint8Array(Math.floor((units * 3) / 4) + 3);
  let bytes = 0;
  let acc = 0;
  let bits = 0;
  for (let i = start; i < start + units; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? B64_VALUE[c]! : -1;
    if (v < 0) break;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[bytes++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, Math.min(bytes, maxBytes));
}

/**
 * Decodes unpadded base32 in the alphabet `values` into at most `maxBytes` bytes. Hand-written like
 * the base64 loop above (same byte cap, no copy of the run): measured 2–3x faster than `rfc4648`
 * and `@scure/base`, and the latter rejects the lowercase and unpadded forms attackers send.
 */
export function decodeBase32(text: string, start: number, end: number, maxBytes: number, values: Int8Array): Uint8Array {
  const units = Math.min(end - start, Math.floor((maxBytes * 8) / 5) + 8);
  const out = new Uint8Array(Math.floor((units * 5) / 8) + 1);
  let bytes = 0;
  let acc = 0;
  let bits = 0;
  for (let i = start; i < start + units; i++) {
    const c = text.charCodeAt(i);
    const v = c < 128 ? values[c]! : -1;
    if (v < 0) break;
    acc = ((acc << 5) | v) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[bytes++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, Math.min(bytes, maxBytes));
}

/** Decodes a run of hex digit pairs into at most `maxBytes` bytes. */
export function decodeHex(text: string, start: number, end: number, maxBytes: number): Uint8Array {
  const count = Math.min((end - start) >> 1, maxBytes);
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    out[i] = (HEX_VALUE[text.charCodeAt(start + 2 * i)]! << 4) | HEX_VALUE[text.charCodeAt(start + 2 * i + 1)]!;
  }
  return out;
}

/** Units of the text under {@link findLongRuns} (its callback never starts another search). */
const runUnits = new UnitBuffer();

/**
 * Calls `onRun(start, end)` for every maximal run of base64/hex characters at least `minLength`
 * long, in order, until it returns false. Skip search: test the last character of the window
 * first and scan backwards; a miss at `j` means no long run can contain `j`, so the window jumps
 * past it. Prose is crossed in a few reads per word, and no character is read more than twice.
 * The text is read from its units in a typed array (cheaper than `charCodeAt`, see `UnitBuffer`).
 */
export function findLongRuns(text: string, minLength: number, onRun: (start: number, end: number) => boolean): void {
  const n = text.length;
  if (n < minLength) return;
  const units = runUnits.load(text);
  let start = 0;
  while (start + minLength <= n) {
    let j = start + minLength - 1;
    while (j >= start && B64_UNIT[units[j]!] === 1) j--;
    if (j >= start) {
      start = j + 1;
      continue;
    }
    let end = start + minLength;
    while (end < n && B64_UNIT[units[end]!] === 1) end++;
    if (!onRun(start, end)) return;
    start = end + 1;
  }
}

interface RunClass {
  hex: boolean;
  mixed: boolean;
  /** The base32 alphabet the run is written in, if any. */
  base32: Int8Array | undefined;
}

/** Unpadded base32 lengths: 8 characters per 5 bytes, and 2, 4, 5 or 7 for a last 1–4 bytes. */
const BASE32_TAIL = [true, false, true, false, true, true, false, true];

function classifyRun(text: string, start: number, end: number): RunClass {
  let hex = (end - start) % 2 === 0;
  let lower = false;
  let upper = false;
  let digit = false;
  let notB32 = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (hex && HEX_VALUE[c]! < 0) hex = false;
    if (c >= 0x61 && c <= 0x7a) lower = true;
    else if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c >= 0x30 && c <= 0x39) {
      digit = true;
      if (c < 0x32 || c > 0x37) notB32 = true;
    } else notB32 = true;
  }
  let base32: Int8Array | undefined;
  if (!notB32 && lower !== upper && BASE32_TAIL[(end - start) % 8]) base32 = upper ? B32_UPPER : B32_LOWER;
  // Base64 of text mixes lowercase with capitals or digits; long plain words and slugs do not.
  return { hex, mixed: lower && (upper || digit), base32 };
}

function bytesToText(bytes: Uint8Array): string {
  return UTF8.decode(bytes);
}

/** Tries one base64/hex run; returns a candidate when it decodes to readable text. */
function decodeRun(text: string, start: number, end: number, cfg: NormalizeConfig, budget: DecodeBudget): Candidate | undefined {
  const { hex, mixed, base32 } = classifyRun(text, start, end);
  let stop = end;
  const padding = base32 !== undefined ? 6 : 2;
  while (stop < text.length && stop - end < padding && text.charCodeAt(stop) === 0x3d) stop++; // '=' padding
  if (hex && cfg.decoders.hex) {
    const bytes = decodeHex(text, start, end, budget.bytes);
    const decoded = bytesToText(bytes);
    const p = plausibility(decoded, cfg.minPrintableRatio);
    if (p > 0) {
      budget.bytes -= bytes.length;
      return { start, end: stop, encoding: 'hex', text: decoded, score: scoreFromPlausibility(p), report: true };
    }
  }
  if (base32 !== undefined && cfg.decoders.base32) {
    const bytes = decodeBase32(text, start, end, budget.bytes, base32);
    const decoded = bytesToText(bytes);
    const p = plausibility(decoded, cfg.minPrintableRatio);
    if (p > 0) {
      budget.bytes -= bytes.length;
      return { start, end: stop, encoding: 'base32', text: decoded, score: scoreFromPlausibility(p), report: true };
    }
  }
  if (!cfg.decoders.base64 || !mixed || (end - start) % 4 === 1) return undefined;
  const bytes = decodeBase64(text, start, end, budget.bytes);
  const decoded = bytesToText(bytes);
  const p = plausibility(decoded, cfg.minPrintableRatio);
  if (p === 0) return undefined;
  budget.bytes -= bytes.length;
  return { start, end: stop, encoding: 'base64', text: decoded, score: scoreFromPlausibility(p), report: true };
}

// ---------------------------------------------------------------------------------------------
// Escape runs: %XX, &#...; and \xNN / \uNNNN

/** One pass finds where an escape run may start; every branch begins with `%`, `&` or `\`. */
const ESCAPE_ANCHOR = /%[\da-fA-F]{2}|=[\da-fA-F]{2}|&#[xX]?[\da-fA-F]|&[a-zA-Z][a-zA-Z\d]{1,30};|\\(?:x[\da-fA-F]{2}|u[\da-fA-F]{4}|u\{[\da-fA-F]{1,6}\})/g;
const ESCAPE_OPENERS = ['%', '=', '&', '\\'];
const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z][a-zA-Z\d]{1,30}));?/y;
const BACKSLASH_ESCAPE = /\\(?:x([\da-fA-F]{2})|u([\da-fA-F]{4})|u\{([\da-fA-F]{1,6})\})/y;

/**
 * Named entities come from the full HTML table (the `entities` package: 2,231 names of at most 31
 * characters). Lookups are memoized: a flood of one entity costs one table walk.
 */
const namedCache = new Map<string, string | null>();
const NAMED_CACHE_LIMIT = 4096;

function namedEntity(name: string): string | undefined {
  let value = namedCache.get(name);
  if (value === undefined) {
    const reference = `&${name};`;
    const decoded = entities().decodeHTMLStrict(reference);
    value = decoded === reference ? null : decoded;
    if (namedCache.size >= NAMED_CACHE_LIMIT) namedCache.clear();
    namedCache.set(name, value);
  }
  return value ?? undefined;
}

/** A numeric reference as HTML reads it (`&#150;` is an en dash; NUL and surrogates are U+FFFD). */
function numericEntity(cp: number): string {
  return cp > 0x10ffff ? '\ufffd' : entities().decodeCodePoint(cp);
}

/** Characters allowed inside a URL-encoded run besides `%XX`. */
const URL_UNIT = new Uint8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+!*'(),;:@=&/?#$[]") {
  URL_UNIT[ch.charCodeAt(0)] = 1;
}

const MAX_GAP = 16;
const MAX_EXTEND = 64;

function isAlnumCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

function isWordUnit(c: number): boolean {
  return isAlnumCode(c) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}

function safeCodePoint(cp: number): string {
  return cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0 ? '\ufffd' : String.fromCodePoint(cp);
}

interface RunResult {
  end: number;
  candidate: Candidate | undefined;
}

function reportScore(escapes: number, alnumEscapes: number): number {
  return Math.round((0.5 + 0.4 * (alnumEscapes / Math.max(1, escapes))) * 100) / 100;
}

/** A run of `%XX` escapes and URL characters around the anchor at `anchor`. */
function urlRun(text: string, anchor: number, floor: number, budget: DecodeBudget, double: boolean): RunResult {
  let start = anchor;
  while (start > floor && anchor - start < MAX_EXTEND) {
    const c = text.charCodeAt(start - 1);
    if (c >= 128 || URL_UNIT[c] === 0) break;
    start--;
  }
  const bytes: number[] = [];
  let escapes = 0;
  let alnum = 0;
  let i = start;
  const n = text.length;
  while (i < n && bytes.length < budget.bytes) {
    const c = text.charCodeAt(i);
    if (c === 0x25 && i + 2 < n && HEX_VALUE[text.charCodeAt(i + 1)]! >= 0 && HEX_VALUE[text.charCodeAt(i + 2)]! >= 0) {
      const b = (HEX_VALUE[text.charCodeAt(i + 1)]! << 4) | HEX_VALUE[text.charCodeAt(i + 2)]!;
      bytes.push(b);
      escapes++;
      if (isAlnumCode(b)) alnum++;
      i += 3;
    } else if (c < 128 && URL_UNIT[c] === 1) {
      bytes.push(c === 0x2b ? 0x20 : c);
      i++;
    } else break;
  }
  if (escapes === 0 || (alnum === 0 && escapes < 3)) return { end: i, candidate: undefined };
  budget.bytes -= bytes.length;
  let decoded = bytesToText(Uint8Array.from(bytes));
  // Double (or triple) encoding, `%2569` → `%69` → `i`: a classic filter bypass, decoded in one step.
  let rounds = 1;
  while (double && rounds < 3 && PERCENT_ESCAPE.test(decoded)) {
    const inner = percentDecode(decoded);
    if (inner.escapes === 0) break;
    decoded = inner.text;
    escapes = inner.escapes;
    alnum = inner.alnum;
    rounds++;
  }
  const encoding = rounds > 1 ? 'url_double' : 'url';
  return {
    end: i,
    candidate: { start, end: i, encoding, text: decoded, score: reportScore(escapes, alnum), report: alnum > 0 },
  };
}

const PERCENT_ESCAPE = /%[\da-fA-F]{2}/;

/** `%XX` escapes of an already decoded string, decoded again (as UTF-8); other characters kept. */
function percentDecode(text: string): { text: string; escapes: number; alnum: number } {
  const bytes = Buffer.from(text, 'utf8');
  const out = new Uint8Array(bytes.length);
  let k = 0;
  let escapes = 0;
  let alnum = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x25 && i + 2 < bytes.length && bytes[i + 1]! < 128 && bytes[i + 2]! < 128 && HEX_VALUE[bytes[i + 1]!]! >= 0 && HEX_VALUE[bytes[i + 2]!]! >= 0) {
      const v = (HEX_VALUE[bytes[i + 1]!]! << 4) | HEX_VALUE[bytes[i + 2]!]!;
      out[k++] = v;
      escapes++;
      if (isAlnumCode(v)) alnum++;
      i += 2;
    } else out[k++] = b;
  }
  return { text: bytesToText(out.subarray(0, k)), escapes, alnum };
}



/**
 * A quoted-printable run (`=XX` escapes, `=` soft line breaks, plain ASCII between) around the
 * anchor at `anchor`. `=` followed by two hex digits is common in code and URLs (`?id=42`), so a run
 * is kept only with three escapes or soft line breaks or more and something only an encoder writes:
 * two escapes in a row (`=69=67`), a soft line break, or escaped spaces (`ignore=20all`). Decoded
 * by `libqp`.
 */
function quotedPrintableRun(text: string, anchor: number, floor: number, budget: DecodeBudget): RunResult {
  let start = anchor;
  while (start > floor && anchor - start < MAX_EXTEND && isWordUnit(text.charCodeAt(start - 1))) start--;
  let escapes = 0;
  let alnum = 0;
  let adjacent = 0;
  let softBreaks = 0;
  let spaces = 0;
  let lastEscapeEnd = -1;
  let i = anchor;
  let end = anchor;
  const n = text.length;
  const limit = Math.min(n, anchor + 3 * budget.bytes);
  while (i < limit) {
    if (text.charCodeAt(i) === 0x3d) {
      const h1 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      const h2 = i + 2 < n ? text.charCodeAt(i + 2) : 0;
      if (h1 < 128 && h2 < 128 && HEX_VALUE[h1]! >= 0 && HEX_VALUE[h2]! >= 0) {
        const b = (HEX_VALUE[h1]! << 4) | HEX_VALUE[h2]!;
        escapes++;
        if (isAlnumCode(b)) alnum++;
        if (b === 0x20 || b === 0x09) spaces++;
        if (lastEscapeEnd === i) adjacent++;
        i += 3;
        lastEscapeEnd = i;
        end = i;
        continue;
      }
      const soft = h1 === 0x0a ? 2 : h1 === 0x0d && h2 === 0x0a ? 3 : 0;
      if (soft === 0) break;
      softBreaks++;
      i += soft;
      end = i;
      continue;
    }
    // Plain text up to the next escape, if one comes within a short gap on this line.
    let j = i;
    while (j < n && j - i < MAX_GAP) {
      const c = text.charCodeAt(j);
      if (c === 0x3d || c < 0x20 || c >= 0x7f) break;
      j++;
    }
    if (j < n && text.charCodeAt(j) === 0x3d) {
      i = j;
      continue;
    }
    // Trailing letters belong to the same word ("ign=6Fre").
    let k = i;
    while (k < n && k - i < MAX_EXTEND && isWordUnit(text.charCodeAt(k))) k++;
    end = k;
    break;
  }
  if (escapes === 0 || escapes + softBreaks < 3 || (adjacent === 0 && softBreaks === 0 && spaces < 2)) {
    return { end: Math.max(end, anchor + 1), candidate: undefined };
  }
  const decoded = bytesToText(quotedPrintable().decode(text.slice(start, end))).slice(0, budget.bytes);
  budget.bytes -= decoded.length;
  return {
    end,
    candidate: { start, end, encoding: 'quoted_printable', text: decoded, score: reportScore(escapes, alnum), report: alnum > 0 },
  };
}

/** A run of HTML entities (with short gaps) around the anchor at `anchor`. */
function entityRun(text: string, anchor: number, floor: number, budget: DecodeBudget): RunResult {
  let start = anchor;
  while (start > floor && anchor - start < MAX_EXTEND && isWordUnit(text.charCodeAt(start - 1))) start--;
  let decoded = text.slice(start, anchor);
  let entities = 0;
  let alnum = 0;
  let i = anchor;
  let end = anchor;
  const n = text.length;
  while (i < n && decoded.length < budget.bytes) {
    ENTITY.lastIndex = i;
    const m = ENTITY.exec(text);
    if (m === null) break;
    let value: string | undefined;
    if (m[1] !== undefined) value = numericEntity(Number.parseInt(m[1], 10));
    else if (m[2] !== undefined) value = numericEntity(Number.parseInt(m[2], 16));
    else if (m[0].endsWith(';')) value = namedEntity(m[3]!);
    if (value === undefined) break;
    entities++;
    if (m[3] === undefined && value.length === 1 && isAlnumCode(value.charCodeAt(0))) alnum++;
    decoded += value;
    i += m[0].length;
    end = i;
    // A short gap of plain text may separate entities ("ign&#111;re", "&#105; &#103;").
    let j = i;
    while (j < n && j - i < MAX_GAP) {
      const c = text.charCodeAt(j);
      if (c === 0x26 || c === 0x3c || c === 0x0a) break;
      j++;
    }
    if (j < n && text.charCodeAt(j) === 0x26) {
      decoded += text.slice(i, j);
      i = j;
      continue;
    }
    // Trailing letters belong to the same word.
    let k = i;
    while (k < n && k - i < MAX_EXTEND && isWordUnit(text.charCodeAt(k))) k++;
    decoded += text.slice(i, k);
    end = k;
    break;
  }
  if (entities === 0 || (alnum === 0 && entities < 3)) return { end: Math.max(end, anchor + 1), candidate: undefined };
  budget.bytes -= decoded.length;
  return {
    end,
    candidate: {
      start,
      end,
      encoding: 'html_entities',
      text: decoded,
      score: reportScore(entities, alnum),
      report: alnum > 0,
    },
  };
}

/** A run of `\xNN`, `\uNNNN`, `\u{N}` escapes (with short gaps) around the anchor at `anchor`. */
function backslashRun(text: string, anchor: number, floor: number, budget: DecodeBudget): RunResult {
  let start = anchor;
  while (start > floor && anchor - start < MAX_EXTEND && isWordUnit(text.charCodeAt(start - 1))) start--;
  let decoded = text.slice(start, anchor);
  let pendingBytes: number[] = [];
  const flush = (): void => {
    if (pendingBytes.length > 0) decoded += bytesToText(Uint8Array.from(pendingBytes));
    pendingBytes = [];
  };
  let escapes = 0;
  let alnum = 0;
  let onlyHex = true;
  let i = anchor;
  let end = anchor;
  const n = text.length;
  while (i < n && decoded.length + pendingBytes.length < budget.bytes) {
    BACKSLASH_ESCAPE.lastIndex = i;
    const m = BACKSLASH_ESCAPE.exec(text);
    if (m === null) break;
    escapes++;
    if (m[1] !== undefined) {
      const b = Number.parseInt(m[1], 16);
      if (isAlnumCode(b)) alnum++;
      pendingBytes.push(b);
    } else {
      onlyHex = false;
      flush();
      const cp = Number.parseInt((m[2] ?? m[3])!, 16);
      if (isAlnumCode(cp)) alnum++;
      // Lone surrogates from \uD83D\uDE00 pairs recombine when appended one after the other.
      decoded += m[2] !== undefined ? String.fromCharCode(cp) : safeCodePoint(cp);
    }
    i += m[0].length;
    end = i;
    let j = i;
    while (j < n && j - i < MAX_GAP && text.charCodeAt(j) !== 0x5c && text.charCodeAt(j) !== 0x0a) j++;
    if (j < n && text.charCodeAt(j) === 0x5c) {
      if (j > i) {
        flush();
        decoded += text.slice(i, j);
      }
      i = j;
      continue;
    }
    flush();
    let k = i;
    while (k < n && k - i < MAX_EXTEND && isWordUnit(text.charCodeAt(k))) k++;
    decoded += text.slice(i, k);
    end = k;
    break;
  }
  flush();
  if (escapes === 0 || (alnum === 0 && escapes < 3)) return { end: Math.max(end, anchor + 1), candidate: undefined };
  budget.bytes -= UTF8_ENCODER.encode(decoded).length;
  return {
    end,
    candidate: {
      start,
      end,
      encoding: onlyHex ? 'hex' : 'escapes',
      text: decoded,
      score: reportScore(escapes, alnum),
      report: alnum > 0,
    },
  };
}

/**
 * Whether the run's first 64 characters hold at least 8 distinct ones: encoded text does, a flood
 * of one or two characters (`AAAA`, `6969`) does not and is not worth a transformed retry.
 */
function varied(text: string, start: number, end: number): boolean {
  const seen = new Set<number>();
  for (let i = start; i < end && i < start + 64; i++) {
    seen.add(text.charCodeAt(i));
    if (seen.size >= 8) return true;
  }
  return false;
}

/** Whether the ROT13 of the run would be hex: digits and the letters n–s only, with a letter. */
function rot13Hex(text: string, start: number, end: number): boolean {
  let letter = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x6e && c <= 0x73) letter = true;
    else if (!(c >= 0x30 && c <= 0x39)) return false;
  }
  return letter;
}

/** Transforms tried on an encoded-looking run that does not decode as it is. */
const RUN_TRANSFORMS = ['rot13', 'reversed'] as const;

/**
 * A run that does not decode as it is, but whose ROT13 or mirror image does (base64 of the ROT13 of
 * hex, reversed base64): a candidate holding the transformed run, decoded at the next depth. The
 * trial decode does not spend the byte budget (the next depth spends it); the transform is applied
 * to at most the budget's worth of the run.
 */
function transformedRun(text: string, start: number, end: number, cfg: NormalizeConfig, budget: DecodeBudget): Candidate | undefined {
  const cap = Math.min(end, start + Math.floor((budget.bytes * 8) / 5) + 8);
  // Reversal keeps a run's class (hex, base32, mixed-case base64) and ROT13 keeps all but hex-ness:
  // a run of no decodable class (digits and dashes, one-case words) is not worth a transform.
  const { hex, mixed, base32 } = classifyRun(text, start, cap);
  const decodable = (hex || mixed || base32 !== undefined) && varied(text, start, cap);
  for (const kind of RUN_TRANSFORMS) {
    if (!cfg.decoders[kind]) continue;
    if (kind === 'reversed' ? !decodable : !decodable && !(rot13Hex(text, start, cap) && varied(text, start, cap))) continue;
    const slice = text.slice(start, cap);
    // Runs are ASCII: a native byte reversal instead of a per-code-point one.
    const transformed = kind === 'rot13' ? rot13(slice) : Buffer.from(slice, 'latin1').reverse().toString('latin1');
    const trial = { ...budget };
    const inner = decodeRun(transformed, 0, transformed.length, cfg, trial);
    if (inner === undefined) continue;
    let stop = end;
    while (stop < text.length && stop - end < 6 && text.charCodeAt(stop) === 0x3d) stop++;
    return { start, end: stop, encoding: kind, text: transformed, score: 0.7, report: true };
  }
  return undefined;
}

/**
 * Finds and decodes the encoded payloads of `text` (base64, base32, hex, URL, entities, escapes,
 * quoted-printable), within the budget. Spans index `text`.
 */
export function findEncodedPayloads(text: string, cfg: NormalizeConfig, budget: DecodeBudget, out: Candidate[]): void {
  const d = cfg.decoders;
  if ((d.base64 || d.hex) && text.length >= cfg.minCandidateLength) {
    findLongRuns(text, cfg.minCandidateLength, (start, end) => {
      if (budget.candidates <= 0 || budget.bytes <= 0 || out.length >= budget.segments) return false;
      if (!firstSighting(budget, text, start, end)) return true;
      budget.candidates--;
      const candidate = decodeRun(text, start, end, cfg, budget) ?? transformedRun(text, start, end, cfg, budget);
      if (candidate !== undefined) out.push(candidate);
      return true;
    });
  }
  if (!(d.url || d.html_entities || d.escapes || d.hex)) return;
  // Most prompts have none of the three escape openers: skip the pass (indexOf is far cheaper).
  let first = text.length;
  for (const opener of ESCAPE_OPENERS) {
    const at = text.indexOf(opener);
    if (at >= 0 && at < first) first = at;
  }
  if (first === text.length) return;
  ESCAPE_ANCHOR.lastIndex = first;
  let floor = 0;
  let m: RegExpExecArray | null;
  while ((m = ESCAPE_ANCHOR.exec(text)) !== null) {
    if (budget.candidates <= 0 || budget.bytes <= 0 || out.length >= budget.segments) break;
    const at = m.index;
    const first = text.charCodeAt(at);
    let run: RunResult | undefined;
    if (first === 0x25) run = d.url ? urlRun(text, at, floor, budget, d.url_double) : undefined;
    else if (first === 0x3d) run = d.quoted_printable ? quotedPrintableRun(text, at, floor, budget) : undefined;
    else if (first === 0x26) run = d.html_entities ? entityRun(text, at, floor, budget) : undefined;
    else run = d.escapes || d.hex ? backslashRun(text, at, floor, budget) : undefined;
    if (run === undefined) continue;
    budget.candidates--;
    const candidate = run.candidate;
    if (candidate !== undefined && d[candidate.encoding] && firstSighting(budget, text, candidate.start, candidate.end)) {
      out.push(candidate);
    }
    floor = Math.max(run.end, at + 1);
    ESCAPE_ANCHOR.lastIndex = floor;
  }
}

// ---------------------------------------------------------------------------------------------
// ROT13 and reversed text

/** ROT13 of ASCII letters; everything else unchanged. */
export function rot13(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) out += String.fromCharCode(lower <= 0x6d ? c + 13 : c - 13);
    else out += text[i];
  }
  return out;
}

/** Shifts ASCII letters `shift` places forward in the alphabet (0..25); everything else unchanged. */
export function caesarShift(text: string, shift: number): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) out += String.fromCharCode(c - lower + 0x61 + ((lower - 0x61 + shift) % 26));
    else out += text[i];
  }
  return out;
}

/** Atbash: each ASCII letter mirrored in the alphabet (a↔z, b↔y); everything else unchanged. */
export function atbash(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    out += lower >= 0x61 && lower <= 0x7a ? String.fromCharCode(c - lower + 0x61 + (0x7a - lower)) : text[i];
  }
  return out;
}

/** ROT47: printable ASCII `!`..`~` rotated by 47 (its own inverse); everything else unchanged. */
export function rot47(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c >= 0x21 && c <= 0x7e ? String.fromCharCode(0x21 + ((c - 0x21 + 47) % 94)) : text[i];
  }
  return out;
}

/** The text read backwards, by code point (surrogate pairs stay intact). */
export function reverseText(text: string): string {
  return Array.from(text).reverse().join('');
}
