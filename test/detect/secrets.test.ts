import { createSecretDetector, createSecretScanner, detectSecrets, shannonEntropy } from '../../src/detect/secrets.js';
import { GuardConfigError } from '../../src/core/errors.js';
import { alnum, rng } from './pii-gen.js';
import { fill, growthRatio, linearBound } from '../helpers/growth.js';

// Every fake secret below is assembled at runtime from random characters; none is a literal in the source.
const rand = rng(2024);
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const mistralKey = () => {
  let k = '';
  while (!(/[A-Z]/.test(k) && /[a-z]/.test(k) && /\d/.test(k))) k = alnum(rand, 32);
  return k;
};
const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

function found(text: string): string[] {
  return detectSecrets(text).map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
}

describe('secret types', () => {
  it('Mistral keys in assignments, headers and alone', () => {
    const key = mistralKey();
    expect(found(`MISTRAL_API_KEY=${key}`)).toEqual([`MISTRAL_API_KEY:${key}`]);
    expect(found(`export MISTRAL_API_KEY="${key}"`)).toEqual([`MISTRAL_API_KEY:${key}`]);
    expect(found(`Authorization: Bearer ${key}\r\n`)).toEqual([`MISTRAL_API_KEY:${key}`]);
    expect(found(`curl -H 'Authorization: Bearer ${key}' https://api.mistral.ai`)).toEqual([`MISTRAL_API_KEY:${key}`]);
    expect(found(`my key is ${key}, is it valid?`)).toEqual([`MISTRAL_API_KEY:${key}`]);
  });

  it('AWS access key ids', () => {
    for (const prefix of ['AK' + 'IA', 'AS' + 'IA']) {
      const id = prefix + alnum(rand, 16, UPPER_DIGITS);
      expect(found(`aws_access_key_id = ${id}`)).toContainEqual(`AWS_ACCESS_KEY:${id}`);
      expect(found(`id ${id}x`)).toEqual([]);
    }
  });

  it('GitHub tokens', () => {
    for (const p of ['ghp', 'gho', 'ghs', 'ghu', 'ghr']) {
      const t = `${p}_${alnum(rand, 36)}`;
      expect(found(`token ${t}.`)).toEqual([`GITHUB_TOKEN:${t}`]);
    }
    const pat = `github_pat_${alnum(rand, 22)}_${alnum(rand, 59)}`;
    expect(found(`use ${pat}`)).toEqual([`GITHUB_TOKEN:${pat}`]);
    expect(found('ghp_short')).toEqual([]);
  });

  it('JWTs need a JSON header with alg', () => {
    const jwt = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: 'u1', iat: 1 })}.${alnum(rand, 43)}`;
    expect(found(`token: ${jwt}.`)).toEqual([`JWT:${jwt}`]);
    expect(found(`Authorization: Bearer ${jwt}`)).toEqual([`JWT:${jwt}`]);
    const noAlg = `${b64url({ typ: 'JWT' })}.${b64url({ sub: 'u1' })}.${alnum(rand, 43)}`;
    expect(found(`see ${noAlg}`)).toEqual([]);
  });

  it('private key blocks, whole and truncated', () => {
    const body = Array.from({ length: 4 }, () => alnum(rand, 64)).join('\n');
    for (const kind of ['', 'RSA ', 'EC ', 'OPENSSH ', 'ENCRYPTED ']) {
      const block = `-----BEGIN ${kind}PRIVATE KEY-----\n${body}\n-----END ${kind}PRIVATE KEY-----`;
      expect(found(`here:\n${block}\nthanks`)).toEqual([`PRIVATE_KEY:${block}`]);
    }
    const truncated = `-----BEGIN PRIVATE KEY-----\n${body}`;
    expect(found(`oops ${truncated}\n\nwhat now?`)).toEqual([`PRIVATE_KEY:${truncated}`]);
    expect(found('-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----')).toEqual([]);
  });

  it('generic high-entropy values under secret-like names', () => {
    const v = alnum(rand, 28);
    expect(found(`STRIPE_SECRET=${v}`)).toEqual([`GENERIC_SECRET:${v}`]);
    expect(found(`{"client_secret": "${v}"}`)).toEqual([`GENERIC_SECRET:${v}`]);
    expect(found(`db_token: '${v}'`)).toEqual([`GENERIC_SECRET:${v}`]);
    expect(found(`password=${'Tr0ub4dor' + '&3'}`)).toEqual([`GENERIC_SECRET:Tr0ub4dor&3`]);
    expect(found(`pwd: ${'s3' + 'cr3t!x'}`)).toEqual(['GENERIC_SECRET:s3cr3t!x']);
  });

  it('no English words, placeholders, references or low-entropy values', () => {
    for (const text of [
      'password: required',
      'Password: changeme',
      'API_KEY=your_api_key_here',
      'SECRET_KEY=os.environ["SECRET_KEY"]',
      'token = ${TOKEN}',
      'const token: string = getToken();',
      'MY_KEY=aaaaaaaaaaaaaaaaaaaaaaaa',
      'AUTH_TOKEN=<token>',
      'key: the main thing is to keep going',
      'if (password == other) return',
      'secret=xxxxxxxxxxxxxxxxxxxx',
      'The monkey: bananas',
      'primary_key: id',
    ]) {
      expect(found(text)).toEqual([]);
    }
  });

  it('a 32-character hex digest or lower-case word run is not a Mistral key', () => {
    expect(found(`md5 ${alnum(rand, 32, '0123456789abcdef')}`)).toEqual([]);
    expect(found('a'.repeat(32))).toEqual([]);
  });
});

describe('API and options', () => {
  it('createSecretDetector returns Detections of kind secret', () => {
    const key = mistralKey();
    expect(createSecretDetector()(`MISTRAL_API_KEY=${key}`)).toEqual([{ kind: 'secret', type: 'MISTRAL_API_KEY', start: 16, end: 48, score: expect.any(Number) }]);
  });

  it('types filter, bare keys toggle, config errors', () => {
    const key = mistralKey();
    expect(createSecretScanner({ types: ['JWT'] })(`MISTRAL_API_KEY=${key}`)).toEqual([]);
    expect(createSecretScanner({ bareMistralKeys: false })(`my key ${key}`)).toEqual([]);
    expect(() => createSecretScanner({ types: ['NOPE' as never] })).toThrow(GuardConfigError);
    expect(() => createSecretScanner({ minEntropy: -1 })).toThrow(GuardConfigError);
  });

  it('entropy', () => {
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBe(2);
  });
});

describe('adversarial inputs cost linear time (12.5 KB to 100 KB)', () => {
  it.each(['-----BEGIN ', '-----BEGIN PRIVATE KEY-----\n', 'eyJ', 'eyJabc.', 'key=', 'password: x ', 'Bearer ', 'AKIA', 'ghp_', 'a:', 'aB3', '7'])('%j', (unit) => {
    expect(growthRatio((n) => fill(unit, n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
  });
});
