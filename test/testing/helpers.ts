import { randomBytes } from 'node:crypto';

/** A throwaway key built at runtime; never a realistic literal. */
export function fakeKey(): string {
  return 'test-' + randomBytes(8).toString('hex');
}

/** Reads a whole SSE body as text. */
export async function readAll(res: Response): Promise<string> {
  return await res.text();
}
