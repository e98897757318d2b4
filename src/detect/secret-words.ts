/**
 * Letter pairs of English words and code identifiers, as data: what tells `LibrariesDocumentsPatchV1Request`
 * (words) from `nchYVLp3FnxxrqueiepaavfpXgxx` (a random key whose lower-case runs happen to be long).
 *
 * Each entry is a first letter and the letters that commonly follow it: the 291 pairs with a frequency of at
 * least 0.03% in the words of the English READMEs of this project's dependencies (camelCase split, words of
 * three letters or more). Random letters form one of them 43% of the time, so a long run of common pairs is
 * evidence of words.
 * @module
 */
const PAIRS =
  'a:bcdfgiklmnprstuvwxy b:aeijlorsu c:acehiklorstuy d:adegiklmorstuy e:abcdefgilmnopqrstvwxy f:aefilortuy g:aehilnorsu h:aeiortu ' +
  'i:abcdefgklmnoprstvxz j:aeos k:aefis l:adeilopstuy m:abegijlmopsu n:acdefgiklnopstuvy o:abcdefgiklmnoprstuvwx p:adeilmoprstu q:u ' +
  'r:acdefgiklmnorstuvy s:acdehiloprstuvy t:acehilmoprstuwy u:abcdefgilmnprst v:aegi w:aehinorsw x:aept y:lmnops z:e';

/** `COMMON[(a - 97) * 26 + (b - 97)]` is 1 when the pair `ab` is common. */
const COMMON = new Uint8Array(26 * 26);
for (const entry of PAIRS.split(' ')) {
  const a = entry.charCodeAt(0) - 97;
  for (let i = 2; i < entry.length; i++) COMMON[a * 26 + entry.charCodeAt(i) - 97] = 1;
}

/**
 * Share of the letter pairs inside lower-case runs of three or more that are common in words (0 when there
 * are none). Words score near 1; random letters near 0.43.
 */
export function commonPairShare(v: string): number {
  let pairs = 0;
  let common = 0;
  let run = 0;
  for (let i = 0; i <= v.length; i++) {
    const c = i < v.length ? v.charCodeAt(i) : 0;
    if (c >= 97 && c <= 122) {
      run++;
      continue;
    }
    if (run >= 3) {
      for (let k = i - run + 1; k < i; k++) {
        pairs++;
        common += COMMON[(v.charCodeAt(k - 1) - 97) * 26 + v.charCodeAt(k) - 97]!;
      }
    }
    run = 0;
  }
  return pairs === 0 ? 0 : common / pairs;
}
