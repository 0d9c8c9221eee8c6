/**
 * Child process of bench/http.ts: Custos's HTTP server (buildServer, SQLite in a temporary directory,
 * 1,000 subjects, API keys for the roles) and a bare Fastify server whose routes answer the same URLs
 * with the same JSON (same shape and size: the body Custos returns, with the requested subject id put
 * in). Custos's server also has one route of the bench's own, `POST /v1/bench/subjects/:id/may-send`:
 * declared as the consent decision is (API key, the same parameter and body schemas, the same hooks and
 * headers) but answering the decision's JSON without deciding anything, so the cost of Custos's HTTP layer
 * alone is measured apart from the decision's (the subject's state read and the audit entry). Both listen on 127.0.0.1, port 0, in this one process; only one of them is under load at a time.
 * Sends `{ custos, bare, ids, keys, bodies }` to the parent over IPC; answers `rss` and `cpu` (microseconds of
 * CPU time so far, of all threads and of the main thread alone, and the event loop's busy and idle time);
 * exits when the parent says `stop`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import { z } from 'zod';
import { Custos } from '../src/custos.js';
import { buildServer } from '../src/server/app.js';
import { defineRoute, subjectIdParams } from '../src/server/route.js';

const POLICY = new URL('../examples/tutoring-marketplace.policy.yaml', import.meta.url).pathname;
const SUBJECTS = Number(process.env.BENCH_HTTP_SUBJECTS ?? 1000);

export interface ServersReady {
  custos: string;
  bare: string;
  ids: string[];
  keys: { application: string; support: string };
  /** What Custos answered for the first subject, per endpoint (checked against the bare server's). */
  bodies: Record<string, string>;
}

const dir = mkdtempSync(join(tmpdir(), 'custos-bench-http-'));
const custos = await Custos.open({ policy: POLICY, dataDir: dir, database: join(dir, 'custos.db'), keys: { masterKey: randomBytes(32) }, mail: { transport: null } });
const op = { keyId: 'bench', role: 'operator' };
const keys = {
  application: (await custos.keys.create({ name: 'bench-app', role: 'application' }, op)).key,
  support: (await custos.keys.create({ name: 'bench-support', role: 'support' }, op)).key,
};
const made = await custos.vault.createMany(
  Array.from({ length: SUBJECTS }, (_, i) => ({
    jurisdiction: 'JP' as const,
    fields: { name: `Bench Person ${i}`, email: `bench${i}@example.com`, phone: `+8190${String(10_000_000 + i).slice(-8)}`, country: 'JP' },
  })),
);
const ids = made.map((r) => {
  if ('error' in r) throw r.error;
  return r.id;
});
// everyone opted in to marketing email, so that may-send answers "allowed" (the full decision path)
for (const id of ids) await custos.preferences.record(id, { event: 'grant', purposes: ['marketing_email'], method: 'api' });

// Filled in once the real decision has answered (below): the HTTP layer's route answers the same JSON.
let decisionAnswer: unknown;
const httpLayerOnly = defineRoute({
  method: 'POST',
  url: '/v1/bench/subjects/:id/may-send',
  tag: 'bench',
  summary: 'The consent decision route without the decision: the cost of the HTTP layer alone',
  auth: 'key',
  params: subjectIdParams,
  body: z.strictObject({ channel: z.string().min(1).max(64) }),
  response: z.object({ allowed: z.boolean(), reason: z.string(), purpose: z.string().optional() }),
  handler: async () => decisionAnswer,
});
const app = await buildServer(custos, { logger: false, routes: [httpLayerOnly] });
const custosUrl = await app.listen({ port: 0, host: '127.0.0.1' });

// The bodies Custos returns, fetched once; the bare server returns these with the subject id swapped.
const call = async (method: string, path: string, key: string, body?: unknown) => {
  const res = await fetch(custosUrl + path, { method, headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`bench setup: ${method} ${path} answered ${res.status}`);
  return text;
};
const id0 = ids[0];
const bodies = {
  maySend: await call('POST', `/v1/subjects/${id0}/may-send`, keys.application, { channel: 'email' }),
  check: await call('POST', `/v1/subjects/${id0}/check`, keys.support, { purpose: 'support', fields: ['name', 'email'] }),
  read: await call('GET', `/v1/subjects/${id0}?purpose=support&fields=name,email`, keys.support),
};
decisionAnswer = JSON.parse(bodies.maySend);
const template = (body: string) => {
  const [before, after] = body.includes(id0) ? [body.slice(0, body.indexOf(id0)), body.slice(body.indexOf(id0) + id0.length)] : [body, undefined];
  return (id: string) => (after === undefined ? before : before + id + after);
};

// Bare Fastify: no plugins, no authentication, no validation, no store; the same JSON bytes.
const bare = Fastify({ logger: false });
const t = { maySend: template(bodies.maySend), check: template(bodies.check), read: template(bodies.read) };
bare.post<{ Params: { id: string } }>('/v1/subjects/:id/may-send', async (req, reply) => reply.type('application/json; charset=utf-8').send(t.maySend(req.params.id)));
bare.post<{ Params: { id: string } }>('/v1/subjects/:id/check', async (req, reply) => reply.type('application/json; charset=utf-8').send(t.check(req.params.id)));
bare.get<{ Params: { id: string } }>('/v1/subjects/:id', async (req, reply) => reply.type('application/json; charset=utf-8').send(t.read(req.params.id)));
const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

const ready: ServersReady = { custos: custosUrl, bare: bareUrl, ids, keys, bodies };
process.send!(ready);
process.on('message', async (m) => {
  if (m === 'rss') {
    process.send!({ rss: process.memoryUsage().rss });
    return;
  }
  if (m === 'heap') {
    // the heap after a full collection: what the server still holds (started with --expose-gc)
    (globalThis as { gc?: () => void }).gc?.();
    process.send!({ heap: process.memoryUsage().heapUsed });
    return;
  }
  if (m === 'cpu') {
    // CPU time of this process (all its threads), in microseconds: per request, steadier than req/s on a shared machine
    const u = process.cpuUsage();
    const { active, idle } = performance.eventLoopUtilization();
    process.send!({ cpu: u.user + u.system, main: mainThreadCpu(), active, idle });
    return;
  }
  if (m !== 'stop') return;
  await bare.close();
  await app.close();
  await custos.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
/**
 * CPU time of the main thread alone, in microseconds (Linux: utime + stime of /proc/thread-self/stat, in
 * ticks of 10 ms; null elsewhere): what the event loop spends, apart from the audit writer's thread.
 */
function mainThreadCpu(): number | null {
  try {
    const f = readFileSync('/proc/thread-self/stat', 'utf8');
    const after = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return (Number(after[11]) + Number(after[12])) * 10_000;
  } catch {
    return null;
  }
}
process.on('disconnect', () => process.exit(0));
