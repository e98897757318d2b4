/**
 * Checksummed national identifiers and wallet addresses, as rule tables: one row per type with its
 * compact form, its validator, how it is printed, the words that announce it, and why it is detected.
 *
 * Digit-only identifiers are scored on the runs of digit groups the PII scanner already splits out of the
 * text (so they cost nothing where a text has no digits); identifiers with letters are read from the
 * alphanumeric word around a digit run. An invalid checksum never passes, whatever the context; context
 * words only raise (or, absent, keep low) the confidence of shapes that are common for other numbers.
 * @module
 */
import {
  aadhaarValid,
  bsnValid,
  cnpjValid,
  codiceFiscaleValid,
  cpfValid,
  deTaxIdValid,
  dniValid,
  medicareValid,
  nhsValid,
  nieValid,
  ninoValid,
  panValid,
  peselValid,
  personnummerValid,
  sinValid,
  tfnValid,
} from './checksums.js';
import { base58CheckAddressValid, bech32AddressValid, ethAddressCheck } from './crypto-wallets.js';

/** The identifier types of this module, in the order they join the canonical list. */
export const NATIONAL_ID_TYPES = [
  'UK_NHS',
  'UK_NINO',
  'DE_TAX_ID',
  'ES_DNI',
  'ES_NIE',
  'IT_FISCAL_CODE',
  'PL_PESEL',
  'NL_BSN',
  'SE_PERSONNUMMER',
  'CA_SIN',
  'AU_TFN',
  'AU_MEDICARE',
  'IN_AADHAAR',
  'IN_PAN',
  'BR_CPF',
  'BR_CNPJ',
  'CRYPTO_WALLET',
] as const;

export type NationalIdType = (typeof NATIONAL_ID_TYPES)[number];

/** A printed grouping: group lengths and the separators allowed between them (one per gap, or one for all). */
interface Shape {
  groups: readonly number[];
  /** Separators allowed, one of them used for every gap. */
  seps?: readonly string[];
  /** Or the separator of each gap, in order (CPF's `.` `.` `-`). */
  gaps?: readonly string[];
  /** Score of a valid value printed this way, before context. */
  score: number;
}

/** A digit-only identifier. */
export interface DigitIdRule {
  type: NationalIdType;
  /** Compact digit count(s). */
  lengths: readonly number[];
  validate: (digits: string) => boolean;
  /** Score when written as one run of digits. */
  bare: number;
  shapes: readonly Shape[];
  /** Words that announce the type (matched lower-cased, before or just after the value). */
  context: RegExp;
  why: string;
}

const SPACE_DASH = [' ', '-'];

export const DIGIT_ID_RULES: readonly DigitIdRule[] = [
  {
    type: 'UK_NHS',
    lengths: [10],
    validate: nhsValid,
    bare: 0.3,
    shapes: [{ groups: [3, 3, 4], seps: SPACE_DASH, score: 0.55 }],
    context: /\bnhs\b|national health|health (?:service|number)|chi number/,
    why: 'NHS number: mod-11 check digit; printed 3-3-4',
  },
  {
    type: 'DE_TAX_ID',
    lengths: [11],
    validate: deTaxIdValid,
    bare: 0.35,
    shapes: [{ groups: [2, 3, 3, 3], seps: [' '], score: 0.5 }],
    context: /steuer|\bidnr|identifikationsnummer|\btin\b|tax (?:id|identification)|st\.?-?id/,
    why: 'Steuer-ID: digit-repetition rule and ISO 7064 MOD 11,10 check digit',
  },
  {
    type: 'PL_PESEL',
    lengths: [11],
    validate: peselValid,
    bare: 0.45,
    shapes: [],
    context: /\bpesel\b|numer ewidencyjny/,
    why: 'PESEL: birth date with the century in the month, weighted check digit',
  },
  {
    type: 'NL_BSN',
    lengths: [9],
    validate: bsnValid,
    bare: 0.3,
    shapes: [
      { groups: [4, 2, 3], seps: ['.', ' '], score: 0.45 },
      { groups: [3, 3, 3], seps: ['.', ' '], score: 0.35 },
    ],
    context: /\bbsn\b|burgerservice|sofi-?nummer|citizen service number/,
    why: 'BSN: the 11-proof (weights 9..2 and -1)',
  },
  {
    type: 'SE_PERSONNUMMER',
    lengths: [10, 12],
    validate: personnummerValid,
    bare: 0.35,
    shapes: [
      { groups: [6, 4], seps: ['-'], score: 0.75 },
      { groups: [8, 4], seps: ['-'], score: 0.75 },
    ],
    context: /personnummer|samordningsnummer|personal identity number|\bpnr\b/,
    why: 'personnummer: a birth (or coordination) date and a Luhn check digit',
  },
  {
    type: 'CA_SIN',
    lengths: [9],
    validate: sinValid,
    bare: 0.3,
    shapes: [{ groups: [3, 3, 3], seps: SPACE_DASH, score: 0.45 }],
    context: /\bsin\b|social insurance|\bnas\b|assurance sociale/,
    why: 'SIN: Luhn; first digit never 0 or 8',
  },
  {
    type: 'AU_TFN',
    lengths: [8, 9],
    validate: tfnValid,
    bare: 0.3,
    shapes: [
      { groups: [3, 3, 3], seps: SPACE_DASH, score: 0.4 },
      { groups: [3, 3, 2], seps: SPACE_DASH, score: 0.4 },
    ],
    context: /\btfn\b|tax file/,
    why: 'TFN: weighted sum divisible by 11',
  },
  {
    type: 'AU_MEDICARE',
    lengths: [10, 11],
    validate: medicareValid,
    bare: 0.3,
    shapes: [
      { groups: [4, 5, 1], seps: SPACE_DASH, score: 0.65 },
      { groups: [4, 5, 1, 1], seps: SPACE_DASH, score: 0.65 },
      { groups: [4, 5, 2], seps: SPACE_DASH, score: 0.6 },
    ],
    context: /medicare/,
    why: 'Medicare card: first digit 2-6, weighted check digit in 9th place',
  },
  {
    type: 'IN_AADHAAR',
    lengths: [12],
    validate: aadhaarValid,
    bare: 0.35,
    shapes: [{ groups: [4, 4, 4], seps: SPACE_DASH, score: 0.7 }],
    context: /aadhaa?r|\buid(?:ai)?\b|\u0906\u0927\u093e\u0930/,
    why: 'Aadhaar: first digit 2-9, Verhoeff check digit; printed 4-4-4',
  },
  {
    type: 'BR_CPF',
    lengths: [11],
    validate: cpfValid,
    bare: 0.4,
    shapes: [{ groups: [3, 3, 3, 2], gaps: ['.', '.', '-'], score: 0.95 }],
    context: /\bcpf\b|cadastro de pessoas/,
    why: 'CPF: two mod-11 check digits; printed 000.000.000-00',
  },
  {
    type: 'BR_CNPJ',
    lengths: [14],
    validate: cnpjValid,
    bare: 0.4,
    shapes: [{ groups: [2, 3, 3, 4, 2], gaps: ['.', '.', '/', '-'], score: 0.95 }],
    context: /\bcnpj\b|cadastro nacional/,
    why: 'CNPJ: two mod-11 check digits; printed 00.000.000/0000-00',
  },
];

