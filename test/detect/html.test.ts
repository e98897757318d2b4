/**
 * The markup cleaner's shortcuts: a tag filtered once per piece (each repeat still noted and cleaned
 * alike), and plain relative paths judged without a URL parse (the same verdict as the parse).
 */
import fc from 'fast-check';
import { createMarkupCleaner, initialMarkupState } from '../../src/detect/html.js';
import type { MarkupDetection } from '../../src/detect/html.js';

const cleaner = createMarkupCleaner({ allowedHosts: ['docs.acme.com'] });

function clean(text: string): { text: string; types: string[] } {
  const out: MarkupDetection[] = [];
  const cleaned = cleaner.clean(text, initialMarkupState(), out);
  return { text: cleaned, types: out.map((d) => d.type) };
}

describe('a tag repeated in one piece', () => {
  test('each copy is cleaned alike and each is noted', () => {
    const tag = '<img src="https://evil.example/p.png" alt="x" onerror="alert(1)">';
    const once = clean(tag);
    expect(once.types.sort()).toEqual(['event_handler', 'external_image']);
    const thrice = clean(`${tag} and ${tag}\n${tag}`);
    expect(thrice.text).toBe(`${once.text} and ${once.text}\n${once.text}`);
    expect(thrice.types.sort()).toEqual(['event_handler', 'event_handler', 'event_handler', 'external_image', 'external_image', 'external_image']);
  });

  test('a later piece is filtered afresh (nothing carried between pieces)', () => {
    const tag = '<a href="javascript:alert(1)" title="t">x</a>';
    const first = clean(tag);
    expect(first.types).toEqual(['unsafe_url']);
    expect(clean(tag)).toEqual(first);
    expect(first.text).not.toContain('javascript');
  });
});

describe('relative URLs', () => {
  test.each([
    ['images/chart.png', true],
    ['/static/a-b_c.~v2/x.png', true],
    ['', true],
    ['//evil.example/p.png', false],
    ['/\\evil.example/p.png', false],
    ['\\\\evil.example/p.png', false],
    ['/%2F/evil.example/p.png', true], // a path on this origin, whatever it decodes to
    ['a:b', false],
  ])('![c](%s) kept: %s', (url, kept) => {
    const result = clean(`![c](${url})`);
    expect(result.text === `![c](${url})`).toBe(kept);
  });
});

describe('plain tags built without the xss filter', () => {
  const general = createMarkupCleaner({ allowedHosts: ['docs.acme.com'] }, { plainTags: false });
  const shortcut = createMarkupCleaner({ allowedHosts: ['docs.acme.com'] });
  const both = (text: string): [unknown, unknown] => {
    const run = (c: typeof general): unknown => {
      const out: MarkupDetection[] = [];
      return { text: c.clean(text, initialMarkupState(), out), out };
    };
    return [run(shortcut), run(general)];
  };

  // Names of allowed elements and attributes, dropped ones, event handlers; values of every kind the
  // plain shape admits (URLs the policy keeps or refuses, spaces to trim, empty) and some it does not.
  const tagName = fc.constantFrom('a', 'img', 'code', 'pre', 'span', 'td', 'ol', 'abbr', 'p', 'b', 'br', 'h2', 'div', 'table', 'x', 'font');
  const attrName = fc.constantFrom('href', 'src', 'title', 'alt', 'class', 'width', 'start', 'colspan', 'style', 'id', 'onclick', 'onerror', 'srcdoc', 'target', 'rel', 'name');
  const value = fc.oneof(
    fc.constantFrom(
      'https://docs.acme.com/orders', 'https://evil.example/p.png?d=1', 'http://DOCS.acme.com', 'javascript:alert(1)', 'JaVaScRiPt:x', 'data:image/png;base64,AAAA',
      'mailto:a@b.c', 'tel:+331', '/rel/path', '//evil.example/x', 'rel/x.png', '#top', '?q=1', 'vbscript:x', 'language-js', ' spaced ', '', '   ', '42',
      "it's", 'a=b', 'x`y', 'https://docs.acme.com/a b', 'https://evil.example:8080/x', 'ftp://x.y/z', './a', '../b', 'https://user@evil.example/',
    ),
    fc.string({ unit: fc.constantFrom(...'aZ09 :/.-_?=#%@!$()*,;[]^{}|~\'`'.split('')), maxLength: 24 }),
    // Outside the plain shape: the filter takes these whatever the switch.
    fc.constantFrom('a"b', 'a&amp;b', 'a<b', 'a>b', 'a\\b', 'caf\u00e9', 'tab\there', 'j&#97;vascript:x'),
  );
  const attr = fc.tuple(attrName, value).map(([n, v]) => ` ${n}="${v}"`);
  const tag = fc.tuple(tagName, fc.array(attr, { maxLength: 4 }), fc.boolean()).map(([n, attrs, closing]) => `<${n}${attrs.join('')}${closing ? ' /' : ''}>`);
  const doc = fc.array(fc.oneof(tag, fc.constantFrom('text ', '</a>', '\n', 'a < b ', '`<b class="x">` ', '<A HREF="x">', "<img src='x'>")), { maxLength: 8 }).map((parts) => parts.join(''));

  test('give the filter\'s text and notes, in order, on random markup', () => {
    fc.assert(
      fc.property(doc, (text) => {
        const [fast, slow] = both(text);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 3000 },
    );
  });

  test.each([
    ['<a href="https://docs.acme.com/x" title=" t ">x</a>', 'allowed link, title trimmed'],
    ['<a href="https://evil.example/x" title="t">x</a>', 'external link defanged'],
    ['<img src="https://evil.example/p.png" alt="" width="3" onerror="x" />', 'image refused, empty alt, closing slash'],
    ['<code class="language-js" id="k" style="color:red">', 'dropped attributes with their notes'],
    ['<br />', 'no attributes, closing slash'],
  ])('%s (%s)', (text) => {
    const [fast, slow] = both(text);
    expect(fast).toEqual(slow);
  });
});
