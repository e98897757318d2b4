/**
 * Provider-shaped strings, valid and almost valid (secrets10 round): for each of 30 provider formats, tokens
 * built to the provider's documented shape (with its checksum or structure where it has one: GitHub's and
 * npm's CRC-32, age's bech32, PyPI's macaroon, Discord's base64 user id, Anthropic's `AA` tail, OpenAI's
 * `T3BlbkFJ`) and near misses of them. Built at run time from a seeded generator (no token is stored in the
 * repository), labelled by the near-miss policy written down before the detector read any row
 * (bench/data/README-secrets.md, "Provider near misses"):
 *
 * - P1: a provider's prefix followed by random key material of at least 16 characters is a secret, whether
 *   its checksum holds, its length is a few characters off, or one character is outside the format's
 *   alphabet: a cut or mistyped key still gives the key away, and text cannot tell it from a real one;
 * - P2: a format without a prefix (Discord bot tokens, Telegram bot tokens, Mailchimp keys) is told only by
 *   its structure: a string failing the structure is not that provider's key;
 * - P3: a prefix followed by words, a placeholder or fewer than 16 characters is no key;
 * - a prefix with a letter changed is no provider's prefix: a secret only in the shape every provider now
 *   uses (`<lower-case prefix>_` + 32 or more random letters and digits of both cases), none otherwise.
 *
 * Rows of one provider share a split (hash of the set name and the provider), so the policy is fitted on
 * the tune providers and measured on the others. Contexts hold no credential word, so the token is judged
 * by its own shape, not by a name it is assigned to.
 */
import { splitOf, shortHash, type Split } from '../data/build/common.js';
import { bech32Encode, rng, toFiveBit } from '../../test/detect/pii-gen.js';

export interface ProviderNearMissRow {
  id: string;
  provider: string;
  /** `valid`, `checksum`, `short`, `long`, `charset`, `prefix-typo`, `not-key`. */
  family: string;
  label: 'secret' | 'none';
  split: Split;
  text: string;
}

const SET = 'secrets-provider-nearmiss';
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = `${B62}-_`;
const HEX = '0123456789abcdef';
const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const DIGITS = '0123456789';

type Rand = () => number;
const draw = (r: Rand, alphabet: string, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(r() * alphabet.length)];
  return s;
};
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

// --- checksums, written here from the formats' descriptions (independent of src/detect) ------------------

function crc32(s: string | Uint8Array): number {
  let c = 0xffffffff;
  const bytes = typeof s === 'string' ? Buffer.from(s, 'latin1') : s;
  for (const x of bytes) {
    c ^= x;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n: number, width: number): string {
  let s = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) s = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'[v % 62]! + s;
  return s.padStart(width, '0');
}
/** GitHub (2021) and npm: 30 random base62 characters, then their CRC-32 in 6 base62 digits. */
const crcBody = (random: string): string => random + base62(crc32(random), 6);

/** An age secret key (`AGE-SECRET-KEY-1…`): 32 random bytes in bech32, upper case. */
function ageKey(r: Rand, breakChecksum: boolean): string {
  const bytes = Array.from({ length: 32 }, () => Math.floor(r() * 256));
  let key = bech32Encode('age-secret-key-', toFiveBit(bytes)).toUpperCase();
  if (breakChecksum) key = flipAt(key, key.length - 1 - int(r, 0, 5), BECH32.toUpperCase(), r);
  return key;
}

/** A PyPI token: `pypi-` and the base64url of a version-2 macaroon (location pypi.org, a UUID id, caveats, signature). */
function pypiToken(r: Rand, cut: boolean): string {
  const field = (type: number, data: Buffer): Buffer => Buffer.concat([Buffer.from([type, data.length]), data]);
  const hex = (n: number) => draw(r, HEX, n);
  const uuid = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
  const caveat = `{"version": 1, "permissions": {"projects": ["${draw(r, 'abcdefghijklmnopqrstuvwxyz', int(r, 5, 12))}"]}}`;
  const mac = Buffer.concat([
    Buffer.from([2]),
    field(1, Buffer.from('pypi.org')),
    field(2, Buffer.from(uuid)),
    Buffer.from([0]),
    field(2, Buffer.from(caveat)),
    Buffer.from([0, 0]),
    field(6, Buffer.from(Array.from({ length: 32 }, () => Math.floor(r() * 256)))),
  ]);
  const b64 = mac.toString('base64url');
  return `pypi-${cut ? b64.slice(0, b64.length - int(r, 20, 40)) : b64}`;
}

