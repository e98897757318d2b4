/**
 * Phone-number validity from libphonenumber-js's `max` metadata (Google's numbering plans: 245 regions
 * plus the non-geographic codes), compiled into one small validator per region on first use.
 *
 * Why not call libphonenumber-js's `parsePhoneNumber(...).isValid()` on the hot path: it builds every
 * regular expression again on each call (15-75 µs a number on this project's machine, measured in
 * bench/results/pii-speed.json), which is more than a whole 4 KB scan may cost. The validator here asks
 * the same questions of the same data (possible lengths, the general national-number pattern, then the
 * pattern of at least one number type, after stripping the national prefix the region's rules describe),
 * with each pattern compiled once. test/detect/pii-phone.test.ts checks it against libphonenumber-js's
 * own `isValid()` on every region's example numbers and on near misses.
 *
 * Layout of a region's array in the metadata (libphonenumber-js METADATA.md, metadata version 4):
 * 0 calling code, 1 IDD prefix, 2 national number pattern, 3 possible lengths, 4 formats, 5 national
 * prefix, 6 national prefix formatting rule, 7 national prefix for parsing, 8 national prefix transform
 * rule, 11 number types (fixed line, mobile, toll free, premium rate, personal, voicemail, UAN, pager,
 * VoIP, shared cost), each `[pattern, lengths?]` or 0.
 * @module
 */
import { lazyRequire } from '../core/lazy-require.js';

type RawPlan = readonly unknown[];

interface CompiledPlan {
  region: string;
  callingCode: string;
  /** Possible national-number lengths as bits (`1 << length`; every length is below 32). */
  lengths: number;
  general: RegExp;
  types: ReadonlyArray<{ re: RegExp; lengths: number }>;
  /** Matches a national (trunk) prefix at the start of a nationally written number. */
  prefix: RegExp | undefined;
  transform: string | undefined;
  /** The other regions of the calling code, resolved on the first number that needs them. */
  siblings: CompiledPlan[] | undefined;
}

interface RawMetadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, RawPlan>;
  nonGeographic?: Record<string, RawPlan>;
}

/** The metadata (a large table) loads with the first phone check: importing the package must not pay for it. */
const loadMetadata = lazyRequire<unknown>('libphonenumber-js/max/metadata');
let metadata: RawMetadata | undefined;

function raw(): RawMetadata {
  if (metadata !== undefined) return metadata;
  const loaded = loadMetadata() as RawMetadata;
  if (loaded.version !== 4) {
    // The array layout above is version 4's; a newer layout must be read again before it is trusted.
    throw new Error(`mistral-guard: libphonenumber-js metadata version ${String(loaded.version)} is not supported (expected 4).`);
  }
  return (metadata = loaded);
}

/** Every region code the metadata knows (ISO 3166-1 alpha-2, plus `001` for non-geographic numbers). */
export const phoneRegions = (): readonly string[] => Object.keys(raw().countries);

const compiled = new Map<string, CompiledPlan | null>();

const anchored = (source: string): RegExp => new RegExp(`^(?:${source})$`);

/** Lengths as bits, so a length check is a mask test rather than a set lookup. */
function lengthBits(lengths: readonly number[]): number {
  let bits = 0;
  for (const length of lengths) {
    if (length >= 32) throw new Error(`mistral-guard: libphonenumber-js metadata has a national number length of ${length}.`);
    bits |= 1 << length;
  }
  return bits;
}

function compile(region: string, plan: RawPlan): CompiledPlan {
  const lengths = lengthBits((plan[3] as number[] | undefined) ?? []);
  const types: Array<{ re: RegExp; lengths: number }> = [];
  const typeList = (plan[11] as unknown[] | undefined) ?? [];
  for (const t of typeList) {
    if (!Array.isArray(t)) continue;
    const pattern = t[0] as string | undefined;
    if (typeof pattern !== 'string' || pattern === '') continue; // '' = same as fixed line
    const own = t[1] as number[] | undefined;
    types.push({ re: anchored(pattern), lengths: own ? lengthBits(own) : lengths });
  }
  const prefixSource = (plan[7] as string | 0 | undefined) || (plan[5] as string | 0 | undefined) || undefined;
  const transform = (plan[8] as string | 0 | undefined) || undefined;
  return {
    region,
    callingCode: plan[0] as string,
    lengths,
    general: anchored(plan[2] as string),
    types,
    prefix: prefixSource ? new RegExp(`^(?:${prefixSource})`) : undefined,
    transform,
    siblings: undefined,
  };
}

