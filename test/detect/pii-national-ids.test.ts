/**
 * Checksummed national identifiers and wallet addresses: generated valid values (check digits computed in
 * pii-gen.ts from each scheme's rule) are found with exact spans in sentences of their own languages, in
 * the forms they are printed in; the same values with one digit changed never pass, whatever the context.
 */
import { detectPII } from '../../src/detect/pii.js';
import * as ck from '../../src/detect/checksums.js';
import { bech32AddressValid, base58CheckAddressValid, ethAddressCheck } from '../../src/detect/crypto-wallets.js';
import {
  EIP55_EXAMPLES,
  aadhaarOf,
  bsnOf,
  btcBase58Of,
  btcBech32Of,
  cnpjOf,
  codiceFiscaleOf,
  cpfOf,
  deTaxIdOf,
  dniOf,
  flipCase,
  medicareOf,
  nearMiss as changeDigit,
  nhsOf,
  nieOf,
  ninoOf,
  panOf,
  peselOf,
  personnummerOf,
  rng,
  sinOf,
  tfnOf,
} from './pii-gen.js';

function found(text: string): string[] {
  return detectPII(text).map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
}

interface Case {
  type: string;
  make: (rand: () => number) => string;
  validate: (compact: string) => boolean;
  /** Printed forms of a compact value. */
  forms: Array<(v: string) => string>;
  /** Sentences with a context word; `{}` is the value. */
  sentences: string[];
}

const spaced = (groups: number[], sep = ' ') => (v: string) => {
  let out = '';
  let k = 0;
  for (const g of groups) {
    out += (out ? sep : '') + v.slice(k, k + g);
    k += g;
  }
  return out;
};
const same = (v: string) => v;

const CASES: Case[] = [
  { type: 'UK_NHS', make: nhsOf, validate: ck.nhsValid, forms: [spaced([3, 3, 4]), spaced([3, 3, 4], '-'), same], sentences: ['My NHS number is {}.', 'NHS no: {}'] },
  { type: 'UK_NINO', make: ninoOf, validate: ck.ninoValid, forms: [same, (v) => `${v.slice(0, 2)} ${v.slice(2, 4)} ${v.slice(4, 6)} ${v.slice(6, 8)} ${v[8]}`], sentences: ['National Insurance number: {}', 'my NINO is {} thanks'] },
  { type: 'DE_TAX_ID', make: deTaxIdOf, validate: ck.deTaxIdValid, forms: [same, spaced([2, 3, 3, 3])], sentences: ['Meine Steuer-ID lautet {}.', 'Steueridentifikationsnummer: {}'] },
  { type: 'ES_DNI', make: dniOf, validate: ck.dniValid, forms: [same, (v) => `${v.slice(0, 8)}-${v[8]}`, (v) => `${v.slice(0, 2)}.${v.slice(2, 5)}.${v.slice(5, 8)}-${v[8]}`], sentences: ['Mi DNI es {}.', 'DNI: {}'] },
  { type: 'ES_NIE', make: nieOf, validate: ck.nieValid, forms: [same, (v) => `${v[0]}-${v.slice(1, 8)}-${v[8]}`], sentences: ['Mi NIE es {}.', 'número de extranjero {}'] },
  { type: 'IT_FISCAL_CODE', make: codiceFiscaleOf, validate: ck.codiceFiscaleValid, forms: [same], sentences: ['Il mio codice fiscale è {}.', 'C.F. {}'] },
  { type: 'PL_PESEL', make: peselOf, validate: ck.peselValid, forms: [same], sentences: ['Mój numer PESEL to {}.', 'PESEL: {}'] },
  { type: 'NL_BSN', make: bsnOf, validate: ck.bsnValid, forms: [same, (v) => `${v.slice(0, 4)}.${v.slice(4, 6)}.${v.slice(6)}`], sentences: ['Mijn BSN is {}.', 'burgerservicenummer: {}'] },
  { type: 'SE_PERSONNUMMER', make: personnummerOf, validate: ck.personnummerValid, forms: [(v) => `${v.slice(0, 6)}-${v.slice(6)}`, same], sentences: ['Mitt personnummer är {}.', 'personnummer: {}'] },
  { type: 'CA_SIN', make: sinOf, validate: ck.sinValid, forms: [spaced([3, 3, 3]), spaced([3, 3, 3], '-'), same], sentences: ['My SIN is {}.', "Numéro d'assurance sociale (NAS) : {}"] },
  { type: 'AU_TFN', make: tfnOf, validate: ck.tfnValid, forms: [spaced([3, 3, 3]), same], sentences: ['My TFN is {}.', 'tax file number: {}'] },
  { type: 'AU_MEDICARE', make: medicareOf, validate: ck.medicareValid, forms: [(v) => `${v.slice(0, 4)} ${v.slice(4, 9)} ${v.slice(9)}`, same], sentences: ['Medicare card {}', 'my medicare number is {}.'] },
  { type: 'IN_AADHAAR', make: aadhaarOf, validate: ck.aadhaarValid, forms: [spaced([4, 4, 4]), same], sentences: ['My Aadhaar number is {}.', 'आधार: {}'] },
  { type: 'IN_PAN', make: panOf, validate: ck.panValid, forms: [same], sentences: ['My PAN is {}.', 'PAN card: {}'] },
  { type: 'BR_CPF', make: cpfOf, validate: ck.cpfValid, forms: [(v) => `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}`, same], sentences: ['Meu CPF é {}.', 'CPF: {}'] },
  { type: 'BR_CNPJ', make: cnpjOf, validate: ck.cnpjValid, forms: [(v) => `${v.slice(0, 2)}.${v.slice(2, 5)}.${v.slice(5, 8)}/${v.slice(8, 12)}-${v.slice(12)}`, same], sentences: ['CNPJ da empresa: {}.', 'o CNPJ {} está ativo'] },
];

