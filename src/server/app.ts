/**
 * The HTTP server (Fastify). Routes are thin: they are declared in `routes/` with their schemas, and
 * this file registers them with authentication, validation, rate limits and one error handler that
 * maps typed errors to RFC 9457 problem+json.
 */
import Fastify, { LogController, type FastifyContextConfig, type FastifyInstance, type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import { isJson, MAX_JSON_DEPTH, nestsDeeperThan } from '../validation.js';
import { isUtf8 } from 'node:buffer';
import { STATUS_CODES } from 'node:http';
import { CustosError, ERRORS, invalidInput } from '../errors.js';
import type { Custos } from '../custos.js';
import type { Actor } from '../access/keys.js';
import { bearer, declaredKeys, namedAsGiven, nothingGiven, validate, type RouteSpec } from './route.js';
import { subjectRoutes } from './routes/subjects.js';
import { keyRoutes } from './routes/keys.js';
import { auditRoutes } from './routes/audit.js';
import { noticeRoutes } from './routes/notice.js';
import { disclosureRoutes } from './routes/disclosures.js';
import { incidentRoutes } from './routes/incidents.js';
import { consentRoutes } from './routes/consents.js';
import { browserResourceHeaders, cookieRoutes, isBrowserPath, registerBrowserCors } from './routes/cookies.js';
import { telemetryRoutes } from './routes/telemetry.js';
import { openApiDocument } from './openapi.js';
import { DOCS_CSS, renderDocsPage } from './docs-page.js';
import { detectRoutes } from './routes/detect.js';
import { policyRoutes } from './routes/policy.js';
import { privacyRoutes, requestRoutes, sessionToken } from './routes/requests.js';
import { Metrics } from './metrics.js';
import { closeConnectionsOnClose } from './shutdown.js';
import { rateLimitClient } from '../telemetry/ip.js';
import { adminRoutes, adminSessionActor } from './routes/admin.js';
import { registerWebRoutes, webApiRoutes } from './routes/web.js';
import type { SubjectClaims } from '../requests/tokens.js';

export interface ServerOptions {
  logger?: boolean | { stream: NodeJS.WritableStream };
  /**
   * Requests per minute per API key (and client address) on authenticated routes. Unset (the default),
   * they have no limit, and no rate-limit bookkeeping on each request: a key is the operator's own
   * application. Routes without an API key are always limited (`publicRateLimit`).
   */
  keyRateLimit?: number;
  /** Requests per minute per client address on routes without an API key (public and subject routes) that set no limit of their own (default 120). */
  publicRateLimit?: number;
  /**
   * Behind a reverse proxy: the proxies' addresses (IPs or CIDRs) whose X-Forwarded-For gives the
   * client's address. Without it every client is the proxy: the per-client limits, the truncated
   * addresses of the visit log and the consent evidence would all be the proxy's.
   */
  trustProxy?: string[];
  /** On close, how long requests in progress may take to finish before their connections are cut (default 20 s). */
  shutdownGraceMs?: number;
  /** Extra routes (front ends add theirs). */
  routes?: RouteSpec[];
}

export const ALL_ROUTES: RouteSpec[] = [...subjectRoutes, ...keyRoutes, ...auditRoutes, ...consentRoutes, ...cookieRoutes, ...telemetryRoutes, ...disclosureRoutes, ...incidentRoutes, ...adminRoutes, ...webApiRoutes, ...noticeRoutes, ...detectRoutes, ...privacyRoutes, ...requestRoutes, ...policyRoutes];

/** The rules of the framework's refusals of a body (the others are `request`). */
const FRAMEWORK_RULES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'media_type',
  FST_ERR_CTP_INVALID_JSON_BODY: 'json_syntax',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'json_empty',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'content_length',
};

/** What the caller of a route is told while a store cannot be used. */
const STORE_UNAVAILABLE = 'the data store is unavailable for the moment: try again shortly';

export function problem(status: number, title: string, detail: string, extra: Record<string, unknown> = {}) {
  return { type: 'about:blank', title, status, detail, ...extra };
}

