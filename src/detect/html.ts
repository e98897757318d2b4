/**
 * Markup in model output: HTML that would run or load something when the answer is inserted into a page,
 * and markdown images and links that carry data to hosts the application does not trust.
 *
 * The output stays markdown-and-text: benign text is left byte for byte (`a < b`, `x && y`,
 * `Map<string, number>` in code), so it reads the same through `textContent`, a markdown renderer or
 * `innerHTML`. What could act is changed:
 * - HTML (`html: 'sanitize'`, the default): tags run through the `xss` package's tokenizer and an allow-list
 *   of formatting elements and attributes (see {@link ALLOWED_ELEMENTS}); script-like elements are removed
 *   with their body, other known elements outside the list are removed, attributes outside the list
 *   (event handlers, `style`, `srcdoc`, `id`, ...) are dropped, URL attributes pass the URL policy.
 *   Tag-like text that no browser would run (`<string, number>`, `<T>`) is kept as it is.
 *   Inside code (fenced blocks, inline code spans) text is kept, and only tags that would be live markup
 *   in a raw HTML insertion are escaped (`&lt;script>`), so code stays readable in a markdown renderer.
 * - `html: 'escape'`: every `<`, `>`, `&`, `"` and `'` becomes an entity: the answer is plain text for HTML.
 * - URLs (markdown images and links, reference definitions, `<autolinks>`, `href`/`src`): `javascript:`,
 *   `data:`, `vbscript:` and every other scheme but http(s) (and `mailto:`/`tel:` for links) are refused;
 *   absolute http(s) URLs must point to a host on `allowedHosts`; relative URLs stay on the page's origin.
 *   A refused URL is defanged (`hxxps://evil[.]example/...`, shown, not fetched or clickable) or removed.
 *
 * The cleaner is incremental: {@link MarkupState} carries what spans a cut (an open code fence, a script
 * body being dropped, the start of a line), so a stream cleaned piece by piece at cuts the stream sanitizer
 * chooses ({@link markupConstructs}) gives the same text as the whole answer cleaned at once.
 * @module
 */
import type * as XssModule from 'xss';
import type { IFilterXSSOptions } from 'xss';
import { GuardConfigError } from '../core/errors.js';
import { lazyRequire } from '../core/lazy-require.js';

/** How HTML in the answer is handled. */
export type HtmlMode = 'sanitize' | 'escape' | 'off';

/** What happens to a URL the policy refuses. */
export type BlockedUrlAction = 'defang' | 'remove' | 'keep';

/** Options of {@link createMarkupCleaner}. */
export interface MarkupOptions {
  /**
   * `sanitize` keeps harmless formatting and removes what could run or load; `escape` turns all markup
   * into text; `off` leaves HTML alone (the URL policy still applies).
   * @default 'sanitize'
   */
  html?: HtmlMode;
  /**
   * Hosts that images and links may point to: exact names (`docs.acme.com`) or a wildcard for
   * subdomains (`*.acme.com`, which does not match `acme.com` itself). Relative URLs are always allowed.
   * @default [] (no external host)
   */
  allowedHosts?: readonly string[];
  /**
   * What happens to an image or link whose URL is refused: `defang` shows it as inert text
   * (`hxxps://evil[.]example/x`), `remove` drops it (an image leaves its alt text, a link its text), `keep`
   * turns the URL policy off.
   * @default 'defang'
   */
  blockedUrls?: BlockedUrlAction;
}

/** What the cleaner changed (a `html` finding; never the text itself). */
export interface MarkupDetection {
  kind: 'html';
  /** e.g. `script_element`, `event_handler`, `unsafe_url`, `external_image`, `external_link`. */
  type: string;
}

/** What spans a cut between two pieces of one answer. Start with {@link initialMarkupState}. */
export interface MarkupState {
  /** The fence (```` ``` ````, `~~~~`) of an open code block, or null. */
  fence: string | null;
  /** The element whose body is being dropped (`script`, `style`, ...), or null. */
  dropping: string | null;
  /** True when the next text starts a line. */
  lineStart: boolean;
}

