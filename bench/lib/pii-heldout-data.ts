/**
 * Generated PII evaluation rows: valid values (check digits computed by test/detect/pii-gen.ts, phone
 * numbers randomized and checked valid by libphonenumber-js, then printed as people write them) inside
 * sentences of several languages, plus sentences with numbers that are not PII and near misses
 * (checksum broken by one digit). Two template sets: `tune` (read while building) and `holdout` (written
 * separately and run once at the end); each with its own seed.
 */
import { getExampleNumber, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/examples.mobile.json';
import * as g from '../../test/detect/pii-gen.js';

export interface GoldSpan {
  type: string;
  start: number;
  end: number;
}
export interface Row {
  id: string;
  lang: string;
  text: string;
  entities: GoldSpan[];
}

type Rand = () => number;
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

function group(v: string, sizes: number[], sep: string): string {
  const out: string[] = [];
  let k = 0;
  for (const n of sizes) {
    out.push(v.slice(k, k + n));
    k += n;
  }
  if (k < v.length) out.push(v.slice(k));
  return out.filter((x) => x !== '').join(sep);
}

const REGIONS_BY_LANG: Record<string, string[]> = {
  en: ['US', 'GB', 'AU', 'CA', 'IE', 'NZ', 'ZA', 'IN', 'NG', 'SG', 'PH'],
  fr: ['FR', 'BE', 'CH', 'CA', 'MA'],
  de: ['DE', 'AT', 'CH'],
  es: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE'],
  pt: ['PT', 'BR'],
  it: ['IT', 'CH'],
  nl: ['NL', 'BE'],
  pl: ['PL'],
  sv: ['SE'],
  ja: ['JP'],
  zh: ['CN', 'TW', 'HK'],
  ar: ['EG', 'SA', 'AE', 'MA'],
  hi: ['IN'],
  ko: ['KR'],
  tr: ['TR'],
  ru: ['RU'],
};

/** A valid phone number of `region`, printed in one of the ways people write it. */
function phoneOf(rand: Rand, region: string): string {
  const example = getExampleNumber(region as CountryCode, examples);
  if (!example) return '+1 201 555 0123';
  let number = example;
  for (let t = 0; t < 40; t++) {
    const nn = example.nationalNumber.slice(0, -4) + g.randomDigits(rand, 4);
    const c = parsePhoneNumberFromString(nn, region as CountryCode);
    if (c?.isValid()) {
      number = c;
      break;
    }
  }
  const intl = number.formatInternational();
  const national = number.formatNational();
  const digits = national.replace(/\D/g, '');
  const forms = [
    intl,
    national,
    number.number,
    intl.replace(/ /g, '-'),
    intl.replace(/ /g, '.'),
    /\(/.test(national) ? national : national.replace(/[ -]/g, '.'),
    `00${intl.slice(1)}`,
    digits.length >= 9 ? group(digits, [3, 3, 4], ' ') : national,
  ];
  return pick(rand, forms);
}

interface Maker {
  type: string;
  make: (rand: Rand, lang: string) => string;
}

const printCard = (rand: Rand, n: string) => (n.length === 15 ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : group(n, [4, 4, 4, 4, 3], pick(rand, [' ', '-', ' ', '.', ' - ', '\u00a0', ''])));

const MAKERS: Record<string, Maker> = {
  PHONE: { type: 'PHONE', make: (rand, lang) => phoneOf(rand, pick(rand, REGIONS_BY_LANG[lang] ?? ['US'])) },
  EMAIL: { type: 'EMAIL', make: (rand) => `${pick(rand, ['ana', 'j.smith', 'li.wei', 'mario_rossi', 'k.nowak', 'sofia+news', 'ahmed.ali'])}${Math.floor(rand() * 90) + 10}@${pick(rand, ['example.com', 'mail.example.org', 'example.co.uk', 'exemple.fr', 'beispiel.de'])}` },
  CREDIT_CARD: { type: 'CREDIT_CARD', make: (rand) => { const p = pick(rand, ['4', '51', '55', '2221', '37', '6011', '3528']); return printCard(rand, g.card(rand, p, p === '37' ? 15 : 16)); } },
  IBAN: {
    type: 'IBAN',
    make: (rand) => {
      const [c, len] = pick(rand, [['DE', 22], ['FR', 27], ['ES', 24], ['IT', 27], ['NL', 18], ['GB', 22], ['PL', 28], ['BE', 16], ['PT', 25], ['SE', 24]] as const);
      const bban = c === 'NL' || c === 'GB' ? 'ABCD'.slice(0, 4) + g.randomDigits(rand, len - 8) : g.randomDigits(rand, len - 4);
      const v = g.iban(c, bban);
      return rand() < 0.6 ? g.grouped(v) : v;
    },
  },
  US_SSN: { type: 'US_SSN', make: (rand) => `${100 + Math.floor(rand() * 565)}-${10 + Math.floor(rand() * 89)}-${1000 + Math.floor(rand() * 8999)}` },
  UK_NHS: { type: 'UK_NHS', make: (rand) => group(g.nhsOf(rand), [3, 3, 4], ' ') },
  UK_NINO: { type: 'UK_NINO', make: (rand) => { const v = g.ninoOf(rand); return rand() < 0.5 ? v : `${v.slice(0, 2)} ${v.slice(2, 4)} ${v.slice(4, 6)} ${v.slice(6, 8)} ${v[8]}`; } },
  DE_TAX_ID: { type: 'DE_TAX_ID', make: (rand) => { const v = g.deTaxIdOf(rand); return rand() < 0.5 ? v : group(v, [2, 3, 3, 3], ' '); } },
  ES_DNI: { type: 'ES_DNI', make: (rand) => { const v = g.dniOf(rand); return pick(rand, [v, `${v.slice(0, 8)}-${v[8]}`]); } },
  ES_NIE: { type: 'ES_NIE', make: (rand) => g.nieOf(rand) },
  IT_FISCAL_CODE: { type: 'IT_FISCAL_CODE', make: (rand) => g.codiceFiscaleOf(rand) },
  PL_PESEL: { type: 'PL_PESEL', make: (rand) => g.peselOf(rand) },
  NL_BSN: { type: 'NL_BSN', make: (rand) => g.bsnOf(rand) },
  SE_PERSONNUMMER: { type: 'SE_PERSONNUMMER', make: (rand) => { const v = g.personnummerOf(rand); return `${v.slice(0, 6)}-${v.slice(6)}`; } },
  CA_SIN: { type: 'CA_SIN', make: (rand) => group(g.sinOf(rand), [3, 3, 3], pick(rand, [' ', '-'])) },
  AU_TFN: { type: 'AU_TFN', make: (rand) => group(g.tfnOf(rand), [3, 3, 3], ' ') },
  AU_MEDICARE: { type: 'AU_MEDICARE', make: (rand) => { const v = g.medicareOf(rand); return `${v.slice(0, 4)} ${v.slice(4, 9)} ${v.slice(9, 10)}`; } },
  IN_AADHAAR: { type: 'IN_AADHAAR', make: (rand) => group(g.aadhaarOf(rand), [4, 4, 4], ' ') },
  IN_PAN: { type: 'IN_PAN', make: (rand) => g.panOf(rand) },
  BR_CPF: { type: 'BR_CPF', make: (rand) => { const v = g.cpfOf(rand); return `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}`; } },
  BR_CNPJ: { type: 'BR_CNPJ', make: (rand) => { const v = g.cnpjOf(rand); return `${v.slice(0, 2)}.${v.slice(2, 5)}.${v.slice(5, 8)}/${v.slice(8, 12)}-${v.slice(12)}`; } },
  CRYPTO_WALLET: { type: 'CRYPTO_WALLET', make: (rand) => pick(rand, [() => g.btcBase58Of(rand), () => g.btcBech32Of(rand), () => g.btcBech32Of(rand, true), () => pick(rand, g.EIP55_EXAMPLES)])() },
  IP_ADDRESS: { type: 'IP_ADDRESS', make: (rand) => `${10 + Math.floor(rand() * 180)}.${Math.floor(rand() * 255)}.${Math.floor(rand() * 255)}.${1 + Math.floor(rand() * 250)}` },
};

/** Sentences by language; `{X}` marks a value of type X. */
export type Templates = Record<string, string[]>;

/** Non-PII numbers and near misses: any finding in them is a false positive. */
export function negativeOf(rand: Rand): string {
  const nm = (v: string) => g.nearMiss(v, rand);
  return pick(rand, [
    () => `Order #${g.randomDigits(rand, 7)} was shipped on ${2019 + Math.floor(rand() * 6)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}.`,
    () => `The invoice total is ${Math.floor(rand() * 9000) + 1000}.${g.randomDigits(rand, 2)} EUR, reference ${2024}-${g.randomDigits(rand, 6)}.`,
    () => `Version ${Math.floor(rand() * 9)}.${Math.floor(rand() * 20)}.${Math.floor(rand() * 30)} fixes issue ${g.randomDigits(rand, 5)}.`,
    () => `ISBN 978-${Math.floor(rand() * 9)}-${g.randomDigits(rand, 3)}-${g.randomDigits(rand, 5)}-${Math.floor(rand() * 9)}`,
    () => `Meeting from 10:30 to 11:45 in room ${g.randomDigits(rand, 3)}, building ${Math.floor(rand() * 9)}.`,
    () => `Population grew from 1 ${g.randomDigits(rand, 3)} ${g.randomDigits(rand, 3)} to 2 ${g.randomDigits(rand, 3)} ${g.randomDigits(rand, 3)} between 1990 and 2020.`,
    () => `Le colis ${g.randomDigits(rand, 10)} arrive le ${1 + Math.floor(rand() * 27)}/0${1 + Math.floor(rand() * 8)}/2025.`,
    () => `Die Bestellung ${g.randomDigits(rand, 9)} kostet ${Math.floor(rand() * 900)},${g.randomDigits(rand, 2)} €.`,
    () => `El pedido ${g.randomDigits(rand, 8)} pesa ${Math.floor(rand() * 90)}.${Math.floor(rand() * 9)} kg.`,
    () => `Card on file fails its check: ${nm(g.card(rand, '4', 16))}.`,
    () => `NHS number (typo): ${nm(g.nhsOf(rand))}`,
    () => `PESEL z błędem: ${nm(g.peselOf(rand))}`,
    () => `CPF inválido ${nm(g.cpfOf(rand))}`,
    () => `Aadhaar (wrong): ${nm(g.aadhaarOf(rand))}`,
    () => `IBAN ${nm(g.iban('DE', g.randomDigits(rand, 18)))} was rejected.`,
    () => `Temperature was 23.5°C at 14:00, humidity ${Math.floor(rand() * 60) + 20}%.`,
    () => `Tracking ${g.randomDigits(rand, 4)} ${g.randomDigits(rand, 4)} ${g.randomDigits(rand, 4)} ${g.randomDigits(rand, 4)} ${g.randomDigits(rand, 4)} ${g.randomDigits(rand, 2)}`,
    () => `Coordinates 48.8566, 2.3522 and 40.7128, -74.0060.`,
    () => `The hash is ${g.alnum(rand, 40, '0123456789abcdef')}.`,
    () => `Chapter ${Math.floor(rand() * 30)}, pages ${g.randomDigits(rand, 3)}-${g.randomDigits(rand, 3)}.`,
    () => `Serial number SN-${g.randomDigits(rand, 10)} under warranty until 2027.`,
    () => `注文番号 ${g.randomDigits(rand, 10)} は 2025年3月5日 に発送されました。`,
    () => `الطلب رقم ${g.randomDigits(rand, 6)} بتاريخ 2024/05/12`,
  ])();
}

/** Fills a template: values generated, spans recorded. */
export function fill(template: string, lang: string, rand: Rand): { text: string; entities: GoldSpan[] } {
  let text = '';
  const entities: GoldSpan[] = [];
  let k = 0;
  const re = /\{([A-Z_]+)\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(template)) !== null) {
    text += template.slice(k, m.index);
    const maker = MAKERS[m[1]!];
    if (maker === undefined) throw new Error(`no maker for ${m[1]}`);
    const value = maker.make(rand, lang);
    entities.push({ type: maker.type, start: text.length, end: text.length + value.length });
    text += value;
    k = m.index + m[0].length;
  }
  text += template.slice(k);
  return { text, entities };
}

/** Arabic-Indic (ar), Devanagari (hi) or fullwidth (ja, zh) digits for part of those rows. */
export function localDigits(text: string, entities: GoldSpan[], lang: string, rand: Rand): string {
  const zero = lang === 'ar' ? 0x660 : lang === 'hi' ? 0x966 : lang === 'ja' || lang === 'zh' ? 0xff10 : 0;
  if (zero === 0 || rand() < 0.5) return text;
  // Only inside the values (same length: each digit is one UTF-16 unit), so spans stay valid.
  let out = '';
  let k = 0;
  for (const e of entities) {
    out += text.slice(k, e.start) + text.slice(e.start, e.end).replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));
    k = e.end;
  }
  return out + text.slice(k);
}

export function buildRows(templates: Templates, seed: number, perTemplate: number, negatives: number, prefix: string): Row[] {
  const rand = g.rng(seed);
  const rows: Row[] = [];
  for (const [lang, list] of Object.entries(templates)) {
    for (const template of list) {
      for (let i = 0; i < perTemplate; i++) {
        const { text, entities } = fill(template, lang, rand);
        rows.push({ id: `${prefix}-${rows.length}`, lang, text: localDigits(text, entities, lang, rand), entities });
      }
    }
  }
  for (let i = 0; i < negatives; i++) rows.push({ id: `${prefix}-${rows.length}`, lang: 'neg', text: negativeOf(rand), entities: [] });
  return rows;
}
