import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { tagMiddleware } from '../../core/middleware-tag.js';
import { resolveBodyParser } from '../shared/body-parser.js';
import type { BodyParserOptions } from '../shared/body-parser.js';
import { readJsonBody } from '../shared/http.js';
import { sendError } from './respond.js';
import { requestIdOf } from './watch.js';

/** The stack's JSON body parser (bounded); a body another parser already read is left as it is. */
export function jsonBody(options: BodyParserOptions = {}): RequestHandler {
  const limit = resolveBodyParser(options);
  return tagMiddleware(async function bodyParserMiddleware(req: Request, res: Response, next: NextFunction): Promise<void> {
    if (req.body === undefined) {
      try {
        req.body = await readJsonBody(req, limit);
      } catch (err) {
        sendError(res, err, requestIdOf(req, res));
        return;
      }
    }
    next();
  }, 'bodyParser');
}
