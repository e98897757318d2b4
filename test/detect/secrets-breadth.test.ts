/**
 * Providers that public scanners' rule lists name and the table lacked. Each token is built at run time
 * from the provider's documented format (prefix, alphabet, length, fixed signature); each row has a
 * near miss of the same format (one character short, the signature moved, a template variable) that its
 * row must not report.
 */
import { detectSecrets } from '../../src/detect/secrets.js';
import { alnum, rng } from './pii-gen.js';
import { fill, growthRatio, linearBound } from '../helpers/growth.js';

const rand = rng(6161);
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = `${B62}_-`;
const B64 = `${B62}+/`;
const HEX = '0123456789abcdef';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DJANGO = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';

const rules = (text: string): string[] => detectSecrets(text).map((e) => e.rule ?? e.type);
const uuid = (): string => `${alnum(rand, 8, HEX)}-${alnum(rand, 4, HEX)}-${alnum(rand, 4, HEX)}-${alnum(rand, 4, HEX)}-${alnum(rand, 12, HEX)}`;
/** Base62 with both cases, as a random token of that length practically always is. */
const mixed = (n: number): string => `A${alnum(rand, n - 2, B62)}z`;
const b64json = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('provider breadth: rows from the providers own key formats', () => {
  it.each([
    ['grafana-api-legacy', () => `GF_KEY ${Buffer.from(JSON.stringify({ k: alnum(rand, 32, B62), n: 'ci', id: 1 })).toString('base64')}`, () => `GF_KEY eyJrIjoi${alnum(rand, 20, B62)}`],
    ['vault-service-legacy', () => `VAULT_TOKEN s.${mixed(24)} `, () => `VAULT_TOKEN s.${alnum(rand, 24, LOWER)} `],
    ['vault-recovery-legacy', () => `token r.${mixed(24)}`, () => `token r.${mixed(25)}`],
    ['vault-recovery', () => `token hvr.${alnum(rand, 90, B64URL)}`, () => `token hvr.${alnum(rand, 20, B64URL)}`],
    ['newrelic-insights-query', () => `X-Query-Key: NRIQ-${alnum(rand, 32, B64URL)}`, () => `X-Query-Key: NRIQ-${alnum(rand, 31, B62)}`],
    ['newrelic-rest', () => `X-Api-Key: NRRA-${alnum(rand, 42, HEX)}`, () => `X-Api-Key: NRRA-${alnum(rand, 40, HEX)}`],
    ['newrelic-pixie-api', () => `px auth login --api_key px-api-${uuid()}`, () => `px auth login --api_key px-api-${uuid().replace(/[0-9a-f]$/, 'g')}`],
    ['newrelic-pixie-deploy', () => `px deploy --deploy_key px-dep-${uuid()}`, () => `px deploy --deploy_key px-dep-${uuid().slice(0, -1)}`],
    ['stackhawk', () => `HAWK_API_KEY=hawk.${alnum(rand, 20, B62)}.${alnum(rand, 20, B62)}`, () => `see hawk.${alnum(rand, 20, B62)} for details`],
    ['segment-public-api', () => `Authorization: Bearer sgp_${alnum(rand, 64, B62)}`, () => `id sgp_${alnum(rand, 63, B62)}`],
    ['dependency-track', () => `X-Api-Key: odt_${alnum(rand, 32, B62)}`, () => `X-Api-Key: odt_${alnum(rand, 30, B62)}`],
    ['dependency-track', () => `X-Api-Key: odt_${alnum(rand, 8, B62)}_${alnum(rand, 32, B62)}`, () => `X-Api-Key: odt_${alnum(rand, 8, B62)}_${alnum(rand, 20, B62)}`],
    ['mapbox-temporary', () => `tk.${b64json({ u: 'someone', a: alnum(rand, 12, B62) })}.${alnum(rand, 22, B64URL)}`, () => `tk.${b64json({ u: 'someone' })}`],
    ['django-insecure', () => `SECRET_KEY = 'django-insecure-${alnum(rand, 50, DJANGO)}'`, () => `SECRET_KEY = 'django-insecure-${alnum(rand, 30, DJANGO)}'`],
    ['thingsboard-access', () => `curl -X POST http://demo.local:8080/api/v1/${mixed(20)}/telemetry -d '{"t":21}'`, () => `curl -X POST http://demo.local:8080/api/v1/${mixed(20)}/devices`],
    ['prefect-bot', () => `PREFECT_API_KEY=pnb_${alnum(rand, 36, B62)}`, () => `PREFECT_API_KEY=pnb_${alnum(rand, 30, B62)}`],
    ['ionic', () => `ionic login --token ion_${alnum(rand, 42, B62)}`, () => `ionic login --token ion_${alnum(rand, 41, B62)}`],
    ['samsara', () => `Bearer samsara_api_${alnum(rand, 30, B62)}`, () => `Bearer samsara_api_${alnum(rand, 28, B62)}`],
    ['zuplo', () => `key zpka_${alnum(rand, 32, HEX)}_${alnum(rand, 8, HEX)}`, () => `key zpka_${alnum(rand, 32, HEX)}`],
    ['kerberos-asrep', () => `$krb5asrep$23$jdoe@CORP.LOCAL:${alnum(rand, 32, HEX)}$${alnum(rand, 400, HEX)}`, () => `$krb5asrep$23$jdoe@CORP.LOCAL:${alnum(rand, 30, HEX)}$${alnum(rand, 400, HEX)}`],
    ['kerberos-tgs', () => `$krb5tgs$23$*svc_sql$CORP.LOCAL$MSSQLSvc/db01:1433*$${alnum(rand, 32, HEX)}$${alnum(rand, 600, HEX)}`, () => `$krb5tgs$23$*svc_sql$CORP.LOCAL*$${alnum(rand, 32, HEX)}`],
    ['azure-storage-identifiable', () => `AccountKey ${alnum(rand, 76, B64)}+ASt${alnum(rand, 6, B62)}==`, () => `AccountKey ${alnum(rand, 75, B64)}+ASt${alnum(rand, 7, B62)}==`],
    ['azure-cosmos-identifiable', () => `key ${alnum(rand, 76, B64)}ACDb${alnum(rand, 6, B62)}==`, () => `key ${alnum(rand, 77, B64)}ACDb${alnum(rand, 5, B62)}==`],
    ['azure-servicebus-identifiable', () => `SAS ${alnum(rand, 33, B64)}+ASb${alnum(rand, 6, B62)}=`, () => `SAS ${alnum(rand, 33, B64)}+ASx${alnum(rand, 6, B62)}=`],
    ['azure-iot-identifiable', () => `key ${alnum(rand, 33, B64)}AIoT${alnum(rand, 6, B62)}=`, () => `key ${alnum(rand, 32, B64)}AIoT${alnum(rand, 7, B62)}=`],
    ['azure-functions-identifiable', () => `code ${alnum(rand, 44, B64URL)}AzFu${alnum(rand, 5, B62)}A==`, () => `code ${alnum(rand, 44, B64URL)}AzFu${alnum(rand, 5, B62)}B==`],
    ['azure-redis-identifiable', () => `password=${alnum(rand, 33, B62)}AzCa${alnum(rand, 1, 'ABCDEFGHIJKLMNOP')}${alnum(rand, 5, B62)}=`, () => `password=${alnum(rand, 33, B62)}AzCa${alnum(rand, 1, 'QRSTUVWXYZ')}${alnum(rand, 5, B62)}=`],
    ['intercom-token', () => `Authorization: Bearer ${Buffer.from(`tok:${uuid()}:${alnum(rand, 8, HEX)}`).toString('base64')}`, () => `id ${Buffer.from('tok:abc').toString('base64')}`],
    ['linear-oauth', () => `LINEAR_TOKEN=lin_oauth_${alnum(rand, 64, HEX)}`, () => `LINEAR_TOKEN=lin_oauth_${alnum(rand, 60, HEX)}`],
    ['azure-acr-identifiable', () => `docker login -p ${alnum(rand, 42, B64)}+ACR${alnum(rand, 6, B62)} `, () => `docker login -p ${alnum(rand, 41, B64)}+ACR${alnum(rand, 6, B62)} `],
  ] as const)('%s: a generated token is found by its row; a near miss is not', (id, make, nearMiss) => {
    // Random tokens: at least three of four pass the entropy and placeholder checks.
    let hits = 0;
    for (let i = 0; i < 4; i++) if (rules(make()).includes(id)) hits++;
    expect(hits).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < 4; i++) expect(rules(nearMiss())).not.toContain(id);
  });

  it('a ThingsBoard path with a template variable, and a Vault-like file name, are no finding', () => {
    expect(detectSecrets('curl -X POST http://localhost:8080/api/v1/$ACCESS_TOKEN/telemetry')).toEqual([]);
    expect(rules('see s.configurationproviders for the list')).not.toContain('vault-service-legacy');
  });

  it.each([
    ['blynk', 'BLYNK_AUTH_TOKEN', () => alnum(rand, 32, B64URL)],
    ['codeclimate', 'CC_TEST_REPORTER_ID', () => alnum(rand, 64, HEX)],
    ['particle', 'PARTICLE_ACCESS_TOKEN', () => alnum(rand, 40, HEX)],
    ['nasa', 'NASA_API_KEY', () => alnum(rand, 40, B62)],
    ['thingsboard-provision', 'provisionDeviceSecret', () => mixed(20)],
    ['truenas', 'TRUENAS_API_KEY', () => `1-${alnum(rand, 64, B62)}`],
    ['segment-write', 'SEGMENT_WRITE_KEY', () => mixed(32)],
  ] as const)('keyword row %s: a generated value under %s is found; a placeholder is not', (id, name, make) => {
    let hits = 0;
    for (let i = 0; i < 4; i++) if (detectSecrets(`${name}="${make()}"`).some((f) => f.rule === id)) hits++;
    expect(hits).toBeGreaterThanOrEqual(3);
    const shape = make();
    expect(detectSecrets(`${name}="${shape.replace(/[A-Za-z0-9]/g, 'x')}"`)).toEqual([]);
  });

  it('the Code Climate row reads its own names only: a commit hash elsewhere is no reporter id', () => {
    expect(rules(`GIT_COMMIT_SHA=${alnum(rand, 64, HEX)}`)).not.toContain('codeclimate');
  });
});

