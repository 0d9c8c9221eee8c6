/**
 * Every route of the API, fuzzed: malformed input of every kind (wrong JSON types, missing and unknown keys,
 * very long or odd text, path parameters that are not ids, repeated query keys, bodies that are not objects,
 * wrong content types, odd credentials) is answered with a 4xx `application/problem+json` whose `errors[]`
 * name a field and a rule, never a 5xx, never a stack trace, never the input back.
 *
 * The routes are the server's own: the operations of its OpenAPI document (`GET /openapi.json`), with their
 * parameter and body schemas, and the routes Fastify registers besides, so a route added later is fuzzed
 * without editing this file. Each route is fuzzed with a key of every role that may call it, a person's
 * sessions, or no credentials, as it asks; first with a flood of valid requests from one network (its limits
 * answer too), then with a few batches of generated ones. Requests go through `inject` (no socket). The seed
 * is fixed: a failure names the route and the request, and repeats (CUSTOS_API_FUZZ_SEED searches elsewhere,
 * CUSTOS_API_FUZZ_RUNS longer). test/reliability/fuzz.test.ts fuzzes the routes at random instead, and checks
 * that a refused request changes nothing.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { ADMIN_PASSWORD, freshIp, registeredRoutes, startStack } from '../../test/reliability/stack.js';
import { ALL_ROUTES } from './app.js';
import { defineRoute, type RouteSpec } from './route.js';
import { invalidInput } from '../errors.js';
import type { Policy } from '../policy/schema.js';
import { SESSION_COOKIE } from './routes/requests.js';

/** Fixed, so that a failure repeats. */
const SEED = Number(process.env.CUSTOS_API_FUZZ_SEED) || 20_240_611;
/** Runs per route (about 100 routes), each a batch of requests sent together: 24 requests a route. */
const RUNS = Number(process.env.CUSTOS_API_FUZZ_RUNS) || 3;
const BATCH = 8;
/** How many times one valid request is sent by one client, four at a time, before the fuzz of each route (see fuzzRoute). */
const FLOOD = 24;
const LONG = 200_000;
/** Text no answer may repeat: it stands for personal data sent in a request. */
const CANARY = 'zqcanary';

// ---------------------------------------------------------------------------------------------------------
// The routes

type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  pattern?: string;
  format?: string;
};

interface FuzzRoute {
  method: string;
  /** Fastify's form: `/v1/subjects/:id`. */
  url: string;
  auth: 'key' | 'subject' | 'public';
  /** The roles whose keys may call it (key routes). */
  roles: string[];
  pathParams: string[];
  query: { name: string; required: boolean; schema: JsonSchema }[];
  body?: JsonSchema;
}

