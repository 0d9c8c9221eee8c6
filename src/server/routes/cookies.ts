/**
 * Cookie consent for browsers: the banner script and its stylesheet, the cookie section of the
 * policy, recording a choice, and `/.well-known/gpc.json`. These routes (and `/v1/collect`) are the
 * only ones a site's pages call from another origin, so CORS is opened for them alone.
 *
 * CUSTOS_CORS_ORIGINS: comma-separated site origins (`https://www.example.com,https://example.com`)
 * allowed to call /v1/cookie-policy, /v1/cookie-consent and /v1/collect; unset or `*` allows any.
 * The banner script, its stylesheet and the well-known documents are open to any origin.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import { z } from 'zod';
import { LANGUAGES } from '../../policy/schema.js';
import { CustosError, invalidInput } from '../../errors.js';
import { evidenceOf } from '../../consent/evidence.js';
import { bannerAssets } from '../../web/banner/assets.js';
import { defineRoute } from '../route.js';

/** Paths a site's pages call from their own origin. */
const OPEN_PATHS = new Set(['/banner.js', '/banner.css', '/.well-known/gpc.json', '/.well-known/custos-receipt-key.json']);
const SITE_PATHS = new Set(['/v1/cookie-policy', '/v1/cookie-consent', '/v1/collect']);

export function corsOrigins(env: string | undefined = process.env.CUSTOS_CORS_ORIGINS): '*' | string[] {
  const list = (env ?? '').split(',').map((s) => s.trim().replace(/\/+$/, '')).filter(Boolean);
  return list.length === 0 || list.includes('*') ? '*' : list;
}

/** Refuses a browser write from an origin that is not configured (a request without Origin is not from a page). */
export function requireSiteOrigin(req: FastifyRequest): void {
  const allowed = corsOrigins();
  const origin = req.headers.origin;
  if (allowed === '*' || origin === undefined) return;
  if (!allowed.includes(origin))
    throw new CustosError('CUSTOS_FORBIDDEN', 'this origin is not configured in CUSTOS_CORS_ORIGINS', [{ field: 'origin', rule: 'cors_origin', message: 'the page origin is not one of the configured site origins' }]);
}

/** Accepts a JSON body sent as text/plain (what `navigator.sendBeacon` and CORS-simple fetches send). */
export const jsonText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => {
    if (typeof v !== 'string') return v;
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }, schema);

/** The path of the request, without its query string. */
const path = (url: string) => {
  const q = url.indexOf('?');
  return q === -1 ? url : url.slice(0, q);
};

/** Whether a path is one that a site's pages call from their own origin (the routes CORS is opened for). */
export const isBrowserPath = (p: string): boolean => OPEN_PATHS.has(p) || SITE_PATHS.has(p);

/**
 * Headers for every response, set in the server's one onRequest hook: Cross-Origin-Resource-Policy
 * for the browser routes (so other sites may load them), and `Vary: Origin` (the CORS answer depends on it).
 */
export function browserResourceHeaders(req: FastifyRequest, reply: FastifyReply): void {
  reply.header('vary', 'Origin');
  if (isBrowserPath(path(req.url))) reply.header('cross-origin-resource-policy', 'cross-origin');
}

/**
 * CORS for the browser routes only: registered in the scope that holds those routes (and the preflight
 * route, `OPTIONS *`), so no other route runs its hook.
 */
export async function registerBrowserCors(scope: FastifyInstance): Promise<void> {
  // A preflight without its two headers is no browser's: refused here as problem+json naming the header
  // (@fastify/cors would answer `Invalid Preflight Request` in plain text). Added before the plugin, so it runs first.
  scope.addHook('onRequest', (req, _reply, done) => {
    if (req.method === 'OPTIONS' && isBrowserPath(path(req.url))) {
      for (const h of ['origin', 'access-control-request-method'])
        if (!req.headers[h]) return done(invalidInput(`headers.${h}`, 'cors_preflight', `a CORS preflight request must send the ${h} header`));
    }
    done();
  });
  await scope.register(cors, {
    hideOptionsRoute: true,
    delegator: (req, cb) => {
      const p = path(req.url ?? '');
      if (OPEN_PATHS.has(p)) return cb(null, { origin: '*', methods: ['GET'], maxAge: 600 });
      if (SITE_PATHS.has(p)) {
        const allowed = corsOrigins();
        return cb(null, { origin: allowed === '*' ? '*' : allowed, methods: ['GET', 'POST'], allowedHeaders: ['content-type'], maxAge: 600, credentials: false });
      }
      return cb(null, { origin: false });
    },
  });
}

