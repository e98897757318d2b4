/**
 * Credential files and configuration forms (secrets7 round): RFC 2307 password hashes (htpasswd `{SHA}`,
 * LDAP `{SSHA}`), `.pgpass` lines, pwdump NT hashes, password directives of Redis and OpenLDAP, commands
 * taking a password (rabbitmqctl, redis-cli, MinIO's mc), GitHub Actions masks, quoted keys and call pairs
 * naming a secret; and documentation JWTs. Every value is built at run time; each form has a near miss
 * (a wrong length, a reference, a comment, prose) that must stay no finding.
 */
import { createHash } from 'node:crypto';
import { detectSecrets } from '../../src/detect/secrets.js';
import { alnum, rng } from './pii-gen.js';
import { fill, growthRatio, linearBound } from '../helpers/growth.js';

const rand = rng(7117);
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const bytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256)));
/** A password a person might choose: letters, digits and a symbol. */
const pw = (): string => `${alnum(rand, 6, B62)}!${alnum(rand, 4, B62)}7`;
const sha1b64 = (): string => createHash('sha1').update(pw()).digest('base64');
const rules = (text: string): string[] => detectSecrets(text).map((e) => e.rule ?? e.type);
const spans = (text: string, id: string): string[] => detectSecrets(text).filter((e) => e.rule === id).map((e) => text.slice(e.start, e.end));
const b64url = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('password hashes of the RFC 2307 schemes', () => {
  it.each<[string, () => string]>([
    ['htpasswd {SHA}', () => `alice:{SHA}${sha1b64()}`],
    ['LDAP {SSHA}', () => `userPassword: {SSHA}${bytes(20 + 8).toString('base64')}`],
    ['Dovecot {SSHA512}', () => `bob:{SSHA512}${bytes(64 + 16).toString('base64')}`],
    ['{SHA256}', () => `carol:{SHA256}${bytes(32).toString('base64')}`],
    ['{MD5}', () => `dave:{MD5}${bytes(16).toString('base64')}`],
    ['{SMD5}', () => `erin:{SMD5}${bytes(16 + 4).toString('base64')}`],
  ])('%s is a credential, the hash reported', (_, make) => {
    const text = make();
    expect(spans(text, 'scheme-password-hash')).toEqual([text.slice(text.indexOf('}') + 1)]);
  });

  it('a digest of the wrong length for its scheme, an unknown scheme or a salted hash without salt is none', () => {
    for (const text of [`alice:{SHA}${bytes(19).toString('base64')}`, `alice:{SHA}${bytes(32).toString('base64')}`, `alice:{SSHA}${bytes(20).toString('base64')}`, `alice:{SHA1024}${bytes(128).toString('base64')}`, `x:{MD5}${bytes(20).toString('base64')}`]) {
      expect(rules(text)).not.toContain('scheme-password-hash');
    }
  });
});

describe('pwdump / secretsdump lines', () => {
  it('the NT hash of a user:RID:LM:NT::: line is reported', () => {
    const nt = alnum(rand, 32, HEX);
    const text = `Administrator:500:aad3b435b51404eeaad3b435b51404ee:${nt}:::\nGuest:501:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::`;
    expect(spans(text, 'ntlm-hash')).toEqual([nt]);
  });

  it('the hash of the empty password and a 31-digit hash are none', () => {
    expect(rules('Guest:501:aad3b435b51404eeaad3b435b51404ee:31d6cfe0d16ae931b73c59d7e0c089c0:::')).toEqual([]);
    expect(rules(`svc:1001:aad3b435b51404eeaad3b435b51404ee:${alnum(rand, 31, HEX)}:::`)).not.toContain('ntlm-hash');
  });
});

describe('.pgpass lines', () => {
  it.each<[string, (p: string) => string]>([
    ['a full entry', (p) => `db.internal:5432:orders:app_user:${p}`],
    ['wildcards', (p) => `*:*:*:postgres:${p}`],
    ['among other lines', (p) => `# ~/.pgpass\nlocalhost:5432:*:replicator:${p}\n127.0.0.1:5432:app:app:${pw()}\n`],
  ])('%s: the password is reported', (_, make) => {
    const p = pw();
    expect(spans(make(p), 'pgpass')).toContain(p);
  });

  it('clock times, MAC-like runs, a word as the last field and five fields inside prose are none', () => {
    for (const text of ['10:30:45:12:3456', '00:1a:2b:3c:4d', 'localhost:8080:api:v1:health', 'see host:5432:db:user:password for the format', 'db:5432:app:app:$PGPASSWORD', 'db:5432:app:app:<password>']) {
      expect(rules(text)).not.toContain('pgpass');
    }
  });
});

