/**
 * Choosing the HTML sanitizer: candidates measured on speed (ratio to one email-regex pass on the same
 * 4 KB answers, same process), on the XSS corpus in real Chromium (each cleaned payload inserted with
 * innerHTML; `alert`/`confirm`/`prompt`/`print` calls and requests to other hosts counted), and on
 * readability (`a < b`, `x && y`, `Map<string, number>` in code left as written).
 *
 * Run: node --import tsx bench/output-sanitizers.ts   (needs Debian's chromium, or CHROMIUM_PATH)
 */
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import xss from 'xss';
import sanitizeHtml from 'sanitize-html';
import createDOMPurify from 'dompurify';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { chromium } from 'playwright-core';
import { emailReplaceBaseline } from './lib/baseline.js';
import { compare } from './lib/measure.js';
import { corpusHtml, markdownAnswers } from './lib/answers.js';
import { createMarkupCleaner, initialMarkupState } from '../src/detect/html.js';
import { XSS_PAYLOADS } from '../test/stream/xss-payloads.js';

type Clean = (html: string) => string;

const purifyLinkedom = createDOMPurify(parseHTML('<!doctype html><html><body></body></html>') as unknown as Parameters<typeof createDOMPurify>[0]);
const purifyJsdom = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
const ours = createMarkupCleaner();

const candidates: Record<string, Clean> = {
  'xss 1.0 (defaults)': (h) => (xss as unknown as { filterXSS: Clean }).filterXSS(h),
  'sanitize-html 2 (defaults)': (h) => sanitizeHtml(h),
  'DOMPurify 3 + linkedom': (h) => purifyLinkedom.sanitize(h) as unknown as string,
  'DOMPurify 3 + jsdom': (h) => purifyJsdom.sanitize(h) as unknown as string,
  'mistral-guard markup pass (xss for attributes)': (h) => ours.clean(h, initialMarkupState(), []),
};

const html = corpusHtml() ?? markdownAnswers(4096, 24, 3);
const markdown = markdownAnswers(4096, 24);

/** Ratio of medians; the DOM-based candidates are 30-150x slower, so they get fewer rounds. */
function speed(texts: string[], clean: Clean, slow: boolean): number {
  let i = 0;
  const run = () => compare(() => clean(texts[i++ % texts.length]!), () => emailReplaceBaseline(texts[i++ % texts.length]!), slow ? 12 : 40, slow ? 4 : 30);
  const ratios = [run(), run(), run()].map((c) => c.ratio).sort((a, b) => a - b);
  return +ratios[1]!.toFixed(2);
}

const READABLE = ['a < b', 'x && y', 'Map<string, number>'];
const readableSample = 'Compare a < b and x && y.\n\n```ts\nconst m = new Map<string, number>();\n```';

/** In the page: inserts one item with innerHTML and reports whether a hooked dialog ran. */
const PROBE = `async (html) => {
  let fired = false;
  for (const fn of ['alert', 'confirm', 'prompt', 'print']) window[fn] = () => { fired = true; };
  const root = document.getElementById('root');
  root.innerHTML = html;
  await new Promise((r) => setTimeout(r, 60));
  root.innerHTML = '';
  return fired;
}`;

async function inBrowser(): Promise<Record<string, { fired: number; offHostRequests: number; payloads: number }>> {
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end('<!doctype html><html><body><div id="root"></div></body></html>');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const out: Record<string, { fired: number; offHostRequests: number; payloads: number }> = {};
  try {
    for (const [name, clean] of Object.entries({ 'no sanitizer (control)': (h: string) => h, ...candidates })) {
      const context = await browser.newContext();
      let offHost = 0;
      await context.route((u) => u.hostname !== '127.0.0.1', (route) => {
        offHost++;
        return route.abort();
      });
      let page = await context.newPage();
      await page.goto(url);
      let fired = 0;
      for (const payload of XSS_PAYLOADS) {
        try {
          // Plain JavaScript text, so no compiler helper ends up in the page.
          if ((await page.evaluate(`(${PROBE})(${JSON.stringify(clean(payload))})`)) === true) fired++;
        } catch {
          // The payload navigated the page away (a refresh, a form): an attack that worked. A fresh page goes on.
          fired++;
          await page.close();
          page = await context.newPage();
          await page.goto(url);
        }
      }
      out[name] = { fired, offHostRequests: offHost, payloads: XSS_PAYLOADS.length };
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return out;
}

// DOMPurify needs a DOM it supports; on linkedom it reports isSupported = false and returns its input as it is.
const report: Record<string, unknown> = {
  domPurifyIsSupported: { linkedom: purifyLinkedom.isSupported, jsdom: purifyJsdom.isSupported },
  command: 'node --import tsx bench/output-sanitizers.ts',
  node: process.version,
  corpus: `test/stream/xss-payloads.ts (${XSS_PAYLOADS.length} payloads, written for this project)`,
  speedRatioToEmailRegex: {} as Record<string, unknown>,
  readable: {} as Record<string, unknown>,
};
for (const [name, clean] of Object.entries(candidates)) {
  const slow = name.startsWith('DOMPurify');
  (report.speedRatioToEmailRegex as Record<string, unknown>)[name] = { corpusHtml4KB: speed(html, clean, slow), markdown4KB: speed(markdown, clean, slow) };
  const cleaned = clean(readableSample);
  (report.readable as Record<string, unknown>)[name] = READABLE.filter((s) => cleaned.includes(s)).length + `/${READABLE.length} kept as written`;
}
writeFileSync(new URL('./results/output-sanitizers.json', import.meta.url), JSON.stringify(report, null, 2) + '\n');
report.xssInChromium = await inBrowser();
writeFileSync(new URL('./results/output-sanitizers.json', import.meta.url), JSON.stringify(report, null, 2) + '\n');
console.log(JSON.stringify(report, null, 2));
