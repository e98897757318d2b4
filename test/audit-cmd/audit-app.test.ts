/**
 * `auditApp(app)` for Express and Koa: walks the app's router stack and reports each route that takes a
 * prompt body without the guards, as `{ method, path, missing }`.
 *
 * `auditLog` is being built on another branch: until it lands, these tests use
 * a stand-in made with `tagMiddleware(fn, name)` (the tag it will carry). `sanitizeInput`, `sanitizeOutput`,
 * `moderate` and `secureChat` are the real ones.
 */
import express from 'express';
import type { RequestHandler } from 'express';
import Koa from 'koa';
import type { Middleware } from 'koa';
import Router from '@koa/router';
import * as ex from '../../src/adapters/express/index.js';
import * as ko from '../../src/adapters/koa/index.js';
import { middlewareTags, tagMiddleware } from '../../src/core/middleware-tag.js';
import type { GuardMiddlewareName } from '../../src/core/middleware-tag.js';
import { GuardConfigError } from '../../src/core/errors.js';
import { DEFAULT_CHAT_GUARDS } from '../../src/project-audit/index.js';
import type { Moderator } from '../../src/mistral/moderation.js';

const ALL_FOUR = ['sanitizeInput', 'moderate', 'sanitizeOutput', 'auditLog'];

/** A moderator that is never called here (auditApp runs no request). */
const moderator = { model: 'mistral-moderation-2603', circuitState: 'closed' } as unknown as Moderator;

function expressStandIn(name: GuardMiddlewareName): RequestHandler {
  return tagMiddleware<RequestHandler>((_req, _res, next) => next(), name);
}
function koaStandIn(name: GuardMiddlewareName): Middleware {
  return tagMiddleware<Middleware>(async (_ctx, next) => next(), name);
}

const ok: RequestHandler = (_req, res) => {
  res.json({ ok: true });
};
const koaOk: Middleware = (ctx) => {
  ctx.body = { ok: true };
};

