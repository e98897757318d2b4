/**
 * Storage for offset maps. Maps are views into pooled slabs, so a call does not pay for a fresh
 * ArrayBuffer (allocating one costs more than normalizing a short prompt). Maps are read-only by
 * contract; a slab is released when no map viewing it is alive.
 * @module
 */

const SLAB_ENTRIES = 1 << 16;
let slab = new Uint32Array(SLAB_ENTRIES);
let slabUsed = 0;

/** A zeroed-or-reused `Uint32Array` of `length` entries that the caller fills completely. */
export function allocMap(length: number): Uint32Array {
  if (length > SLAB_ENTRIES >> 2) return new Uint32Array(length);
  if (slabUsed + length > SLAB_ENTRIES) {
    slab = new Uint32Array(SLAB_ENTRIES);
    slabUsed = 0;
  }
  const view = slab.subarray(slabUsed, slabUsed + length);
  slabUsed += length;
  return view;
}

const IDENTITY_LIMIT = 1 << 18;
let identity = new Uint32Array(0);

/**
 * A read-only identity map `0, 1, …, length-1`: a view of the shared identity table, so a text
 * whose matching copy maps one to one pays neither a copy nor pooled storage for its map.
 */
export function identityMap(length: number): Uint32Array {
  if (length > IDENTITY_LIMIT) {
    const map = new Uint32Array(length);
    writeIdentity(map, 0, 0, length);
    return map;
  }
  growIdentity(length);
  return identity.subarray(0, length);
}

/** Makes the identity table at least `to` entries long (never past {@link IDENTITY_LIMIT}). */
function growIdentity(to: number): void {
  if (identity.length >= to) return;
  let size = Math.max(1024, identity.length);
  while (size < to) size *= 2;
  // A new table: views handed out earlier keep the old one, whose contents never change.
  identity = new Uint32Array(Math.min(size, IDENTITY_LIMIT));
  for (let i = 0; i < identity.length; i++) identity[i] = i;
}

/** Writes `from, from+1, …, to-1` into `target` starting at `offset`. */
export function writeIdentity(target: Uint32Array, offset: number, from: number, to: number): void {
  if (to <= IDENTITY_LIMIT) {
    growIdentity(to);
    target.set(identity.subarray(from, to), offset);
    return;
  }
  for (let i = from; i < to; i++) target[offset + i - from] = i;
}
