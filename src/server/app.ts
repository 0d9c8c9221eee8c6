/**
 * The HTTP server (Fastify). Routes are thin: they validate, call core services and map typed errors
 * to RFC 9457 problem+json in one error handler.
 */
import Fastify, { type FastifyInstance, type FastifyError } from 'fastify';
import { CustosError, ERRORS } from '../errors.js';
import type { Custos } from '../custos.js';

export interface ServerOptions {
  logger?: boolean;
}

export function problem(status: number, title: string, detail: string, extra: Record<string, unknown> = {}) {
  return { type: 'about:blank', title, status, detail, ...extra };
}

export async function buildServer(custos: Custos, opts: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger
      ? {
          level: 'info',
          // Requests are logged by method, route and status only: never bodies, query strings or headers.
          serializers: {
            req: (req) => ({ method: req.method, route: req.routeOptions?.url ?? 'unknown', id: req.id }),
            res: (res) => ({ statusCode: res.statusCode }),
          },
        }
      : false,
    bodyLimit: 1_048_576,
    genReqId: () => crypto.randomUUID(),
  });

  app.setErrorHandler((err: FastifyError | CustosError, req, reply) => {
    if (err instanceof CustosError) {
      const spec = ERRORS[err.code];
      const status = spec.status >= 500 && err.code !== 'CUSTOS_STORE_UNAVAILABLE' ? 500 : spec.status;
      return reply
        .code(status)
        .type('application/problem+json')
        .send(problem(status, spec.title, status === 500 ? 'internal error' : err.message, { code: err.code, errors: err.details, instance: req.id }));
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) req.log.error({ err: { message: err.message, code: err.code } }, 'unhandled error');
    return reply
      .code(status)
      .type('application/problem+json')
      .send(
        problem(status, status === 500 ? 'Internal error' : 'Bad request', status === 500 ? 'internal error' : err.message, {
          code: err.code ?? 'CUSTOS_INVALID_INPUT',
          instance: req.id,
        }),
      );
  });
  app.setNotFoundHandler((req, reply) =>
    reply.code(404).type('application/problem+json').send(problem(404, 'Not found', 'no such route', { code: 'CUSTOS_NOT_FOUND', instance: req.id })),
  );

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    try {
      await custos.db.get('SELECT 1 AS ok');
      await custos.keyDb.get('SELECT 1 AS ok');
      return { status: 'ready' };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
  return app;
}
