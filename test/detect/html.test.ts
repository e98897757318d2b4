/**
 * The markup cleaner's shortcuts: a tag filtered once per piece (each repeat still noted and cleaned
 * alike), and plain relative paths judged without a URL parse (the same verdict as the parse).
 */
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
