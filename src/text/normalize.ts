/**
 * The matching copy of a user text, used by every detector; the text sent to the model keeps its
 * meaning (only `strip` spans are removed from it).
 *
 * Hot path: a native ASCII probe decides whether every unit is below 0x80. If so, the matching copy
 * is `toLowerCase()` and its map the identity (a view of a shared read-only identity table);
 * otherwise one loop over the units writes typed scratch buffers, with memoized per-character work.
 * Then the word scan (separator runs + ROT13/reversed cues), the leet pass and the decoders run,
 * each one linear pass that does next to nothing on ordinary prose.
 * @module
 */
import type { Detection } from '../core/types.js';
import type { DecodedSegment, NormalizedText } from './types.js';
import { DEFAULT_CONFIG, resolveNormalizeOptions, type NormalizeConfig, type NormalizeOptions } from './options.js';
import {
  Inv,
  INV_BMP,
  INV_SCORE,
  INV_TYPE,
  RGI_FLAG_SUBDIVISIONS,
  flagTagSequenceLength,
  invisibleClass,
  isLegitJoiner,
  variationSelectorByte,
} from './invisible.js';
import {
  BMP_ENTRIES,
  HAS_FOLD as HAS_FOLD_BIT,
  SPECIAL_BRAILLE,
  SPECIAL_MASK,
  SPECIAL_REGIONAL,
  SPECIAL_UPSIDE_DOWN,
  STANDALONE_MARK as STANDALONE_MARK_BIT,
  charEntry,
  foldConfusableWords,
} from './chars.js';
import { buildCollapsed } from './collapse.js';
import { allocMap, identityMap, writeIdentity } from './buffers.js';
import { isAscii } from './units.js';
import { atbash, findEncodedPayloads, plausibility, reverseText, rot13, rot47, type Candidate, type DecodeBudget } from './decoders.js';
import { scanWords, type Cue, type CueKind } from './wordscan.js';
import { readsAsWords } from './english.js';
import { binaryCandidates, caesarCandidates, morseCandidates, pigLatinCandidates, unmarkedCipherCandidates } from './ciphers.js';
import {
  a1z26Candidates,
  brailleCandidates,
  natoCandidates,
  punycodeCandidates,
  regionalCandidates,
  upsideDownCandidates,
} from './substitutions.js';

/**
 * Characters (besides ASCII) whose NFKD is one base unit plus combining marks and whose lowercase is
 * one unit, with no look-alike fold and nothing invisible: most of Latin-1 and Latin Extended-A
 * (soft hyphen, ¼½¾, Ø/ø, ß, İ, ı, Đ/đ, Ħ/ħ, Ĳ/ĳ, Ŀ/ŀ, Ł/ł, ŉ, Ŧ/ŧ excluded). A text made only of these
 * keeps an identity map, so French, German or Spanish prompts avoid the per-character loop. Dashes,
 * curly quotes, bullets, ‰ and € are included (no decomposition).
 */
const NOT_LATIN_SIMPLE =
  /[^\x00-\x7f\u00a0-\u00ac\u00ae-\u00bb\u00bf-\u00d7\u00d9-\u00de\u00e0-\u00f7\u00f9-\u010f\u0112-\u0125\u0128-\u012f\u0134-\u013e\u0143-\u0148\u014a-\u0165\u0168-\u017f\u2010-\u2022\u2030\u20ac]/;
const LATIN_MARKS = /[\u0300-\u036f]+/g;

// Imported tables and flags copied into this module's own bindings: the hot loop then reads plain
// variables, not another module's live bindings (which some loaders compile to getter calls; measured
// at 40% of the slow path under tsx).
const ENTRIES = BMP_ENTRIES;
const INV_TABLE = INV_BMP;
const HAS_FOLD = HAS_FOLD_BIT;
const STANDALONE_MARK = STANDALONE_MARK_BIT;
const INV_NONE: number = Inv.NONE;

// Scratch buffers of the slow path: output code units and their original offsets. Reused across
// calls (the result is copied out before anything else runs).
let outBuf = new Uint16Array(4096);
let mapBuf = new Uint32Array(4096);
/** `outBuf`'s bytes, for native writes of long ASCII runs. */
let outBytes = Buffer.from(outBuf.buffer);

