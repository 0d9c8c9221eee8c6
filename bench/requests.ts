/**
 * Data-subject request benchmarks, on SQLite and PostgreSQL:
 *  - access export (`exportBundle`, the zip streamed to completion) of a subject with 10,000 records, with
 *    the peak RSS growth while it streams; baseline: a paged plain SELECT of 10,000 plaintext rows
 *    written as the same two record files (JSON lines and CSV) into the same kind of zip;
 *  - erasure (`subjects.erase`: crypto-shredding, audit entry, erasure hooks) of a subject with 1 record
 *    (baseline: a plain DELETE of the subject's row and record in one transaction) and of a subject with
 *    10,000 records (baseline: our own erasure with 1 record; a ratio of 1 means independent of volume);
 *  - bulk erasure: 100,000 subjects erased through `subjects.eraseMany`, 1,000 ids per call, as many as
 *    fit in a time budget (default 120 s; the rate and the projected total are reported); baseline: a
 *    plain DELETE of the same rows, 1,000 ids per statement;
 *  - bulk erasure of 10,000 subjects with a transaction each, which the tax hold keeps with their name and
 *    country (sealed under the hold key before the erasure); baseline: the bulk erasure above, of subjects
 *    with nothing held.
 *
 *   node --import tsx bench/requests.ts [--quick]
 */
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import yazl from 'yazl';
import type { Custos } from '../src/custos.js';
import type { SqliteDb } from '../src/store/sqlite.js';
import { insertRows } from '../src/store/db.js';
import { exportBundle } from '../src/requests/export.js';
import { backends, figure, LABEL, median, ms, openBench, round, rssPeak, type Backend, type Figure } from './lib.js';

const officer = { keyId: 'bench', role: 'privacy_officer' };
const person = (i: number) => ({ name: `Bench Person ${i}`, email: `bench${i}@example.com`, phone: `+8190${String(10_000_000 + i).slice(-8)}`, country: 'JP' });
const message = (i: number) => `Lesson note ${i}: see you on Tuesday at 7, bring the workbook (page ${i % 300}).`;

async function subjectsOf(custos: Custos, n: number, offset = 0): Promise<string[]> {
  const ids: string[] = [];
  for (let b = 0; b < n; b += 2000) {
    const made = await custos.vault.createMany(Array.from({ length: Math.min(2000, n - b) }, (_, i) => ({ jurisdiction: 'JP' as const, fields: person(offset + b + i) })));
    for (const r of made) {
      if ('error' in r) throw r.error;
      ids.push(r.id);
    }
  }
  return ids;
}

/**
 * Setup only (not timed): `n` encrypted records, `add(i)` calling `vault.addRecord` for the i-th. On SQLite
 * each call is a transaction of its own (it locks the subject against an erasure), so the setup turns the
 * fsync of each commit off while it runs (the connection's `synchronous`, back to FULL after); on
 * PostgreSQL 8 calls run at a time.
 */
async function addRecords(custos: Custos, n: number, add: (i: number) => Promise<unknown>): Promise<void> {
  if (custos.db.dialect === 'sqlite') {
    const raw = (custos.db as SqliteDb).raw;
    raw.pragma('synchronous = OFF');
    try {
      for (let i = 0; i < n; i++) await add(i);
    } finally {
      raw.pragma('synchronous = FULL');
    }
    return;
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let i = next++; i < n; i = next++) await add(i);
    }),
  );
}

/** Drains a stream, counting bytes. */
async function drain(s: NodeJS.ReadableStream): Promise<number> {
  let bytes = 0;
  await pipeline(s, new Writable({ write: (c: Buffer, _e, cb) => ((bytes += c.length), cb()) }));
  return bytes;
}

/** The baseline export: the subject's plaintext rows, paged, as records.jsonl and records.csv in a zip. */
function plainExport(custos: Custos, subjectId: string): Readable {
  const zip = new yazl.ZipFile();
  const rows = async function* () {
    let after = '';
    for (;;) {
      const page = await custos.db.all<{ record_id: string; category: string; value: string; created_at: number }>(
        'SELECT record_id, category, value, created_at FROM plain_records WHERE subject_id = ? AND record_id > ? ORDER BY record_id LIMIT 500',
        [subjectId, after],
      );
      for (const r of page) yield { category: r.category, createdAt: new Date(Number(r.created_at)).toISOString(), value: r.value };
      if (page.length < 500) return;
      after = page[page.length - 1].record_id;
    }
  };
  zip.addReadStream(Readable.from((async function* () { for await (const r of rows()) yield JSON.stringify(r) + '\n'; })()), 'records.jsonl');
  zip.addReadStream(Readable.from((async function* () { yield 'category,createdAt,value\r\n'; for await (const r of rows()) yield `${r.category},${r.createdAt},"${r.value.replace(/"/g, '""')}"\r\n`; })()), 'records.csv');
  zip.end();
  return Readable.from(zip.outputStream);
}

