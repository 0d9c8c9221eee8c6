/**
 * HTTP benchmark: requests/s and p50/p99 latency at 64 connections (autocannon) for
 *  - the consent decision `POST /v1/subjects/:id/may-send {channel: "email"}` (application key),
 *  - the access decision `POST /v1/subjects/:id/check {purpose, fields}` (support key),
 *  - the subject read `GET /v1/subjects/:id?purpose=support&fields=name,email` (support key),
 * each beside a bare Fastify route answering the same URL with the same JSON bytes; also the server process's
 * CPU time per request (all threads, and the main thread alone), which other work on the machine disturbs
 * less than requests/s.
 *
 * Setup (the fairer one on a 2-core machine): both servers live in one child process (bench/http-servers.ts),
 * so each has the same single event loop and the same core; autocannon runs in this process, on the other
 * core. Only one server is under load at a time; rounds alternate Custos and bare. Requests cycle over
 * 1,000 subjects for both.
 *
 *   node --import tsx bench/http.ts [--quick]
 *   BENCH_PROFILE=/tmp/prof node --import tsx bench/http.ts --quick   # CPU profile of the server process
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { figure, median, round, type Figure } from './lib.js';
import type { ServersReady } from './http-servers.js';

interface Endpoint {
  name: string;
  method: 'GET' | 'POST';
  path: (id: string) => string;
  body?: string;
  key: 'application' | 'support';
  /**
   * The path of a route of Custos's server declared as this one (key, schemas, hooks, headers) that answers
   * the same JSON without the work behind it (bench/http-servers.ts): measured beside the real route, it
   * splits Custos's cost into its HTTP layer and the decision's own work.
   */
  layer?: (id: string) => string;
}

const ENDPOINTS: Endpoint[] = [
  {
    name: 'consent decision (POST /v1/subjects/:id/may-send)',
    method: 'POST',
    path: (id) => `/v1/subjects/${id}/may-send`,
    body: JSON.stringify({ channel: 'email' }),
    key: 'application',
    layer: (id) => `/v1/bench/subjects/${id}/may-send`,
  },
  { name: 'access decision (POST /v1/subjects/:id/check)', method: 'POST', path: (id) => `/v1/subjects/${id}/check`, body: JSON.stringify({ purpose: 'support', fields: ['name', 'email'] }), key: 'support' },
  { name: 'subject read (GET /v1/subjects/:id?purpose=support)', method: 'GET', path: (id) => `/v1/subjects/${id}?purpose=support&fields=name,email`, key: 'support' },
];

interface Shot {
  rps: number;
  p50: number;
  p99: number;
  /** CPU time of the server process (all threads) per request, in microseconds. */
  cpu: number;
  /** The same, of the main thread alone (null where the system does not tell). */
  mainCpu: number | null;
  /** The server's event-loop utilisation over the load (busy / (busy + idle)). */
  elu: number;
  /** Requests answered. */
  total: number;
}

/** What the server process reports of its CPU time (bench/http-servers.ts): µs, and the event loop's busy and idle ms. */
interface CpuReading {
  cpu: number;
  main: number | null;
  active: number;
  idle: number;
}

async function shoot(base: string, ep: Endpoint, ids: string[], key: string, seconds: number, connections: number, cpu: () => Promise<CpuReading>): Promise<Shot> {
  let n = 0;
  const cpu0 = await cpu();
  const result = await autocannon({
    url: base,
    connections,
    duration: seconds,
    pipelining: 1,
    requests: [
      {
        method: ep.method,
        headers: { authorization: `Bearer ${key}`, ...(ep.body ? { 'content-type': 'application/json' } : {}) },
        ...(ep.body ? { body: ep.body } : {}),
        setupRequest: (req: Record<string, unknown>) => ({ ...req, path: ep.path(ids[n++ % ids.length]) }),
      },
    ],
  });
  if (result.errors > 0 || result.timeouts > 0 || result.non2xx > 0)
    throw new Error(`bench http: ${ep.name} at ${base}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx of ${result.requests.total}`);
  const cpu1 = await cpu();
  const answered = Math.max(1, result.requests.total);
  const active = cpu1.active - cpu0.active;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpu: (cpu1.cpu - cpu0.cpu) / answered,
    mainCpu: cpu1.main === null || cpu0.main === null ? null : (cpu1.main - cpu0.main) / answered,
    elu: active / Math.max(1e-9, active + cpu1.idle - cpu0.idle),
    total: result.requests.total,
  };
}