// Look-alike positions of the slow path and their entry meta, reused the same way (a Cyrillic
// text has one per letter or two: number arrays of that size cost more in growth and GC than the pass).
let confPosBuf = new Uint32Array(1024);
let confMetaBuf = new Uint32Array(1024);

function growConf(): void {
  const pos = new Uint32Array(confPosBuf.length * 2);
  pos.set(confPosBuf);
  confPosBuf = pos;
  const meta = new Uint32Array(confMetaBuf.length * 2);
  meta.set(confMetaBuf);
  confMetaBuf = meta;
}

function grow(need: number): void {
  const size = Math.max(need, outBuf.length * 2);
  const out = new Uint16Array(size);
  out.set(outBuf);
  outBuf = out;
  outBytes = Buffer.from(out.buffer);
  const map = new Uint32Array(size);
  map.set(mapBuf);
  mapBuf = map;
}

/** Appends `s` at output index `k`, every unit mapped to original index `at`; returns the new `k`. */
function emitAt(s: string, at: number, k: number): number {
  if (k + s.length + 1 > outBuf.length) grow(k + s.length + 1);
  for (let u = 0; u < s.length; u++) {
    outBuf[k] = s.charCodeAt(u);
    mapBuf[k++] = at;
  }
  return k;
}

// ---------------------------------------------------------------------------------------------
// One level of normalization (the message itself, or one decoded payload)

/** A payload smuggled invisibly (tag characters, variation selectors), decoded inline. */
interface Smuggled {
  text: string;
  start: number;
  end: number;
}

interface Level {
  original: string;
  matching: string;
  matchingMap: Uint32Array;
  collapsed: string;
  collapsedMap: Uint32Array;
  detections: Detection[];
  strip: Array<[number, number]>;
  candidates: Candidate[];
}

interface PassState {
  cfg: NormalizeConfig;
  /** `SPECIAL_*` bits of the characters seen (Braille, regional indicators, turned letters). */
  specials: number;
  detections: Detection[];
  strip: Array<[number, number]>;
  smuggled: Smuggled[];
  lastInvisible: Detection | undefined;
}

function addDetection(st: PassState, detection: Detection): void {
  if (st.detections.length < st.cfg.maxDetections) st.detections.push(detection);
}

function addInvisible(st: PassState, cls: Inv, start: number, end: number, score = INV_SCORE[cls]!): void {
  const strip = st.strip;
  const lastStrip = strip[strip.length - 1];
  if (lastStrip !== undefined && lastStrip[1] === start) lastStrip[1] = end;
  else strip.push([start, end]);
  const type = INV_TYPE[cls]!;
  const last = st.lastInvisible;
  if (last !== undefined && last.type === type && last.end === start) {
    last.end = end;
    if (score > last.score) last.score = score;
    return;
  }
  if (st.detections.length >= st.cfg.maxDetections) return;
  const detection: Detection = { kind: 'invisible', type, start, end, score };
  st.detections.push(detection);
  st.lastInvisible = detection;
}

function decodeVariationSelectors(text: string, start: number, end: number, maxBytes: number): string {
  const bytes: number[] = [];
  for (let i = start; i < end && bytes.length < maxBytes; ) {
    const cp = text.codePointAt(i)!;
    bytes.push(variationSelectorByte(cp));
    i += cp > 0xffff ? 2 : 1;
  }
  return UTF8.decode(Uint8Array.from(bytes));
}

const UTF8 = new TextDecoder('utf-8');

const UTF16 = new TextDecoder('utf-16le');
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The string of `units[0..length)`. The native UTF-16 decoder is much faster than
 * `String.fromCharCode` over chunks; it turns a lone surrogate into U+FFFD, one unit for one unit,
 * so offsets are unchanged (the matching copy never needs lone surrogates).
 */
function unitsToString(units: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return UTF16.decode(new Uint8Array(units.buffer, units.byteOffset, length * 2));
  let out = '';
  for (let i = 0; i < length; i += 8192) {
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  }
  return out;
}