describe('secrets told by the words around them, and Dropbox long-lived tokens', () => {
  const pw = (): string => `${alnum(rand, 6, B62)}!${alnum(rand, 4, B62)}7`;
  const b64 = (bytes: number): string => Buffer.from(Array.from({ length: bytes }, () => Math.floor(rand() * 256))).toString('base64');
  const hexPairs = (n: number): string => alnum(rand, n * 2, '0123456789ABCDEF');
  it.each<[string, () => string, () => string]>([
    ['vault-unseal-key', () => `Unseal Key 1: ${b64(33)}\nUnseal Key 2: ${b64(33)}`, () => `Unseal Key 1: <unseal key>`],
    ['jenkins-setup-password', () => `Please use the following password to proceed to installation:\n\n${alnum(rand, 32, HEX)}\n`, () => `Please use the following password to proceed to installation:\n\n${alnum(rand, 31, HEX)}\n`],
    ['jenkins-crumb', () => `-H "Jenkins-Crumb: ${alnum(rand, 64, HEX)}"`, () => `-H "Jenkins-Crumb: $CRUMB"`],
    ['cisco-type7', () => `username admin password 7 ${String(Math.floor(rand() * 16)).padStart(2, '0')}${hexPairs(9)}`, () => `username admin password 7 ${hexPairs(9)}Z`],
    ['kerberos-tgs', () => `$krb5tgs$18$svc_sql$CORP.LOCAL$*MSSQLSvc/db01*$${alnum(rand, 24, HEX)}$${alnum(rand, 300, HEX)}`, () => `$krb5tgs$18$svc_sql$CORP.LOCAL$*MSSQLSvc/db01*$${alnum(rand, 24, HEX)}$${alnum(rand, 30, HEX)}`],
    ['psexec-p', () => `PsExec.exe \\\\10.0.0.5 -u CORP\\admin -p ${pw()} cmd.exe`, () => `PsExec.exe \\\\10.0.0.5 -s -i -p`],
    ['dotnet-network-credential', () => `var c = new NetworkCredential("svc_backup", "${pw()}", "CORP");`, () => `var c = new NetworkCredential(user, password);`],
    ['dotnet-directory-entry', () => `new DirectoryEntry("LDAP://dc01/DC=corp", "CORP\\\\svc", "${pw()}")`, () => `new DirectoryEntry("LDAP://dc01/DC=corp", user, pass)`],
    ['dropbox-long-lived', () => `DROPBOX_TOKEN=${alnum(rand, 11, B64URL)}AAAAAAAAAA${alnum(rand, 43, B64URL)}`, () => `DROPBOX_TOKEN=${alnum(rand, 11, B64URL)}AAAAAAAAAA${alnum(rand, 40, B64URL)}`],
  ])('%s: found in its context; a near miss or a reference is not', (id, make, nearMiss) => {
    let hits = 0;
    for (let i = 0; i < 4; i++) if (rules(make()).includes(id)) hits++;
    expect(hits).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < 4; i++) expect(rules(nearMiss())).not.toContain(id);
  });

  it('a Dropbox-shaped run of x around the fixed A run is a placeholder', () => {
    expect(detectSecrets(`DROPBOX_TOKEN=${'x'.repeat(11)}AAAAAAAAAA${'x'.repeat(43)}`)).toEqual([]);
  });
});

