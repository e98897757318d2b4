/** Tune set: sentences read while building the detectors. `{TYPE}` is a generated value. */
import type { Templates } from '../lib/pii-heldout-data.js';

export const TUNE_TEMPLATES: Templates = {
  en: [
    'Hi, you can reach me at {PHONE} or by email at {EMAIL}.',
    'My card number is {CREDIT_CARD}, expiry 09/28.',
    'Please wire the money to {IBAN} before Friday.',
    'My NHS number is {UK_NHS} and my National Insurance number is {UK_NINO}.',
    'SSN: {US_SSN}',
    'My SIN is {CA_SIN}.',
    'TFN {AU_TFN}, Medicare card {AU_MEDICARE}',
    'Send the BTC to my wallet {CRYPTO_WALLET} please',
    'The server at {IP_ADDRESS} keeps timing out.',
    'Call me on {PHONE}, my Aadhaar is {IN_AADHAAR} and PAN {IN_PAN}.',
  ],
  fr: ['Appelez-moi au {PHONE}, merci.', 'Mon adresse est {EMAIL}.', 'Virement sur le compte {IBAN}.', 'Carte bancaire : {CREDIT_CARD}'],
  de: ['Rufen Sie mich unter {PHONE} an.', 'Meine Steuer-ID ist {DE_TAX_ID}.', 'Bitte überweisen Sie auf {IBAN}.', 'Schreib mir an {EMAIL}.'],
  es: ['Mi teléfono es el {PHONE}.', 'Mi DNI es {ES_DNI} y el NIE de mi mujer {ES_NIE}.', 'Llámame al {PHONE} mañana.'],
  pt: ['Meu celular é {PHONE}.', 'Meu CPF é {BR_CPF} e o CNPJ da empresa {BR_CNPJ}.', 'Liga para o {PHONE} por favor.'],
  it: ['Il mio numero è {PHONE}.', 'Il mio codice fiscale è {IT_FISCAL_CODE}.'],
  nl: ['Bel me op {PHONE}.', 'Mijn BSN is {NL_BSN}.'],
  pl: ['Mój numer telefonu to {PHONE}.', 'Mój PESEL: {PL_PESEL}.'],
  sv: ['Ring mig på {PHONE}.', 'Mitt personnummer är {SE_PERSONNUMMER}.'],
  ja: ['電話番号は {PHONE} です。', 'メールは {EMAIL} までお願いします。'],
  zh: ['我的电话是 {PHONE}，谢谢。', '请发邮件到 {EMAIL}'],
  ar: ['رقم هاتفي {PHONE}', 'بطاقتي {CREDIT_CARD}'],
  hi: ['मेरा फ़ोन नंबर {PHONE} है।', 'मेरा आधार {IN_AADHAAR} है।'],
  ko: ['제 전화번호는 {PHONE}입니다.'],
  tr: ['Telefon numaram {PHONE}.'],
  ru: ['Мой телефон {PHONE}.'],
};