export interface RequestsBenchOptions {
  quick?: boolean;
  /** Records of the exported / erased subject (default 10,000). */
  records?: number;
  /** Subjects erased in the bulk erasure (default 100,000). */
  bulk?: number;
  /** Seconds the bulk erasure may run before it stops and reports the rate (default 120). */
  bulkBudgetSeconds?: number;
  backends?: Backend[];
}

export async function runRequestsBench(opts: RequestsBenchOptions = {}): Promise<Figure[]> {
  const figures: Figure[] = [];
  const nRecords = opts.records ?? (opts.quick ? 1000 : 10_000);
  const nBulk = opts.bulk ?? (opts.quick ? 2000 : 100_000);
  const budget = (opts.bulkBudgetSeconds ?? (opts.quick ? 30 : 120)) * 1000;
  const rounds = opts.quick ? 1 : 3;
  for (const backend of opts.backends ?? (await backends())) {
    const label = LABEL[backend];
    const env = await openBench(backend);
    const { custos } = env;
    const db = custos.db;
    await db.exec('CREATE TABLE plain_subjects (subject_id TEXT PRIMARY KEY, data TEXT NOT NULL)');
    await db.exec('CREATE TABLE plain_records (subject_id TEXT NOT NULL, record_id TEXT NOT NULL, category TEXT NOT NULL, value TEXT NOT NULL, created_at BIGINT NOT NULL, PRIMARY KEY (subject_id, record_id))');

    // ------------------------------------------------------------ access export
    {
      const [id] = await subjectsOf(custos, 1);
      await addRecords(custos, nRecords, (i) => custos.vault.addRecord(id, 'messages', message(i)));
      await custos.preferences.record(id, { event: 'grant', purposes: ['marketing_email'], method: 'api' });
      const plainId = randomUUID();
      const now = Date.now();
      const rows = Array.from({ length: nRecords }, (_, i) => [plainId, String(i).padStart(8, '0'), 'messages', message(i), now]);
      for (let i = 0; i < rows.length; i += 1000) await db.tx((t) => insertRows(t, 'plain_records', ['subject_id', 'record_id', 'category', 'value', 'created_at'], rows.slice(i, i + 1000)));
      const deps = { vault: custos.vault, consents: custos.consents, restrictions: custos.restrictions, audit: custos.audit, policy: custos.policy, sections: custos.exportSections };
      await drain(await exportBundle(id, deps)); // warm-up
      await drain(plainExport(custos, plainId));
      const ours: number[] = [];
      const plain: number[] = [];
      const peaks: number[] = [];
      let bytes = 0;
      for (let r = 0; r < rounds; r++) {
        let t0 = performance.now();
        await drain(plainExport(custos, plainId));
        plain.push(ms(t0));
        const rss = rssPeak();
        t0 = performance.now();
        bytes = await drain(await exportBundle(id, deps));
        ours.push(ms(t0));
        peaks.push(rss.stop());
      }
      figures.push(
        figure(`${label}: access export, subject with ${nRecords.toLocaleString('en')} records`, 'ms', ours, plain, 'plain paged SELECT to the same record files in a zip', `ratio: ours / plain (lower is better); zip ${round(bytes / 1024)} KiB; peak RSS growth while streaming: median ${median(peaks)} MB, max ${Math.max(...peaks)} MB`),
      );
    }

    // ------------------------------------------------------------ erasure: 1 vs n records
    {
      const rounds = opts.quick ? 1 : 5;
      const small = await subjectsOf(custos, rounds);
      const large = await subjectsOf(custos, rounds);
      for (const id of small) await addRecords(custos, 1, (i) => custos.vault.addRecord(id, 'messages', message(i)));
      for (const id of large) await addRecords(custos, nRecords, (i) => custos.vault.addRecord(id, 'messages', message(i)));
      const plainIds = Array.from({ length: rounds }, () => randomUUID());
      for (const [i, pid] of plainIds.entries()) {
        await db.run('INSERT INTO plain_subjects (subject_id, data) VALUES (?, ?)', [pid, JSON.stringify(person(i))]);
        await db.run('INSERT INTO plain_records (subject_id, record_id, category, value, created_at) VALUES (?, ?, ?, ?, ?)', [pid, '00000000', 'messages', message(0), Date.now()]);
      }
      // warm-up erasure (first statements prepared, hooks' tables touched)
      const [warm] = await subjectsOf(custos, 1);
      await custos.subjects.erase(warm, { actor: officer, reason: 'bench' });
      const one: number[] = [];
      const many: number[] = [];
      const plain: number[] = [];
      for (let r = 0; r < rounds; r++) {
        let t0 = performance.now();
        await db.tx(async (t) => {
          await t.run('DELETE FROM plain_records WHERE subject_id = ?', [plainIds[r]]);
          await t.run('DELETE FROM plain_subjects WHERE subject_id = ?', [plainIds[r]]);
        });
        plain.push(ms(t0));
        t0 = performance.now();
        await custos.subjects.erase(small[r], { actor: officer, reason: 'bench' });
        one.push(ms(t0));
        t0 = performance.now();
        await custos.subjects.erase(large[r], { actor: officer, reason: 'bench' });
        many.push(ms(t0));
      }
      figures.push(figure(`${label}: erasure, subject with 1 record`, 'ms', one, plain, 'plain DELETE of the row and its record', 'ratio: ours / plain (lower is better)'));
      figures.push(
        figure(`${label}: erasure, subject with ${nRecords.toLocaleString('en')} records`, 'ms', many, one, 'our erasure of a subject with 1 record', 'ratio 1 = erasure time independent of the data volume'),
      );
    }

    // ------------------------------------------------------------ bulk erasure
    let bulkRate = 0;
    {
      let t0 = performance.now();
      const ids = await subjectsOf(custos, nBulk, 1_000_000);
      const createSecs = ms(t0) / 1000;
      const plainIds = Array.from({ length: nBulk }, () => randomUUID());
      for (let i = 0; i < nBulk; i += 1000)
        await db.tx((t) => insertRows(t, 'plain_subjects', ['subject_id', 'data'], plainIds.slice(i, i + 1000).map((pid, k) => [pid, JSON.stringify(person(i + k))])));
      t0 = performance.now();
      for (let i = 0; i < nBulk; i += 1000) {
        const chunk = plainIds.slice(i, i + 1000);
        await db.run(`DELETE FROM plain_subjects WHERE subject_id IN (${chunk.map(() => '?').join(', ')})`, chunk);
      }
      const plainRate = nBulk / (ms(t0) / 1000);

      let erased = 0;
      const deadline = performance.now() + budget;
      const rss = rssPeak();
      t0 = performance.now();
      for (let i = 0; i < ids.length && performance.now() <= deadline; i += 1000) {
        const r = await custos.subjects.eraseMany(ids.slice(i, i + 1000), { actor: officer, reason: 'bench bulk erasure' });
        erased += r.erased.length;
      }
      const secs = ms(t0) / 1000;
      const peak = rss.stop();
      const ourRate = erased / secs;
      bulkRate = ourRate;
      const complete = erased === nBulk;
      figures.push(
        figure(
          `${label}: bulk erasure of ${nBulk.toLocaleString('en')} subjects (subjects.eraseMany, 1,000 ids per call)`,
          'subjects/s',
          [ourRate],
          [plainRate],
          'plain DELETE, 1,000 ids per statement',
          `${complete ? `all ${nBulk.toLocaleString('en')} erased in ${round(secs)} s` : `${erased.toLocaleString('en')} erased in the ${round(secs)} s budget; all ${nBulk.toLocaleString('en')} would take ~${round(nBulk / ourRate / 60)} min`}; creating them took ${round(createSecs)} s (vault.createMany); peak RSS growth ${peak} MB; one run`,
        ),
      );
    }
    // ------------------------------------------------------------ bulk erasure of people with data a legal hold keeps
    {
      // each with a transaction on record: the tax hold keeps it, with the name and the country
      const nHeld = Math.min(nBulk, 10_000);
      const ids = await subjectsOf(custos, nHeld, 2_000_000);
      await addRecords(custos, nHeld, (i) => custos.vault.addRecord(ids[i], 'transactions', { lesson: `L-${i}`, amount: 3000, currency: 'JPY' }));
      const t0 = performance.now();
      let kept = 0;
      for (let i = 0; i < nHeld; i += 1000) {
        const r = await custos.subjects.eraseMany(ids.slice(i, i + 1000), { actor: officer, reason: 'bench bulk erasure' });
        kept += r.erased.filter((e) => (e.kept?.length ?? 0) > 0).length;
      }
      const rate = nHeld / (ms(t0) / 1000);
      figures.push(
        figure(
          `${label}: bulk erasure of ${nHeld.toLocaleString('en')} subjects with a transaction each (kept under the tax hold)`,
          'subjects/s',
          [rate],
          [bulkRate],
          'our bulk erasure of subjects with nothing held, above',
          `${kept.toLocaleString('en')} of them with data kept (transactions, name, country); one run`,
        ),
      );
    }
    await env.cleanup();
  }
  return figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runRequestsBench({ quick: process.argv.includes('--quick'), ...(process.argv.includes('--postgres') ? { backends: ['postgres'] as Backend[] } : {}) }).then((f) => console.log(JSON.stringify(f, null, 2)));
}
