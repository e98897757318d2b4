/**
 * PII detection: EMAIL, PHONE, CREDIT_CARD, IBAN, IP_ADDRESS, US_SSN, FR_NIR, URL, checksummed national
 * identifiers (national-ids.ts), wallet addresses, plus custom recognizers.
 *
 * One cheap pass finds candidate positions (a digit cluster, an `@`, `://`, `www.`, a `:` in a hex run);
 * only there do the validators run, so a text without digit runs costs nothing for phone and ID detection.
 * Every scan is linear: the cluster regex is a single character class with no nesting, each local check
 * looks at a bounded window, and a long list of numbers is read once, not as every sub-run of it.
 * @module
 */
import { GuardConfigError } from '../core/errors.js';
import { checkOptionKeys } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';
import type { Detection } from '../core/types.js';
import { IBAN_LENGTHS, ibanValid, luhnValid, nirValid, ssnValid } from './checksums.js';
import { ALNUM_CONTEXT, DIGIT_ID_RULES, NATIONAL_ID_TYPES, digitIdScore, scanAlnumIds } from './national-ids.js';
import type { IdMatch } from './national-ids.js';
import { DEFAULT_PHONE_REGIONS, PHONE_CONTEXT_BOOST, invalidRegion, phoneBaseScore } from './phone.js';
import type { DigitGroup, RunPrefix } from './phone.js';
import type { Validity } from './phone-metadata.js';
import type * as Net from 'node:net';
import { lazyRequire } from '../core/lazy-require.js';

// node:net loads with the first IPv6-shaped candidate.
const net = lazyRequire<typeof Net>('node:net');

/**
 * The canonical PII types, in a stable order. These names never change; new types are only added
 * (after `URL`: the national identifiers and `CRYPTO_WALLET`).
 */
export const PII_TYPES = ['EMAIL', 'PHONE', 'CREDIT_CARD', 'IBAN', 'IP_ADDRESS', 'US_SSN', 'FR_NIR', 'URL', ...NATIONAL_ID_TYPES] as const;

export type CanonicalPIIType = (typeof PII_TYPES)[number];

/** A canonical type, or the type name of a custom recognizer. */
export type PIIType = CanonicalPIIType | (string & Record<never, never>);

/** One PII match. No value field: callers slice `text.slice(start, end)` (UTF-16 offsets). */
export interface PIIEntity {
  type: PIIType;
  start: number;
  end: number;
  /** Confidence 0..1. */
  score: number;
}

/** A user-supplied recognizer. The pattern is recompiled as global at construction. */
export interface CustomRecognizer {
  /** Type name reported for matches, e.g. `EMPLOYEE_ID`. */
  type: string;
  /** Must not match the empty string. Flags are kept; `g` is added and `y` dropped. */
  pattern: RegExp;
  /** Extra check on the matched text (a checksum, a range); false drops the match. */
  validate?: (match: string) => boolean;
  /**
   * Score given to matches.
   * @default 0.8
   */
  score?: number;
}

export interface DetectPIIOptions {
  /**
   * Canonical types to detect.
   * @default all of PII_TYPES
   */
  types?: readonly CanonicalPIIType[];
  /**
   * Matches scoring below this are dropped. Weak formats (a bare 10-digit number, a short grouped number)
   * score under 0.5 unless a context word ("phone", "card", "SSN", ...) is near.
   * @default 0.5
   */
  minScore?: number;
  /**
   * Extra recognizers, run after the built-in ones.
   * @default []
   */
  recognizers?: readonly CustomRecognizer[];
  /**
   * Regions (ISO 3166-1 alpha-2 codes, as libphonenumber knows them) whose national formats a phone
   * number written without a country code is checked against. Numbers with `+CC`/`00CC` are checked
   * against their own country whatever this says. Put your users' countries first.
   * @default DEFAULT_PHONE_REGIONS (52 regions of every continent)
   */
  regions?: readonly string[];
}

/** Every key of {@link DetectPIIOptions}, kept in step with the type by the compiler. */
export const DETECT_PII_OPTION_KEYS: OptionKeys<DetectPIIOptions> = { types: true, minScore: true, recognizers: true, regions: true };

/** Overlap priority: on equal span length the higher value wins. */
const PRIORITY: Readonly<Record<string, number>> = {
  PRIVATE_KEY: 100,
  JWT: 95,
  MISTRAL_API_KEY: 90,
  AWS_ACCESS_KEY: 90,
  GITHUB_TOKEN: 90,
  API_KEY: 88,
  CREDENTIALS: 85,
  GENERIC_SECRET: 80,
  IBAN: 75,
  CRYPTO_WALLET: 74,
  BR_CNPJ: 73,
  BR_CPF: 73,
  IT_FISCAL_CODE: 73,
  FR_NIR: 72,
  ES_DNI: 71,
  ES_NIE: 71,
  UK_NINO: 71,
  IN_PAN: 71,
  CREDIT_CARD: 70,
  IN_AADHAAR: 68,
  SE_PERSONNUMMER: 67,
  PL_PESEL: 66,
  DE_TAX_ID: 66,
  UK_NHS: 66,
  AU_MEDICARE: 66,
  US_SSN: 65,
  CA_SIN: 64,
  NL_BSN: 64,
  AU_TFN: 64,
  EMAIL: 60,
  URL: 55,
  IP_ADDRESS: 50,
  PHONE: 40,
};

