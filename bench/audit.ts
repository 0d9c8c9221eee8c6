/**
 * Audit log benchmarks, on SQLite and PostgreSQL:
 *  - appends/s under group commit (`audit.append`, hash chain, subject references) with 1, 16, 64 and
 *    1,000 concurrent appenders, each awaiting its append before the next; baseline: the same callers
 *    each awaiting a plain autocommit INSERT of the same row (same columns, same indexes) into a plain
 *    table, in the same run. Each measurement runs for a fixed time; rounds alternate ours and plain.
 *  - verification (`audit.verify()`: the whole chain re-hashed, checkpoints' signatures checked), in
 *    entries/s; baseline: a paged plain SELECT of the same rows in seq order.
 *
 *   node --import tsx bench/audit.ts [--quick]
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AuditEntryInput } from '../src/audit/types.js';
import { backends, figure, LABEL, median, openBench, percentile, rate, round, timed, type Backend, type Figure } from './lib.js';

const COLUMNS = 'seq, time, actor_key_id, actor_role, action, purpose, subject_ref, fields, outcome, reason, details, prev_hash, hash';

export async function runAuditBench(opts: { quick?: boolean; seconds?: number; backends?: Backend[] } = {}): Promise<Figure[]> {
  const figures: Figure[] = [];
  const seconds = opts.seconds ?? (opts.quick ? 1 : 3);
  const rounds = opts.quick ? 1 : 3;
  const levels = [1, 16, 64, 1000];
  for (const backend of opts.backends ?? (await backends())) {
    const label = LABEL[backend];
    const env = await openBench(backend, { monitor: false });
    const { custos } = env;
    const db = custos.db;
    await db.exec(`CREATE TABLE plain_audit (seq BIGINT PRIMARY KEY, time TEXT NOT NULL, actor_key_id TEXT NOT NULL, actor_role TEXT NOT NULL, action TEXT NOT NULL, purpose TEXT, subject_ref TEXT,
      fields TEXT, outcome TEXT NOT NULL, reason TEXT, details TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
      CREATE INDEX plain_audit_by_subject ON plain_audit (subject_ref, seq);
      CREATE INDEX plain_audit_by_actor ON plain_audit (actor_key_id, seq);
      CREATE INDEX plain_audit_by_action ON plain_audit (action, seq);
      CREATE INDEX plain_audit_by_time ON plain_audit (time)`);
    // 1,000 subjects the entries are about (references are created on first mention, then cached)
    const subjects = Array.from({ length: 1000 }, () => randomUUID());
    const refs = subjects.map(() => randomBytes(16).toString('base64url'));
    const entry = (i: number): AuditEntryInput => ({
      actor: { keyId: 'k_bench', role: 'support' },
      action: 'subject.read',
      purpose: 'support',
      subjectId: subjects[i % subjects.length],
      fields: ['name', 'email'],
      outcome: 'allowed',
    });
    const hash = randomBytes(32).toString('hex');
    let plainSeq = 0;
    const plainInsert = (i: number) =>
      db.run(`INSERT INTO plain_audit (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
        ++plainSeq,
        new Date().toISOString(),
        'k_bench',
        'support',
        'subject.read',
        'support',
        refs[i % refs.length],
        '["name","email"]',
        'allowed',
        null,
        null,
        hash,
        hash,
      ]);
    await timed(seconds, 64, (i) => custos.audit.append(entry(i))); // warm-up
    await timed(seconds, 64, plainInsert);
    for (const c of levels) {
      const ours: number[] = [];
      const plain: number[] = [];
      let lat: number[] = [];
      for (let r = 0; r < rounds; r++) {
        plain.push((await timed(seconds, c, plainInsert)).perSecond);
        const o = await timed(seconds, c, (i) => custos.audit.append(entry(i)));
        ours.push(o.perSecond);
        lat = lat.concat(o.latencies);
      }
      figures.push(
        figure(`${label}: audit appends, ${c.toLocaleString('en')} concurrent appender${c > 1 ? 's' : ''}`, 'appends/s', ours, plain, 'plain autocommit INSERT of the same row', `append latency p50 ${round(percentile(lat, 50))} ms, p99 ${round(percentile(lat, 99))} ms`),
      );
    }

    // verification over everything appended above
    const v0 = await custos.audit.verify();
    if (!v0.ok) throw new Error('bench audit: chain broken');
    const n = v0.entries;
    const ours = await rate(rounds, n, async () => {
      const v = await custos.audit.verify();
      if (!v.ok) throw new Error('bench audit: chain broken');
    });
    const plain = await rate(rounds, n, async () => {
      let after = 0;
      for (;;) {
        const page = await db.all<{ seq: number }>(`SELECT ${COLUMNS} FROM audit_entries WHERE seq > ? ORDER BY seq LIMIT 1000`, [after]);
        if (page.length === 0) return;
        after = Number(page[page.length - 1].seq);
      }
    });
    figures.push(figure(`${label}: audit verification (${n.toLocaleString('en')} entries)`, 'entries/s', ours, plain, 'plain paged SELECT of the same rows', `median ${round(n / median(ours))} s for the whole chain`));
    await env.cleanup();
  }
  return figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runAuditBench({ quick: process.argv.includes('--quick'), ...(process.argv.includes('--postgres') ? { backends: ['postgres'] as Backend[] } : {}) }).then((f) => console.log(JSON.stringify(f, null, 2)));
}
