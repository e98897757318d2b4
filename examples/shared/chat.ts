/**
 * The demo's calls to Mistral, shared by the Express and Koa backends: a JSON reply and an SSE stream.
 */
import type { ServerResponse } from 'node:http';
import type { Mistral } from '@mistralai/mistralai';
import { toGuardError } from 'mistral-guard';
import type { GuardState } from 'mistral-guard';


function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content.map((chunk) => (chunk && chunk.type === 'text' ? String(chunk.text) : '')).join('');
  }
  return '';
}

/** One completion with the secured messages; placeholders of pseudonymized values are restored. */
export async function completeChat(mistral: Mistral, model: string, guard: GuardState): Promise<{ reply: string }> {
  try {
    const response = await mistral.chat.complete({ model, messages: guard.messages });
    const { usage } = response;
    if (usage) {
      guard.usage = { promptTokens: usage.promptTokens, completionTokens: usage.completionTokens, totalTokens: usage.totalTokens };
    }
    const reply = textOf(response.choices[0]?.message?.content);
    return { reply: guard.restore ? guard.restore(reply) : reply };
  } catch (err) {
    throw toGuardError(err);
  }
}

/** SSE frames written by the demo: `data: {"delta": "..."}`, a final `data: [DONE]`, or an error frame. */
export function sseFrame(data: unknown): string {
  return `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}

/**
 * Starts the upstream stream first, so an upstream failure is still a normal JSON error; then yields
 * SSE frames, with pseudonymized values restored across chunk boundaries. `signal` (the client went
 * away) cancels the upstream call. (Output sanitizing of streams comes with `sanitizeOutput`.)
 */
export async function openChatStream(
  mistral: Mistral,
  model: string,
  guard: GuardState,
  signal?: AbortSignal,
): Promise<AsyncIterable<string>> {
  let stream;
  try {
    stream = await mistral.chat.stream({ model, messages: guard.messages }, signal ? { signal } : {});
  } catch (err) {
    throw toGuardError(err);
  }
  const restorer = guard.restoreStream?.();
  return (async function* frames() {
    try {
      for await (const event of stream) {
        const raw = textOf(event.data.choices[0]?.delta.content);
        const delta = restorer ? restorer.push(raw) : raw;
        if (delta !== '') yield sseFrame({ delta });
      }
      const rest = restorer?.flush() ?? '';
      if (rest !== '') yield sseFrame({ delta: rest });
      yield sseFrame('[DONE]');
    } catch (err) {
      if (signal?.aborted) return;
      yield sseFrame(toGuardError(err).toBody(guard.requestId));
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