describe('password directives and commands', () => {
  it.each<[string, (p: string) => string, string]>([
    ['config-password-directive', (p) => `bind 127.0.0.1\nrequirepass ${p}\n`, '# requirepass foobared'],
    ['config-password-directive', (p) => `CONFIG SET requirepass "${p}"`, 'requirepass foobared'],
    ['config-password-directive', (p) => `base dc=corp,dc=local\nbinddn cn=proxy,dc=corp,dc=local\nbindpw ${p}`, 'The bindpw option holds the proxy password.'],
    ['config-password-directive', (p) => `rootdn "cn=Manager,dc=corp"\nrootpw ${p}`, 'rootpw $ROOT_PASSWORD'],
    ['rabbitmqctl-password', (p) => `rabbitmqctl add_user admin ${p}`, 'rabbitmqctl add_user admin "$RABBIT_PASSWORD"'],
    ['rabbitmqctl-password', (p) => `rabbitmqctl change_password admin '${p}'`, 'rabbitmqctl change_password admin'],
    ['redis-cli-password', (p) => `redis-cli -h cache.internal -p 6379 -a ${p} ping`, 'redis-cli -h cache.internal -a $REDIS_PASSWORD ping'],
    ['minio-alias-secret', (p) => `mc alias set prod https://minio.internal:9000 admin ${p}x`, 'mc alias set prod https://minio.internal:9000 admin $MINIO_SECRET'],
    ['actions-add-mask', (p) => `echo "::add-mask::${p}"`, 'echo "::add-mask::$TOKEN"'],
  ])('%s: a generated password is reported; a comment, prose or a reference is not', (id, make, nearMiss) => {
    const p = pw();
    expect(spans(make(p), id).map((v) => v.replace(/x$/, ''))).toEqual([p]);
    expect(rules(nearMiss)).not.toContain(id);
  });
});

describe('names in quoted keys and in the calls that store a value', () => {
  it.each<[string, (p: string) => string]>([
    ['PHP array key', (p) => `$config['db_password'] = '${p}';`],
    ['nested PHP array key', (p) => `$db['default']['password'] = '${p}';`],
    ['os.environ key', (p) => `os.environ["DB_PASSWORD"] = "${p}"`],
    ['PHP define', (p) => `define( 'DB_PASSWORD', '${p}' );`],
    ['config.set', (p) => `config.set('password', '${p}')`],
    ['Go Setenv', (p) => `os.Setenv("DB_PASSWORD", "${p}")`],
    ['Java setProperty', (p) => `props.setProperty("mail.smtp.password", "${p}");`],
    ['sssd authtok', (p) => `ldap_default_authtok = ${p}`],
  ])('%s: the value is reported', (_, make) => {
    const p = pw();
    const text = make(p);
    expect(detectSecrets(text).map((e) => text.slice(e.start, e.end))).toEqual([p]);
  });

  it('a token under a token name in a call is reported (Go Setenv)', () => {
    const token = `${alnum(rand, 12, B62)}7${alnum(rand, 11, B62)}`;
    const text = `os.Setenv("API_TOKEN", "${token}")`;
    expect(detectSecrets(text).map((e) => text.slice(e.start, e.end))).toEqual([token]);
  });

  it('keys and calls that name no secret, messages, rules and references are none', () => {
    for (const text of [
      `$config['db_host'] = '${pw()}';`,
      `define('DB_NAME', '${pw()}');`,
      "t('password', 'Passwort')",
      "validate('password', 'required|min:8')",
      "define('DB_PASSWORD', getenv('DB_PASSWORD'));",
      "config.set('password', 'Enter your password')",
      "os.environ['API_KEY'] = api_key",
      "localStorage.setItem('token', data.accessToken)",
    ]) {
      expect(detectSecrets(text)).toEqual([]);
    }
  });
});

describe('bare words where variables carry `$`, and keys that name a record', () => {
  it('a lower-case bare word assigned to a PHP or Perl variable is the password itself', () => {
    const word = alnum(rand, 9, 'abcdefghijklmnopqrstuvwxyz');
    const text = `$user = "app";\n$password = ${word};`;
    expect(detectSecrets(text).map((e) => text.slice(e.start, e.end))).toEqual([word]);
  });

  it('a constant, a variable, a short word or a bare word without `$` on the left is none', () => {
    for (const text of ['$password = DB_PASSWORD;', '$password = $input;', 'my $password = shift;', 'password = getpass;', '$password = null;']) expect(detectSecrets(text)).toEqual([]);
  });

  it('a UUID under an idempotency, cache, partition or routing key is an id; under an API key it is a key', () => {
    const uuid = (): string => `${alnum(rand, 8, HEX)}-${alnum(rand, 4, HEX)}-4${alnum(rand, 3, HEX)}-a${alnum(rand, 3, HEX)}-${alnum(rand, 12, HEX)}`;
    for (const name of ['idempotency_key', 'IdempotencyKey', 'cache_key', 'partitionKey', 'routing_key', 'object_key', 'dedup_key']) expect(detectSecrets(`${name} = "${uuid()}"`)).toEqual([]);
    expect(detectSecrets(`api_key = "${uuid()}"`)).toHaveLength(1);
  });
});

