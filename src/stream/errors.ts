/**
 * The client-facing error of an answer refused while it was being sent (a stream's `error` event).
 * @module
 */
import { GuardError } from '../core/errors.js';
import type { Finding } from '../core/types.js';

/** Code and message by the kind of the refusing finding: content-free, like every error body. */
const OUTPUT_BLOCKS: Readonly<Record<string, { code: string; message: string }>> = {
  leak: { code: 'system_prompt_leak', message: 'The answer was withheld because it revealed confidential instructions.' },
  length: { code: 'output_too_long', message: 'The answer was withheld because it is longer than allowed.' },
  moderation: { code: 'output_moderation_blocked', message: 'The answer was withheld by content moderation.' },
};

/** The `content_blocked` error for a refused answer; `details` names the finding's kind and type only. */
export function outputBlockedError(finding: Finding): GuardError {
  const known = OUTPUT_BLOCKS[finding.kind] ?? { code: 'output_blocked', message: 'The answer was withheld by policy.' };
  return new GuardError({
    status: 403,
    type: 'content_blocked',
    code: known.code,
    message: known.message,
    details: { finding: { kind: finding.kind, type: finding.type } },
  });
}