function asset(kind: 'js' | 'css') {
  return async ({ req, reply }: { req: FastifyRequest; reply: FastifyReply }) => {
    const a = bannerAssets()[kind];
    reply.header('cache-control', 'public, max-age=300');
    reply.header('etag', a.etag);
    reply.type(a.type);
    if (req.headers['if-none-match'] === a.etag) return reply.code(304).send();
    return a.body;
  };
}

const cookieEntry = z.object({ name: z.string(), recipient: z.string(), recipientName: z.string(), country: z.string().optional(), duration: z.string(), persistent: z.boolean(), party: z.enum(['first', 'third']) });
const visitorIdField = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'must be 16-64 letters, digits, - or _');

export const cookieRoutes = [
  defineRoute({
    method: 'GET',
    url: '/banner.js',
    tag: 'cookies',
    summary: 'The consent banner script (add it to a page with one script tag)',
    auth: 'public',
    rateLimit: 6000,
    handler: asset('js'),
  }),
  defineRoute({
    method: 'GET',
    url: '/banner.css',
    tag: 'cookies',
    summary: "The consent banner's stylesheet",
    auth: 'public',
    rateLimit: 6000,
    handler: asset('css'),
  }),
  defineRoute({
    method: 'GET',
    url: '/v1/cookie-policy',
    tag: 'cookies',
    summary: 'Cookie categories with the cookies and recipients the policy declares, and digests that change when a category changes materially',
    auth: 'public',
    rateLimit: 1200,
    response: z.object({
      policyVersion: z.number(),
      digest: z.string(),
      languages: z.array(z.string()),
      controller: z.string(),
      noticeUrl: z.string().optional(),
      choiceMaxAgeDays: z.number(),
      gpc: z.boolean().describe('the request carried Sec-GPC: 1'),
      categories: z.array(z.object({ id: z.string(), required: z.boolean(), purposes: z.array(z.string()), cookies: z.array(cookieEntry), digest: z.string() })),
    }),
    handler: async ({ custos, req, reply }) => {
      reply.header('cache-control', 'public, max-age=60');
      reply.header('vary', 'Origin, Sec-GPC');
      return { ...custos.cookieConsent.view(), gpc: req.headers['sec-gpc'] === '1' };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/v1/cookie-consent',
    tag: 'cookies',
    summary: "Record a banner choice; a visitor id is kept only when preferences or analytics is granted; GPC turns advertising and sale off",
    auth: 'public',
    rateLimit: 60,
    body: jsonText(
      z.strictObject({
        preferences: z.boolean(),
        analytics: z.boolean(),
        advertising: z.boolean(),
        gpc: z.boolean().default(false),
        language: z.enum(LANGUAGES).optional(),
        digest: z.string().max(64).optional(),
        visitorId: visitorIdField.optional(),
        forgetVisitorId: visitorIdField.optional(),
        subjectToken: z.string().max(600).optional(),
      }),
    ),
    status: 201,
    response: z.object({
      choiceId: z.string(),
      holder: z.enum(['subject', 'visitor', 'anonymous']),
      categories: z.object({ preferences: z.boolean(), analytics: z.boolean(), advertising: z.boolean() }),
      gpc: z.boolean(),
      digest: z.string(),
      subjectLinked: z.boolean(),
      receipts: z.array(z.string()),
    }),
    handler: async ({ custos, body, req }) => {
      requireSiteOrigin(req);
      const gpc = body.gpc === true || req.headers['sec-gpc'] === '1';
      const r = await custos.cookieConsent.record({ ...body, gpc, evidence: evidenceOf(req.ip, req.headers['user-agent']) });
      if (body.forgetVisitorId && !r.categories.analytics) {
        await custos.consents.forgetVisitor(body.forgetVisitorId);
        await custos.visits.forgetVisitor(body.forgetVisitorId);
      }
      return r;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/.well-known/gpc.json',
    tag: 'cookies',
    summary: 'Global Privacy Control support resource (GPC specification)',
    auth: 'public',
    rateLimit: 1200,
    response: z.object({ gpc: z.boolean(), lastUpdate: z.string() }),
    handler: async ({ custos, reply }) => {
      reply.header('cache-control', 'public, max-age=3600');
      return { gpc: true, lastUpdate: custos.policyVersion.publishedAt.slice(0, 10) };
    },
  }),
];