/** Score for a digit run under one rule (0 when it does not validate or is printed otherwise). */
export function digitIdScore(rule: DigitIdRule, digits: string, lengths: readonly number[], seps: readonly string[]): number {
  if (!rule.lengths.includes(digits.length) || !rule.validate(digits)) return 0;
  if (lengths.length === 1) return rule.bare;
  for (const shape of rule.shapes) {
    if (shape.groups.length !== lengths.length || !shape.groups.every((g, k) => g === lengths[k])) continue;
    const ok = shape.gaps !== undefined ? seps.every((x, k) => x === shape.gaps![k]) : seps.every((x) => x === seps[0]) && shape.seps!.includes(seps[0]!);
    if (ok) return shape.score;
  }
  return 0;
}

/** A match found by {@link scanAlnumIds}. */
export interface IdMatch {
  type: NationalIdType;
  start: number;
  end: number;
  score: number;
}

/** Context words of the identifiers with letters. */
export const ALNUM_CONTEXT: Readonly<Record<string, RegExp>> = {
  UK_NINO: /\bnino\b|national insurance|\bni (?:number|no)/,
  ES_DNI: /\bdni\b|\bnif\b|documento nacional|identidad/,
  ES_NIE: /\bnie\b|\bnif\b|extranjer/,
  IT_FISCAL_CODE: /codice fiscale|\bc\.?f\.?\b|fiscal code|tax code/,
  IN_PAN: /\bpan\b|permanent account|income tax/,
  CRYPTO_WALLET: /wallet|bitcoin|\bbtc\b|ethereum|\beth\b|crypto|address|adresse|send|\busdt\b/,
};

/** Why each identifier with letters is detected (for the README's table). */
export const ALNUM_WHY: Readonly<Record<string, string>> = {
  UK_NINO: 'HMRC allocation rules (prefix letters, suffix A-D); no check digit exists',
  ES_DNI: 'mod-23 control letter',
  ES_NIE: 'X/Y/Z prefix read as 0/1/2, mod-23 control letter',
  IT_FISCAL_CODE: 'month letter, day range and the check character',
  IN_PAN: 'holder-type letter in 4th place; no check digit exists',
  CRYPTO_WALLET: 'Base58Check (double SHA-256), bech32/bech32m polymod, EIP-55 (Keccak-256)',
};

const NINO_AT = /[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]/y;
const DNI_AT = /(?:\d{8}|\d{2}\.\d{3}\.\d{3})[ -]?[A-Za-z]/y;
const NIE_AT = /[XYZxyz][ -]?\d{7}[ -]?[A-Za-z]/y;

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const DIGIT = /\p{Nd}/u;
/** Glued to an ASCII letter, digit or `_`, or a digit of another script (see pii.ts `isWordChar`). */
function glued(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c) || c === 95;
  return DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