/** Decoded smuggled text goes inline, padded so it never glues onto a neighbouring word. */
function emitInline(s: string, at: number, k: number): number {
  return emitAt(` ${s} `, at, k);
}

/** Shortest ASCII run the slow path copies natively (a shorter one costs less unit by unit). */
const MIN_ASCII_RUN = 32;
const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * The slow path: one loop over UTF-16 units into typed scratch buffers. ASCII costs a compare and
 * two stores; other characters a table lookup (invisible class) and a memoized entry.
 */
function slowPass(text: string, st: PassState): { matching: string; map: Uint32Array } {
  const cfg = st.cfg;
  const n = text.length;
  if (outBuf.length < n + 1) grow(n + 1);
  let out = outBuf;
  let map = mapBuf;
  let confPos = confPosBuf;
  let confMeta = confMetaBuf;
  let conf = 0;
  let k = 0;
  let marks = 0;
  let markStart = 0;
  let specials = 0;
  // Where the next long ASCII run may be looked for: past the run last copied, or some way past a place
  // that had none (so text with short ASCII runs between other characters pays a bounded number of looks).
  let probeAt = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (k + 1 >= out.length) {
      grow(k + 2);
      out = outBuf;
      map = mapBuf;
    }
    if (c < 0x80) {
      if (marks > 0) {
        if (marks > cfg.maxCombiningMarks) addMarkFlood(st, markStart, i);
        marks = 0;
      }
      // A long ASCII run (most of a mostly-English text with a few accents or look-alikes): lowercased and
      // copied natively, its map written from the identity table. Searched for only where the next unit,
      // one half a run ahead and one a run ahead are ASCII too: text of another script pays no search per space.
      if (i >= probeAt && LITTLE_ENDIAN && i + MIN_ASCII_RUN <= n) {
        probeAt = i + MIN_ASCII_RUN;
        let asciiEnd = i;
        if (text.charCodeAt(i + 1) < 0x80 && text.charCodeAt(i + (MIN_ASCII_RUN >> 1)) < 0x80 && text.charCodeAt(i + MIN_ASCII_RUN - 1) < 0x80) {
          NON_ASCII.lastIndex = i;
          asciiEnd = NON_ASCII.test(text) ? NON_ASCII.lastIndex - 1 : n;
          probeAt = i + 4 * MIN_ASCII_RUN;
        }
        const length = asciiEnd - i;
        if (length >= MIN_ASCII_RUN) {
          probeAt = asciiEnd;
          if (k + length + 1 > out.length) {
            grow(k + length + 1);
            out = outBuf;
            map = mapBuf;
          }
          outBytes.write(text.slice(i, asciiEnd).toLowerCase(), 2 * k, 2 * length, 'utf16le');
          writeIdentity(map, k, i, asciiEnd);
          k += length;
          i = asciiEnd;
          continue;
        }
      }
      out[k] = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
      map[k++] = i++;
      continue;
    }
    let cp = c;
    let size = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        size = 2;
      }
    }
    const cls = cp < 0x10000 ? (INV_TABLE[cp] as Inv) : invisibleClass(cp);
    if (cls === INV_NONE) {
      let entry = cp < 0x10000 ? ENTRIES[cp] : undefined;
      if (entry === undefined) entry = charEntry(cp);
      const meta = entry.meta;
      specials |= meta;
      if ((meta & STANDALONE_MARK) !== 0) {
        if (marks++ === 0) markStart = i;
      } else if (marks > 0) {
        if (marks > cfg.maxCombiningMarks) addMarkFlood(st, markStart, i);
        marks = 0;
      }
      const s = entry.s;
      if (s.length === 1) {
        if ((meta & HAS_FOLD) !== 0) {
          if (conf === confPos.length) {
            growConf();
            confPos = confPosBuf;
            confMeta = confMetaBuf;
          }
          confPos[conf] = k;
          confMeta[conf++] = meta;
        }
        out[k] = s.charCodeAt(0);
        map[k++] = i;
      } else if (s.length > 0) {
        k = emitAt(s, i, k);
        out = outBuf;
        map = mapBuf;
      }
      i += size;
      continue;
    }
    if (marks > 0) {
      if (marks > cfg.maxCombiningMarks) addMarkFlood(st, markStart, i);
      marks = 0;
    }
    switch (cls) {
      case Inv.ZERO_WIDTH:
        if ((cp === 0x200c || cp === 0x200d) && isLegitJoiner(text, i, cp)) break; // kept in the text
        addInvisible(st, cls, i, i + size);
        break;
      case Inv.VARIATION_SELECTOR: {
        let j = i + size;
        let count = 1;
        while (j < n) {
          const next = text.codePointAt(j)!;
          if (invisibleClass(next) !== Inv.VARIATION_SELECTOR) break;
          j += next > 0xffff ? 2 : 1;
          count++;
        }
        if (count > 1) {
          // Keep a leading VS15/VS16 (presentation selector); the rest is a flood or a byte payload.
          const from = cp === 0xfe0e || cp === 0xfe0f ? i + 1 : i;
          addInvisible(st, cls, from, j, count >= 4 ? 0.8 : 0.5);
          const payload = decodeVariationSelectors(text, from, j, cfg.maxDecodedBytes);
          const p = plausibility(payload, cfg.minPrintableRatio);
          if (p > 0) {
            k = emitInline(payload.toLowerCase(), from, k);
            st.smuggled.push({ text: payload, start: from, end: j });
            addDetection(st, { kind: 'encoding', type: 'variation_selectors', start: from, end: j, score: round(0.6 + 0.35 * p) });
          }
        }
        i = j;
        out = outBuf;
        map = mapBuf;
        continue;
      }
      case Inv.TAG: {
        const flag = flagTagSequenceLength(text, i);
        if (flag > 0) {
          // A subdivision flag (England, Scotland, Wales...): kept. Unknown subdivisions still show
          // their letters to the detectors, since they render as a plain black flag.
          let sub = '';
          for (let q = i; q < i + flag - 2; q += 2) sub += String.fromCharCode(text.codePointAt(q)! - 0xe0000);
          if (!RGI_FLAG_SUBDIVISIONS.has(sub)) k = emitInline(sub, i, k);
          i += flag;
          out = outBuf;
          map = mapBuf;
          continue;
        }
        let j = i;
        let decoded = '';
        while (j < n) {
          const next = text.codePointAt(j)!;
          if (next < 0xe0000 || next > 0xe007f) break;
          if (next >= 0xe0020 && next <= 0xe007e) decoded += String.fromCharCode(next - 0xe0000);
          j += 2;
        }
        addInvisible(st, cls, i, j);
        if (decoded.trim() !== '') {
          k = emitInline(decoded.toLowerCase(), i, k);
          st.smuggled.push({ text: decoded.slice(0, cfg.maxDecodedBytes), start: i, end: j });
          const p = plausibility(decoded, cfg.minPrintableRatio);
          addDetection(st, { kind: 'encoding', type: 'unicode_tags', start: i, end: j, score: round(0.7 + 0.25 * p) });
        }
        i = j;
        out = outBuf;
        map = mapBuf;
        continue;
      }
      default:
        addInvisible(st, cls, i, i + size);
    }
    i += size;
  }
  if (marks > cfg.maxCombiningMarks) addMarkFlood(st, markStart, n);
  map[k] = n;
  st.specials = specials & SPECIAL_MASK;

  if (cfg.foldConfusables && conf > 0) {
    const folded = foldConfusableWords(out, k, confPos, confMeta, conf);
    for (const word of folded) {
      addDetection(st, { kind: 'encoding', type: 'homoglyph', start: map[word.start]!, end: map[word.end]!, score: word.score });
    }
  }
  const matching = unitsToString(out, k);
  const result = allocMap(k + 1);
  result.set(map.subarray(0, k + 1));
  return { matching, map: result };
}

