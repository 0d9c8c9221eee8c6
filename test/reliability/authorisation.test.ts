/**
 * The authorisation matrix: every route x every credential (an API key of each role of the example
 * policy, the admin console session, no credentials, the person's own privacy-center session, another
 * person's session) is sent once, and the outcome is compared with ONE table (`TABLE` below) stating who
 * may use each route. Routes are enumerated from ALL_ROUTES (the same list /openapi.json is built from)
 * plus the plain routes; a route without a row fails the test, so new routes cannot go unchecked.
 *
 * "Allowed" means the request passed authorisation: not 401/403 and, for purpose-bound reads, data came
 * back. "Denied" means 401/403 or, for reads that answer with withheld fields, no data. No denied cell and
 * no cell of another person's session may contain the person's data.
 */
import { afterAll, beforeAll, expect, it, describe } from 'vitest';
import { ALL_ROUTES } from '../../src/server/app.js';
import { CSRF_HEADER } from '../../src/server/routes/admin.js';
import { SubjectTokens } from '../../src/requests/tokens.js';
import { ADMIN_PASSWORD, freshIp, openSession, PLAIN_ROUTES, registeredRoutes, startStack, type Stack } from './stack.js';
import { record } from './report.js';

type Kind = 'default' | 'read' | 'decision' | 'resource';
interface Fx {
  a: string;
  b: string;
  aName: string;
  aEmail: string;
  aRequest: string;
  aSession: { cookie: string; token: string };
  bSession: { cookie: string; token: string };
  forged: string;
  fresh(): Promise<string>;
  freshKeyId(): Promise<string>;
}
interface Req {
  /** The URL to send, for a route whose pattern is not a path (`OPTIONS *`). */
  url?: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}
interface Row {
  /** Who may: roles by name, any API key, anyone, the person themselves, or only an admin console session. */
  allow: string[] | 'any-key' | 'public' | 'subject' | 'admin-session';
  kind?: Kind;
  /** The admin console session does not stand in for an API key here. */
  keyOnly?: boolean;
  /** Known weakness kept visible: the row states what Custos does today, and the report lists it. */
  gap?: string;
  req?: (fx: Fx) => Promise<Req> | Req;
}

const ERASE = ['application', 'trust_safety', 'privacy_officer'];
const PO = ['privacy_officer'];
const AUDIT = ['privacy_officer', 'auditor'];
const ACCOUNT = ['application', 'support'];
/** Roles with the manage_consent operation: record consents and preferences on a person's behalf. */
const CONSENT = ['application', 'support', 'privacy_officer'];