/** Priority of a type when spans overlap (built-in types above custom ones). */
export function typePriority(type: string): number {
  return PRIORITY[type] ?? 30;
}

interface Span {
  start: number;
  end: number;
  type: string;
}

/**
 * Keeps a non-overlapping subset: the longer span wins, then the higher type priority, then the higher
 * score, then the earlier start. With `scoreFirst`, score is compared before priority: detectors use it so
 * that when one run of digits validates as two types (a card and a NIR), context decides.
 * Returns the kept spans sorted by start. Linear for non-overlapping input.
 */
export function resolveOverlaps<T extends Span & { score?: number; priority?: number }>(spans: readonly T[], scoreFirst = false): T[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let i = 0;
  while (i < sorted.length) {
    // Collect one connected group of overlapping spans; most groups have a single member.
    let j = i + 1;
    let groupEnd = sorted[i]!.end;
    while (j < sorted.length && sorted[j]!.start < groupEnd) {
      groupEnd = Math.max(groupEnd, sorted[j]!.end);
      j++;
    }
    if (j === i + 1) {
      out.push(sorted[i]!);
    } else {
      const prio = (a: T, b: T) => (b.priority ?? typePriority(b.type)) - (a.priority ?? typePriority(a.type));
      const score = (a: T, b: T) => (b.score ?? 0) - (a.score ?? 0);
      const group = sorted
        .slice(i, j)
        .sort((a, b) => b.end - b.start - (a.end - a.start) || (scoreFirst ? score(a, b) || prio(a, b) : prio(a, b) || score(a, b)) || a.start - b.start);
      // Coverage map over the group's extent: each overlap check costs the span's length, never the
      // number of spans already kept (long adversarial runs produce thousands of candidates).
      const base = sorted[i]!.start;
      // owner[k] = 1 + index in `kept` of the span covering position base + k (0 = free).
      const owner = new Int32Array(groupEnd - base);
      const kept: Array<T | undefined> = [];
      for (const s of group) {
        let free = true;
        let host = 0;
        let outside = false;
        for (let k = s.start - base; k < s.end - base; k++) {
          if (owner[k] !== 0) {
            free = false;
            if (host === 0) host = owner[k]!;
          } else outside = true;
          if (!free && outside) break;
        }
        if (free) {
          kept.push(s);
          owner.fill(kept.length, s.start - base, s.end - base);
          continue;
        }
        // A losing span that reaches outside what is kept would leave part of a value in the clear:
        // the kept span it overlaps takes it in (its type wins, its extent grows to the union), and any
        // other kept span inside that union joins it too.
        if (!outside) continue;
        const h = kept[host - 1]!;
        let start = Math.min(h.start, s.start);
        let end = Math.max(h.end, s.end);
        for (let k = start - base; k < end - base; k++) {
          const o = owner[k]!;
          if (o !== 0 && o !== host) {
            const other = kept[o - 1]!;
            start = Math.min(start, other.start);
            end = Math.max(end, other.end);
            kept[o - 1] = undefined;
            owner.fill(host, other.start - base, other.end - base);
          }
        }
        kept[host - 1] = { ...h, start, end };
        owner.fill(host, start - base, end - base);
      }
      out.push(...kept.filter((k): k is T => k !== undefined).sort((a, b) => a.start - b.start));
    }
    i = j;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Character helpers

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const UNICODE_DIGIT = /\p{Nd}/u;

/**
 * A character a number may not be glued to: an ASCII letter, digit or underscore (`A1234…` is an
 * identifier), or a digit of another script. Letters of other scripts do not count: next to a number
 * they are the sentence (`電話090-1234-5678まで`, `0948'ü`, a styled `𝐚`), and a checksummed value glued
 * to them is still the value.
 */
function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const c = text.charCodeAt(index);
  if (c < 128) return isAsciiAlnum(c) || c === 95;
  return UNICODE_DIGIT.test(String.fromCodePoint(text.codePointAt(index)!));
}

function hasContext(text: string, start: number, end: number, re: RegExp, before = 40, after = 16): boolean {
  const window = text.slice(Math.max(0, start - before), start) + ' \u0000 ' + text.slice(end, end + after);
  return re.test(window.toLowerCase());
}

const CTX_PHONE =
  /\b(?:phone|telephone|t[ée]l[ée]phone|tel|t[ée]l|telefon[eo]?|tel[ée]fono|telefoon|telem[óo]vel|celular|cel|m[óo]vil|mobile?|mobil|cell(?:ular|phone)?|cellulare|portable|handy|gsm|fax|desk|office|call(?:ed|ing)?|ring|dial|sms|text|whatsapp|wa|viber|line|messages?|contact|contato|contacto|reach|hotline|landline|anrufen|rufnummer|appel(?:er|ez)?|llam(?:ar|a|e|ame)|liga(?:r|e)?|chiama(?:re)?|bellen|numer telefonu|numara(?:m)?|ponsel|hubungi|điện thoại|telepon)\b|\u96fb\u8a71|\u7535\u8bdd|\u624b\u673a|\u643a\u5e2f|\uc804\ud654|\ud734\ub300\ud3f0|\u0442\u0435\u043b|\u0647\u0627\u062a\u0641|\u0631\u0642\u0645|\u092b\u093c?\u094b\u0928|\u0e42\u0e17\u0e23/;
const CTX_CARD = /\b(?:card|carte|cc|credit|debit|visa|mastercard|amex|kreditkarte|tarjeta|carta|cb|pan)\b/;
const CTX_SSN = /\b(?:ssn|ssns|social security|soc\.? sec\.?|ss#)/;
const CTX_NIR = /\b(?:nir|insee|s[ée]cu(?:rit[ée] sociale)?|carte vitale|social security|num[ée]ro de s[ée]curit[ée])/;
const CTX_IP = /\b(?:ip|ipv4|ipv6|address|adresse|server|host|ping|ssh|client|proxy|gateway|dns|subnet)\b/;
const CTX_IBAN = /\b(?:iban|bank|account|compte|konto|rib|sepa|transfer|virement|überweisung)\b/;
const CTX_NOT_PHONE =
  /\b(?:licen[cs]e|itin|ssn|passport|invoice|order|ticket|tracking|account|acct|policy|serial|isbn|iban|bsn|pesel|cpf|tax|vat|nhs|sin|tfn|medicare|aadhaa?r|apt|suite|zip|postcode|reference|ref)\b[^\d]{0,24}$/;
const STREET_AFTER = /^,?\s+(?:[A-Z][\p{L}'-]+\s+){0,2}(?:st|street|rd|road|ave|avenue|blvd|boulevard|ln|lane|dr|drive|way|ct|court|pl|place|apt|suite|str|straße|strasse|weg|gasse|calle|rua|via|rue)\b\.?/iu;
const VERSION_BEFORE = /(?:\bversion|\bver\.?|\bv|\brelease|\bbuild|\brev\.?|\bfirmware|\bos)\s*:?\s*$/i;

// ---------------------------------------------------------------------------------------------------------
// Numeric clusters: cards, SSN, phone, IPv4, NIR, and the IBAN trigger (two letters before the digits)

/** Identifier types read from the alphanumeric word around a digit run. */
const ALNUM_ID_TYPES = ['UK_NINO', 'ES_DNI', 'ES_NIE', 'IT_FISCAL_CODE', 'IN_PAN', 'CRYPTO_WALLET'];

/** A single character class, so matching is linear whatever the input. */
const CLUSTER = /\d[\d ()/.x-]*/g;
/** Text between two digit groups that can join them into one number (dash or slash with spaces too). */
const SEPARATORS = new Set([' ', '-', '.', '/', ')', ') ', ')-', '(', ' (', '-(', 'x', ' x', ' - ', ' / ']);
/** Separators at which a candidate number may begin or end inside a run of groups. */
const WINDOW_EDGES = new Set([' ', ' (', ' - ', ' / ', ') ']);
/** A list of numbers longer than this (in groups) is read at its ends only. */
const MAX_GROUPS = 12;

/** `x123` / ` x123` after a phone number. */
function isExtension(sep: string | undefined): boolean {
  return sep === 'x' || sep === ' x';
}
const NIR_AT = /[1278] ?\d\d ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d\d|2[AaBb]) ?\d{3} ?\d{3} ?\d\d/y;

/** Card networks' leading digits (IIN ranges), as first-2/first-4 prefix tests. */
function knownCardPrefix(d: string): boolean {
  const p1 = d.charCodeAt(0) - 48;
  const p2 = Number(d.slice(0, 2));
  const p4 = Number(d.slice(0, 4));
  if (p1 === 4) return true; // Visa
  if (p2 >= 51 && p2 <= 55) return true; // Mastercard
  if (p4 >= 2200 && p4 <= 2720) return true; // Mastercard 2-series, Mir
  if (p2 === 34 || p2 === 37) return true; // Amex
  if (p2 === 30 || p2 === 36 || p2 === 38 || p2 === 39) return true; // Diners
  if (p4 >= 3528 && p4 <= 3589) return true; // JCB
  if (p4 === 2131 || p4 === 1800) return true; // JCB 15-digit
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return true; // Maestro, Discover, UnionPay, RuPay
  if (p2 === 81 || p2 === 82) return true; // RuPay
  return false;
}

const CARD_SEPARATORS = new Set([' ', '-', '.', '/', ' - ', ' / ']);

function cardGroupingOk(lengths: number[], sep: string): boolean {
  if (lengths.length === 1) return true;
  if (!CARD_SEPARATORS.has(sep)) return false;
  const key = lengths.join(',');
  if (key === '4,6,5' || key === '4,6,4') return true; // Amex, Diners
  for (let k = 0; k < lengths.length - 1; k++) if (lengths[k] !== 4) return false;
  const last = lengths.at(-1)!;
  return last >= 1 && last <= 4;
}

interface Scratch {
  out: PIIEntity[];
  minScore: number;
  want: ReadonlySet<string>;
  /** Phone-word lookups by position: many candidates share a start or an end in long digit runs. */
  phoneBefore: Map<number, boolean>;
  phoneAfter: Map<number, boolean>;
  regions: readonly string[];
  /** Phone validity by digit string, for this scan. */
  phoneCache: Map<string, Validity>;
  /** Identifier matches with letters, scored with context when pushed. */
  ids: IdMatch[];
}

function phoneContext(text: string, s: Scratch, start: number, end: number): boolean {
  let before = s.phoneBefore.get(start);
  if (before === undefined) {
    before = CTX_PHONE.test(text.slice(Math.max(0, start - 40), start).toLowerCase());
    s.phoneBefore.set(start, before);
  }
  if (before) return true;
  let after = s.phoneAfter.get(end);
  if (after === undefined) {
    after = CTX_PHONE.test(text.slice(end, end + 14).toLowerCase());
    s.phoneAfter.set(end, after);
  }
  return after;
}

function push(s: Scratch, type: string, start: number, end: number, score: number): void {
  if (score >= s.minScore && s.want.has(type)) s.out.push({ type, start, end, score: Math.min(1, score) });
}

/**
 * A grouped card must be the whole printed number: when a neighbouring group joined by the same separator
 * could belong to it, a shorter sub-run passing Luhn by chance (1 in 10) is not reported.
 */
function cardMaximal(all: DigitGroup[], i: number, j: number, digitCount: number): boolean {
  if (i === j) return true;
  const sep = all[i + 1]!.sep;
  const next = all[j + 1];
  const after = all[j + 2];
  // "12/27" after a card is an expiry date, not a fifth group; a lone group of 1-3 digits after it may be
  // its CVV. Four digits, or more groups after, make it part of a longer number (a tracking code).
  if (next !== undefined && next.sep === sep) {
    const continues = after === undefined || after.sep === sep;
    if (continues && (next.digits.length === 4 || after !== undefined || digitCount + next.digits.length <= 19)) return false;
  }
  const prev = all[i - 1];
  if (prev !== undefined && all[i]!.sep === sep && prev.digits.length <= 4) return false;
  return true;
}

function evaluateRun(text: string, s: Scratch, groups: DigitGroup[], prefix: RunPrefix, start: number, end: number, maximal: boolean): void {
  const n = groups.length;
  let digits = '';
  for (const g of groups) digits += g.digits;
  const lengths = groups.map((g) => g.digits.length);
  const sep = n > 1 ? groups[1]!.sep : '';
  const uniform = groups.every((g, k) => k === 0 || g.sep === sep);
  const plain = !prefix.plus && !prefix.paren;

  // IPv4: four dotted octets, 0-255, no leading zeros.
  if (n === 4 && plain && uniform && sep === '.' && s.want.has('IP_ADDRESS')) {
    const ok = groups.every((g) => g.digits.length <= 3 && Number(g.digits) <= 255 && (g.digits.length === 1 || g.digits[0] !== '0'));
    const before = text.charCodeAt(start - 1);
    const dottedNeighbour = (before === 46 && isWordChar(text, start - 2)) || (text.charCodeAt(end) === 46 && isWordChar(text, end + 1));
    if (ok && !dottedNeighbour && !VERSION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) {
      let score = lengths.every((l) => l === 1) ? 0.4 : 0.85;
      if (hasContext(text, start, end, CTX_IP)) score += 0.3;
      push(s, 'IP_ADDRESS', start, end, score);
      return;
    }
    // Four dotted groups that are no address: a version, or a phone or card printed with dots.
    if (digits.length < 7) return;
  }

  if (plain && maximal && digits.length >= 12 && digits.length <= 19 && uniform && cardGroupingOk(lengths, sep) && luhnValid(digits)) {
    // Unbroken 12-13 digits are as often an account or ID number as a (rare) short card: a card word decides.
    let score = knownCardPrefix(digits) ? (n === 1 ? (digits.length >= 14 ? 0.6 : 0.3) : 0.8) : 0.3;
    if (hasContext(text, start, end, CTX_CARD)) score += 0.35;
    push(s, 'CREDIT_CARD', start, end, score);
  }

  if (plain && digits.length === 9 && ssnValid(digits)) {
    let base = 0;
    if (n === 1) base = 0.3;
    else if (n === 3 && uniform && lengths[0] === 3 && lengths[1] === 2 && (sep === '-' || sep === ' ')) base = sep === '-' ? 0.8 : 0.5;
    if (base > 0) {
      if (hasContext(text, start, end, CTX_SSN)) base += 0.4;
      push(s, 'US_SSN', start, end, base);
    }
  }

  if (plain && maximal && digits.length >= 8 && digits.length <= 14) {
    const seps = groups.slice(1).map((g) => g.sep);
    for (const rule of DIGIT_ID_RULES) {
      if (!s.want.has(rule.type)) continue;
      let score = digitIdScore(rule, digits, lengths, seps);
      if (score === 0) continue;
      if (hasContext(text, start, end, rule.context)) score += 0.45;
      push(s, rule.type, start, end, score);
    }
  }

  if (digits.length >= 7 && digits.length <= 17 && s.want.has('PHONE') && maximal) {
    let score = phoneBaseScore(groups, prefix, s.regions, s.phoneCache);
    if (score > 0) {
      if (score < 0.9 && phoneContext(text, s, start, end)) score += PHONE_CONTEXT_BOOST;
      // "license number is …", "my itin is …": the words name another kind of number; a street word
      // after it ("17031 2202 Rissik St") makes it an address.
      if (score < 0.9 && (hasContext(text, start, end, CTX_NOT_PHONE, 32, 0) || STREET_AFTER.test(text.slice(end, end + 32)))) score -= 0.4;
      pushPhone(text, s, start, end, Math.min(score, 0.95));
    }
  }
}

const EXTENSION = /,? ?(?:ext\.?|extn\.?|extension|poste|durchwahl|x|#) ?(\d{1,6})(?!\d)/iy;

/** Pushes a phone match, with a written extension (`ext. 204`, `#12`) after it kept in the span. */
function pushPhone(text: string, s: Scratch, start: number, end: number, score: number): void {
  EXTENSION.lastIndex = end;
  const m = EXTENSION.exec(text);
  push(s, 'PHONE', start, m !== null ? end + m[0].length : end, score);
}

function scanNumbers(text: string, s: Scratch, cluster: RegExp): void {
  const wantIban = s.want.has('IBAN');
  const wantNir = s.want.has('FR_NIR');
  const wantRuns =
    s.want.has('PHONE') || s.want.has('CREDIT_CARD') || s.want.has('US_SSN') || s.want.has('IP_ADDRESS') || DIGIT_ID_RULES.some((r) => s.want.has(r.type));
  const wantAlnum = ALNUM_ID_TYPES.some((t) => s.want.has(t));
  cluster.lastIndex = 0;
  let m: RegExpExecArray | null;
  let ibanSkipUntil = -1;
  let wordDone = -1;
  while ((m = cluster.exec(text)) !== null) {
    const cStart = m.index;
    const cEnd = cStart + m[0].length;
    if (wantIban && cStart >= ibanSkipUntil) {
      const e = tryIban(text, cStart - 2, s);
      if (e > 0) ibanSkipUntil = e;
    }
    if (cEnd <= ibanSkipUntil) continue;
    if (wantAlnum && cStart >= wordDone) wordDone = scanAlnumIds(text, cStart, s.want, s.ids);
    // Tokenize into digit groups and split into segments at separators that cannot join one number.
    // An IBAN that ended inside this cluster keeps its digits; numbers after it are read as usual.
    let segment: DigitGroup[] = [];
    const from = Math.max(cStart, ibanSkipUntil);
    let i = from;
    while (i < cEnd && !(text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57)) i++;
    const first = i;
    let lastEnd = i;
    while (i < cEnd) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        const gs = i;
        while (i < cEnd && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
        const sep = gs === first ? '' : text.slice(lastEnd, gs);
        if (sep !== '' && !SEPARATORS.has(sep)) {
          if (wantRuns) runSegment(text, s, segment);
          segment = [];
          segment.push({ start: gs, end: i, digits: text.slice(gs, i), sep: '' });
        } else {
          segment.push({ start: gs, end: i, digits: text.slice(gs, i), sep });
        }
        if (wantNir) tryNir(text, gs, segment.length === 1 || sep === ' ' ? segment : undefined, s);
        lastEnd = i;
      } else {
        i++;
      }
    }
    if (wantRuns) runSegment(text, s, segment);
  }
}

function tryNir(text: string, at: number, startable: DigitGroup[] | undefined, s: Scratch): void {
  if (startable === undefined || isWordChar(text, at - 1)) return;
  const c = text.charCodeAt(at);
  if (c !== 49 && c !== 50 && c !== 55 && c !== 56) return; // 1/2 born in France, 7/8 provisional numbers
  NIR_AT.lastIndex = at;
  const m = NIR_AT.exec(text);
  if (m === null) return;
  const end = at + m[0].length;
  if (isWordChar(text, end)) return;
  if (!nirValid(m[0].replace(/ /g, ''))) return;
  let score = 0.85;
  if (hasContext(text, at, end, CTX_NIR)) score += 0.15;
  push(s, 'FR_NIR', at, end, score);
}

/** Parses an IBAN starting at `at` (country letters), compact or printed in groups of four. Returns its end or -1. */
function tryIban(text: string, at: number, s: Scratch): number {
  if (at < 0 || isWordChar(text, at - 1)) return -1;
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  if (!isLetter(a) || !isLetter(b)) return -1;
  const len = IBAN_LENGTHS[text.slice(at, at + 2).toUpperCase()];
  if (len === undefined) return -1;
  let compact = '';
  let i = at;
  while (compact.length < len && i < text.length) {
    const c = text.charCodeAt(i);
    if (isAsciiAlnum(c)) {
      compact += text[i];
      i++;
    } else if (c === 32 && compact.length % 4 === 0 && compact.length > 0 && isAsciiAlnum(text.charCodeAt(i + 1))) {
      i++;
    } else {
      break;
    }
  }
  if (compact.length !== len || isWordChar(text, i) || !ibanValid(compact)) return -1;
  let score = 0.95;
  if (hasContext(text, at, i, CTX_IBAN)) score = 1;
  push(s, 'IBAN', at, i, score);
  return i;
}

function runSegment(text: string, s: Scratch, groups: DigitGroup[]): void {
  const n = groups.length;
  for (let i = 0; i < n; i++) {
    const gi = groups[i]!;
    if (i > 0 && !WINDOW_EDGES.has(gi.sep)) continue;
    // A long list of numbers ("01 01 01 …", a table row): only its first and last values can stand alone.
    if (n > MAX_GROUPS && i > 1 && i < n - 8) continue;
    let paren = false;
    let plus = false;
    let start = gi.start;
    if (i === 0) {
      if (text.charCodeAt(start - 1) === 40) {
        paren = true;
        start--;
      }
      if (text.charCodeAt(start - 1) === 43) {
        plus = true;
        start--;
      }
    } else if (gi.sep === ' (') {
      paren = true;
      start--;
    }
    // "(4111 1111 1111 1111)": a parenthesis that does not close after the first group is punctuation.
    if (paren && !plus && groups[i + 1]?.sep.startsWith(')') !== true) {
      paren = false;
      start++;
    }
    // A number printed in three or more groups is one even when a letter touches it (an invisible
    // character removed between them, a unit glued on): only a digit or `_` before it joins it to more.
    const startGlued = isWordChar(text, start - 1);
    const startJoinsDigits = startGlued && !isAsciiLetter(text.charCodeAt(start - 1));
    if (startJoinsDigits) continue;
    let digitCount = 0;
    for (let j = i; j < n && j < i + 8; j++) {
      const gj = groups[j]!;
      if (j > i && isExtension(gj.sep)) break;
      digitCount += gj.digits.length;
      if (digitCount > 19) break;
      const next = groups[j + 1];
      if (next !== undefined && !WINDOW_EDGES.has(next.sep) && !isExtension(next.sep)) continue;
      let end = gj.end;
      let tail = j;
      if (next !== undefined && isExtension(next.sep)) {
        // Extension: x123 after a phone number. Only phones may carry one.
        if (next.digits.length > 5) continue;
        end = next.end;
        tail = j + 1;
      }
      const grouped = j - i >= 2;
      if (startGlued && !grouped) continue;
      if (isWordChar(text, end) && (!grouped || !isAsciiLetter(text.charCodeAt(end)))) continue;
      // Below 7 digits only a dotted IPv4 (four groups) can match; skip the rest cheaply.
      if (digitCount < 7 && j - i !== 3) continue;
      const run = groups.slice(i, j + 1);
      if (tail !== j) {
        const base = phoneBaseScore(run, { plus, paren }, s.regions, s.phoneCache);
        if (base > 0 && digitCount >= 7) {
          let score = base;
          if (score < 0.9 && phoneContext(text, s, start, end)) score += PHONE_CONTEXT_BOOST;
          push(s, 'PHONE', start, end, Math.min(score, 0.95));
        }
        continue;
      }
      evaluateRun(text, s, run, { plus, paren }, start, end, cardMaximal(groups, i, j, digitCount));
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Emails, URLs, IPv6

function isLocalChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39;
}

/**
 * Letters of other alphabets an address may hold (`zoé@exemple.fr`, `иван@пример.рф`). Scripts written
 * without spaces (CJK, Thai, …) are not among them: there, text glued to an address is the sentence,
 * not the address (`連絡先ana@example.comまで`).
 */
const ADDRESS_LETTER = /[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{sc=Armenian}\p{sc=Georgian}\p{M}]/u;

function isDomainChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c) || c === 46 || c === 45;
  return ADDRESS_LETTER.test(text[i]!);
}

function scanEmails(text: string, s: Scratch): void {
  let at = text.indexOf('@');
  // The end of the previous address: a local part never reaches back into it.
  let floor = 0;
  while (at !== -1) {
    let next = at + 1;
    // Local part: walk back at most 64 characters.
    let ls = at;
    while (ls > floor && at - ls < 64) {
      const c = text.charCodeAt(ls - 1);
      if (isLocalChar(c) || (c >= 128 && ADDRESS_LETTER.test(text[ls - 1]!))) ls--;
      else break;
    }
    while (ls < at && (text.charCodeAt(ls) === 46 || text.charCodeAt(ls) === 39)) ls++;
    let de = at + 1;
    while (de < text.length && de - at <= 255 && isDomainChar(text, de)) de++;
    // Something glued after the top-level domain ("…@example.comñ", "…@example.com4111 …" once an
    // invisible character between them is gone): a TLD is letters only, so the address ends with them.
    // (The search for the last dot stays inside the domain: a lastIndexOf would read back to the start.)
    let lastDot = de - 1;
    while (lastDot > at && text.charCodeAt(lastDot) !== 46) lastDot--;
    if (lastDot > at && isAsciiLetter(text.charCodeAt(lastDot + 1))) {
      let k = lastDot + 1;
      while (k < de && isAsciiLetter(text.charCodeAt(k))) k++;
      if (k < de && k - lastDot > 2 && !isAsciiLetter(text.charCodeAt(k)) && text.charCodeAt(k) !== 45 && /^[\x00-\x7f]*$/.test(text.slice(at + 1, lastDot))) de = k;
    }
    // Running into another address ("…@example.comñéana@…"): the domain ends where its ASCII part does.
    if (text.charCodeAt(de) === 64) {
      for (let k = at + 1; k < de; k++) {
        if (text.charCodeAt(k) >= 128) {
          de = k;
          break;
        }
      }
    }
    // Trim trailing dots/hyphens ("mail me at a@b.com.").
    while (de > at + 1 && (text.charCodeAt(de - 1) === 46 || text.charCodeAt(de - 1) === 45)) de--;
    if (ls < at && text.charCodeAt(at - 1) !== 46 && de > at + 1) {
      const domain = text.slice(at + 1, de);
      const labels = domain.split('.');
      const tld = labels.at(-1)!;
      const ok =
        labels.length >= 2 &&
        labels.every((l) => l.length > 0 && l.length <= 63 && l[0] !== '-' && l.at(-1) !== '-') &&
        tld.length >= 2 &&
        /^\p{L}[\p{L}\p{M}]*$/u.test(tld);
      if (ok) {
        push(s, 'EMAIL', ls, de, 0.95);
        next = de;
        floor = de;
      }
    }
    at = text.indexOf('@', next);
  }
}

const URL_STOP = new Set([32, 9, 10, 13, 12, 11, 34, 60, 62, 96, 123, 125, 124, 92, 94]);
const URL_TRAILING = new Set([46, 44, 59, 58, 33, 63, 39, 34, 42, 95]); // . , ; : ! ? ' " * _

function urlEnd(text: string, from: number): number {
  let e = from;
  const limit = Math.min(text.length, from + 4096);
  while (e < limit) {
    const c = text.charCodeAt(e);
    if (URL_STOP.has(c) || c < 32 || c === 0x3000 || c === 0xa0) break;
    e++;
  }
  // Trim trailing punctuation, and closing brackets that do not balance an opener inside the URL.
  for (;;) {
    const c = text.charCodeAt(e - 1);
    if (URL_TRAILING.has(c)) {
      e--;
      continue;
    }
    if (c === 41 || c === 93) {
      const open = c === 41 ? '(' : '[';
      const close = c === 41 ? ')' : ']';
      const body = text.slice(from, e);
      if (body.split(open).length < body.split(close).length) {
        e--;
        continue;
      }
    }
    break;
  }
  return e;
}

function scanUrls(text: string, s: Scratch): void {
  let covered = -1;
  const spans: Array<[number, number]> = [];
  let p = text.indexOf('://');
  while (p !== -1) {
    let next = p + 3;
    let ss = p;
    while (ss > 0 && p - ss < 24) {
      const c = text.charCodeAt(ss - 1);
      if (isAsciiAlnum(c) || c === 43 || c === 46 || c === 45) ss--;
      else break;
    }
    while (ss < p && !((text.charCodeAt(ss) | 32) >= 97 && (text.charCodeAt(ss) | 32) <= 122)) ss++;
    if (p - ss >= 2 && ss >= covered && isAsciiAlnum(text.charCodeAt(p + 3))) {
      const e = urlEnd(text, p + 3);
      if (e > p + 3) {
        push(s, 'URL', ss, e, 0.9);
        spans.push([ss, e]);
        covered = e;
        next = e;
      }
    }
    p = text.indexOf('://', next);
  }
  const www = /www\./gi;
  let m: RegExpExecArray | null;
  let k = 0;
  while ((m = www.exec(text)) !== null) {
    const at = m.index;
    const before = text.charCodeAt(at - 1);
    const okBefore = at === 0 || !(isAsciiAlnum(before) || before === 46 || before === 47 || before === 64 || before === 45);
    while (k < spans.length && spans[k]![1] <= at) k++;
    const inside = k < spans.length && spans[k]![0] <= at;
    if (!okBefore || inside || !isAsciiAlnum(text.charCodeAt(at + 4))) continue;
    const e = urlEnd(text, at + 4);
    const host = text.slice(at + 4, e).split(/[/?#:]/, 1)[0]!;
    if (host.includes('.') && /[a-z]{2,}$/i.test(host)) {
      push(s, 'URL', at, e, 0.85);
      www.lastIndex = e;
    }
  }
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * An IPv6 address by Node's own parser (`net.isIPv6`), with at least four hex digits, so `a::b`,
 * `std::vector` and clock times stay out.
 */
function validIpv6(candidate: string): boolean {
  if (!net().isIPv6(candidate)) return false;
  let hex = 0;
  for (let i = 0; i < candidate.length; i++) if (isHex(candidate.charCodeAt(i))) hex++;
  return hex >= 4 && candidate.includes(':');
}

function scanIpv6(text: string, s: Scratch): void {
  let p = text.indexOf(':');
  while (p !== -1) {
    let a = p;
    while (a > 0 && p - a < 64) {
      const c = text.charCodeAt(a - 1);
      if (isHex(c) || c === 58 || c === 46) a--;
      else break;
    }
    let b = p;
    while (b < text.length) {
      const c = text.charCodeAt(b);
      if (isHex(c) || c === 58 || c === 46) b++;
      else break;
    }
    // Sentence punctuation after the address.
    while (b > p && text.charCodeAt(b - 1) === 46) b--;
    if (b - a <= 45 && b - a >= 6 && !isWordChar(text, a - 1) && !isWordChar(text, b)) {
      let s0 = a;
      while (s0 < p && text.charCodeAt(s0) === 46) s0++;
      let e0 = b;
      if (text.charCodeAt(e0 - 1) === 58 && text.charCodeAt(e0 - 2) !== 58) e0--;
      if (validIpv6(text.slice(s0, e0))) {
        let score = 0.85;
        if (hasContext(text, s0, e0, CTX_IP)) score += 0.1;
        push(s, 'IP_ADDRESS', s0, e0, score);
      }
    }
    p = text.indexOf(':', Math.max(b, p + 1));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Custom recognizers and the public API

interface CompiledRecognizer {
  type: string;
  re: RegExp;
  validate: ((match: string) => boolean) | undefined;
  score: number;
}

function compileRecognizer(r: CustomRecognizer, index: number): CompiledRecognizer {
  const where = `recognizers[${index}]`;
  if (typeof r !== 'object' || r === null) throw new GuardConfigError(`${where} must be an object { type, pattern, validate? }.`);
  if (typeof r.type !== 'string' || !/^[A-Za-z][A-Za-z0-9_]{0,31}$/.test(r.type)) {
    throw new GuardConfigError(`${where}.type must be a name like "EMPLOYEE_ID" (letters, digits, _; at most 32).`);
  }
  if (!(r.pattern instanceof RegExp)) throw new GuardConfigError(`${where}.pattern must be a RegExp.`);
  if (r.validate !== undefined && typeof r.validate !== 'function') throw new GuardConfigError(`${where}.validate must be a function.`);
  if (r.score !== undefined && !(r.score >= 0 && r.score <= 1)) throw new GuardConfigError(`${where}.score must be between 0 and 1.`);
  // Recompile: global (so exec walks the text), never sticky (so it searches), own lastIndex.
  const flags = r.pattern.flags.replace(/[gy]/g, '') + 'g';
  const re = new RegExp(r.pattern.source, flags);
  if (new RegExp(`^(?:${r.pattern.source})$`, flags.replace('g', '')).test('')) {
    throw new GuardConfigError(`${where}.pattern matches the empty string; it must match at least one character.`);
  }
  return { type: r.type, re, validate: r.validate, score: r.score ?? 0.8 };
}

function runRecognizer(text: string, r: CompiledRecognizer, s: Scratch): void {
  r.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = r.re.exec(text)) !== null) {
    if (m[0].length === 0) {
      r.re.lastIndex++;
      continue;
    }
    if (r.validate === undefined || r.validate(m[0])) {
      if (r.score >= s.minScore) s.out.push({ type: r.type, start: m.index, end: m.index + m[0].length, score: r.score });
    }
  }
}

interface ValidOptions {
  want: Set<string>;
  minScore: number;
  recognizers: CompiledRecognizer[];
  regions: readonly string[];
}

function validateOptions(options: DetectPIIOptions | undefined): ValidOptions {
  checkOptionKeys('createPIIDetector()', options, DETECT_PII_OPTION_KEYS);
  const types = options?.types ?? PII_TYPES;
  if (!Array.isArray(types)) throw new GuardConfigError('types must be an array of PII type names.');
  for (const t of types) {
    if (!(PII_TYPES as readonly string[]).includes(t)) {
      throw new GuardConfigError(`Unknown PII type "${String(t)}"; expected one of ${PII_TYPES.join(', ')}.`);
    }
  }
  const minScore = options?.minScore ?? 0.5;
  if (typeof minScore !== 'number' || !(minScore >= 0 && minScore <= 1)) throw new GuardConfigError('minScore must be a number between 0 and 1.');
  const recognizers = (options?.recognizers ?? []).map(compileRecognizer);
  const regions = options?.regions ?? DEFAULT_PHONE_REGIONS;
  const bad = invalidRegion(regions);
  if (bad !== undefined) throw new GuardConfigError(`mistral-guard: \`regions\` ${bad}.`);
  return { want: new Set<string>(types), minScore, recognizers, regions: [...regions] };
}

/** Pushes identifier matches with letters, raised by their context words. */
function pushIds(text: string, s: Scratch): void {
  for (const id of s.ids) {
    const ctx = ALNUM_CONTEXT[id.type];
    let score = id.score;
    if (ctx !== undefined && hasContext(text, id.start, id.end, ctx)) score += 0.3;
    push(s, id.type, id.start, id.end, score);
  }
}

/** Builds a PII scanner returning entities sorted by start, without overlaps. Options are checked here. */
export function createPIIScanner(options?: DetectPIIOptions): (text: string) => PIIEntity[] {
  const { want, minScore, recognizers, regions } = validateOptions(options);
  const cluster = new RegExp(CLUSTER.source, 'g');
  const wantNumbers = PII_TYPES.some((t) => t !== 'EMAIL' && t !== 'URL' && want.has(t));
  return (text: string): PIIEntity[] => {
    if (typeof text !== 'string' || text.length === 0) return [];
    const s: Scratch = { out: [], minScore, want, phoneBefore: new Map(), phoneAfter: new Map(), regions, phoneCache: new Map(), ids: [] };
    if (want.has('URL')) scanUrls(text, s);
    if (want.has('EMAIL')) scanEmails(text, s);
    if (wantNumbers) {
      scanNumbers(text, s, cluster);
      pushIds(text, s);
    }
    if (want.has('IP_ADDRESS')) scanIpv6(text, s);
    for (const r of recognizers) runRecognizer(text, r, s);
    return resolveOverlaps(s.out, true);
  };
}

let defaultScanner: ((text: string) => PIIEntity[]) | undefined;

/**
 * Finds PII in `text`. Spans are UTF-16 offsets into `text`, non-overlapping, sorted by start.
 * Without options a shared scanner is reused; with options one is built per call (prefer
 * {@link createPIIDetector} or {@link createPIIScanner} in hot paths).
 */
export function detectPII(text: string, options?: DetectPIIOptions): PIIEntity[] {
  if (options === undefined) {
    defaultScanner ??= createPIIScanner();
    return defaultScanner(text);
  }
  return createPIIScanner(options)(text);
}

/** The pipeline-facing detector: same scan, as `Detection`s of kind `pii`. */
export function createPIIDetector(options?: DetectPIIOptions): (text: string) => Detection[] {
  const scan = createPIIScanner(options);
  return (text: string): Detection[] => scan(text).map((e) => ({ kind: 'pii', type: e.type, start: e.start, end: e.end, score: e.score }));
}
