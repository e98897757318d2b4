/**
 * A real Chromium for page tests: Debian's `/usr/bin/chromium` driven by playwright-core, never a
 * downloaded browser, and pages that may only reach 127.0.0.1.
 */
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** Debian's Chromium; `CHROMIUM_PATH` points elsewhere on other systems. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A context whose requests are confined to 127.0.0.1: anything else is aborted and recorded in
 * `offHostRequests`, so a stray CDN link or telemetry call fails the test instead of going out.
 */
export async function openLocalContext(browser: Browser): Promise<{ context: BrowserContext; offHostRequests: string[] }> {
  const context = await browser.newContext();
  const offHostRequests: string[] = [];
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      offHostRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return { context, offHostRequests };
}

/** What a page reported that a test may want to refuse. */
export interface PageWatch {
  /** `console.error` messages, including Chromium's own "Failed to load resource" lines. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
}

/** A fresh page of `context`, watched for console errors and uncaught exceptions from the start. */
export async function openWatchedPage(context: BrowserContext): Promise<{ page: Page; watch: PageWatch }> {
  const page = await context.newPage();
  const watch: PageWatch = { consoleErrors: [], pageErrors: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => watch.pageErrors.push(err.message));
  return { page, watch };
}

/** An HTTP server for `handler` on 127.0.0.1, on a free port. */
export async function listenLocal(handler: RequestListener): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}` };
}

/** Closes the server without waiting for the browser's keep-alive connections to time out. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}

/** Where the browser tests leave their screenshots (git-ignored), for a person to look at. */
export const SCREENSHOT_DIR = resolve(__dirname, '../../.tmp/screenshots');

/** Saves a full-page PNG of `page` as `<name>.png`; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