/** THE table. Keys are `METHOD url` exactly as declared. */
const TABLE: Record<string, Row> = {
  'POST /v1/subjects': { allow: ACCOUNT, req: () => ({ body: { purpose: 'account', fields: { name: 'Matrix New' } } }) },
  'GET /v1/subjects/:id': { allow: ACCOUNT, kind: 'read', req: (fx) => ({ params: { id: fx.a }, query: { purpose: 'account', fields: 'name,email' } }) },
  'POST /v1/subjects/:id/check': { allow: ACCOUNT, kind: 'decision', req: (fx) => ({ params: { id: fx.a }, body: { purpose: 'account', fields: ['name'] } }) },
  'PATCH /v1/subjects/:id': { allow: ACCOUNT, req: async (fx) => ({ params: { id: await fx.fresh() }, body: { purpose: 'account', fields: { name: 'Changed' } } }) },
  'DELETE /v1/subjects/:id': { allow: ERASE, req: async (fx) => ({ params: { id: await fx.fresh() }, body: { reason: 'matrix' } }) },
  'POST /v1/subjects/erase': { allow: ERASE, req: async (fx) => ({ body: { ids: [await fx.fresh(), await fx.fresh()], reason: 'matrix' } }) },
  'POST /v1/subjects/:id/child': { allow: ERASE, req: async (fx) => ({ params: { id: await fx.fresh() }, body: { reason: 'matrix' } }) },
  'POST /v1/subjects/:id/close': { allow: ERASE, req: async (fx) => ({ params: { id: await fx.fresh() }, body: { reason: 'user_request' } }) },
  'POST /v1/subjects/search': { allow: ACCOUNT, req: (fx) => ({ body: { purpose: 'account', email: fx.aEmail } }) },
  'POST /v1/subjects/:id/records': { allow: ['application'], req: (fx) => ({ params: { id: fx.a }, body: { purpose: 'lesson_delivery', category: 'messages', value: 'matrix message' } }) },
  'GET /v1/subjects/:id/records': { allow: ['application'], req: (fx) => ({ params: { id: fx.a }, query: { purpose: 'lesson_delivery', category: 'messages' } }) },
  'POST /v1/keys': { allow: PO, req: () => ({ body: { name: 'matrix', role: 'auditor' } }) },
  'GET /v1/keys': { allow: PO },
  'DELETE /v1/keys/:keyId': { allow: PO, req: async (fx) => ({ params: { keyId: await fx.freshKeyId() } }) },
  'GET /v1/audit/verify': { allow: AUDIT },
  'GET /v1/audit/entries': { allow: AUDIT, req: () => ({ query: { limit: '5' } }) },
  'GET /v1/alerts': { allow: AUDIT },
  'GET /v1/audit/checkpoint': { allow: AUDIT },
  'POST /v1/subjects/:id/consents': {
    allow: CONSENT,
    req: (fx) => ({ params: { id: fx.a }, body: { event: 'grant', purposes: ['marketing_email'] } }),
  },
  'GET /v1/subjects/:id/consents': { allow: CONSENT, req: (fx) => ({ params: { id: fx.a } }) },
  'GET /v1/subjects/:id/preferences': { allow: CONSENT, req: (fx) => ({ params: { id: fx.a } }) },
  'PUT /v1/subjects/:id/preferences': {
    allow: CONSENT,
    req: (fx) => ({ params: { id: fx.a }, body: { preferences: { email: true } } }),
  },
  'POST /v1/subjects/:id/may-send': { allow: ['application', 'marketing'], kind: 'decision', req: (fx) => ({ params: { id: fx.a }, body: { channel: 'email' } }) },
  'POST /v1/subjects/:id/cookie-token': { allow: CONSENT, req: (fx) => ({ params: { id: fx.a }, body: {} }) },
  'POST /v1/receipts/verify': { allow: 'public', req: () => ({ body: { receipt: 'x.y.z' } }) },
  'GET /.well-known/custos-receipt-key.json': { allow: 'public' },
  'GET /banner.js': { allow: 'public' },
  'GET /banner.css': { allow: 'public' },
  'GET /v1/cookie-policy': { allow: 'public' },
  'POST /v1/cookie-consent': { allow: 'public', req: () => ({ body: { preferences: false, analytics: false, advertising: false } }) },
  'GET /.well-known/gpc.json': { allow: 'public' },
  'POST /v1/collect': { allow: 'public', req: () => ({ body: { url: 'https://tutoring.example/matrix' } }) },
  'GET /v1/visits/report': { allow: ['application', 'marketing', 'server_maintenance', 'privacy_officer'], req: () => ({ query: { since: '2020-01-01' } }) },
  'POST /v1/visits/purge': { allow: ['server_maintenance', 'privacy_officer'] },
  'GET /v1/recipients': { allow: 'any-key' },
  'POST /v1/disclosures': { allow: ['application'], req: (fx) => ({ body: { subjects: [fx.a], recipient: 'zoom', categories: ['name'], purpose: 'lesson_delivery' } }) },
  'GET /v1/disclosures': { allow: PO },
  'GET /v1/disclosures/export': { allow: PO },
  'GET /v1/disclosures/:id': { allow: PO, req: () => ({ params: { id: 'dsc_00000000000000000000' } }) },
  'GET /v1/subjects/:id/disclosures': { allow: PO, req: (fx) => ({ params: { id: fx.a } }) },
  'POST /v1/subjects/:id/stop-provision': { allow: PO, req: async (fx) => ({ params: { id: await fx.fresh() }, body: { reason: 'matrix' } }) },
  'POST /v1/received': {
    allow: PO,
    req: (fx) => ({ body: { provider: { name: 'Matrix Provider', address: '1 Matrix Street' }, acquisition: 'from its own customers with consent', acquisitionConfirmed: true, subjects: [fx.a], categories: ['name'] } }),
  },
  'GET /v1/received': { allow: PO },
  'POST /v1/stats/export': { allow: PO, req: () => ({ body: { dims: ['jurisdiction'], k: 2 } }) },
  'GET /v1/records': { allow: PO },
  'POST /v1/incidents': { allow: PO, req: (fx) => ({ body: { discoveredAt: new Date().toISOString(), categories: ['name'], affected: { subjects: [fx.a] } } }) },
  'GET /v1/incidents': { allow: PO },
  'GET /v1/incidents/reminders': { allow: PO },
  'GET /v1/incidents/:id': { allow: PO, req: () => ({ params: { id: 'inc_unknown' } }) },
  'POST /v1/incidents/:id/reports': { allow: PO, req: () => ({ params: { id: 'inc_unknown' }, body: {} }) },
  'PUT /v1/incidents/:id/notice': { allow: PO, req: () => ({ params: { id: 'inc_unknown' }, body: { whatHappened: 'matrix', measures: 'matrix', advice: 'matrix' } }) },
  'POST /v1/incidents/:id/notify': { allow: PO, req: () => ({ params: { id: 'inc_unknown' } }) },
  'POST /v1/incidents/:id/close': { allow: PO, req: () => ({ params: { id: 'inc_unknown' } }) },
  'POST /v1/admin/session': { allow: 'public', req: () => ({ body: { password: ADMIN_PASSWORD } }) },
  // a key given once opens a console session; a console session opens none
  'POST /v1/admin/key-session': { allow: 'any-key', keyOnly: true },
  'GET /v1/admin/session': { allow: 'admin-session' },
  'DELETE /v1/admin/session': { allow: 'public' },
  'GET /v1/privacy/catalog': { allow: 'public' },
  'GET /privacy': { allow: 'public' },
  'GET /privacy.css': { allow: 'public' },
  'POST /v1/scan': { allow: 'any-key', req: () => ({ body: { text: 'call me' } }) },
  'POST /v1/messages/mask': { allow: 'any-key', req: () => ({ body: { text: 'call me' } }) },
  'POST /v1/scan/batch': { allow: 'any-key', req: () => ({ body: { texts: ['call me', 'or not'] } }) },
  'POST /v1/messages/mask/batch': { allow: 'any-key', req: () => ({ body: { texts: ['call me'] } }) },
  'POST /v1/privacy/requests': { allow: 'public', req: () => ({ body: { type: 'access', email: 'nobody@matrix.example', language: 'en' } }) },
  'POST /v1/privacy/requests/resend': { allow: 'public', req: () => ({ body: { intakeId: '00000000-0000-0000-0000-000000000000' } }) },
  'POST /v1/privacy/verify': { allow: 'public', req: () => ({ body: { intakeId: '00000000-0000-0000-0000-000000000000', code: '000000' } }) },
  'POST /v1/privacy/me/requests': { allow: 'subject', req: () => ({ body: { type: 'purpose_notice', language: 'en' } }) },
  'GET /v1/privacy/me/requests': { allow: 'subject' },
  'POST /v1/privacy/me/identifier-confirmation': { allow: 'subject', req: () => ({ body: { confirmationId: '00000000-0000-0000-0000-000000000000', code: '000000' } }) },
  'POST /v1/privacy/me/identifier-confirmation/resend': { allow: 'subject', req: () => ({ body: { confirmationId: '00000000-0000-0000-0000-000000000000' } }) },
  'GET /v1/privacy/me/requests/:id': { allow: 'subject', kind: 'resource', req: (fx) => ({ params: { id: fx.aRequest } }) },
  'GET /v1/privacy/me/requests/:id/export': { allow: 'subject', kind: 'resource', req: (fx) => ({ params: { id: fx.aRequest } }) },
  'GET /v1/privacy/me/preferences': { allow: 'subject' },
  'PUT /v1/privacy/me/preferences': { allow: 'subject', req: () => ({ body: { preferences: { email: true } } }) },
  'GET /v1/privacy/me/new-uses': { allow: 'subject' },
  'POST /v1/privacy/me/new-uses': { allow: 'subject', req: () => ({ body: { purpose: 'lesson_delivery', answer: 'consent' } }) },
  'DELETE /v1/privacy/session': { allow: 'public' },
  'GET /v1/policy/versions': { allow: 'any-key' },
  'GET /v1/policy/diff': { allow: 'any-key', req: () => ({ query: { from: '1', to: '1' } }) },
  'POST /v1/subject-tokens': { allow: ['application'], req: (fx) => ({ body: { subjectId: fx.a } }) },
  'GET /v1/requests': { allow: PO },
  'POST /v1/requests': { allow: PO, req: (fx) => ({ body: { subjectId: fx.a, type: 'purpose_notice', language: 'en' } }) },
  'GET /v1/requests/:id': { allow: PO, req: (fx) => ({ params: { id: fx.aRequest } }) },
  'POST /v1/requests/:id/approve': { allow: PO, req: (fx) => ({ params: { id: fx.aRequest }, body: {} }) },
  'POST /v1/requests/:id/fulfil': { allow: PO, req: (fx) => ({ params: { id: fx.aRequest }, body: {} }) },
  'POST /v1/requests/:id/identifier-code': { allow: PO, req: (fx) => ({ params: { id: fx.aRequest }, body: {} }) },
  'POST /v1/requests/:id/identifier-confirmation': { allow: PO, req: (fx) => ({ params: { id: fx.aRequest }, body: { code: '000000' } }) },
  'POST /v1/requests/:id/extend': { allow: PO, req: (fx) => ({ params: { id: fx.aRequest }, body: { reason: 'matrix check' } }) },
  'POST /v1/requests/:id/refuse': { allow: PO, req: () => ({ params: { id: 'req_unknown' }, body: { code: 'manifestly_unfounded', explanation: 'matrix check' } }) },
  'POST /v1/requests/:id/assign': { allow: PO, req: (fx) => ({ params: { id: fx.aRequest }, body: { assignee: 'matrix' } }) },
  'POST /v1/requests/:id/fee-paid': { allow: PO, req: (fx) => ({ params: { id: fx.aRequest }, body: {} }) },
  'POST /v1/subjects/:id/held-data': { allow: ['billing'], req: (fx) => ({ params: { id: fx.a }, body: { purpose: 'tax_records' } }) },
  // Plain routes (not in ALL_ROUTES): health, metrics, OpenAPI, the web front ends.
  'GET /healthz': { allow: 'public' },
  'GET /readyz': { allow: 'public' },
  'GET /metrics': { allow: 'any-key', keyOnly: true },
  'GET /openapi.json': { allow: 'public' },
  'GET /': { allow: 'public' },
  'GET /admin': { allow: 'public' },
  'GET /assets/:app/:file': { allow: 'public', req: () => ({ params: { app: 'center', file: 'app.js' } }) },
  'GET /docs': { allow: 'public' },
  'GET /docs.css': { allow: 'public' },
  'GET /admin/': { allow: 'public' },
  'OPTIONS *': { allow: 'public', req: () => ({ url: '/v1/cookie-policy' }) },
};

