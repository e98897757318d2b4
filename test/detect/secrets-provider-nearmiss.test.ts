/**
 * The provider near-miss policy (secrets10 round, bench/data/README-secrets.md): P1, a provider's prefix followed
 * by random key material of about the format's length is a key even when its checksum, length or one character is
 * off; P2, a format without a prefix (Discord bot tokens) is told by its structure only; P3, a prefix followed by
 * words, a placeholder or a short body is none. Tokens are built at run time.
 */
import { detectSecrets, patternLengths } from '../../src/detect/secrets.js';
import { discordIdPartValid } from '../../src/detect/secret-rules.js';
import { alnum, rng } from './pii-gen.js';
import { growthRatio, linearBound } from '../helpers/growth.js';

const rand = rng(101011);
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = `${B62}-_`;
const HEX = '0123456789abcdef';
const rules = (text: string): string[] => detectSecrets(text).map((e) => e.rule ?? e.type);
/** A random body with upper case, lower case and digits (a draw without all three is drawn again). */
const body = (n: number, alphabet = B62): string => {
  for (;;) {
    const v = alnum(rand, n, alphabet);
    if (alphabet !== B62 || (/[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9]/.test(v))) return v;
  }
};

describe('patternLengths', () => {
  it.each([
    ['[A-Za-z0-9]{36}', 36, 36],
    ['[A-Za-z0-9_-]{20,64}', 20, 64],
    ['[A-Za-z0-9]{22}_[A-Za-z0-9]{59}', 82, 82],
    ['(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}', 46, 46],
    ['(?:dev-)?[A-Za-z0-9]{32}', 32, 36],
    ['[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}', 66, 66],
    ['[a-fA-F0-9]{32}(?:-[0-9])?', 32, 34],
    ['[A-Za-z0-9](?:[A-Za-z0-9]{25,26}|[A-Za-z0-9]{23})\\.x', 26, 29],
    ['[0-9]+', 1, Infinity],
  ])('%s is %d to %d characters', (pattern, min, max) => {
    expect(patternLengths(pattern)).toEqual([min, max]);
  });
});

describe('P1: near misses of prefixed formats are keys', () => {
  const cases: Array<[string, string, string]> = [
    ['GitHub, one character short', `ghp_${body(35)}`, 'github-personal-access-near-miss'],
    ['GitHub, two characters long', `ghp_${body(38)}`, 'github-personal-access-near-miss'],
    ['GitHub, a dash inside', `ghp_${body(17)}-${body(18)}`, 'github-personal-access-near-miss'],
    ['npm, one short', `npm_${body(35)}`, 'npm-near-miss'],
    ['Shopify, a g among the hex', `shpat_${alnum(rand, 15, HEX)}g${alnum(rand, 16, HEX)}`, 'shopify-shpat-near-miss'],
    ['Shopify, two long', `shpat_${alnum(rand, 34, HEX)}`, 'shopify-shpat-near-miss'],
    ['Databricks, one short', `dapi${alnum(rand, 31, HEX)}`, 'databricks-near-miss'],
    ['Google, a dot inside', `AIza${body(20, B64URL)}.${body(14, B64URL)}`, 'google-api-near-miss'],
    ['Hugging Face, a digit among the letters', `hf_${alnum(rand, 20, B62.slice(0, 52))}7${alnum(rand, 13, B62.slice(0, 52))}`, 'huggingface-near-miss'],
    ['SendGrid, the second part short', `SG.${body(22, B64URL)}.${body(41, B64URL)}`, 'sendgrid-near-miss'],
    ['AWS key id, one long', `AKIA${alnum(rand, 17, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`, 'aws-akia-near-miss'],
  ];
  it.each(cases)('%s', (_, token, rule) => {
    for (const text of [token, `Is ${token} in the right format?`, `"${token}"`]) {
      const found = detectSecrets(text);
      expect(found.map((e) => e.rule)).toContain(rule);
      const f = found.find((e) => e.rule === rule)!;
      expect(text.slice(f.start, f.end)).toBe(token);
      expect(f.score).toBeLessThan(0.9);
    }
  });

  it('a valid token is still reported by its own row, not as a near miss', () => {
    expect(rules(`shpat_${alnum(rand, 32, HEX)}`)).toEqual(['shopify-shpat']);
    expect(rules(`dapi${alnum(rand, 32, HEX)}`)).toEqual(['databricks']);
  });
});

