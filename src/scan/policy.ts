/**
 * What to do about each kind of finding, merged and validated once at construction.
 * @module
 */
import { GuardConfigError } from '../core/errors.js';
import { checkOptionKeys, suggestion } from '../core/options.js';
import type { OptionKeys } from '../core/options.js';

/** What to do with a prompt whose injection score reaches the threshold. */
export type InjectionAction = 'block' | 'flag' | 'filter' | 'off';

/**
 * What to do with PII or a secret:
 * `block` refuses the request, `redact` replaces the value with the type's operator,
 * `pseudonymize` swaps it for a reversible placeholder (`<EMAIL_1>`) restored in the answer,
 * `flag` records it and passes, `off` ignores the type.
 */
export type DataAction = 'block' | 'redact' | 'pseudonymize' | 'flag' | 'off';

/** How `redact` rewrites a value: `[EMAIL]`, `************1234`, or a keyed hash `[EMAIL:3f9a1c2b]`. */
export type RedactOperator = 'replace' | 'mask' | 'hash';

/** What to do with invisible characters and smuggled (tag-encoded) text. */
export type InvisibleAction = 'strip' | 'block' | 'flag';

export interface InjectionPolicyOptions {
  /**
   * Action when the score reaches `threshold`.
   * @default 'block'
   */
  action?: InjectionAction;
  /**
   * Score (0..1) at which `action` applies.
   * @default DEFAULT_INJECTION_THRESHOLD (0.5)
   */
  threshold?: number;
  /**
   * Score (0..1) from which a finding is recorded as `flag` even below `threshold`.
   * @default 0.6 × threshold
   */
  flagThreshold?: number;
}

export interface DataPolicyOptions {
  /** Action for types not listed in `types`. Defaults differ for PII and secrets (see README). */
  default?: DataAction;
  /** Action per type, e.g. `{ EMAIL: 'pseudonymize', URL: 'off' }`. */
  types?: Readonly<Record<string, DataAction>>;
  /**
   * Operator used by `redact` for types not listed in `operators`.
   * @default 'replace'
   */
  operator?: RedactOperator;
  /** Operator per type, e.g. `{ CREDIT_CARD: 'mask' }`. */
  operators?: Readonly<Record<string, RedactOperator>>;
  /**
   * Characters kept visible at the end by `mask`.
   * @default 4
   */
  maskKeep?: number;
}

export interface ResolvedInjectionPolicy {
  action: InjectionAction;
  threshold: number;
  flagThreshold: number;
}

export interface ResolvedDataPolicy {
  actionFor(type: string): DataAction;
  operatorFor(type: string): RedactOperator;
  maskKeep: number;
  /** True when some type may be pseudonymized, so a vault is needed. */
  pseudonymizes: boolean;
  /** True when every type is off: the detector need not run. */
  off: boolean;
}

const DATA_POLICY_KEYS: OptionKeys<DataPolicyOptions> = { default: true, types: true, operator: true, operators: true, maskKeep: true };

const INJECTION_ACTIONS = new Set<InjectionAction>(['block', 'flag', 'filter', 'off']);
const DATA_ACTIONS = new Set<DataAction>(['block', 'redact', 'pseudonymize', 'flag', 'off']);
const OPERATORS = new Set<RedactOperator>(['replace', 'mask', 'hash']);

function score(name: string, value: number): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new GuardConfigError(`mistral-guard: \`${name}\` must be a number between 0 and 1, got ${JSON.stringify(value)}.`);
  }
  return value;
}

export function resolveInjectionPolicy(
  option: InjectionPolicyOptions | InjectionAction | undefined,
  defaultThreshold: number,
): ResolvedInjectionPolicy {
  const given: InjectionPolicyOptions = typeof option === 'string' ? { action: option } : (option ?? {});
  const action = given.action ?? 'block';
  if (!INJECTION_ACTIONS.has(action)) {
    throw new GuardConfigError(
      `mistral-guard: injection action must be one of block, flag, filter, off; got ${JSON.stringify(action)}.`,
    );
  }
  const threshold = score('injection.threshold', given.threshold ?? defaultThreshold);
  const flagThreshold = score('injection.flagThreshold', given.flagThreshold ?? threshold * 0.6);
  if (flagThreshold > threshold) {
    throw new GuardConfigError('mistral-guard: `injection.flagThreshold` must not be above `injection.threshold`.');
  }
  return { action, threshold, flagThreshold };
}

/**
 * @param knownTypes the types the detector can report (for typo detection in `types`)
 * @param defaults default action per type, and for the rest
 */
