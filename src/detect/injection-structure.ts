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
    // ### System: / ## Instructions  at the start of a line; mid-line ("... refund. ### SYSTEM: the assistant
    // must ...") with two hashes or more and the colon
    '(^[ \\t]{0,3}#{1,6}[ \\t]{0,3}(?:system|instructions?|new instructions?|admin|developer)\\b|#{2,6}[ \\t]{0,3}(?:system|instructions?|new instructions?|admin|developer)[ \\t]{0,3}:)',
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

/**
 * The characters a match can be found from (see {@link findStructure}): `<` `[` `"` `!` `@` start
 * branches, `http` starts a URL, `#` a role header (from its line start, or from itself mid-line) and `=` `+` the one-letter
 * variables (from up to four characters before).
 */
const TRIGGERS = /[<["!@#=+]|http/g;

/**
 * The same regex, global, for texts dense in triggers (`<<<<…`, `""""…`): there one exec per trigger
 * costs more than letting the regex engine walk the text itself, so past a budget of tries
 * {@link findStructure} hands the rest of the text to this one (same matches from any position).
 */
const STRUCTURE_ALL = new RegExp(STRUCTURE.source, 'gmu');

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
 * most three blanks before a `#`, or the `#` itself; or a letter at most four characters before `=` / `+` (only digits and
 * blanks lie between such a letter and its trigger, so no other trigger does and candidates come in
 * increasing order). Positions before `pos` (the end of the last match) are never tried, and trying a
 * failed position again fails again, so this visits matches exactly as the global scan would.
 */
export function findStructure(text: string): StructureHit[] {
  const hits: StructureHit[] = [];
  let pos = 0;
  // Prose has a trigger every few dozen characters at most; far denser text goes to the global scan.
  let budget = (text.length >> 5) + 16;
  TRIGGERS.lastIndex = 0;
  // `test` (not `exec`) finds the next trigger without allocating; its position is read back from
  // `lastIndex`, and the character there tells which trigger it is.
  while (TRIGGERS.test(text)) {
    if (--budget < 0) return scanAll(text, pos, hits);
    let q = TRIGGERS.lastIndex - 1;
    const ch = text.charCodeAt(q);
    let end = -1;
    if (ch === 0x70) {
      q -= 3; // "http"
      end = matchAt(text, q, hits);
    } else if (ch === 0x23) {
      // `#`: the role header starts at the line start, at most three blanks before.
      let p = q;
      while (p > pos && q - p < 3 && (text.charCodeAt(p - 1) === 32 || text.charCodeAt(p - 1) === 9)) p--;
      if (p === 0 || isLineEnd(text.charCodeAt(p - 1))) end = matchAt(text, p, hits);
      // Mid-line, the header starts at the hash itself.
      if (end < 0) end = matchAt(text, q, hits);
    } else if (ch === 0x3d || ch === 0x2b) {
      // `=` / `+`: a one-letter variable starts at most four characters before.
      for (let c = Math.max(pos, q - 4); c < q && end < 0; c++) {
        const l = text.charCodeAt(c);
        if (l >= 0x61 && l <= 0x7a) end = matchAt(text, c, hits);
      }
    } else end = matchAt(text, q, hits);
    if (end >= 0) {
      // Resume right after the match (it may end before the trigger when found from `=` / `+`).
      pos = end;
      TRIGGERS.lastIndex = end;
    }
  }
  return hits;
}

/** The global scan from `from` on, appending to `hits` (see {@link STRUCTURE_ALL}). */
function scanAll(text: string, from: number, hits: StructureHit[]): StructureHit[] {
  STRUCTURE_ALL.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = STRUCTURE_ALL.exec(text)) !== null) {
    for (let g = 1; g <= KINDS.length; g++) {
      if (m[g] !== undefined) {
        hits.push({ kind: KINDS[g - 1]!, start: m.index, end: m.index + m[0].length });
        break;
      }
    }
  }
  return hits;
}
