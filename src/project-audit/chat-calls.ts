/**
 * Whether code reaches the Mistral chat API: a call of `*.chat.complete/stream/parse`,
 * `*.agents.complete/stream` or `*.beta.conversations.*`, mistral-guard's `createGuardedChat()`, or a
 * request to the REST paths, directly or
 * through functions it calls (resolved across modules, memoized, depth-bounded).
 * @module
 */
import type * as t from '@babel/types';
import type { CodeProject, ModuleInfo } from './code-model.js';
import { isFunction, propertyName } from './code-model.js';
import { walk } from './parse.js';

/** SDK methods that send a conversation to a model: `<group>.<method>`. */
const CHAT_METHODS = new Set([
  'chat.complete',
  'chat.stream',
  'chat.parse',
  'chat.parseStream',
  'agents.complete',
  'agents.stream',
  'conversations.start',
  'conversations.startStream',
  'conversations.append',
  'conversations.appendStream',
  'conversations.restart',
  'conversations.restartStream',
]);

/** REST paths of the same endpoints, for code that calls the API with `fetch` or an HTTP client. */
const CHAT_PATHS = /\/v1\/(?:chat\/completions|agents\/completions|conversations)\b/;

/** The last two names of a member chain (`client.chat.complete` gives `chat.complete`). */
function memberTail(callee: t.Node): string | undefined {
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return undefined;
  const method = propertyName(callee.property, callee.computed);
  const object = callee.object;
  if (method === undefined) return undefined;
  if (object.type !== 'MemberExpression' && object.type !== 'OptionalMemberExpression') return undefined;
  const group = propertyName(object.property, object.computed);
  return group === undefined ? undefined : `${group}.${method}`;
}

/** mistral-guard's own chat helper: whatever is built with it calls the chat API. */
const CHAT_HELPERS = new Set(['createGuardedChat']);

/** Whether one call node is itself a chat call (or builds the project's chat helper). */
export function isChatCall(call: t.CallExpression | t.OptionalCallExpression | t.NewExpression): boolean {
  const tail = memberTail(call.callee);
  if (tail !== undefined && CHAT_METHODS.has(tail)) return true;
  const callee = call.callee;
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression' ? propertyName(callee.property, callee.computed) : undefined;
  return name !== undefined && CHAT_HELPERS.has(name);
}

/** Finds chat calls under expressions and functions, following the functions they call. */
export class ChatCallReader {
  private readonly memo = new Map<t.Node, boolean>();

  constructor(private readonly project: CodeProject) {}

  /**
   * Whether evaluating `node` (a route argument: an inline handler, a name of one, a wrapper call
   * such as `asyncHandler(fn)`) can call the chat API.
   */
  reaches(module: ModuleInfo, node: t.Node, ancestors: readonly t.Node[], depth = 0): boolean {
    if (depth > 8) return false;
    if (node.type === 'Identifier' || node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') {
      const resolved = this.project.resolveExpression(module, node, ancestors, depth);
      if (resolved.kind === 'value' && resolved.node !== node) return this.reaches(resolved.module, resolved.node, resolved.ancestors, depth + 1);
      return false;
    }
    const memo = this.memo.get(node);
    if (memo !== undefined) return memo;
    this.memo.set(node, false); // recursion reads as "not (yet) found"
    let found = false;
    const base = [...ancestors];
    walk(node, (inner, local) => {
      if (found) return false;
      if (inner.type === 'StringLiteral' && CHAT_PATHS.test(inner.value)) found = true;
      else if (inner.type === 'TemplateElement' && CHAT_PATHS.test(inner.value.raw)) found = true;
      else if (inner.type === 'CallExpression' || inner.type === 'OptionalCallExpression' || inner.type === 'NewExpression') {
        if (isChatCall(inner)) found = true;
        else if (inner.callee.type !== 'V8IntrinsicIdentifier' && this.calleeReaches(module, inner, [...base, ...local], depth)) found = true;
        else {
          // A function passed by name (`wrap(handler)`, `items.map(ask)`) may run too.
          for (const argument of inner.arguments) {
            if (argument.type === 'Identifier' && this.reaches(module, argument, [...base, ...local], depth + 1)) {
              found = true;
              break;
            }
          }
        }
      }
      return !found;
    });
    this.memo.set(node, found);
    return found;
  }

  private calleeReaches(module: ModuleInfo, call: t.CallExpression | t.OptionalCallExpression | t.NewExpression, ancestors: readonly t.Node[], depth: number): boolean {
    const callee = call.callee;
    if (isFunction(callee)) return false; // an IIFE's body is walked already
    if (callee.type !== 'Identifier' && callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return false;
    const resolved = this.project.resolveExpression(module, callee, ancestors, depth);
    if (resolved.kind !== 'value' || resolved.node === callee) return false;
    const target = resolved.node;
    if (!isFunction(target) && target.type !== 'ClassDeclaration' && target.type !== 'ClassExpression') return false;
    return this.reaches(resolved.module, target, resolved.ancestors, depth + 1);
  }
}
