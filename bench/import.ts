/**
 * Bulk import benchmark, on SQLite and PostgreSQL: 100,000 generated subjects from a CSV file through
 * `custos subjects import` (streamed CSV -> audited createMany: validation, per-subject data keys,
 * encryption, blind indexes, one audit entry per subject), beside a plain multi-row INSERT of the same
 * rows (parsed from the same file) into a plain table through the same storage port, in the same run.
 * Also the process RSS before and after each import and its peak, to show memory stays flat.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { insertRows } from '../src/store/db.js';
import { importSubjects, type Mapping } from '../src/cli/import.js';
import { readCsv } from '../src/cli/csv.js';
import { figure, median, round, type Figure, backends, openBench } from './lib.js';

const MAPPING: Mapping = { external_id: 'user_id', jurisdiction: 'region', columns: { full_name: 'name', mail: 'email', tel: 'phone', born: 'birth_date', country: 'country' } };
const actor = { keyId: 'bench', role: 'application' };

function writeCsv(file: string, n: number, prefix: string): void {
  const lines = ['user_id,full_name,mail,tel,region,born,country'];
  for (let i = 0; i < n; i++)
    lines.push(`${prefix}${i},"Person ${i}, Example",p${prefix}${i}@example.com,+8190${String(10_000_000 + (i % 90_000_000)).slice(-8)},JP,19${50 + (i % 50)}-0${(i % 9) + 1}-1${i % 10},JP`);
  writeFileSync(file, lines.join('\n') + '\n');
}

const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;

export async function runImportBench(opts: { quick?: boolean; rows?: number } = {}): Promise<Figure[]> {
  const figures: Figure[] = [];
  const n = opts.rows ?? (opts.quick ? 20_000 : 100_000);
  const rounds = opts.quick ? 1 : 3;
  for (const backend of await backends()) {
    const { custos, dir, cleanup } = await openBench(backend, { monitor: false });
    const label = backend === 'sqlite' ? 'SQLite' : 'PostgreSQL';
    await custos.db.exec('CREATE TABLE plain_import (subject_id TEXT PRIMARY KEY, external_id TEXT NOT NULL UNIQUE, data TEXT NOT NULL)');
    const ours: number[] = [];
    const plain: number[] = [];
    const rssGrowth: number[] = [];
    const rssPeak: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const file = join(dir, `people-${r}.csv`);
      writeCsv(file, n, `r${r}-`);
      // baseline: the same file, the same streaming reader, plain multi-row INSERTs of 2,000 rows
      {
        const t0 = performance.now();
        let batch: (string | null)[][] = [];
        let header: string[] | undefined;
        const flush = async () => {
          const rows = batch;
          batch = [];
          await custos.db.tx((t) => insertRows(t, 'plain_import', ['subject_id', 'external_id', 'data'], rows));
        };
        for await (const rec of readCsv(file)) {
          if (!header) {
            header = rec.cells!;
            continue;
          }
          const c = rec.cells!;
          batch.push([randomUUID(), c[0], JSON.stringify({ name: c[1], email: c[2], phone: c[3], birth_date: c[5], country: c[6] })]);
          if (batch.length >= 2000) await flush();
        }
        if (batch.length > 0) await flush();
        plain.push(n / ((performance.now() - t0) / 1000));
      }
      global.gc?.();
      const before = process.memoryUsage().rss;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
      const t0 = performance.now();
      const rep = await importSubjects(custos, { file, mapping: MAPPING, purpose: 'account', actor, batchSize: 2000 });
      const secs = (performance.now() - t0) / 1000;
      clearInterval(sampler);
      if (rep.created !== n || rep.rejected !== 0) throw new Error(`bench import: created ${rep.created}, rejected ${rep.rejected}`);
      global.gc?.();
      const after = process.memoryUsage().rss;
      ours.push(n / secs);
      rssGrowth.push(mb(after - before));
      rssPeak.push(mb(peak - before));
      rmSync(file, { force: true });
    }
    figures.push(
      figure(
        `${label}: import ${n.toLocaleString('en')} subjects from CSV`,
        'subjects/s',
        ours,
        plain,
        'plain multi-row INSERT',
        `RSS after − before: median ${median(rssGrowth)} MB, peak during import +${round(Math.max(...rssPeak))} MB (${rounds} rounds)`,
      ),
    );
    await cleanup();
  }
  return figures;
}

// `node --import tsx bench/import.ts` runs it alone
if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  runImportBench({ quick }).then((f) => console.log(JSON.stringify(f, null, 2)));
}
