/**
 * Structural signals that are not words: chat-template control tokens, forged role tags and headers,
 * and markdown/HTML image beacons. One combined regex over the matching copy, compiled at load time;
 * every branch starts with a distinctive character and all repetitions are bounded.
 *
 * Speed: the regex is sticky and only tried at candidate positions found by one pass over a
 * character table (the trigger characters of the branches, see {@link findStructure}), instead of at
 * every position. Candidates are visited in increasing order and the search resumes after each match,
 * exactly as a global scan would, so the hits are the same.
 * @module
 */

/** What a structural match means. */
export type StructureKind =
  | 'control_token'
  | 'inst_tag'
  | 'sys_tag'
  | 'role_tag_open'
  | 'role_tag_close'
  | 'role_header'
  | 'role_json'
  | 'image_beacon'
  | 'image_external'
  | 'url'
  | 'email'
  | 'var_assign'
  | 'var_concat'
  | 'mode_tag';

/** One structural hit in matching-copy coordinates. */
export interface StructureHit {
  kind: StructureKind;
  start: number;
  end: number;
}

const ROLE = '(?:system|sys|assistant|user|developer|admin|administrator|instructions?|context|prompt|im_start|im_end)';
const KINDS: readonly StructureKind[] = [
  'control_token',
  'inst_tag',
  'sys_tag',
  'role_tag_close',
  'role_tag_open',
  'role_header',
  'role_json',
  'image_beacon',
  'image_external',
  'url',
  'email',
  'var_assign',
  'var_concat',
  'mode_tag',
];

// Each group index i+1 corresponds to KINDS[i]. Sticky: tried only at candidate positions.
const STRUCTURE = new RegExp(
  [
    // <|im_start|>, <|endoftext|>, <|eot_id|>, <|start_header_id|>, <|system|>
    '(<\\|[a-z_]{2,24}\\|>)',
    // [INST] [/INST] [SYSTEM] [/SYS]
    '(\\[/?(?:inst|system|sys|system_prompt)\\])',
    // <<SYS>> <</SYS>>
    '(<</?sys>>)',
    // </user> </human>
    `(</\\s{0,2}(?:user|human|${ROLE})\\s{0,2}>)`,
    // <system> <assistant role="x">
    `(<\\s{0,2}${ROLE}(?:\\s[^<>\\n]{0,40})?>)`,
    // ### System: / ## Instructions  at the start of a line
    '(^[ \\t]{0,3}#{1,6}[ \\t]{0,3}(?:system|instructions?|new instructions?|admin|developer)\\b)',
    // {"role": "system"}
    '("role"\\s{0,3}:\\s{0,3}"(?:system|developer)")',
    // ![x](https://host/path?q=...) markdown image with a query string
    '(!\\[[^\\]\\n]{0,200}\\]\\(\\s{0,3}(?:https?:)?//[^)\\s?]{1,200}\\?[^)\\s=]{0,300}=[^)\\s]{0,300}\\))',
    // ![x](https://host/...) other remote images
    '(!\\[[^\\]\\n]{0,200}\\]\\(\\s{0,3}(?:https?:)?//[^)\\s]{1,300}\\))',
    // bare URLs (context for exfiltration instructions)
    '(https?://[^\\s<>"\')]{1,300})',
    // e-mail domains (anchored on the @, so the scan stays cheap)
    '(@[a-z0-9-]{1,63}\\.[a-z]{2,24})',
    // a = "Write an email", b = '...' : one-letter variables holding string fragments (payload splitting)
    '(\\b[a-z][0-9]?[ \\t]{0,2}=[ \\t]{0,2}["\'\u201c\u201d])',
    // z = a + b : the fragments glued back together
    '(\\b[a-z][0-9]?[ \\t]{0,2}\\+[ \\t]{0,2}[a-z][0-9]?\\b)',
    // <SYSTEM MODE>, [maintenance mode]: a privileged mode announced in brackets
    '([<[][ \\t]{0,2}[a-z_ ]{0,30}(?:mode|override)[ \\t]{0,2}[>\\]])',
  ].join('|'),
  'ymu',
);

// Trigger classes: what a character says about where a match could start.
/** A branch may start right here: `<` `[` `"` `!` `@`. */
const T_HERE = 1;
/** `h`: a URL may start here if `ttp` follows. */
const T_H = 2;
/** `#`: a role header may start at the line start, at most three blanks before. */
const T_HASH = 3;
/** `=` `+`: a one-letter variable may start at most four characters before. */
const T_VAR = 4;
const TRIGGER = new Uint8Array(0x10000);
for (const ch of '<["!@') TRIGGER[ch.charCodeAt(0)] = T_HERE;
TRIGGER[0x68] = T_H;
TRIGGER[0x23] = T_HASH;
TRIGGER[0x3d] = T_VAR;
TRIGGER[0x2b] = T_VAR;

/** Line terminators after which `^` matches in multiline mode. */
const isLineEnd = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/**
 * The match of the combined regex at exactly `at`, pushed to `hits`; returns its end, or -1.
 * All branches are non-empty, so a match always moves the search forward.
 */
function matchAt(text: string, at: number, hits: StructureHit[]): number {
  STRUCTURE.lastIndex = at;
  const m = STRUCTURE.exec(text);
  if (m === null) return -1;
  for (let g = 1; g <= KINDS.length; g++) {
    if (m[g] !== undefined) {
      hits.push({ kind: KINDS[g - 1]!, start: at, end: at + m[0].length });
      break;
    }
  }
  return at + m[0].length;
}

/**
 * Finds all structural hits in `text` (the matching copy).
 *
 * Every match starts at a candidate: a `<` `[` `"` `!` `@`; an `h` before `ttp`; the line start at
 * most three blanks before a `#`; or a letter at most four characters before `=` / `+` (only digits and
 * blanks lie between such a letter and its trigger, so no other trigger does and candidates come in
 * increasing order). Positions before `pos` (the end of the last match) are never tried, and trying a
 * failed position again fails again, so this visits matches exactly as the global scan would.
 */
export function findStructure(text: string): StructureHit[] {
  const hits: StructureHit[] = [];
  const n = text.length;
  let pos = 0;
  for (let q = 0; q < n; q++) {
    const t = TRIGGER[text.charCodeAt(q)]!;
    if (t === 0 || q < pos) continue;
    let end = -1;
    if (t === T_HERE) end = matchAt(text, q, hits);
    else if (t === T_H) {
      if (text.charCodeAt(q + 1) === 0x74 && text.charCodeAt(q + 2) === 0x74 && text.charCodeAt(q + 3) === 0x70) end = matchAt(text, q, hits);
    } else if (t === T_HASH) {
      let p = q;
      while (p > pos && q - p < 3 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
      if (p === 0 || isLineEnd(text.charCodeAt(p - 1))) end = matchAt(text, p, hits);
    } else {
      for (let c = Math.max(pos, q - 4); c < q && end < 0; c++) {
        const ch = text.charCodeAt(c);
        if (ch >= 0x61 && ch <= 0x7a) end = matchAt(text, c, hits);
      }
    }
    if (end >= 0) {
      pos = end;
      // Resume right after the match (it may end before `q` when found from a `=`/`+` trigger).
      q = pos - 1;
    }
  }
  return hits;
}