describe('SonarQube tokens before the prefixed formats', () => {
  it('40 hex under sonar.login, -Dsonar.login or SONAR_TOKEN is a token; under sonar.projectKey or a commit name it is none', () => {
    const h = (): string => alnum(rand, 40, HEX);
    for (const text of [`sonar.login=${h()}`, `sonar-scanner -Dsonar.login=${h()}`, `SONAR_TOKEN=${h()}`]) expect(rules(text)).toEqual(['sonarqube-legacy']);
    for (const text of [`sonar.projectKey=${h()}`, `GIT_SHA=${h()}`, 'sonar.login=admin']) expect(detectSecrets(text)).toEqual([]);
  });
});

describe('documentation JWTs', () => {
  const header = b64url({ alg: 'HS256', typ: 'JWT' });
  const sig = (): string => alnum(rand, 43, `${B62}_-`);
  it('a token whose claims are made up (a subject counted up, John Doe, an example address) is none', () => {
    for (const claims of [{ sub: '1234567890', name: 'John Doe', iat: 1516239022 }, { sub: alnum(rand, 10, HEX), name: 'Jane Doe' }, { email: 'user@example.com', iat: 1700000000 }]) {
      expect(detectSecrets(`Authorization: Bearer ${header}.${b64url(claims)}.${sig()}`)).toEqual([]);
    }
  });

  it('a token for a real-looking subject is still a JWT', () => {
    const jwt = `${header}.${b64url({ sub: `auth0|${alnum(rand, 24, HEX)}`, name: 'Maria Keller', iat: 1715500000 })}.${sig()}`;
    expect(detectSecrets(`token: ${jwt}`).map((e) => e.type)).toEqual(['JWT']);
  });
});

describe('Mistral keys hex-encoded or split into joined string literals', () => {
  const key = (): string => {
    let k = '';
    while (!(/[A-Z]/.test(k) && /[a-z]/.test(k) && /\d/.test(k))) k = alnum(rand, 32, B62);
    return k;
  };
  const types = (text: string): string[] => detectSecrets(text).map((e) => e.type);

  it.each<[string, (k: string) => string]>([
    ['hex', (k) => `decode ${Buffer.from(k).toString('hex')} please`],
    ['hex of an assignment', (k) => Buffer.from(`MISTRAL_API_KEY=${k}`).toString('hex')],
    ['JS concatenation', (k) => `const key = "${k.slice(0, 16)}" + "${k.slice(16)}";`],
    ['Python implicit join', (k) => `key = ("${k.slice(0, 11)}"\n       "${k.slice(11, 22)}"\n       "${k.slice(22)}")`],
    ['single quotes, four pieces', (k) => `k = '${k.slice(0, 8)}' + '${k.slice(8, 16)}' + '${k.slice(16, 24)}' + '${k.slice(24)}'`],
  ])('%s: reported as a Mistral key', (_, make) => {
    let hits = 0;
    for (let i = 0; i < 4; i++) if (types(make(key())).includes('MISTRAL_API_KEY')) hits++;
    expect(hits).toBeGreaterThanOrEqual(3);
  });

  it('a digest in hex, hex of prose, literals joining to 31 characters or to words are none', () => {
    expect(detectSecrets(createHash('sha256').update(pw()).digest('hex'))).toEqual([]);
    expect(detectSecrets(Buffer.from('the quick brown fox jumps over the lazy dog again').toString('hex'))).toEqual([]);
    const k = key();
    expect(types(`const key = "${k.slice(0, 16)}" + "${k.slice(17)}";`)).not.toContain('MISTRAL_API_KEY');
    expect(types('msg = "ConnectionRefusedErr" + "orWhileReadingFile2"')).toEqual([]);
  });
});

describe('the new forms cost linear time on their own near misses (12.8 KB to 102 KB)', () => {
  it.each(['{SSHA}', '{SHA}aB3+', '{MD5}', 'a:1:', 'a:1:b:c:', '*:*:*:*:', 'x:::', 'a:500:aad3b435b51404eeaad3b435b51404ee:', '\nrequirepass ', 'requirepass a', 'a:1:\n', ':5432:', '\nbindpw ', 'rabbitmqctl add_user a ', 'redis-cli -a', 'redis-cli ', 'mc alias set a b c ', '::add-mask::', "$a['", "['password'] ", "define('password', ", "set('", 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.', '"a" + ', "'aB3' ", '"aB3"\n', '"aB3dE5fG7hJ9kL1mN2pQ4rS6tU8vW0x" + ', 'ab', '4d'])('%j', (unit) => {
    expect(growthRatio((n) => fill(unit, n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
  });
});
