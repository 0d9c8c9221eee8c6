/** Benchmark helpers: repeated runs, medians with spread, and the result table. */
import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  unit: string;
  ours: number;
  baseline?: number;
  baselineName?: string;
  /** ours / baseline (for rates) */
  ratio?: number;
  spread: [number, number];
  note?: string;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** Runs `fn` (which performs `ops` operations) `rounds` times; returns ops/s of each round. */
export async function rate(rounds: number, ops: number, fn: (round: number) => Promise<void>): Promise<number[]> {
  return (await rateAndCpu(rounds, ops, fn)).rates;
}

/**
 * As `rate`, with this process's CPU time per operation in each round (µs, every thread: the audit writer
 * thread too; a database server's own processes not). On a busy machine the rate drops with the time the
 * process waits for a core; the CPU per operation moves much less, so it compares changes better.
 */
export async function rateAndCpu(rounds: number, ops: number, fn: (round: number) => Promise<void>): Promise<{ rates: number[]; cpu: number[] }> {
  const rates: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn(r);
    rates.push(ops / ((performance.now() - t0) / 1000));
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / ops);
  }
  return { rates, cpu };
}

/** Runs `total` calls of `fn` with `concurrency` callers; returns per-call latencies in ms and the rate. */
export async function concurrent(total: number, concurrency: number, fn: (i: number) => Promise<unknown>): Promise<{ latencies: number[]; perSecond: number }> {
  const latencies: number[] = new Array(total);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) {
        const i = next++;
        if (i >= total) return;
        const s = performance.now();
        await fn(i);
        latencies[i] = performance.now() - s;
      }
    }),
  );
  return { latencies, perSecond: total / ((performance.now() - t0) / 1000) };
}

export function figure(name: string, unit: string, ours: number[], baseline?: number[], baselineName?: string, note?: string): Figure {
  const o = median(ours);
  const b = baseline ? median(baseline) : undefined;
  return {
    name,
    unit,
    ours: round(o),
    ...(b !== undefined ? { baseline: round(b), baselineName, ratio: Math.round((o / b) * 1000) / 1000 } : {}),
    spread: [round(Math.min(...ours)), round(Math.max(...ours))],
    ...(note ? { note } : {}),
  };
}

export const round = (x: number) => (x >= 100 ? Math.round(x) : Math.round(x * 100) / 100);

export function table(figures: Figure[]): string {
  const n = (x: number) => x.toLocaleString('en');
  const rows = figures.map(
    (f) =>
      `| ${f.name} | ${n(f.ours)} ${f.unit} | ${f.baseline !== undefined ? `${n(f.baseline)} ${f.unit} (${f.baselineName})` : '—'} | ${f.ratio ?? '—'} | ${f.spread[0] === f.spread[1] ? '—' : `${n(f.spread[0])}–${n(f.spread[1])}`} | ${(f.note ?? '').replace(/\|/g, '\\|')} |`,
  );
  return ['| figure | ours (median) | baseline in the same run | ratio | spread of ours (min–max) | notes |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

// ---------------------------------------------------------------- shared setup for the benchmarks

export const POLICY = new URL('../examples/tutoring-marketplace.policy.yaml', import.meta.url).pathname;
export const PG_URL = process.env.CUSTOS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export type Backend = 'sqlite' | 'postgres';
export const LABEL: Record<Backend, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

export async function pgReachable(): Promise<boolean> {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/** SQLite always; PostgreSQL when it answers (else a note on stderr). */
export async function backends(): Promise<Backend[]> {
  if (await pgReachable()) return ['sqlite', 'postgres'];
  console.error(`PostgreSQL at ${PG_URL} not reachable: PostgreSQL figures skipped`);
  return ['sqlite'];
}

/** A fresh Custos on a backend (temporary directory; fresh PostgreSQL schema), and its removal. */
export async function openBench(backend: Backend, extra: Partial<import('../src/custos.js').OpenOptions> = {}) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { randomBytes } = await import('node:crypto');
  const { Custos } = await import('../src/custos.js');
  const dir = mkdtempSync(join(tmpdir(), 'custos-bench-'));
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  const custos = await Custos.open({
    policy: POLICY,
    dataDir: dir,
    database: backend === 'postgres' ? PG_URL : join(dir, 'custos.db'),
    schema,
    keys: { masterKey: randomBytes(32) },
    mail: { transport: null },
    ...extra,
  });
  return {
    custos,
    dir,
    schema,
    async cleanup(): Promise<void> {
      await custos.close();
      if (backend === 'postgres') {
        const { default: pg } = await import('pg');
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_keys CASCADE`);
        await c.end();
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

/** Samples the process RSS every 10 ms until stopped; returns the peak growth over the start, in MB. */
export function rssPeak(): { stop(): number } {
  global.gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const t = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  return {
    stop() {
      clearInterval(t);
      peak = Math.max(peak, process.memoryUsage().rss);
      return mb(peak - start);
    },
  };
}

export const ms = (t0: number) => performance.now() - t0;

/**
 * `concurrency` callers call `fn` back to back for `seconds`; returns calls/s and per-call latencies (ms).
 * Calls still in flight at the deadline complete and count.
 */
export async function timed(seconds: number, concurrency: number, fn: (i: number) => Promise<unknown>): Promise<{ perSecond: number; latencies: number[] }> {
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const s = performance.now();
        await fn(next++);
        latencies.push(performance.now() - s);
      }
    }),
  );
  return { perSecond: latencies.length / ((performance.now() - t0) / 1000), latencies };
}