export const initialMarkupState = (): MarkupState => ({ fence: null, dropping: null, lineStart: true });

export interface MarkupCleaner {
  readonly mode: HtmlMode;
  /** Cleans `text` (the next piece of an answer), updating `state`; detections are appended to `out`. */
  clean(text: string, state: MarkupState, out: MarkupDetection[]): string;
}

/** Formatting elements kept by `sanitize`, with their allowed attributes (a data table). */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  abbr: ['title'],
  b: [],
  blockquote: [],
  br: [],
  caption: [],
  cite: [],
  code: ['class'],
  dd: [],
  del: [],
  details: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'title', 'width', 'height'],
  ins: [],
  kbd: [],
  li: [],
  mark: [],
  ol: ['start'],
  p: [],
  pre: ['class'],
  q: [],
  s: [],
  samp: [],
  small: [],
  span: ['class'],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan'],
  tfoot: [],
  th: ['colspan', 'rowspan'],
  thead: [],
  tr: [],
  u: [],
  ul: [],
  var: [],
};

/** Elements removed together with their body (their text is code or data, never prose). */
const DROP_BODY = new Set(['script', 'style', 'template', 'noscript', 'xmp', 'noembed', 'noframes', 'iframe', 'object', 'title', 'textarea']);

/**
 * Names of HTML, SVG and MathML elements: a tag with one of these names (and not allowed) is removed, since
 * a browser would build it. Any other tag-like text is left when it is inert (see `isInertTagText`).
 */
const KNOWN_ELEMENTS = new Set(
  (
    'html head body base link meta style title script noscript template slot iframe frame frameset object embed applet param ' +
    'form input button select option optgroup textarea label fieldset legend datalist output progress meter keygen isindex ' +
    'audio video source track picture canvas map area svg math image portal dialog menu menuitem marquee blink bgsound ' +
    'xmp plaintext listing noembed noframes layer ilayer nextid font center big tt strike basefont acronym dir nobr ' +
    'header footer main nav section article aside address hgroup search col colgroup data time wbr bdi bdo ruby rt rp ' +
    'animate animatemotion animatetransform set use foreignobject feimage handler discard mtext mglyph maction annotation-xml ' +
    'g path rect circle line polyline polygon text tspan textpath defs symbol pattern lineargradient radialgradient stop ' +
    'filter mask clippath marker desc metadata view ellipse mi mo mn ms mrow mfrac msqrt mroot mstyle merror mpadded ' +
    'mphantom mfenced menclose msub msup msubsup munder mover munderover mmultiscripts mtable mtr mtd semantics annotation'
  ).split(' '),
);

/** What a tag's name says, in one lookup (bits below): a tag costs one hash of its name, not four. */
const TAG_ALLOWED = 1;
const TAG_DROP_BODY = 2;
const TAG_KNOWN = 4;
const TAG_CLASS = new Map<string, number>();
for (const name of Object.keys(ALLOWED_ELEMENTS)) TAG_CLASS.set(name, (TAG_CLASS.get(name) ?? 0) | TAG_ALLOWED);
for (const name of DROP_BODY) TAG_CLASS.set(name, (TAG_CLASS.get(name) ?? 0) | TAG_DROP_BODY);
for (const name of KNOWN_ELEMENTS) TAG_CLASS.set(name, (TAG_CLASS.get(name) ?? 0) | TAG_KNOWN);

const ESCAPE_ALL: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeAll = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPE_ALL[c]!);

/**
 * Tag-like text that a browser would parse into an inert element or not at all: short, on one line, an
 * unknown name without a hyphen (no custom element), bare words as attributes (no values, quotes, slashes
 * or event-handler names): `<string, number>`, `<T>`, `<K, V>`.
 */
const INERT_TAG = /^<([A-Za-z][\w,.:?[\]]*)((?: +[\w,.:?[\]]+)*) *>$/;

