/**
 * The demo's static chat page, read once at startup and served from memory by both demo backends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StaticFile {
  type: string;
  body: string;
}

/**
 * Path → file, for `GET /`, `/app.js`, `/style.css`.
 * @param publicDir the folder of the page's files (`examples/shared/public`)
 */
export function loadPage(publicDir: string): ReadonlyMap<string, StaticFile> {
  const read = (name: string) => readFileSync(join(publicDir, name), 'utf8');
  return new Map([
    ['/', { type: 'text/html; charset=utf-8', body: read('index.html') }],
    ['/app.js', { type: 'text/javascript; charset=utf-8', body: read('app.js') }],
    ['/style.css', { type: 'text/css; charset=utf-8', body: read('style.css') }],
  ]);
}