/** The routes to fuzz: every operation of the API document, then every other route the server registered. */
async function routesOf(app: FastifyInstance, specs: readonly RouteSpec[], roles: Record<string, { purposes: string[]; operations: string[] }>): Promise<FuzzRoute[]> {
  const doc = (await app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, Record<string, any>> };
  const withPurposes = Object.keys(roles).filter((r) => roles[r].purposes.length > 0);
  const out: FuzzRoute[] = [];
  for (const [path, ops] of Object.entries(doc.paths))
    for (const [m, op] of Object.entries(ops)) {
      const method = m.toUpperCase();
      const url = path.replace(/\{([^}]+)\}/g, ':$1');
      const security = JSON.stringify(op.security ?? []);
      const auth = security.includes('apiKey') ? 'key' : security.includes('subjectToken') ? 'subject' : 'public';
      const operation = specs.find((s) => s.method === method && s.url === url)?.operation;
      const params = (op.parameters ?? []) as { name: string; in: string; required?: boolean; schema: JsonSchema }[];
      out.push({
        method,
        url,
        auth,
        roles: operation ? Object.keys(roles).filter((r) => roles[r].operations.includes(operation)) : withPurposes,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        query: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: p.required === true, schema: p.schema })),
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  const known = new Set(out.map((r) => `${r.method} ${r.url}`));
  // (without HEAD, Fastify's own twin of each GET, fuzzed with it; `OPTIONS *` is the CORS preflight's, every path's OPTIONS below)
  for (const name of registeredRoutes(app)) {
    const [method, url] = name.split(' ');
    if (url.includes('*') || known.has(name)) continue;
    known.add(name);
    const pathParams = [...url.matchAll(/:([A-Za-z_]+)/g)].map((x) => x[1]);
    out.push({ method, url, auth: 'key', roles: Object.keys(roles), pathParams, query: [] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Values: valid ones (from the schemas) and malformed ones

const DATE_NAME = /(At|Date|From|To)$|^(since|until|from|to)$/;

/**
 * Words the server knows, by the name of the field that takes them (a purpose, a category, a role, an id that
 * exists): the schemas say only "a string", and a request made only of strings the policy does not declare
 * would never get past the first check into the code behind it.
 */
type Vocabulary = Record<string, string[]>;

function vocabularyOf(policy: Policy, ids: string[]): Vocabulary {
  const purposes = Object.keys(policy.purposes);
  const categories = Object.keys(policy.categories);
  return {
    purpose: purposes,
    purposes,
    category: categories,
    categories,
    fields: categories,
    role: Object.keys(policy.roles),
    jurisdiction: policy.jurisdictions,
    jurisdictions: policy.jurisdictions,
    recipient: Object.keys(policy.recipients),
    email: ['fuzz.person@example.org', `${CANARY}@example.org`],
    phone: ['+81 90 1234 5678', '010-9876-5432'],
    password: [ADMIN_PASSWORD],
    id: ids,
    ids,
    subject: ids,
    subjects: ids,
    subjectId: ids,
  };
}

/** Values a schema accepts (as far as JSON Schema says: the server may refuse some for rules of its own). */
function validArb(s: JsonSchema | undefined, vocabulary: Vocabulary, name = '', depth = 0): fc.Arbitrary<unknown> {
  if (!s || depth > 8) return fc.jsonValue({ maxDepth: 1 });
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => validArb(a, vocabulary, name, depth + 1)));
  if (s.allOf?.length) return validArb(s.allOf[0], vocabulary, name, depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  switch (type) {
    case 'string': {
      const min = s.minLength ?? 0;
      const max = Math.min(s.maxLength ?? 40, Math.max(min, 40));
      const known = vocabulary[name]?.filter((w) => w.length >= min && w.length <= (s.maxLength ?? Infinity) && (!s.pattern || new RegExp(s.pattern).test(w)));
      if (known?.length) return fc.oneof({ arbitrary: fc.constantFrom(...known), weight: 4 }, { arbitrary: fc.string({ minLength: min, maxLength: max }), weight: 1 });
      if (s.format === 'email') return fc.constantFrom('fuzz.person@example.org', `${CANARY}@example.org`);
      if (s.format === 'date-time' || DATE_NAME.test(name))
        return fc.oneof(
          { arbitrary: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()), weight: 3 },
          // dates at the edges of what the server reads: its first and last years, offsets, fractions, days that do not exist
          { arbitrary: fc.constantFrom('1900-01-01', '2200-12-31T23:59:59.999999999Z', '2024-02-29T12:00+14:00', '2024-02-30', '1899-12-31T23:59:59-14:00', '+275760-09-13T00:00:00.000Z', '2024-01-01T24:00:00Z'), weight: 1 },
        );
      if (s.pattern) return fc.stringMatching(new RegExp(s.pattern)).filter((x) => x.length >= min && x.length <= (s.maxLength ?? Infinity));
      return fc.oneof(
        { arbitrary: fc.string({ minLength: min, maxLength: max }), weight: 3 },
        { arbitrary: fc.constant(`${CANARY}${'x'.repeat(min)}`.slice(0, Math.max(max, min))), weight: 1 },
        // as long as it may be
        { arbitrary: fc.constantFrom('x', '한', ' ').map((c) => c.repeat(Math.min(s.maxLength ?? 1000, LONG))), weight: 1 },
      );
    }
    case 'integer':
    case 'number': {
      const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (type === 'integer' ? 1 : Number.EPSILON) : -1e6);
      const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (type === 'integer' ? 1 : Number.EPSILON) : 1e6);
      const ints = fc.integer({ min: Math.ceil(Math.max(min, -(2 ** 31))), max: Math.floor(Math.min(max, 2 ** 31 - 1)) });
      return type === 'integer'
        ? fc.oneof(ints, fc.constantFrom(Math.ceil(min), Math.floor(max)))
        : fc.oneof(ints, fc.constantFrom(min, max), fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const min = s.minItems ?? 0;
      return fc.array(validArb(s.items, vocabulary, name, depth + 1), { minLength: min, maxLength: Math.max(min, Math.min(s.maxItems ?? 3, 3)) });
    }
    case 'object': {
      const props = s.properties ?? {};
      const required = (s.required ?? []).filter((k) => Object.hasOwn(props, k));
      const values = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, validArb(v, vocabulary, k, depth + 1)]));
      // the required keys alone as often as with optional ones (each optional one can make a valid body invalid)
      const record = fc.oneof(fc.record(Object.fromEntries(required.map((k) => [k, values[k]]))), fc.record(values, { requiredKeys: required }));
      if (typeof s.additionalProperties !== 'object') return record;
      const keys = s.propertyNames
        ? (validArb(s.propertyNames, vocabulary, name, depth + 1) as fc.Arbitrary<string>)
        : vocabulary[name]?.length
          ? fc.constantFrom(...vocabulary[name])
          : fc.string({ minLength: 1, maxLength: 12 });
      return fc.tuple(record, fc.dictionary(keys, validArb(s.additionalProperties, vocabulary, name, depth + 1), { maxKeys: 3 })).map(([a, b]) => ({ ...b, ...a }));
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Text from the edges: control characters, lone surrogates, right-to-left marks, combining marks, things that look like other types. */
const oddString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    '\udc00x',
    '\u202eevil',
    '\ufeff',
    'e\u0301\u0301\u0301',
    '𝕏𝕐',
    '\uffff\ufffe',
    '\u2028\u2029',
    '\r\n\t',
    '%00',
    '%',
    '../../etc/passwd',
    '<script>alert(1)</script>',
    "' OR 1=1 --",
    '${7*7}',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'NaN',
    'Infinity',
    '-0',
    '1e309',
    '0x10',
    'null',
    'true',
    '[]',
    '{}',
    `${CANARY}.person@example.org`,
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ maxLength: 30 }).map((x) => `${x}${CANARY}`),
);
/** 200,000 characters of one kind (a character, or a surrogate pair). */
const longString = fc.constantFrom('a', 'é', '한', '😀', ' ', '\u0000', '%', '\\', '"', CANARY).map((c) => c.repeat(Math.ceil(LONG / c.length)));
/** A value of the wrong JSON type (or the right type with a wrong value). */
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.5, -0),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  oddString,
  longString,
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.constantFrom([[[[]]]], [[1, [2, [3]]]], [null], [{}], {}, [CANARY]),
  fc.dictionary(oddString, fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);
