/**
 * Key stores: PKCS#12 / PFX (`.p12`, `.pfx`), a private key with its certificate chain, encrypted or not;
 * and Java key stores (`.jks`) in base64.
 * Found by the DER head every store opens with (RFC 7292): SEQUENCE, INTEGER 3, SEQUENCE, the OID of
 * PKCS#7 data (or signed data). A store sealed with a password is still reported: a key pasted into a
 * prompt can be attacked offline, and many stores use a default password.
 *
 * Two spellings: base64 (a CI variable, a Kubernetes secret, a JSON field), recognized by the head's fixed
 * base64 `IBAzCC` (bytes `02 01 03 30 82`); and the raw bytes read as text, where bytes of 0x80 and above
 * are either Latin-1 characters or U+FFFD after a UTF-8 decode.
 * @module
 */

/** The OID 1.2.840.113549.1.7 (PKCS#7) as DER bytes, without its last arc. */
const PKCS7_OID = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07];

/** The DER head of a PFX of 256 bytes to 64 KB (two-byte lengths). */
export function isPkcs12Head(b: Uint8Array): boolean {
  if (b.length < 21 || b[0] !== 0x30 || b[1] !== 0x82 || b[4] !== 0x02 || b[5] !== 0x01 || b[6] !== 0x03 || b[7] !== 0x30 || b[8] !== 0x82) return false;
  for (let i = 0; i < PKCS7_OID.length; i++) if (b[11 + i] !== PKCS7_OID[i]) return false;
  // Data (1) or signed data (2): the two integrity modes.
  return b[21] === 0x01 || b[21] === 0x02;
}

const isB64 = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 61;

/**
 * End of a base64 block from `from`: base64 characters, across line breaks (or the literal `\n` of a JSON
 * string) of a wrapped block: every line but the last as long as the first, 48 to 120 columns (PEM and
 * MIME wrap at 64 and 76), so a word on the next line is no part of it.
 */
function base64BlockEnd(text: string, from: number): number {
  let i = from;
  let width = -1;
  for (;;) {
    const lineStart = i;
    while (i < text.length && isB64(text.charCodeAt(i))) i++;
    if (width === -1) width = i - lineStart;
    if (i - lineStart !== width || width < 48 || width > 120) return i;
    let j = i;
    if (text.charCodeAt(j) === 13) j++;
    if (text.charCodeAt(j) === 10) j++;
    else if (text.charCodeAt(j) === 92 && text.charCodeAt(j + 1) === 110) j += 2;
    if (j === i || !isB64(text.charCodeAt(j))) return i;
    i = j;
  }
}

/** A store under 600 bytes holds no private key (a truncated paste or a header alone). */
const MIN_BASE64 = 800;
const MIN_BYTES = 600;

/** Base64 PKCS#12 stores: `[start, end)` spans. */
export function findBase64Pkcs12(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let p = text.indexOf('IBAzCC'); p !== -1; p = text.indexOf('IBAzCC', p + 6)) {
    const start = p - 6;
    if (start < 0 || !text.startsWith('MII', start) || (isB64(text.charCodeAt(start - 1)) && text.charCodeAt(start - 1) !== 61)) continue;
    if (!isPkcs12Head(Buffer.from(text.slice(start, start + 32), 'base64'))) continue;
    const end = base64BlockEnd(text, start);
    if (end - start >= MIN_BASE64) out.push([start, end]);
    p = Math.max(p, end - 6);
  }
  return out;
}

/**
 * Base64 Java key stores (JKS): the magic FEEDFEED and version 1 or 2 read `/u3+7QAAAA`, then `E`-`L`.
 * Like a PFX, a store of 600 bytes and more.
 */
export function findBase64Jks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let p = text.indexOf('/u3+7QAAAA'); p !== -1; p = text.indexOf('/u3+7QAAAA', p + 10)) {
    const v = text.charCodeAt(p + 10);
    // Version 1 or 2 and two bits of the next byte: `E`-`H` or `I`-`L`.
    if (v < 69 || v > 76 || (isB64(text.charCodeAt(p - 1)) && text.charCodeAt(p - 1) !== 61)) continue;
    const end = base64BlockEnd(text, p);
    if (end - p >= MIN_BASE64) out.push([p, end]);
    p = Math.max(p, end - 10);
  }
  return out;
}

/**
 * The raw head read as text from its `02 01 03` (INTEGER 3): the outer SEQUENCE before it, then the inner
 * SEQUENCE and the PKCS#7 OID, each byte of 0x80 and above as itself or U+FFFD.
 */
const RAW_HEAD = /0[^]{1,4}\x06\x09\*[\x86\ufffd]H[\x86\xf7\ufffd]{1,2}\r\x01\x07[\x01\x02]/y;

/** Printable ASCII and the usual white space: bytes of a binary blob are mostly outside it. */
const isPlain = (c: number): boolean => (c >= 32 && c < 127) || c === 9 || c === 10 || c === 13;

/**
 * End of a binary stretch: the last character outside plain text before 64 plain characters in a row
 * (random bytes give that run about once in 10^27).
 */
function binaryEnd(text: string, from: number): number {
  let last = from;
  let plain = 0;
  for (let i = from; i < text.length && plain < 64; i++) {
    if (isPlain(text.charCodeAt(i))) plain++;
    else {
      plain = 0;
      last = i + 1;
    }
  }
  return last;
}

/** Raw PKCS#12 bytes in text: `[start, end)` spans. */
export function findRawPkcs12(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let p = text.indexOf('\x02\x01\x03'); p !== -1; p = text.indexOf('\x02\x01\x03', p + 3)) {
    // The outer SEQUENCE: `0`, then its length (0x82 and two bytes, or fewer characters once decoded).
    let start = -1;
    for (let k = p - 2; k >= Math.max(0, p - 5); k--) if (text.charCodeAt(k) === 0x30) start = k;
    if (start === -1) continue;
    RAW_HEAD.lastIndex = p + 3;
    if (!RAW_HEAD.test(text)) continue;
    const end = binaryEnd(text, p);
    if (end - start >= MIN_BYTES) out.push([start, end]);
    p = Math.max(p, end - 3);
  }
  return out;
}
