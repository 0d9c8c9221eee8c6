/**
 * Scale benchmark, PostgreSQL only: N subjects (default 1,000,000; `npm run bench` uses 100,000 unless
 * `--scale N` is given) imported through `vault.createMany` in batches of 2,000 with 4 batches in flight
 * (validation, per-subject data keys, encryption, blind indexes for email and phone), then 10,000 random
 * lookups by email through `subjects.find` (purpose-bound, audited) with 16 callers: p50/p99 latency.
 * Baselines in the same run: plain multi-row INSERTs of the same rows (same batches, same concurrency)
 * into a plain table with an index on the email, and plain SELECTs by email on it.
 * Memory: this process's RSS before, at its peak during the import, and after it; the database size.
 *
 *   node --import tsx bench/scale.ts [--subjects 1000000]
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { insertRows } from '../src/store/db.js';
import { figure, mb, ms, openBench, percentile, pgReachable, PG_URL, round, rssPeak, type Figure } from './lib.js';

const person = (i: number) => ({ name: `Scale Person ${i}`, email: `scale${i}@example.com`, phone: `+8190${String(10_000_000 + (i % 90_000_000)).slice(-8)}`, country: 'JP' });

/** Runs `batches` batch jobs with `inFlight` at a time. */
async function batched(total: number, size: number, inFlight: number, fn: (from: number, to: number) => Promise<unknown>, progress?: (done: number) => void): Promise<void> {
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      for (;;) {
        const from = next;
        if (from >= total) return;
        next += size;
        const to = Math.min(total, from + size);
        await fn(from, to);
        done += to - from;
        progress?.(done);
      }
    }),
  );
}

export async function runScaleBench(opts: { subjects?: number; lookups?: number } = {}): Promise<Figure[]> {
  const n = opts.subjects ?? 1_000_000;
  const lookups = opts.lookups ?? Math.min(10_000, n);
  if (!(await pgReachable())) {
    console.error(`PostgreSQL at ${PG_URL} not reachable: scale figures skipped`);
    return [];
  }
  const figures: Figure[] = [];
  const env = await openBench('postgres', { monitor: false });
  const { custos } = env;
  const db = custos.db;
  const started = performance.now();
  try {
    await db.exec('CREATE TABLE plain_subjects (subject_id TEXT PRIMARY KEY, email TEXT NOT NULL, data TEXT NOT NULL); CREATE INDEX plain_subjects_by_email ON plain_subjects (email)');
    const step = Math.max(10_000, Math.round(n / 10 / 10_000) * 10_000);
    const say = (what: string) => {
      let shown = 0;
      return (done: number) => {
        if (done - shown >= step || done === n) {
          shown = done;
          process.stderr.write(`scale: ${what} ${done.toLocaleString('en')} / ${n.toLocaleString('en')}\n`);
        }
      };
    };

    // baseline import: the same rows, plain
    let t0 = performance.now();
    await batched(n, 2000, 4, (from, to) =>
      db.tx((t) => insertRows(t, 'plain_subjects', ['subject_id', 'email', 'data'], Array.from({ length: to - from }, (_, k) => {
        const p = person(from + k);
        return [randomUUID(), p.email, JSON.stringify(p)];
      }))),
    say('plain insert'));
    const plainRate = n / (ms(t0) / 1000);

    // our import
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const rss = rssPeak();
    t0 = performance.now();
    await batched(
      n,
      2000,
      4,
      async (from, to) => {
        const made = await custos.vault.createMany(Array.from({ length: to - from }, (_, k) => ({ jurisdiction: 'JP' as const, externalId: `scale-${from + k}`, fields: person(from + k) })));
        for (const r of made) if ('error' in r) throw r.error;
      },
      say('import'),
    );
    const importSecs = ms(t0) / 1000;
    const peak = rss.stop();
    global.gc?.();
    const rssAfter = process.memoryUsage().rss;
    figures.push(
      figure(
        `PostgreSQL: import ${n.toLocaleString('en')} subjects (vault.createMany, 2,000 per batch, 4 in flight)`,
        'subjects/s',
        [n / importSecs],
        [plainRate],
        'plain multi-row INSERT, same batches',
        `${round(importSecs)} s; process RSS ${mb(rssBefore)} MB before, peak +${peak} MB during, ${mb(rssAfter)} MB after; one run`,
      ),
    );

    // lookups by email: 10,000 random subjects, 16 callers
    const actor = { keyId: 'bench', role: 'support' };
    const picks = Array.from({ length: lookups }, () => Math.floor(Math.random() * n));
    const run = async (fn: (i: number) => Promise<number>) => {
      const lat: number[] = [];
      let next = 0;
      const t = performance.now();
      await Promise.all(
        Array.from({ length: 16 }, async () => {
          for (let i = next++; i < picks.length; i = next++) {
            const s = performance.now();
            const found = await fn(picks[i]);
            lat.push(performance.now() - s);
            if (found !== 1) throw new Error(`bench scale: lookup found ${found} subjects`);
          }
        }),
      );
      return { lat, rate: picks.length / (ms(t) / 1000) };
    };
    // warm-up on other subjects
    for (let i = 0; i < 200; i++) await custos.subjects.find({ email: person((i * 7919) % n).email }, { actor, purpose: 'support' });
    const plain = await run(async (i) => (await db.all('SELECT subject_id FROM plain_subjects WHERE email = ?', [person(i).email])).length);
    const ours = await run(async (i) => (await custos.subjects.find({ email: person(i).email }, { actor, purpose: 'support' })).length);
    const rssLookups = process.memoryUsage().rss;
    figures.push(
      figure(`PostgreSQL: lookup by email among ${n.toLocaleString('en')} (subjects.find, audited) p50`, 'ms', [percentile(ours.lat, 50)], [percentile(plain.lat, 50)], 'plain indexed SELECT by email', `ratio: ours / plain (lower is better); ${lookups.toLocaleString('en')} random lookups, 16 callers`),
    );
    figures.push(
      figure(`PostgreSQL: lookup by email among ${n.toLocaleString('en')} (subjects.find, audited) p99`, 'ms', [percentile(ours.lat, 99)], [percentile(plain.lat, 99)], 'plain indexed SELECT by email', `${round(ours.rate)} lookups/s (plain ${round(plain.rate)}/s)`),
    );
    const size = await db.get<{ bytes: string }>(
      "SELECT SUM(pg_total_relation_size(c.oid))::text AS bytes FROM pg_class c JOIN pg_namespace ns ON ns.oid = c.relnamespace WHERE ns.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> 'plain_subjects'",
    );
    const plainSize = await db.get<{ bytes: string }>("SELECT pg_total_relation_size('plain_subjects')::text AS bytes");
    figures.push(
      figure(`PostgreSQL: process RSS with ${n.toLocaleString('en')} subjects`, 'MB', [mb(rssLookups)], undefined, undefined, `after the lookups; data store ${mb(Number(size?.bytes ?? 0))} MB on disk (plain table ${mb(Number(plainSize?.bytes ?? 0))} MB); whole run ${round(ms(started) / 60_000)} min`),
    );
  } finally {
    await env.cleanup();
  }
  return figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--subjects');
  runScaleBench({ subjects: i > 0 ? Number(process.argv[i + 1]) : undefined }).then((f) => console.log(JSON.stringify(f, null, 2)));
}