/** A whole body that is not the object a route wants. */
const wholeBody: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(null, 0, 1, true, false, '', 'text', [], [{}], [[[]]], {}), badValue);
/** Bodies sent as application/json that are not JSON, or JSON at its edges. */
const rawJson = fc.constantFrom<string | Buffer>(
  '',
  ' ',
  '{',
  '{"a":',
  'nul',
  'undefined',
  "{'a':1}",
  '\ufeff{}',
  '{}x',
  '{"a":1}{"b":2}',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '['.repeat(100_000),
  '['.repeat(5_000) + ']'.repeat(5_000),
  '{"a":'.repeat(2_000) + '1' + '}'.repeat(2_000),
  '1'.repeat(500),
  '"\\ud800"',
  '{"a":"\\u0000"}',
  '{"a":1,"a":2}',
  'NaN',
  '[1,]',
  '{"a":1,}',
  Buffer.from([0xff, 0xfe, 0x00, 0x7b]),
  Buffer.from('{"a":"\xc3\x28"}', 'latin1'),
);
const CONTENT_TYPES = [
  'text/plain',
  'text/plain; charset=utf-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/json;charset="utf-8"',
  'APPLICATION/JSON',
  'application/json, text/plain',
  'application/octet-stream',
  'application/merge-patch+json',
  '*/*',
  ';',
  'json',
  '',
];

/** Percent-encodes text, a lone surrogate as the three bytes UTF-8 cannot have (what a careless client sends). */
function encode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    // a lone surrogate: below
  }
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out += encodeURIComponent(s.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    else out += encodeURIComponent(s[i]);
  }
  return out;
}

/** A path segment that is not an id (already encoded for the URL). */
const junkSegment = fc.oneof(
  oddString.filter((s) => s !== '').map(encode),
  fc.constantFrom('%', '%zz', '%ff', '%c3%28', '%00', '%2F', '%2e%2e', '..', '.', '~', '%20', 'a%2Fb', '%E2%80%AE', 'x'.repeat(101), 'x'.repeat(10_000), 'x'.repeat(LONG), encode('한'.repeat(60))),
);
/** A query string fragment that is not `name=value`. */
const junkQuery = fc.constantFrom('%', '%zz', '%ff=1', 'a=%c3%28', '&&', '=', '==', '=x', '?', 'a[b]=1', 'a[]=1&a[]=2', '__proto__=1', '__proto__[x]=1', 'constructor[prototype][x]=1', 'toString=1', 'hasOwnProperty=1', `${'a'.repeat(LONG)}=1`, 'a=1;b=2', '+=+');

// ---------------------------------------------------------------------------------------------------------
// Requests

type Body = { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'raw'; payload: string | Buffer; type?: string };

interface Draft {
  method: string;
  /** Encoded path segments for the route's parameters. */
  params: Record<string, string>;
  /** Query pairs (encoded as sent), and raw text appended. */
  query: [string, string][];
  rawQuery: string[];
  body: Body;
  headers: Record<string, string>;
}

interface Case {
  what: string;
  options: InjectOptions & { method: string; url: string };
}

const clip = (x: unknown, n = 240): string => {
  const s = Buffer.isBuffer(x) ? `<bytes ${x.toString('hex').slice(0, 40)}>` : typeof x === 'string' ? x : (JSON.stringify(x) ?? String(x));
  return s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s;
};