function sticky(re: RegExp, text: string, at: number): number {
  if (at < 0) return -1;
  re.lastIndex = at;
  const m = re.exec(text);
  return m === null ? -1 : at + m[0].length;
}

function add(text: string, want: ReadonlySet<string>, out: IdMatch[], type: NationalIdType, start: number, end: number, score: number): void {
  if (want.has(type) && !glued(text, start - 1) && !glued(text, end)) out.push({ type, start, end, score });
}

const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isXyz = (c: number): boolean => c === 88 || c === 89 || c === 90 || c === 120 || c === 121 || c === 122;

/**
 * Identifiers with letters around the digit run that starts at `at`. Returns the end of the word read,
 * so the caller skips the digit runs inside it. A digit run with no letter in or next to its word (the
 * common case) returns after reading the word.
 */
export function scanAlnumIds(text: string, at: number, want: ReadonlySet<string>, out: IdMatch[]): number {
  let ts = at;
  while (ts > 0 && at - ts < 100 && isAsciiAlnum(text.charCodeAt(ts - 1))) ts--;
  let te = at;
  let letters = ts < at;
  while (te < text.length && te - at < 100 && isAsciiAlnum(text.charCodeAt(te))) {
    if (!letters && isLetterCode(text.charCodeAt(te))) letters = true;
    te++;
  }
  const spacedNino = at >= 3 && text.charCodeAt(at - 1) === 32 && isLetterCode(text.charCodeAt(at - 2)) && isLetterCode(text.charCodeAt(at - 3));
  const punctuatedDni = ts === at && te - at <= 8 && (text.charCodeAt(te) === 45 || text.charCodeAt(te) === 46 || text.charCodeAt(te) === 32);
  const nie = at >= 2 && (isXyz(text.charCodeAt(at - 1)) || (text.charCodeAt(at - 1) === 45 && isXyz(text.charCodeAt(at - 2))));
  if (!letters && !spacedNino && !punctuatedDni && !nie) return te;

  if (letters && !glued(text, ts - 1) && !glued(text, te)) {
    const token = text.slice(ts, te);
    const n = token.length;
    if (n === 16 && want.has('IT_FISCAL_CODE') && codiceFiscaleValid(token)) add(text, want, out, 'IT_FISCAL_CODE', ts, te, 0.95);
    else if (n === 10 && want.has('IN_PAN') && panValid(token)) add(text, want, out, 'IN_PAN', ts, te, 0.75);
    else if (n === 9 && want.has('UK_NINO') && ninoValid(token)) add(text, want, out, 'UK_NINO', ts, te, 0.75);
    else if (n === 9 && want.has('ES_DNI') && dniValid(token)) add(text, want, out, 'ES_DNI', ts, te, 0.85);
    else if (n === 9 && want.has('ES_NIE') && nieValid(token)) add(text, want, out, 'ES_NIE', ts, te, 0.85);
    else if (want.has('CRYPTO_WALLET')) {
      const c0 = token.charCodeAt(0);
      if (n === 42 && c0 === 48) {
        const eth = ethAddressCheck(token);
        if (eth !== 'invalid') add(text, want, out, 'CRYPTO_WALLET', ts, te, eth === 'checksummed' ? 0.95 : 0.7);
      } else if (n >= 26 && n <= 35 && (c0 === 49 || c0 === 51) && base58CheckAddressValid(token)) {
        add(text, want, out, 'CRYPTO_WALLET', ts, te, 0.95);
      } else if (n >= 14 && n <= 90 && /^(?:bc|tb)1/i.test(token) && bech32AddressValid(token)) {
        add(text, want, out, 'CRYPTO_WALLET', ts, te, 0.95);
      }
    }
  }
  // Spaced and punctuated forms: "AB 12 34 56 C", "12.345.678-Z", "X-1234567-L".
  if (spacedNino && want.has('UK_NINO')) {
    const end = sticky(NINO_AT, text, at - 3);
    if (end > 0 && ninoValid(text.slice(at - 3, end).replace(/ /g, ''))) add(text, want, out, 'UK_NINO', at - 3, end, 0.75);
  }
  if (punctuatedDni && want.has('ES_DNI')) {
    const end = sticky(DNI_AT, text, at);
    if (end > 0 && end !== te && dniValid(text.slice(at, end).replace(/[ .-]/g, ''))) add(text, want, out, 'ES_DNI', at, end, 0.85);
  }
  if (nie && want.has('ES_NIE')) {
    for (const s of [at - 1, at - 2]) {
      if (s < 0 || !isXyz(text.charCodeAt(s))) continue;
      const end = sticky(NIE_AT, text, s);
      if (end > 0 && end !== te && nieValid(text.slice(s, end).replace(/[ -]/g, ''))) add(text, want, out, 'ES_NIE', s, end, 0.85);
    }
  }
  return te;
}
