/**
 * Classes of false findings from the second near-miss set (secrets9 round, bench/data/authored/secrets-nearmiss-2.txt,
 * tune rows): a digest of a token under a `_hash` name, a form label or i18n string naming the password, and
 * a base64 digest after its algorithm's label whose random body holds a 32-character run. Values are built at
 * run time; each class has the near miss that must still be reported.
 */
import { createHash, randomBytes } from 'node:crypto';
import { detectSecrets } from '../../src/detect/secrets.js';
import { alnum, rng } from './pii-gen.js';
import { fill, growthRatio, linearBound } from '../helpers/growth.js';

const rand = rng(9292);
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const key = (): string => {
  let k = '';
  while (!(/[A-Z]/.test(k) && /[a-z]/.test(k) && /\d/.test(k))) k = alnum(rand, 32, B62);
  return k;
};
const sha256 = (): string => createHash('sha256').update(randomBytes(16)).digest('hex');
const rules = (text: string): string[] => detectSecrets(text).map((e) => e.rule ?? e.type);

describe('a digest of a token under a _hash or _fingerprint name', () => {
  it('is none: the service stores it instead of the token', () => {
    for (const text of [`refresh_token_hash = "${sha256()}"`, `apiKeyHash: "${sha256()}"`, `secret_fingerprint=${sha256()}`, `"access_token_hashed": "${sha256()}"`]) {
      expect(detectSecrets(text)).toEqual([]);
    }
  });

  it("the token itself is still reported, and a password's hash stays a password's", () => {
    const token = alnum(rand, 40, B62);
    expect(detectSecrets(`refresh_token = "${token}"`)).not.toEqual([]);
    expect(detectSecrets(`password_hash = "${sha256()}"`)).not.toEqual([]);
  });
});

describe('a form label or i18n string that names the password', () => {
  it.each(['password_confirmation: "Confirm password"', 'current_password: "Current password"', '"password_label": "Mot de passe oublié ?"', 'api_token: "Paste your token here"', 'secret_answer: "Secret answer"', 'passwort: "Passwort vergessen?"'])('%s is none', (text) => {
    expect(detectSecrets(text)).toEqual([]);
  });

  it.each(['password: "correct horse battery staple"', 'password: "hunter2 is my password"', 'password = "my password #7"'])('%s is still a password', (text) => {
    expect(detectSecrets(text).map((e) => e.type)).toContain('GENERIC_SECRET');
  });
});

describe('a base64 digest after its algorithm label', () => {
  // Random base64 bodies of a digest's length with a Mistral-shaped run between two `/`, as chance makes them.
  // (Bodies of 64 characters and more, sha384/sha512, were already read as base64 data: they stay as guards.)
  const body = (length: number, k: string): string => {
    const pad = length % 3 === 0 ? '' : '=';
    const core = length === 88 ? 86 : length - pad.length;
    const rest = core - k.length - 2;
    return `${alnum(rand, 3, B62)}/${k}/${alnum(rand, rest - 3, B62)}${length === 88 ? '==' : pad}`;
  };

  it.each<[string, (k: string) => string]>([
    ['Go sum / Terraform h1:', (k) => `golang.org/x/net v0.21.0 h1:${body(44, k)}`],
    ['Terraform lock in quotes', (k) => `hashes = [\n  "h1:${body(44, k)}",\n]`],
    ['npm integrity sha512-', (k) => `"integrity": "sha512-${body(88, k)}"`],
    ['SRI sha384-', (k) => `<script integrity="sha384-${body(64, k)}"></script>`],
    ['Nix narHash sha256-', (k) => `"narHash": "sha256-${body(44, k)}"`],
  ])('%s: no Mistral key', (_name, make) => {
    const text = make(key());
    expect(detectSecrets(text).filter((e) => e.type === 'MISTRAL_API_KEY')).toEqual([]);
  });

  it('the same run without the label, or with a body of no digest length, is still a key', () => {
    const k = key();
    expect(rules(`x:Ab/${k}/Cde=`)).toContain('mistral-shaped');
    expect(rules(`h1:Ab/${k}/Cdef=`)).toContain('mistral-shaped');
    expect(rules(`sha256-${k}`)).toContain('mistral-shaped');
  });

  it('costs linear time on many labels (12.8 KB to 102 KB)', () => {
    expect(growthRatio((n) => fill('h1:Ab/', n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
    expect(growthRatio((n) => fill(`sha256-${'A'.repeat(43)}= `, n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
  });
});