function toCase(route: FuzzRoute, what: string, d: Draft): Case {
  const path = route.url.replace(/:([A-Za-z_]+)/g, (_m, p: string) => d.params[p] ?? 'x');
  const query = [...d.query.map(([k, v]) => `${encode(k)}=${encode(v)}`), ...d.rawQuery].join('&');
  const headers: Record<string, string> = { ...d.headers };
  let payload: string | Buffer | undefined;
  if (d.body.kind === 'json') {
    payload = JSON.stringify(d.body.value) ?? 'null';
    headers['content-type'] ??= 'application/json';
  } else if (d.body.kind === 'raw') {
    payload = d.body.payload;
    if (d.body.type !== undefined) headers['content-type'] = d.body.type;
  }
  const options = { method: d.method, url: query ? `${path}?${query}` : path, headers, ...(payload !== undefined ? { payload } : {}) };
  const shown = `${what}: ${options.method} ${clip(options.url, 300)} headers ${clip(headers, 300)}${payload !== undefined ? ` body ${clip(payload, 300)}` : ''}`;
  // fast-check prints a counterexample with this, not with its 200,000-character strings
  return { what, options, [fc.toStringMethod]: () => shown, toString: () => shown } as Case;
}

interface Credentials {
  /** An API key of each role. */
  keys: Record<string, string>;
  /** The admin console's session (cookie and CSRF header), which stands for a key of its role. */
  console: { role: string; headers: Record<string, string> };
  /** `Authorization` / `Cookie` values of a person's sessions. */
  subject: Record<string, string>[];
  /** Ids that exist, for path parameters (the person's, their request's, a key's, and those of what earlier answers created). */
  ids: string[];
  vocabulary: Vocabulary;
}