/** Base64url of a Discord snowflake (17-19 digits, first 1-9), unpadded. */
const discordId = (r: Rand, digits = int(r, 18, 19)): string => Buffer.from(String(int(r, 1, 9)) + draw(r, DIGITS, digits - 1)).toString('base64url');

/** `s` with the character at `i` replaced by another of `alphabet`. */
function flipAt(s: string, i: number, alphabet: string, r: Rand): string {
  let c = s[i]!;
  while (c === s[i]) c = alphabet[Math.floor(r() * alphabet.length)]!;
  return s.slice(0, i) + c + s.slice(i + 1);
}

// --- formats -------------------------------------------------------------------------------------------

/**
 * One provider format. Prefixed formats are `prefix + head + body + tail`, where `body` (random, of
 * `alphabet`) is the part cut, lengthened or broken; `head`/`tail` are fixed structure around it.
 */
interface Format {
  provider: string;
  /** Policy P1 (prefixed) or P2 (structure only). */
  prefixed: boolean;
  prefix: string;
  alphabet: string;
  /** Length of the random body. */
  length: number;
  /** A character outside the alphabet that a token run still holds (for `charset`). */
  outside: string;
  head?: (r: Rand) => string;
  tail?: (r: Rand) => string;
  /** Builds a valid token from a random body (a checksum appended, a structure around it). */
  make?: (r: Rand) => string;
  /** A token whose checksum or inner structure fails, all else valid. */
  checksumMiss?: (r: Rand) => string;
  /** Near misses of formats without a prefix (P2): each a string that fails the structure. */
  structureMisses?: Array<(r: Rand) => string>;
  /** Strings shaped like the format that are no key (P3). */
  notKeys: (r: Rand) => string[];
}

const plain = (provider: string, prefix: string, alphabet: string, length: number, outside: string, extra: Partial<Format> = {}): Format => ({
  provider,
  prefixed: true,
  prefix,
  alphabet,
  length,
  outside,
  notKeys: (r) => [`${prefix}your_${provider.toLowerCase().replace(/\W+/g, '_')}_key_here`, `${prefix}${'x'.repeat(Math.max(length, 24))}`, `${prefix}${draw(r, alphabet, int(r, 6, 10))}`],
  ...extra,
});

const githubLike = (provider: string, prefix: string): Format =>
  plain(provider, prefix, B62, 30, '-', {
    make: (r) => prefix + crcBody(draw(r, B62, 30)),
    checksumMiss: (r) => {
      const t = prefix + crcBody(draw(r, B62, 30));
      return flipAt(t, prefix.length + int(r, 0, 29), B62, r);
    },
  });