function addMarkFlood(st: PassState, start: number, end: number): void {
  addDetection(st, { kind: 'invisible', type: 'combining_mark_flood', start, end, score: 0.5 });
}

function round(x: number): number {
  return Math.round(Math.min(1, x) * 100) / 100;
}

/**
 * ROT13, Atbash, ROT47 and reversed text cannot be told apart by their characters, so they are
 * decoded only on a cue: an encoded instruction word (`vtaber` = ROT13 "ignore", `rtmliv` = Atbash,
 * `:8?@C6` = ROT47, `snoitcurtsni` = "instructions" backwards) decodes that line; an explicit mention
 * ("rot13", "atbash", "rot47", "backwards") decodes from that line to the end. The transform is applied to the matching copy (already cleaned), so it is linear and
 * bounded by the decode budget.
 */
function transformCandidates(level: Level, cues: readonly Cue[], budget: DecodeBudget, out: Candidate[]): void {
  const { matching, matchingMap } = level;
  for (const kind of ['rot13', 'reversed', 'atbash', 'rot47'] as const satisfies readonly CueKind[]) {
    const ranges: Array<[number, number, number]> = []; // start, end, encoded-word hits
    for (const cue of cues) {
      if (cue.kind !== kind) continue;
      const start = matching.lastIndexOf('\n', cue.index) + 1;
      let end: number;
      if (cue.mention) end = matching.length;
      else {
        end = matching.indexOf('\n', cue.index);
        if (end < 0) end = matching.length;
      }
      const lastRange = ranges[ranges.length - 1];
      if (lastRange !== undefined && start <= lastRange[1]) {
        lastRange[1] = Math.max(lastRange[1], end);
        if (!cue.mention) lastRange[2]++;
      } else ranges.push([start, end, cue.mention ? 0 : 1]);
    }
    for (const [start, rawEnd, hits] of ranges) {
      if (budget.candidates <= 0 || budget.bytes <= 0) return;
      budget.candidates--;
      const end = Math.min(rawEnd, start + budget.bytes);
      const slice = matching.slice(start, end);
      const candidate: Candidate = {
        start: matchingMap[start]!,
        end: matchingMap[end]!,
        encoding: kind,
        // ROT47 moves letters to punctuation and capitals: it reads the original, not the lowercased copy.
        text:
          kind === 'rot13'
            ? rot13(slice)
            : kind === 'reversed'
              ? reverseText(slice)
              : kind === 'atbash'
                ? atbash(slice)
                : rot47(level.original.slice(matchingMap[start], matchingMap[end])),
        score: round(0.5 + 0.1 * (hits - 1)),
        report: hits > 0,
      };
      // A bare mention of Atbash or ROT47 (this very word in a question about ciphers) is a weak
      // cue: the text after it must then read as words once decoded.
      if (hits === 0 && (kind === 'atbash' || kind === 'rot47') && readsAsWords(candidate.text, false) === 0) continue;
      budget.bytes -= end - start;
      out.push(candidate);
    }
  }
}

