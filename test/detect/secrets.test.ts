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
      // One character glued on is a near miss of the format (policy P1, secrets10), four are no key id.
      expect(detectSecrets(`id ${id}x`).map((f) => f.rule)).toEqual([`aws-${prefix.toLowerCase()}-near-miss`]);
      expect(found(`id ${id}XQZW`)).toEqual([]);
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
  it.each([
    '-----BEGIN ', '-----BEGIN PRIVATE KEY-----\n', 'eyJ', 'eyJabc.', 'key=', 'password: x ', 'Bearer ', 'AKIA', 'ghp_', 'a:', 'aB3', '7',
    // forms added for the generic scans
    '--password ', '-', ' -p', 'mysql -p', 'password "', '"', "'", '==', '"a1!" == ', 'password == "', 'x[', ']',
    'Private-Lines: 1\n', 'OpenVPN Static key ', 'ConvertTo-SecureString "', 'jdbc:oracle:thin:', 'abc_', 'sk-', 'aB3dE5fG7hJ9kL1m', 'api key ', '+/', '0x',
    // credentials in prose, shell and URL forms
    'password is ', 'password for the ', 'mot de passe est ', 'docker login -p ', 'sshpass -p x', 'htpasswd -b f u ', 'net user a ', 'echo "a:bcdef" | ', '-uadmin:', 'https://aB3dE5fG7hJ9kL1mN2pQ4', '://:x@', '<password>', 'pwd', 'my api key is a1', 'Authorization: X ',
  ])('%j', (unit) => {
    expect(growthRatio((n) => fill(unit, n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
  });
});

describe('secrets in the forms of many languages (values built at run time)', () => {
  const r = rng(77);
  /** A random password of letters, digits and symbols, never a word or a placeholder. */
  const password = () => `${alnum(r, 5)}${'!#%&*+?@^~'[Math.floor(r() * 10)]}${alnum(r, 4)}7`;
  /** A random token of 24 mixed characters (upper, lower, digits). */
  const token = () => {
    let t = '';
    while (!(/[A-Z]/.test(t) && /[a-z]/.test(t) && /\d.*\d/.test(t))) t = alnum(r, 24);
    return t;
  };
  const value = (text: string, v: string) => expect(found(text).some((f) => f.endsWith(`:${v}`))).toBe(true);

  it('assignments and comparisons across languages', () => {
    for (let i = 0; i < 20; i++) {
      const p = password();
      const t = token();
      value(`if (db_password == "${p}") {`, p); // C, Java, JS
      const long = `${p}${alnum(r, 6)}`; // names other than passwords take 16 characters and more
      value(`if ("${long}" === secret) {`, long); // literal first
      value(`if (api_key !== '${long}') return;`, long);
      value(`$passwords[] = "${p}";`, p); // PHP array append
      value(`password = @"${p}";`, p); // C# verbatim string
      value(`secret_key = r"${t}"`, t); // Python raw string
      value(`$password = \\"${p}\\";`, p); // escaped quotes inside a string
      value(`credentials {\n  username "deploy"\n  password "${p}"\n}`, p); // Gradle
      value(`apikey_myservice: "${t}"`, t); // a secret word inside the name
      value(`mot_de_passe = "${p}"`, p); // French
      value(`contraseña: "${p}"`, p); // Spanish
      value(`passwort := "${p}"`, p); // German, Go-style
    }
  });

  it('command-line flags and shell forms', () => {
    for (let i = 0; i < 20; i++) {
      const p = password().replace(/[!#&*?^~@]/g, 'x');
      const t = token();
      value(`deploy --api-key ${t} --region eu`, t);
      value(`deploy --api-key="${t}"`, t);
      value(`Connect-Server -User admin -Password ${p}`, p);
      value(`mysql -u root -p${p} shop`, p);
      value(`sshpass -p '${p}' ssh deploy@host`, p);
      value(`$sec = ConvertTo-SecureString "${p}" -AsPlainText -Force`, p);
      value(`jdbc:oracle:thin:scott/${p}@db.internal:1521:ORCL`, p);
    }
  });

  it('a random token near a secret word, and a 64-hex key near a key word', () => {
    // Weak evidence: a random token that reads like words (about 2% of them) is let go.
    let hits = 0;
    for (let i = 0; i < 50; i++) {
      const t = token();
      const a = `{"method": "auth.login_with_api_key", "params": ["${t}"]}`;
      const b = `{"name": "api_key",\n "value": "${t}"}`;
      if (found(a).includes(`GENERIC_SECRET:${t}`) && found(b).includes(`GENERIC_SECRET:${t}`)) hits++;
    }
    expect(hits).toBeGreaterThanOrEqual(45);
    for (let i = 0; i < 20; i++) {
      const hex = `0x${alnum(r, 64, '0123456789abcdef')}`;
      value(`oops, my wallet private key: ${hex}`, hex);
      // The same hex as a transaction hash is no key.
      expect(found(`transaction hash ${hex} confirmed, wallet credited`)).toEqual([]);
    }
  });

  it('keys of unknown providers in the <prefix>_<random> shape', () => {
    for (let i = 0; i < 20; i++) {
      const t = `${alnum(r, 3, 'abcdefghijklmnopqrstuvwxyz')}_live_${token()}${token()}`;
      value(`use ${t} for payments`, t);
    }
  });

  it('PuTTY and OpenVPN key files, unsigned JWTs', () => {
    const b64 = () => alnum(r, 64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/');
    const putty = `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPublic-Lines: 1\n${b64()}\nPrivate-Lines: 2\n${b64()}\n${b64()}\nPrivate-MAC: ${alnum(r, 64, '0123456789abcdef')}`;
    expect(detectSecrets(putty).map((e) => e.type)).toContain('PRIVATE_KEY');
    const hexLines = Array.from({ length: 16 }, () => alnum(r, 32, '0123456789abcdef')).join('\n');
    const ovpn = `-----BEGIN OpenVPN Static key V1-----\n${hexLines}\n-----END OpenVPN Static key V1-----`;
    expect(found(`<tls-auth>\n${ovpn}\n</tls-auth>`)).toEqual([`PRIVATE_KEY:${ovpn}`]);
    const unsigned = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url({ sub: alnum(r, 8), role: 'admin' })}`;
    expect(found(`cookie ${unsigned} end`)).toEqual([`JWT:${unsigned}`]);
  });

  it('code is not a value: identifiers, members, calls, annotations, type names', () => {
    const code = [
      'password: options.password,',
      'parsed.password = decodeURIComponent(password);',
      'export declare function scrypt(password: KDFInput, salt: KDFInput): Uint8Array;',
      'type Pass = IsEmptyObject<{}>;',
      'module.exports.setThePassword = function (url, pass) {',
      "if (typeof pass === 'object' && pass !== null) {",
      'password: real_key',
      'export type LibrariesDocumentsPatchV1Request = { id: string };',
      'const r = await client.connectorCallToolV1RequestToJSON(x); // token',
      'resp = this.#options.RESP ?? types_1.DEFAULT_RESP; // auth',
      "opts.auth = 'username:password'",
      'token = os.environ["API_TOKEN"]',
      'secret_key_id = "AKSK-7f3a"',
      'password_length = 128',
      'GITHUB_COMMIT=9fceb02d0ae598e95dc970b74767f19372d61af8',
    ];
    for (const c of code) expect([c, found(c)]).toEqual([c, []]);
  });

  it('base64 data does not make keys by chance', () => {
    const blob = Array.from({ length: 40 }, () => alnum(r, 64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')).join('');
    expect(found(`const wasm = "${blob}";`)).toEqual([]);
  });

  it('placeholders stay placeholders in the new forms', () => {
    for (const c of [
      'if (password == "changeme") {',
      'deploy --api-key YOUR_API_KEY',
      'deploy --token ${TOKEN}',
      'cfat_aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStT03fa099b',
      'password = "somefakekey"',
      'ibm_key = "abcd1234abcd1234abcd1234ABCD1234ABCD1234--__extra"',
      'ssk-ant-api04-NotARealKeyButLooksLikeOne',
      'password: \',.:-¨@*¿?!\'',
    ]) {
      expect([c, found(c)]).toEqual([c, []]);
    }
  });
});
