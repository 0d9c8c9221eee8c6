import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { makeEnv, type Env } from '../../test/backends.js';
import type { Custos } from '../custos.js';
import { buildServer } from '../server/app.js';

describe('HTTP API: disclosures, statistics, records, incidents', () => {
  let env: Env;
  let custos: Custos;
  let app: FastifyInstance;
  let base: string;
  let officer: string;
  let appKey: string;
  let subject: string;

  const call = async (method: string, path: string, key?: string, body?: unknown) => {
    const res = await fetch(base + path, {
      method,
      headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, type, text, body: type.includes('json') && text ? JSON.parse(text) : undefined };
  };

  beforeAll(async () => {
    env = await makeEnv('sqlite');
    custos = await env.open();
    app = await buildServer(custos);
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    const op = { keyId: 'cli', role: 'operator' };
    officer = (await custos.keys.create({ name: 'officer', role: 'privacy_officer' }, op)).key;
    appKey = (await custos.keys.create({ name: 'backend', role: 'application' }, op)).key;
    subject = (await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Aiko Sato', email: 'aiko@example.jp' } }, { actor: { keyId: 'a', role: 'application' }, purpose: 'account' })).id;
  });
  afterAll(async () => {
    await app.close();
    await env.cleanup();
  });

  it('provides data under a basis, refuses without one (403 naming what is missing), and exports the ledger as CSV', async () => {
    const refused = await call('POST', '/v1/disclosures', officer, { subjects: [subject], recipient: 'ad_partner', categories: ['email'], purpose: 'third_party_provision' });
    expect(refused.status).toBe(403);
    expect(refused.type).toContain('application/problem+json');
    expect(refused.body.errors[0]).toMatchObject({ field: 'body.subjects[0]', rule: 'consent_missing' });
    const bad = await call('POST', '/v1/disclosures', officer, { subjects: [], recipient: 'ad_partner', categories: ['email'], purpose: 'third_party_provision' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('body.subjects');
    const ok = await call('POST', '/v1/disclosures', appKey, { subjects: [subject], recipient: 'zoom', categories: ['name'], purpose: 'lesson_delivery' });
    expect(ok.status).toBe(201);
    expect(ok.body.data[0].fields).toEqual({ name: 'Aiko Sato' });
    expect((await call('GET', '/v1/disclosures', appKey)).status).toBe(403);
    const csv = await call('GET', '/v1/disclosures/export?from=2000-01-01', officer);
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    expect(csv.text.split('\r\n')[1]).toContain(ok.body.disclosure.disclosureId);
    const mine = await call('GET', `/v1/subjects/${subject}/disclosures`, officer);
    expect(mine.body.disclosures.map((d: { disclosureId: string }) => d.disclosureId)).toEqual([ok.body.disclosure.disclosureId]);
    expect((await call('GET', '/v1/recipients', appKey)).body.recipients.length).toBeGreaterThan(5);
  });

  it('statistics, records of processing and the breach register', async () => {
    const s = await call('POST', '/v1/stats/export', officer, { groupBy: ['jurisdiction'], k: 10, format: 'csv' });
    expect(s.status).toBe(200);
    expect(s.text.split('\r\n')[0]).toBe('jurisdiction,count,status');
    expect(s.text).not.toContain(subject);
    const md = await call('GET', '/v1/records?format=md', officer);
    expect(md.type).toContain('text/markdown');
    expect(md.text).toContain('Records of processing activities');
    const inc = await call('POST', '/v1/incidents', officer, { discoveredAt: new Date().toISOString(), categories: ['email'], affected: { subjects: [subject] }, malicious: true });
    expect(inc.status).toBe(201);
    expect(inc.body.deadlines.find((d: { jurisdiction: string; stage: string }) => d.jurisdiction === 'JP' && d.stage === 'final').required).toBe(true);
    expect((await call('POST', '/v1/incidents', appKey, { discoveredAt: new Date().toISOString(), categories: ['email'], affected: { subjects: [subject] } })).status).toBe(403);
    expect((await call('GET', `/v1/incidents/${inc.body.incidentId}`, officer)).body.incidentId).toBe(inc.body.incidentId);
    expect((await call('GET', '/v1/incidents/reminders', officer)).body.reminders).toEqual([]);
    const doc = await call('GET', '/openapi.json');
    for (const p of ['/v1/disclosures', '/v1/disclosures/export', '/v1/received', '/v1/stats/export', '/v1/records', '/v1/incidents', '/v1/incidents/{id}/notify', '/v1/incidents/{id}/notice'])
      expect(Object.keys(doc.body.paths)).toContain(p);
  });

  it('an incident recorded without notice texts gets them through PUT /v1/incidents/:id/notice, and can then be notified', async () => {
    const inc = await call('POST', '/v1/incidents', officer, { discoveredAt: new Date().toISOString(), categories: ['email'], affected: { subjects: [subject] }, malicious: true });
    expect(inc.status).toBe(201);
    const id = inc.body.incidentId;
    const early = await call('POST', `/v1/incidents/${id}/notify`, officer);
    expect(early.status).toBe(400);
    expect(early.body.errors[0]).toMatchObject({ field: 'notice', rule: 'required' });
    const texts = { whatHappened: { en: 'A backup copy was exposed.', ja: 'バックアップが公開状態でした。' }, measures: 'We closed the access.', advice: 'Watch your mail.' };

    const bad = await call('PUT', `/v1/incidents/${id}/notice`, officer, { whatHappened: 'x', measures: 'y' });
    expect(bad.status).toBe(400);
    expect(bad.type).toContain('application/problem+json');
    expect(bad.body.errors[0]).toMatchObject({ field: 'body.advice', rule: 'required' });
    const empty = await call('PUT', `/v1/incidents/${id}/notice`, officer, { ...texts, whatHappened: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]).toMatchObject({ field: 'body.whatHappened', rule: 'one_language' });
    expect((await call('PUT', `/v1/incidents/${id}/notice`, appKey, texts)).status).toBe(403);
    const missing = await call('PUT', '/v1/incidents/inc_nothinghere000000000/notice', officer, texts);
    expect(missing.status).toBe(404);
    expect(missing.body.errors[0].field).toBe('params.id');
    expect((await call('GET', `/v1/incidents/${id}`, officer)).body.notice).toBeUndefined();

    const set = await call('PUT', `/v1/incidents/${id}/notice`, officer, { ...texts, advice: 'draft' });
    expect(set.status).toBe(200);
    const fixed = await call('PUT', `/v1/incidents/${id}/notice`, officer, texts);
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ incidentId: id, notice: texts });
    expect((await call('POST', `/v1/incidents/${id}/notify`, officer)).body).toEqual({ queued: 1, skipped: 0, pending: 0 });

    const late = await call('PUT', `/v1/incidents/${id}/notice`, officer, { ...texts, advice: 'changed' });
    expect(late.status).toBe(409);
    expect(late.body.errors[0]).toMatchObject({ field: 'params.id', rule: 'notice_not_sent' });
    expect(late.text).not.toContain('Watch your mail');
    expect((await call('GET', `/v1/incidents/${id}`, officer)).body.notice).toEqual(texts);

    // closed only once the required reports are recorded too
    const closing = await call('POST', `/v1/incidents/${id}/close`, officer);
    expect(closing.status).toBe(409);
    expect(closing.body.errors[0]).toMatchObject({ field: 'params.id', rule: 'duties_pending' });
    const required = (await call('GET', `/v1/incidents/${id}`, officer)).body.deadlines.filter((d: { required: boolean }) => d.required);
    expect(required.length).toBeGreaterThan(0);
    for (const d of required) expect((await call('POST', `/v1/incidents/${id}/reports`, officer, { jurisdiction: d.jurisdiction, stage: d.stage })).status).toBe(200);
    const closed = await call('POST', `/v1/incidents/${id}/close`, officer);
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
  });
});