const FORMATS: readonly Format[] = [
  githubLike('GitHub', 'ghp_'),
  githubLike('GitHub OAuth', 'gho_'),
  githubLike('npm', 'npm_'),
  plain('GitLab', 'glpat-', B64URL, 20, '.'),
  {
    ...plain('Slack', 'xoxb-', B62, 24, '_'),
    head: (r) => `${draw(r, DIGITS, int(r, 10, 13))}-${draw(r, DIGITS, int(r, 10, 13))}-`,
  },
  plain('Stripe', 'sk_live_', B62, 24, '-'),
  plain('Stripe restricted', 'rk_live_', B62, 24, '-'),
  {
    ...plain('PyPI', 'pypi-', B64URL, 0, '.'),
    make: (r) => pypiToken(r, false),
    checksumMiss: (r) => pypiToken(r, true),
  },
  {
    ...plain('OpenAI', 'sk-proj-', B64URL, 74, '.'),
    make: (r) => `sk-proj-${draw(r, B64URL, 74)}T3BlbkFJ${draw(r, B64URL, 74)}`,
  },
  { ...plain('Anthropic', 'sk-ant-api03-', B64URL, 93, '.'), tail: () => 'AA' },
  plain('Hugging Face', 'hf_', LETTERS, 34, '5'),
  plain('Google', 'AIza', B64URL, 35, '.'),
  plain('AWS', 'AKIA', UPPER32, 16, 'a'),
  {
    ...plain('SendGrid', 'SG.', B64URL, 43, '.'),
    head: (r) => `${draw(r, B64URL, 22)}.`,
  },
  plain('Twilio', 'SK', HEX, 32, 'g'),
  plain('Shopify', 'shpat_', HEX, 32, 'g'),
  plain('DigitalOcean', 'dop_v1_', HEX, 64, 'g'),
  plain('Databricks', 'dapi', HEX, 32, 'g'),
  plain('Groq', 'gsk_', B62, 52, '-'),
  plain('RubyGems', 'rubygems_', HEX, 48, 'g'),
  plain('Doppler', 'dp.pt.', B62, 43, '-'),
  plain('Linear', 'lin_api_', B62, 40, '-'),
  { ...plain('Postman', 'PMAK-', HEX, 34, 'g'), head: (r) => `${draw(r, HEX, 24)}-` },
  // Grafana service-account tokens end with `_` and 8 hex (a checksum whose input is not documented: not built).
  { ...plain('Grafana', 'glsa_', B62, 32, '-'), tail: (r) => `_${draw(r, HEX, 8)}` },
  plain('Supabase', 'sbp_', HEX, 40, 'g'),
  plain('Replicate', 'r8_', B62, 37, '-'),
  {
    ...plain('age', 'AGE-SECRET-KEY-1', BECH32.toUpperCase(), 58, 'B'),
    make: (r) => ageKey(r, false),
    checksumMiss: (r) => ageKey(r, true),
  },
  {
    provider: 'Discord',
    prefixed: false,
    prefix: '',
    alphabet: B64URL,
    length: 27,
    outside: '.',
    make: (r) => `${discordId(r)}.${draw(r, B64URL, 6)}.${draw(r, B64URL, 27)}`,
    structureMisses: [
      // the id part does not open with a digit's base64 (P, A, Z, …)
      (r) => `${draw(r, 'ABCDEFGHIJKLPQRSTUVWXYZ', 1)}${draw(r, B62, 23)}.${draw(r, B64URL, 6)}.${draw(r, B64URL, 27)}`,
      // the signature one short, then a few long
      (r) => `${discordId(r)}.${draw(r, B64URL, 6)}.${draw(r, B64URL, 26)}`,
      (r) => `${discordId(r)}.${draw(r, B64URL, 6)}.${draw(r, B64URL, int(r, 29, 33))}`,
      // no digit count gives a 25-character id part
      (r) => `${discordId(r)}${draw(r, B62, 1)}.${draw(r, B64URL, 6)}.${draw(r, B64URL, 27)}`,
      // the timestamp part 5 or 7 long
      (r) => `${discordId(r)}.${draw(r, B64URL, r() < 0.5 ? 5 : 7)}.${draw(r, B64URL, 27)}`,
    ],
    notKeys: () => ['MTIzNDU2.Hello.World', 'config.example.yaml.backup-2024-01-01'],
  },
  {
    provider: 'Telegram',
    prefixed: false,
    prefix: '',
    alphabet: B64URL,
    length: 33,
    outside: '.',
    make: (r) => `${int(r, 1, 9)}${draw(r, DIGITS, int(r, 7, 9))}:AA${draw(r, B64URL, 33)}`,
    structureMisses: [
      (r) => `${int(r, 1, 9)}${draw(r, DIGITS, int(r, 7, 9))}:AA${draw(r, B64URL, int(r, 30, 32))}`,
      (r) => `${int(r, 1, 9)}${draw(r, DIGITS, int(r, 7, 9))}:AB${draw(r, B64URL, 33)}`,
      (r) => `${int(r, 1, 9)}${draw(r, DIGITS, int(r, 3, 5))}:AA${draw(r, B64URL, 33)}`,
    ],
    notKeys: () => ['12:30:AA meeting room', '1234567890:AAA'],
  },
  {
    provider: 'Mailchimp',
    prefixed: false,
    prefix: '',
    alphabet: HEX,
    length: 32,
    outside: 'g',
    make: (r) => `${draw(r, HEX, 32)}-us${int(r, 1, 21)}`,
    structureMisses: [
      (r) => `${draw(r, HEX, 31)}-us${int(r, 1, 21)}`,
      (r) => `${draw(r, HEX, 33)}-us${int(r, 1, 21)}`,
      (r) => `${draw(r, HEX, 32)}-${int(r, 1, 21)}`,
      (r) => `${draw(r, HEX.toUpperCase(), 32)}-us${int(r, 1, 21)}`,
    ],
    notKeys: () => ['newsletter-us1', 'campaign-us12-final'],
  },
];