/**
 * A refusal's `errors`: each names a field and a rule. A finding of the core that names no field is about
 * the request as a whole (a limit per network or per person, a state of the store) and is named `request`,
 * as the HTTP parser's refusals are; a refusal with no finding at all gets one, its rule the error's code.
 */
function problemErrors(err: CustosError): { field: string; rule: string; message: string }[] {
  if (err.details.length === 0) return [{ field: 'request', rule: err.code.replace(/^CUSTOS_/, '').toLowerCase(), message: err.message }];
  return err.details.map(({ field, rule, message }) => ({ field: field || 'request', rule, message }));
}

/**
 * The security headers helmet sets, as name/value pairs computed once: with this configuration they do
 * not depend on the request, so helmet's middleware runs once at start (onto a recording response)
 * instead of once per request. Set as Fastify reply headers, they reach the socket in one `writeHead`.
 * (Helmet also removes X-Powered-By, which nothing here sets.)
 */
export function securityHeaders(): [string, string][] {
  const middleware = helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], fontSrc: ["'self'"] } } });
  const headers: [string, string][] = [];
  let failed: unknown = 'helmet did not finish synchronously';
  const recorder = {
    setHeader: (name: string, value: unknown) => headers.push([name.toLowerCase(), String(value)]),
    removeHeader: () => undefined,
  };
  middleware({} as never, recorder as never, (e?: unknown) => (failed = e));
  if (failed) throw new Error(`security headers: ${String(failed)}`);
  return headers;
}

/**
 * What is recorded when a request has been answered: its metrics (count and duration by route pattern,
 * method and status) and one log line (the request by method and route pattern, see the serializers,
 * the status and the milliseconds) instead of Fastify's two lines (received, completed). Fastify calls
 * this once per response, after the onResponse hooks; recording the metrics here rather than in a hook
 * of their own spares every request the hook runner (about 5 % of the CPU time of a consent decision).
 */
class RequestCompleted extends LogController {
  constructor(private readonly metrics: Metrics) {
    super();
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const route = request.routeOptions?.url ?? 'unmatched';
    this.metrics.httpRequests.inc({ route, method: request.method, status: String(reply.statusCode) });
    this.metrics.httpDuration.observe({ route, method: request.method }, reply.elapsedTime / 1000);
    if (this.isLogDisabled(request)) return;
    const line = { req: request, res: reply, ms: Math.round(reply.elapsedTime * 10) / 10 };
    if (error) reply.log.error({ ...line, err: { code: (error as { code?: unknown }).code } }, 'request failed');
    else reply.log.info(line, 'request');
  }
}

