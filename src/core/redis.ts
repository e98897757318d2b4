/**
 * The Redis client seam: any client with node-redis's `sendCommand(args)` or ioredis's
 * `call(command, ...args)`. mistral-guard never imports a Redis client itself; the app passes its own.
 * @module
 */
import { GuardConfigError } from './errors.js';

/** A node-redis (`redis` package) client, v4 or later. */
export interface NodeRedisClientLike {
  sendCommand(args: string[]): Promise<unknown>;
}

/** An ioredis client. */
export interface IoRedisClientLike {
  call(command: string, ...args: string[]): Promise<unknown>;
}

/** A connected Redis client: node-redis (`createClient()`) or ioredis (`new Redis()`). */
export type RedisClientLike = NodeRedisClientLike | IoRedisClientLike;

/** Sends one raw command (`['INCRBY', key, '5']`) and resolves with the reply. */
export type SendCommand = (args: string[]) => Promise<unknown>;

/**
 * The client's raw-command function.
 * @throws GuardConfigError when the value is no known Redis client
 */
export function toSendCommand(client: unknown, where: string): SendCommand {
  if (typeof client === 'object' && client !== null) {
    // ioredis also has a `sendCommand`, taking a Command object: check `call` first.
    const call = (client as { call?: unknown }).call;
    if (typeof call === 'function') {
      return (args) => (call as IoRedisClientLike['call']).apply(client, args as [string, ...string[]]);
    }
    const send = (client as { sendCommand?: unknown }).sendCommand;
    if (typeof send === 'function') return (args) => (send as NodeRedisClientLike['sendCommand']).call(client, args);
  }
  throw new GuardConfigError(
    `mistral-guard: ${where} \`redis\` must be a connected node-redis client (createClient() from 'redis') or an ioredis client.`,
  );
}
