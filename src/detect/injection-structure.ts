/**
 * Structural signals that are not words: chat-template control tokens, forged role tags and headers,
 * and markdown/HTML image beacons. One combined regex over the matching copy, compiled at load time;
 * every branch starts with a distinctive character and all repetitions are bounded.
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

// Each group index i+1 corresponds to KINDS[i].
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
  'gmu',
);

/** Finds all structural hits in `text` (the matching copy). */
export function findStructure(text: string): StructureHit[] {
  const hits: StructureHit[] = [];
  // Cheap pre-check: every branch needs one of these characters.
  if (!/[<[#"!:@=+]/.test(text)) return hits;
  STRUCTURE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STRUCTURE.exec(text)) !== null) {
    if (m[0].length === 0) {
      STRUCTURE.lastIndex++;
      continue;
    }
    for (let g = 1; g <= KINDS.length; g++) {
      if (m[g] !== undefined) {
        hits.push({ kind: KINDS[g - 1]!, start: m.index, end: m.index + m[0].length });
        break;
      }
    }
  }
  return hits;
}
