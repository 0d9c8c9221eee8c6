/**
 * HTTP fuzzing: fast-check drives random and malformed requests at every route of the server (ALL_ROUTES,
 * read back from /openapi.json, plus the plain routes): bodies built from each route's own JSON Schema and
 * then broken (wrong types, missing and unknown keys, huge and deeply nested values, invalid UTF-8, SQL,
 * HTML and script injection, path traversal in file and id parameters, wrong content types and methods).
 *
 * Every answer must come within 10 s and be below 500; every 4xx is problem+json whose errors[] name the
 * rule broken (and the field, for input errors); and a rejected request changes nothing: SQLite triggers
 * on every table count the rows each request inserts, updates or deletes. Exempt by design: the audit
 * trail (denials are audited), a key's last-used time, and the failed-attempt counters of a verification
 * code and of admin sign-in (brute-force protection).
 *
 * 3,000 requests in `npm test`, 100,000 in `npm run test:reliability` (CUSTOS_FUZZ_REQUESTS overrides;
 * CUSTOS_FUZZ_SEED replays a run).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import type Database from 'better-sqlite3';
import { ALL_ROUTES } from '../../src/server/app.js';
import { LANGUAGES, JURISDICTIONS, REQUEST_TYPES } from '../../src/policy/schema.js';
import type { SqliteDb } from '../../src/store/sqlite.js';
import { freshIp, openSession, PLAIN_ROUTES, startStack, type Stack } from './stack.js';
import { count, LONG, record } from './report.js';

type Schema = Record<string, any>;
interface FuzzRequest {
  method: string;
  url: string;
  route: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** Raw path segments, sent as they are: invalid UTF-8 in percent-encoding, encoded traversal, NUL. */