type Column = { name: string; role?: string; headers: (fx: Fx) => Record<string, string> };

function expected(row: Row, col: Column): boolean {
  const a = row.allow;
  if (a === 'public') return true;
  if (a === 'admin-session') return col.name === 'admin-session';
  // Another person's session acts on its own data where the route names no resource; on A's request it must fail.
  if (a === 'subject') return col.name === 'subject-own' || (col.name === 'subject-other' && row.kind !== 'resource');
  const role = col.name === 'admin-session' && !row.keyOnly ? 'privacy_officer' : col.role;
  if (!role) return false;
  return a === 'any-key' || a.includes(role);
}

let s: Stack;
let fx: Fx;
const cells: { route: string; column: string; status: number; expected: boolean; actual: boolean }[] = [];
let leaks = 0;
let subjectRouteOtherReads = 0;

beforeAll(async () => {
  s = await startStack({ smtp: true, admin: true, publicRateLimit: 100_000 });
  const app = { keyId: 'matrix', role: 'application' };
  const aEmail = 'ayumi.matrix@example.jp';
  const a = (await s.custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Ayumi Matrixperson', email: aEmail } }, { actor: app, purpose: 'account' })).id;
  const b = (await s.custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Bo Otherperson', email: 'bo.matrix@example.jp' } }, { actor: app, purpose: 'account' })).id;
  await s.custos.subjects.addRecord(a, 'messages', 'Ayumi private message', { actor: app, purpose: 'lesson_delivery' });
  await s.custos.preferences.grant(a, ['marketing_email'], { method: 'api' });
  const aSession = await openSession(s, aEmail, 'access');
  const bSession = await openSession(s, 'bo.matrix@example.jp', 'access');
  // A token for A signed with another key: a forgery must not pass.
  const forged = (await new SubjectTokens(Buffer.alloc(32, 7)).issue({ subjectId: a, via: 'privacy_center', origin: 'forged' })).token;
  fx = {
    a,
    b,
    aName: 'Ayumi Matrixperson',
    aEmail,
    aRequest: aSession.requestId,
    aSession,
    bSession,
    forged,
    fresh: async () => (await s.custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Fresh Matrix' } }, { actor: app, purpose: 'account' })).id,
    freshKeyId: async () => (await s.custos.keys.create({ name: 'to revoke', role: 'auditor' }, app)).info.keyId,
  };
}, 60_000);
afterAll(async () => {
  const denied = cells.filter((c) => !c.expected).length;
  record('authorisation', {
    routes: new Set(cells.map((c) => c.route)).size,
    columns: new Set(cells.map((c) => c.column)).size,
    cells: cells.length,
    allowedCells: cells.length - denied,
    deniedCells: denied,
    mismatches: cells.filter((c) => c.expected !== c.actual).length,
    leaksInDeniedOrOtherCells: leaks,
    otherPersonReadsThroughPrivacyCenter: subjectRouteOtherReads,
    knownGaps: Object.entries(TABLE).filter(([, r]) => r.gap).map(([k, r]) => `${k}: ${r.gap}`),
  });
  await s?.close();
});

const routeKeys = () => [...ALL_ROUTES.map((r) => `${r.method} ${r.url}`), ...PLAIN_ROUTES];

describe('authorisation matrix', () => {
  it('every route has exactly one row in the table, and the table names no route that does not exist', () => {
    const keys = routeKeys();
    expect(keys.filter((k) => !TABLE[k]), 'routes without a row').toEqual([]);
    expect(Object.keys(TABLE).filter((k) => !keys.includes(k)), 'rows without a route').toEqual([]);
    for (const k of PLAIN_ROUTES) {
      const [method, url] = k.split(' ');
      if (url !== '*') expect(s.app.hasRoute({ method: method as 'GET', url }), k).toBe(true);
    }
    // Whatever else the server registered (a plain route added in app.ts) must be listed too.
    expect(registeredRoutes(s.app).filter((k) => !keys.includes(k)), 'registered routes missing from PLAIN_ROUTES and the table').toEqual([]);
  });

  it('every route x credential cell allows or denies as the table says; no denied cell and no other person\'s session sees the person\'s data', async () => {
    const columns: Column[] = [
      ...s.roles.map((role) => ({ name: role, role, headers: () => ({ authorization: `Bearer ${s.keys[role]}` }) })),
      { name: 'admin-session', headers: () => ({ cookie: s.admin!.cookie, [CSRF_HEADER]: s.admin!.csrf }) },
      { name: 'none', headers: () => ({}) },
      { name: 'subject-own', headers: (f) => ({ cookie: f.aSession.cookie }) },
      { name: 'subject-other', headers: (f) => ({ cookie: f.bSession.cookie }) },
      { name: 'subject-token-forged', headers: (f) => ({ authorization: `Subject ${f.forged}` }) },
    ];
    const mismatches: string[] = [];
    for (const key of routeKeys()) {
      const row = TABLE[key];
      const [method, pattern] = key.split(' ');
      for (const col of columns) {
        // The admin session is not spent on signing out.
        if (key === 'DELETE /v1/admin/session' && col.name === 'admin-session') continue;
        const req = (await row.req?.(fx)) ?? {};
        const url = (req.url ?? pattern).replace(/:([A-Za-z]+)/g, (_m, p: string) => encodeURIComponent(req.params?.[p] ?? 'x')) + (req.query ? `?${new URLSearchParams(req.query)}` : '');
        const r = await s.app.inject({ method: method as 'GET', url, headers: col.headers(fx), remoteAddress: freshIp(), ...(req.body !== undefined ? { payload: req.body as object } : {}) });
        let actual = r.statusCode !== 401 && r.statusCode !== 403;
        if (actual && row.kind === 'read') actual = r.statusCode === 200 && Object.keys(r.json().fields ?? {}).length > 0;
        if (actual && row.kind === 'resource') actual = r.statusCode === 200;
        if (actual && row.kind === 'decision') {
          const j = r.json();
          actual = r.statusCode === 200 && (Array.isArray(j.allowed) ? j.allowed.length > 0 : j.allowed === true);
        }
        expect(r.statusCode, `${key} as ${col.name}: ${r.body.slice(0, 300)}`).toBeLessThan(500);
        const want = expected(row, col);
        cells.push({ route: key, column: col.name, status: r.statusCode, expected: want, actual });
        if (want !== actual) mismatches.push(`${key} as ${col.name}: expected ${want ? 'allow' : 'deny'}, got ${r.statusCode} ${r.body.slice(0, 200)}`);
        // No personal data of A in a denied answer, or in anything another person's session gets back.
        const body = r.rawPayload.toString('latin1');
        const seesA = body.includes(fx.aName) || body.includes(fx.aEmail) || body.includes('Ayumi private message');
        const aResource = key.includes('/me/') && body.includes(fx.aRequest);
        if ((!want && seesA) || (col.name.startsWith('subject-') && col.name !== 'subject-own' && (seesA || aResource))) {
          leaks++;
          if (col.name === 'subject-other') subjectRouteOtherReads++;
          mismatches.push(`${key} as ${col.name}: the answer carries the person's data`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(cells.length).toBeGreaterThan(routeKeys().length * 10);
  }, 120_000);
});
