import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { makeEnv, type Env } from '../../../test/backends.js';
import { buildServer } from '../app.js';

describe('the web front ends are served as static files under a strict CSP', () => {
  let env: Env;
  let app: FastifyInstance;
  beforeAll(async () => {
    env = await makeEnv('sqlite');
    app = await buildServer(await env.open());
  });
  afterAll(async () => {
    await app.close();
    await env.cleanup();
  });

  it('serves the privacy center at / and the console at /admin, with no inline script or style', async () => {
    for (const url of ['/', '/admin']) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(r.headers['content-security-policy']).toContain("default-src 'self'");
      expect(r.headers['content-security-policy']).toContain("script-src 'self'");
      // nothing from elsewhere: every source directive names only this origin (and data: images)
      const sources = String(r.headers['content-security-policy']).split(';').filter((d) => /-src /.test(d));
      expect(sources.filter((d) => /https:|http:|\*/.test(d) || (/data:/.test(d) && !d.trim().startsWith('img-src')))).toEqual([]);
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(r.body).toMatch(/<script type="module" src="\/assets\/(center|admin)\/app\.js"><\/script>/);
      expect(r.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(r.body).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
    }
    expect((await app.inject({ method: 'GET', url: '/admin/' })).headers.location).toBe('/admin');
  });

  it('gives each asset its content type and a strong ETag, and answers 304 when it has not changed', async () => {
    const types: Record<string, string> = {
      '/assets/center/app.js': 'text/javascript; charset=utf-8',
      '/assets/center/i18n.js': 'text/javascript; charset=utf-8',
      '/assets/admin/app.js': 'text/javascript; charset=utf-8',
      '/assets/shared/ui.js': 'text/javascript; charset=utf-8',
      '/assets/shared/base.css': 'text/css; charset=utf-8',
      '/assets/shared/icon.svg': 'image/svg+xml',
    };
    for (const [url, type] of Object.entries(types)) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(200);
      expect(r.headers['content-type']).toBe(type);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      const etag = String(r.headers.etag);
      expect(etag).toMatch(/^"[\w-]{27}"$/);
      const again = await app.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    }
  });

  it('serves nothing else: unknown files, HTML under /assets, tests and paths that climb out are 404', async () => {
    for (const url of ['/assets/center/nope.js', '/assets/center/index.html', '/assets/other/app.js', '/assets/center/..%2F..%2Fcustos.ts', '/assets/shared/../../server/app.ts', '/assets/web/i18n.test.ts']) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(404);
      expect(r.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('keeps asset routes out of /openapi.json, and lists the catalog and console session routes', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, unknown> };
    const paths = Object.keys(doc.paths);
    expect(paths.some((p) => p.startsWith('/assets') || p === '/' || p === '/admin')).toBe(false);
    expect(paths).toEqual(expect.arrayContaining(['/v1/privacy/catalog', '/v1/admin/session']));
  });

  it('the catalog gives the forms their fields and purposes in the asked language, never special-care ones', async () => {
    const ko = (await app.inject({ method: 'GET', url: '/v1/privacy/catalog?lang=ko' })).json();
    expect(ko.language).toBe('ko');
    expect(ko.categories.find((c: { id: string }) => c.id === 'name')).toMatchObject({ label: '성명', correctable: true });
    expect(ko.categories.every((c: { correctable: boolean; id: string }) => typeof c.correctable === 'boolean')).toBe(true);
    expect(ko.purposes.find((p: { id: string }) => p.id === 'marketing_email')).toMatchObject({ marketing: true });
    expect(ko.legalHolds.find((h: { id: string }) => h.id === 'tax_records').label).toBe('세법에 따른 거래 기록 보존');
    const bad = await app.inject({ method: 'GET', url: '/v1/privacy/catalog?lang=xx' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toContain('lang');
  });
});
