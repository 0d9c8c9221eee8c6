import { afterEach, beforeEach, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeBackends, makeEnv, type Env } from '../../test/backends.js';
import { buildServer } from '../server/app.js';

describeBackends('GET /privacy', (backend) => {
  let env: Env;
  let app: FastifyInstance;
  beforeEach(async () => {
    env = await makeEnv(backend);
    app = await buildServer(await env.open({ mail: { transport: null } }));
  });
  afterEach(async () => {
    await app.close();
    await env.cleanup();
  });

  it('serves the notice as a public HTML page in ?lang=, else the Accept-Language match, else Japanese', async () => {
    const ru = await app.inject({ method: 'GET', url: '/privacy?lang=ru' });
    expect(ru.statusCode).toBe(200);
    expect(ru.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(ru.headers['content-language']).toBe('ru');
    expect(ru.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(ru.body).toMatch(/^<!doctype html>\n<html lang="ru">/);
    expect(ru.body).toContain('Политика конфиденциальности');
    expect(ru.body).toContain('<link rel="stylesheet" href="/privacy.css">');
    expect(ru.body).toContain('<a href="/privacy?lang=ko" hreflang="ko" lang="ko">한국어</a>');

    const ko = await app.inject({ method: 'GET', url: '/privacy', headers: { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.5' } });
    expect(ko.body).toMatch(/<html lang="ko">/);
    const fallback = await app.inject({ method: 'GET', url: '/privacy', headers: { 'accept-language': 'de-DE' } });
    expect(fallback.body).toMatch(/<html lang="ja">/);
    expect(fallback.body).toContain('日本語版が優先します');

    const css = await app.inject({ method: 'GET', url: '/privacy.css' });
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('an unknown language is a 400 naming the field', async () => {
    const r = await app.inject({ method: 'GET', url: '/privacy?lang=xx' });
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(r.json().errors[0]).toMatchObject({ field: 'query.lang' });
  });

  it('is listed in the OpenAPI document as a public route', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.paths['/privacy'].get).toBeDefined();
  });
});