describe.each(CASES)('$type', ({ type, make, validate, forms, sentences }) => {
  const rand = rng(type.length * 7919);
  const values = Array.from({ length: 12 }, () => make(rand));
  // Medicare's check digit covers the first eight digits only (the 10th and 11th are the card issue
  // and the holder's number).
  const nearMiss = (v: string, r: () => number): string => (type === 'AU_MEDICARE' ? changeDigit(v.slice(0, 9), r) + v.slice(9) : changeDigit(v, r));

  it('generated values validate; one changed digit never does', () => {
    for (const v of values) {
      expect(validate(v)).toBe(true);
      const miss = nearMiss(v, rand);
      if (miss !== v) expect(validate(miss)).toBe(type === 'UK_NINO' || type === 'IN_PAN');
    }
  });

  it('found with an exact span in every printed form, with a context word', () => {
    for (const v of values) {
      for (const form of forms) {
        for (const sentence of sentences) {
          const printed = form(v);
          const text = sentence.replace('{}', printed);
          expect(found(text)).toContainEqual(`${type}:${printed}`);
        }
      }
    }
  });

  it('a near miss is never that type, even announced', () => {
    if (type === 'UK_NINO' || type === 'IN_PAN') return; // no check digit exists
    for (const v of values) {
      const miss = nearMiss(v, rand);
      for (const sentence of sentences) {
        const text = sentence.replace('{}', forms[0]!(miss));
        expect(detectPII(text).map((e) => e.type)).not.toContain(type);
      }
    }
  });
});

describe('identifiers need their context where the shape is common', () => {
  const rand = rng(4);
  it('a bare nine-digit number passing the 11-proof is not a BSN without a BSN word', () => {
    const v = bsnOf(rand);
    expect(detectPII(`order ${v} shipped`).map((e) => e.type)).not.toContain('NL_BSN');
    expect(found(`BSN ${v}`)).toContain(`NL_BSN:${v}`);
  });
  it('a CPF or CNPJ in its printed form needs no word', () => {
    const v = cpfOf(rand);
    const printed = `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}`;
    expect(found(`segue ${printed} ok`)).toEqual([`BR_CPF:${printed}`]);
  });
});

describe('CRYPTO_WALLET', () => {
  const rand = rng(21);
  it('Base58Check, bech32 and bech32m addresses; one changed character fails', () => {
    for (let i = 0; i < 10; i++) {
      for (const a of [btcBase58Of(rand), btcBase58Of(rand, true), btcBech32Of(rand), btcBech32Of(rand, true)]) {
        expect(base58CheckAddressValid(a) || bech32AddressValid(a)).toBe(true);
        expect(found(`send it to ${a} please`)).toEqual([`CRYPTO_WALLET:${a}`]);
        const j = 6 + Math.floor(rand() * (a.length - 8));
        const alphabet = a.startsWith('bc1') ? 'qpzry9x8gf2tvdw0s3jn54khce6mua7l' : '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
        const swapped = a.slice(0, j) + alphabet[(alphabet.indexOf(a[j]!) + 1) % alphabet.length] + a.slice(j + 1);
        expect(detectPII(`wallet ${swapped}`).map((e) => e.type)).not.toContain('CRYPTO_WALLET');
      }
    }
  });
  it('EIP-55: checksummed addresses pass, a flipped case fails, one-case addresses need a wallet word', () => {
    for (const a of EIP55_EXAMPLES) {
      expect(ethAddressCheck(a)).toBe('checksummed');
      expect(found(`pay ${a}`)).toEqual([`CRYPTO_WALLET:${a}`]);
      const flipped = flipCase(a, rand);
      expect(ethAddressCheck(flipped)).toBe('invalid');
      expect(detectPII(`ETH wallet ${flipped}`).map((e) => e.type)).not.toContain('CRYPTO_WALLET');
      expect(found(`my ETH wallet address: ${a.toLowerCase()}`)).toEqual([`CRYPTO_WALLET:${a.toLowerCase()}`]);
    }
  });
});
