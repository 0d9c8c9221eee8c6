import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { makeEnv, type Env } from '../../test/backends.js';
import { buildServer, ALL_ROUTES } from './app.js';

describe('the OpenAPI document and its documentation page', () => {
  let env: Env;
  let app: FastifyInstance;
  let doc: any;
  beforeAll(async () => {
    env = await makeEnv('sqlite');
    app = await buildServer(await env.open());
    doc = (await app.inject({ url: '/openapi.json' })).json();
  });
  afterAll(async () => {
    await app.close();
    await env.cleanup();
  });

  it('passes the Redocly linter\'s recommended rules with no error or warning', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: 'openapi.json', config });
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer}`)).toEqual([]);
  });

  it('the linter finds problems when there are some (it is really looking)', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const broken = structuredClone(doc);
    delete broken.info;
    broken.paths['/v1/nothing'] = { get: { responses: {} } };
    const problems = await lintFromString({ source: JSON.stringify(broken), absoluteRef: 'openapi.json', config });
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.ruleId)).toEqual(expect.arrayContaining(['struct', 'security-defined']));
  });

  it('documents every declared route, generated from the schemas that validate it', () => {
    for (const r of ALL_ROUTES) {
      const path = r.url.replace(/:([A-Za-z_]+)/g, '{$1}');
      expect(doc.paths[path]?.[r.method.toLowerCase()], `${r.method} ${r.url}`).toBeDefined();
    }
    expect(doc.paths['/v1/subjects'].post.requestBody.content['application/json'].schema.required).toContain('purpose');
    // a request's due day in its jurisdiction, as the console and the CLI show it
    const view = doc.paths['/v1/requests/{id}'].get.responses['200'].content['application/json'].schema;
    expect(view.required).toEqual(expect.arrayContaining(['dueAt', 'dueDate', 'timeZone']));
    // the lists are read a page at a time: the cursor parameter, and the cursor of the next page
    const param = (path: string, name: string) => doc.paths[path].get.parameters.find((p: any) => p.name === name);
    expect(param('/v1/privacy/me/requests', 'before')).toMatchObject({ in: 'query', required: false, schema: { type: 'string', maxLength: 200 } });
    expect(param('/v1/privacy/me/requests', 'limit')).toMatchObject({ in: 'query', schema: { maximum: 100 } });
    expect(param('/v1/requests', 'after')).toMatchObject({ in: 'query', required: false, schema: { type: 'string' } });
    for (const path of ['/v1/privacy/me/requests', '/v1/requests'])
      expect(doc.paths[path].get.responses['200'].content['application/json'].schema.properties.next).toMatchObject({ type: 'string' });
  });

  it('serves a readable documentation page at /docs, under the strict CSP', async () => {
    const page = await app.inject({ url: '/docs' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.body).toContain('/v1/subjects/{id}');
    expect(page.body).not.toMatch(/<script|style=/);
    expect((await app.inject({ url: '/docs.css' })).statusCode).toBe(200);
  });
});
