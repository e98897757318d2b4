/**
 * Key handling in code: API keys passed to the SDK as literals (`api-key-literal`), and the SDK's
 * debug logging, which prints the key, switched on outside development (`sdk-debug-logging`).
 * @module
 */
import type * as t from '@babel/types';
import { basename } from 'node:path';
import { detectSecrets } from '../../detect/secrets.js';
import { fingerprintKey } from '../../mistral/api-key.js';
import type { CodeProject, ModuleInfo } from '../code-model.js';
import { literalString, propertyName, unwrap } from '../code-model.js';
import type { AuditContext, CheckOutcome } from '../context.js';
import { findingAt, packageExport } from '../context.js';
import { isEnvFile } from '../files.js';
import { isGuardPackage } from '../guards.js';
import { entropy, isPlaceholderSecret, LineIndex } from '../text.js';
import type { AuditFinding, AuditSeverity } from '../types.js';
import type { ObjectAt } from './code-helpers.js';
import { literalValue, objectOf, propertiesNamed, stringValue, switchedByEnvironment, underEnvironmentTest } from './code-helpers.js';

/** Calls that take an API key, and how they name it; `debug` is the severity of a debug logger there. */
const KEY_TAKERS: readonly { source: (s: string) => boolean; name: string; label: string; keys: readonly string[]; debug?: AuditSeverity }[] = [
  // The SDK prints the Authorization header through its debug logger.
  { source: (s) => s === '@mistralai/mistralai', name: 'Mistral', label: 'new Mistral()', keys: ['apiKey'], debug: 'fail' },
  // mistral-guard's factory refuses a debug logger when NODE_ENV=production: the app would not start.
  { source: isGuardPackage, name: 'createMistralClient', label: 'createMistralClient()', keys: ['apiKey'], debug: 'warn' },
  { source: isGuardPackage, name: 'resolveApiKey', label: 'resolveApiKey()', keys: ['apiKey'] },
  { source: isGuardPackage, name: 'createKeyPool', label: 'createKeyPool()', keys: ['keys', 'apiKeys'] },
];

interface KeyTakerCall {
  taker: (typeof KEY_TAKERS)[number];
  module: ModuleInfo;
  node: t.CallExpression | t.OptionalCallExpression | t.NewExpression;
  ancestors: readonly t.Node[];
  options?: ObjectAt;
}

async function keyTakerCalls(context: AuditContext): Promise<{ project: CodeProject; calls: KeyTakerCall[] }> {
  const project = await context.project();
  const calls: KeyTakerCall[] = [];
  for (const module of await context.modules()) {
    for (const { node, ancestors } of module.calls) {
      if (node.callee.type === 'V8IntrinsicIdentifier') continue;
      const resolved = project.resolveExpression(module, node.callee, ancestors);
      for (const taker of KEY_TAKERS) {
        if (packageExport(resolved, taker.source) !== taker.name) continue;
        const options = objectOf(project, module, node.arguments[0] as t.Node | undefined, ancestors);
        calls.push({ taker, module, node, ancestors, ...(options ? { options } : {}) });
      }
    }
  }
  return { project, calls };
}

/** Whether a key literal has the shape of a real key (not a dummy for a local server). */
function keyShaped(value: string): boolean {
  if (isPlaceholderSecret(value)) return false;
  if (detectSecrets(`MISTRAL_API_KEY=${value}`).length > 0) return true;
  return value.length >= 20 && entropy(value) >= 3.5;
}

/** A literal a key option can evaluate to, where it is written (a constant may sit in another module). */
interface KeyLiteral {
  module: ModuleInfo;
  node: t.Node;
  value: string;
}

