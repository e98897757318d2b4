/**
 * Okta's SSWS authorization scheme and Apache htdigest lines (secrets9 round), written from the formats'
 * documentation (Okta: `Authorization: SSWS <API token>`, 42 characters opening with `00`; httpd: `htdigest`
 * writes `user:realm:MD5(user:realm:password)`). Tokens and hashes are built at run time.
 */
import { createHash } from 'node:crypto';
import { detectSecrets } from '../../src/detect/secrets.js';
import { alnum, rng } from './pii-gen.js';
import { fill, growthRatio, linearBound } from '../helpers/growth.js';

const rand = rng(9393);
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
const rules = (text: string): string[] => detectSecrets(text).map((e) => e.rule ?? e.type);
const digest = (user: string, realm: string, password: string): string => createHash('md5').update(`${user}:${realm}:${password}`).digest('hex');

describe('Okta API tokens in the SSWS scheme', () => {
  it('are reported in a header and in curl', () => {
    const token = `00${alnum(rand, 40, B64URL)}`;
    for (const text of [`Authorization: SSWS ${token}`, `curl -H "Authorization: SSWS ${token}" https://dev-1.okta.com/api/v1/users`]) {
      const found = detectSecrets(text).filter((e) => e.rule === 'okta-ssws');
      expect(found).toHaveLength(1);
      expect(text.slice(found[0]!.start, found[0]!.end)).toBe(token);
    }
  });

  it('a token of the wrong length or opening, or the scheme named in prose, is no Okta token', () => {
    expect(rules(`Authorization: SSWS 00${alnum(rand, 39, B64URL)}`)).not.toContain('okta-ssws');
    expect(rules(`Authorization: SSWS 11${alnum(rand, 40, B64URL)}`)).not.toContain('okta-ssws');
    expect(detectSecrets('Okta uses the SSWS scheme: Authorization: SSWS {{apiKey}}')).toEqual([]);
  });
});

describe('htdigest lines', () => {
  it('report the hash of each user:realm:hash line', () => {
    const text = `$ cat .htdigest\nalice:Restricted Area:${digest('alice', 'Restricted Area', 'x7#Qa9!p')}\nbob:example.com:${digest('bob', 'example.com', 'hunter22')}\n`;
    const found = detectSecrets(text).filter((e) => e.rule === 'htdigest');
    expect(found).toHaveLength(2);
    for (const f of found) expect(text.slice(f.start, f.end)).toMatch(/^[a-f0-9]{32}$/);
  });

  it.each<[string, (h: string) => string]>([
    ['grep output (a file and a line number)', (h) => `src/app.ts:12:${h}`],
    ['a realm of digits', (h) => `cache.key:42:${h}`],
    ['words after the hash', (h) => `alice:realm:${h} trailing words`],
    ['an upper-case hash', (h) => `alice:realm:${h.toUpperCase()}`],
    ['a hash one digit short', (h) => `alice:realm:${h.slice(1)}`],
    ['a URL with a port', (h) => `The md5 is at https://example.com:8080/${h}`],
  ])('%s is no htdigest line', (_name, make) => {
    expect(rules(make(digest('alice', 'realm', 'pw')))).not.toContain('htdigest');
  });

  it('costs linear time on many colons and hex runs (12.8 KB to 102 KB)', () => {
    const h = digest('a', 'b', 'c');
    expect(growthRatio((n) => fill(`a:${h} `, n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
    expect(growthRatio((n) => `${'x'.repeat(n)}:${h}`, detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
    expect(growthRatio((n) => fill(`u:r:${h}\n`, n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
  });
});