export function resolveDataPolicy(
  name: 'pii' | 'secrets',
  option: DataPolicyOptions | DataAction | undefined,
  knownTypes: readonly string[],
  defaults: { perType: Readonly<Record<string, DataAction>>; fallback: DataAction },
): ResolvedDataPolicy {
  if (typeof option !== 'string') checkOptionKeys(`the \`${name}\` option`, option, DATA_POLICY_KEYS);
  const given: DataPolicyOptions = typeof option === 'string' ? { default: option } : (option ?? {});
  const fallback = given.default ?? defaults.fallback;
  if (!DATA_ACTIONS.has(fallback)) {
    throw new GuardConfigError(
      `mistral-guard: \`${name}.default\` must be one of block, redact, pseudonymize, flag, off; got ${JSON.stringify(fallback)}.`,
    );
  }
  // An explicit `default` applies to every type; otherwise the per-type defaults stand.
  const perType: Record<string, DataAction> = given.default === undefined ? { ...defaults.perType } : {};
  for (const [type, action] of Object.entries(given.types ?? {})) {
    if (!knownTypes.includes(type)) {
      throw new GuardConfigError(`mistral-guard: unknown ${name} type ${JSON.stringify(type)} in \`${name}.types\`.${suggestion(type, knownTypes)}`);
    }
    if (!DATA_ACTIONS.has(action)) {
      throw new GuardConfigError(
        `mistral-guard: \`${name}.types.${type}\` must be one of block, redact, pseudonymize, flag, off; got ${JSON.stringify(action)}.`,
      );
    }
    perType[type] = action;
  }
  const operator = given.operator ?? 'replace';
  if (!OPERATORS.has(operator)) {
    throw new GuardConfigError(`mistral-guard: \`${name}.operator\` must be replace, mask or hash; got ${JSON.stringify(operator)}.`);
  }
  const operators: Record<string, RedactOperator> = {};
  for (const [type, op] of Object.entries(given.operators ?? {})) {
    if (!knownTypes.includes(type)) {
      throw new GuardConfigError(`mistral-guard: unknown ${name} type ${JSON.stringify(type)} in \`${name}.operators\`.${suggestion(type, knownTypes)}`);
    }
    if (!OPERATORS.has(op)) {
      throw new GuardConfigError(`mistral-guard: \`${name}.operators.${type}\` must be replace, mask or hash; got ${JSON.stringify(op)}.`);
    }
    operators[type] = op;
  }
  const maskKeep = given.maskKeep ?? 4;
  if (!Number.isSafeInteger(maskKeep) || maskKeep < 0) {
    throw new GuardConfigError(`mistral-guard: \`${name}.maskKeep\` must be a whole number of characters, got ${JSON.stringify(maskKeep)}.`);
  }
  const actionFor = (type: string): DataAction => perType[type] ?? fallback;
  const actions = knownTypes.map(actionFor);
  return {
    actionFor,
    operatorFor: (type) => operators[type] ?? operator,
    maskKeep,
    pseudonymizes: actions.includes('pseudonymize') || fallback === 'pseudonymize',
    off: actions.every((a) => a === 'off') && fallback === 'off',
  };
}

/**
 * Input defaults: secrets and payment/identity numbers never go upstream; contact details are redacted as
 * the seeds did. Every national identifier is redacted like `US_SSN`: each names one person for life.
 * A wallet address is public by design and users paste one to ask about it, so it is only flagged.
 */
export const INPUT_PII_DEFAULTS: Readonly<Record<string, DataAction>> = {
  CREDIT_CARD: 'redact',
  IBAN: 'redact',
  US_SSN: 'redact',
  FR_NIR: 'redact',
  EMAIL: 'redact',
  PHONE: 'redact',
  IP_ADDRESS: 'flag',
  URL: 'off',
  UK_NHS: 'redact',
  UK_NINO: 'redact',
  DE_TAX_ID: 'redact',
  ES_DNI: 'redact',
  ES_NIE: 'redact',
  IT_FISCAL_CODE: 'redact',
  PL_PESEL: 'redact',
  NL_BSN: 'redact',
  SE_PERSONNUMMER: 'redact',
  CA_SIN: 'redact',
  AU_TFN: 'redact',
  AU_MEDICARE: 'redact',
  IN_AADHAAR: 'redact',
  IN_PAN: 'redact',
  BR_CPF: 'redact',
  BR_CNPJ: 'redact',
  CRYPTO_WALLET: 'flag',
};

/**
 * Output defaults: the model must not hand personal data or credentials to the client either; an address
 * or a wallet in an answer is redacted (a model that invents or repeats one is a phishing risk).
 */
export const OUTPUT_PII_DEFAULTS: Readonly<Record<string, DataAction>> = {
  ...INPUT_PII_DEFAULTS,
  IP_ADDRESS: 'redact',
  CRYPTO_WALLET: 'redact',
};