const RAW_SEGMENTS = ['%C3%28', '%ff%fe', '..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e%2f', '%00', '%u002e', '.', '..'];
const pct = (x: string) => {
  try {
    return encodeURIComponent(x);
  } catch {
    return [...Buffer.from(x, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
};

const EXEMPT_TABLES = /^(audit_|custos_migrations$|admin_sign_in_failures$)/;
const EXEMPT_COLUMNS: Record<string, string[]> = { api_keys: ['last_used_at'], request_intakes: ['attempts'] };

/** Temp triggers (this connection only) that log every row change of every non-exempt table. */
function watch(db: Database.Database, label: string): () => string[] {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS fuzz_changes (tbl TEXT NOT NULL)');
  const tables = db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  for (const { name } of tables) {
    if (EXEMPT_TABLES.test(name)) continue;
    const cols = (db.prepare(`SELECT name FROM pragma_table_info('${name}')`).all() as { name: string }[]).map((c) => c.name).filter((c) => !(EXEMPT_COLUMNS[name] ?? []).includes(c));
    const tag = `'${label}.${name}'`;
    db.exec(`CREATE TEMP TRIGGER fz_${label}_${name}_i AFTER INSERT ON main.${name} BEGIN INSERT INTO fuzz_changes VALUES (${tag}); END;`);
    db.exec(`CREATE TEMP TRIGGER fz_${label}_${name}_d AFTER DELETE ON main.${name} BEGIN INSERT INTO fuzz_changes VALUES (${tag}); END;`);
    db.exec(`CREATE TEMP TRIGGER fz_${label}_${name}_u AFTER UPDATE OF ${cols.join(', ')} ON main.${name} BEGIN INSERT INTO fuzz_changes VALUES (${tag}); END;`);
  }
  const read = db.prepare('SELECT tbl FROM fuzz_changes');
  const clear = db.prepare('DELETE FROM fuzz_changes');
  return () => {
    const rows = (read.all() as { tbl: string }[]).map((r) => r.tbl);
    clear.run();
    return rows;
  };
}

const INJECTIONS = [
  "' OR '1'='1",
  "1; DROP TABLE subjects; --",
  "\" OR \"\"=\"",
  "x' UNION SELECT ciphertext FROM subject_fields --",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}${7*7}<%= 7*7 %>',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '....//....//etc/passwd',
  '/etc/shadow',
  '..\\..\\windows\\win.ini',
  'file.js%00.html',
  '\u0000',
  '\u202e\u0000\uffff\ud800',
  '%',
  '%%32%65',
  '__proto__',
  'constructor',
  'A'.repeat(5000),
  '😀'.repeat(300),
  '１２３４５６',
  'null',
  '-1',
  '1e400',
  'NaN',
];

async function setup(s: Stack) {
  const app = { keyId: 'fuzz', role: 'application' };
  const a = (await s.custos.subjects.create({ jurisdiction: 'JP', externalId: 'fuzz-a', fields: { name: 'Fuzz Person', email: 'fuzz.a@example.jp' } }, { actor: app, purpose: 'account' })).id;
  const b = (await s.custos.subjects.create({ jurisdiction: 'KR', fields: { name: 'Fuzz Other', email: 'fuzz.b@example.kr', phone: '010-1234-5678' } }, { actor: app, purpose: 'account' })).id;
  await s.custos.subjects.addRecord(a, 'messages', 'hello', { actor: app, purpose: 'lesson_delivery' });
  const session = await openSession(s, 'fuzz.a@example.jp', 'access');
  const policy = s.custos.policy;
  const pool = [
    a,
    b,
    session.requestId,
    ...Object.keys(policy.purposes),
    ...Object.keys(policy.categories),
    ...Object.keys(policy.roles),
    ...Object.keys(policy.recipients),
    ...LANGUAGES,
    ...JURISDICTIONS.slice(0, 10),
    ...REQUEST_TYPES,
    'fuzz.a@example.jp',
    'FUZZ.A@EXAMPLE.JP',
    '+81 90 1234 5678',
    '2024-01-01',
    '2024-01-01T00:00:00Z',
    new Date().toISOString(),
    'grant',
    'withdraw',
    'email',
    'center',
    'app.js',
    'index.html',
  ];
  return { a, b, session, pool };
}

function arbitraries(doc: Schema, fx: Awaited<ReturnType<typeof setup>>, s: Stack) {
  const str = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...fx.pool) },
    { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  );
  const anything = fc.oneof(fc.jsonValue({ maxDepth: 3 }), str, fc.constant(null), fc.integer(), fc.double(), fc.boolean());

  /** A value for a JSON Schema (z.toJSONSchema output), most of the time valid, sometimes not. */
  const fromSchema = (sc: Schema | undefined, depth = 0): fc.Arbitrary<unknown> => {
    if (!sc || depth > 6) return anything;
    if (sc.anyOf || sc.oneOf) return fc.oneof(...(sc.anyOf ?? sc.oneOf).map((x: Schema) => fromSchema(x, depth + 1)));
    if (sc.const !== undefined) return fc.constant(sc.const);
    if (sc.enum) return fc.constantFrom(...sc.enum);
    switch (sc.type) {
      case 'string':
        if (sc.format === 'date-time') return fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 0, 1), noInvalidDate: true }).map((d) => d.toISOString());
        if (sc.format === 'email') return fc.oneof(fc.emailAddress(), str);
        return fc.oneof({ weight: 4, arbitrary: str }, { weight: 1, arbitrary: fc.string({ minLength: sc.minLength ?? 0, maxLength: Math.min(sc.maxLength ?? 60, 60) }) });
      case 'integer':
        return fc.integer({ min: sc.minimum ?? -1e6, max: sc.maximum ?? 1e6 });
      case 'number':
        return fc.double({ min: sc.minimum ?? -1e6, max: sc.maximum ?? 1e6, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(fromSchema(sc.items, depth + 1), { minLength: Math.min(sc.minItems ?? 0, 3), maxLength: Math.min(sc.maxItems ?? 4, 4) });
      case 'object': {
        const props: Record<string, Schema> = sc.properties ?? {};
        const required: string[] = sc.required ?? [];
        const entries = Object.entries(props);
        if (entries.length === 0) return fc.dictionary(str.map((k) => String(k).slice(0, 40)), fromSchema(typeof sc.additionalProperties === 'object' ? sc.additionalProperties : undefined, depth + 1), { maxKeys: 4 });
        return fc.record(Object.fromEntries(entries.map(([k, v]) => [k, fromSchema(v, depth + 1)])), { requiredKeys: required.filter((k) => props[k]) as never[] });
      }
      default:
        return anything;
    }
  };

  /** Breaks a value: a wrong type somewhere, a key dropped or added, an injection string. */
  const mutate = (v: unknown): fc.Arbitrary<unknown> =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constant(v) },
      { weight: 2, arbitrary: anything },
      {
        weight: 3,
        arbitrary: fc.tuple(anything, fc.nat(), str).map(([junk, n, key]) => {
          if (v === null || typeof v !== 'object' || Array.isArray(v)) return junk;
          const o = { ...(v as Record<string, unknown>) };
          const keys = Object.keys(o);
          if (keys.length > 0 && n % 3 === 0) delete o[keys[n % keys.length]];
          else if (keys.length > 0 && n % 3 === 1) o[keys[n % keys.length]] = junk;
          else o[String(key).slice(0, 30) || 'extra'] = junk;
          return o;
        }),
      },
    );

  const nested = fc.integer({ min: 100, max: 200_000 }).map((d) => (d % 2 ? '['.repeat(d) + ']'.repeat(d) : '{"a":'.repeat(d) + '1' + '}'.repeat(d)));
  const auth = fc.oneof(
    { weight: 4, arbitrary: fc.constant({ authorization: `Bearer ${s.keys.privacy_officer}` }) },
    { weight: 3, arbitrary: fc.constant({ authorization: `Bearer ${s.keys.application}` }) },
    { weight: 2, arbitrary: fc.constantFrom(...s.roles).map((r) => ({ authorization: `Bearer ${s.keys[r]}` })) },
    { weight: 1, arbitrary: fc.constant({ cookie: fx.session.cookie }) },
    { weight: 1, arbitrary: fc.constant({ authorization: `Subject ${fx.session.token}` }) },
    { weight: 1, arbitrary: fc.constant({} as Record<string, string>) },
    { weight: 1, arbitrary: str.map((x) => ({ authorization: `Bearer ${String(x).replace(/[^\x20-\x7e]/g, '')}` })) },
  );

  const routes = [
    ...ALL_ROUTES.map((r) => {
      const path = r.url.replace(/:([A-Za-z_]+)/g, '{$1}');
      const op = doc.paths[path]?.[r.method.toLowerCase()] as Schema | undefined;
      if (!op) throw new Error(`/openapi.json lacks ${r.method} ${r.url}`);
      return { method: r.method, url: r.url, op };
    }),
    ...PLAIN_ROUTES.map((k) => ({ method: k.split(' ')[0], url: k.split(' ')[1].replace(/^\*$/, '/v1/:any'), op: { parameters: k.endsWith('*') ? [{ name: 'any', in: 'path', schema: { type: 'string' } }] : k.includes(':app') ? [{ name: 'app', in: 'path', schema: { enum: ['center', 'admin', 'shared'] } }, { name: 'file', in: 'path', schema: { type: 'string' } }] : [] } as Schema })),
  ];

  const request: fc.Arbitrary<FuzzRequest> = fc.constantFrom(...routes).chain((r) => {
    const params: Schema[] = r.op.parameters ?? [];
    const pathParams = params.filter((p) => p.in === 'path');
    const queryParams = params.filter((p) => p.in === 'query');
    const bodySchema = r.op.requestBody?.content?.['application/json']?.schema as Schema | undefined;
    const pathArb = fc.record(
      Object.fromEntries(pathParams.map((p) => [p.name, fc.oneof({ weight: 6, arbitrary: fc.oneof(fromSchema(p.schema).map(String), str.map(String)).map(pct) }, { weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) })])),
    );
    const queryArb = fc.oneof(
      { weight: 4, arbitrary: fc.record(Object.fromEntries(queryParams.map((p) => [p.name, fromSchema(p.schema).map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x)))])), { requiredKeys: [] }) },
      { weight: 1, arbitrary: fc.dictionary(str.map((k) => String(k).slice(0, 20)), str.map(String), { maxKeys: 3 }) },
    );
    const bodyArb = fc.oneof(
      { weight: 8, arbitrary: fromSchema(bodySchema).chain(mutate).map((v) => ({ type: 'application/json', payload: JSON.stringify(v) as string | Buffer })) },
      { weight: 1, arbitrary: nested.map((p) => ({ type: 'application/json', payload: p as string | Buffer })) },
      { weight: 1, arbitrary: fc.constantFrom('{"a":', 'not json', '', '\u0000', '{"__proto__":{"x":1}}', '[]', 'null', '1e999999').map((p) => ({ type: 'application/json', payload: p as string | Buffer })) },
      { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 200 }).map((b) => ({ type: 'application/json', payload: Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28]), Buffer.from(b), Buffer.from('"}')]) as string | Buffer })) },
      { weight: 1, arbitrary: fc.constantFrom(1_100_000, 2_000_000).map((n) => ({ type: 'application/json', payload: `{"text":"${'x'.repeat(n)}"}` as string | Buffer })) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=latin1'), fromSchema(bodySchema)).map(([type, v]) => ({ type, payload: JSON.stringify(v) as string | Buffer })) },
    );
    const method = fc.oneof({ weight: 12, arbitrary: fc.constant(r.method) }, { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD') });
    return fc.record({ method, path: pathArb, query: queryArb, body: bodyArb, auth, extra: fc.option(fc.constantFrom({ 'sec-gpc': '1' }, { origin: 'https://evil.example' }, { 'accept-language': '../../etc' }, { cookie: 'custos_session=../../x; custos_admin=%00' }), { nil: undefined }) }).map(({ method: m, path, query, body, auth: a, extra }) => {
      const url = r.url.replace(/:([A-Za-z_]+)/g, (_x, p: string) => String((path as Record<string, unknown>)[p] ?? '') || '%20');
      const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
      const hasBody = m !== 'GET' && m !== 'HEAD' && m !== 'OPTIONS';
      return {
        method: m,
        url: url + (qs ? `?${qs}` : ''),
        route: `${r.method} ${r.url}`,
        headers: { ...a, ...(extra ?? {}), ...(hasBody ? { 'content-type': body.type } : {}) } as Record<string, string>,
        ...(hasBody ? { payload: body.payload } : {}),
      };
    });
  });
  return request;
}

