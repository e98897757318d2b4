/**
 * One fake Mistral server per test file, accepting one fake key built at run time: started before the
 * file's tests, reset before each, closed after.
 */
import { startFakeMistral } from '../../src/testing/index.js';
import type { FakeMistral } from '../../src/testing/index.js';
import { fakeKey } from '../testing/helpers.js';

export interface FakeMistralFixture {
  /** The only key the server accepts. */
  readonly key: string;
  /** The running server (inside tests and hooks only). */
  readonly fake: FakeMistral;
}

export function useFakeMistral(): FakeMistralFixture {
  const key = fakeKey();
  let server: FakeMistral | undefined;
  beforeAll(async () => {
    server = await startFakeMistral({ validKeys: [key] });
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(() => server?.reset());
  return {
    key,
    get fake(): FakeMistral {
      if (server === undefined) throw new Error('the fake Mistral starts in beforeAll: use it inside a test or a hook');
      return server;
    },
  };
}