export async function runHttpBench(opts: { quick?: boolean; seconds?: number; rounds?: number; connections?: number } = {}): Promise<Figure[]> {
  const seconds = opts.seconds ?? (opts.quick ? 1 : 5);
  const rounds = opts.rounds ?? (opts.quick ? 1 : 3);
  const connections = opts.connections ?? 64;
  const child = fork(fileURLToPath(new URL('./http-servers.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx', '--expose-gc', ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [])], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await new Promise<ServersReady>((resolve, reject) => {
    child.once('message', (m) => resolve(m as ServersReady));
    child.once('exit', (code) => reject(new Error(`bench http: server process exited (${code})`)));
  });
  const rss = () =>
    new Promise<number>((resolve) => {
      child.once('message', (m) => resolve((m as { rss: number }).rss));
      child.send('rss');
    });
  const cpu = () =>
    new Promise<CpuReading>((resolve) => {
      child.once('message', (m) => resolve(m as CpuReading));
      child.send('cpu');
    });
  const heap = () =>
    new Promise<number>((resolve) => {
      child.once('message', (m) => resolve((m as { heap: number }).heap));
      child.send('heap');
    });
  const figures: Figure[] = [];
  try {
    // the bare server must answer byte for byte what Custos answers
    for (const ep of ENDPOINTS) {
      const id = ready.ids[1];
      const init = { method: ep.method, headers: { authorization: `Bearer ${ready.keys[ep.key]}`, ...(ep.body ? { 'content-type': 'application/json' } : {}) }, body: ep.body };
      const [a, b, l] = await Promise.all([
        fetch(ready.custos + ep.path(id), init).then((r) => r.text()),
        fetch(ready.bare + ep.path(id), init).then((r) => r.text()),
        ep.layer ? fetch(ready.custos + ep.layer(id), init).then((r) => r.text()) : undefined,
      ]);
      if (a.length !== b.length) throw new Error(`bench http: bare answer to ${ep.name} differs in size (${a.length} vs ${b.length})`);
      if (l !== undefined && l !== a) throw new Error(`bench http: the HTTP layer's answer to ${ep.name} differs from the decision's`);
    }
    // warm-up: JIT, statement caches, connection setup, caches filled (before the heap is first measured)
    for (const ep of ENDPOINTS) {
      await shoot(ready.custos, ep, ready.ids, ready.keys[ep.key], 1, connections, cpu);
      await shoot(ready.bare, ep, ready.ids, ready.keys[ep.key], 1, connections, cpu);
      if (ep.layer) await shoot(ready.custos, { ...ep, path: ep.layer }, ready.ids, ready.keys[ep.key], 1, connections, cpu);
    }
    const heapBefore = await heap();
    let served = 0;
    for (const ep of ENDPOINTS) {
      const key = ready.keys[ep.key];
      const ours: Shot[] = [];
      const bare: Shot[] = [];
      const layer: Shot[] = [];
      for (let r = 0; r < rounds; r++) {
        ours.push(await shoot(ready.custos, ep, ready.ids, key, seconds, connections, cpu));
        bare.push(await shoot(ready.bare, ep, ready.ids, key, seconds, connections, cpu));
        if (ep.layer) layer.push(await shoot(ready.custos, { ...ep, path: ep.layer }, ready.ids, key, seconds, connections, cpu));
      }
      served += ours.reduce((a, x) => a + x.total, 0);
      const lat = (xs: Shot[]) => `p50 ${round(median(xs.map((x) => x.p50)))} ms, p99 ${round(median(xs.map((x) => x.p99)))} ms`;
      figures.push(
        figure(`HTTP: ${ep.name}`, 'req/s', ours.map((x) => x.rps), bare.map((x) => x.rps), 'bare Fastify route, same JSON', `Custos ${lat(ours)}; bare ${lat(bare)}; ${connections} connections, ${rounds}×${seconds} s`),
      );
      figures.push(
        figure(`HTTP: ${ep.name} server CPU per request`, 'µs', ours.map((x) => x.cpu), bare.map((x) => x.cpu), 'bare Fastify route, same JSON', 'CPU time of the server process, all threads (the audit writer too), per request: steadier than req/s when the cores are shared'),
      );
      if (ours.every((x) => x.mainCpu !== null) && bare.every((x) => x.mainCpu !== null)) {
        const elu = (xs: Shot[]) => round(median(xs.map((x) => x.elu)));
        figures.push(
          figure(`HTTP: ${ep.name} server main-thread CPU per request`, 'µs', ours.map((x) => x.mainCpu!), bare.map((x) => x.mainCpu!), 'bare Fastify route, same JSON', `the event loop's thread alone (the rest of the figure above is the audit writer's and the indexer's threads); event loop busy ${elu(ours)} of the time (bare ${elu(bare)})`),
        );
      }
      figures.push(figure(`HTTP: ${ep.name} p99 latency`, 'ms', ours.map((x) => x.p99), bare.map((x) => x.p99), 'bare Fastify route, same JSON', 'ratio: ours / bare (lower is better)'));
      if (layer.length > 0) {
        const what = "Custos's HTTP layer alone: the route declared as the decision's (API key, schemas, hooks, security headers), answering the same JSON without deciding (no state read, no audit entry)";
        figures.push(figure(`HTTP: ${ep.name}, HTTP layer alone`, 'req/s', layer.map((x) => x.rps), bare.map((x) => x.rps), 'bare Fastify route, same JSON', what));
        if (layer.every((x) => x.mainCpu !== null) && bare.every((x) => x.mainCpu !== null))
          figures.push(
            figure(`HTTP: ${ep.name}, HTTP layer alone, main-thread CPU per request`, 'µs', layer.map((x) => x.mainCpu!), bare.map((x) => x.mainCpu!), 'bare Fastify route, same JSON', `the decision's own work on the event loop is the decision's figure minus this one (medians: ${round(median(ours.map((x) => x.mainCpu!)) - median(layer.map((x) => x.mainCpu!)))} µs)`),
          );
      }
    }
    // what the server holds after all of that, per request it answered: a cache or a log that keeps
    // something of every request shows here (bytes per request of heap after a full collection)
    const grown = (await heap()) - heapBefore;
    figures.push(
      figure('HTTP: server heap growth per request', 'bytes', [Math.round(grown / Math.max(1, served))], undefined, undefined, `heap after a full collection, ${round(heapBefore / 1048576)} MB before, ${round((heapBefore + grown) / 1048576)} MB after ${served.toLocaleString('en')} requests to Custos (the bare server's data are fixed)`),
    );
    const serverRss = await rss();
    figures.push(figure('HTTP: server process RSS after the load', 'MB', [Math.round((serverRss / 1048576) * 10) / 10], undefined, undefined, 'Custos and the bare server in one process, SQLite, 1,000 subjects'));
  } finally {
    child.send('stop');
    await new Promise((r) => child.once('exit', r));
  }
  return figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runHttpBench({ quick: process.argv.includes('--quick') }).then((f) => console.log(JSON.stringify(f, null, 2)));
}
