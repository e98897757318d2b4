/**
 * Settings that weaken the guards: a moderation model named `-latest` (`moderation-model-pinned`)
 * and fail-open switches (`fail-open`) such as `onError: 'allow'`.
 * @module
 */
import type * as t from '@babel/types';
import { propertyName } from '../code-model.js';
import type { AuditContext, CheckOutcome } from '../context.js';
import { findingAt, packageExport } from '../context.js';
import { isGuardPackage } from '../guards.js';
import { walk } from '../parse.js';
import type { AuditFinding } from '../types.js';
import type { ObjectAt } from './code-helpers.js';
import { literalValue, objectOf, stringValue } from './code-helpers.js';

/** `model: 'mistral-moderation-latest'`, `modelName: ...` (server-side guardrails). */
const MODEL_KEYS = new Set(['model', 'modelName', 'moderationModel']);

/** `moderation-model-pinned`. */
export async function checkModerationModel(context: AuditContext): Promise<CheckOutcome> {
  const project = await context.project();
  const findings: AuditFinding[] = [];
  for (const module of await context.modules()) {
    walk(module.ast.program, (node, ancestors) => {
      if (node.type !== 'ObjectProperty') return true;
      const key = propertyName(node.key, node.computed);
      if (key === undefined || !MODEL_KEYS.has(key)) return true;
      const model = stringValue(project, module, node.value, ancestors);
      if (model !== undefined && /moderation/i.test(model) && /-latest$/i.test(model)) {
        findings.push(findingAt('moderation-model-pinned', 'warn', `Moderation model "${model}" moves when Mistral ships a new one (categories and scores change under your thresholds); pin a dated model such as mistral-moderation-2603.`, module, node));
      }
      return true;
    });
  }
  return { findings };
}

/** Option values that let requests through when a check cannot run, by option name. */
const FAIL_OPEN: readonly { key: string; value: string | boolean; effect: string }[] = [
  { key: 'onError', value: 'allow', effect: 'requests pass unchecked when the check fails or times out' },
  { key: 'onStoreError', value: 'allow', effect: 'requests pass when the limit store fails' },
  { key: 'failOpen', value: true, effect: 'requests pass when the check fails' },
  { key: 'passOnStoreError', value: true, effect: 'requests pass when the limit store fails' },
];

/** Packages whose options are read for fail-open switches, besides mistral-guard. */
const OTHER_GUARD_PACKAGES = new Set(['express-rate-limit', 'express-slow-down']);

/** `fail-open`. */
export async function checkFailOpen(context: AuditContext): Promise<CheckOutcome> {
  const project = await context.project();
  const findings: AuditFinding[] = [];
  const seen = new Set<t.Node>();
  const scan = (object: ObjectAt, label: string, depth: number): void => {
    if (depth > 4 || seen.has(object.node)) return;
    seen.add(object.node);
    for (const property of object.node.properties) {
      if (property.type === 'SpreadElement') {
        const spread = objectOf(project, object.module, property.argument, object.ancestors);
        if (spread) scan(spread, label, depth + 1);
        continue;
      }
      if (property.type !== 'ObjectProperty') continue;
      const key = propertyName(property.key, property.computed);
      const rule = FAIL_OPEN.find((entry) => entry.key === key);
      if (rule && literalValue(project, object.module, property.value, object.ancestors) === rule.value) {
        findings.push(findingAt('fail-open', 'warn', `\`${rule.key}: ${JSON.stringify(rule.value).replace(/"/g, "'")}\` in ${label}: ${rule.effect}.`, object.module, property));
        continue;
      }
      const nested = objectOf(project, object.module, property.value, object.ancestors);
      if (nested) scan(nested, label, depth + 1);
    }
  };
  for (const module of await context.modules()) {
    for (const { node, ancestors } of module.calls) {
      if (node.callee.type === 'V8IntrinsicIdentifier') continue;
      const resolved = project.resolveExpression(module, node.callee, ancestors);
      const name = packageExport(resolved, (source) => isGuardPackage(source) || OTHER_GUARD_PACKAGES.has(source));
      if (name === undefined) continue;
      for (const argument of node.arguments) {
        const object = objectOf(project, module, argument as t.Node, ancestors);
        if (object) scan(object, `${name === 'default' ? (resolved.kind === 'package' ? resolved.source : name) : name}()`, 0);
      }
    }
  }
  return { findings };
}
