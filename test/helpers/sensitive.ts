/**
 * Fake secrets and personal data for "never in the logs" tests, assembled at run time from random parts:
 * no value is a literal in the source, and each run uses new ones.
 */
import { randomBytes, randomInt } from 'node:crypto';
import { alnum, grouped, iban, randomDigits, withLuhn } from '../detect/pii-gen.js';

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function rand(): number {
  return randomInt(0, 2 ** 32) / 2 ** 32;
}

export interface SensitiveValues {
  /** A Mistral-shaped key (32 characters: upper, lower and digits). */
  mistralKey: string;
  awsKey: string;
  githubToken: string;
  email: string;
  /** A Luhn-valid card number, grouped by 4. */
  card: string;
  iban: string;
  /** A user id that is an email (the case a keyed hash exists for). */
  userId: string;
}

export function sensitiveValues(): SensitiveValues {
  let mistralKey = '';
  while (!(/[A-Z]/.test(mistralKey) && /[a-z]/.test(mistralKey) && /\d/.test(mistralKey))) mistralKey = alnum(rand, 32);
  const name = randomBytes(5).toString('hex');
  return {
    mistralKey,
    awsKey: 'AK' + 'IA' + alnum(rand, 16, UPPER_DIGITS),
    githubToken: `gh${'p'}_${alnum(rand, 36)}`,
    email: `ana.${name}@example.com`,
    card: grouped(withLuhn('4' + randomDigits(rand, 14))),
    iban: grouped(iban('FR', randomDigits(rand, 23))),
    userId: `user.${randomBytes(4).toString('hex')}@example.org`,
  };
}

/** Every value of the set, plus the card and IBAN without their spaces. */
export function allForms(values: SensitiveValues): string[] {
  return [...Object.values(values), values.card.replace(/ /g, ''), values.iban.replace(/ /g, '')];
}