describe('passwords given to database, directory and remote-access tools', () => {
  const pw = (): string => `${alnum(rand, 6, B62)}!${alnum(rand, 4, B62)}7`;
  it.each<[string, (p: string) => string, string]>([
    ['sql-identified-by', (p) => `ALTER USER scott IDENTIFIED BY ${p};`, `CREATE USER app IDENTIFIED BY '<password>';`],
    ['sql-identified-by', (p) => `CREATE USER 'app'@'%' IDENTIFIED BY '${p}';`, `ALTER USER scott IDENTIFIED BY password;`],
    ['sqlcmd-P', (p) => `sqlcmd -S db01 -U sa -P ${p} -Q "select 1"`, 'sqlcmd -S db01 -U sa -P $SA_PASSWORD'],
    ['ldap-w', (p) => `ldapsearch -x -D "cn=admin,dc=corp" -w ${p} -b dc=corp`, 'ldapsearch -x -D "cn=admin,dc=corp" -W -b dc=corp'],
    ['smb-user-percent', (p) => `smbclient //srv/share -U admin%${p}`, 'smbclient //srv/share -U admin%PASSWORD'],
    ['freerdp-p', (p) => `xfreerdp /v:10.0.0.5 /u:admin /p:${p}`, 'xfreerdp /v:10.0.0.5 /u:admin /p:$PASS'],
    ['impacket-target', (p) => `secretsdump.py corp.local/admin:${p}@10.0.0.5`, 'secretsdump.py corp.local/admin:password@10.0.0.5'],
  ])('%s: a generated password is found; a reference or placeholder is not', (id, make, reference) => {
    const p = pw();
    const text = make(p);
    expect(detectSecrets(text).filter((e) => e.rule === id).map((e) => text.slice(e.start, e.end))).toEqual([p]);
    expect(rules(reference)).not.toContain(id);
  });

  it('the same flags outside these tools are no password (`ls -w 80`, `sort -P`, `printf "%d"`)', () => {
    for (const t of ['ls -w 80 /tmp/somewhere', 'parallel -P 8 gzip ::: *.log', 'printf "%d%%" 42 -U user', 'see /p:value in docs']) expect(detectSecrets(t)).toEqual([]);
  });
});