function normalizeLevel(text: string, cfg: NormalizeConfig, depth: number, budget: DecodeBudget, transforms: boolean): Level {
  const st: PassState = { cfg, specials: 0, detections: [], strip: [], smuggled: [], lastInvisible: undefined };
  let matching: string;
  let matchingMap: Uint32Array;
  let simple: string | undefined;
  if (isAscii(text)) simple = text.toLowerCase();
  else if (!NOT_LATIN_SIMPLE.test(text)) {
    simple = text.normalize('NFKD').replace(LATIN_MARKS, '').toLowerCase();
    if (simple.length !== text.length) simple = undefined; // cannot happen for the class above; stay safe
  }
  if (simple !== undefined) {
    matching = simple;
    matchingMap = identityMap(text.length + 1);
  } else {
    const pass = slowPass(text, st);
    matching = pass.matching;
    matchingMap = pass.map;
  }
  const decode = depth < cfg.maxDecodeDepth && budget.segments > 0;
  const d = cfg.decoders;
  const wantCues = decode && transforms && (d.rot13 || d.reversed || d.caesar || d.atbash || d.rot47);
  const words = scanWords(matching, wantCues ? cfg.decoders : undefined, MAX_CUES);
  const { collapsed, collapsedMap } = buildCollapsed(matching, matchingMap, words.runs);
  const level: Level = {
    original: text,
    matching,
    matchingMap,
    collapsed,
    collapsedMap,
    detections: st.detections,
    strip: st.strip,
    candidates: [],
  };
  if (decode) {
    findEncodedPayloads(text, cfg, budget, level.candidates);
    for (const smuggled of st.smuggled) {
      const inner: Candidate[] = [];
      findEncodedPayloads(smuggled.text, cfg, budget, inner);
      for (const candidate of inner) {
        candidate.start = smuggled.start;
        candidate.end = smuggled.end;
        level.candidates.push(candidate);
      }
    }
    if (words.cues.length > 0) transformCandidates(level, words.cues, budget, level.candidates);
    // Morse and binary are structural (any depth); Caesar and pig latin are word transforms and, like
    // ROT13, are not applied again to the output of a word transform.
    if (d.morse) morseCandidates(text, budget, level.candidates);
    if (d.binary) binaryCandidates(text, cfg, budget, level.candidates);
    // Letter codes are structural too (any depth): the table, not a shift, says what each symbol is.
    if (d.a1z26 && words.numbers.length > 0) a1z26Candidates(matching, matchingMap, words.numbers, budget, level.candidates);
    if (d.nato && words.nato.length > 0) natoCandidates(matching, matchingMap, words.nato, budget, level.candidates);
    if (d.braille && (st.specials & SPECIAL_BRAILLE) !== 0) brailleCandidates(text, budget, level.candidates);
    if (d.regional_indicators && (st.specials & SPECIAL_REGIONAL) !== 0) regionalCandidates(text, budget, level.candidates);
    if (d.upside_down && (st.specials & SPECIAL_UPSIDE_DOWN) !== 0) upsideDownCandidates(text, budget, level.candidates);
    if (d.punycode) punycodeCandidates(matching, matchingMap, budget, level.candidates);
    if (transforms && cfg.decoders.caesar && words.cues.length > 0) {
      caesarCandidates(matching, matchingMap, words.cues, budget, level.candidates);
    }
    if (transforms && cfg.decoders.pig_latin) pigLatinCandidates(matching, matchingMap, budget, level.candidates);
    if (transforms && (d.rot13 || d.caesar || d.atbash || d.reversed)) unmarkedCipherCandidates(matching, matchingMap, d, budget, level.candidates);
  }
  return level;
}

