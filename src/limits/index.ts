/**
 * Rate limits and token budgets: keys, stores (memory and Redis) and the fail modes of shared stores.
 * @module
 */
export { createRateLimiter, rateLimited } from './rate-limit.js';
export type { RateLimitOptions } from './rate-limit.js';
export { createTokenBudget } from './token-budget.js';
export type { TokenBudget, TokenBudgetOptions } from './token-budget.js';
export { MemoryBudgetStore, RedisBudgetStore } from './budget-store.js';
export type { BudgetInfo, TokenBudgetStore } from './budget-store.js';
export type { LimitKeyOptions } from './keys.js';
export type { LimitsLogger, StoreErrorMode, StoreFailureOptions } from './failover.js';
export type { IoRedisClientLike, NodeRedisClientLike, RedisClientLike } from '../core/redis.js';
