/**
 * Secrets in committed files (`hardcoded-secret`) and real values in env templates
 * (`env-example-values`), found by the project's secret detector. Findings name a secret by type and
 * fingerprint, never by value; documentation placeholders are not findings.
 * @module
 */
import { basename } from 'node:path';
import { detectSecrets } from '../../detect/secrets.js';
import { fingerprintKey } from '../../mistral/api-key.js';
import type { ModuleInfo } from '../code-model.js';
import type { AuditContext, CheckOutcome } from '../context.js';
import { isCodeFile, walk } from '../parse.js';
import { isEnvTemplate } from '../files.js';
import { entropy, isPlaceholderSecret, LineIndex } from '../text.js';
import type { AuditFinding } from '../types.js';

interface SecretHit {
  type: string;
  start: number;
  end: number;
  line: number;
  column: number;
  fingerprint: string;
  /** The variable the value is assigned to on its line, when there is one (`MISTRAL_API_KEY=`). */
  variable?: string;
}

/** Secrets of one text that are not placeholders, with their lines. */
export function secretsIn(text: string): SecretHit[] {
  const hits: SecretHit[] = [];
  let lines: LineIndex | undefined;
  for (const entity of detectSecrets(text)) {
    const value = text.slice(entity.start, entity.end);
    if (isPlaceholderSecret(value)) continue;
    lines ??= new LineIndex(text);
    const line = lines.line(entity.start);
    const lineStart = entity.start - lines.column(entity.start) + 1;
    const before = text.slice(lineStart, entity.start);
    const variable = /(?:^|[\s{,])["']?([A-Za-z_][\w.-]{0,63})["']?\s*[:=]\s*["'`]?$/.exec(before)?.[1];
    // A short, guessable "password" in text is test data or prose far more often than a secret.
    if (entity.type === 'GENERIC_SECRET' && (value.length < 8 || entropy(value) < 3)) continue;
    // `pass = slowPass(input)` quoted in a string or a doc: a call, not a value.
    if (entity.type === 'GENERIC_SECRET' && /^[A-Za-z_$][\w$.]*\(/.test(value)) continue;
    hits.push({ type: entity.type, start: entity.start, end: entity.end, line, column: lines.column(entity.start), fingerprint: fingerprintKey(value), ...(variable ? { variable } : {}) });
  }
  return hits;
}

/**
 * Spans of a parsed source that hold data, not code: string literals, template text, JSX text and
 * comments. A secret in code is only ever in one of these (`pass = slowPass(x)` is no password).
 */
function dataSpans(module: ModuleInfo): [number, number][] {
  const spans: [number, number][] = [];
  for (const comment of module.ast.comments ?? []) spans.push([comment.start ?? 0, comment.end ?? 0]);
  walk(module.ast.program, (node) => {
    if (node.type === 'StringLiteral' || node.type === 'TemplateElement' || node.type === 'JSXText' || node.type === 'DirectiveLiteral') {
      spans.push([node.start ?? 0, node.end ?? 0]);
      return false;
    }
    return true;
  });
  return spans;
}

/** `hardcoded-secret`: keys and other secrets in the files a project commits. */
export async function checkHardcodedSecrets(context: AuditContext): Promise<CheckOutcome> {
  const findings: AuditFinding[] = [];
  const project = await context.project();
  let scanned = 0;
  for (const file of context.walk.files) {
    if (isEnvTemplate(basename(file.rel))) continue; // env-example-values reads templates
    const text = context.text(file);
    if (text === undefined) continue;
    scanned++;
    let hits = secretsIn(text);
    const module = hits.length > 0 && isCodeFile(file.rel) ? project.modules.get(file.rel) : undefined;
    if (module) {
      const spans = dataSpans(module);
      hits = hits.filter((hit) => spans.some(([start, end]) => hit.start >= start && hit.end <= end));
    }
    for (const hit of hits) {
      findings.push({
        check: 'hardcoded-secret',
        severity: 'fail',
        message: `${hit.type}${hit.variable ? ` in ${hit.variable}` : ''} is hard-coded (fingerprint ${hit.fingerprint}).`,
        location: { path: file.rel, line: hit.line, column: hit.column },
        fingerprint: hit.fingerprint,
        secretType: hit.type,
      });
    }
  }
  return { findings, notes: [`${scanned} file(s) searched.`] };
}

/** `env-example-values`: `.env.example` and other templates hold names and placeholders, not values. */
export function checkEnvTemplates(context: AuditContext): CheckOutcome {
  const findings: AuditFinding[] = [];
  const templates = context.walk.files.filter((file) => isEnvTemplate(basename(file.rel)));
  for (const file of templates) {
    const text = context.text(file);
    if (text === undefined) continue;
    for (const hit of secretsIn(text)) {
      findings.push({
        check: 'env-example-values',
        severity: 'fail',
        message: `${basename(file.rel)} holds a real-looking ${hit.type}${hit.variable ? ` for ${hit.variable}` : ''} (fingerprint ${hit.fingerprint}); templates carry placeholders only.`,
        location: { path: file.rel, line: hit.line, column: hit.column },
        fingerprint: hit.fingerprint,
        secretType: hit.type,
      });
    }
  }
  return { findings, notes: templates.length === 0 ? ['No env template (.env.example) found.'] : [`${templates.length} template(s) read.`] };
}
