import { PassThrough } from 'node:stream';
import { runMock } from '../../src/cli/mock.js';
import { fakeKey } from './helpers.js';

function capture(): { stream: PassThrough; text: () => string; firstLine: () => Promise<string> } {
  const stream = new PassThrough();
  let buf = '';
  stream.on('data', (d: Buffer) => (buf += d.toString('utf8')));
  return {
    stream,
    text: () => buf,
    firstLine: () =>
      new Promise((resolve, reject) => {
        const t = setTimeout(() => reject(new Error('no output')), 5000);
        const check = (): void => {
          const nl = buf.indexOf('\n');
          if (nl >= 0) {
            clearTimeout(t);
            stream.off('data', check);
            resolve(buf.slice(0, nl));
          }
        };
        stream.on('data', check);
        check();
      }),
  };
}

describe('mistral-guard mock', () => {
  it('prints the URL, enforces --valid-keys, never prints a key, stops on abort', async () => {
    const out = capture();
    const err = capture();
    const good = fakeKey();
    const ac = new AbortController();
    const done = runMock(['--port', '0', '--valid-keys', `${good},${fakeKey()}`, '--chunk-size=3'], { stdout: out.stream, stderr: err.stream }, { signal: ac.signal });
    const url = await out.firstLine();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(url + '/')).status).toBe(200);
    const post = (k: string): Promise<Response> =>
      fetch(url + '/v1/moderations', {
        method: 'POST',
        headers: { authorization: `Bearer ${k}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'mistral-moderation-2603', input: 'x' }),
      });
    expect((await post(good)).status).toBe(200);
    expect((await post(fakeKey())).status).toBe(401);
    ac.abort();
    expect(await done).toBe(0);
    expect(err.text()).not.toContain(good);
    expect(err.text()).toContain('stopped');
  });

  it('stops on SIGINT', async () => {
    const out = capture();
    const done = runMock([], { stdout: out.stream, stderr: new PassThrough() });
    await out.firstLine();
    process.emit('SIGINT');
    expect(await done).toBe(0);
  });

  it('exits 2 with usage on bad arguments, 0 on --help', async () => {
    const err = capture();
    expect(await runMock(['--port', 'abc'], { stdout: new PassThrough(), stderr: err.stream })).toBe(2);
    expect(err.text()).toContain('Usage: mistral-guard mock');
    expect(await runMock(['--bogus'], { stdout: new PassThrough(), stderr: new PassThrough() })).toBe(2);
    const out = capture();
    expect(await runMock(['--help'], { stdout: out.stream, stderr: new PassThrough() })).toBe(0);
    expect(out.text()).toContain('--valid-keys');
  });
});
