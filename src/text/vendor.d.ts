/** `punycode.js` (the userland punycode package under a name that never resolves to Node's deprecated built-in) ships no types. */
declare module 'punycode.js' {
  const punycode: {
    /** Decodes a punycode label (without `xn--`) to Unicode; throws `RangeError` on invalid input. */
    decode(input: string): string;
    encode(input: string): string;
    toUnicode(domain: string): string;
    toASCII(domain: string): string;
  };
  export default punycode;
}
