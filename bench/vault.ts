/**
 * Vault and access benchmarks, on SQLite and PostgreSQL, each beside a plain SQL insert/select of the
 * same row through the same storage port in the same run:
 *  - encrypted, audited creates/s (`subjects.create`, as an application creates a person) vs plain inserts/s
 *  - raw decrypted reads/s and audited purpose-bound reads/s vs plain selects/s
 *  - p50/p99 latency of audited reads with 64 concurrent callers
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { concurrent, figure, median, percentile, rate, rateAndCpu, round, type Figure, backends, openBench } from './lib.js';

const ROW = (i: number) => ({ name: `Bench Person ${i}`, email: `bench${i}@example.com`, phone: `+8190${String(10000000 + i).slice(-8)}`, country: 'JP' });
const actor = { keyId: 'bench', role: 'support' };
const app = { keyId: 'bench-app', role: 'application' };

export async function runVaultBench(opts: { quick?: boolean } = {}): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const backend of await backends()) {
    const { custos, cleanup } = await openBench(backend);
    const db = custos.db;
    await db.exec('CREATE TABLE plain_subjects (subject_id TEXT PRIMARY KEY, data TEXT NOT NULL)');
    const rounds = 5;
    const creates = opts.quick ? 500 : backend === 'sqlite' ? 3000 : 1500;
    const reads = opts.quick ? 2000 : backend === 'sqlite' ? 20000 : 8000;
    const label = backend === 'sqlite' ? 'SQLite' : 'PostgreSQL';

    // creates: encrypted vs plain, one call per row, 16 concurrent callers in both
    const plainIds: string[] = [];
    const plainCreate = await rate(rounds, creates, async (r) => {
      await concurrent(creates, 16, async (i) => {
        const id = randomUUID();
        plainIds.push(id);
        await db.run('INSERT INTO plain_subjects (subject_id, data) VALUES (?, ?)', [id, JSON.stringify(ROW(r * creates + i))]);
      });
    });
    const ids: string[] = [];
    // through the audited service, as an application creates a person: the creation is audited, so the
    // subject's audit reference exists before its first read (as it does in use)
    const ourCreate = await rate(rounds, creates, async (r) => {
      await concurrent(creates, 16, async (i) => {
        ids.push((await custos.subjects.create({ fields: ROW(r * creates + i) }, { actor: app, purpose: 'account' })).id);
      });
    });
    figures.push(figure(`${label}: encrypted, audited creates`, 'creates/s', ourCreate, plainCreate, 'plain SQL insert'));

    // reads: plain select vs raw decrypted read vs audited purpose-bound read, 64 concurrent callers
    const plainRead = await rateAndCpu(rounds, reads, async () => {
      await concurrent(reads, 64, (i) => db.get('SELECT data FROM plain_subjects WHERE subject_id = ?', [plainIds[i % plainIds.length]]));
    });
    const rawRead = await rateAndCpu(rounds, reads, async () => {
      await concurrent(reads, 64, (i) => custos.vault.read(ids[i % ids.length], ['name', 'email']));
    });
    let lat: number[] = [];
    const auditedRead = await rateAndCpu(rounds, reads, async () => {
      const r = await concurrent(reads, 64, (i) => custos.subjects.read(ids[i % ids.length], { actor, purpose: 'support', fields: ['name', 'email'] }));
      lat = lat.concat(r.latencies);
    });
    const cpuNote = (ours: number[]) =>
      `process CPU per read ${round(median(ours))} µs vs ${round(median(plainRead.cpu))} µs (all threads of this process${backend === 'postgres' ? '; PostgreSQL\'s own processes not counted' : ''})`;
    figures.push(figure(`${label}: raw decrypted reads`, 'reads/s', rawRead.rates, plainRead.rates, 'plain SQL select', cpuNote(rawRead.cpu)));
    figures.push(
      figure(`${label}: audited purpose-bound reads`, 'reads/s', auditedRead.rates, plainRead.rates, 'plain SQL select', `p50 ${round(percentile(lat, 50))} ms, p99 ${round(percentile(lat, 99))} ms at 64 callers; ${cpuNote(auditedRead.cpu)}`),
    );

    const verifyRates = await rate(3, 1, async () => {
      const v = await custos.audit.verify();
      if (!v.ok) throw new Error('audit chain broken in bench');
    });
    const entries = (await custos.audit.verify()) as { entries?: number };
    figures.push(figure(`${label}: audit verification`, 'entries/s', verifyRates.map((x) => x * (entries.entries ?? 0))));

    await cleanup();
  }
  return figures;
}

// `node --import tsx bench/vault.ts [--quick]` runs it alone
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runVaultBench({ quick: process.argv.includes('--quick') }).then((f) => console.log(JSON.stringify(f, null, 2)));
}
