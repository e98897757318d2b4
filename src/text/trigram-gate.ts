/**
 * A one-pass prefilter for many literal gates over one text. A detector that runs a regex only when the
 * text holds some literal (`text.includes(gate)`) pays a native search per gate, and a search for a
 * literal opening with a frequent letter (`machine`, `user`, `installation`) reads every occurrence of
 * that letter: twenty such gates cost a third of a regex pass over a 4 KB prompt. Here the text is read
 * once and every trigram it holds is marked in a hashed table; a literal with a trigram the text lacks
 * is absent, proved by a few table reads. A literal that passes may still be absent (hash collisions, its
 * trigrams in other places), so callers keep their exact test after it: the filter only skips work whose
 * outcome is already known, and never changes a result.
 *
 * Characters are folded before hashing: ASCII letters to lower case (a case-insensitive regex over
 * ASCII letters matches only their two cases, so one folded literal gates it), every unit to its low
 * byte. Folding merges characters, so it can only let more literals pass, never fewer.
 * @module
 */
import { UnitBuffer } from './units.js';

/**
 * The hashed table's size: 32,768 one-byte slots (fits a core's L1 cache; a 4 KB prompt marks about 5%
 * of them).
 */
const SLOTS = 1 << 15;

/** A literal's trigram slots, computed once: an empty list (a literal under three units) always passes. */
export type GateLiteral = Int32Array;

/** A unit as the table reads it: ASCII letters lower-cased (`| 32` also merges a few punctuation pairs), low byte kept. */
const fold = (c: number): number => (c | 32) & 0xff;
/**
 * The rolling slot after folded unit `c`: the previous slot shifted by five bits, `c` mixed in, masked to
 * 15 bits. The unit three back is shifted out whole, so the slot depends on the last three units only:
 * a literal hashed from its own start gets, from its third unit on, the slots the text got there.
 */
const roll = (slot: number, c: number): number => ((slot << 5) ^ c) & (SLOTS - 1);

/** The trigram slots of `literal`, for {@link TrigramGate.mayHold}. */
export function gateLiteral(literal: string): GateLiteral {
  const slots: number[] = [];
  let slot = 0;
  for (let i = 0; i < literal.length; i++) {
    slot = roll(slot, fold(literal.charCodeAt(i)));
    if (i >= 2) slots.push(slot);
  }
  return Int32Array.from(slots);
}

/** The trigrams of the last text loaded; one per scanner (a load replaces the previous text's). */
export class TrigramGate {
  /** Slot `i` holds the generation of the last text that marked it: no clearing between texts. */
  private readonly marks = new Uint8Array(SLOTS);
  private generation = 0;
  private readonly units = new UnitBuffer();

  /** Marks the trigrams of `text` (forgetting the previous text's). */
  load(text: string): void {
    if (++this.generation === 256) {
      // The generation wraps every 255 texts: only then is the table cleared.
      this.marks.fill(0);
      this.generation = 1;
    }
    const generation = this.generation;
    const marks = this.marks;
    const n = text.length;
    const u = this.units.load(text);
    let slot = 0;
    // The first two slots mark pairs, not trigrams: extra marks, which only let more literals pass.
    // `roll(slot, fold(unit))` written out: the loop is the whole cost, and it must not make calls.
    for (let i = 0; i < n; i++) {
      slot = ((slot << 5) ^ ((u[i]! | 32) & 0xff)) & (SLOTS - 1);
      marks[slot] = generation;
    }
  }

  /** False when the loaded text cannot hold `literal` (case-insensitively for ASCII letters); true otherwise. */
  mayHold(literal: GateLiteral): boolean {
    const marks = this.marks;
    const generation = this.generation;
    for (let i = 0; i < literal.length; i++) if (marks[literal[i]!] !== generation) return false;
    return true;
  }

  /** Whether the loaded text may hold one of `literals`. */
  mayHoldAny(literals: readonly GateLiteral[]): boolean {
    for (const literal of literals) if (this.mayHold(literal)) return true;
    return false;
  }
}
