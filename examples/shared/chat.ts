/**
 * The demo's calls to Mistral, shared by the Express and Koa backends: a JSON reply and an SSE stream.
 * Both go through the library's chat helper (`safePrompt: true` unless `SAFE_PROMPT=off`); the answers are
 * cleaned on the way out by `sanitizeOutput()` (part of `secureChat()`), which also restores the user's
 * pseudonymized values.
 */
import type { ServerResponse } from 'node:http';
import type { Mistral } from '@mistralai/mistralai';
import { contentText, createGuardedChat, toGuardError } from 'mistral-guard';
import type { GuardState } from 'mistral-guard';

/** Mistral's safety prompt stays on unless the demo is started with SAFE_PROMPT=off. */
const safePrompt = process.env.SAFE_PROMPT !== 'off';

/** One completion with the secured messages. */
export async function completeChat(mistral: Mistral, model: string, guard: GuardState): Promise<{ reply: string }> {
  const { reply } = await createGuardedChat(mistral, { model, safePrompt }).complete(guard);
  return { reply };
}

/** SSE frames written by the demo: `data: {"delta": "..."}`, a final `data: [DONE]`, or an error frame. */
export function sseFrame(data: unknown): string {
  return `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}

/**
 * Starts the upstream stream first, so an upstream failure is still a normal JSON error; then yields
 * SSE frames of the raw deltas (`sanitizeOutput()` cleans them as they are written). `signal` (the client
 * went away) cancels the upstream call.
 */
export async function openChatStream(
  mistral: Mistral,
  model: string,
  guard: GuardState,
  signal?: AbortSignal,
): Promise<AsyncIterable<string>> {
  const stream = await createGuardedChat(mistral, { model, safePrompt }).stream(guard, {}, signal);
  return (async function* frames() {
    try {
      for await (const event of stream) {
        // The last chunk carries the usage: the audit event and the token budget read it from the guard.
        const { usage } = event.data;
        if (usage) {
          guard.usage = { promptTokens: usage.promptTokens, completionTokens: usage.completionTokens, totalTokens: usage.totalTokens };
          guard.model = event.data.model;
        }
        const delta = contentText(event.data.choices[0]?.delta.content);
        if (delta !== '') yield sseFrame({ delta });
      }
      yield sseFrame('[DONE]');
    } catch (err) {
      if (signal?.aborted) return;
      yield `event: error\n${sseFrame(toGuardError(err).toBody(guard.requestId))}`;
    }
  })();
}

/** An AbortSignal that fires when the client closes the connection before the answer is complete. */
export function clientGone(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}