export async function buildServer(custos: Custos, opts: ServerOptions = {}): Promise<FastifyInstance> {
  // Security headers on every response (helmet's, computed once at start, not per request).
  const security = securityHeaders();
  const metrics = new Metrics();
  /** Each request's validated parameters, query and body, once its route validated them (see namedAsGiven). */
  const given = new WeakMap<FastifyRequest, Parameters<typeof namedAsGiven>[1]>();
  /** The headers every response carries: the security headers and the request id. */
  const commonHeaders = (req: FastifyRequest, reply: FastifyReply) => {
    for (let i = 0; i < security.length; i++) reply.header(security[i][0], security[i][1]);
    reply.header('x-request-id', req.id);
    // Answers may hold personal data or a session token: no cache keeps them unless a route says it may
    // (the banner, catalogue and public keys do; pages revalidate).
    reply.header('cache-control', 'no-store');
  };
  const app = Fastify({
    logger: opts.logger
      ? {
          level: 'info',
          ...(typeof opts.logger === 'object' ? { stream: opts.logger.stream } : {}),
          // Requests are logged by method, route pattern and status only: never bodies, query strings,
          // headers or the raw URL (which could carry an identifier).
          serializers: {
            req: (req) => ({ method: req.method, route: req.routeOptions?.url ?? 'unknown' }),
            res: (res) => ({ statusCode: res.statusCode }),
          },
        }
      : false,
    logController: new RequestCompleted(metrics),
    bodyLimit: 1_048_576,
    genReqId: () => crypto.randomUUID(),
    ...(opts.trustProxy !== undefined ? { trustProxy: opts.trustProxy } : {}),
    requestIdHeader: false,
    // What Node's HTTP parser refuses before any route sees it (headers over its limit, bytes that are not
    // HTTP, a client too slow to send its request) is answered as a problem naming the rule too.
    clientErrorHandler: (err, socket) => {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ECONNRESET' || socket.destroyed) return;
      const [status, rule, detail] =
        code === 'HPE_HEADER_OVERFLOW'
          ? [431, 'header_size', 'the request line and headers are too large (a long URL, or too many headers)']
          : code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? [408, 'request_timeout', 'the request did not arrive in time']
            : [400, 'http_syntax', 'the request is not valid HTTP/1.1'];
      const body = JSON.stringify(problem(status, STATUS_CODES[status] ?? 'Bad request', detail, { code: 'CUSTOS_INVALID_INPUT', errors: [{ field: 'request', rule, message: detail }] }));
      if (socket.writable)
        socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`);
      socket.destroy(err);
    },
    // A URL Fastify cannot route (bad percent-encoding, a parameter over its length limit) is a problem too.
    frameworkErrors: (err, req, reply) => {
      const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 400;
      const rule = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'param_too_long' : 'url_encoding';
      const detail = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'a path parameter is too long' : 'the URL is not valid percent-encoded UTF-8';
      // no hooks run for a URL that cannot be routed: the headers every response carries are set here
      commonHeaders(req as unknown as FastifyRequest, reply as unknown as FastifyReply);
      void (reply as unknown as FastifyReply)
        .code(status)
        .type('application/problem+json')
        .send(problem(status, 'Bad request', detail, { code: 'CUSTOS_INVALID_INPUT', errors: [{ field: 'url', rule, message: detail }], instance: req.id }));
    },
  });
  closeConnectionsOnClose(app, opts.shutdownGraceMs ?? 20_000);
  // One synchronous hook; headers set here stay on the reply whatever answers (handler, error handler, 404).
  app.addHook('onRequest', (req, reply, done) => {
    commonHeaders(req, reply);
    browserResourceHeaders(req, reply);
    done();
  });
  // Bodies are read as UTF-8 (JSON is UTF-8, RFC 8259; a text/plain beacon carries JSON): a body that is not
  // valid UTF-8, or that declares another charset, is refused rather than decoded with replacement
  // characters, which would store altered personal data.
  const utf8Body =
    (parse: (req: FastifyRequest, text: string, done: (err: Error | null, body?: unknown) => void) => void) =>
    (req: FastifyRequest, body: Buffer, done: (err: Error | null, body?: unknown) => void) => {
      const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(req.headers['content-type'] ?? '')?.[1];
      if (charset !== undefined && !/^utf-?8$/i.test(charset))
        return done(Object.assign(new Error('the body must be UTF-8 (charset=utf-8, or no charset)'), { statusCode: 415, code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE' }));
      if (!isUtf8(body)) return done(invalidInput('body', 'utf8', 'must be valid UTF-8'));
      parse(req, body.toString('utf8'), done);
    };
  app.removeContentTypeParser(['application/json', 'text/plain']);
  // keys that could poison a prototype (`__proto__`, `constructor.prototype`) are refused, each by its own rule:
  // the parser's refusal says only that the body is not JSON
  const json = app.getDefaultJsonParser('error', 'error');
  const parseJson = (req: FastifyRequest, text: string, done: (err: Error | null, body?: unknown) => void) =>
    json(req, text, (err, body) => {
      if (err && (err as FastifyError).code === 'FST_ERR_CTP_INVALID_JSON_BODY' && isJson(text))
        return done(invalidInput('body', 'json_prototype_key', 'must not hold a key named __proto__, nor constructor holding prototype'));
      done(err, body);
    });
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, utf8Body(parseJson));
  app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, utf8Body((_req, text, done) => done(null, text)));
  await app.register(rateLimit, { global: false });
  // A body that parses but nests thousands deep would overflow the stack of whatever walks it later.
  // (a callback hook: no promise per request)
  app.addHook('preValidation', (req, _reply, done) => {
    if (typeof req.body === 'object' && req.body !== null && nestsDeeperThan(req.body))
      return done(
        new CustosError('CUSTOS_INVALID_INPUT', `the body nests deeper than ${MAX_JSON_DEPTH} levels`, [
          { field: 'body', rule: 'json_depth', message: `must nest at most ${MAX_JSON_DEPTH} levels deep` },
        ]),
      );
    done();
  });

  app.setErrorHandler((thrown: FastifyError | CustosError, req, reply) => {
    if (thrown instanceof CustosError) {
      const err = namedAsGiven(thrown, given.get(req) ?? req);
      const spec = ERRORS[err.code];
      // A store that cannot be used is the operator's to mend (its message names hosts, files and the
      // driver's words): the caller learns that, and which rule, not the store's own message.
      const unavailable = err.code === 'CUSTOS_STORE_UNAVAILABLE';
      const internal = spec.status >= 500 && !unavailable;
      let detail = err.message;
      let errors = problemErrors(err);
      if (internal) {
        req.log.error({ code: err.code }, 'internal error');
        [detail, errors] = ['internal error', []];
      } else if (unavailable) {
        req.log.error({ code: err.code, rules: errors.map((e) => e.rule) }, 'store unavailable');
        [detail, errors] = [STORE_UNAVAILABLE, errors.map((e) => ({ ...e, message: STORE_UNAVAILABLE }))];
      }
      const status = internal ? 500 : spec.status;
      return reply.code(status).type('application/problem+json').send(problem(status, spec.title, detail, { code: err.code, errors, instance: req.id }));
    }
    const err = thrown;
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) req.log.error({ code: err.code }, 'unhandled error');
    const rule = status === 429 ? 'rate_limited' : (FRAMEWORK_RULES[err.code] ?? 'request');
    const detail = status === 500 ? 'internal error' : status === 429 ? 'too many requests: slow down' : err.message;
    return reply
      .code(status)
      .type('application/problem+json')
      .send(problem(status, status === 500 ? 'Internal error' : status === 429 ? 'Too many requests' : 'Bad request', detail, {
        code: status === 429 ? 'CUSTOS_RATE_LIMITED' : status === 500 ? 'CUSTOS_INTERNAL' : 'CUSTOS_INVALID_INPUT',
        // a limit on requests is about the request as a whole; the framework's other refusals are about its body
        errors: status === 500 ? [] : [{ field: status === 429 ? 'request' : 'body', rule, message: detail }],
        instance: req.id,
      }));
  });
  app.setNotFoundHandler((req, reply) =>
    reply
      .code(404)
      .type('application/problem+json')
      .send(problem(404, 'Not found', 'no such route', { code: 'CUSTOS_NOT_FOUND', errors: [{ field: 'url', rule: 'route_exists', message: `no route ${req.method} for this path` }], instance: req.id })),
  );

  const unsubscribe = custos.audit.subscribe((entries) => {
    for (const e of entries) {
      metrics.auditEntries.inc({ action: e.action, outcome: e.outcome });
      if (e.action.startsWith('alert.')) metrics.alerts.inc({ rule: e.action.slice(6) });
    }
  });
  app.addHook('onClose', async () => unsubscribe());
  // Prometheus scrapes with an API key (Authorization: Bearer): counts only, but still not public.
  app.get('/metrics', async (req, reply) => {
    if (!(await custos.keys.authenticate(bearer(req)))) {
      reply.header('www-authenticate', 'Bearer');
      throw new CustosError('CUSTOS_UNAUTHENTICATED', 'a valid API key is required (Authorization: Bearer ck_...)', [
        { field: 'authorization', rule: 'api_key_required', message: 'a valid API key is required' },
      ]);
    }
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
  const routes = [...ALL_ROUTES, ...(opts.routes ?? [])];
  const publicLimit = opts.publicRateLimit ?? 120;
  /** A route's rate limit: requests per minute per client (per key and client on key routes, only when asked for). */
  const rateLimitOf = (r: RouteSpec): FastifyContextConfig => {
    const max = r.rateLimit ?? (r.auth !== 'key' ? publicLimit : opts.keyRateLimit);
    if (max === undefined) return {};
    const keyGenerator = r.auth === 'key' ? (req: FastifyRequest) => `${bearer(req)?.slice(0, 15) ?? ''}|${rateLimitClient(req.ip)}` : (req: FastifyRequest) => rateLimitClient(req.ip);
    return { rateLimit: { max, timeWindow: 60_000, keyGenerator } };
  };
  const addRoute = (scope: FastifyInstance, r: RouteSpec, declared = declaredKeys(r)) =>
    scope.route({
      method: r.method,
      url: r.url,
      config: rateLimitOf(r),
      handler: async (req, reply) => {
        let actor: Actor = { keyId: 'anonymous', role: 'public' };
        if (r.auth === 'key') {
          const a = (await custos.keys.authenticate(bearer(req))) ?? (bearer(req) ? null : await adminSessionActor(custos, req));
          if (!a) {
            reply.header('www-authenticate', 'Bearer');
            throw new CustosError('CUSTOS_UNAUTHENTICATED', 'a valid API key is required (Authorization: Bearer ck_...)', [
              { field: 'authorization', rule: 'api_key_required', message: 'a valid API key is required' },
            ]);
          }
          actor = a;
          if (r.operation && !custos.policy.roles[a.role]?.operations.includes(r.operation)) {
            // a refused operation is in the log (and counts towards the denials alert), like a refused read
            await custos.audit.append({ actor: { keyId: a.keyId, role: a.role }, action: `operation.${r.operation}`, outcome: 'denied', reason: 'operation_not_for_role', details: { route: `${r.method} ${r.url}` } });
            throw new CustosError('CUSTOS_FORBIDDEN', `role ${a.role} may not ${r.operation.replace('_', ' ')}`, [
              { field: 'authorization', rule: 'operation_not_for_role', message: `the ${r.operation} operation is not granted to role ${a.role}` },
            ]);
          }
        }
        let subject: SubjectClaims | undefined;
        if (r.auth === 'subject') {
          subject = await custos.subjectTokens.verify(sessionToken(req, custos));
          // an application's token lasts only while the key that vouched for the person may still do so
          if (subject.via === 'application' && !(await custos.keys.mayIssueSubjectTokens(subject.origin)))
            throw new CustosError('CUSTOS_UNAUTHENTICATED', 'a valid subject session is required', [{ field: 'authorization', rule: 'subject_token', message: 'sign in again to continue' }]);
          actor = { keyId: 'subject', role: 'subject' };
          // An agent's session follows the one request the agent filed, nothing else of the person's.
          if (subject.via === 'agent' && r.agentScope !== 'own_request')
            throw new CustosError('CUSTOS_FORBIDDEN', "an agent's session follows only the request the agent filed", [
              { field: 'authorization', rule: 'agent_scope', message: "an agent's session can only see the status and outcome of the request it filed" },
            ]);
        }
        const params = validate(r.params, req.params, 'params');
        // a route that declares no query parameters or no body refuses them rather than ignore them (a
        // caller's misspelt or misplaced input must not pass as accepted), but a page or script a browser
        // loads may carry a cache-busting query; an empty JSON object is no body
        const query = r.query ? validate(r.query, req.query, 'query') : r.auth === 'public' ? undefined : nothingGiven(req.query, 'query');
        const body = r.body ? validate(r.body, req.body ?? {}, 'body') : nothingGiven(req.body, 'body');
        // what the request gave, as validated (a text/plain beacon's body is the object its JSON holds): errors name fields as given
        given.set(req, { params, query, body, declared });
        if (r.status) reply.code(r.status);
        return r.handler({ custos, actor, params, query, body, req, reply, subject, metrics });
      },
    });
  for (const r of routes) if (!isBrowserPath(r.url)) addRoute(app, r);
  // The routes a site's pages call from another origin, in their own scope with CORS (see cookies.ts).
  await app.register(async (scope) => {
    await registerBrowserCors(scope);
    for (const r of routes) if (isBrowserPath(r.url)) addRoute(scope, r);
  });

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
  registerWebRoutes(app);
  const doc = openApiDocument(routes);
  app.get('/openapi.json', async () => doc);
  const docsPage = renderDocsPage(doc);
  app.get('/docs', async (_req, reply) => reply.type('text/html; charset=utf-8').send(docsPage));
  app.get('/docs.css', async (_req, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(DOCS_CSS));
  return app;
}
