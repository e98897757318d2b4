/**
 * The checks of `mistral-guard audit`, as a table: id, title, what to do, and the function. The
 * README documents each row; `--skip <id>` and `skip: [...]` name them.
 * @module
 */
import type { AuditContext, CheckOutcome } from '../context.js';
import type { AuditSeverity } from '../types.js';
import { checkDependencyVersions, checkNpmAudit } from './dependencies.js';
import { checkGitignore } from './gitignore.js';
import { checkDebugLogging, checkKeyLiterals } from './keys.js';
import { checkFailOpen, checkModerationModel } from './moderation.js';
import { checkChatRouteGuards, checkRateLimit, checkSecurityHeaders } from './routes.js';
import { checkEnvTemplates, checkHardcodedSecrets } from './secrets.js';

/** One row of the table. */
export interface AuditCheck {
  id: string;
  title: string;
  /** The worst a finding of this check can be: `fail` checks break the audit, `warn` checks only warn. */
  severity: AuditSeverity;
  /** What to do when the check does not pass. */
  help: string;
  run(context: AuditContext): CheckOutcome | Promise<CheckOutcome>;
}

export const AUDIT_CHECKS: readonly AuditCheck[] = [
  {
    id: 'hardcoded-secret',
    title: 'No hard-coded keys or secrets in committed files',
    severity: 'fail',
    help: 'Move the value to an environment variable or a secret manager, rotate the key (it is in the history), and keep the file that holds it out of git.',
    run: checkHardcodedSecrets,
  },
  {
    id: 'gitignore-env',
    title: '.gitignore keeps .env files out of git (except .env.example)',
    severity: 'fail',
    help: 'Add `.env*` and then `!.env.example` to .gitignore; `git rm --cached` any .env file already committed, and rotate its keys.',
    run: checkGitignore,
  },
  {
    id: 'env-example-values',
    title: '.env.example holds names and placeholders, not real values',
    severity: 'fail',
    help: 'Replace each value with a placeholder (`MISTRAL_API_KEY=your-key-here`) and rotate the key that was there.',
    run: checkEnvTemplates,
  },
  {
    id: 'api-key-literal',
    title: 'API keys come from the environment or a secret manager, not literals',
    severity: 'fail',
    help: 'Call createMistralClient() without apiKey (it reads MISTRAL_API_KEY or MISTRAL_API_KEY_FILE), or pass process.env / a secret-manager value.',
    run: checkKeyLiterals,
  },
  {
    id: 'sdk-debug-logging',
    title: "The SDK's debugLogger / MISTRAL_DEBUG are off outside development",
    severity: 'fail',
    help: "Enable them only under a development check (`debugLogger: process.env.NODE_ENV === 'development' ? console : undefined`), never in production settings.",
    run: checkDebugLogging,
  },
  {
    id: 'chat-route-guards',
    title: 'Every route that calls the Mistral chat API goes through the guards',
    severity: 'fail',
    help: 'Put secureChat() (or sanitizeInput(), moderate(), sanitizeOutput() and auditLog()) before the handler of each such route.',
    run: checkChatRouteGuards,
  },
  {
    id: 'moderation-model-pinned',
    title: 'Moderation models are pinned, not -latest',
    severity: 'warn',
    help: 'Name a dated model (mistral-moderation-2603) and move to a new one deliberately, after checking your thresholds.',
    run: checkModerationModel,
  },
  {
    id: 'fail-open',
    title: 'Guards fail closed',
    severity: 'warn',
    help: "Remove `onError: 'allow'` (and similar) unless letting unchecked requests through during an outage is a decision you logged.",
    run: checkFailOpen,
  },
  {
    id: 'security-headers',
    title: 'Chat routes send security headers',
    severity: 'warn',
    help: 'Add securityHeaders() (or helmet()) before the chat routes, e.g. app.use(securityHeaders()).',
    run: checkSecurityHeaders,
  },
  {
    id: 'rate-limit',
    title: 'Chat routes are rate limited',
    severity: 'warn',
    help: 'Add rateLimit() and/or tokenBudget() before the chat routes, so one client cannot spend your Mistral quota.',
    run: checkRateLimit,
  },
  {
    id: 'dependency-versions',
    title: 'The Mistral SDK and mistral-guard are at supported versions',
    severity: 'warn',
    help: 'Update the package named in the finding to a version in the supported range.',
    run: checkDependencyVersions,
  },
  {
    id: 'npm-audit',
    title: 'npm audit finds no known vulnerability in production dependencies',
    severity: 'fail',
    help: 'Run `npm audit fix`, or update the packages named; critical and high findings fail the audit.',
    run: checkNpmAudit,
  },
];

/** Every check id, in table order. */
export const AUDIT_CHECK_IDS: readonly string[] = AUDIT_CHECKS.map((check) => check.id);
