import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { assertNotFuture, checkDate, parseDate } from './dates.js';
import { CustosError } from './errors.js';
import { makeEnv, type Env } from '../test/backends.js';
import type { Custos } from './custos.js';
import { buildServer } from './server/app.js';

const iso = (text: string, dateOnly = false) => {
  const r = checkDate(text, { dateOnly });
  return r.ok ? r.date.toISOString() : null;
};

describe('the strict date parser', () => {
  it('reads dates that exist, and nothing that rolls over', () => {
    expect(iso('2030-01-31')).toBe('2030-01-31T00:00:00.000Z');
    expect(iso('2028-02-29')).toBe('2028-02-29T00:00:00.000Z');
    expect(iso('2000-02-29')).toBe('2000-02-29T00:00:00.000Z');
    for (const bad of ['2030-02-31', '2030-02-29', '2100-02-29', '2030-04-31', '2030-13-01', '2030-00-10', '2030-01-00', '2030-1-5', ' 2030-01-01', '2030-01-01 ', '20300101', 'soon', ''])
      expect(iso(bad), bad).toBeNull();
  });

  it('reads date-times with a time zone, exactly', () => {
    expect(iso('2030-01-31T12:00:00Z')).toBe('2030-01-31T12:00:00.000Z');
    expect(iso('2030-01-31T12:00Z')).toBe('2030-01-31T12:00:00.000Z');
    expect(iso('2030-01-31T12:00:00.25Z')).toBe('2030-01-31T12:00:00.250Z');
    expect(iso('2030-01-31T21:00:00+09:00')).toBe('2030-01-31T12:00:00.000Z');
    expect(iso('2030-01-31T07:30:00-04:30')).toBe('2030-01-31T12:00:00.000Z');
    for (const bad of ['2030-01-31T24:00:00Z', '2030-01-31T12:60:00Z', '2030-01-31T12:00:60Z', '2030-02-30T12:00:00Z', '2030-01-31T12:00:00', '2030-01-31T12:00:00+25:00', '2030-01-31T12:00:00+09:60', '2030-01-31t12:00:00z'])
      expect(iso(bad), bad).toBeNull();
    expect(iso('2030-01-31T12:00:00Z', true)).toBeNull();
  });

  it('keeps to plausible years, 1900 to 2200', () => {
    expect(iso('1900-01-01')).not.toBeNull();
    expect(iso('2200-12-31')).not.toBeNull();
    for (const bad of ['1899-12-31', '2201-01-01', '2999-01-01', '0001-01-01', '9999-12-31']) expect(iso(bad), bad).toBeNull();
  });

  it('errors name the field with rule date and never repeat the value', () => {
    const e = (() => {
      try {
        parseDate('since', '2030-02-31');
      } catch (x) {
        return x as CustosError;
      }
    })()!;
    expect(e).toBeInstanceOf(CustosError);
    expect(e.code).toBe('CUSTOS_INVALID_INPUT');
    expect(e.details).toMatchObject([{ field: 'since', rule: 'date' }]);
    expect(e.message).not.toContain('2030-02-31');
    const now = new Date('2030-01-01T00:00:00Z');
    expect(() => assertNotFuture('receivedAt', new Date('2030-01-01T23:00:00Z'), now)).not.toThrow();
    expect(() => assertNotFuture('receivedAt', new Date('2030-01-02T01:00:00Z'), now)).toThrow(/receivedAt: must not be in the future/);
  });
});

describe('HTTP date fields are read strictly (400, rule date)', () => {
  let env: Env;
  let custos: Custos;
  let app: FastifyInstance;
  let officer: string;

  beforeAll(async () => {
    env = await makeEnv('sqlite');
    custos = await env.open();
    app = await buildServer(custos);
    officer = (await custos.keys.create({ name: 'officer', role: 'privacy_officer' }, { keyId: 'cli', role: 'operator' })).key;
  });
  afterAll(async () => {
    await app.close();
    await env.cleanup();
  });

  const get = async (url: string) => {
    const r = await app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${officer}` } });
    return { status: r.statusCode, body: r.json() as { errors?: { field: string; rule: string }[] } };
  };

  it('query fields: audit entries, the ledger, received data, the visit report', async () => {
    expect((await get('/v1/audit/entries?action=subject.read&since=2030-01-31T00:00:00Z')).status).toBe(200);
    for (const [url, field] of [
      ['/v1/audit/entries?action=subject.read&since=2030-02-31T00:00:00Z', 'query.since'],
      ['/v1/audit/entries?action=subject.read&until=2999-01-01T00:00:00Z', 'query.until'],
      ['/v1/disclosures?from=2030-02-31', 'query.from'],
      ['/v1/received?to=2030-02-31', 'query.to'],
      ['/v1/visits/report?since=2030-02-31', 'query.since'],
    ] as const) {
      const r = await get(url);
      expect(r.status, url).toBe(400);
      expect(r.body.errors?.[0], url).toMatchObject({ field, rule: 'date' });
    }
  });

  it('body fields: received data and incident reports, not in the future', async () => {
    const subject = (await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Aiko Sato' } }, { actor: { keyId: 'a', role: 'application' }, purpose: 'account' })).id;
    const body = { provider: { name: 'Partner K.K.', address: '1-1 Chiyoda, Tokyo' }, acquisition: 'sign-up form', acquisitionConfirmed: true, subjects: [subject], categories: ['name'] };
    const post = async (url: string, payload: unknown) => {
      const r = await app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${officer}`, 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
      return { status: r.statusCode, body: r.json() as { errors?: { field: string; rule: string }[] } };
    };
    expect(await post('/v1/received', { ...body, receivedAt: '2030-02-31' })).toMatchObject({ status: 400, body: { errors: [{ field: 'body.receivedAt', rule: 'date' }] } });
    expect(await post('/v1/received', { ...body, receivedAt: '2199-01-01' })).toMatchObject({ status: 400, body: { errors: [{ field: 'body.receivedAt', rule: 'not_in_future' }] } });
    expect((await post('/v1/received', body)).status).toBe(201);
    expect(await post('/v1/incidents', { discoveredAt: '2030-02-31', categories: ['name'], affected: { subjects: [subject] } })).toMatchObject({ status: 400, body: { errors: [{ field: 'body.discoveredAt', rule: 'date' }] } });
    const incident = await post('/v1/incidents', { discoveredAt: new Date().toISOString(), categories: ['name'], affected: { subjects: [subject] }, malicious: true });
    expect(incident.status).toBe(201);
    const { incidentId, deadlines } = incident.body as unknown as { incidentId: string; deadlines: { jurisdiction: string; stage: string }[] };
    const { jurisdiction, stage } = deadlines[0];
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString();
    expect(await post(`/v1/incidents/${incidentId}/reports`, { jurisdiction, stage, reportedAt: later })).toMatchObject({ status: 400, body: { errors: [{ field: 'body.reportedAt', rule: 'not_in_future' }] } });
    expect(await post(`/v1/incidents/${incidentId}/reports`, { jurisdiction, stage, reportedAt: '2030-02-31T10:00:00Z' })).toMatchObject({ status: 400, body: { errors: [{ field: 'body.reportedAt', rule: 'date' }] } });
    expect((await post(`/v1/incidents/${incidentId}/reports`, { jurisdiction, stage })).status).toBe(200);
  });
});
