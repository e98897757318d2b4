/**
 * `mistral-guard/testing`: a fake Mistral API for tests and the offline demo.
 * @module
 */
export { startFakeMistral } from './fake-mistral.js';
export type { FakeMistral, FakeMistralOptions, FakeRequestRecord, FakeRoute, FakeScenario } from './fake-mistral.js';
export { scriptReply, messageText } from './commands.js';
export type { ScriptedReply, WireMessage } from './commands.js';
export {
  BASELINE_SCORE,
  KEYWORD_RULES,
  MODERATION_CATEGORIES_2411,
  MODERATION_CATEGORIES_2603,
  categoriesForModel,
  isLegacyModerationModel,
  scoreText,
  toWireResult,
} from './moderation-table.js';
export type { KeywordRule, WireModerationResult } from './moderation-table.js';