const NONE: readonly never[] = Object.freeze([]);
const ILL_FORMED = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\0/g;

/**
 * A decoded payload without lone surrogates or NUL (each becomes U+FFFD, one unit for one unit):
 * decoders may produce them (`\uD800`, `&#0;`, punycode of a surrogate), and a payload is text that
 * detectors, logs and the model may all read.
 */
function wellFormed(text: string): string {
  ILL_FORMED.lastIndex = 0;
  return ILL_FORMED.test(text) ? text.replace(ILL_FORMED, '\ufffd') : text;
}
/** Decoders whose output is not searched for word transforms again (a shift of a shift is noise). */
const WORD_TRANSFORMS: ReadonlySet<string> = new Set(['rot13', 'reversed', 'caesar', 'pig_latin', 'atbash', 'rot47']);
const MAX_CUES = 32;

function byStart(a: Detection, b: Detection): number {
  return a.start - b.start || a.end - b.end;
}

/** Normalizes `text` with an already validated configuration. */
export function normalizeWithConfig(text: string, cfg: NormalizeConfig): NormalizedText {
  if (typeof text !== 'string') throw new TypeError('normalizeText expects a string');
  const budget: DecodeBudget = {
    bytes: cfg.maxDecodedBytes,
    segments: cfg.maxSegments,
    candidates: cfg.maxCandidates,
    seen: new Set(),
  };
  const top = normalizeLevel(text, cfg, 0, budget, true);
  const detections = top.detections;
  let decoded: DecodedSegment[] | readonly never[] = NONE;
  if (top.candidates.length > 0) {
    // Depth-first, parents before children: every payload, at any depth, is listed at the top
    // level with the span of the outermost encoded run it came from (nested results carry no
    // segments of their own). Depth-first so that a nested payload is reached even when the text
    // holds more encoded runs than the segment budget.
    const segments: DecodedSegment[] = [];
    type Pending = { candidate: Candidate; depth: number; start: number; end: number; transforms: boolean };
    const stack: Pending[] = [];
    const pushAll = (found: readonly Candidate[], depth: number, span: { start: number; end: number } | undefined, transforms: boolean): void => {
      for (let c = found.length - 1; c >= 0; c--) {
        const candidate = found[c]!;
        stack.push({ candidate, depth, start: span?.start ?? candidate.start, end: span?.end ?? candidate.end, transforms });
      }
    };
    pushAll(top.candidates, 1, undefined, true);
    while (stack.length > 0 && budget.segments > 0) {
      const { candidate, depth, start, end, transforms: allowed } = stack.pop()!;
      const transforms = allowed && !WORD_TRANSFORMS.has(candidate.encoding);
      budget.segments--;
      const inner = normalizeLevel(wellFormed(candidate.text), cfg, depth, budget, transforms);
      segments.push({
        start,
        end,
        encoding: candidate.encoding,
        depth,
        decoded: {
          original: inner.original,
          matching: inner.matching,
          matchingMap: inner.matchingMap,
          collapsed: inner.collapsed,
          collapsedMap: inner.collapsedMap,
          decoded: NONE,
          detections: NONE,
          strip: NONE,
        },
      });
      if (candidate.report && detections.length < cfg.maxDetections) {
        detections.push({ kind: 'encoding', type: candidate.encoding, start, end, score: candidate.score });
      }
      for (const d of inner.detections) {
        if (detections.length >= cfg.maxDetections) break;
        detections.push({ kind: d.kind, type: d.type, start, end, score: d.score });
      }
      pushAll(inner.candidates, depth + 1, { start, end }, transforms);
    }
    decoded = segments;
  }
  if (detections.length > 1) detections.sort(byStart);
  return {
    original: text,
    matching: top.matching,
    matchingMap: top.matchingMap,
    collapsed: top.collapsed,
    collapsedMap: top.collapsedMap,
    decoded,
    detections: detections.length === 0 ? NONE : detections,
    strip: top.strip.length === 0 ? NONE : top.strip,
  };
}

