/**
 * Holdout set: sentences written apart from the tune set (other phrasings, other positions, values
 * without announcing words), run once after the detectors were final. `{TYPE}` is a generated value.
 */
import type { Templates } from '../lib/pii-heldout-data.js';

export const HOLDOUT_TEMPLATES: Templates = {
  en: [
    'Text {PHONE} if the delivery is late.',
    'Ship to Jane Doe, {PHONE}, jane at {EMAIL}',
    'Charge {CREDIT_CARD} for the annual plan.',
    'Her details: NINO {UK_NINO}, NHS {UK_NHS}.',
    'Refund to account {IBAN}, thanks!',
    'Our office numbers: {PHONE} and {PHONE}.',
    'Can you check whether {CRYPTO_WALLET} received anything today?',
    'Social insurance number {CA_SIN} was entered twice.',
    'Block traffic from {IP_ADDRESS} immediately.',
    'PAN: {IN_PAN} / Aadhaar: {IN_AADHAAR}',
  ],
  fr: ['Mon portable : {PHONE}', 'Écrivez à {EMAIL} ou téléphonez au {PHONE}.', 'RIB : {IBAN}'],
  de: ['Handy: {PHONE}', 'Steueridentifikationsnummer {DE_TAX_ID}, Konto {IBAN}', 'Erreichbar unter {PHONE} oder {EMAIL}'],
  es: ['Contacto: {PHONE} / {EMAIL}', 'Adjunto mi NIE {ES_NIE}.', 'DNI {ES_DNI}, teléfono {PHONE}'],
  pt: ['WhatsApp {PHONE}', 'CPF {BR_CPF}', 'Empresa com CNPJ {BR_CNPJ} e telefone {PHONE}'],
  it: ['Cellulare {PHONE}', 'CF: {IT_FISCAL_CODE}, tel. {PHONE}'],
  nl: ['Mijn telefoonnummer is {PHONE}.', 'burgerservicenummer {NL_BSN}'],
  pl: ['Zadzwoń: {PHONE}', 'numer PESEL {PL_PESEL}'],
  sv: ['Telefon: {PHONE}', 'personnummer {SE_PERSONNUMMER}'],
  ja: ['携帯 {PHONE} に連絡してください', '連絡先：{PHONE}'],
  zh: ['手机：{PHONE}', '联系电话 {PHONE}'],
  ar: ['اتصل بي على {PHONE}', 'هاتف: {PHONE}'],
  hi: ['कृपया {PHONE} पर कॉल करें'],
  ko: ['휴대폰 {PHONE}로 연락 주세요.'],
  tr: ['Bana {PHONE} numarasından ulaşabilirsiniz.'],
  ru: ['Звоните по номеру {PHONE}.'],
};