/** Sentences without a credential word: the token is judged by its own shape. */
const CONTEXTS: ReadonlyArray<(t: string) => string> = [
  (t) => t,
  (t) => `Is ${t} in the right format?`,
  (t) => `Seen in the build log: ${t}`,
  (t) => `"${t}"`,
  (t) => `line 14: ${t} (copied from the dashboard)`,
  (t) => `Can you explain what ${t} is?`,
];

/** The shape every provider now uses: a lower-case prefix and 32+ random letters and digits of both cases. */
const GENERIC_SHAPE = /^(?:[a-z][a-z0-9]{1,11}[_-]){1,3}([A-Za-z0-9]{32,128})$/;
const genericKey = (t: string): boolean => {
  const m = GENERIC_SHAPE.exec(t);
  return m !== null && /[A-Z]/.test(m[1]!) && /[a-z]/.test(m[1]!) && /[0-9]/.test(m[1]!);
};

function build(f: Format, r: Rand, body: string): string {
  return `${f.prefix}${f.head?.(r) ?? ''}${body}${f.tail?.(r) ?? ''}`;
}

/** Every row of the set, in a fixed order (seeded). */
export function providerNearMissRows(): ProviderNearMissRow[] {
  const r = rng(101010);
  const rows: ProviderNearMissRow[] = [];
  const add = (f: Format, family: string, label: 'secret' | 'none', token: string, sentence = false): void => {
    const text = sentence ? token : CONTEXTS[Math.floor(r() * CONTEXTS.length)]!(token);
    const id = `${SET}-${family}-${shortHash(`${f.provider}\n${text}`)}`;
    rows.push({ id, provider: f.provider, family, label, split: splitOf(`${SET}:${f.provider}`), text });
  };
  for (const f of FORMATS) {
    const valid = (): string => f.make?.(r) ?? build(f, r, draw(r, f.alphabet, f.length));
    for (let i = 0; i < 3; i++) add(f, 'valid', 'secret', valid());
    if (f.checksumMiss !== undefined) for (let i = 0; i < 2; i++) add(f, 'checksum', f.prefixed ? 'secret' : 'none', f.checksumMiss(r));
    if (!f.prefixed) {
      for (const miss of f.structureMisses ?? []) add(f, 'structure', 'none', miss(r));
    } else if (f.length > 0) {
      // P1 while at least 16 characters of key material remain.
      const cut = int(r, 1, 3);
      add(f, 'short', f.length - cut >= 16 ? 'secret' : 'none', build(f, r, draw(r, f.alphabet, f.length - cut)));
      add(f, 'long', 'secret', build(f, r, draw(r, f.alphabet, f.length + int(r, 1, 3))));
      const body = draw(r, f.alphabet, f.length);
      const i = int(r, 2, f.length - 3);
      add(f, 'charset', 'secret', build(f, r, body.slice(0, i) + f.outside + body.slice(i + 1)));
    }
    if (f.prefixed) {
      // One letter of the prefix changed (not its punctuation).
      const letters = [...f.prefix].map((c, i) => (/[A-Za-z]/.test(c) ? i : -1)).filter((i) => i >= 0);
      const at = letters[Math.floor(r() * letters.length)]!;
      const lower = f.prefix[at]! === f.prefix[at]!.toLowerCase();
      const typo = flipAt(f.prefix, at, lower ? 'abcdefghijklmnopqrstuvwxyz' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', r) + valid().slice(f.prefix.length);
      add(f, 'prefix-typo', genericKey(typo) ? 'secret' : 'none', typo);
    }
    for (const t of f.notKeys(r)) add(f, 'not-key', 'none', t);
    add(f, 'not-key', 'none', `What does the ${f.prefix === '' ? f.provider : f.prefix} prefix mean in these strings?`, true);
  }
  return rows;
}
