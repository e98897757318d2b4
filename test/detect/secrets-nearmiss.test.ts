/**
 * Near misses of the secret detector (secrets8 round): names whose last word says the value is about a
 * password (`password_too_short`, `passwordTooltip`), and record keys spelled with a space in prose
 * (`the cache key: user:…:profile`). Each form has its positive next to it: the same value under a name that
 * holds it stays a finding. Values are built at run time.
 */
import { detectSecrets } from '../../src/detect/secrets.js';
import { alnum, rng } from './pii-gen.js';
import { fill, growthRatio, linearBound } from '../helpers/growth.js';

const rand = rng(8118);
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const spans = (text: string): string[] => detectSecrets(text).map((e) => text.slice(e.start, e.end));

describe('names that describe a password rather than hold one', () => {
  it.each(['password_too_short', 'passwordTooLong', 'password_mismatch', 'token_invalid', 'secret_missing', 'passwordTooltip', 'password_description', 'api_key_help', 'PasswordRequirements', 'password_warning', 'passwordFeedback'])(
    'a message under %s is none',
    (name) => {
      expect(detectSecrets(`  ${name}: "Password must be at least 12 characters"`)).toEqual([]);
      expect(detectSecrets(`${name} = 'Your session token has expired, sign in again'`)).toEqual([]);
    },
  );

  it('the same quoted passphrase under a password name is reported', () => {
    const phrase = 'Password must be at least 12 characters';
    expect(spans(`  db_password: "${phrase}"`)).toEqual([phrase]);
  });

  it('a random value under a qualified name whose last word is a secret word is still reported', () => {
    const value = `${alnum(rand, 10, B62)}7${alnum(rand, 10, B62)}`;
    expect(spans(`short_lived_token = "${value}"`)).toEqual([value]);
  });
});

describe('record keys spelled with a space in prose', () => {
  it.each(['cache', 'partition', 'idempotency', 'routing', 'Cache'])('the %s key followed by a namespaced id is none', (word) => {
    expect(detectSecrets(`Found the ${word} key: user:${alnum(rand, 12, HEX)}:profile. Why does it never expire?`)).toEqual([]);
    expect(detectSecrets(`${word} key = "${alnum(rand, 8, B62)}9${alnum(rand, 12, B62)}"`)).toEqual([]);
  });

  it('the same value after an api key, a bare key or a word that names no record is reported', () => {
    for (const lead of ['api key', 'key', 'my key', 'secret key', 'the key']) {
      const value = `${alnum(rand, 8, B62)}9${alnum(rand, 12, B62)}`;
      expect(spans(`${lead} = "${value}"`)).toEqual([value]);
    }
  });
});

describe('identifiers beside credentials (decided in secrets8: not findings)', () => {
  const DIGITS = '0123456789';
  const LOWER = 'abcdefghijklmnopqrstuvwxyz';
  const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

  it('bucket URLs, ARNs, account ids, OAuth client ids, usernames and age recipients are none', () => {
    const bucket = `acme-${alnum(rand, 6, LOWER)}-${alnum(rand, 4, HEX)}`;
    for (const text of [
      `aws s3 cp report.csv s3://${bucket}/2026/ --region eu-west-1`,
      `https://${bucket}.s3.eu-west-1.amazonaws.com/report.csv`,
      `https://storage.googleapis.com/${bucket}/logo.png`,
      `role_arn = arn:aws:iam::${alnum(rand, 12, DIGITS)}:role/deploy`,
      `aws_account_id = ${alnum(rand, 12, DIGITS)}`,
      `client_id = "Iv1.${alnum(rand, 16, HEX)}"`,
      `REACT_APP_AUTH_USERNAME=${alnum(rand, 6, LOWER)}`,
      `recipient: age1${alnum(rand, 58, BECH32)}`,
    ]) expect(detectSecrets(text)).toEqual([]);
  });

  it('the credential next to an identifier is reported, the identifier is left', () => {
    const user = alnum(rand, 6, LOWER);
    const password = `${alnum(rand, 5, B62)}!${alnum(rand, 5, B62)}7`;
    const text = `REACT_APP_AUTH_USERNAME=${user}\nREACT_APP_AUTH_PASSWORD=${password}`;
    expect(spans(text)).toEqual([password]);
  });
});

describe('values that fetch or encrypt the secret', () => {
  it('a shell backtick substitution of a fetching command is none; a backticked literal is reported', () => {
    const file = alnum(rand, 8, 'abcdefghijklmnopqrstuvwxyz');
    for (const text of [`PASSWORD=\`cat /run/secrets/${file}\``, `TOKEN=\`vault kv get -field=token secret/${file}\``, `API_KEY=\`op read op://dev/${file}/credential\``]) expect(detectSecrets(text)).toEqual([]);
    const value = `${alnum(rand, 5, B62)}!${alnum(rand, 5, B62)}7`;
    expect(spans(`PASSWORD=\`${value}\``)).toEqual([value]);
    expect(spans(`const password = \`${value}\`;`)).toEqual([value]);
  });

  // A run of 32 letters and digits stays a Mistral-shaped key wherever it stands (the key contract), so the
  // ciphertext's fields are drawn without one.
  it('a SOPS ciphertext is none; a cleartext value under the same name is reported', () => {
    const b64 = (n: number): string => {
      for (;;) {
        const v = Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256))).toString('base64');
        if (!/[A-Za-z0-9]{32}/.test(v)) return v;
      }
    };
    expect(detectSecrets(`password: ENC[AES256_GCM,data:${b64(18)},iv:${b64(32)},tag:${b64(16)},type:str]`)).toEqual([]);
    const value = `${alnum(rand, 5, B62)}!${alnum(rand, 5, B62)}7`;
    expect(spans(`password: ${value}`)).toEqual([value]);
  });
});

describe('linear time on adversarial input', () => {
  it('many ciphertext fields without an envelope grow linearly', () => {
    const unit = `,iv:${alnum(rand, 10, B62)}+${alnum(rand, 10, B62)} `;
    expect(growthRatio((n) => fill(unit, n), detectSecrets, 12_800, { runs: 7 })).toBeLessThan(linearBound());
  });

  it('many ciphertext fields inside one open envelope grow linearly', () => {
    const unit = `data:${alnum(rand, 10, B62)}+${alnum(rand, 10, B62)},`;
    expect(growthRatio((n) => `password: ENC[AES256_GCM,${fill(unit, n)}`, detectSecrets, 12_800, { runs: 7 })).toBeLessThan(linearBound());
  });
});
