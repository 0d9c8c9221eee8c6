import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, makeEnv, type Env } from '../../test/backends.js';
import { runCli } from '../../test/cli.js';
import type { Custos } from '../custos.js';
import { buildServer } from '../server/app.js';

describe('consents, preferences, receipts and cookie consent over HTTP and the CLI', () => {
  let env: Env;
  let custos: Custos;
  let app: FastifyInstance;
  let base: string;
  let appKey: string;
  let mktKey: string;
  let id: string;
  const cliEnv = () => ({ CUSTOS_MASTER_KEY: env.masterKey.toString('base64') });

  const call = async (method: string, path: string, key?: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(base + path, {
      method,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };

  beforeAll(async () => {
    env = await makeEnv('sqlite');
    custos = await env.open();
    app = await buildServer(custos, {});
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    const op = { keyId: 'cli', role: 'operator' };
    appKey = (await custos.keys.create({ name: 'backend', role: 'application' }, op)).key;
    mktKey = (await custos.keys.create({ name: 'newsletter', role: 'marketing' }, op)).key;
    ({ id } = await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Haruto Ito', email: 'haruto@example.jp' } }, { actor: { keyId: 'k', role: 'application' }, purpose: 'account' }));
  });
  afterAll(async () => {
    await app.close();
    await env.cleanup();
  });

  it('grants with evidence the server derives itself, lists the history, and serves the key that verifies the receipt', async () => {
    const ua = 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0';
    const g = await call('POST', `/v1/subjects/${id}/consents`, appKey, { event: 'grant', purposes: ['marketing_email'], method: 'form', language: 'ja' }, { 'user-agent': ua });
    expect(g.status).toBe(201);
    expect(g.body.events[0]).toMatchObject({ purpose: 'marketing_email', event: 'grant', method: 'form', language: 'ja', evidence: { ip: '127.0.0.0/24', browser: 'Firefox' } });
    // The caller cannot supply evidence of its own.
    const forged = await call('POST', `/v1/subjects/${id}/consents`, appKey, { event: 'grant', purposes: ['marketing_email'], evidence: { ip: '1.2.3.0/24' } });
    expect(forged.status).toBe(400);
    expect(forged.body.errors[0]).toMatchObject({ field: 'body', rule: 'unknown_key' });
    const bad = await call('POST', `/v1/subjects/${id}/consents`, appKey, { event: 'grant', purposes: ['payment'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'body.purposes[0]', rule: 'consent_basis' });

    const h = await call('GET', `/v1/subjects/${id}/consents`, appKey);
    expect(h.body.events).toHaveLength(1);
    expect(h.body.receipts[0].jws).toBe(g.body.receipt);

    const keys = await call('GET', '/.well-known/custos-receipt-key.json');
    expect(keys.body.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' });
    expect(keys.body.keys[0]).not.toHaveProperty('d');
    const ok = await call('POST', '/v1/receipts/verify', undefined, { receipt: g.body.receipt });
    expect(ok.body).toMatchObject({ valid: true, payload: { pii_principal_id: id, event_type: 'consent_given' } });
    const tampered = g.body.receipt.slice(0, 40) + (g.body.receipt[40] === 'x' ? 'y' : 'x') + g.body.receipt.slice(41);
    expect((await call('POST', '/v1/receipts/verify', undefined, { receipt: tampered })).body.valid).toBe(false);

    // CLI: verify-receipt with the key store, and offline with the published key set.
    const file = join(env.dataDir, 'receipt.jws');
    const jwks = join(env.dataDir, 'custos-receipt-key.json');
    writeFileSync(file, g.body.receipt + '\n');
    writeFileSync(jwks, JSON.stringify(keys.body));
    const v = await runCli(['consents', 'verify-receipt', file, '--data-dir', env.dataDir], cliEnv());
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/^valid: receipt cr_/);
    expect((await runCli(['consents', 'verify-receipt', file, '--key', jwks, '--json'], {})).code).toBe(0);
    const bytes = readFileSync(file);
    bytes[100] = bytes[100] === 0x41 ? 0x42 : 0x41;
    writeFileSync(file, bytes);
    const inv = await runCli(['consents', 'verify-receipt', file, '--key', jwks], {});
    expect(inv.code).toBe(1);
    expect(inv.err).toMatch(/^invalid: /);
    expect((await runCli(['consents', 'verify-receipt', join(env.dataDir, 'missing.jws'), '--key', jwks], {})).code).toBe(2);

    const show = await runCli(['consents', 'show', id, '--data-dir', env.dataDir], cliEnv());
    expect(show.code).toBe(0);
    expect(show.out).toContain('marketing_email');
    expect(show.out).toContain('ip=127.0.0.0/24');
    expect(JSON.parse((await runCli(['consents', 'show', id, '--json', '--data-dir', env.dataDir], cliEnv())).out).events).toHaveLength(1);
  });

  it('preferences per channel and "may I send marketing email to S?" in one call', async () => {
    const p = await call('PUT', `/v1/subjects/${id}/preferences`, appKey, { preferences: { email: false, push: true } });
    expect(p.status).toBe(200);
    expect(p.body.preferences.email.state).toBe('opted_out');
    expect(p.body.preferences.push).toMatchObject({ purpose: 'marketing_push', state: 'opted_in' });
    expect((await call('POST', `/v1/subjects/${id}/may-send`, mktKey, { channel: 'email' })).body).toEqual({ allowed: false, reason: 'consent_withdrawn', purpose: 'marketing_email' });
    await call('PUT', `/v1/subjects/${id}/preferences`, appKey, { preferences: { email: true } });
    expect((await call('POST', `/v1/subjects/${id}/may-send`, mktKey, { channel: 'email' })).body).toEqual({ allowed: true, reason: 'consent_granted', purpose: 'marketing_email' });
    expect((await call('GET', `/v1/subjects/${id}/preferences`, appKey)).body.preferences.email.state).toBe('opted_in');
    await custos.audit.flush();
    expect((await custos.audit.query({ action: 'preferences.read', limit: 10 })).map((e) => [e.actor.role, e.outcome, e.subjectRef !== undefined])).toEqual([['application', 'ok', true]]);
    expect((await call('POST', `/v1/subjects/${id}/may-send`, mktKey, { channel: 'fax' })).body.errors[0]).toMatchObject({ field: 'body.channel', rule: 'channel' });
    expect((await call('POST', '/v1/subjects/nobody/may-send', mktKey, { channel: 'email' })).status).toBe(404);
  });

  it('serves the cookie section with per-category digests; a material change alters only that category', async () => {
    const v = await call('GET', '/v1/cookie-policy');
    expect(v.status).toBe(200);
    const cat = (body: typeof v.body, id: string) => body.categories.find((c: { id: string }) => c.id === id);
    expect(cat(v.body, 'analytics').cookies.map((c: { name: string }) => c.name)).toEqual(['_ga', '_ga_*', 's_vi', 'WRUID*', 'custos_vid']);
    expect(cat(v.body, 'analytics').purposes).toEqual(['analytics']);
    expect(cat(v.body, 'advertising').cookies[0]).toMatchObject({ name: 'adid', party: 'third', persistent: true, recipient: 'ad_partner' });
    expect(cat(v.body, 'necessary').required).toBe(true);
    expect(v.body.gpc).toBe(false);
    expect((await call('GET', '/v1/cookie-policy', undefined, undefined, { 'sec-gpc': '1' })).body.gpc).toBe(true);

    // A new analytics cookie is a material change of that category; wording elsewhere is not.
    const yaml = readFileSync(EXAMPLE, 'utf8');
    const changed = yaml.replace('      - { name: "s_vi", category: analytics, duration: P2Y, party: third }', '      - { name: "s_vi", category: analytics, duration: P2Y, party: third }\n      - { name: "s_fid", category: analytics, duration: P2Y, party: third }');
    expect(changed).not.toBe(yaml);
    const reworded = yaml.replace('Newsletters and offers by email', 'Newsletters and special offers by email');
    const other = await makeEnv('sqlite');
    try {
      const a = (await other.open({ policy: { yaml: changed } })).cookieConsent.view();
      const b = (await other.open({ policy: { yaml: reworded } })).cookieConsent.view();
      expect(cat(a, 'analytics').digest).not.toBe(cat(v.body, 'analytics').digest);
      expect(cat(a, 'advertising').digest).toBe(cat(v.body, 'advertising').digest);
      expect(b.digest).toBe(v.body.digest);
    } finally {
      await other.cleanup();
    }
  });

  it('records banner choices: a subject only with a token from the site, GPC turns advertising and sale off', async () => {
    const tok = await call('POST', `/v1/subjects/${id}/cookie-token`, appKey, {});
    expect(tok.status).toBe(200);
    const grant = await call('POST', '/v1/cookie-consent', undefined, { preferences: false, analytics: true, advertising: true, subjectToken: tok.body.token, language: 'ja' });
    expect(grant.status).toBe(201);
    expect(grant.body).toMatchObject({ holder: 'subject', subjectLinked: true, categories: { analytics: true, advertising: true } });
    expect(grant.body.receipts).toHaveLength(1);
    expect(await custos.consents.state(id, 'analytics')).toMatchObject({ state: 'granted' });

    await custos.preferences.grant(id, ['third_party_provision'], { method: 'form' });
    const gpc = await call('POST', '/v1/cookie-consent', undefined, { preferences: false, analytics: true, advertising: true, subjectToken: tok.body.token }, { 'sec-gpc': '1' });
    expect(gpc.body).toMatchObject({ gpc: true, categories: { analytics: true, advertising: false } });
    expect(await custos.consents.state(id, 'third_party_provision')).toEqual({ state: 'withdrawn' });
    const choices = await custos.consents.cookieChoices(id);
    expect(choices.at(-1)).toMatchObject({ gpc: true, advertising: false, evidence: { gpc: '1', ip: '127.0.0.0/24' } });

    // A forged or altered token links to nobody.
    const forged = await call('POST', '/v1/cookie-consent', undefined, { preferences: false, analytics: false, advertising: false, subjectToken: tok.body.token.slice(0, -2) + 'AA' });
    expect(forged.body).toMatchObject({ holder: 'anonymous', subjectLinked: false });
    // A visitor id is kept only when preferences or analytics is granted.
    const vid = 'v'.repeat(22);
    expect((await call('POST', '/v1/cookie-consent', undefined, { preferences: false, analytics: false, advertising: true, visitorId: vid })).body.holder).toBe('anonymous');
    expect((await call('POST', '/v1/cookie-consent', undefined, { preferences: true, analytics: false, advertising: false, visitorId: vid })).body.holder).toBe('visitor');
    expect(await custos.consents.cookieChoices({ visitorId: vid })).toHaveLength(1);

    const g = await call('GET', '/.well-known/gpc.json', undefined, undefined, { origin: 'https://any.example' });
    expect(g.body).toEqual({ gpc: true, lastUpdate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(g.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('CUSTOS_CORS_ORIGINS limits the site routes to the configured origins', async () => {
    const saved = process.env.CUSTOS_CORS_ORIGINS;
    process.env.CUSTOS_CORS_ORIGINS = 'https://tutoring.example';
    try {
      const body = { preferences: false, analytics: false, advertising: false };
      const ok = await call('POST', '/v1/cookie-consent', undefined, body, { origin: 'https://tutoring.example' });
      expect(ok.status).toBe(201);
      expect(ok.headers.get('access-control-allow-origin')).toBe('https://tutoring.example');
      const other = await call('POST', '/v1/cookie-consent', undefined, body, { origin: 'https://evil.example' });
      expect(other.status).toBe(403);
      expect(other.headers.get('access-control-allow-origin')).toBeNull();
      // The script itself stays loadable from anywhere.
      expect((await fetch(`${base}/banner.js`, { headers: { origin: 'https://evil.example' } })).headers.get('access-control-allow-origin')).toBe('*');
    } finally {
      if (saved === undefined) delete process.env.CUSTOS_CORS_ORIGINS;
      else process.env.CUSTOS_CORS_ORIGINS = saved;
    }
  });

  it('serves the banner script and stylesheet cacheably, and lists the routes in OpenAPI', async () => {
    const js = await fetch(`${base}/banner.js`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('cache-control')).toContain('public');
    const text = await js.text();
    expect(text).not.toMatch(/\beval\(|new Function\(/);
    for (const lang of ['en', 'ja', 'ko', 'ru', 'vi']) expect(text).toContain(`    ${lang}: {`);
    const again = await fetch(`${base}/banner.js`, { headers: { 'if-none-match': js.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await fetch(`${base}/banner.css`)).headers.get('content-type')).toMatch(/text\/css/);
    const doc = (await call('GET', '/openapi.json')).body;
    for (const p of ['/v1/subjects/{id}/consents', '/v1/subjects/{id}/preferences', '/v1/subjects/{id}/may-send', '/v1/cookie-consent', '/v1/collect', '/v1/visits/report']) expect(doc.paths).toHaveProperty([p]);
  });
});
