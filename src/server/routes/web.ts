/**
 * The two web front ends, served as static files: the privacy center at `/` and the admin console at
 * `/admin`, with their assets under `/assets/{center,admin,shared}/`. Plain HTML, CSS and JavaScript
 * modules, no build step, nothing inline (the server's CSP is `default-src 'self'`). Files are read once
 * at start; every response carries a strong ETag and `cache-control: no-cache`, so a browser revalidates
 * (a 304 costs nothing) and never runs a stale script after an upgrade. These are plain Fastify routes,
 * kept out of /openapi.json.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { extname, join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { defineRoute } from '../route.js';
import { LANGUAGES, type Language, type Localized, type Policy } from '../../policy/schema.js';
import { correctable, listedInCenter } from '../../requests/correctable.js';

export const WEB_APPS = ['center', 'admin', 'shared'] as const;
export type WebApp = (typeof WEB_APPS)[number];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface WebAsset {
  body: Buffer;
  type: string;
  etag: string;
}

/** The folder of one app: beside this module's source tree, or the package's src/ when running from dist/. */
function folder(app: WebApp): string {
  const fromSrc = fileURLToPath(new URL(`../../web/${app}/`, import.meta.url));
  if (existsSync(join(fromSrc, app === 'shared' ? 'base.css' : 'index.html'))) return fromSrc;
  return fileURLToPath(new URL(`../../../src/web/${app}/`, import.meta.url));
}

let cache: Map<string, WebAsset> | undefined;

/** Every servable file, by URL path (`/assets/center/app.js`); test files and anything else are left out. */
export function webAssets(): Map<string, WebAsset> {
  if (cache) return cache;
  const out = new Map<string, WebAsset>();
  for (const app of WEB_APPS) {
    const dir = folder(app);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const type = TYPES[extname(name)];
      if (!type || name.includes('.test.') || !statSync(join(dir, name)).isFile()) continue;
      const body = readFileSync(join(dir, name));
      out.set(`/assets/${app}/${name}`, { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` });
    }
  }
  cache = out;
  return out;
}

function send(req: FastifyRequest, reply: FastifyReply, asset: WebAsset | undefined): FastifyReply {
  if (!asset)
    return reply.code(404).type('application/problem+json').send({ type: 'about:blank', title: 'Not found', status: 404, detail: 'no such file', code: 'CUSTOS_NOT_FOUND', errors: [{ field: 'file', rule: 'asset_exists', message: 'no such file' }], instance: req.id });
  reply.header('cache-control', 'no-cache');
  reply.header('etag', asset.etag);
  reply.header('x-content-type-options', 'nosniff');
  if (asset.type.startsWith('text/html')) reply.header('referrer-policy', 'no-referrer');
  const inm = req.headers['if-none-match'];
  if (typeof inm === 'string' && inm.split(',').some((t) => t.trim() === asset.etag)) return reply.code(304).send();
  return reply.type(asset.type).send(asset.body);
}

export function registerWebRoutes(app: FastifyInstance): void {
  const assets = webAssets();
  const page = (file: string) => (req: FastifyRequest, reply: FastifyReply) => send(req, reply, assets.get(file));
  app.get('/', page('/assets/center/index.html'));
  app.get('/admin', page('/assets/admin/index.html'));
  app.get('/admin/', (_req, reply) => reply.redirect('/admin', 308));
  app.get('/assets/:app/:file', (req, reply) => {
    const { app: a, file } = req.params as { app: string; file: string };
    // Only names listed at start are served: no path is ever built from the URL.
    const asset = (WEB_APPS as readonly string[]).includes(a) && !file.endsWith('.html') ? assets.get(`/assets/${a}/${file}`) : undefined;
    return send(req, reply, asset);
  });
}

/** A localized policy text in one language: that language, else the governing one, else English, else any. */
export function localize(text: Localized | undefined, lang: Language, policy: Policy): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text[lang] ?? text[policy.governing_language] ?? text.en ?? Object.values(text)[0];
}

/** What the privacy center must know of the policy to ask the right questions (all of it public in the notice). */
export function privacyCatalog(policy: Policy, lang: Language) {
  return {
    language: lang,
    controller: { name: policy.controller.name, email: policy.controller.contact.email },
    categories: Object.entries(policy.categories)
      .filter(([, c]) => listedInCenter(c))
      // What a person can state themselves (the server applies the same rule to the requests it accepts).
      .map(([id, c]) => ({ id, label: localize(c.label, lang, policy) ?? id, type: c.type, correctable: correctable(c) })),
    purposes: Object.entries(policy.purposes).map(([id, p]) => ({
      id,
      label: localize(p.description, lang, policy) ?? id,
      marketing: p.marketing,
      survivesRestriction: p.survives_restriction,
    })),
    legalHolds: Object.entries(policy.legal_holds).map(([id, h]) => ({ id, label: localize(h.description, lang, policy) ?? id })),
    codeMinutes: 10,
  };
}

const catalogSchema = z.object({
  language: z.enum(LANGUAGES),
  controller: z.object({ name: z.string(), email: z.string() }),
  categories: z.array(z.object({ id: z.string(), label: z.string(), type: z.string(), correctable: z.boolean() })),
  purposes: z.array(z.object({ id: z.string(), label: z.string(), marketing: z.boolean(), survivesRestriction: z.boolean() })),
  legalHolds: z.array(z.object({ id: z.string(), label: z.string() })),
  codeMinutes: z.number(),
});

/** The front ends' one API route of their own: the policy's fields and purposes with their labels in a language. */
export const webApiRoutes = [
  defineRoute({
    method: 'GET',
    url: '/v1/privacy/catalog',
    tag: 'privacy center',
    summary: "The policy's fields (categories) and purposes with their labels in a language: what the privacy center's forms list",
    auth: 'public',
    query: z.strictObject({ lang: z.enum(LANGUAGES).optional() }),
    response: catalogSchema,
    handler: async ({ custos, query, reply }) => {
      reply.header('cache-control', 'no-cache');
      return privacyCatalog(custos.policy, query.lang ?? custos.policy.governing_language);
    },
  }),
];
