/**
 * Secrets and personal data: distinctive canary values go through every flow (subjects, records,
 * consents, requests through the privacy center, disclosures, incidents, scan and mask, the visit log,
 * refused inputs) and must not appear in the server's logs, error answers, URLs, metric labels or the
 * audit log; the master key, API key secrets and verification codes appear in none of them either.
 * Secret comparisons use constant-time primitives (checked in the source), and every file Custos and its
 * CLI create is mode 0600 or stricter, every directory 0700.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { freshIp, openSession, requestCode, startStack, type Stack } from './stack.js';
import { bodyText } from '../smtp.js';
import { runCli } from '../cli.js';
import { EXAMPLE } from '../backends.js';
import { Custos } from '../../src/custos.js';
import { record } from './report.js';
import { keySecret } from '../expect.js';

const C = {
  name: 'Qzx Canaryname',
  email: 'qzx.canary.mail@canary-domain.example',
  phone: '+81 90 4321 8765',
  message: 'qzx-canary-private-message',
  correction: 'Qzx Correctedcanary',
  badEmail: 'qzx-canary-not-an-email',
  scanned: 'qzx.scanned.canary@canary-domain.example',
  visit: 'qzx-canary-visit-path',
  incident: 'qzx-canary-incident',
};
const CANARIES = Object.values(C);
const root = fileURLToPath(new URL('../..', import.meta.url));

let s: Stack;
const urls: string[] = [];
const answers: string[] = [];
const secrets: string[] = [];
const figures = { flows: 0, canaries: CANARIES.length, places: 0, canaryHits: 0, secretHits: 0, filesChecked: 0, filesTooOpen: 0, hits: [] as string[] };

async function call(method: string, url: string, opts: { key?: string; cookie?: string; body?: unknown } = {}) {
  urls.push(url);
  const r = await s.app.inject({
    method: method as 'GET',
    url,
    remoteAddress: freshIp(),
    headers: { ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}), ...(opts.cookie ? { cookie: opts.cookie } : {}) },
    ...(opts.body !== undefined ? { payload: opts.body as object } : {}),
  });
  if (r.statusCode >= 400) answers.push(r.body);
  return r;
}

beforeAll(async () => {
  s = await startStack({ smtp: true });
  secrets.push(s.env.masterKey.toString('hex'), s.env.masterKey.toString('base64'), s.env.masterKey.toString('base64url'), ...Object.values(s.keys).map(keySecret));
  const app = s.keys.application;
  const po = s.keys.privacy_officer;
  // Subjects and records, through the API.
  const created = await call('POST', '/v1/subjects', { key: app, body: { purpose: 'account', jurisdiction: 'JP', fields: { name: C.name, email: C.email, phone: C.phone } } });
  expect(created.statusCode).toBe(201);
  const id = created.json().id;
  await call('POST', `/v1/subjects/${id}/records`, { key: app, body: { purpose: 'lesson_delivery', category: 'messages', value: C.message } });
  await call('GET', `/v1/subjects/${id}?purpose=account`, { key: s.keys.support });
  await call('POST', '/v1/subjects/search', { key: app, body: { purpose: 'account', email: C.email } });
  // Refused inputs carrying canaries as values: the errors name fields and rules, never the values.
  await call('PATCH', `/v1/subjects/${id}`, { key: app, body: { purpose: 'account', fields: { email: C.badEmail } } });
  await call('POST', '/v1/subjects', { key: app, body: { purpose: 'account', fields: { name: C.name, not_a_category: C.badEmail, birth_date: C.email } } });
  await call('POST', '/v1/subjects', { key: s.keys.marketing, body: { purpose: 'account', fields: { name: C.name } } });
  await call('POST', '/v1/privacy/requests', { body: { type: 'access', email: C.badEmail, language: 'en' } });
  await call('POST', '/v1/privacy/requests', { body: { type: 'access', phone: C.badEmail, language: 'en' } });
  // Consents and preferences.
  await call('POST', `/v1/subjects/${id}/consents`, { key: app, body: { event: 'grant', purposes: ['marketing_email'] } });
  await call('PUT', `/v1/subjects/${id}/preferences`, { key: app, body: { preferences: { email: false } } });
  await call('GET', `/v1/subjects/${id}/consents`, { key: app });
  // The privacy center: access and correction requests, verified by code; the codes are secrets too.
  const code = await requestCode(s, C.email, 'access');
  secrets.push(code.code);
  const v = await call('POST', '/v1/privacy/verify', { body: { intakeId: code.intakeId, code: code.code } });
  const cookie = String(v.headers['set-cookie']).split(';')[0];
  secrets.push(v.json().token);
  await call('GET', `/v1/privacy/me/requests/${v.json().request.requestId}/export`, { cookie });
  await call('POST', '/v1/privacy/me/requests', { cookie, body: { type: 'correction', language: 'en', details: { fields: { name: C.correction } } } });
  const session2 = await openSession(s, C.email, 'erasure');
  secrets.push(session2.token);
  await call('GET', '/v1/requests', { key: po });
  // Disclosures, received data, incidents.
  await call('POST', '/v1/disclosures', { key: app, body: { subjects: [id], recipient: 'zoom', categories: ['name', 'email'], purpose: 'lesson_delivery' } });
  await call('GET', `/v1/subjects/${id}/disclosures`, { key: po });
  await call('POST', '/v1/incidents', { key: po, body: { discoveredAt: new Date().toISOString(), summary: 'laptop lost', categories: ['name', 'email'], affected: { subjects: [id] } } });
  await call('POST', '/v1/incidents', { key: po, body: { discoveredAt: new Date().toISOString(), summary: C.email, categories: ['name'], affected: { subjects: [id] } } });
  // Scan and mask: the text is never stored or logged.
  await call('POST', '/v1/scan', { key: app, body: { text: `write to ${C.scanned} or call ${C.phone}` } });
  await call('POST', '/v1/messages/mask', { key: app, body: { text: `write to ${C.scanned} or call ${C.phone}` } });
  await call('POST', '/v1/scan/batch', { key: app, body: { texts: [`write to ${C.scanned}`, `or call ${C.phone}`] } });
  await call('POST', '/v1/messages/mask/batch', { key: app, body: { texts: [`write to ${C.scanned} or call ${C.phone}`] } });
  // The visit log (a page whose address carries an identifier, as careless sites send).
  await call('POST', '/v1/collect', { body: { url: `https://tutoring.example/${C.visit}?email=${encodeURIComponent(C.email)}`, referrer: `https://search.example/?q=${encodeURIComponent(C.name)}` } });
  await call('GET', '/v1/visits/report?since=2020-01-01', { key: po });
  // Erasure at the end of the story.
  await call('DELETE', `/v1/subjects/${id}`, { key: po, body: { reason: 'canary run' } });
  figures.flows = urls.length;
}, 90_000);
afterAll(async () => {
  record('secrets', figures);
  await s?.close();
});

describe('secrets and personal data', () => {
  it('no canary, key, code or token in logs, error answers, URLs, metric labels or audit entries', async () => {
    await s.custos.audit.flush();
    const metrics = (await s.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${s.keys.auditor}` } })).body;
    expect(metrics).toContain('custos_');
    const audit = new PassThrough();
    let auditText = '';
    audit.on('data', (d) => (auditText += d));
    await s.custos.audit.export({ format: 'jsonl' }, audit);
    expect(auditText.split('\n').length).toBeGreaterThan(20);
    const places: Record<string, string> = { logs: s.logs.join(''), errors: answers.join('\n'), urls: urls.join('\n'), metrics, audit: auditText };
    figures.places = Object.keys(places).length;
    expect(places.logs.length).toBeGreaterThan(1000);
    expect(answers.length).toBeGreaterThanOrEqual(5);
    for (const [place, text] of Object.entries(places)) {
      for (const c of CANARIES)
        if (text.includes(c) || text.includes(encodeURIComponent(c))) {
          figures.canaryHits++;
          figures.hits.push(`${place}: canary ${c}`);
        }
      for (const secret of secrets.filter((x) => x.length >= 6))
        // A 6-digit code counts only as a number of its own (durations and hashes are full of digits).
        if (/^\d+$/.test(secret) ? new RegExp(`(?<![0-9.])${secret}(?![0-9])`).test(text) : text.includes(secret)) {
          figures.secretHits++;
          const at = text.indexOf(secret);
          figures.hits.push(`${place}: a secret (${secret.length} characters) in …${text.slice(Math.max(0, at - 60), at).replace(secret, '***')}***…`);
        }
    }
    expect(figures.hits).toEqual([]);
  });

  it('secrets are compared in constant time (API keys, verification codes, admin password and CSRF, master key, subject and cookie tokens)', () => {
    const CHECKS: [file: string, fn: string, primitive: RegExp][] = [
      ['src/access/keys.ts', 'authenticate', /timingSafeEqual/],
      ['src/requests/intake.ts', 'check', /constantTimeEqual/], // the one code check of `verify` and of a new address's confirmation
      ['src/access/admin-password.ts', 'signIn', /timingSafeEqual/],
      ['src/access/admin-password.ts', 'csrfMatches', /timingSafeEqual/],
      ['src/access/admin-password.ts', 'session', /jwtVerify/],
      ['src/requests/tokens.ts', 'verify', /jwtVerify/],
      ['src/crypto/keyring.ts', 'masterKeyMatches', /constantTimeEqual/], // Keyring.open's check, and a restore's
      ['src/consent/cookies.ts', 'subjectOf', /timingSafeEqual/],
    ];
    for (const [file, fn, primitive] of CHECKS) {
      const src = readFileSync(join(root, file), 'utf8');
      const at = src.search(new RegExp(`\\n\\s*(?:(?:export|function|static|private|async)\\s+)*${fn}\\s*\\(`));
      expect(at, `${file}: ${fn}`).toBeGreaterThan(0);
      const body = src.slice(at, src.slice(at).search(/\n {0,2}\}\n/) + at);
      expect(body, `${file}: ${fn} compares with ${primitive}`).toMatch(primitive);
      // No plain equality on the secret-bearing values.
      expect(body, `${file}: ${fn}`).not.toMatch(/\b(secret|code|hash|csrf|derived|stored|verifier|mac|given|expected)\w*\s*[!=]==\s*(?!undefined|null)\w/i);
    }
  });

  it('every file Custos and its CLI create is mode 0600 or stricter, every directory 0700: data, keys, backups and exports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'custos-modes-'));
    const dataDir = join(dir, 'data');
    const env = { CUSTOS_DATA_DIR: dataDir, CUSTOS_MASTER_KEY: undefined, CUSTOS_DATABASE_URL: undefined, CUSTOS_POLICY: EXAMPLE };
    try {
      expect((await runCli(['init', '--json'], env)).code).toBe(0);
      // A full workflow on the created store (key from the key file).
      const c = await Custos.open({ dataDir, policy: EXAMPLE, mail: { transport: null }, monitor: false });
      const app = { keyId: 'modes', role: 'application' };
      const { id } = await c.subjects.create({ jurisdiction: 'JP', fields: { name: C.name, email: C.email } }, { actor: app, purpose: 'account' });
      await c.subjects.addRecord(id, 'messages', C.message, { actor: app, purpose: 'lesson_delivery' });
      await c.intakes.start({ type: 'access', email: C.email, language: 'en', ip: '192.0.2.1' });
      await c.audit.checkpoint();
      await c.close();
      const run = async (args: string[]) => expect((await runCli(args, env)).code, args.join(' ')).toBe(0);
      await run(['backup', '--out', join(dir, 'backup')]);
      await run(['audit', 'export', '--out', join(dir, 'audit.jsonl')]);
      await run(['audit', 'checkpoint', '--out', join(dir, 'checkpoint.json')]);
      await run(['disclosures', 'export', '--out', join(dir, 'ledger.csv')]);
      await run(['records', '--out', join(dir, 'records.md')]);
      await run(['subjects', 'export', id, '--out', join(dir, 'subject.json'), '--purpose', 'support', '--as', 'privacy_officer']);
      const open: string[] = [];
      const walk = (p: string) => {
        const st = statSync(p);
        figures.filesChecked++;
        if (st.isDirectory()) {
          if (p !== dir && (st.mode & 0o077) !== 0) open.push(`${p.slice(dir.length)}/ ${(st.mode & 0o777).toString(8)}`);
          for (const n of readdirSync(p)) walk(join(p, n));
        } else if ((st.mode & 0o077) !== 0) open.push(`${p.slice(dir.length)} ${(st.mode & 0o777).toString(8)}`);
      };
      walk(dir);
      figures.filesTooOpen = open.length;
      expect(open).toEqual([]);
      // Encrypted at rest: no canary in plain text in any store file.
      for (const f of readdirSync(dataDir)) {
        const bytes = readFileSync(join(dataDir, f));
        for (const canary of [C.name, C.email, C.message]) expect(bytes.includes(Buffer.from(canary)), `${f} holds a canary in plain text`).toBe(false);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