/** Literal strings a key option can evaluate to: the value, fallbacks (`env.KEY ?? 'sk-...'`), branches, list items. */
function keyLiterals(project: CodeProject, module: ModuleInfo, node: t.Node, ancestors: readonly t.Node[], out: KeyLiteral[], depth = 0): void {
  if (depth > 6) return;
  const inner = unwrap(node);
  const direct = literalString(inner);
  if (direct !== undefined) {
    if (direct !== '') out.push({ module, node: inner, value: direct });
    return;
  }
  if (inner.type === 'Identifier' || inner.type === 'MemberExpression') {
    const resolved = project.resolveExpression(module, inner, ancestors);
    if (resolved.kind === 'value' && resolved.node !== inner) keyLiterals(project, resolved.module, resolved.node, resolved.ancestors, out, depth + 1);
  } else if (inner.type === 'LogicalExpression') keyLiterals(project, module, inner.right, ancestors, out, depth + 1);
  else if (inner.type === 'ConditionalExpression') {
    keyLiterals(project, module, inner.consequent, ancestors, out, depth + 1);
    keyLiterals(project, module, inner.alternate, ancestors, out, depth + 1);
  } else if (inner.type === 'ArrayExpression') {
    for (const element of inner.elements) if (element && element.type !== 'SpreadElement') keyLiterals(project, module, element, ancestors, out, depth + 1);
  }
}

/** Whether the client talks to a server other than Mistral's (a fake or a proxy): `serverURL` set, not to mistral.ai. */
function otherServer(project: CodeProject, options: ObjectAt): boolean {
  return propertiesNamed(project, options, 'serverURL').some(({ property, at }) => {
    const url = stringValue(project, at.module, property.value, at.ancestors);
    return url === undefined || !/mistral\.ai/i.test(url);
  });
}

/** `api-key-literal`. */
export async function checkKeyLiterals(context: AuditContext): Promise<CheckOutcome> {
  const { project, calls } = await keyTakerCalls(context);
  const findings: AuditFinding[] = [];
  for (const call of calls) {
    if (!call.options) continue;
    for (const keyName of call.taker.keys) {
      for (const { property, at } of propertiesNamed(project, call.options, keyName)) {
        const literals: KeyLiteral[] = [];
        keyLiterals(project, at.module, property.value, at.ancestors, literals);
        for (const literal of literals) {
          if (keyShaped(literal.value)) {
            const finding = findingAt('api-key-literal', 'fail', `${call.taker.label} gets a literal key in \`${keyName}\` (fingerprint ${fingerprintKey(literal.value)}); read it from MISTRAL_API_KEY or a secret manager.`, literal.module, literal.node);
            findings.push({ ...finding, fingerprint: fingerprintKey(literal.value) });
          } else if (!otherServer(project, call.options)) {
            findings.push(findingAt('api-key-literal', 'warn', `${call.taker.label} gets a literal string as \`${keyName}\`; read the key from MISTRAL_API_KEY or a secret manager.`, literal.module, literal.node));
          }
        }
      }
    }
  }
  return { findings, notes: [`${calls.length} client or key-pool construction(s) read.`] };
}

/** `process.env.MISTRAL_DEBUG` / `process.env['MISTRAL_DEBUG']` as an assignment target. */
function isMistralDebugTarget(node: t.Node): boolean {
  if (node.type !== 'MemberExpression') return false;
  if (propertyName(node.property, node.computed) !== 'MISTRAL_DEBUG') return false;
  const object = node.object;
  return object.type === 'MemberExpression' && propertyName(object.property, object.computed) === 'env';
}

/** Files whose name says development or test: debug settings there are fine. */
const DEV_FILE = /(?:^|[.\-_])(?:dev|development|test|testing|local|debug)(?:[.\-_]|$)/i;

