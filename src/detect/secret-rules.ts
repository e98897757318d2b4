/**
 * Provider token formats, as data: one row per format with the literal prefix the token starts with, the
 * shape of the rest, an optional check of the provider's own checksum, and one line saying why. Formats
 * come from the providers' documentation of their token prefixes (GitHub, GitLab, Slack, Stripe, …).
 *
 * Rows without a distinctive prefix (a bare 32-hex key that only a variable name ties to Datadog) are
 * keyword rows: the value's shape plus a word of the name it is assigned to.
 * @module
 */

/** Secret types a rule may report. `API_KEY` is any provider token recognized by its own format. */
export type RuleSecretType = 'API_KEY' | 'GITHUB_TOKEN' | 'AWS_ACCESS_KEY' | 'MISTRAL_API_KEY' | 'CREDENTIALS' | 'GENERIC_SECRET';

export interface PrefixRule {
  /** Stable rule id, e.g. `slack-bot-token`. */
  id: string;
  provider: string;
  type: RuleSecretType;
  /** Literal, case-sensitive start of the token. */
  prefix: string;
  /** Shape of the rest (anchored at the end of the prefix; bounded quantifiers only). */
  body: string;
  /** For rows without a prefix: a literal every match holds, so runs without it skip the row. */
  marker?: string;
  /** The provider's own checksum, when it has one: a pass raises the score to 1. */
  checksum?: (token: string) => boolean;
  /** A structure the provider's format implies (a part that encodes an id): a token failing it is none. */
  valid?: (token: string) => boolean;
  why: string;
}

const B62 = '[A-Za-z0-9]';
const B64URL = '[A-Za-z0-9_-]';
const HEX = '[a-f0-9]';

/** CRC-32 (IEEE) table. */
const CRC_TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC_TABLE[n] = c >>> 0;
}

export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(n: number, width: number): string {
  let s = '';
  let v = n;
  while (v > 0) {
    s = BASE62[v % 62]! + s;
    v = Math.floor(v / 62);
  }
  return s.padStart(width, '0');
}

/**
 * GitHub's new-format tokens end with a 6-character base62 CRC-32 of the 30 random characters before it
 * (GitHub's 2021 token-format announcement).
 */
export function githubChecksumValid(token: string): boolean {
  const body = token.slice(token.indexOf('_') + 1);
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

const gh = (prefix: string, what: string): PrefixRule => ({
  id: `github-${what}`,
  provider: 'GitHub',
  type: 'GITHUB_TOKEN',
  prefix,
  body: `${B62}{36}`,
  checksum: githubChecksumValid,
  why: `GitHub ${what} token: ${prefix} + 30 random + CRC-32`,
});

/**
 * Discord bot tokens open with the bot's user id (a snowflake, digits) in base64, then a dot: the first
 * decoded character is a digit 1-9, so the token opens with M, N or O, and the last is a digit too. (The
 * middle is not read: examples of the format are often edited by hand there.) A format without a prefix is
 * told by its structure only (near-miss policy P2, secrets10): the id part is the base64 of 18-20 digits
 * (24, 26 or 27 characters; 25 encodes no whole number of bytes) and the signature is 27 or 38 characters.
 */
export function discordIdPartValid(token: string): boolean {
  const id = token.slice(0, token.indexOf('.'));
  const first = Buffer.from(id.slice(0, 4), 'base64url').toString('latin1').charCodeAt(0);
  const decoded = Buffer.from(id, 'base64url').toString('latin1');
  const last = decoded.charCodeAt(decoded.length - 1);
  return first >= 49 && first <= 57 && last >= 48 && last <= 57;
}

const row = (id: string, provider: string, prefix: string, body: string, why: string, marker?: string): PrefixRule =>
  marker === undefined ? { id, provider, type: 'API_KEY', prefix, body, why } : { id, provider, type: 'API_KEY', prefix, body, why, marker };

/** Vault's random part mixes cases: a lower-case word after `s.` is a name, not a token. */
const mixedCase = (token: string): boolean => /[A-Z]/.test(token.slice(2)) && /[a-z]/.test(token.slice(2));

const cred = (id: string, provider: string, prefix: string, body: string, why: string): PrefixRule => ({ id, provider, type: 'CREDENTIALS', prefix, body, why });

/**
 * Kubernetes bootstrap tokens (`kubeadm join --token`, a kubelet's `--bootstrap-token`, a bootstrap-token
 * Secret): a 6-character id, a dot and a 16-character secret, lower case and digits. The shape alone is
 * common (`domain.something`), so a word of the context is required within the line or the two before.
 */
export const KUBERNETES_BOOTSTRAP = {
  id: 'kubernetes-bootstrap-token',
  provider: 'Kubernetes',
  idLength: 6,
  secretLength: 16,
  context: /kubeadm|kubelet|kubectl|kubernetes|k8s|bootstrap|token|\bjoin\b/i,
  why: 'bootstrap token: [a-z0-9]{6}.[a-z0-9]{16} near a Kubernetes or token word',
};

/**
 * Salesforce access tokens and session ids: the 15-character organization id (`00D…`), `!`, then about a
 * hundred characters. The `!` ends a token run: found by their own search.
 */
export const SALESFORCE_SESSION = { id: 'salesforce-session', provider: 'Salesforce', pattern: /(?<![A-Za-z0-9])00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,200}(?![A-Za-z0-9._])/g, why: 'access token: org id 00D…, `!`, 80+ characters' };

/** Telegram bot tokens hold a `:`, which ends a token run: found by their own search. */
export const TELEGRAM_BOT = { id: 'telegram-bot', provider: 'Telegram', pattern: /(?<![0-9])[0-9]{8,10}:AA[A-Za-z0-9_-]{32,35}(?![A-Za-z0-9_-])/g, why: 'bot token: bot id, `:AA`, 33 characters' };

/**
 * Secrets told by the words around them, whose shape alone is common or whose punctuation ends a token
 * run: each found by its own search, run only when the text holds `gate`; `group` is the secret's group.
 * Every quantifier is bounded, so each attempt reads a bounded stretch.
 */
export interface ContextPattern {
  id: string;
  provider: string;
  type: RuleSecretType;
  gate: string;
  pattern: RegExp;
  group: number;
  /** A password a person chose (judged as one: no entropy bar, no placeholder word) rather than a random key. */
  password?: true;
  /** A check of the whole match the format implies (a hash's decoded length). */
  valid?: (m: RegExpExecArray) => boolean;
  why: string;
}

/** Digest lengths of the RFC 2307 / htpasswd / Dovecot schemes; a salted scheme appends its salt. */
const SCHEME_DIGEST_BYTES: Readonly<Record<string, number>> = { SHA: 20, SHA256: 32, SHA384: 48, SHA512: 64, MD5: 16 };

/** `{SHA}` holds the digest alone, `{SSHA}` the digest and a salt of 4 bytes or more (OpenLDAP uses 4 to 8). */
export function schemeHashValid(m: RegExpExecArray): boolean {
  const scheme = m[1]!;
  const salted = scheme.startsWith('SS') || scheme === 'SMD5';
  const digest = SCHEME_DIGEST_BYTES[salted ? scheme.slice(1) : scheme];
  if (digest === undefined) return false;
  const bytes = Buffer.from(m[2]!, 'base64').length;
  return salted ? bytes >= digest + 4 && bytes <= digest + 64 : bytes === digest;
}

/** MD4 of the empty password: an account with no password set, nothing to leak. */
const EMPTY_NT_HASH = '31d6cfe0d16ae931b73c59d7e0c089c0';

/**
 * `~/.pgpass`: `host:port:database:user:password`, one entry a line (`*` matches anything, `\\:` is a
 * colon). Sticky: tried only from the start of a line holding `:<port>:`. Host, database and user hold a
 * letter or `*` (a clock or a MAC address is digits); a short lower-case word as the password is prose.
 */
export const PGPASS = {
  id: 'pgpass',
  provider: 'PostgreSQL',
  pattern: /[ \t]*([A-Za-z0-9._-]{1,253}|\*):([0-9]{1,5}|\*):([^:\s\\]{1,63}|\*):((?:[^:\s\\]|\\.){1,63}):((?:[^:\s\\]|\\.){4,128})[ \t]*(?=\r?\n|$)/y,
  valid: (m: RegExpExecArray): boolean => /[A-Za-z*]/.test(m[1]!) && /[A-Za-z*]/.test(m[3]!) && /[A-Za-z*]/.test(m[4]!) && !/^[a-z]{1,7}$/.test(m[5]!),
  why: '.pgpass entry',
};

