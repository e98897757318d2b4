/**
 * The fake Mistral's moderation "model": a small, transparent keyword table.
 *
 * THIS IS A TEST DOUBLE, NOT A CLASSIFIER. It exists so tests and the offline demo get deterministic,
 * explainable moderation scores; it recognises only the literal phrases below and says nothing about
 * how Mistral's real moderation models behave on any text.
 *
 * Rules:
 * - Matching is case-insensitive, on whole words/phrases (`\b` on both sides), over the scored text.
 * - Every category starts at {@link BASELINE_SCORE}; a matching rule raises its category to the rule's
 *   score (the maximum wins when several rules hit the same category).
 * - A directive `[[moderation:<category>=<score>]]` anywhere in the text sets that category's score
 *   exactly (0..1), so tests can probe thresholds without hunting for trigger words. Directives for
 *   categories the requested model does not have are ignored.
 * - The category set follows the requested model name: a name containing `2411` gets the 9 categories
 *   of mistral-moderation-2411 (no `jailbreaking`; `dangerous` and `criminal` rules land on
 *   `dangerous_and_criminal_content`); everything else (`mistral-moderation-2603`, `-latest`, unknown
 *   names) gets the 11 categories of mistral-moderation-2603.
 * - `categories[c]` (the boolean) is `score >= 0.5`, as a stand-in for the real model's own cut-off.
 *
 * | category               | phrases (examples; whole list in {@link KEYWORD_RULES})               | score |
 * |------------------------|----------------------------------------------------------------------|-------|
 * | violence_and_threats   | kill, killing, murder, bomb, shoot, stab, i will hurt you            | 0.95  |
 * | jailbreaking (2603)    | ignore previous instructions, ignore all previous instructions,     | 0.97  |
 * |                        | jailbreak, developer mode, dan mode, disregard your rules            |       |
 * | sexual                 | porn, pornographic, explicit sex                                     | 0.9   |
 * | hate_and_discrimination| hate speech, racial slur, inferior race                              | 0.9   |
 * | dangerous              | nerve agent, build a weapon, make a weapon, explosive                | 0.9   |
 * | criminal               | launder money, money laundering, steal a car, counterfeit            | 0.9   |
 * | selfharm               | suicide, self-harm, hurt myself, kill myself                         | 0.92  |
 * | health                 | diagnosis, symptoms, medication, dosage                              | 0.7   |
 * | financial              | stock tip, investment advice, loan                                   | 0.7   |
 * | law                    | lawsuit, legal advice, sue                                           | 0.7   |
 * | pii                    | social security number, passport number, my address is               | 0.7   |
 * @module
 */

/** The 9 categories of `mistral-moderation-2411`, in the order the API lists them. */
export const MODERATION_CATEGORIES_2411 = [
  'sexual',
  'hate_and_discrimination',
  'violence_and_threats',
  'dangerous_and_criminal_content',
  'selfharm',
  'health',
  'financial',
  'law',
  'pii',
] as const;

/** The 11 categories of `mistral-moderation-2603` (adds `jailbreaking`; splits dangerous/criminal). */
export const MODERATION_CATEGORIES_2603 = [
  'sexual',
  'hate_and_discrimination',
  'violence_and_threats',
  'dangerous',
  'criminal',
  'selfharm',
  'health',
  'financial',
  'law',
  'pii',
  'jailbreaking',
] as const;

/** The score every category gets when nothing matches. */
export const BASELINE_SCORE = 0.0001;

/** One row of the keyword table. `category` uses the 2603 names. */
export interface KeywordRule {
  category: (typeof MODERATION_CATEGORIES_2603)[number];
  phrases: readonly string[];
  score: number;
}

