/**
 * Provider breadth, placeholders and the forms of a Mistral key. Every token here is assembled at run
 * time from random characters shaped by the rule's own description (prefix + alphabet + length), so no
 * realistic literal sits in the source.
 */
import { PREFIX_RULES, KEYWORD_RULES, crc32, githubChecksumValid } from '../../src/detect/secret-rules.js';
import { detectSecrets, isPlaceholderSecret, SECRET_TYPES } from '../../src/detect/secrets.js';
import { scanInput } from '../../src/scan/api.js';
import { alnum, rng } from './pii-gen.js';

const rand = rng(4242);
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

/** A random string matching a rule body made of `[class]{n}` / `[class]{m,n}` parts and literals. */
function sample(body: string): string | undefined {
  let out = '';
  const re = /\[([^\]]+)\]\{(\d+)(?:,(\d*))?\}|\\\.|\\\$|\(\?:([^)]*)\)\??|([^[\\(]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    if (m[1] !== undefined) {
      const cls = m[1];
      const alphabet = [...new Set(cls.replace(/a-z/g, 'abcdefghijklmnopqrstuvwxyz').replace(/A-Z/g, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ').replace(/0-9/g, '0123456789').replace(/a-f/g, 'abcdef').replace(/A-F/g, 'ABCDEF').replace(/a-h/g, 'abcdefgh').replace(/2-7/g, '234567').replace(/\\/g, ''))].filter((c) => /[A-Za-z0-9_\-./+=~,$%@]/.test(c)).join('');
      const min = Number(m[2]);
      const max = m[3] === undefined ? min : m[3] === '' ? min + 8 : Number(m[3]);
      out += alnum(rand, Math.min(max, Math.max(min, min + Math.floor(rand() * 4))), alphabet);
    } else if (m[0] === '\\.') out += '.';
    else if (m[0] === '\\$') out += '$';
    else if (m[4] !== undefined) {
      if (m[0].endsWith('?')) continue;
      const alt = m[4].split('|')[0]!;
      const inner = sample(alt);
      if (inner === undefined) return undefined;
      out += inner;
    } else if (m[5] !== undefined) {
      if (/[*+?{}|]/.test(m[5])) return undefined;
      out += m[5];
    }
  }
  return out;
}

describe('provider rules', () => {
  it('cover at least 100 providers, each row with an id, a reason and a compilable pattern', () => {
    const providers = new Set([...PREFIX_RULES.map((r) => r.provider), ...KEYWORD_RULES.map((r) => r.provider)]);
    expect(providers.size).toBeGreaterThanOrEqual(100);
    const ids = [...PREFIX_RULES.map((r) => r.id), ...KEYWORD_RULES.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of PREFIX_RULES) {
      expect(r.why.length).toBeGreaterThan(3);
      expect(() => new RegExp(r.body, 'y')).not.toThrow();
      // Bounded quantifiers only (linear on any input).
      expect(r.body.replace(/\[[^\]]*\]/g, 'C')).not.toMatch(/(?<!\\)[*+]|\{\d+,\}/);
    }
  });

  it.each(PREFIX_RULES.filter((r) => r.prefix.length >= 2).map((r) => [r.id, r] as const))('%s: a random token of its shape is found, alone and assigned', (_id, rule) => {
    // Random bodies: most pass the entropy and placeholder checks; at least one of eight must be found.
    let found = 0;
    for (let attempt = 0; attempt < 8; attempt++) {
      const body = sample(rule.body);
      // A body shape this small sampler cannot build is left to the corpus bench.
      if (body === undefined || !new RegExp(`^(?:${rule.body})$`).test(body)) return;
      const token = rule.prefix + body;
      if (isPlaceholderSecret(body)) continue;
      if (detectSecrets(`here: ${token} end`).some((f) => f.type === rule.type) && detectSecrets(`TOKEN="${token}"`).length > 0) found++;
    }
    expect(found).toBeGreaterThan(0);
  });

  it.each(PREFIX_RULES.filter((r) => r.prefix.length >= 2).map((r) => [r.id, r] as const))('%s: placeholders of its shape (one character repeated, EXAMPLE) are no finding', (_id, rule) => {
    const body = sample(rule.body);
    if (body === undefined) return;
    const first = /[A-Za-z0-9]/.exec(body)?.[0] ?? 'x';
    for (const fake of [body.replace(/[A-Za-z0-9]/g, first), body.replace(/[A-Za-z0-9]/g, 'x')]) {
      const token = rule.prefix + fake;
      expect(detectSecrets(`here: ${token} end`)).toEqual([]);
      // Assigned, the whole value is also judged as a secret (a URL prefix such as a webhook host brings
      // its own variety): only this row must stay silent.
      expect(detectSecrets(`TOKEN="${token}"`).filter((f) => f.rule === rule.id)).toEqual([]);
    }
    // EXAMPLE in a random body: not this provider's token (the random rest may still hold a key shape).
    const example = `${rule.prefix}EXAMPLE${body.slice(7)}`;
    expect(detectSecrets(`here: ${example} end`).filter((f) => f.rule === rule.id)).toEqual([]);
  });

  it("GitHub's CRC-32 raises the score of a real-format token to 1", () => {
    const entropy = alnum(rand, 30, B62);
    const n = crc32(entropy);
    let checksum = '';
    for (let v = n; v > 0; v = Math.floor(v / 62)) checksum = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'[v % 62] + checksum;
    const token = `ghp_${entropy}${checksum.padStart(6, '0')}`;
    expect(githubChecksumValid(token)).toBe(true);
    expect(detectSecrets(token)[0]!.score).toBe(1);
    const broken = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    expect(githubChecksumValid(broken)).toBe(false);
    expect(detectSecrets(broken)[0]!.score).toBeLessThan(1);
  });

  it('keyword rows: a value of the shape under a name of the provider', () => {
    expect(detectSecrets(`DD_API_KEY=${alnum(rand, 32, HEX)}`)[0]?.rule).toBe('datadog');
    expect(detectSecrets(`BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${alnum(rand, 8, HEX)}:${alnum(rand, 8, HEX)}`)[0]?.rule).toBe('sidekiq');
    expect(detectSecrets(`heroku_api_key = "${crypto.randomUUID()}"`)[0]?.rule).toBe('heroku-legacy');
  });

  it.each([
    ['freshdesk', 'FRESHDESK_API_KEY', () => alnum(rand, 20, B62)],
    ['linkedin', 'LINKEDIN_CLIENT_SECRET', () => alnum(rand, 16, B62)],
    ['ovh', 'OVH_APPLICATION_SECRET', () => alnum(rand, 32, B62)],
    ['backblaze', 'B2_APPLICATION_KEY', () => `K${alnum(rand, 3, '0123456789')}${alnum(rand, 27, B62)}`],
    ['drone', 'DRONE_TOKEN', () => alnum(rand, 32, B62)],
    ['railway', 'RAILWAY_TOKEN', () => crypto.randomUUID()],
    ['mixpanel', 'MIXPANEL_API_SECRET', () => alnum(rand, 32, HEX)],
    ['amplitude', 'AMPLITUDE_SECRET_KEY', () => alnum(rand, 32, HEX)],
    ['fastly', 'FASTLY_API_TOKEN', () => alnum(rand, 32, B62 + '_-')],
    ['azure-search', 'AZURE_SEARCH_ADMIN_KEY', () => `${alnum(rand, 52, B62)}AzSe${alnum(rand, 4, B62)}`],
  ] as const)('keyword row %s: a generated value under %s is found; a placeholder is not', (id, name, make) => {
    let found = 0;
    for (let i = 0; i < 4; i++) {
      const v = make();
      if (detectSecrets(`${name}="${v}"`).some((f) => f.rule === id || f.type === 'GENERIC_SECRET')) found++;
    }
    expect(found).toBeGreaterThan(0);
    const shape = make();
    expect(detectSecrets(`${name}="${shape.replace(/[A-Za-z0-9]/g, 'x')}"`)).toEqual([]);
    expect(detectSecrets(`${name}="${shape.replace(/[A-Za-z0-9]/g, '0')}"`)).toEqual([]);
  });

  it('the canonical secret types keep their names and order; new ones are appended', () => {
    expect(SECRET_TYPES.slice(0, 6)).toEqual(['MISTRAL_API_KEY', 'AWS_ACCESS_KEY', 'GITHUB_TOKEN', 'JWT', 'PRIVATE_KEY', 'GENERIC_SECRET']);
    expect(SECRET_TYPES).toContain('API_KEY');
    expect(SECRET_TYPES).toContain('CREDENTIALS');
  });
});

describe('placeholders and documentation examples are never findings', () => {
  it.each([
    `ghp_${'x'.repeat(36)}`,
    'AKIA' + 'IOSFODNN7' + 'EXAMPLE',
    '-----BEGIN PRIVATE KEY-----\nanything',
    '-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----',
    'api_key = "<your-key>"',
    `sk_live_${'0'.repeat(24)}`,
    `xoxb-${'1'.repeat(12)}-${'1'.repeat(12)}-${'a'.repeat(24)}`,
    `Bearer ${'abcdef0123456789'.repeat(2)}`,
    `npm_${'abcdefghijklmnopqrstuvwxyz0123456789'}`,
    'postgres://user:password@localhost:5432/db',
    'mysql://mysql:mysql@localhost/db',
    'curl -u username:password https://api.example.com',
    'https://${USER}:${PASS}@example.com',
    'token: ${GITHUB_TOKEN}',
    'DOTENV_PUBLIC_KEY="034af93e93708b994c10f236c96ef88e47291066946cce2e8d98c9e02c741ced45"',
  ])('%s', (text) => {
    expect(detectSecrets(text)).toEqual([]);
  });

  it('a real key material block is still found, whole and cut short, in a JSON string too', () => {
    const body = Array.from({ length: 3 }, () => alnum(rand, 64, B62 + '+/')).join('\n');
    expect(detectSecrets(`-----BEGIN PRIVATE KEY-----\n${body}`).map((f) => f.type)).toEqual(['PRIVATE_KEY']);
    expect(detectSecrets(`{"private_key": "-----BEGIN PRIVATE KEY-----\\n${body.replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n"}`).map((f) => f.type)).toEqual(['PRIVATE_KEY']);
    const pem = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\n`;
    expect(detectSecrets(`PRIVATE_KEY_B64=${Buffer.from(pem).toString('base64')}`).map((f) => f.type)).toEqual(['PRIVATE_KEY']);
  });
});

describe('credentials in URLs, curl -u, Basic auth, netrc and password flags', () => {
  const pw = () => alnum(rand, 6, 'abcdefghjkmnpqrstuvwxyz') + alnum(rand, 4, '23456789') + '!';
  it.each([
    (p: string) => [`https://admin:${p}@db.example.com/x`, p],
    (p: string) => [`curl -u alice:${p} https://api.example.com`, p],
    (p: string) => [`machine api.example.com login bob password ${p}`, p],
    (p: string) => [`Connect-VIServer -Server host -User admin -Password ${p}`, p],
    (p: string) => [`curl -H 'Authorization: Basic ${Buffer.from(`bob:${p}`).toString('base64')}' https://x.io`, Buffer.from(`bob:${p}`).toString('base64')],
  ])('form %#', (make) => {
    const [text, secret] = make(pw());
    const found = detectSecrets(text!);
    expect(found.map((f) => text!.slice(f.start, f.end))).toContain(secret);
    expect(found[0]!.type).toBe('CREDENTIALS');
  });
});

describe('more credential forms: glued curl -u, empty URL user, a token as URL user, registry logins, XML and prose passwords', () => {
  const pw = () => alnum(rand, 6, 'abcdefghjkmnpqrstuvwxyz') + alnum(rand, 3, '23456789') + 'Q!';
  it.each([
    (p: string) => [`curl -uadmin:${p} https://api.example.com`, p],
    (p: string) => [`redis://:${p}@cache.internal:6379/0`, p],
    (p: string) => [`docker login -u bob -p ${p} registry.example.com`, p],
    (p: string) => [`<password>${p}</password>`, p],
    (p: string) => [`my password is ${p}`, p],
    (p: string) => [`the password for the staging server is "${p}".`, p],
    (p: string) => [`le mot de passe est ${p}`, p],
    (p: string) => [`das Passwort ist ${p}, bitte nicht weitergeben`, p],
    (p: string) => [`sshpass -p ${p} ssh root@host`, p],
    (p: string) => [`htpasswd -bc .htpasswd admin ${p}`, p],
    (p: string) => [`net user admin ${p} /add`, p],
    (p: string) => [`echo "admin:${p}" | sudo chpasswd`, p],
  ])('form %#', (make) => {
    const [text, secret] = make(pw());
    expect(detectSecrets(text!).map((f) => text!.slice(f.start, f.end))).toEqual([secret]);
  });

  it('a random token as the user of a URL', () => {
    const token = alnum(rand, 20, B62) + alnum(rand, 4, '0123456789') + alnum(rand, 16, B62);
    const text = `git clone https://${token}@git.example.com/org/repo.git`;
    expect(detectSecrets(text).map((f) => text.slice(f.start, f.end))).toEqual([token]);
  });

  it.each([
    'The password is case-sensitive.',
    'the password is e-mailed to you',
    'My password is re-used everywhere, is that bad?',
    'the password is base64-encoded',
    'password is sha256(salt+pw)',
    'the password is 8-16 characters long',
    'the password is hashed with argon2id',
    'the password is ${DB_PASSWORD}',
    'docker run -p 8080:80 nginx',
    'net user admin * /add',
    'htpasswd -c .htpasswd admin',
    'https://john.doe@example.com/x',
    'ssh://git@github.com:org/repo',
    'curl -uadmin:password https://x.example.com',
  ])('no finding: %s', (text) => {
    expect(detectSecrets(text)).toEqual([]);
  });
});

describe('a secret named right before its value: one case, hex or a UUID will do', () => {
  const values = [() => alnum(rand, 32, HEX), () => alnum(rand, 40, HEX), () => alnum(rand, 32, 'abcdefghijklmnopqrstuvwxyz0123456789'), () => crypto.randomUUID()];
  it.each([
    (v: string) => `my api key is ${v}`,
    (v: string) => `here's the token: ${v}`,
    (v: string) => `curl -H "Authorization: SSWS ${v}" https://x.example.com`,
    (v: string) => `curl -H "Authorization: GenieKey ${v}" https://x.example.com`,
  ])('form %#', (make) => {
    for (const value of values) {
      const v = value();
      const text = make(v);
      expect(detectSecrets(text).map((f) => text.slice(f.start, f.end))).toEqual([v]);
    }
  });

  it.each([
    (v: string) => `the request id is ${v}`,
    (v: string) => `commit ${v} fixed the token refresh`,
    (v: string) => `token id: ${v}`,
  ])('no finding without the secret right before: %#', (make) => {
    for (const value of values) expect(detectSecrets(make(value()))).toEqual([]);
  });
});

describe('format checks of unprefixed rows', () => {
  it('Discord bot tokens open with the bot id in base64 (M, N or O): other first parts are no token', () => {
    const id = String(1 + Math.floor(rand() * 9)) + alnum(rand, 17, '0123456789');
    const token = `${Buffer.from(id).toString('base64url')}.${alnum(rand, 6, B62)}.${alnum(rand, 27, B62 + '_-')}`;
    expect(detectSecrets(`DISCORD_BOT=${token}`).map((f) => f.rule)).toEqual(['discord-bot']);
    const forged = `P${token.slice(1)}`;
    expect(detectSecrets(`text ${forged} text`).filter((f) => f.rule === 'discord-bot')).toEqual([]);
  });

  it('32 hex digits in mixed case are no Mistral-shaped key (a random base62 key is all hex once in 10^14)', () => {
    const v = alnum(rand, 16, '0123456789abcdef') + alnum(rand, 16, '0123456789ABCDEF');
    expect(detectSecrets(`id ${v} done`)).toEqual([]);
  });
});

describe('a Mistral-shaped key never reaches upstream, in any form', () => {
  const key = () => {
    let k = '';
    while (!(/[A-Z]/.test(k) && /[a-z]/.test(k) && /\d/.test(k))) k = alnum(rand, 32, B62);
    return k;
  };
  const forms: Array<[string, (k: string) => string]> = [
    ['glued prefix sk_', (k) => `sk_${k}`],
    ['glued suffix -prod', (k) => `${k}-prod`],
    ['grouped by 4 with spaces', (k) => k.match(/.{4}/g)!.join(' ')],
    ['grouped by 4 with dashes', (k) => k.match(/.{4}/g)!.join('-')],
    ['dashed every 8', (k) => k.match(/.{8}/g)!.join('-')],
    ['base64', (k) => Buffer.from(k).toString('base64')],
    ['base64 of an assignment', (k) => Buffer.from(`MISTRAL_API_KEY=${k}`).toString('base64')],
    ['bearer header', (k) => `Authorization: Bearer ${k}`],
  ];
  it('quoted in prose: random keys are never read as identifiers (20,000 keys)', () => {
    // A key whose lower-case runs are long looked like words to the run measure alone (4 in 10,000).
    const r = rng(77);
    let missed = 0;
    for (let i = 0; i < 20000; i++) {
      let k = '';
      while (!(/[A-Z]/.test(k) && /[a-z]/.test(k) && /\d/.test(k))) k = alnum(r, 32, B62);
      if (!detectSecrets(`"${k}" is the one`).some((f) => f.start === 1 && f.end === 33)) missed++;
    }
    expect(missed).toBe(0);
  });

  it('identifiers of words are still no keys', () => {
    for (const id of ['LibrariesDocumentsPatchV1Request', 'connectorCallToolV1RequestToJSON', 'listRunsV1WorkflowsRunsGetStatus', 'getWorkflowsV1WorkflowsGetStatus']) {
      expect(detectSecrets(`call ${id} here`)).toEqual([]);
    }
  });

  it.each(forms)('%s', (_name, make) => {
    for (let i = 0; i < 25; i++) {
      const k = key();
      const sent = scanInput(`please use ${make(k)} for the call`, { injection: 'off' }).text;
      expect(sent).not.toContain(k.slice(0, 12));
      expect(sent).not.toContain(k.slice(20));
      expect(sent).not.toContain(Buffer.from(k).toString('base64').slice(0, 24));
    }
  });
});

describe('assignments as code writes them', () => {
  const v = () => alnum(rand, 20, 'abcdefghijkmnpqrstuvwxyz') + alnum(rand, 12, '23456789');
  it.each([
    (x: string) => `var fooToken string = "${x}"`,
    (x: string) => `foo_token ?= '${x}'`,
    (x: string) => `$fooToken .= "${x}";`,
    (x: string) => `<fooApiKey>${x}</fooApiKey>`,
    (x: string) => `String fooSecret = "${x}";`,
    (x: string) => `fooToken := "${x}"`,
    (x: string) => `'foo_api_key' => '${x}',`,
    (x: string) => `{"foo_secret": "${x}"}`,
    (x: string) => `foo_token: ${x}`,
  ])('form %#', (make) => {
    const x = v();
    const text = make(x);
    expect(detectSecrets(text).map((f) => text.slice(f.start, f.end))).toEqual([x]);
  });
});
