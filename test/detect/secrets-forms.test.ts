/**
 * Key stores, provider formats read to the letter, and assignment forms of passwords. Every value is built
 * at run time from random bytes or characters; each rule has a placeholder or near-miss negative.
 */
import { randomBytes } from 'node:crypto';
import { detectSecrets } from '../../src/detect/secrets.js';
import { findBase64Pkcs12, findRawPkcs12, isPkcs12Head } from '../../src/detect/secret-pkcs12.js';
import { alnum, rng } from './pii-gen.js';

const rand = rng(5151);
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** A fake PFX: the RFC 7292 head (version 3, PKCS#7 data) over `size` random bytes. */
function fakePfx(size: number): Buffer {
  const inner = size - 4;
  const head = Buffer.from([0x30, 0x82, (inner >> 8) & 0xff, inner & 0xff, 0x02, 0x01, 0x03, 0x30, 0x82, ((inner - 7) >> 8) & 0xff, (inner - 7) & 0xff, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x01]);
  return Buffer.concat([head, randomBytes(size - head.length)]);
}

const types = (text: string) => detectSecrets(text).map((e) => e.type);

describe('PKCS#12 key stores', () => {
  it('reads the DER head and nothing else', () => {
    expect(isPkcs12Head(fakePfx(1200))).toBe(true);
    const other = fakePfx(1200);
    other[6] = 0x02; // version 2 is no PFX
    expect(isPkcs12Head(other)).toBe(false);
    expect(isPkcs12Head(randomBytes(64))).toBe(false);
  });

  it('finds a base64 store in one line, wrapped at 64 columns, and in a JSON string', () => {
    const b64 = fakePfx(1500).toString('base64');
    const wrapped = b64.match(/.{1,64}/g)!.join('\n');
    for (const text of [`P12=${b64}`, `cert.p12 (base64):\n${wrapped}\nthanks`, JSON.stringify({ pfx: wrapped })]) {
      const found = detectSecrets(text).filter((e) => e.type === 'PRIVATE_KEY');
      expect(found).toHaveLength(1);
      // The whole block, and nothing after it.
      expect(text.slice(found[0]!.start, found[0]!.end).replace(/\\n|\n/g, '')).toBe(b64);
    }
  });

  it('finds the raw bytes read as Latin-1 or as UTF-8 with replacement characters', () => {
    const raw = fakePfx(1400);
    for (const text of [raw.toString('latin1'), `file:\n${raw.toString('utf8')}\n-- end of file, and the rest of the message is plain text again`]) {
      const spans = findRawPkcs12(text);
      expect(spans).toHaveLength(1);
      expect(types(text)).toContain('PRIVATE_KEY');
      expect(text.slice(spans[0]![1])).not.toMatch(/[^\x20-\x7e\n]/);
    }
  });

  it('leaves a truncated head, a short store and look-alike base64 alone', () => {
    expect(findBase64Pkcs12(fakePfx(1500).toString('base64').slice(0, 200))).toEqual([]);
    expect(findRawPkcs12(fakePfx(1500).toString('latin1').slice(0, 300))).toEqual([]);
    expect(findBase64Pkcs12(`MIIabcIBAzCC${'A'.repeat(900)}`)).toEqual([]);
    // An X.509 certificate (version 3 is written a0 03 02 01 02) is no key store.
    expect(types(`MIIDdzCCAl+gAwIBAgIE${alnum(rand, 900)}`)).not.toContain('PRIVATE_KEY');
  });

  it('stays linear on repeated heads', () => {
    // Lines of 64 columns, each opening with a store's head: each would start a block running over all
    // the lines after it; the block is read once and the search goes on after it.
    const line = fakePfx(900).toString('base64').slice(0, 64);
    const count = (n: number) => findBase64Pkcs12(`${line}\n`.repeat(n)).length;
    expect(count(200)).toBe(1);
    expect(count(4000)).toBe(1);
  });
});

describe('provider formats read to the letter', () => {
  it('OpenAI keys carry the T3BlbkFJ marker; a key-shaped string without it is no OpenAI key', () => {
    const key = `sk-proj-${alnum(rand, 74, B64URL)}T3BlbkFJ${alnum(rand, 74, B64URL)}`;
    expect(detectSecrets(key).map((e) => e.rule)).toContain('openai-project');
    const noMarker = `sk-proj-${alnum(rand, 74, B64URL)}T4BlbkFJ${alnum(rand, 74, B64URL)}`;
    expect(detectSecrets(noMarker).map((e) => e.rule)).not.toContain('openai-project');
  });

  it('a fixed-length format followed by more of its characters is longer than the format', () => {
    const body = alnum(rand, 25);
    expect(detectSecrets(`glimt-${body}`).map((e) => e.rule)).toContain('gitlab-incoming-mail');
    expect(detectSecrets(`glimt-${body}_${alnum(rand, 3)}`).map((e) => e.rule)).not.toContain('gitlab-incoming-mail');
    expect(detectSecrets(`glimt-${body}-x`).map((e) => e.rule)).not.toContain('gitlab-incoming-mail');
  });
});

const LOWER36 = 'abcdefghijklmnopqrstuvwxyz0123456789';
// No `,` or `;`: unquoted, they end a value in code.
const SYMBOLS = '!#%&*+:?@^~';
/** A random password with letters, digits and at least two different symbols. */
function password(n: number): string {
  const sym = alnum(rand, 2, SYMBOLS);
  const rest = alnum(rand, n - 4, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz') + alnum(rand, 2, '23456789');
  return rest.slice(0, 3) + sym[0] + rest.slice(3, 7) + (sym[1] === sym[0] ? '!' : sym[1]) + rest.slice(7);
}
const found = (text: string) => detectSecrets(text).map((e) => text.slice(e.start, e.end));

describe('Kubernetes bootstrap tokens', () => {
  const token = () => {
    let secret = '';
    while (!/[0-9]/.test(secret) || !/[a-z]/.test(secret)) secret = alnum(rand, 16, LOWER36);
    return `${alnum(rand, 6, LOWER36)}.${secret}`;
  };

  it('are found after kubeadm, a bootstrap flag or a token word', () => {
    for (let i = 0; i < 20; i++) {
      const t = token();
      for (const text of [`kubeadm join 10.0.0.1:6443 --token ${t} --discovery-token-ca-cert-hash sha256:${alnum(rand, 64, '0123456789abcdef')}`, `--tls-bootstrap-token=${t}`, `the bootstrap token ${t} expires in 24h`]) {
        expect(detectSecrets(text).map((e) => e.rule)).toContain('kubernetes-bootstrap-token');
        expect(found(text)).toContain(t);
      }
    }
  });

  it('many tokens in one line cost in proportion to the text (the context window is read, not the line)', () => {
    const cpu = (n: number) => {
      const text = `token ${token()} `.repeat(n);
      const runs: number[] = [];
      for (let r = 0; r < 3; r++) {
        const t0 = process.cpuUsage();
        expect(detectSecrets(text)).toHaveLength(n);
        const d = process.cpuUsage(t0);
        runs.push(d.user + d.system);
      }
      return runs.sort((a, b) => a - b)[1]!;
    };
    cpu(400);
    // Ten times the tokens: about ten times the CPU; reading back to the start of the line would be a hundred.
    expect(cpu(4000) / Math.max(cpu(400), 1)).toBeLessThan(40);
  });

  it('the documentation token, and the same shape without a Kubernetes or token word, are none', () => {
    expect(detectSecrets('kubeadm join --token abcdef.0123456789abcdef')).toEqual([]);
    const t = token();
    expect(detectSecrets(`see ${t} for details`).map((e) => e.rule)).not.toContain('kubernetes-bootstrap-token');
    // Upper case is no bootstrap token.
    expect(detectSecrets(`kubeadm token ${t.toUpperCase()}`).map((e) => e.rule)).not.toContain('kubernetes-bootstrap-token');
  });
});

describe('passwords written with symbols', () => {
  it('an unquoted value whose brackets close what they did not open is read whole, to the end of its word', () => {
    for (let i = 0; i < 10; i++) {
      const v = `${alnum(rand, 2)}{{${alnum(rand, 1)}}${alnum(rand, 1)})${alnum(rand, 2)}$\{${alnum(rand, 1)}]${alnum(rand, 4)}(${alnum(rand, 3)}[${alnum(rand, 5)}>-_$#${alnum(rand, 6)}}}`;
      for (const form of [`db_pass = ${v}`, `secret := ${v}`, `passwd: ${v},`, `private_key: ${v}"`]) expect(found(form)).toEqual([v]);
    }
  });

  it('code keeps its brackets paired and is no password', () => {
    for (const text of ['password = getPassword(user)', 'token = tokens[i]', 'f(password = arr[i])', 'secret = {a: 1}', 'password = dict(', 'password = (a, b)']) {
      expect(detectSecrets(text)).toEqual([]);
    }
  });

  it('a short shared secret with symbols under a *secret name; compounds, paths and words are none', () => {
    for (let i = 0; i < 10; i++) {
      const v = password(12);
      expect(found(`JWT_SECRET=${v}`)).toEqual([v]);
      expect(found(`client_secret = "${v}"`)).toEqual([v]);
    }
    for (const text of ['SECRET=my-app-secret', 'secret: /etc/ssl/private/key.pem', 'client_secret = "not set"', 'SECRET=a.b_c-d', 'secret = "${CLIENT_SECRET}"']) {
      expect(detectSecrets(text)).toEqual([]);
    }
  });

  it('a value with a colon is judged as user:password only when the part before reads as a user name', () => {
    const v = password(12);
    expect(found(`secret = "A,.:${v}"`)).toEqual([`A,.:${v}`]);
    // `user:password` with a placeholder password stays none.
    expect(detectSecrets('secret = "admin:password"')).toEqual([]);
  });
});

describe('XML name/value pairs', () => {
  it('.NET appSettings, Spring properties and a named entry hold the value of their name', () => {
    for (let i = 0; i < 10; i++) {
      const v = password(14);
      for (const text of [`<add key="Password" value="${v}"/>`, `<property name="db.password" value="${v}" />`, `<entry name="smtp_password">${v}</entry>`]) expect(found(text)).toEqual([v]);
      const key = alnum(rand, 32);
      expect(found(`<add key="StripeSecret" value="${key}" />`)).toEqual([key]);
    }
  });

  it('placeholders, references and settings about the secret are none', () => {
    for (const text of ['<add key="Password" value="changeme"/>', '<property name="db.password" value="${DB_PASSWORD}"/>', '<add key="PasswordLength" value="12345678"/>', '<add key="ApiKeyHeader" value="X-Api-Key-Value"/>', '<entry name="password"></entry>']) {
      expect(detectSecrets(text)).toEqual([]);
    }
  });

  it('stays linear on many unclosed elements', () => {
    // Ten times the text costs about ten times the CPU (a quadratic scan would cost a hundred times).
    const cpu = (n: number) => {
      const text = '<a name="password" '.repeat(n);
      const runs: number[] = [];
      for (let r = 0; r < 3; r++) {
        const t0 = process.cpuUsage();
        detectSecrets(text);
        const d = process.cpuUsage(t0);
        runs.push(d.user + d.system);
      }
      return runs.sort((a, b) => a - b)[1]!;
    };
    cpu(2000);
    expect(cpu(20000) / Math.max(cpu(2000), 1)).toBeLessThan(40);
  });
});

describe('URL queries', () => {
  it('a key in a query ends at the next parameter', () => {
    const key = alnum(rand, 32);
    expect(found(`https://api.example.org/v1?apikey=${key}&q=paris`)).toEqual([key]);
  });
});

describe('Java key stores and Salesforce tokens', () => {
  it('a base64 JKS (magic FEEDFEED, version 2) is a private key; its head alone is not', () => {
    const jks = Buffer.concat([Buffer.from([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2]), randomBytes(1200)]).toString('base64');
    expect(detectSecrets(`keystore.jks: ${jks}`).map((e) => e.rule)).toContain('jks-base64');
    expect(detectSecrets(`keystore.jks: ${jks.slice(0, 120)}`).map((e) => e.rule)).not.toContain('jks-base64');
  });

  it('a Salesforce access token (org id, !, 96 characters) is found; placeholders of its shape are not', () => {
    const token = `00D${alnum(rand, 12)}!${alnum(rand, 96, B64URL.replace('-', '.'))}`;
    expect(detectSecrets(`sf session ${token} ok`).map((e) => e.rule)).toContain('salesforce-session');
    expect(detectSecrets(`00D${alnum(rand, 12)}!${'x'.repeat(96)}`)).toEqual([]);
    expect(detectSecrets(`00D${alnum(rand, 12)}!AQ${'0123456789'.repeat(10)}`).map((e) => e.rule)).not.toContain('salesforce-session');
  });
});

describe('documentation passwords', () => {
  it('a password that names itself, or a documented default, is none in every form', () => {
    for (const v of ['myPassword', 'mysecretpassword', 'my-secret-pw', 'redispassword', 'changeit']) {
      for (const text of [`Server=db;User Id=app;Password=${v};`, `POSTGRES_PASSWORD=${v}`, `mysql://root:${v}@localhost`, `keytool -storepass ${v}`, `password = "${v}"`]) {
        expect(detectSecrets(text)).toEqual([]);
      }
    }
  });

  it('a real password holding the word password, or any random one, is still found', () => {
    for (let i = 0; i < 10; i++) {
      const words = `${alnum(rand, 7, 'abcdefghijklmnopqrstuvwxyz')}-password-${alnum(rand, 7, 'abcdefghijklmnopqrstuvwxyz')}`;
      expect(found(`password = "${words}"`)).toEqual([words]);
      const v = password(12);
      expect(found(`POSTGRES_PASSWORD=${v}`)).toEqual([v]);
    }
  });
});

describe("rows from providers' key documentation", () => {
  const HEXA = '0123456789abcdef';
  const uuidHex = () => `${alnum(rand, 8, HEXA)}-${alnum(rand, 4, HEXA)}-${alnum(rand, 4, HEXA)}-${alnum(rand, 4, HEXA)}-${alnum(rand, 12, HEXA)}`;
  it.each([
    ['adobe-client-secret', 'p8e-', () => alnum(rand, 32)],
    ['defined-networking', 'dnkey-', () => `${alnum(rand, 26, LOWER36)}-${alnum(rand, 52, LOWER36)}`],
    ['newrelic-admin', 'NRAA-', () => alnum(rand, 27, HEXA)],
    ['amazon-mws', 'amzn.mws.', uuidHex],
    ['amazon-oauth-secret', 'amzn1.oa2-cs.v1.', () => alnum(rand, 64, HEXA)],
    ['riot-games', 'RGAPI-', uuidHex],
  ] as const)('%s: a generated token is found by its row; its body in x is not', (id, prefix, body) => {
    const b = body();
    expect(detectSecrets(`key: ${prefix}${b} (rotate monthly)`).map((e) => e.rule)).toContain(id);
    expect(detectSecrets(`key: ${prefix}${b.replace(/[A-Za-z0-9]/g, 'x')}`).map((e) => e.rule)).not.toContain(id);
  });
});