/**
 * Builds a normalizer with options validated and merged once.
 * @throws GuardConfigError when an option is invalid.
 * @example
 * const normalize = createNormalizer({ maxDecodeDepth: 2 });
 * const { matching, collapsed, decoded } = normalize('Ｉｇｎｏｒｅ the rules');
 */
export function createNormalizer(options?: NormalizeOptions): (text: string) => NormalizedText {
  const cfg = resolveNormalizeOptions(options);
  return function normalize(text: string): NormalizedText {
    return normalizeWithConfig(text, cfg);
  };
}

const configCache = new WeakMap<NormalizeOptions, NormalizeConfig>();

/**
 * Produces the matching copies of `text` for the detectors: `matching` (NFKC, invisible and format
 * characters removed, tag characters decoded inline, combining marks dropped, look-alikes folded,
 * lowercased), `collapsed` (plus leetspeak and single-character separators undone), the decoded
 * payloads, the normalizer's own detections and the spans to strip before the text goes to the model.
 *
 * All offsets are UTF-16 indexes into `text`. Decoded payloads of every depth are listed in
 * `decoded` (parents first) with the span of the outermost encoded run; their own `decoded`,
 * `detections` and `strip` are empty because everything is reported at the top level.
 * Maps are views into pooled storage: treat them as read-only.
 *
 * Prefer {@link createNormalizer} when options are fixed; here they are validated on first use of
 * each options object.
 * @throws GuardConfigError when an option is invalid.
 */
export function normalizeText(text: string, options?: NormalizeOptions): NormalizedText {
  if (options === undefined) return normalizeWithConfig(text, DEFAULT_CONFIG);
  let cfg = configCache.get(options);
  if (cfg === undefined) {
    cfg = resolveNormalizeOptions(options);
    configCache.set(options, cfg);
  }
  return normalizeWithConfig(text, cfg);
}