/** The generated requests of one route: a valid-looking base with one thing wrong, or something else entirely. */
function casesOf(route: FuzzRoute, cred: Credentials): { valid: fc.Arbitrary<Case>; cases: fc.Arbitrary<Case> } {
  const authOk: fc.Arbitrary<Record<string, string>> =
    route.auth === 'key'
      ? fc.constantFrom(...route.roles.map((r) => ({ authorization: `Bearer ${cred.keys[r]}` })), ...(route.roles.includes(cred.console.role) ? [cred.console.headers] : []))
      : route.auth === 'subject'
        ? fc.constantFrom(...cred.subject)
        : fc.constant({});
  const paramsOk = fc.record(Object.fromEntries(route.pathParams.map((p) => [p, fc.constantFrom(...cred.ids).map(encode)])));
  const queryOk = fc
    .tuple(...route.query.map((q) => (q.required ? validArb(q.schema, cred.vocabulary, q.name).map(String) : fc.option(validArb(q.schema, cred.vocabulary, q.name).map(String), { nil: undefined }))))
    .map((vs) => route.query.flatMap((q, i): [string, string][] => (vs[i] === undefined ? [] : [[q.name, vs[i]!]])));
  const bodyOk: fc.Arbitrary<Body> = route.body ? validArb(route.body, cred.vocabulary, 'body').map((value) => ({ kind: 'json', value })) : fc.constant({ kind: 'none' });
  const methodOk = route.method === 'GET' ? fc.constantFrom('GET', 'GET', 'GET', 'HEAD') : fc.constant(route.method);
  const base: fc.Arbitrary<Draft> = fc.record({ method: methodOk, params: paramsOk, query: queryOk, rawQuery: fc.constant([]), body: bodyOk, headers: authOk });

  const variants: fc.Arbitrary<Case>[] = [
    base.map((d) => toCase(route, 'as documented', d)),
    // a path parameter that is not an id
    ...(route.pathParams.length
      ? [fc.tuple(base, fc.constantFrom(...route.pathParams), junkSegment).map(([d, p, v]) => toCase(route, `path parameter ${p}`, { ...d, params: { ...d.params, [p]: v } }))]
      : []),
    // the query: a parameter of the wrong kind, repeated, missing, unknown, or not name=value at all
    fc.tuple(base, fc.oneof(oddString, longString)).chain(([d, v]) =>
      route.query.length
        ? fc.constantFrom(...route.query.map((q) => q.name)).map((name) => toCase(route, `query ${name} malformed`, { ...d, query: [...d.query.filter(([k]) => k !== name), [name, v]] }))
        : fc.constant(toCase(route, 'query parameter where none is declared', { ...d, query: [['q', v]] })),
    ),
    ...(route.query.length
      ? [
          fc.tuple(base, fc.constantFrom(...route.query), fc.array(fc.oneof(oddString, fc.constant('1')), { minLength: 1, maxLength: 3 })).chain(([d, q, extra]) =>
            validArb(q.schema, cred.vocabulary, q.name).map((v) => toCase(route, `query ${q.name} repeated`, { ...d, query: [...d.query, [q.name, String(v)], ...extra.map((e): [string, string] => [q.name, e])] })),
          ),
          fc.tuple(base, fc.constantFrom(...route.query.map((q) => q.name))).map(([d, name]) => toCase(route, `query ${name} missing`, { ...d, query: d.query.filter(([k]) => k !== name) })),
        ]
      : []),
    fc.tuple(base, oddString, fc.oneof(oddString, fc.constant('1'))).map(([d, k, v]) => toCase(route, 'unknown query key', { ...d, query: [...d.query, [k || 'k', v]] })),
    fc.tuple(base, fc.array(junkQuery, { minLength: 1, maxLength: 3 })).map(([d, raw]) => toCase(route, 'query not name=value', { ...d, rawQuery: raw })),
    // the body: a value of the wrong type, a key missing or unknown, not an object, not JSON, another media type
    ...(route.body
      ? [
          fc.tuple(base, fc.nat(), badValue).map(([d, n, v]) => {
            const value = structuredClone((d.body as { value: unknown }).value);
            const at = pick(slots(value), n);
            if (!at) return toCase(route, 'body replaced', { ...d, body: { kind: 'json', value: v } });
            at.set(v);
            return toCase(route, `body.${at.path} of the wrong kind`, { ...d, body: { kind: 'json', value } });
          }),
          // every declared field, also one the valid body left out, nested ones too
          fc.tuple(base, fc.constantFrom(...declaredPaths(route.body)), badValue).map(([d, path, v]) => {
            const value = structuredClone((d.body as { value: unknown }).value);
            return toCase(route, `body.${path.join('.')} of the wrong kind`, { ...d, body: { kind: 'json', value: setPath(value, path, v) } });
          }),
          fc.tuple(base, fc.nat()).map(([d, n]) => {
            const value = structuredClone((d.body as { value: unknown }).value);
            const at = pick(slots(value), n);
            at?.remove();
            return toCase(route, `body.${at?.path ?? ''} missing`, { ...d, body: { kind: 'json', value } });
          }),
          fc.tuple(base, fc.nat(), fc.oneof(oddString, fc.constant(`${CANARY}@example.org`)), badValue).map(([d, n, key, v]) => {
            const value = structuredClone((d.body as { value: unknown }).value);
            const objects = [{ path: '', obj: value }, ...slots(value).map((s) => ({ path: s.path, obj: s.get() }))].filter((o) => o.obj !== null && typeof o.obj === 'object' && !Array.isArray(o.obj));
            const at = objects[n % Math.max(1, objects.length)];
            if (at) Object.defineProperty(at.obj, key, { value: v, enumerable: true, writable: true, configurable: true });
            return toCase(route, `unknown key at body${at?.path ? `.${at.path}` : ''}`, { ...d, body: { kind: 'json', value } });
          }),
        ]
      : []),
    fc.tuple(base, wholeBody).map(([d, value]) => toCase(route, 'body not an object', { ...d, body: { kind: 'json', value } })),
    fc.tuple(base, rawJson).map(([d, payload]) => toCase(route, 'body not JSON', { ...d, body: { kind: 'raw', payload, type: 'application/json' } })),
    fc.tuple(base, fc.constantFrom(...CONTENT_TYPES, undefined)).map(([d, type]) => {
      const payload = d.body.kind === 'json' ? JSON.stringify(d.body.value) : '{}';
      return toCase(route, `content-type ${type ?? '(none)'}`, { ...d, body: { kind: 'raw', payload, type } });
    }),
    // credentials and headers at their edges
    fc.tuple(
      base,
      fc.constantFrom<Record<string, string>>(
        {},
        { authorization: 'Bearer ' },
        { authorization: 'Bearer ck_' },
        { authorization: `Bearer ck_${'a'.repeat(12)}_${CANARY}` },
        { authorization: `Bearer ${'k'.repeat(20_000)}` },
        { authorization: 'Subject ' },
        { authorization: `Subject ${CANARY}.x.y` },
        { authorization: 'Basic Zm9vOmJhcg==' },
        { authorization: 'bearer ck_x' },
        { cookie: `custos_session=${CANARY}; custos_admin=${CANARY}` },
        { cookie: 'custos_session=; custos_admin=%zz' },
        { cookie: `custos_admin=${'a'.repeat(10_000)}`, 'x-custos-csrf': 'x' },
        ...Object.values(cred.keys).map((k) => ({ authorization: `Bearer ${k}` })),
      ),
    ).map(([d, headers]) => toCase(route, 'credentials', { ...d, headers })),
    fc.tuple(
      base,
      fc.constantFrom<Record<string, string>>(
        { 'accept-language': '*;q=x, ;;, zz-ZZZZ-1;q=2' },
        { 'accept-language': 'x'.repeat(20_000) },
        { accept: 'application/xml' },
        { origin: 'null' },
        { origin: `https://${CANARY}.example` },
        { 'sec-gpc': '1' },
        { 'user-agent': 'u'.repeat(20_000) },
        { 'if-none-match': '"x", W/"y", *' },
        { 'x-forwarded-for': 'not an address' },
        { 'x-custos-csrf': CANARY },
        { 'content-language': '%' },
      ),
    ).map(([d, extra]) => toCase(route, 'odd header', { ...d, headers: { ...d.headers, ...extra } })),
    // a method the route does not have, on its path
    fc.tuple(base, fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS')).map(([d, method]) => toCase(route, `method ${method}`, { ...d, method })),
  ];
  return { valid: variants[0], cases: fc.oneof(...variants) };
}

/** The places in a JSON value (object keys, array items), to change or remove one. */
function slots(value: unknown, prefix = ''): { path: string; get(): unknown; set(v: unknown): void; remove(): void }[] {
  if (value === null || typeof value !== 'object') return [];
  const out: ReturnType<typeof slots> = [];
  const container = value as Record<string | number, unknown>;
  for (const key of Array.isArray(value) ? value.map((_v, i) => i) : Object.keys(value)) {
    const path = typeof key === 'number' ? `${prefix}[${key}]` : prefix ? `${prefix}.${key}` : key;
    out.push({
      path,
      get: () => container[key],
      set: (v) => (container[key] = v),
      remove: () => (Array.isArray(value) ? value.splice(key as number, 1) : delete container[key]),
    });
    out.push(...slots(container[key], path));
  }
  return out;
}
const pick = <T,>(xs: T[], n: number): T | undefined => (xs.length ? xs[n % xs.length] : undefined);

/** The property paths an object schema declares (through nested objects), the object itself as `[]`. */
function declaredPaths(s: JsonSchema | undefined, prefix: string[] = [], depth = 0): string[][] {
  const out: string[][] = prefix.length ? [prefix] : [];
  if (!s || depth > 6) return out.length ? out : [[]];
  for (const alt of [s, ...(s.anyOf ?? []), ...(s.oneOf ?? [])]) for (const [k, v] of Object.entries(alt.properties ?? {})) out.push(...declaredPaths(v, [...prefix, k], depth + 1));
  return out.length ? out : [[]];
}

/** `value` with `v` at `path` (objects made on the way where there are none). */
function setPath(value: unknown, path: string[], v: unknown): unknown {
  if (path.length === 0) return v;
  const root = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  root[path[0]] = setPath(root[path[0]], path.slice(1), v);
  return root;
}

// ---------------------------------------------------------------------------------------------------------
// The rule

/** What a stack trace or an internal error shows: its frames, source files and lines, where the code lives. */
const STACK = [/\n\s+at \S/, /\bat [\w.<>]+ \(/, /\.[cm]?[jt]s:\d+/, /node_modules/, /file:\/\//, /\/src\//, new RegExp(process.cwd().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))];

/** What is wrong with one answer (nothing: an empty list). */
function ruleBreaks(c: Case, res: { statusCode: number; headers: Record<string, unknown>; body: string }): string[] {
  const out: string[] = [];
  if (res.statusCode >= 500) out.push(`status ${res.statusCode}`);
  if (res.statusCode < 400) return out;
  for (const marker of STACK) if (marker.test(res.body)) out.push(`a stack trace or internal detail (${marker})`);
  if (res.body.toLowerCase().includes(CANARY)) out.push('the input repeated in the answer');
  if (res.statusCode >= 500) return out;
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) out.push(`content-type ${type || '(none)'}, not application/problem+json`);
  // (a HEAD answer has the headers of the GET, without its body)
  if (c.options.method === 'HEAD') return out;
  let problem: { status?: unknown; errors?: unknown } | undefined;
  try {
    problem = JSON.parse(res.body);
  } catch {
    out.push('a body that is not JSON');
  }
  if (problem) {
    if (problem.status !== res.statusCode) out.push(`problem.status ${String(problem.status)}`);
    const errors = problem.errors;
    if (!Array.isArray(errors) || errors.length === 0) out.push('no errors[]');
    else
      for (const e of errors as { field?: unknown; rule?: unknown }[])
        if (typeof e?.field !== 'string' || e.field === '' || typeof e.rule !== 'string' || e.rule === '') out.push(`an error without field and rule: ${clip(e)}`);
  }
  return out;
}

/** Ids that an answer gives (of what a request created: an incident, a disclosure, a request...), for the routes fuzzed later. */
function harvest(res: { headers: Record<string, unknown>; body: string }, ids: string[]): void {
  if (!String(res.headers['content-type'] ?? '').startsWith('application/json')) return;
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    return;
  }
  const found = body !== null && typeof body === 'object' ? Object.entries(body).filter(([k, v]) => /^id$|Id$/.test(k) && typeof v === 'string' && v.length <= 100) : [];
  for (const [, v] of found) if (!ids.includes(v as string)) ids.push(v as string);
  if (ids.length > 40) ids.splice(3, ids.length - 40);
}

let sent = 0;
/**
 * Most requests from a client (and network) of their own, so that the per-client limits do not answer for the
 * route in their place; one in eight from the same client, so that those answers are fuzzed too.
 */
const nextAddress = () => (++sent % 8 === 0 ? '192.0.2.8' : freshIp());

/** The error naming the route, the request and what its answer broke. */
function broke(route: FuzzRoute, c: Case, res: LightMyRequestResponse, breaks: string[], where = ''): Error {
  const e = new Error(`${route.method} ${route.url} broke the rule (${breaks.join('; ')})${where}\n  request: ${String(c)}\n  answer: ${res.statusCode} ${clip(res.body, 600)}`);
  // fast-check's report shows the error's stack: here, its message only
  e.stack = e.message;
  return e;
}

/** Fuzzes one route; rejects naming the route, the request and what its answer broke. */
async function fuzzRoute(app: FastifyInstance, route: FuzzRoute, cred: Credentials, opts: { numRuns?: number; endOnFailure?: boolean; flood?: boolean } = {}): Promise<void> {
  const { valid, cases } = casesOf(route, cred);
  const check = (c: Case, res: LightMyRequestResponse, where?: string) => {
    const breaks = ruleBreaks(c, { statusCode: res.statusCode, headers: res.headers, body: res.body });
    if (breaks.length > 0) throw broke(route, c, res, breaks, where);
  };
  if (opts.flood !== false) {
    // A flood first, from one network: a batch of requests as documented from clients of their own, then the
    // first of them the route took (if it took one) again and again by one client, four at a time, so that the
    // limits of the route (per client, per network, per address a code goes to, per person) answer too, held to
    // the same rule.
    const send = async (wave: Case[], client: (i: number) => string) => {
      const answers = await Promise.all(wave.map((c, i) => app.inject({ ...c.options, remoteAddress: client(i) })));
      wave.forEach((c, i) => check(c, answers[i], ' in a flood'));
      return answers;
    };
    const probes = fc.sample(valid, { seed: SEED, numRuns: BATCH });
    const taken = probes[(await send(probes, (i) => `192.0.2.${1 + i}`)).findIndex((res) => res.statusCode < 300)];
    if (taken) for (let n = 0; n < FLOOD; n += 4) await send([taken, taken, taken, taken], () => '192.0.2.99');
  }
  await fc.assert(
    // a batch at a time, sent together: routes that take a fixed time by design (a code's resend, a password's hash) take it once a batch
    fc.asyncProperty(fc.array(cases, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
      const answers = await Promise.all(batch.map((c) => app.inject({ ...c.options, remoteAddress: nextAddress() })));
      batch.forEach((c, i) => {
        if (answers[i].statusCode < 300) harvest(answers[i], cred.ids);
        check(c, answers[i]);
      });
    }),
    {
      seed: SEED,
      numRuns: opts.numRuns ?? RUNS,
      endOnFailure: opts.endOnFailure,
      includeErrorInReport: true,
    },
  );
}

// ---------------------------------------------------------------------------------------------------------
// The server

/**
 * A server on SQLite with the example policy (test/reliability/stack.ts): a key of every role, the admin
 * console's session, and for each route a person with a request and sessions.
 */
async function setUp(extraRoutes: RouteSpec[] = []) {
  const stack = await startStack({ admin: true, routes: extraRoutes });
  const { custos, app, keys } = stack;
  const keyIds = Object.fromEntries((await custos.keys.list()).map((k) => [k.role, k.keyId]));
  // an application's subject token lasts while the key that vouched for the person may issue them
  const vouching = Object.keys(custos.policy.roles).find((r) => custos.policy.roles[r].operations.includes('subject_tokens'))!;
  // a key whose id the routes may be given (and revoke): not one of those they are called with
  const spare = await custos.keys.create({ name: 'spare', role: vouching }, { keyId: 'fuzz', role: 'operator' });
  const ids: string[] = [];
  const vocabulary = vocabularyOf(custos.policy, ids);
  const consoleSession = { role: (await custos.admin.session(stack.admin!.cookie.slice(stack.admin!.cookie.indexOf('=') + 1)))!.actor.role, headers: { cookie: stack.admin!.cookie, 'x-custos-csrf': stack.admin!.csrf } };
  let person: Credentials | undefined;
  /**
   * Credentials for one route: the person of the routes before, whose requests, consents and records add up
   * (a limit reached is fuzzed too), or a new person with a request and sessions when that one was erased.
   */
  const credentials = async (): Promise<Credentials> => {
    if (person && (await custos.vault.status(person.ids[0])).status !== 'erased') return person;
    const { id } = await custos.subjects.create({ fields: { name: 'Fuzz Person', email: 'fuzz.person@example.org' } }, { actor: { keyId: 'k', role: 'application' }, purpose: 'account' });
    const request = await custos.requests.file(id, { type: 'access', language: 'en', channel: 'staff' });
    const session = (await custos.subjectTokens.issue({ subjectId: id, via: 'privacy_center', origin: 'fuzz' })).token;
    const application = (await custos.subjectTokens.issue({ subjectId: id, via: 'application', origin: keyIds[vouching] })).token;
    const agent = (await custos.subjectTokens.issue({ subjectId: id, via: 'agent', origin: 'fuzz', requestId: request.requestId })).token;
    ids.splice(0, 3, id, request.requestId, spare.info.keyId);
    return (person = {
      keys,
      console: consoleSession,
      subject: [{ authorization: `Subject ${session}` }, { cookie: `${SESSION_COOKIE}=${session}` }, { authorization: `Subject ${application}` }, { cookie: `${SESSION_COOKIE}=${agent}` }],
      ids,
      vocabulary,
    });
  };
  const routes = await routesOf(app, [...ALL_ROUTES, ...extraRoutes], custos.policy.roles);
  return { stack, app, credentials, routes };
}

const server = await setUp();

describe('every API route answers malformed input with a problem naming the field and the rule', () => {
  afterAll(async () => {
    await server.stack.close();
  });

  it('finds the routes: every documented operation, and the routes registered besides', () => {
    const names = server.routes.map((r) => `${r.method} ${r.url}`);
    expect(names.length).toBeGreaterThan(90);
    expect(names).toEqual(expect.arrayContaining(['POST /v1/subjects', 'GET /v1/subjects/:id', 'GET /v1/privacy/me/requests', 'GET /metrics', 'GET /assets/:app/:file']));
    for (const r of server.routes) if (r.auth === 'key') expect(r.roles.length, `${r.method} ${r.url}`).toBeGreaterThan(0);
  });

  for (const route of server.routes)
    it(`${route.method} ${route.url}`, async () => {
      await fuzzRoute(server.app, route, await server.credentials());
    });
});

describe('the fuzz fails when a route breaks the rule', () => {
  it('a route that throws a plain Error (500), leaves out the field, repeats its input, shows a stack trace or answers plain text', async () => {
    const body = z.strictObject({ name: z.string().min(1).max(40) });
    const route = (method: 'GET' | 'POST', url: string, handler: RouteSpec['handler']) =>
      defineRoute({ method, url, tag: 'fuzz', summary: url, auth: 'public', ...(method === 'POST' ? { body } : {}), handler }) as RouteSpec;
    const broken = [
      { ...route('POST', '/v1/fuzz/throws', async () => Promise.reject(new Error('boom'))), auth: 'key' as const },
      route('POST', '/v1/fuzz/no-field', async ({ reply }) => reply.code(409).type('application/problem+json').send({ status: 409, errors: [{ rule: 'conflict', message: 'conflict' }] })),
      route('POST', '/v1/fuzz/echoes', async ({ body: b }) => Promise.reject(invalidInput('name', 'x', `no ${(b as { name: string }).name}`))),
      route('GET', '/v1/fuzz/stack', async ({ reply }) => reply.code(400).type('application/problem+json').send({ status: 400, errors: [{ field: 'x', rule: 'y', message: new Error('boom').stack }] })),
      route('GET', '/v1/fuzz/text', async ({ reply }) => reply.code(400).type('text/plain').send('bad request')),
    ];
    const s = await setUp(broken);
    const cred = await s.credentials();
    try {
      const fuzz = (url: string, numRuns: number, flood = false) => fuzzRoute(s.app, s.routes.find((r) => r.url === url)!, cred, { numRuns, endOnFailure: true, flood });
      // by the generated requests, and by the flood
      await expect(fuzz('/v1/fuzz/throws', 5)).rejects.toThrow(/POST \/v1\/fuzz\/throws broke the rule \(status 500\)\n/);
      await expect(fuzz('/v1/fuzz/throws', 1, true)).rejects.toThrow(/POST \/v1\/fuzz\/throws broke the rule \(status 500\) in a flood/);
      await expect(fuzz('/v1/fuzz/no-field', 5)).rejects.toThrow(/an error without field and rule/);
      await expect(fuzz('/v1/fuzz/echoes', 20)).rejects.toThrow(/the input repeated in the answer/);
      await expect(fuzz('/v1/fuzz/stack', 3)).rejects.toThrow(/a stack trace/);
      await expect(fuzz('/v1/fuzz/text', 3)).rejects.toThrow(/content-type text\/plain/);
    } finally {
      await s.stack.close();
    }
  });
});