function isInertTagText(html: string): boolean {
  if (html.length > 64) return false;
  const m = INERT_TAG.exec(html);
  if (!m) return false;
  const name = m[1]!.toLowerCase();
  if (name.includes('-') || KNOWN_ELEMENTS.has(name) || name in ALLOWED_ELEMENTS) return false;
  return !/\son/i.test(m[2] ?? '');
}

/** A tag's name as a browser reads it (lower case, up to whitespace, `/` or `>`). */
function tagName(html: string): string {
  let i = html.charCodeAt(1) === 47 ? 2 : 1;
  const start = i;
  for (; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 62 || c === 47 || c === 32 || c === 9 || c === 10 || c === 12 || c === 13) break;
  }
  return html.slice(start, i).toLowerCase();
}

// The package is CommonJS and sets most exports in a loop, which ESM named imports cannot see.
/** xss loads with the first cleaner: importing the package must not pay for it. */
const loadXss = lazyRequire<typeof XssModule>('xss');

// --- URL policy ------------------------------------------------------------------------------------------

type UrlKind = 'link' | 'image';
type UrlVerdict = 'ok' | 'unsafe_url' | 'external';

const ASCII_WS_CTRL = /[\u0000-\u0020\u007f]/g;
const NUMERIC_ENTITY = /&#(?:x([0-9a-f]{1,6})|(\d{1,7}));?/gi;
const NAMED_URL_ENTITIES: Readonly<Record<string, string>> = { colon: ':', tab: '\t', newline: '\n', sol: '/', bsol: '\\', period: '.', amp: '&', lpar: '(', rpar: ')' };

/** The URL a browser would follow: entities decoded, whitespace and control characters dropped. */
function canonicalUrl(raw: string): string {
  let value = raw;
  if (value.includes('&')) {
    value = value
      .replace(NUMERIC_ENTITY, (_m, hex: string | undefined, dec: string | undefined) => {
        const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      })
      .replace(/&([a-z]+);/gi, (m, name: string) => NAMED_URL_ENTITIES[name.toLowerCase()] ?? m);
  }
  return value.replace(ASCII_WS_CTRL, '');
}

function hostMatcher(allowedHosts: readonly string[]): (host: string) => boolean {
  const exact = new Set<string>();
  const suffixes: string[] = [];
  for (const entry of allowedHosts) {
    if (typeof entry !== 'string' || entry.trim() === '' || /[\s/]/.test(entry.trim())) {
      throw new GuardConfigError(`mistral-guard: \`allowedHosts\` entries must be host names such as "docs.acme.com" or "*.acme.com"; got ${JSON.stringify(entry)}.`);
    }
    const host = entry.trim().toLowerCase();
    if (host.startsWith('*.')) suffixes.push(new URL(`https://${host.slice(2)}`).hostname.replace(/^/, '.'));
    else exact.add(new URL(`https://${host}`).hostname);
  }
  return (host) => exact.has(host) || suffixes.some((s) => host.endsWith(s));
}