/** The whole table. Order does not matter: the highest score per category wins. */
export const KEYWORD_RULES: readonly KeywordRule[] = [
  {
    category: 'violence_and_threats',
    phrases: ['kill', 'kills', 'killing', 'murder', 'bomb', 'shoot', 'stab', 'i will hurt you'],
    score: 0.95,
  },
  {
    category: 'jailbreaking',
    phrases: [
      'ignore previous instructions',
      'ignore all previous instructions',
      'jailbreak',
      'developer mode',
      'dan mode',
      'disregard your rules',
    ],
    score: 0.97,
  },
  { category: 'sexual', phrases: ['porn', 'pornographic', 'explicit sex'], score: 0.9 },
  { category: 'hate_and_discrimination', phrases: ['hate speech', 'racial slur', 'inferior race'], score: 0.9 },
  { category: 'dangerous', phrases: ['nerve agent', 'build a weapon', 'make a weapon', 'explosive'], score: 0.9 },
  {
    category: 'criminal',
    phrases: ['launder money', 'money laundering', 'steal a car', 'counterfeit'],
    score: 0.9,
  },
  { category: 'selfharm', phrases: ['suicide', 'self-harm', 'hurt myself', 'kill myself'], score: 0.92 },
  { category: 'health', phrases: ['diagnosis', 'symptoms', 'medication', 'dosage'], score: 0.7 },
  { category: 'financial', phrases: ['stock tip', 'investment advice', 'loan'], score: 0.7 },
  { category: 'law', phrases: ['lawsuit', 'legal advice', 'sue'], score: 0.7 },
  { category: 'pii', phrases: ['social security number', 'passport number', 'my address is'], score: 0.7 },
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Compiled once; phrases are literal text, so they are escaped.
const COMPILED = KEYWORD_RULES.map((rule) => ({
  rule,
  pattern: new RegExp(`\\b(?:${rule.phrases.map(escapeRegExp).join('|')})\\b`, 'i'),
}));

const DIRECTIVE = /\[\[moderation:([a-z_]+)=(0(?:\.\d+)?|1(?:\.0+)?)\]\]/g;

/** True when the requested model gets the older 9-category set. */
export function isLegacyModerationModel(model: string): boolean {
  return model.includes('2411');
}

/** The category names the fake answers with for a model name. */
export function categoriesForModel(model: string): readonly string[] {
  return isLegacyModerationModel(model) ? MODERATION_CATEGORIES_2411 : MODERATION_CATEGORIES_2603;
}

/** Maps a 2603 category onto the set of the requested model (or undefined when it has no slot). */
function targetCategory(category: string, legacy: boolean): string | undefined {
  if (!legacy) return category;
  if (category === 'dangerous' || category === 'criminal') return 'dangerous_and_criminal_content';
  if (category === 'jailbreaking') return undefined;
  return category;
}

/** Scores one text with the keyword table for the given model. Deterministic. */
export function scoreText(text: string, model: string): Record<string, number> {
  const legacy = isLegacyModerationModel(model);
  const scores: Record<string, number> = {};
  for (const c of categoriesForModel(model)) scores[c] = BASELINE_SCORE;
  for (const { rule, pattern } of COMPILED) {
    const target = targetCategory(rule.category, legacy);
    if (target === undefined || !pattern.test(text)) continue;
    scores[target] = Math.max(scores[target] ?? 0, rule.score);
  }
  for (const m of text.matchAll(DIRECTIVE)) {
    const category = m[1] as string;
    if (category in scores) scores[category] = Number(m[2]);
  }
  return scores;
}

/** The wire shape of one moderation result: snake_case keys, `category_scores` as on the real API. */
export interface WireModerationResult {
  categories: Record<string, boolean>;
  category_scores: Record<string, number>;
}

/** Builds one wire result from scores (boolean = score >= 0.5). */
export function toWireResult(scores: Record<string, number>): WireModerationResult {
  const categories: Record<string, boolean> = {};
  for (const [k, v] of Object.entries(scores)) categories[k] = v >= 0.5;
  return { categories, category_scores: { ...scores } };
}