let s: Stack;
let fx: Awaited<ReturnType<typeof setup>>;
const figures = { requests: 0, routes: 0, status5xx: 0, hangs: 0, status4xx: 0, status2xx: 0, problemShapeFailures: 0, bodilessRejections: 0, rejectedWithChanges: 0, fourXxWithoutField: {} as Record<string, number>, byStatus: {} as Record<string, number>, seed: 0, failures: [] as string[] };
afterAll(async () => {
  record('fuzz', figures);
  await s?.close();
});
beforeAll(async () => {
  s = await startStack({ smtp: true });
  fx = await setup(s);
}, 60_000);

it(`fuzzing every route: no 5xx, no hang, every 4xx names the problem, a rejected request changes nothing`, async () => {
  const total = count('CUSTOS_FUZZ_REQUESTS', 3000, 100_000);
  const seed = Number(process.env.CUSTOS_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
  figures.seed = seed;
  const doc = (await s.app.inject({ method: 'GET', url: '/openapi.json' })).json() as Schema;
  const arb = arbitraries(doc, fx, s);
  const changesData = watch((s.custos.db as SqliteDb).raw, 'data');
  const changesKeys = watch((s.custos.keyDb as SqliteDb).raw, 'keys');
  const routesSeen = new Set<string>();
  const fail = (why: string, q: FuzzRequest) => {
    if (figures.failures.length < 50) figures.failures.push(`${why}: ${q.method} ${q.url.slice(0, 200)} ${typeof q.payload === 'string' ? q.payload.slice(0, 200) : q.payload ? '<bytes>' : ''}`);
  };
  const chunk = 500;
  for (let done = 0; done < total; done += chunk) {
    const batch = fc.sample(arb, { numRuns: Math.min(chunk, total - done), seed: seed + done });
    for (const q of batch) {
      await s.custos.audit.flush();
      changesData();
      changesKeys();
      let timer: NodeJS.Timeout | undefined;
      const r = await Promise.race([
        s.app.inject({ method: q.method as 'GET', url: q.url, headers: q.headers, payload: q.payload, remoteAddress: freshIp() }),
        new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), 10_000))),
      ]);
      clearTimeout(timer);
      figures.requests++;
      routesSeen.add(q.route);
      if (!r) {
        figures.hangs++;
        fail('no answer in 10 s', q);
        continue;
      }
      figures.byStatus[r.statusCode] = (figures.byStatus[r.statusCode] ?? 0) + 1;
      if (r.statusCode >= 500) {
        figures.status5xx++;
        fail(`${r.statusCode} ${r.body.slice(0, 200)}`, q);
        continue;
      }
      if (r.statusCode < 400) {
        figures.status2xx++;
        continue;
      }
      figures.status4xx++;
      // The problem names itself: problem+json, a code, and errors[] with the rule (and the field for input errors).
      let body: { code?: string; errors?: { field?: string; rule?: string; message?: string }[] } = {};
      try {
        body = r.json();
      } catch {
        /* checked below */
      }
      // HEAD answers carry no body.
      const bodiless = q.method === 'HEAD';
      if (bodiless) figures.bodilessRejections++;
      const shapeOk =
        bodiless ||
        (String(r.headers['content-type']).startsWith('application/problem+json') &&
        typeof body.code === 'string' &&
        Array.isArray(body.errors) &&
        body.errors.length > 0 &&
        body.errors.every((e) => typeof e.rule === 'string' && e.rule.length > 0 && typeof e.message === 'string'));
      if (!shapeOk) {
        figures.problemShapeFailures++;
        fail(`${r.statusCode} without a problem naming its rule: ${r.body.slice(0, 200)}`, q);
      } else if (!bodiless && body.errors!.some((e) => typeof e.field !== 'string' || e.field.length === 0)) {
        const k = `${r.statusCode} ${body.code}`;
        figures.fourXxWithoutField[k] = (figures.fourXxWithoutField[k] ?? 0) + 1;
        if (r.statusCode === 400 || r.statusCode === 413 || r.statusCode === 415 || r.statusCode === 422) fail(`input error without a field: ${r.body.slice(0, 200)}`, q);
      }
      // A rejected request changes no state.
      await s.custos.audit.flush();
      const changed = [...changesData(), ...changesKeys()];
      if (changed.length > 0) {
        figures.rejectedWithChanges++;
        fail(`rejected (${r.statusCode}) but changed ${[...new Set(changed)].join(', ')}`, q);
      }
    }
  }
  figures.routes = routesSeen.size;
  expect(figures.failures, `seed ${seed}`).toEqual([]);
  expect(figures.status5xx).toBe(0);
  expect(figures.hangs).toBe(0);
  expect(figures.rejectedWithChanges).toBe(0);
  expect(figures.requests).toBe(total);
  expect(figures.routes).toBe(ALL_ROUTES.length + PLAIN_ROUTES.length);
  // Deep enough to matter: a good share got past validation to the handlers.
  expect(figures.status2xx).toBeGreaterThan(total * 0.05);
}, LONG ? 3_600_000 : 120_000);