const RELATIVE_BASE = 'https://relative.invalid/';
const RELATIVE_ORIGIN = 'https://relative.invalid';
/** `http(s)://host[:port]` then a path, query or nothing: no userinfo, escapes or backslashes to reason about. */
const SIMPLE_URL = /^https?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::\d{1,5})?(?:[/?#][^\\%@]*)?$/i;

/**
 * A relative URL of path characters only (no `:`, `\\`, `%`, `@`, `?`, `#`), not opening with two slashes:
 * it resolves on the page's own origin, whatever the base.
 */
const SIMPLE_PATH = /^(?![/]{2})[\w.~/-]*$/;

function urlVerdict(raw: string, kind: UrlKind, allowed: (host: string) => boolean): UrlVerdict {
  const value = canonicalUrl(raw);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return kind === 'link' && (scheme === 'mailto' || scheme === 'tel') ? 'ok' : 'unsafe_url';
  }
  // The common cases without building a URL object: a plain absolute URL, and a plain path.
  const plain = SIMPLE_URL.exec(value);
  if (plain !== null) return allowed(plain[1]!.toLowerCase()) ? 'ok' : 'external';
  if (scheme === undefined && SIMPLE_PATH.test(value)) return 'ok';
  let url: URL;
  try {
    url = new URL(value, RELATIVE_BASE);
  } catch {
    return 'unsafe_url';
  }
  // No scheme and no authority: a path on the page's own origin.
  if (scheme === undefined && url.origin === RELATIVE_ORIGIN && !/^[\\/]{2}/.test(value)) return 'ok';
  return allowed(url.hostname) ? 'ok' : 'external';
}

/** `https://evil.example/x` → `hxxps://evil[.]example/x`: readable, never fetched or linked. */
export function defangUrl(raw: string): string {
  const value = canonicalUrl(raw);
  const m = /^([a-z][a-z0-9+.-]*:)?(\/\/[^/?#]*)?([\s\S]*)$/i.exec(value)!;
  const scheme = m[1] === undefined ? '' : /^https?:$/i.test(m[1]) ? m[1].toLowerCase().replace('http', 'hxxp') : `${m[1].slice(0, -1)}[:]`;
  const host = (m[2] ?? '').replace(/\./g, '[.]');
  return (scheme + host + (m[3] ?? '')).replace(/[<>"'`()\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

// --- markdown --------------------------------------------------------------------------------------------

/** `![alt](url "title")` and `[text](url)`, with one level of brackets inside the text. */
const MD_LINK = /(!?)\[((?:[^[\]\n]|\[[^[\]\n]*\]){0,500})\]\(\s*(<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)/g;
/** Any other `](destination)`: link syntax the first pattern did not take (deeper brackets, odd spacing). */
const MD_DESTINATION = /\]\(\s*(<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)/g;
const MD_LINK_OR_DESTINATION = new RegExp(`${MD_LINK.source}|${MD_DESTINATION.source}`, 'g');
/** `[ref]: url` at the start of a line. */
const MD_DEFINITION = /^( {0,3})\[([^\]\n]{1,999})\]:[ \t]*(<[^<>\n]*>|\S+)[^\n]*/gm;
/** `<scheme:...>` autolinks. */
const AUTOLINK = /<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi;

function unbracket(url: string): string {
  return url.startsWith('<') && url.endsWith('>') ? url.slice(1, -1) : url;
}

interface UrlPolicy {
  check(url: string, kind: UrlKind, out: MarkupDetection[]): boolean;
  action: BlockedUrlAction;
}

function cleanMarkdownUrls(text: string, policy: UrlPolicy, out: MarkupDetection[]): string {
  if (policy.action === 'keep') return text;
  let result = text;
  if (result.includes('](')) {
    result = result.replace(MD_LINK_OR_DESTINATION, (whole, bang: string | undefined, label: string | undefined, dest: string | undefined, loose: string | undefined) => {
      if (dest === undefined) {
        // `](url` that is no well-formed link: checked as strictly as an image.
        const url = unbracket(loose ?? '');
        if (policy.check(url, 'image', out)) return whole;
        return policy.action === 'remove' ? '] (' : `] (${defangUrl(url)}`;
      }
      const url = unbracket(dest);
      const kind: UrlKind = bang === '!' ? 'image' : 'link';
      if (policy.check(url, kind, out)) return whole;
      return policy.action === 'remove' ? (label ?? '') : `${label ?? ''} (${defangUrl(url)})`;
    });
  }
  if (result.includes(']:')) {
    result = result.replace(MD_DEFINITION, (whole, indent: string, label: string, dest: string) => {
      if (policy.check(unbracket(dest), 'image', out)) return whole;
      return policy.action === 'remove' ? '' : `${indent}\\[${label}\\]: ${defangUrl(unbracket(dest))}`;
    });
  }
  return result;
}

// --- the cleaner -----------------------------------------------------------------------------------------

/**
 * The `>` that ends the tag opened at `lt`, read as a browser does (a quoted attribute value may hold `<`
 * and `>`), or -1 when the tag does not end before another `<` or the end of the text.
 */
function tagEnd(text: string, lt: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let i = lt + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      continue;
    }
    if (c === 62 /* > */) return i;
    if (c === 60 /* < */) return -1;
    if ((c === 34 || c === 39) && afterEquals) {
      quote = c;
      afterEquals = false;
      continue;
    }
    if (c === 61 /* = */) afterEquals = true;
    else if (c !== 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) afterEquals = false;
  }
  return -1;
}

/**
 * A tag of the plain shape `<name attr="value" ...>`, optionally closed by ` /`: lower-case ASCII names,
 * single spaces, double-quoted values of printable ASCII without `"`, `&`, `<`, `>` or a backslash. The `xss`
 * filter reads such a tag one way only, and its value unescaping leaves such a value as it is (trimmed),
 * so the cleaner builds the filter's result itself (see `plainTag` in the cleaner); every other tag goes
 * through the filter. Each part ends at a character the next cannot start with: linear.
 */
const PLAIN_TAG = /^<[a-z][a-z0-9]*((?: [a-z]+="[\x20\x21\x23-\x25\x27-\x3b\x3d\x3f-\x5b\x5d-\x7e]*")*)( \/)?>$/;
const PLAIN_ATTR = / ([a-z]+)="([^"]*)"/g;

/** A whole autolink tag. */
const AUTOLINK_TAG = /^<[a-z][a-z0-9+.-]{1,31}:[^\s<>]*>$/i;
const closingTags = new Map<string, RegExp>();
/** The closing tag of a dropped element (cached per name). */
function closingTag(name: string): RegExp {
  let re = closingTags.get(name);
  if (re === undefined) {
    re = new RegExp(`</${name}\\s*>`, 'i');
    closingTags.set(name, re);
  }
  return re;
}
/** A code fence (CommonMark: a backtick fence's info string has no backtick). */
const FENCE = /^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})/;
const INLINE_CODE = /(`+)(?!`)[^\n]*?[^`\n]\1(?!`)|(`+)(?!`)\S\2(?!`)/g;
/** Tag-like text in code: escaped unless inert, so code inserted raw into a page cannot act. */
const CODE_TAG = /<(?:[A-Za-z!?/][^<>]*>?|$)/g;

/** @internal Switches for tests that compare a shortcut with the general path. */
export interface MarkupTuning {
  /** Build the result of plain tags (`PLAIN_TAG`) without the `xss` filter. @default true */
  plainTags?: boolean;
}

/**
 * Builds the cleaner; options are validated and the `xss` filter configured here, once.
 * @throws GuardConfigError when an option is invalid
 */
export function createMarkupCleaner(options: MarkupOptions = {}, tuning: MarkupTuning = {}): MarkupCleaner {
  const { FilterXSS, escapeAttrValue, friendlyAttrValue } = loadXss();
  const mode = options.html ?? 'sanitize';
  if (mode !== 'sanitize' && mode !== 'escape' && mode !== 'off') {
    throw new GuardConfigError(`mistral-guard: \`html\` must be 'sanitize', 'escape' or 'off'; got ${JSON.stringify(mode)}.`);
  }
  const action = options.blockedUrls ?? 'defang';
  if (action !== 'defang' && action !== 'remove' && action !== 'keep') {
    throw new GuardConfigError(`mistral-guard: \`blockedUrls\` must be 'defang', 'remove' or 'keep'; got ${JSON.stringify(action)}.`);
  }
  if (options.allowedHosts !== undefined && !Array.isArray(options.allowedHosts)) {
    throw new GuardConfigError('mistral-guard: `allowedHosts` must be an array of host names.');
  }
  const allowed = hostMatcher(options.allowedHosts ?? []);
  const policy: UrlPolicy = {
    action,
    check(url, kind, out) {
      const verdict = urlVerdict(url, kind, allowed);
      if (verdict === 'ok') return true;
      if (verdict === 'unsafe_url') {
        out.push({ kind: 'html', type: 'unsafe_url' });
        return false;
      }
      if (action === 'keep') return true;
      out.push({ kind: 'html', type: kind === 'image' ? 'external_image' : 'external_link' });
      return false;
    },
  };

  // The detections of the text being filtered (xss calls back synchronously inside process()).
  let sink: MarkupDetection[] = [];
  /**
   * Tags with attributes already filtered in this piece, with what filtering them noted: an answer repeats
   * its tags (`<code class="language-js">` on every block), and the filter costs microseconds a tag. Kept
   * for one piece only, so its size is bounded by the piece's.
   */
  let filtered: Map<string, { html: string; notes: MarkupDetection[] }> | undefined;

  /** `filter.process(tag)`, once per distinct tag of the piece (the filter is a pure function of the tag). */
  function processTag(tag: string): string {
    const known = filtered?.get(tag);
    if (known !== undefined) {
      for (const d of known.notes) sink.push({ ...d });
      return known.html;
    }
    const from = sink.length;
    const plain = plainTags ? PLAIN_TAG.exec(tag) : null;
    const html = plain !== null ? plainTag(tagName(tag), plain[1]!, plain[2] !== undefined) : filter.process(tag);
    (filtered ??= new Map()).set(tag, { html, notes: sink.slice(from).map((d) => ({ ...d })) });
    return html;
  }
  const note = (type: string): void => {
    sink.push({ kind: 'html', type });
  };
  /**
   * URL attributes (`a href`, `img src`) under the URL policy; undefined for the others. `plain`: the value
   * is of the plain shape (`PLAIN_TAG`, trimmed), which the filter's unescaping and escaping leave as it is.
   */
  function onTagAttr(tag: string, name: string, value: string, plain = false): string | undefined {
    if ((name === 'href' && tag === 'a') || (name === 'src' && tag === 'img')) {
      const kind: UrlKind = name === 'src' ? 'image' : 'link';
      const friendly = plain ? value : friendlyAttrValue(value);
      if (!policy.check(friendly, kind, sink)) return '';
      return `${name}="${plain ? friendly : escapeAttrValue(friendly)}"`;
    }
    return undefined;
  }
  /** An attribute outside the allow-list: dropped, with a note of what it was. */
  function onIgnoreTagAttr(_tag: string, name: string): string {
    note(/^on/i.test(name) ? 'event_handler' : name === 'style' || name === 'srcdoc' ? `${name}_attribute` : 'attribute');
    return '';
  }
  const whiteList: Record<string, string[]> = {};
  for (const [tag, attrs] of Object.entries(ALLOWED_ELEMENTS)) whiteList[tag] = [...attrs];
  const xssOptions: IFilterXSSOptions = {
    whiteList,
    allowCommentTag: false,
    css: false,
    // Text between tags is kept as written (`x && y`); a `<` left in it opened a tag that never closed, and
    // is escaped so nothing after it can complete the tag. (A `<` that opens no tag, as in `a < b`, is set
    // aside before filtering; see `filterHtml`.)
    escapeHtml: (text) => (text.includes('<') ? text.replace(/</g, '&lt;') : text),
    onIgnoreTag(_tag, html) {
      const name = tagName(html);
      if (!html.endsWith('>')) {
        note('unclosed_tag');
        return escapeAll(html);
      }
      if (KNOWN_ELEMENTS.has(name)) {
        note(name === 'script' ? 'script_element' : 'dangerous_element');
        return '';
      }
      if (isInertTagText(html)) return html;
      note('unknown_markup');
      return escapeAll(html);
    },
    onTagAttr: (tag, name, value) => onTagAttr(tag, name, value),
    onIgnoreTagAttr,
  };
  const filter = new FilterXSS(xssOptions);
  const plainTags = tuning.plainTags ?? true;

  /**
   * The filter's result for a plain tag (`PLAIN_TAG`), built as the filter builds it: each attribute in
   * order through the same two callbacks, an allowed one with a non-URL value kept as `name="value"` (or
   * the bare name when empty), others dropped with their note; then `<name attrs[ /]>`.
   */
  function plainTag(name: string, attrs: string, closing: boolean): string {
    const allowedAttrs = ALLOWED_ELEMENTS[name] ?? [];
    let kept = '';
    for (const m of attrs.matchAll(PLAIN_ATTR)) {
      const attr = m[1]!;
      const value = m[2]!.trim();
      const allowedAttr = allowedAttrs.includes(attr);
      const html = onTagAttr(name, attr, value, true) ?? (allowedAttr ? (value === '' ? attr : `${attr}="${value}"`) : onIgnoreTagAttr(name, attr));
      if (html !== '') kept += kept === '' ? html : ` ${html}`;
    }
    return `<${name}${kept === '' ? '' : ` ${kept}`}${closing ? ' /' : ''}>`;
  }

  /**
   * Walks the tags of `text` from `<` to `<` (text between them is copied as it is). Each tag is decided
   * on its name; a tag with attributes goes through the `xss` filter, which parses them and applies the
   * allow-list and the URL policy. Only tags built here or checked inert leave with a live `<`, so what a
   * browser reads in the result cannot differ from what was checked, whatever the input's quoting tricks.
   */
  function filterHtml(text: string, state: MarkupState): string {
    let out = '';
    let pos = 0;
    for (;;) {
      if (state.dropping !== null) {
        // Inside a script-like element: its body goes, up to its closing tag (or the end of this piece).
        const close = closingTag(state.dropping).exec(text.slice(pos));
        if (close === null) return out;
        pos += close.index + close[0].length;
        state.dropping = null;
      }
      const lt = text.indexOf('<', pos);
      if (lt === -1) return out + text.slice(pos);
      out += text.slice(pos, lt);
      const next = text.charCodeAt(lt + 1);
      const letter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122);
      if (!letter && next !== 47 /* / */ && next !== 33 /* ! */ && next !== 63 /* ? */) {
        // `a < b`: no tag starts here.
        out += '<';
        pos = lt + 1;
        continue;
      }
      if (next === 33 && text.startsWith('<!--', lt)) {
        const close = text.indexOf('-->', lt + 4);
        note('comment');
        pos = close === -1 ? text.length : close + 3;
        continue;
      }
      const gt = tagEnd(text, lt);
      if (gt === -1) {
        // A tag left open: escaped, so text after it can never complete it.
        note('unclosed_tag');
        out += '&lt;';
        pos = lt + 1;
        continue;
      }
      out += filterTag(text.slice(lt, gt + 1), state);
      pos = gt + 1;
    }
  }

  function filterTag(tag: string, state: MarkupState): string {
    const first = tag.charCodeAt(1);
    if (first === 33 || first === 63) {
      note('markup_declaration');
      return '';
    }
    const closing = first === 47;
    const name = tagName(tag);
    const tagClass = TAG_CLASS.get(name) ?? 0;
    // (No element name holds a colon.)
    if (tagClass === 0 && (name.endsWith(':') || (name.includes(':') && AUTOLINK_TAG.test(tag)))) {
      // `<https://...>`: a markdown autolink.
      const url = tag.slice(1, -1);
      if (policy.action === 'keep' || policy.check(url, 'link', sink)) return AUTOLINK_TAG.test(tag) ? tag : escapeAll(tag);
      return policy.action === 'remove' ? '' : defangUrl(url);
    }
    if (!closing && (tagClass & TAG_DROP_BODY) !== 0) {
      note(name === 'script' ? 'script_element' : 'dangerous_element');
      state.dropping = name;
      return '';
    }
    if ((tagClass & TAG_ALLOWED) !== 0) {
      if (closing) return `</${name}>`;
      // No attributes: nothing to check.
      if (tag.length === name.length + 2 || (tag.length === name.length + 3 && tag[name.length + 1] === '/')) return `<${name}>`;
      return processTag(tag);
    }
    if ((tagClass & TAG_KNOWN) !== 0) {
      note(name === 'script' ? 'script_element' : 'dangerous_element');
      return '';
    }
    if (!closing && isInertTagText(tag)) return tag;
    if (closing && /^<\/[A-Za-z][\w,.:?[\]]*>$/.test(tag) && !name.includes('-')) return tag;
    note('unknown_markup');
    return escapeAll(tag);
  }

  function cleanProse(text: string, state: MarkupState): string {
    const result = cleanMarkdownUrls(text, policy, sink);
    if (mode === 'escape') return escapeAll(result);
    if (mode === 'off') {
      if (policy.action === 'keep' || !result.includes('<')) return result;
      return result.replace(AUTOLINK, (whole, url: string) => (policy.check(url, 'link', sink) ? whole : policy.action === 'remove' ? '' : defangUrl(url)));
    }
    if (state.dropping === null && !result.includes('<')) return result;
    return filterHtml(result, state);
  }

  function cleanCode(code: string): string {
    // The URL policy holds in code too: a renderer that reads a fence differently must not fetch anything.
    const text = cleanMarkdownUrls(code, policy, sink);
    if (mode === 'escape') return escapeAll(text);
    if (mode === 'off' || !text.includes('<')) return text;
    return text.replace(CODE_TAG, (tag) => {
      if (isInertTagText(tag)) return tag;
      note('markup_in_code');
      return `&lt;${tag.slice(1)}`;
    });
  }

  /** Prose with its inline code spans kept apart. */
  function cleanInline(text: string, state: MarkupState): string {
    if (!text.includes('`') || state.dropping !== null) return cleanProse(text, state);
    let result = '';
    let pos = 0;
    for (const m of text.matchAll(INLINE_CODE)) {
      result += cleanProse(text.slice(pos, m.index), state);
      result += state.dropping !== null ? '' : cleanCode(m[0]);
      pos = m.index + m[0].length;
    }
    return result + cleanProse(text.slice(pos), state);
  }

  return {
    mode,
    clean(text, state, out) {
      sink = out;
      try {
        if (mode === 'off' && action === 'keep') return text;
        // Fast path: no fence can open or close in this piece.
        if (state.fence === null && !text.includes('```') && !text.includes('~~~')) {
          const cleaned = cleanInline(text, state);
          if (text !== '') state.lineStart = text.endsWith('\n');
          return cleaned;
        }
        let result = '';
        let pos = 0;
        let prose = '';
        while (pos < text.length) {
          const nl = text.indexOf('\n', pos);
          const end = nl === -1 ? text.length : nl + 1;
          const line = text.slice(pos, end);
          const atLineStart = pos === 0 ? state.lineStart : true;
          const fence = atLineStart ? FENCE.exec(line)?.[1] : undefined;
          if (state.fence !== null) {
            // Inside a code block: a line of the same fence (at least as long) closes it.
            if (fence !== undefined && fence[0] === state.fence[0] && fence.length >= state.fence.length && line.trim() === fence) state.fence = null;
            result += cleanCode(line);
          } else if (fence !== undefined && state.dropping === null) {
            result += cleanInline(prose, state) + cleanCode(line);
            prose = '';
            state.fence = fence;
          } else {
            prose += line;
          }
          pos = end;
        }
        result += cleanInline(prose, state);
        if (text !== '') state.lineStart = text.endsWith('\n');
        return result;
      } finally {
        sink = [];
        filtered = undefined;
      }
    },
  };
}

/**
 * Spans a stream cut must not fall inside: tags (and text that may become one), markdown links and
 * images, reference definitions, inline code, entities. Offsets index `text`; an unfinished construct
 * at the end runs to the end.
 */
const CONSTRUCTS = /<[A-Za-z/!?][^<>]{0,512}>?|!?\[[^\]\n]{0,512}\](?:\([^)\n]{0,1024}\)?|:[^\n]*)?|(`+)(?:(?!\1)[^\n]){1,512}?\1|&#?[A-Za-z0-9]{0,32};?/g;

/** A line that opens or closes a code block is read whole. */
const FENCE_LINE = /(?:^|\n) {0,3}(?:`{3,}|~{3,})[^\n]*/g;

export function markupConstructs(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (text.includes('```') || text.includes('~~~')) for (const m of text.matchAll(FENCE_LINE)) spans.push([m.index, m.index + m[0].length + 1]);
  for (const m of text.matchAll(CONSTRUCTS)) if (m[0].length > 1) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
