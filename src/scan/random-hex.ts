/**
 * Random hex for per-request tokens (delimiter tags, canaries), cut from a pool filled by the CSPRNG a few
 * KB at a time, as `crypto.randomUUID()` does: one `randomBytes` call per token cost more than the rest of
 * building the secured messages. Each byte is handed out once.
 * @module
 */
import { randomFillSync } from 'node:crypto';

const POOL_BYTES = 4096;
const pool = Buffer.allocUnsafe(POOL_BYTES);
let next = POOL_BYTES;

/** `bytes` fresh random bytes (at most the pool's size) as lower-case hex. */
export function randomHex(bytes: number): string {
  if (next + bytes > POOL_BYTES) {
    randomFillSync(pool);
    next = 0;
  }
  const hex = pool.toString('hex', next, next + bytes);
  next += bytes;
  return hex;
}