/** `MISTRAL_DEBUG=<something>` (or `: <something>` in YAML) with a non-empty value; the SDK reads any non-empty value as on. */
const MISTRAL_DEBUG_SETTING = /(?:^|[\s"'-])MISTRAL_DEBUG["']?\s*[=:]\s*["']?([^\s"'#,}]+)/;

function configSettings(context: AuditContext): AuditFinding[] {
  const findings: AuditFinding[] = [];
  for (const file of context.walk.files) {
    const name = basename(file.rel);
    const kind = isEnvFile(name) ? 'env' : /^(?:Dockerfile|Containerfile)(?:\..+)?$|\.dockerfile$/i.test(name) ? 'docker' : /\.ya?ml$/i.test(name) ? 'yaml' : name === 'Procfile' ? 'procfile' : name === 'package.json' ? 'package' : undefined;
    if (kind === undefined || DEV_FILE.test(name)) continue;
    const text = context.text(file);
    if (text === undefined || !text.includes('MISTRAL_DEBUG')) continue;
    if (kind === 'package') {
      findings.push(...packageScripts(file.rel, text));
      continue;
    }
    text.split(/\r?\n/).forEach((line, index) => {
      if (/^\s*#/.test(line)) return;
      const match = MISTRAL_DEBUG_SETTING.exec(line);
      if (!match) return;
      findings.push({
        check: 'sdk-debug-logging',
        severity: 'fail',
        message: `MISTRAL_DEBUG is set in ${name}: the SDK logs every request with its API key (any non-empty value, even "false", turns it on). Set it only in development.`,
        location: { path: file.rel, line: index + 1 },
      });
    });
  }
  return findings;
}

function packageScripts(rel: string, text: string): AuditFinding[] {
  let scripts: unknown;
  try {
    scripts = (JSON.parse(text) as { scripts?: unknown }).scripts;
  } catch {
    return [];
  }
  if (typeof scripts !== 'object' || scripts === null) return [];
  const lines = new LineIndex(text);
  const findings: AuditFinding[] = [];
  for (const [name, command] of Object.entries(scripts as Record<string, unknown>)) {
    if (typeof command !== 'string' || DEV_FILE.test(name) || /watch|start:dev/i.test(name)) continue;
    if (!MISTRAL_DEBUG_SETTING.test(command)) continue;
    const at = text.indexOf(JSON.stringify(name));
    findings.push({
      check: 'sdk-debug-logging',
      severity: 'fail',
      message: `The "${name}" script sets MISTRAL_DEBUG: the SDK logs every request with its API key. Keep it to a development script.`,
      location: { path: rel, line: at === -1 ? 1 : lines.line(at) },
    });
  }
  return findings;
}

/** `sdk-debug-logging`. */
export async function checkDebugLogging(context: AuditContext): Promise<CheckOutcome> {
  const { project, calls } = await keyTakerCalls(context);
  const findings: AuditFinding[] = [];
  for (const call of calls) {
    const severity = call.taker.debug;
    if (severity === undefined || !call.options) continue;
    for (const { property, at } of propertiesNamed(project, call.options, 'debugLogger')) {
      const value = literalValue(project, at.module, property.value, at.ancestors);
      const off = value === false || value === null || (value === undefined && unwrap(property.value).type === 'Identifier' && (unwrap(property.value) as t.Identifier).name === 'undefined');
      if (off || switchedByEnvironment(property.value) || underEnvironmentTest(call.node, call.ancestors)) continue;
      const consequence = severity === 'fail' ? 'the SDK prints each request with its API key' : 'it prints the API key, and the client refuses it (startup error) when NODE_ENV=production';
      findings.push(findingAt('sdk-debug-logging', severity, `${call.taker.label} gets a debugLogger outside any development check: ${consequence}.`, at.module, property));
    }
  }
  for (const module of await context.modules()) {
    for (const { node, ancestors } of module.assignments) {
      if (!isMistralDebugTarget(node.left)) continue;
      if (literalValue(project, module, node.right, ancestors) === '' || underEnvironmentTest(node, ancestors)) continue;
      findings.push(findingAt('sdk-debug-logging', 'fail', 'process.env.MISTRAL_DEBUG is set outside any development check: the SDK logs every request with its API key.', module, node));
    }
  }
  findings.push(...configSettings(context));
  return { findings };
}