/** The plans of the other regions sharing `plan`'s calling code (NANP: 24 for US), looked up once. */
function siblingsOf(plan: CompiledPlan): CompiledPlan[] {
  if (plan.siblings !== undefined) return plan.siblings;
  const siblings: CompiledPlan[] = [];
  for (const other of raw().country_calling_codes[plan.callingCode] ?? []) {
    if (other === plan.region) continue;
    const p = planFor(other);
    if (p !== null) siblings.push(p);
  }
  return (plan.siblings = siblings);
}

function planFor(region: string): CompiledPlan | null {
  let plan = compiled.get(region);
  if (plan === undefined) {
    const source = raw().countries[region];
    plan = source === undefined ? null : compile(region, source);
    compiled.set(region, plan);
  }
  return plan;
}

const nonGeo = new Map<string, CompiledPlan | null>();
function nonGeographicPlan(code: string): CompiledPlan | null {
  let plan = nonGeo.get(code);
  if (plan === undefined) {
    const source = raw().nonGeographic?.[code];
    plan = source === undefined ? null : compile('001', source);
    nonGeo.set(code, plan);
  }
  return plan;
}

/** True when `region` is a region code the metadata knows. */
export function isPhoneRegion(region: string): boolean {
  return raw().countries[region] !== undefined;
}

/** Regions sharing a calling code (`1` → US, CA, and the other NANP regions), or []. */
export function regionsOfCallingCode(code: string): readonly string[] {
  return raw().country_calling_codes[code] ?? [];
}

export type Validity = 'valid' | 'possible' | 'none';

/** How a national significant number fits one plan. */
function nsnFits(plan: CompiledPlan, nsn: string): Validity {
  const bit = nsn.length < 32 ? 1 << nsn.length : 0;
  if ((plan.lengths & bit) === 0) return 'none';
  if (!plan.general.test(nsn)) return 'possible';
  for (const t of plan.types) if ((t.lengths & bit) !== 0 && t.re.test(nsn)) return 'valid';
  return 'possible';
}

const better = (a: Validity, b: Validity): Validity => (a === 'valid' || b === 'valid' ? 'valid' : a === 'possible' || b === 'possible' ? 'possible' : 'none');

/**
 * A nationally written number (digits only, trunk prefix included) in one region. Like libphonenumber,
 * a number valid in another region of the same calling code (a US number read for Canada, a UK mobile
 * read for Jersey) counts as valid.
 */
export function nationalValidity(digits: string, region: string): Validity {
  const plan = planFor(region);
  if (plan === null) return 'none';
  // The number as written, then (when the region has a trunk prefix and it is there) without it.
  let stripped: string | undefined;
  if (plan.prefix !== undefined) {
    const m = plan.prefix.exec(digits);
    if (m !== null && m[0].length > 0) {
      stripped = plan.transform !== undefined && m[1] !== undefined ? digits.replace(plan.prefix, plan.transform) : digits.slice(m[0].length);
    }
  }
  let result = nsnFits(plan, digits);
  if (result === 'valid') return result;
  if (stripped !== undefined) {
    result = better(result, nsnFits(plan, stripped));
    if (result === 'valid') return result;
  }
  for (const p of siblingsOf(plan)) {
    if (nsnFits(p, digits) === 'valid' || (stripped !== undefined && nsnFits(p, stripped) === 'valid')) return 'valid';
  }
  return result;
}

/**
 * An internationally written number: `digits` starts with the calling code (the `+` or IDD prefix
 * already removed). Returns the best fit over the code's regions, and the calling code's length.
 */
export function internationalValidity(digits: string): { validity: Validity; codeLength: number } {
  for (let len = 1; len <= 3 && len < digits.length; len++) {
    const code = digits.slice(0, len);
    const regions = raw().country_calling_codes[code];
    if (regions === undefined) continue;
    const nsn = digits.slice(len);
    let best: Validity = 'none';
    for (const region of regions) {
      const plan = region === '001' ? nonGeographicPlan(code) : planFor(region);
      if (plan === null) continue;
      best = better(best, nsnFits(plan, nsn));
      // "+44 0 20 ..." / "+39 0..." : a national prefix written after the code.
      if (best !== 'valid' && plan.prefix !== undefined && nsn.startsWith('0') && region !== 'IT' && region !== 'SM' && region !== 'VA') {
        const stripped = nsn.slice(1);
        if (nsnFits(plan, stripped) === 'valid') best = 'valid';
      }
      if (best === 'valid') break;
    }
    // Calling codes are prefix-free (E.164): the first known code is the code.
    return { validity: best, codeLength: len };
  }
  return { validity: 'none', codeLength: 0 };
}