describe('P3: a prefix with words, a placeholder or too little material is no key', () => {
  it.each([
    'ghp_your_github_token_here',
    `ghp_${'x'.repeat(36)}`,
    'ghp_abc123XYZ',
    'shpat_0123456789abcdef0123456789abcde',
    'dapi_cluster_settings_overview_2024',
    'AIzaSyThisIsNotARealKeyForTheDocs',
    'What does the glpat- prefix mean in these strings?',
    'key-value-store-for-session-cache-v2',
  ])('%s', (text) => {
    expect(detectSecrets(text).filter((e) => e.rule?.endsWith('-near-miss'))).toEqual([]);
  });

  it('two-letter and three-letter prefixes without punctuation take no near misses (SK, cio, oy2)', () => {
    expect(rules(`SK${alnum(rand, 31, HEX)}`)).toEqual([]);
    expect(rules(`oy2${alnum(rand, 42, 'abcdefghijklmnopqrstuvwxyz0123456789')}`)).toEqual([]);
  });

  it('a password hash near miss is no API key', () => {
    expect(detectSecrets(`$2b$10$${body(20)}`).filter((e) => e.rule?.endsWith('-near-miss'))).toEqual([]);
  });
});

describe('P2: Discord bot tokens are told by their structure', () => {
  const id = (digits: number): string => Buffer.from(String(1 + Math.floor(rand() * 9)) + alnum(rand, digits - 1, '0123456789')).toString('base64url');
  const token = (idPart: string, ts = 6, mac = 27): string => `${idPart}.${alnum(rand, ts, B64URL)}.${alnum(rand, mac, B64URL)}`;

  it.each([18, 19, 20])('a %d-digit id with a 27- or 38-character signature is a token', (digits) => {
    for (const mac of [27, 38]) expect(rules(`bot: ${token(id(digits), 6, mac)}`)).toContain('discord-bot');
  });

  it.each([
    ['a signature of 26', () => token(id(18), 6, 26)],
    ['a signature of 31', () => token(id(18), 6, 31)],
    ['an id part of 25 (no whole bytes)', () => token(`${id(18)}A`)],
    ['an id part whose last byte is no digit', () => token(`${id(19)}U`)],
    ['an id part opening with no digit', () => token(`P${alnum(rand, 23, B62)}`)],
    ['a timestamp part of 7', () => token(id(18), 7)],
  ])('%s is none', (_, make) => {
    expect(rules(make())).not.toContain('discord-bot');
  });

  it('discordIdPartValid reads the first and last decoded characters', () => {
    expect(discordIdPartValid(`${Buffer.from('198622483471925248').toString('base64url')}.x.y`)).toBe(true);
    expect(discordIdPartValid(`${Buffer.from('19862248347192524A').toString('base64url')}.x.y`)).toBe(false);
    expect(discordIdPartValid(`${Buffer.from('A98622483471925248').toString('base64url')}.x.y`)).toBe(false);
  });
});

describe('near-miss reading stays linear', () => {
  it('on prefixes repeated without a break and on prefixes each followed by long material', () => {
    expect(growthRatio((n) => 'ghp_'.repeat(n), detectSecrets, 4_000, { runs: 9 })).toBeLessThan(linearBound());
    expect(growthRatio((n) => `ghp_${'aB3'.repeat(30)} `.repeat(Math.ceil(n / 95)), detectSecrets, 16_000, { runs: 9 })).toBeLessThan(linearBound());
    expect(growthRatio((n) => `AIza${'a.B'.repeat(n)}`, detectSecrets, 4_000, { runs: 9 })).toBeLessThan(linearBound());
  });
});
