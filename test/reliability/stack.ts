/**
 * A running Custos for the HTTP-level reliability tests: a store, the Fastify server (app.inject, no
 * sockets), one API key per role of the example policy, an admin console session, and privacy-center
 * sessions opened the way a person opens them (request -> code by mail over a real SMTP server -> verify).
 */
import { Writable } from 'node:stream';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { makeEnv, type Backend, type Env } from '../backends.js';
import { startSmtpSink, bodyText, type SmtpSink } from '../smtp.js';
import { SmtpTransport } from '../../src/mail/transports.js';
import { buildServer } from '../../src/server/app.js';
import type { Custos } from '../../src/custos.js';
import type { RouteSpec } from '../../src/server/route.js';
import { SESSION_COOKIE } from '../../src/server/routes/requests.js';

/** Routes registered outside ALL_ROUTES (health, metrics, OpenAPI, the web front ends): `hasRoute` confirms each. */
export const PLAIN_ROUTES = ['GET /healthz', 'GET /readyz', 'GET /metrics', 'GET /openapi.json', 'GET /docs', 'GET /docs.css', 'GET /', 'GET /admin', 'GET /admin/', 'GET /assets/:app/:file', 'OPTIONS *'];

/** Every route the server registered, as `METHOD /path` (HEAD, which Fastify adds to each GET, left out). */
export function registeredRoutes(app: FastifyInstance): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│├└─\s]*)(\S.*?) \(([A-Z, ]+)\)$/.exec(line);
    if (!m) continue;
    const depth = Math.round([...m[1]].length / 4);
    stack.length = depth;
    stack[depth] = m[2];
    const path = stack.join('');
    for (const method of m[3].split(', ')) if (method !== 'HEAD') out.push(`${method} ${path}`);
  }
  return out;
}

export const ADMIN_PASSWORD = 'correct horse battery staple 42';

export interface Stack {
  env: Env;
  custos: Custos;
  app: FastifyInstance;
  sink?: SmtpSink;
  /** API key per role. */
  keys: Record<string, string>;
  roles: string[];
  /** Everything the server logged (pino lines). */
  logs: string[];
  admin?: { cookie: string; csrf: string };
  close(): Promise<void>;
}

let ipCounter = 1;
/** A fresh client address (its own /24), so per-network limits of one test do not leak into another. */
export function freshIp(): string {
  const n = ipCounter++;
  return `10.${(n >> 8) & 255}.${n & 255}.${1 + (n % 200)}`;
}

export async function startStack(opts: { backend?: Backend; smtp?: boolean; admin?: boolean; publicRateLimit?: number; routes?: RouteSpec[] } = {}): Promise<Stack> {
  const env = await makeEnv(opts.backend ?? 'sqlite');
  const sink = opts.smtp ? await startSmtpSink() : undefined;
  const custos = await env.open({
    mail: { transport: sink ? new SmtpTransport({ url: sink.url, from: 'privacy@tutoring.example' }) : null },
    monitor: false,
  });
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const app = await buildServer(custos, { logger: { stream }, publicRateLimit: opts.publicRateLimit, routes: opts.routes });
  await app.ready();
  const roles = Object.keys(custos.policy.roles);
  const keys: Record<string, string> = {};
  for (const role of roles) keys[role] = (await custos.keys.create({ name: `reliability ${role}`, role }, { keyId: 'reliability', role: 'privacy_officer' })).key;
  let admin: Stack['admin'];
  if (opts.admin) {
    await custos.admin.setPassword(ADMIN_PASSWORD, 'privacy_officer', { keyId: 'reliability', role: 'privacy_officer' });
    const r = await app.inject({ method: 'POST', url: '/v1/admin/session', payload: { password: ADMIN_PASSWORD }, remoteAddress: freshIp() });
    const cookie = String(r.headers['set-cookie']).split(';')[0];
    admin = { cookie, csrf: r.json().csrf };
  }
  return {
    env,
    custos,
    app,
    sink,
    keys,
    roles,
    logs,
    admin,
    async close() {
      await app.close();
      await sink?.stop();
      await env.cleanup();
    },
  };
}

export const codeIn = (raw: string) => /\b(\d{6})\b/.exec(bodyText(raw))?.[1];

/** Starts a privacy-center request over HTTP and returns the intake id and the code that arrived by mail. */
export async function requestCode(s: Stack, email: string, type = 'access', extra: Record<string, unknown> = {}): Promise<{ intakeId: string; code: string }> {
  const before = s.sink!.messages.length;
  const r = await s.app.inject({ method: 'POST', url: '/v1/privacy/requests', payload: { type, email, language: 'en', ...extra }, remoteAddress: freshIp() });
  if (r.statusCode !== 202) throw new Error(`request start answered ${r.statusCode}: ${r.body}`);
  await s.custos.outbox.deliver();
  const msg = await s.sink!.waitFor((m) => s.sink!.messages.indexOf(m) >= before && m.to.includes(email.toLowerCase()) && !!codeIn(m.raw));
  return { intakeId: r.json().intakeId, code: codeIn(msg.raw)! };
}

/** Opens a privacy-center session for the person with this address: the cookie and the filed request. */
export async function openSession(s: Stack, email: string, type = 'access'): Promise<{ cookie: string; token: string; requestId: string }> {
  const { intakeId, code } = await requestCode(s, email, type);
  const v = await s.app.inject({ method: 'POST', url: '/v1/privacy/verify', payload: { intakeId, code }, remoteAddress: freshIp() });
  if (v.statusCode !== 200) throw new Error(`verify answered ${v.statusCode}: ${v.body}`);
  const cookie = String(v.headers['set-cookie']).split(';')[0];
  if (!cookie.startsWith(`${SESSION_COOKIE}=`)) throw new Error('no session cookie');
  return { cookie, token: v.json().token, requestId: v.json().request.requestId };
}

export type Inject = (o: InjectOptions) => Promise<LightMyRequestResponse>;