describe('Express', () => {
  const guards = (): RequestHandler[] => [ex.sanitizeInput(), ex.moderate({ moderator }), ex.sanitizeOutput(), expressStandIn('auditLog')];

  test('a fully guarded chat route passes; an unguarded POST, PUT and PATCH are reported; GET is not', () => {
    const app = express();
    app.post('/chat', ...guards(), ok);
    app.post('/upload', ok);
    app.put('/items/:id', ok);
    app.patch('/items/:id', ex.sanitizeInput(), ok);
    app.get('/health', ok);
    expect(ex.auditApp(app)).toEqual([
      { method: 'POST', path: '/upload', missing: ALL_FOUR },
      { method: 'PUT', path: '/items/:id', missing: ALL_FOUR },
      { method: 'PATCH', path: '/items/:id', missing: ['moderate', 'sanitizeOutput', 'auditLog'] },
    ]);
  });

  test('app.use() guards count for the routes after them, and only under their path', () => {
    const app = express();
    app.post('/early', ok);
    app.use('/api', ...guards());
    app.post('/api/chat', ok);
    app.post('/apis', ok);
    app.use(ex.sanitizeInput());
    app.post('/late', ok);
    expect(ex.auditApp(app)).toEqual([
      { method: 'POST', path: '/early', missing: ALL_FOUR },
      { method: 'POST', path: '/apis', missing: ALL_FOUR },
      { method: 'POST', path: '/late', missing: ['moderate', 'sanitizeOutput', 'auditLog'] },
    ]);
  });

  test('nested routers report full paths and inherit the guards in front of their mount', () => {
    const app = express();
    const api = express.Router();
    const v1 = express.Router();
    v1.post('/chat', ok);
    v1.route('/complete').get(ok).post(ok);
    api.use('/v1', ...guards(), v1);
    api.post('/raw', ok);
    api.all('/any', ok);
    app.use('/api', api);
    app.post(['/a', '/b'], ok);
    expect(ex.auditApp(app)).toEqual([
      { method: 'POST', path: '/api/raw', missing: ALL_FOUR },
      { method: 'ALL', path: '/api/any', missing: ALL_FOUR },
      { method: 'POST', path: '/a', missing: ALL_FOUR },
      { method: 'POST', path: '/b', missing: ALL_FOUR },
    ]);
  });

  test('the real secureChat() covers what it carries; the rest is named', () => {
    const app = express();
    const stack = ex.secureChat({ moderation: { moderator } });
    app.post('/chat', ...stack, ok);
    const carried = new Set(stack.flatMap((fn) => middlewareTags(fn)));
    const expected = DEFAULT_CHAT_GUARDS.filter((name) => !carried.has(name));
    expect(carried.has('sanitizeInput') && carried.has('moderate')).toBe(true);
    expect(ex.auditApp(app)).toEqual(expected.length === 0 ? [] : [{ method: 'POST', path: '/chat', missing: expected }]);
  });

  test('options: chatRoutes narrows, ignore leaves out, required changes the list', () => {
    const app = express();
    app.post('/login', ok);
    app.post('/api/chat', ex.sanitizeInput(), ok);
    app.get('/search', ex.sanitizeInput(), ok);
    app.post('/api/feedback', ok);
    expect(ex.auditApp(app, { chatRoutes: ['/api/chat'] }).map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/chat', 'GET /search']);
    expect(ex.auditApp(app, { chatRoutes: [/^\/api\//] }).map((r) => r.path)).toEqual(['/api/chat', '/search', '/api/feedback']);
    expect(ex.auditApp(app, { ignore: ['/login', /feedback/] }).map((r) => r.path)).toEqual(['/api/chat', '/search']);
    expect(ex.auditApp(app, { required: ['sanitizeInput'], chatRoutes: ['/api/chat'] })).toEqual([]);
    expect(ex.auditApp(app, { required: ['sanitizeInput', 'rateLimit'], ignore: ['/login', '/api/feedback'] })).toEqual([
      { method: 'POST', path: '/api/chat', missing: ['rateLimit'] },
      { method: 'GET', path: '/search', missing: ['rateLimit'] },
    ]);
  });

  test('a mounted sub-app is reported with a note (its routes are not visible from the parent)', () => {
    const app = express();
    const admin = express();
    admin.post('/x', ok);
    app.use('/admin', admin);
    expect(ex.auditApp(app)).toEqual([{ method: 'ALL', path: '/admin', missing: ALL_FOUR, note: expect.stringMatching(/auditApp\(\) on that app/) }]);
    expect(ex.auditApp(admin)).toEqual([{ method: 'POST', path: '/x', missing: ALL_FOUR }]);
  });

  test('Express 4 layers (compiled mount regexps, a throwing app.router) are read too', () => {
    // The shape of an Express 4 app: app._router.stack, use() layers with a compiled regexp, and an
    // `app.router` getter that throws ("app.router is deprecated").
    const guard = ex.sanitizeInput();
    const layer = (fields: Record<string, unknown>) => ({ handle: undefined, ...fields });
    const fastSlash = Object.assign(/^\/?(?=\/|$)/i, { fast_slash: true });
    const app = {
      _router: {
        stack: [
          layer({ regexp: fastSlash, handle: expressStandIn('auditLog') }),
          layer({ regexp: /^\/api\/?(?=\/|$)/i, handle: guard }),
          layer({ route: { path: '/api/chat', methods: { post: true }, stack: [{ method: 'post', handle: ok }] } }),
          layer({ route: { path: '/other', methods: { post: true }, stack: [{ method: 'post', handle: ok }] } }),
        ],
      },
      get router(): never {
        throw new Error("'app.router' is deprecated!");
      },
    };
    expect(ex.auditApp(app)).toEqual([
      { method: 'POST', path: '/api/chat', missing: ['moderate', 'sanitizeOutput'] },
      { method: 'POST', path: '/other', missing: ['sanitizeInput', 'moderate', 'sanitizeOutput'] },
    ]);
  });

  test('bad input and options are refused clearly', () => {
    expect(() => ex.auditApp({})).toThrow(TypeError);
    expect(() => ex.auditApp(express(), { requried: [] } as never)).toThrow(GuardConfigError);
    expect(() => ex.auditApp(express(), { requried: [] } as never)).toThrow(/Did you mean `required`/);
    expect(() => ex.auditApp(express(), { required: ['moderation' as never] })).toThrow(/unknown guard `moderation`.*Did you mean `moderate`/);
    expect(() => ex.auditApp(express(), { chatRoutes: '/chat' as never })).toThrow(/chatRoutes must be an array/);
  });
});

describe('Koa with @koa/router', () => {
  const guards = (): Middleware[] => [ko.sanitizeInput(), ko.moderate({ moderator }), ko.sanitizeOutput(), koaStandIn('auditLog')];

  test('a guarded route passes (a composed stack carries all its guards); unguarded POST routes are reported', () => {
    const app = new Koa();
    const router = new Router({ prefix: '/api' });
    router.post('/chat', ko.compose(guards()), koaOk);
    router.post('/upload', koaOk);
    router.get('/health', koaOk);
    app.use(router.routes());
    app.use(router.allowedMethods());
    expect(ko.auditApp(app)).toEqual([{ method: 'POST', path: '/api/upload', missing: ALL_FOUR }]);
  });

  test('app.use() before router.routes() counts, after it does not; router.use() counts under its path', () => {
    const app = new Koa();
    const first = new Router();
    first.post('/one', koaOk);
    const second = new Router();
    second.use('/admin', ko.sanitizeInput());
    second.post('/admin/chat', koaOk);
    second.post('/public', koaOk);
    app.use(ko.compose([ko.moderate({ moderator })]));
    app.use(first.routes());
    app.use(koaStandIn('auditLog'));
    app.use(second.routes());
    expect(ko.auditApp(app)).toEqual([
      { method: 'POST', path: '/one', missing: ['sanitizeInput', 'sanitizeOutput', 'auditLog'] },
      { method: 'POST', path: '/admin/chat', missing: ['sanitizeOutput'] },
      { method: 'POST', path: '/public', missing: ['sanitizeInput', 'sanitizeOutput'] },
    ]);
  });

  test('nested routers report their full path; a Router can be audited on its own', () => {
    const parent = new Router();
    const child = new Router();
    child.post('/chat', koaOk);
    parent.use('/v1', child.routes());
    expect(ko.auditApp(parent)).toEqual([{ method: 'POST', path: '/v1/chat', missing: ALL_FOUR }]);
    const app = new Koa();
    app.use(parent.routes());
    expect(ko.auditApp(app, { required: ['sanitizeInput'] })).toEqual([{ method: 'POST', path: '/v1/chat', missing: ['sanitizeInput'] }]);
  });

  test('the real secureChat() is one composed function carrying its guards', () => {
    const app = new Koa();
    const router = new Router();
    router.post('/chat', ko.secureChat({ moderation: { moderator } }), ko.sanitizeOutput(), koaStandIn('auditLog'), koaOk);
    app.use(router.routes());
    expect(ko.auditApp(app)).toEqual([]);
  });

  test('anything else is refused', () => {
    expect(() => ko.auditApp(express())).toThrow(TypeError);
    expect(() => ko.auditApp(new Koa(), { ignore: 'x' as never })).toThrow(GuardConfigError);
  });
});
