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