describe('the new rows cost linear time on their own near misses (12.5 KB to 100 KB)', () => {
  it.each([
    '$krb5tgs$23$*', '$krb5tgs$23$*u*$0123456789abcdef0123456789abcdef$', '$krb5tgs$23$*u*$0123456789abcdef0123456789abcdef$abcdef0123',
    '$krb5asrep$23$u:', '$krb5tgs$18$u$R$', '$krb5tgs$18$u$R$*s*$0123456789abcdef01234567$', 'Unseal Key 1: ', 'password to proceed to installation:\n', 'Jenkins-Crumb: ', 'password 7 ', 'psexec -p ', 'PsExec ', 'NetworkCredential("a", ', 'DirectoryEntry("a", "b", ', 'aB3AAAAAAAAAA', 'IDENTIFIED BY ', 'sqlcmd -P', 'ldapsearch -w', 'smbclient -U a%', 'xfreerdp /p:', 'secretsdump.py a/b:c', 'psexec.py ', 's.aB3', 'hvr.', 'api/v1/aB3dE5fG7hJ9kL1mN2pQ/', '+ASt', 'aB3+ASt', 'AzFu', 'eyJrIjoi', 'odt_', 'hawk.aB3dE5fG7h.',
  ])('%j', (unit) => {
    expect(growthRatio((n) => fill(unit, n), detectSecrets, 12_800, { runs: 9 })).toBeLessThan(linearBound());
  });
});