export const CONTEXT_PATTERNS: readonly ContextPattern[] = [
  // The `*` around the principal (and the `$` of the realm) end a token run.
  { id: 'kerberos-tgs', provider: 'Kerberos', type: 'CREDENTIALS', gate: '$krb5tgs$', pattern: /\$krb5tgs\$(?:23\$\*[^*\s]{1,200}\*|1[78]\$[^\s*$]{1,100}\$[^\s*$]{1,100}\$(?:\*[^*\s]{1,200}\*\$)?)\$?([a-f0-9]{24,32}\$[a-f0-9]{64,8000})(?![a-f0-9])/g, group: 1, why: 'Kerberoast TGS hash (etype 23, 17 or 18)' },
  // `vault operator init` prints each share as "Unseal Key 1: <base64>" (or "Recovery Key 1:" with auto-unseal).
  { id: 'vault-unseal-key', provider: 'HashiCorp Vault', type: 'API_KEY', gate: 'Key', pattern: /\b(?:Unseal|Recovery) Key(?: [0-9]{1,2})?:[ \t]{0,8}([A-Za-z0-9+/]{43,88}={0,2})(?![A-Za-z0-9+/=])/g, group: 1, why: 'unseal or recovery key share' },
  // Jenkins' first-start banner prints the initial admin password (32 hex).
  { id: 'jenkins-setup-password', provider: 'Jenkins', type: 'CREDENTIALS', gate: 'installation', pattern: /password to proceed to installation:\s{1,8}([a-f0-9]{32})(?![a-f0-9])/g, group: 1, why: 'setup admin password' },
  { id: 'jenkins-crumb', provider: 'Jenkins', type: 'API_KEY', gate: 'Crumb', pattern: /\bJenkins-Crumb[ \t]{0,4}[:=][ \t]{0,4}([a-f0-9]{32,64})(?![a-f0-9])/g, group: 1, why: 'CSRF crumb sent with an API token' },
  // Cisco IOS type 7: a reversible encoding (two decimal digits of salt, then hex pairs), as good as the password.
  // Password hashes of the RFC 2307 schemes (htpasswd `user:{SHA}…`, LDAP `userPassword: {SSHA}…`, Dovecot
  // `{SSHA512}…`): unsalted SHA-1 falls to a lookup table, salted ones to offline guessing.
  { id: 'scheme-password-hash', provider: 'LDAP / htpasswd', type: 'CREDENTIALS', gate: '{', pattern: /\{(S?SHA(?:256|384|512)?|S?MD5)\}([A-Za-z0-9+/]{22,172}={0,2})(?![A-Za-z0-9+/=])/g, group: 2, valid: schemeHashValid, why: 'password hash in {SHA}/{SSHA}/{SSHA512}/{MD5} form' },
  // pwdump / secretsdump lines `user:RID:LM:NT:::`: the NT hash logs in as the user (pass-the-hash).
  { id: 'ntlm-hash', provider: 'Windows', type: 'CREDENTIALS', gate: ':::', pattern: /(?<![^\s])[^\s:]{1,64}:[0-9]{1,10}:[A-Fa-f0-9]{32}:([A-Fa-f0-9]{32}):::/g, group: 1, valid: (m) => m[1]!.toLowerCase() !== EMPTY_NT_HASH, why: 'NT hash of a pwdump / secretsdump line' },
  // Configuration directives whose value is a password: Redis `requirepass` (also through `CONFIG SET`),
  // OpenLDAP `rootpw`, nss/pam-ldap `bindpw`. A whole line, so prose about them is none. Gates open with a
  // rare letter (`quirepass`, `qctl`): a search opening with a frequent one stops at every word.
  { id: 'config-password-directive', provider: 'Redis', type: 'CREDENTIALS', gate: 'quirepass', pattern: /(?<![^\n])[ \t]*(?:config[ \t]+set[ \t]+)?requirepass[ \t]+(["']?)([^\s"']{4,128})\1[ \t]*(?=\r?\n|$)/gi, group: 2, password: true, why: 'requirepass directive' },
  { id: 'config-password-directive', provider: 'OpenLDAP', type: 'CREDENTIALS', gate: 'pw', pattern: /(?<![^\n])[ \t]*(?:rootpw|bindpw)[ \t]+(["']?)([^\s"']{4,128})\1[ \t]*(?=\r?\n|$)/g, group: 2, password: true, why: 'rootpw / bindpw directive' },
  // Commands that take a password as an argument.
  { id: 'rabbitmqctl-password', provider: 'RabbitMQ', type: 'CREDENTIALS', gate: 'qctl', pattern: /\brabbitmqctl(?:\.bat)?[ \t]+(?:add_user|change_password)[ \t]+(['"]?)[^\s'"]{1,64}\1[ \t]+(['"]?)([^\s'"]{4,128})\2/g, group: 3, password: true, why: 'rabbitmqctl add_user / change_password' },
  { id: 'redis-cli-password', provider: 'Redis', type: 'CREDENTIALS', gate: '-cli', pattern: /\bredis-cli\b[^\n]{0,200}?[ \t](?:-a|--pass)[ \t]+(['"]?)([^\s'"-][^\s'"]{3,127})\1/g, group: 2, password: true, why: 'redis-cli -a password' },
  { id: 'minio-alias-secret', provider: 'MinIO', type: 'CREDENTIALS', gate: 'mc ', pattern: /\bmc[ \t]+(?:alias[ \t]+set|config[ \t]+host[ \t]+add)[ \t]+\S{1,64}[ \t]+\S{1,256}[ \t]+(['"]?)[^\s'"]{3,128}\1[ \t]+(['"]?)([^\s'"]{8,128})\2/g, group: 3, password: true, why: 'mc alias set <name> <url> <access key> <secret key>' },
  // A value a GitHub Actions step asks to mask in logs is a secret by the step's own word.
  { id: 'actions-add-mask', provider: 'GitHub Actions', type: 'GENERIC_SECRET', gate: '::add-mask::', pattern: /::add-mask::([^\s"']{6,256})/g, group: 1, password: true, why: 'value passed to ::add-mask::' },
  // Okta's API authorization scheme: `Authorization: SSWS <token>`, the token 42 characters opening with `00`.
  { id: 'okta-ssws', provider: 'Okta', type: 'API_KEY', gate: 'SSWS', pattern: /\bSSWS[ \t]{1,8}(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/g, group: 1, why: 'API token in the SSWS authorization scheme' },
  // `wg genkey` / `wg genpsk` print a private or preshared key (32 bytes in base64) on the next line; piped into
  // `wg pubkey` the line printed is the public key, which grants nothing (WireGuard's wg(8) manual).
  { id: 'wireguard-genkey', provider: 'WireGuard', type: 'API_KEY', gate: 'wg gen', pattern: /\bwg gen(?:key|psk)\b([^\n]{0,120})\r?\n[ \t]{0,8}([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?![A-Za-z0-9+/=])/g, group: 2, valid: (m) => !m[1]!.includes('pubkey'), why: 'private or preshared key printed by wg genkey / genpsk' },
  { id: 'cisco-type7', provider: 'Cisco IOS', type: 'CREDENTIALS', gate: '7 ', pattern: /\b(?:password|secret|key|key-string)[ \t]+7[ \t]+((?:0[0-9]|1[0-5])(?:[0-9A-F]{2}){3,60})(?![0-9A-Za-z])/g, group: 1, why: 'type 7 password (reversible)' },
];

export const PREFIX_RULES: readonly PrefixRule[] = [
  gh('ghp_', 'personal-access'),
  gh('gho_', 'oauth'),
  gh('ghu_', 'user-to-server'),
  gh('ghs_', 'server-to-server'),
  gh('ghr_', 'refresh'),
  { id: 'github-fine-grained-pat', provider: 'GitHub', type: 'GITHUB_TOKEN', prefix: 'github_pat_', body: `${B62}{22}_${B62}{59}`, why: 'fine-grained PAT: github_pat_ + 22 + _ + 59' },
  ...['AKIA', 'ASIA', 'ABIA', 'ACCA', 'AIDA', 'AROA', 'AIPA', 'ANPA', 'ANVA', 'APKA'].map(
    (p): PrefixRule => ({ id: `aws-${p.toLowerCase()}`, provider: 'AWS', type: 'AWS_ACCESS_KEY', prefix: p, body: '[A-Z0-9]{16}', why: `AWS key id: ${p} + 16 base32` }),
  ),
  row('gitlab-pat', 'GitLab', 'glpat-', `${B64URL}{20,64}`, 'personal/project/group access token'),
  row('gitlab-deploy', 'GitLab', 'gldt-', `${B64URL}{20,64}`, 'deploy token'),
  row('gitlab-runner', 'GitLab', 'glrt-', `${B64URL}{20,64}`, 'runner authentication token'),
  row('gitlab-runner-reg', 'GitLab', 'GR1348941', `${B64URL}{20,64}`, 'runner registration token'),
  row('gitlab-pipeline-trigger', 'GitLab', 'glptt-', `${HEX}{40}`, 'pipeline trigger token'),
  row('gitlab-oauth', 'GitLab', 'gloas-', `${B64URL}{20,64}`, 'OAuth application secret'),
  row('gitlab-cicd-job', 'GitLab', 'glcbt-', `${B64URL}{20,80}`, 'CI/CD job token'),
  row('gitlab-incoming-mail', 'GitLab', 'glimt-', `${B64URL}{25}`, 'incoming mail token (25 characters)'),
  row('gitlab-feed', 'GitLab', 'glft-', `${B64URL}{20,64}`, 'feed token'),
  row('gitlab-agent', 'GitLab', 'glagent-', `${B64URL}{50,100}`, 'Kubernetes agent token'),
  row('gitlab-scim', 'GitLab', 'glsoat-', `${B64URL}{20,64}`, 'SCIM OAuth token'),
  row('gitlab-feature-flag', 'GitLab', 'glffct-', `${B64URL}{20,64}`, 'feature flag client token'),
  ...['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxo-', 'xoxe-', 'xoxe.xoxp-', 'xapp-'].map((p) => row(`slack-${p.replace(/\W/g, '')}`, 'Slack', p, '[0-9A-Za-z-]{10,250}', `Slack ${p} token`)),
  row('slack-webhook', 'Slack', 'hooks.slack.com/services/', `[A-Za-z0-9_/+-]{20,120}`, 'incoming webhook URL'),
  row('slack-workflow-webhook', 'Slack', 'hooks.slack.com/workflows/', `[A-Za-z0-9_/+-]{20,120}`, 'workflow webhook URL'),
  row('slack-triggers', 'Slack', 'hooks.slack.com/triggers/', `[A-Za-z0-9_/+-]{20,120}`, 'workflow trigger URL'),
  // Every OpenAI key format carries T3BlbkFJ (base64 of "OpenAI") in its middle: a key without it is no
  // OpenAI key (the generic rules still read it).
  row('openai-project', 'OpenAI', 'sk-proj-', `${B64URL}{20,250}T3BlbkFJ${B64URL}{20,250}`, 'project key (T3BlbkFJ marker)'),
  row('openai-svcacct', 'OpenAI', 'sk-svcacct-', `${B64URL}{20,250}T3BlbkFJ${B64URL}{20,250}`, 'service-account key (T3BlbkFJ marker)'),
  row('openai-admin', 'OpenAI', 'sk-admin-', `${B64URL}{20,250}T3BlbkFJ${B64URL}{20,250}`, 'admin key (T3BlbkFJ marker)'),
  row('openai-legacy', 'OpenAI', 'sk-', `${B62}{20}T3BlbkFJ${B62}{20}`, 'legacy key with the T3BlbkFJ marker'),
  row('anthropic-api', 'Anthropic', 'sk-ant-api03-', `${B64URL}{80,120}`, 'API key'),
  row('anthropic-admin', 'Anthropic', 'sk-ant-admin01-', `${B64URL}{80,120}`, 'admin key'),
  row('anthropic-oauth', 'Anthropic', 'sk-ant-oat01-', `${B64URL}{80,120}`, 'OAuth token'),
  row('openrouter', 'OpenRouter', 'sk-or-v1-', `${HEX}{64}`, 'API key'),
  row('huggingface', 'Hugging Face', 'hf_', '[A-Za-z]{34}', 'user access token'),
  row('huggingface-org', 'Hugging Face', 'api_org_', '[A-Za-z]{34}', 'organization token'),
  row('groq', 'Groq', 'gsk_', `${B62}{52}`, 'API key'),
  row('replicate', 'Replicate', 'r8_', `${B62}{37}`, 'API token'),
  row('perplexity', 'Perplexity', 'pplx-', `${B62}{48}`, 'API key'),
  row('xai', 'xAI', 'xai-', `${B62}{80}`, 'API key'),
  row('langsmith', 'LangSmith', 'lsv2_', `(?:pt|sk)_${HEX}{32}_${HEX}{10}`, 'personal/service key'),
  row('pinecone', 'Pinecone', 'pcsk_', `[A-Za-z0-9_]{40,100}`, 'API key'),
  row('tavily', 'Tavily', 'tvly-', `(?:dev-)?${B62}{32}`, 'API key'),
  row('elevenlabs', 'ElevenLabs', 'sk_', `${HEX}{48}`, 'API key (sk_ + 48 hex)'),
  ...['sk_live_', 'sk_test_', 'rk_live_', 'rk_test_'].map((p) => row(`stripe-${p.replace(/_$/, '')}`, 'Stripe', p, `${B62}{20,247}`, `secret/restricted key ${p}`)),
  row('stripe-webhook', 'Stripe', 'whsec_', `${B62}{32,64}`, 'webhook signing secret'),
  row('google-api', 'Google', 'AIza', `${B64URL}{35}`, 'API key (Maps, Gemini, Firebase)'),
  row('google-oauth-access', 'Google', 'ya29.', `${B64URL}{20,300}`, 'OAuth access token'),
  row('google-oauth-secret', 'Google', 'GOCSPX-', `${B64URL}{28}`, 'OAuth client secret'),
  row('google-refresh', 'Google', '1//0', `${B64URL}{40,200}`, 'OAuth refresh token'),
  row('npm', 'npm', 'npm_', `${B62}{36}`, 'access token'),
  // A macaroon holds an identifier (a UUID) and a 32-byte signature besides the location: never under 100.
  row('pypi', 'PyPI', 'pypi-AgEIcHlwaS5vcmc', `${B64URL}{100,300}`, 'API token (macaroon)'),
  row('pypi-test', 'PyPI', 'pypi-AgENdGVzdC5weXBpLm9yZw', `${B64URL}{100,300}`, 'TestPyPI token'),
  row('rubygems', 'RubyGems', 'rubygems_', `${HEX}{48}`, 'API key'),
  row('nuget', 'NuGet', 'oy2', '[a-z0-9]{43}', 'API key'),
  row('clojars', 'Clojars', 'CLOJARS_', '[a-z0-9]{60}', 'deploy token'),
  row('twilio-api-key', 'Twilio', 'SK', `[0-9a-fA-F]{32}`, 'API key SID'),
  row('sendgrid', 'SendGrid', 'SG.', `${B64URL}{22}\\.${B64URL}{43}`, 'API key'),
  ...['shpat_', 'shpca_', 'shppa_', 'shpss_'].map((p) => row(`shopify-${p.slice(0, 5)}`, 'Shopify', p, '[a-fA-F0-9]{32}', `${p} token`)),
  row('mailgun', 'Mailgun', 'key-', `${HEX}{32}`, 'legacy API key'),
  row('mailchimp', 'Mailchimp', '', `${HEX}{32}-us[0-9]{1,2}`, 'API key with datacenter suffix', '-us'),
  row('digitalocean-pat', 'DigitalOcean', 'dop_v1_', `${HEX}{64}`, 'personal access token'),
  row('digitalocean-oauth', 'DigitalOcean', 'doo_v1_', `${HEX}{64}`, 'OAuth token'),
  row('digitalocean-refresh', 'DigitalOcean', 'dor_v1_', `${HEX}{64}`, 'refresh token'),
  ...['dp.pt.', 'dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'].map((p) => row(`doppler-${p.split('.')[1]}`, 'Doppler', p, `${B62}{40,44}`, `${p} token`)),
  row('databricks', 'Databricks', 'dapi', `[a-fA-F0-9]{32}(?:-[0-9])?`, 'personal access token'),
  row('azure-devops-pat-2024', 'Azure DevOps', '', `[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}`, 'personal access token of the 2024 format (84 characters, AZDO signature)', 'AZDO'),
  row('azure-identifiable', 'Azure', '', `[A-Za-z0-9]{52}JQQJ9[9A-D][A-Za-z0-9]{26}`, 'identifiable key of Azure services (JQQJ9 signature, 84 characters)', 'JQQJ9'),
  row('cratesio', 'crates.io', 'cio', `${B62}{32}`, 'API token'),
  row('jina', 'Jina AI', 'jina_', `${B62}{60}`, 'API key'),
  row('teams-webhook-legacy', 'Microsoft Teams', 'outlook.office.com/webhook/', `[A-Za-z0-9@/_-]{40,300}`, 'incoming webhook URL (legacy host)'),
  row('sourcegraph-local', 'Sourcegraph', 'sgp_local_', `${HEX}{40}`, 'local access token'),
  row('twitch-stream-key', 'Twitch', 'live_', `[0-9]{6,12}_${B62}{30}`, 'stream key'),
  ...(['$1$', '$2a$', '$2b$', '$2y$', '$5$', '$6$', '$7$', '$8$', '$9$', '$y$', '$argon2id$', '$argon2i$'] as const).map(
    (p): PrefixRule => ({ id: `password-hash-${p.replace(/\$/g, '')}`, provider: 'crypt(3)', type: 'CREDENTIALS', prefix: p, body: '[A-Za-z0-9./$=,+]{16,200}', why: `password hash in modular crypt format (${p})` }),
  ),
  row('docker-pat', 'Docker', 'dckr_pat_', `${B64URL}{27,64}`, 'Docker Hub personal access token'),
  row('docker-oat', 'Docker', 'dckr_oat_', `${B64URL}{27,64}`, 'Docker Hub organization access token'),
  row('figma', 'Figma', 'figd_', `${B64URL}{40,64}`, 'personal access token'),
  ...['api', 'auth', 'client', 'scim', 'webhook'].map((k) => row(`tailscale-${k}`, 'Tailscale', `tskey-${k}-`, `${B62}{10,16}-${B62}{20,40}`, `${k} key`)),
  ...['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'].map((p) => row(`vercel-${p.slice(0, 3)}`, 'Vercel', p, `${B62}{24,64}`, `Vercel ${p} token`)),
  { id: 'github-app-installation', provider: 'GitHub', type: 'GITHUB_TOKEN', prefix: 'ghs_', body: `[0-9]{1,12}_eyJ${B64URL}{10,2000}\\.${B64URL}{10,4000}\\.${B64URL}{10,1000}`, why: 'app installation token carrying a JWT' },
  row('vault-service', 'HashiCorp Vault', 'hvs.', `${B64URL}{24,200}`, 'service token'),
  row('vault-batch', 'HashiCorp Vault', 'hvb.', `${B64URL}{24,300}`, 'batch token'),
  row('terraform-cloud', 'HashiCorp Terraform', '', `${B62}{14}\\.atlasv1\\.${B64URL}{60,70}`, 'Terraform Cloud API token', '.atlasv1.'),
  row('pulumi', 'Pulumi', 'pul-', `${HEX}{40}`, 'access token'),
  row('postman', 'Postman', 'PMAK-', `${HEX}{24}-${HEX}{34}`, 'API key'),
  row('linear', 'Linear', 'lin_api_', `${B62}{40}`, 'API key'),
  row('notion-legacy', 'Notion', 'secret_', `${B62}{43}`, 'integration secret'),
  row('notion', 'Notion', 'ntn_', `[0-9]{11}${B62}{35}`, 'integration token'),
  row('atlassian', 'Atlassian', 'ATATT3', `[A-Za-z0-9_=-]{100,200}`, 'API token'),
  row('atlassian-ctt', 'Atlassian', 'ATCTT3', `[A-Za-z0-9_=-]{100,200}`, 'Confluence/Jira token'),
  row('bitbucket', 'Bitbucket', 'ATBB', `[A-Za-z0-9_=.-]{32,100}`, 'app password'),
  row('sentry-org', 'Sentry', 'sntrys_', `[A-Za-z0-9+/=_]{60,300}`, 'organization token'),
  row('sentry-user', 'Sentry', 'sntryu_', `${HEX}{64}`, 'user token'),
  row('grafana-cloud', 'Grafana', 'glc_', `[A-Za-z0-9+/]{32,400}={0,2}`, 'Cloud API token'),
  row('grafana-sa', 'Grafana', 'glsa_', `${B62}{32}_${HEX}{8}`, 'service account token'),
  row('newrelic-user', 'New Relic', 'NRAK-', '[A-Z0-9]{27}', 'user API key'),
  row('newrelic-browser', 'New Relic', 'NRJS-', `${HEX}{19}`, 'browser API key'),
  row('newrelic-insights', 'New Relic', 'NRII-', `${B64URL}{32}`, 'insights insert key'),
  row('planetscale-token', 'PlanetScale', 'pscale_tkn_', `[A-Za-z0-9_=.-]{32,64}`, 'service token'),
  row('planetscale-password', 'PlanetScale', 'pscale_pw_', `[A-Za-z0-9_=.-]{32,64}`, 'password'),
  row('planetscale-oauth', 'PlanetScale', 'pscale_oauth_', `[A-Za-z0-9_=.-]{32,64}`, 'OAuth token'),
  row('supabase-pat', 'Supabase', 'sbp_', `${HEX}{40}`, 'personal access token'),
  row('supabase-secret', 'Supabase', 'sb_secret_', `${B64URL}{30,64}`, 'secret API key'),
  row('flyio', 'Fly.io', 'fo1_', `${B64URL}{43}`, 'org token'),
  row('flyio-macaroon', 'Fly.io', 'fm2_', `[A-Za-z0-9+/=,_-]{100,2000}`, 'macaroon token'),
  row('heroku', 'Heroku', 'HRKU-', `${B64URL}{60}`, 'API key (new format)'),
  row('square-access', 'Square', 'sq0atp-', `${B64URL}{22}`, 'access token'),
  row('square-secret', 'Square', 'sq0csp-', `${B64URL}{43}`, 'OAuth secret'),
  row('square-eaaa', 'Square', 'EAAA', `${B64URL}{60}`, 'production access token'),
  row('braintree', 'PayPal Braintree', 'access_token$production$', `[a-z0-9]{16}\\$${HEX}{32}`, 'access token'),
  row('facebook', 'Facebook', 'EAACEdEose0cBA', `${B62}{20,300}`, 'access token'),
  row('twitter-bearer', 'X (Twitter)', 'AAAAAAAAAAAAAAAAAAAAA', `[A-Za-z0-9%]{30,200}`, 'app bearer token'),
  row('shippo-live', 'Shippo', 'shippo_live_', `${HEX}{40}`, 'live token'),
  row('shippo-test', 'Shippo', 'shippo_test_', `${HEX}{40}`, 'test token'),
  row('dynatrace', 'Dynatrace', 'dt0c01.', '[A-Z0-9]{24}\\.[A-Z0-9]{64}', 'API token'),
  row('contentful', 'Contentful', 'CFPAT-', `${B64URL}{43}`, 'personal access token'),
  row('frameio', 'Frame.io', 'fio-u-', `[A-Za-z0-9_=-]{64}`, 'developer token'),
  row('adafruit', 'Adafruit IO', 'aio_', `${B62}{28}`, 'Adafruit IO key'),
  row('age', 'age', 'AGE-SECRET-KEY-1', '[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', 'age encryption secret key'),
  row('alibaba', 'Alibaba Cloud', 'LTAI', `${B62}{12,20}`, 'AccessKey id'),
  row('cloudflare-origin-ca', 'Cloudflare', 'v1.0-', `${HEX}{24}-${HEX}{146}`, 'Origin CA key'),
  row('duffel-live', 'Duffel', 'duffel_live_', `[A-Za-z0-9_=-]{43}`, 'live token'),
  row('duffel-test', 'Duffel', 'duffel_test_', `[A-Za-z0-9_=-]{43}`, 'test token'),
  row('dropbox', 'Dropbox', 'sl.', `${B64URL}{130,1000}`, 'short-lived access token'),
  row('easypost', 'EasyPost', 'EZAK', `${B62}{54}`, 'API key'),
  row('easypost-test', 'EasyPost', 'EZTK', `${B62}{54}`, 'test API key'),
  row('flutterwave-secret', 'Flutterwave', 'FLWSECK-', `${HEX}{32}-X`, 'secret key'),
  row('flutterwave-test', 'Flutterwave', 'FLWSECK_TEST-', `${HEX}{32}-X`, 'test secret key'),
  row('flutterwave-enc', 'Flutterwave', 'FLWSECK_TEST', `${HEX}{12}`, 'encryption key'),
  row('infracost', 'Infracost', 'ico-', `${B62}{32}`, 'API key'),
  row('jfrog', 'JFrog', 'AKCp', `${B62}{69}`, 'API key'),
  row('jfrog-reference', 'JFrog', 'cmVmdGtu', `${B62}{56}`, 'reference token'),
  row('mapbox', 'Mapbox', 'sk.eyJ', `${B64URL}{20,200}\\.${B64URL}{20,100}`, 'secret token'),
  row('octopus', 'Octopus Deploy', 'API-', '[A-Z0-9]{26}', 'API key'),
  row('prefect', 'Prefect', 'pnu_', `${B62}{36}`, 'API key'),
  row('readme', 'ReadMe', 'rdme_', '[a-z0-9]{70}', 'API key'),
  row('scalingo', 'Scalingo', 'tk-us-', `${B64URL}{48}`, 'API token'),
  row('sourcegraph', 'Sourcegraph', 'sgp_', `(?:[a-fA-F0-9]{16}_)?${HEX}{40}`, 'access token'),
  row('sourcegraph-cody', 'Sourcegraph', 'slk_', `${HEX}{64}`, 'Cody gateway key'),
  row('typeform', 'Typeform', 'tfp_', `[A-Za-z0-9_.=-]{59}`, 'personal token'),
  row('yandex-api', 'Yandex', 'AQVN', `${B64URL}{35,38}`, 'API key'),
  row('yandex-iam', 'Yandex', 't1.', `[A-Z0-9a-z_-]{20,200}[=]{0,2}\\.[A-Z0-9a-z_-]{86}[=]{0,2}`, 'IAM token'),
  row('yandex-oauth', 'Yandex', 'y0_', `${B64URL}{55}`, 'OAuth token'),
  row('onepassword-sa', '1Password', 'ops_eyJ', `${B64URL}{200,1500}`, 'service account token'),
  row('airtable-pat', 'Airtable', 'pat', `${B62}{14}\\.${HEX}{64}`, 'personal access token'),
  row('harness', 'Harness', 'pat.', `${B64URL}{22}\\.${HEX}{24}\\.${B62}{20}`, 'personal access token'),
  row('hubspot', 'HubSpot', 'pat-', `(?:na|eu)[0-9]-${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}`, 'private app token'),
  row('intra42', '42', 's-s4t2', `(?:ud|af)-${HEX}{64}`, 'client secret'),
  row('brevo', 'Brevo (Sendinblue)', 'xkeysib-', `${HEX}{64}-${B62}{16}`, 'API key'),
  row('resend', 'Resend', 're_', `${B62}{8}_${B62}{24}`, 'API key'),
  row('firecrawl', 'Firecrawl', 'fc-', `${HEX}{32}`, 'API key'),
  row('plaid', 'Plaid', 'access-', `(?:sandbox|development|production)-${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}`, 'access token'),
  row('discord-webhook', 'Discord', 'discord.com/api/webhooks/', `[0-9]{17,20}/${B64URL}{60,80}`, 'webhook URL'),
  row('discordapp-webhook', 'Discord', 'discordapp.com/api/webhooks/', `[0-9]{17,20}/${B64URL}{60,80}`, 'webhook URL'),
  row('teams-webhook', 'Microsoft Teams', 'webhook.office.com/webhookb2/', `[A-Za-z0-9@/_-]{40,300}`, 'incoming webhook URL'),
  row('zapier-webhook', 'Zapier', 'hooks.zapier.com/hooks/catch/', `[0-9]{4,12}/${B62}{5,12}`, 'webhook URL'),
  row('azure-ad-client-secret', 'Azure', '', `[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}`, 'Entra ID client secret (the nQ~ marker)', 'Q~'),
  row('azure-storage-sas', 'Azure', 'sig=', `[A-Za-z0-9%+/]{40,100}(?:%3D|=){0,2}`, 'shared access signature'),
  // Cloud and infrastructure
  row('aws-session-token', 'AWS', 'IQoJb3JpZ2luX2Vj', `[A-Za-z0-9+/=]{100,1500}`, 'STS session token (base64 of its origin field)'),
  row('aws-session-token-legacy', 'AWS', 'FwoGZXIvYXdzE', `[A-Za-z0-9+/=]{100,1500}`, 'older STS session token'),
  row('aws-bedrock', 'AWS', 'ABSKQmVkcm9ja0FQSUtleS', `[A-Za-z0-9+/=]{20,300}`, 'Bedrock API key (ABSK + base64 of "BedrockAPIKey-")'),
  row('tencent', 'Tencent Cloud', 'AKID', `${B62}{32}`, 'SecretId'),
  row('scaleway', 'Scaleway', 'SCW', '[A-Z0-9]{17}', 'access key'),
  row('render', 'Render', 'rnd_', `${B62}{32}`, 'API key'),
  row('netlify-pat', 'Netlify', 'nfp_', `${B62}{36,40}`, 'personal access token'),
  row('neon', 'Neon', 'napi_', '[a-z0-9]{64}', 'API key'),
  row('firebase-fcm', 'Firebase', 'APA91b', `${B64URL}{134}`, 'Cloud Messaging server key (after the AAAA…: project part)'),
  row('onepassword-secret-key', '1Password', 'A3-', '[A-Z0-9]{6}-(?:[A-Z0-9]{6}-[A-Z0-9]{5}|[A-Z0-9]{11})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}', 'account Secret Key'),
  // CI/CD and code quality
  row('circleci-pat', 'CircleCI', 'CCIPAT_', `${B62}{22}_${HEX}{40}`, 'personal API token'),
  row('circleci-project', 'CircleCI', 'CCIPRJ_', `${B62}{22}_${HEX}{40}`, 'project API token'),
  row('buildkite', 'Buildkite', 'bkua_', `${HEX}{40}`, 'agent/user access token'),
  row('sonarqube-user', 'SonarQube', 'squ_', `${HEX}{40}`, 'user token'),
  row('sonarqube-project', 'SonarQube', 'sqp_', `${HEX}{40}`, 'project analysis token'),
  row('sonarqube-global', 'SonarQube', 'sqa_', `${HEX}{40}`, 'global analysis token'),
  row('teamcity', 'TeamCity', 'eyJ0eXAiOiAiVENWMiJ9.', `${B64URL}{20,200}\\.${B64URL}{20,200}`, 'access token (TCV2 header)'),
  // AI and data
  row('fireworks', 'Fireworks AI', 'fw_', `${B62}{24}`, 'API key'),
  row('voyage', 'Voyage AI', 'pa-', `${B64URL}{43}`, 'API key'),
  row('nvidia', 'NVIDIA', 'nvapi-', `${B64URL}{64}`, 'NGC / build.nvidia.com API key'),
  row('cerebras', 'Cerebras', 'csk-', '[a-z0-9]{48}', 'API key'),
  row('openai-like-sk', 'OpenAI-compatible', 'sk-', `${B62}{32,100}`, 'sk- key of OpenAI-style providers (Stability, DeepSeek, Moonshot, …)'),
  // Payments and commerce
  row('razorpay-live', 'Razorpay', 'rzp_live_', `${B62}{14}`, 'live key id'),
  row('razorpay-test', 'Razorpay', 'rzp_test_', `${B62}{14}`, 'test key id'),
  row('mollie-live', 'Mollie', 'live_', `${B62}{30}`, 'live API key'),
  row('adyen', 'Adyen', 'AQE', `[A-Za-z0-9+/=_-]{80,300}`, 'API key'),
  row('woocommerce-key', 'WooCommerce', 'ck_', `${HEX}{40}`, 'REST consumer key'),
  row('woocommerce-secret', 'WooCommerce', 'cs_', `${HEX}{40}`, 'REST consumer secret'),
  row('facebook-page', 'Meta', 'EAA', `${B62}{90,300}`, 'Facebook / Instagram access token'),
  // Productivity and messaging
  row('clickup', 'ClickUp', 'pk_', `[0-9]{6,10}_[A-Z0-9]{32}`, 'personal API token'),
  row('telnyx', 'Telnyx', 'KEY', `[0-9A-F]{32}_${B62}{22}`, 'API v2 key'),
  row('slack-client', 'Slack', 'xoxc-', '[0-9A-Za-z-]{10,250}', 'Slack client token'),
  row('ifttt-webhook', 'IFTTT', 'maker.ifttt.com/', `[A-Za-z0-9_/-]{0,120}key/${B64URL}{20,64}`, 'webhook URL with its key'),
  // Password hashes of other formats
  cred('password-hash-apr1', 'Apache', '$apr1$', '[A-Za-z0-9./]{1,8}\\$[A-Za-z0-9./]{22}', 'htpasswd MD5 (apr1) hash'),
  cred('password-hash-pbkdf2', 'passlib', '$pbkdf2-sha', '(?:1|256|512)\\$[0-9]{1,7}\\$[A-Za-z0-9./+=]{8,64}\\$[A-Za-z0-9./+=]{20,100}', 'PBKDF2 password hash'),
  cred('password-hash-django', 'Django', 'pbkdf2_sha256$', '[0-9]{4,7}\\$[A-Za-z0-9]{8,32}\\$[A-Za-z0-9+/=]{44}', 'Django password hash'),
  row('aws-appsync', 'AWS', 'da2-', '[a-z0-9]{26}', 'AppSync GraphQL API key'),
  row('langfuse-secret', 'Langfuse', 'sk-lf-', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'secret key'),
  row('ory-pat', 'Ory', 'ory_pat_', `${B62}{32}`, 'personal access token'),
  row('ory-session', 'Ory', 'ory_st_', `${B62}{32}`, 'session token'),
  row('posthog-personal', 'PostHog', 'phx_', `${B62}{43}`, 'personal API key'),
  row('dynatrace-platform', 'Dynatrace', 'dt0s01.', '[A-Z0-9]{24}\\.[A-Z0-9]{64}', 'platform token'),
  row('trello-token', 'Trello', 'ATTA', `${HEX}{64}[A-F0-9]{8}`, 'API token'),
  // Developer platforms, registries and deploy services (formats from each provider's token documentation)
  row('deno-deploy', 'Deno Deploy', 'ddp_', `${B62}{36}`, 'personal access token'),
  row('deno-deploy-org', 'Deno Deploy', 'ddo_', `${B62}{36}`, 'organization token'),
  row('mailersend', 'MailerSend', 'mlsn.', `${HEX}{64}`, 'API token'),
  row('statsig-server', 'Statsig', 'secret-', `${B62}{40,50}`, 'server secret key'),
  row('paddle-live', 'Paddle', 'pdl_live_apikey_', `${B62}{20,64}(?:_${B62}{10,40})?`, 'live API key'),
  row('paddle-sandbox', 'Paddle', 'pdl_sdbx_apikey_', `${B62}{20,64}(?:_${B62}{10,40})?`, 'sandbox API key'),
  row('snyk-pat', 'Snyk', 'snyk_uat.', `${HEX}{8}\\.${B64URL}{20,100}`, 'user access token'),
  // Formats from the providers' documentation of their keys.
  row('adobe-client-secret', 'Adobe', 'p8e-', `${B62}{32}`, 'OAuth client secret'),
  row('defined-networking', 'Defined Networking', 'dnkey-', '[a-z0-9=_-]{26}-[a-z0-9=_-]{52}', 'Managed Nebula API token'),
  row('newrelic-admin', 'New Relic', 'NRAA-', `${HEX}{27}`, 'admin API key'),
  row('amazon-mws', 'Amazon', 'amzn.mws.', `${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}`, 'Marketplace Web Service auth token'),
  row('amazon-oauth-secret', 'Amazon', 'amzn1.oa2-cs.v1.', `${HEX}{64}`, 'Login with Amazon client secret'),
  row('riot-games', 'Riot Games', 'RGAPI-', `${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}`, 'developer API key'),
  { ...row('discord-bot', 'Discord', '', `[A-Za-z0-9](?:${B62}{25,26}|${B62}{23})\\.${B64URL}{6}\\.(?:${B64URL}{38}|${B64URL}{27})`, 'bot token (base64 of the bot id, timestamp, HMAC)', '.'), valid: discordIdPartValid },
  // Providers that other scanners' public rule lists name and this table lacked; formats from each
  // provider's documentation of its keys.
  row('dropbox-long-lived', 'Dropbox', '', `${B64URL}{11}AAAAAAAAAA${B64URL}{43}`, 'long-lived access token (11, AAAAAAAAAA, 43)', 'AAAAAAAAAA'),
  row('grafana-api-legacy', 'Grafana', 'eyJrIjoi', `[A-Za-z0-9+/]{40,200}={0,2}`, 'legacy API key (base64 of {"k":"…","n":…,"id":…})'),
  row('vault-recovery', 'HashiCorp Vault', 'hvr.', `${B64URL}{24,200}`, 'recovery token'),
  { ...row('vault-service-legacy', 'HashiCorp Vault', 's.', `${B62}{24}`, 'service token before Vault 1.10 (s. + 24 base62)'), valid: mixedCase },
  { ...row('vault-recovery-legacy', 'HashiCorp Vault', 'r.', `${B62}{24}`, 'recovery token before Vault 1.10 (r. + 24 base62)'), valid: mixedCase },
  row('newrelic-insights-query', 'New Relic', 'NRIQ-', `${B64URL}{32}`, 'insights query key'),
  row('newrelic-rest', 'New Relic', 'NRRA-', `${HEX}{42}`, 'REST API key'),
  row('newrelic-pixie-api', 'New Relic', 'px-api-', `${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}`, 'Pixie API key'),
  row('newrelic-pixie-deploy', 'New Relic', 'px-dep-', `${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}`, 'Pixie deploy key'),
  row('stackhawk', 'StackHawk', 'hawk.', `${B64URL}{20}\\.${B64URL}{20}`, 'API key (hawk. + 20 + . + 20)'),
  row('segment-public-api', 'Segment', 'sgp_', `${B62}{64}`, 'Public API token'),
  row('dependency-track', 'Dependency-Track', 'odt_', `(?:${B62}{8}_)?${B62}{32}`, 'API key (odt_, with a public id part since 4.13)'),
  row('mapbox-temporary', 'Mapbox', 'tk.eyJ', `${B64URL}{20,200}\\.${B64URL}{20,100}`, 'temporary token'),
  row('django-insecure', 'Django', 'django-insecure-', '[a-z0-9!@#$%^&*(=+)_-]{50}', 'SECRET_KEY generated by startproject (50 characters of its alphabet)'),
  row('thingsboard-access', 'ThingsBoard', 'api/v1/', `${B62}{20}/(?:telemetry|attributes|rpc|claim|provision)`, 'device access token in a device API path'),
  row('prefect-bot', 'Prefect', 'pnb_', `${B62}{36}`, 'service account (bot) API key'),
  row('ionic', 'Ionic', 'ion_', `${B62}{42}`, 'personal access token'),
  row('samsara', 'Samsara', 'samsara_api_', `${B62}{30}`, 'API token'),
  row('zuplo', 'Zuplo', 'zpka_', `${HEX}{32}_${HEX}{8}`, 'API key'),
  cred('kerberos-asrep', 'Kerberos', '$krb5asrep$23$', `[A-Za-z0-9._@-]{1,100}:${HEX}{32}\\$${HEX}{64,4000}`, 'AS-REP roastable hash (etype 23)'),
  // Microsoft's identifiable keys carry a fixed signature at a fixed place (Azure's key-format documentation).
  row('azure-storage-identifiable', 'Azure', '', `[A-Za-z0-9+/]{76}\\+ASt[A-Za-z0-9+/]{6}==`, 'storage account key (+ASt signature)', '+ASt'),
  row('azure-cosmos-identifiable', 'Azure', '', `[A-Za-z0-9+/]{76}ACDb[A-Za-z0-9+/]{6}==`, 'Cosmos DB key (ACDb signature)', 'ACDb'),
  row('azure-servicebus-identifiable', 'Azure', '', `[A-Za-z0-9+/]{33}\\+(?:ASb|AEh|ARm)[A-Za-z0-9+/]{6}=`, 'Service Bus / Event Hubs / Relay key (+ASb, +AEh, +ARm)', '+A'),
  row('azure-iot-identifiable', 'Azure', '', `[A-Za-z0-9+/]{33}AIoT[A-Za-z0-9+/]{6}=`, 'IoT Hub key (AIoT signature)', 'AIoT'),
  row('azure-functions-identifiable', 'Azure', '', `[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==`, 'Functions key (AzFu signature)', 'AzFu'),
  row('azure-redis-identifiable', 'Azure', '', `[A-Za-z0-9]{33}AzCa[A-P][A-Za-z0-9]{5}=`, 'Cache for Redis key (AzCa signature)', 'AzCa'),
  row('intercom-token', 'Intercom', 'dG9rOj', `[A-Za-z0-9+/]{40,100}={0,2}`, 'access token (base64 of "tok:…")'),
  row('linear-oauth', 'Linear', 'lin_oauth_', `${HEX}{64}`, 'OAuth access token'),
  row('azure-acr-identifiable', 'Azure', '', `[A-Za-z0-9+/]{42}\\+ACR[A-Za-z0-9+/]{6}`, 'Container Registry key (+ACR signature)', '+ACR'),
];

/**
 * Keyword rows: no prefix; the value shape counts only when assigned to a name holding one of the words.
 * Checked in the assignment scan (`NAME=value`, `"name": "value"`, `name: value`).
 */
export interface KeywordRule {
  id: string;
  provider: string;
  /** Tested on the lower-cased name the value is assigned to. */
  name: RegExp;
  value: RegExp;
  why: string;
  /**
   * The provider's name alone ties the value to a secret (`BUNDLE_ENTERPRISE__CONTRIBSYS__COM=…`). Other
   * rows count only when the name also holds a secret word (`key`, `token`, `secret`, …), so that
   * `GITHUB_COMMIT=<40 hex>` or `SENTRY_RELEASE=<hex>` are left alone.
   */
  nameSuffices?: boolean;
}

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const kw = (id: string, provider: string, name: RegExp, value: string, why: string): KeywordRule => ({ id, provider, name, value: new RegExp(`^(?:${value})$`), why });

export const KEYWORD_RULES: readonly KeywordRule[] = [
  kw('mistral', 'Mistral', /mistral/, `${B62}{32}`, 'Mistral API key under a Mistral name'),
  kw('aws-secret', 'AWS', /aws|secret_?access/, '[A-Za-z0-9/+=]{40}', 'AWS secret access key'),
  kw('azure-storage-key', 'Azure', /accountkey|storage|azure/, '[A-Za-z0-9+/]{86}==', 'storage account key'),
  kw('azure-shared-access-key', 'Azure', /sharedaccesskey|servicebus|eventhub/, '[A-Za-z0-9+/]{43}=', 'Service Bus / Event Hubs SAS key'),
  kw('azure-devops-pat', 'Azure DevOps', /azure|ado|devops|vsts/, '[a-z2-7]{52}|[A-Za-z0-9]{84}', 'Azure DevOps PAT'),
  kw('azure-cognitive', 'Azure', /azure|cognitive|openai|speech|translator|ocp-apim/, '[a-f0-9]{32}|[A-Za-z0-9]{84}', 'Azure AI services key'),
  kw('datadog', 'Datadog', /datadog|\bdd_|^dd[-_]/, '[a-f0-9]{32}|[a-f0-9]{40}', 'API or application key'),
  kw('heroku-legacy', 'Heroku', /heroku/, UUID, 'API key (UUID)'),
  { ...kw('sidekiq', 'Sidekiq', /contribsys|sidekiq/, '[a-f0-9]{8}:[a-f0-9]{8}', 'Sidekiq Pro/Enterprise credentials'), nameSuffices: true },
  kw('twilio-auth', 'Twilio', /twilio/, '[a-f0-9]{32}', 'auth token'),
  kw('cloudflare', 'Cloudflare', /cloudflare|\bcf_/, `${B64URL}{40}|[a-f0-9]{37}`, 'API token or global key'),
  kw('algolia', 'Algolia', /algolia/, '[a-f0-9]{32}', 'admin API key'),
  kw('snyk', 'Snyk', /snyk/, UUID, 'API token'),
  kw('okta', 'Okta', /okta/, `00${B64URL}{40}`, 'API token'),
  kw('launchdarkly', 'LaunchDarkly', /launchdarkly|\bld_/, `(?:api|sdk)-${UUID}`, 'API/SDK key'),
  kw('netlify', 'Netlify', /netlify/, `${B64URL}{40,46}`, 'access token'),
  kw('vercel', 'Vercel', /vercel/, `${B62}{24}`, 'access token'),
  kw('cohere', 'Cohere', /cohere|\bco_/, `${B62}{40}`, 'API key'),
  kw('wandb', 'Weights & Biases', /wandb/, '[a-f0-9]{40}', 'API key'),
  kw('postmark', 'Postmark', /postmark/, UUID, 'server token'),
  kw('mailjet', 'Mailjet', /mailjet|\bmj_/, '[a-f0-9]{32}', 'API key or secret'),
  kw('intercom', 'Intercom', /intercom/, `${B64URL}{59}=`, 'access token'),
  kw('pagerduty', 'PagerDuty', /pagerduty|\bpd_/, '[A-Za-z0-9_+-]{20}', 'API key'),
  kw('sumologic', 'Sumo Logic', /sumo/, `${B62}{64}`, 'access key'),
  kw('travisci', 'Travis CI', /travis/, `${B62}{22}`, 'API token'),
  kw('zendesk', 'Zendesk', /zendesk/, `${B62}{40}`, 'API token'),
  kw('codecov', 'Codecov', /codecov/, UUID, 'upload token'),
  kw('freshbooks', 'FreshBooks', /freshbooks/, '[a-f0-9]{64}', 'access token'),
  kw('gocardless', 'GoCardless', /gocardless/, `live_${B64URL}{40}`, 'access token'),
  kw('lob', 'Lob', /\blob/, `(?:live|test)_[a-f0-9]{35}`, 'API key'),
  kw('confluent', 'Confluent', /confluent|kafka/, `${B62}{16}|[A-Za-z0-9+/]{64}`, 'API key or secret'),
  kw('coinbase', 'Coinbase', /coinbase/, `${B62}{16}|[A-Za-z0-9+/=]{88}`, 'API key'),
  kw('kucoin', 'KuCoin', /kucoin/, `[a-f0-9]{24}|${UUID}`, 'API key or secret'),
  kw('etsy', 'Etsy', /etsy/, '[a-z0-9]{24}', 'API key'),
  kw('twitch', 'Twitch', /twitch/, '[a-z0-9]{30}', 'API token'),
  kw('meraki', 'Cisco Meraki', /meraki/, '[a-f0-9]{40}', 'API key'),
  kw('looker', 'Looker', /looker/, `${B62}{20,24}`, 'client secret'),
  kw('messagebird', 'MessageBird', /messagebird|message_bird/, `${B62}{25}`, 'API key'),
  kw('asana', 'Asana', /asana/, '[0-9]{16}|[0-9]/[0-9]{16,}:[a-f0-9]{32}', 'PAT or client secret'),
  kw('beamer', 'Beamer', /beamer/, 'b_[a-z0-9=_-]{44}', 'API key'),
  kw('sendbird', 'Sendbird', /sendbird/, '[a-f0-9]{40}', 'API token'),
  kw('rapidapi', 'RapidAPI', /rapidapi|rapid_api/, `${B64URL}{50}`, 'API key'),
  kw('together', 'Together AI', /together/, '[a-f0-9]{64}', 'API key'),
  kw('deepseek', 'DeepSeek', /deepseek/, `sk-${HEX}{32}`, 'API key'),
  kw('github-classic', 'GitHub', /github|\bgh_/, '[a-f0-9]{40}', 'classic 40-hex token'),
  kw('linode', 'Linode (Akamai)', /linode/, '[a-f0-9]{64}', 'personal access token'),
  kw('vultr', 'Vultr', /vultr/, '[A-Z0-9]{36}', 'API key'),
  kw('hetzner', 'Hetzner Cloud', /hcloud|hetzner/, `${B62}{64}`, 'API token'),
  kw('mandrill', 'Mandrill', /mandrill/, `${B64URL}{22}`, 'API key'),
  kw('sparkpost', 'SparkPost', /sparkpost/, '[a-f0-9]{40}', 'API key'),
  kw('twitter', 'X (Twitter)', /twitter|\btw_|consumer/, `${B62}{25}|${B62}{35,50}`, 'consumer key or secret'),
  kw('facebook-app-secret', 'Meta', /facebook|\bfb_|app_?secret/, '[a-f0-9]{32}', 'app secret'),
  kw('auth0', 'Auth0', /auth0/, `${B64URL}{32,64}`, 'client secret or management token'),
  kw('paypal', 'PayPal', /paypal/, `${B64URL}{40,80}`, 'client secret'),
  kw('binance', 'Binance', /binance/, `${B62}{64}`, 'API key or secret'),
  kw('infura', 'Infura', /infura/, '[a-f0-9]{32}', 'project secret'),
  kw('alchemy', 'Alchemy', /alchemy/, `${B64URL}{32}`, 'API key'),
  kw('etherscan', 'Etherscan', /etherscan|bscscan|polygonscan/, '[A-Z0-9]{34}', 'API key'),
  kw('serpapi', 'SerpApi', /serp/, '[a-f0-9]{64}', 'API key'),
  kw('assemblyai', 'AssemblyAI', /assembly/, '[a-f0-9]{32}', 'API key'),
  kw('deepgram', 'Deepgram', /deepgram/, '[a-f0-9]{40}', 'API key'),
  kw('trello', 'Trello', /trello/, '[a-f0-9]{32}|[a-f0-9]{64}', 'API key or token'),
  kw('airtable-legacy', 'Airtable', /airtable/, `key${B62}{14}`, 'legacy API key'),
  kw('hubspot-legacy', 'HubSpot', /hubspot|hapikey/, UUID, 'legacy API key'),
  kw('pipedrive', 'Pipedrive', /pipedrive/, '[a-f0-9]{40}', 'API token'),
  kw('honeycomb', 'Honeycomb', /honeycomb/, `${B62}{22}|[a-f0-9]{32}`, 'API key'),
  kw('splunk', 'Splunk', /splunk|\bhec/, UUID, 'HTTP Event Collector token'),
  kw('opsgenie', 'Opsgenie', /opsgenie/, UUID, 'API key'),
  kw('bugsnag', 'Bugsnag', /bugsnag/, '[a-f0-9]{32}', 'API key'),
  kw('rollbar', 'Rollbar', /rollbar/, '[a-f0-9]{32}', 'access token'),
  kw('honeybadger', 'Honeybadger', /honeybadger/, `${B62}{20,32}`, 'API key'),
  kw('jenkins', 'Jenkins', /jenkins/, '[a-f0-9]{32,34}', 'API token'),
  kw('saucelabs', 'Sauce Labs', /sauce/, UUID, 'access key'),
  kw('browserstack', 'BrowserStack', /browserstack/, `${B62}{20}`, 'access key'),
  kw('shodan', 'Shodan', /shodan/, `${B62}{32}`, 'API key'),
  kw('virustotal', 'VirusTotal', /virustotal|\bvt_/, '[a-f0-9]{64}', 'API key'),
  kw('vonage', 'Vonage (Nexmo)', /nexmo|vonage/, `${B62}{16}|[a-f0-9]{8}`, 'API secret'),
  kw('plivo', 'Plivo', /plivo/, `${B62}{40}`, 'auth token'),
  kw('pusher', 'Pusher', /pusher/, '[a-f0-9]{20}', 'app secret'),
  kw('ibm-cloud', 'IBM Cloud', /ibm|softlayer|\bsl_|cloudant/, `${B64URL}{44}|[a-z0-9]{64}`, 'API key'),
  kw('circleci-legacy', 'CircleCI', /circle/, '[a-f0-9]{40}', 'personal API token (legacy)'),
  kw('zoom', 'Zoom', /zoom/, `${B62}{22,32}`, 'client secret or SDK secret'),
  kw('spotify', 'Spotify', /spotify/, '[a-f0-9]{32}', 'client secret'),
  kw('openweather', 'OpenWeather', /openweather|\bowm/, '[a-f0-9]{32}', 'API key'),
  kw('sentry-legacy', 'Sentry', /sentry/, '[a-f0-9]{32}|[a-f0-9]{64}', 'auth token (legacy)'),
  kw('newrelic-license', 'New Relic', /new_?relic|\bnr_/, `[a-f0-9]{40}|[A-Za-z0-9]{36}NRAL`, 'license key'),
  kw('ai21', 'AI21', /ai21/, `${B62}{32}`, 'API key'),
  kw('elevenlabs-legacy', 'ElevenLabs', /eleven|xi_?api/, '[a-f0-9]{32}', 'API key (legacy)'),
  kw('replicate-legacy', 'Replicate', /replicate/, '[a-f0-9]{40}', 'API token (legacy)'),
  kw('pinecone-legacy', 'Pinecone', /pinecone/, UUID, 'API key (legacy)'),
  kw('vector-db', 'Weaviate / Qdrant', /weaviate|qdrant/, `${B64URL}{32,64}`, 'API key'),
  kw('gitlab-legacy', 'GitLab', /gitlab/, `${B64URL}{20}`, 'personal access token (legacy, no prefix)'),
  kw('mattermost', 'Mattermost', /mattermost/, '[a-z0-9]{26}', 'access token'),
  kw('freshdesk', 'Freshdesk', /freshdesk/, `${B62}{20}`, 'API key'),
  kw('linkedin', 'LinkedIn', /linkedin/, `${B62}{16}`, 'client secret'),
  kw('ovh', 'OVHcloud', /\bovh/, `${B62}{32}`, 'application secret or consumer key'),
  kw('backblaze', 'Backblaze B2', /backblaze|\bb2_/, `K[0-9]{3}[A-Za-z0-9+/]{27}`, 'application key'),
  kw('drone', 'Drone CI', /drone/, `${B62}{32}`, 'access token'),
  kw('railway', 'Railway', /railway/, UUID, 'API token'),
  kw('mixpanel', 'Mixpanel', /mixpanel/, '[a-f0-9]{32}', 'API secret'),
  kw('amplitude', 'Amplitude', /amplitude/, '[a-f0-9]{32}', 'secret key'),
  kw('fastly', 'Fastly', /fastly/, `${B64URL}{32}`, 'API token'),
  kw('azure-search', 'Azure', /search|cosmos/, `[A-Za-z0-9]{52}AzSe[A-Za-z0-9]{4}|[A-Za-z0-9+/]{86}==`, 'AI Search admin key or Cosmos DB key'),
  kw('blynk', 'Blynk', /blynk/, `${B64URL}{32}`, 'device auth token or organization access token'),
  // SonarQube's scanner property `sonar.login` (and `sonar.token` since 10.0) takes a user token; before the
  // squ_/sqp_/sqa_ prefixes (9.x) a token was 40 hex.
  { ...kw('sonarqube-legacy', 'SonarQube', /sonar[._-]?(?:login|token)/, '[a-f0-9]{40}', 'token before the prefixed formats'), nameSuffices: true },
  { ...kw('codeclimate', 'Code Climate', /codeclimate|code_climate|cc_test_reporter/, '[a-f0-9]{64}', 'test reporter id (uploads coverage)'), nameSuffices: true },
  kw('particle', 'Particle', /particle/, '[a-f0-9]{40}', 'access token'),
  kw('nasa', 'NASA', /nasa/, `${B62}{40}`, 'api.nasa.gov key'),
  { ...kw('thingsboard-provision', 'ThingsBoard', /provision_?device_?(?:key|secret)|thingsboard/, `${B62}{20}`, 'device provisioning key or secret'), nameSuffices: true },
  kw('truenas', 'TrueNAS', /truenas|freenas/, `[0-9]{1,4}-${B62}{64}`, 'API key (id, -, 64 characters)'),
  kw('segment-write', 'Segment', /segment/, `${B62}{32}`, 'write key'),
];

/**
 * Digests written in base64 after their algorithm's label: npm/yarn/pnpm `integrity` and HTML subresource
 * integrity (`sha512-…`, `sha384-…`), Nix `narHash` (`sha256-…`), Go's go.sum and Terraform's lock file
 * (`h1:…`). The label and the body's length (a digest has a fixed size) make the run data, not a key: a
 * 32-character run between its `/` and `+` is chance. `before`: the label ends where the token run starts
 * (`:` is no token character); otherwise it opens the run.
 */
export const BASE64_DIGEST_LABELS: ReadonlyArray<{ label: string; before: boolean }> = [
  { label: 'sha1-', before: false },
  { label: 'sha224-', before: false },
  { label: 'sha256-', before: false },
  { label: 'sha384-', before: false },
  { label: 'sha512-', before: false },
  { label: 'h1:', before: true },
];
/** Base64 lengths of the digests, padding included: SHA-1 (20 bytes), SHA-224, SHA-256, SHA-384, SHA-512. */
export const BASE64_DIGEST_LENGTHS: ReadonlySet<number> = new Set([28, 40, 44, 64, 88]);

/**
 * Words that make a quoted phrase under a password or secret name a label about the secret, not the secret
 * (i18n strings and form texts: `password_confirmation: "Confirm password"`, `"Mot de passe oublié ?"`). A
 * passphrase of other words (`"correct horse battery staple"`) is still a password.
 */
export const SECRET_LABEL_WORDS: readonly string[] = [
  'password', 'passwords', 'passphrase', 'passcode', 'pin', 'token', 'tokens', 'key', 'keys', 'secret', 'secrets', 'credentials',
  'passwort', 'kennwort', 'contraseña', 'contrasena', 'senha', 'wachtwoord', 'hasło', 'haslo', 'salasana', 'lösenord', 'losenord',
  'mot de passe', 'clave', 'chiave', 'schlüssel', 'clé', 'パスワード', 'トークン', '密码', '비밀번호', 'пароль',
];
