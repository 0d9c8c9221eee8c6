/**
 * Crash safety: Custos runs in a child process under a create / update / read / record / erase
 * workload and is killed with SIGKILL at a random point (now and then while it is still opening its
 * stores). After each kill the store is reopened and every operation the child saw acknowledged is
 * checked: the subject exists with all its fields, the latest acknowledged value (or one written after
 * it) is there, acknowledged erasures are erased, acknowledged audited operations are in the log (counted
 * by actor), the audit chain verifies, and no subject is half written.
 *
 * The harness of crash.test.ts (SQLite) and crash-postgres.test.ts (two files, so that they run side by
 * side). Bounded in `npm test` (10 SQLite trials, 3 PostgreSQL trials); `npm run test:reliability` runs 100 and
 * 30. CUSTOS_RELIABILITY_PG_RESTART=1 also restarts the PostgreSQL server under load in some trials: it
 * takes the shared server down for a moment, so it is never on in `npm test`.
 */
import { afterAll, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { randomInt } from 'node:crypto';
import { makeEnv, type Backend, type Env } from '../backends.js';
import { toInt } from '../../src/store/db.js';
import { CustosError } from '../../src/errors.js';
import { count, LONG, record } from './report.js';

const fixture = fileURLToPath(new URL('./fixtures/workload.ts', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));
const PG_RESTART = process.env.CUSTOS_RELIABILITY_PG_RESTART === '1';
/** At most this many restarts in a run (every fifth trial otherwise): the server may be shared. */
const PG_RESTART_MAX = Number(process.env.CUSTOS_RELIABILITY_PG_RESTART_MAX ?? Infinity);

type Op = 'create' | 'update' | 'read' | 'record' | 'erase';

/** Everything the children acknowledged (or started) over all trials on one store. */
interface Ledger {
  created: Map<string, string>; // external id -> subject id (acknowledged)
  createStarted: Set<string>; // external ids started, not acknowledged
  name: Map<string, { acked: string; later: Set<string> }>;
  eraseStarted: Set<string>;
  erased: Set<string>;
  records: Map<string, Set<string>>;
  acks: Map<string, Record<Op, number>>; // per trial (actor prefix)
}

interface Figures {
  trials: number;
  killedWhileOpening: number;
  pgRestarts: number;
  acknowledged: number;
  checked: number;
  lost: number;
  halfWritten: number;
  interruptedErasures: number;
  orphanDataKeys: number;
  auditChainFailures: number;
  openFailures: number;
  problems: string[];
}

const newLedger = (): Ledger => ({ created: new Map(), createStarted: new Set(), name: new Map(), eraseStarted: new Set(), erased: new Set(), records: new Map(), acks: new Map() });

function pgRestart(): void {
  const version = readdirSync('/etc/postgresql')[0];
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'restart'], { stdio: 'ignore', timeout: 60_000 });
  for (let i = 0; i < 60; i++) {
    try {
      execFileSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432', '-q'], { stdio: 'ignore' });
      return;
    } catch {
      execFileSync('sleep', ['0.5']);
    }
  }
  throw new Error('PostgreSQL did not come back after the restart');
}

/** Operations a trial (not killed while opening) sees acknowledged before its kill can come. */
const MIN_ACKS = 5;

/** Runs the workload once and kills it; returns what it printed. */
async function trial(env: Env, name: string, opts: { killWhileOpening: boolean; restartPg: boolean }): Promise<string[]> {
  const seed = randomInt(1, 2 ** 31);
  const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      FIXTURE_DATA_DIR: env.dataDir,
      FIXTURE_DATABASE: env.database,
      FIXTURE_SCHEMA: env.schema,
      FIXTURE_KEY: env.masterKey.toString('hex'),
      FIXTURE_TRIAL: name,
      FIXTURE_SEED: String(seed),
    },
  });
  const lines: string[] = [];
  let partial = '';
  let stderr = '';
  // the kill comes at a random time once the workload has a few operations acknowledged (a busy machine
  // can make the first ones slow: a kill too soon would check nothing)
  let acked = 0;
  let onAcked: () => void = () => undefined;
  const someAcked = new Promise<void>((r) => (onAcked = r));
  child.stdout.on('data', (d: Buffer) => {
    const parts = (partial + d.toString()).split('\n');
    partial = parts.pop()!;
    for (const l of parts) {
      lines.push(l);
      if (l.startsWith('ack ') && ++acked === MIN_ACKS) onAcked();
    }
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, s) => resolve(s)));
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  if (opts.killWhileOpening) await sleep(randomInt(0, 1500));
  else {
    const early = await Promise.race([someAcked.then(() => false), exited.then(() => true), sleep(30_000).then(() => true)]);
    if (early) throw new Error(`workload did not start or acknowledged fewer than ${MIN_ACKS} operations in 30 s (seed ${seed}): ${stderr.slice(0, 2000)}`);
    if (opts.restartPg) {
      await sleep(randomInt(200, 800));
      pgRestart();
      await sleep(randomInt(500, 2000));
    } else await sleep(randomInt(50, 1500));
  }
  child.kill('SIGKILL');
  const signal = await exited;
  // A child that exited on its own (not killed) crashed: that is a failure of its own.
  if (signal !== 'SIGKILL') throw new Error(`workload exited by itself (seed ${seed}): ${stderr.slice(0, 2000)}`);
  return lines;
}

function absorb(ledger: Ledger, name: string, lines: string[]): number {
  const acks: Record<Op, number> = { create: 0, update: 0, read: 0, record: 0, erase: 0 };
  ledger.acks.set(name, acks);
  for (const l of lines) {
    const [kind, op, a, b] = l.split(' ');
    if (kind === 'start') {
      if (op === 'create') ledger.createStarted.add(a);
      if (op === 'update') ledger.name.get(a)?.later.add(b);
      if (op === 'erase') ledger.eraseStarted.add(a);
    } else if (kind === 'ack') {
      acks[op as Op]++;
      if (op === 'create') {
        ledger.createStarted.delete(a);
        ledger.created.set(a, b);
        ledger.name.set(b, { acked: `name-${a}-v0`, later: new Set() });
      }
      if (op === 'update') ledger.name.set(a, { acked: b, later: new Set() });
      if (op === 'erase') {
        ledger.eraseStarted.delete(a);
        ledger.erased.add(a);
      }
      if (op === 'record') {
        if (!ledger.records.has(a)) ledger.records.set(a, new Set());
        ledger.records.get(a)!.add(b);
      }
    }
  }
  return Object.values(acks).reduce((x, y) => x + y, 0);
}

/** Reopens the store and checks everything acknowledged so far. */
async function check(env: Env, ledger: Ledger, f: Figures): Promise<void> {
  const problem = (p: string) => {
    f.problems.push(p);
  };
  let custos;
  try {
    custos = await env.open({ mail: { transport: null }, monitor: false });
  } catch (e) {
    f.openFailures++;
    problem(`reopen failed: ${(e as Error).message}`);
    return;
  }
  try {
    const verified = await custos.audit.verify();
    if (!verified.ok) {
      f.auditChainFailures++;
      problem(`audit chain: ${JSON.stringify(verified)}`);
    }
    // Acknowledged creates and updates: the subject is there with every field and an acknowledged (or later) value.
    for (const [ext, id] of ledger.created) {
      f.checked++;
      if (ledger.erased.has(id)) continue;
      const got = await custos.vault.status(id).then((v) => ({ v }), (e: unknown) => ({ e: e as Error }));
      if ('e' in got) {
        f.lost++;
        problem(`acknowledged create ${ext} (${id}) is missing: ${got.e.message}`);
        continue;
      }
      const st = got.v;
      if (st.status === 'erased') {
        if (!ledger.eraseStarted.has(id)) {
          f.lost++;
          problem(`subject ${id} is erased but no erasure was started`);
        }
        continue;
      }
      const byExt = await custos.vault.findByExternalId(ext);
      if (byExt !== id) {
        f.lost++;
        problem(`external id ${ext} finds ${byExt}, expected ${id}`);
      }
      const rec = await custos.vault.read(id);
      const allowed = ledger.name.get(id)!;
      if (rec.fields.email !== `u-${ext}@crash.example` || typeof rec.fields.name !== 'string') {
        f.halfWritten++;
        problem(`subject ${id} lacks fields: ${Object.keys(rec.fields).join(',')}`);
      } else if (rec.fields.name !== allowed.acked && !allowed.later.has(rec.fields.name)) {
        f.lost++;
        problem(`subject ${id}: name is neither the acknowledged value nor a later one`);
      }
    }
    // Acknowledged records.
    for (const [id, ids] of ledger.records) {
      if (ledger.erased.has(id) || ledger.eraseStarted.has(id)) continue;
      const have = new Set<string>();
      for await (const r of custos.vault.records(id, 'messages')) have.add(r.recordId);
      for (const r of ids) {
        f.checked++;
        if (!have.has(r)) {
          f.lost++;
          problem(`acknowledged record ${r} of ${id} is missing`);
        }
      }
    }
    // Acknowledged erasures: no field, no record, no key, status erased.
    for (const id of ledger.erased) {
      f.checked++;
      const st = await custos.vault.status(id);
      const left = await custos.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM subject_fields WHERE subject_id = ?', [id]);
      const key = await custos.keyring.dataKey(id);
      if (st.status !== 'erased' || toInt(left!.n) > 0 || key) {
        f.lost++;
        problem(`acknowledged erasure of ${id} did not hold (status ${st.status}, ${toInt(left!.n)} fields, key ${key ? 'present' : 'gone'})`);
      }
      const read = await custos.vault.read(id).then(() => null, (e: unknown) => e);
      if (!(read instanceof CustosError) || read.code !== 'CUSTOS_SUBJECT_ERASED') {
        f.lost++;
        problem(`erased subject ${id} is still readable`);
      }
    }
    // Acknowledged audited operations: at least as many entries per actor as acknowledgements.
    const actions: Record<Op, [string, string]> = { create: ['app', 'subject.create'], update: ['app', 'subject.update'], read: ['reader', 'subject.read'], record: ['app', 'record.create'], erase: ['eraser', 'subject.erase'] };
    for (const [name, acks] of ledger.acks) {
      for (const [op, n] of Object.entries(acks) as [Op, number][]) {
        const [who, action] = actions[op];
        const row = await custos.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM audit_entries WHERE actor_key_id = ? AND action = ?', [`${name}-${who}`, action]);
        f.checked += n;
        if (toInt(row!.n) < n) {
          f.lost += n - toInt(row!.n);
          problem(`${name}: ${n} acknowledged ${op}s but ${toInt(row!.n)} ${action} audit entries`);
        }
      }
    }
    // No half-written subject anywhere: active with a key and fields, or erased with neither.
    const subjects = await custos.db.all<{ subject_id: string; status: string }>('SELECT subject_id, status FROM subjects');
    const fieldCounts = new Map((await custos.db.all<{ subject_id: string; n: number }>('SELECT subject_id, COUNT(*) AS n FROM subject_fields GROUP BY subject_id')).map((r) => [r.subject_id, toInt(r.n)]));
    const keyed = new Set((await custos.keyDb.all<{ subject_id: string }>('SELECT subject_id FROM data_keys')).map((r) => r.subject_id));
    let interrupted = 0;
    for (const s of subjects) {
      const fields = fieldCounts.get(s.subject_id) ?? 0;
      const hasKey = keyed.has(s.subject_id);
      if (s.status === 'active' && hasKey && fields > 0) continue;
      if (s.status === 'erased' && !hasKey && fields === 0) continue;
      if (s.status === 'erasing' && ledger.eraseStarted.has(s.subject_id)) {
        // An erasure killed between its steps: recorded as under way before the key went, so it is
        // unreadable and reported as erased at once, and the retention run finishes it (checked below).
        interrupted++;
        const st = await custos.vault.status(s.subject_id);
        if (st.status !== 'erased') problem(`interrupted erasure of ${s.subject_id} is not reported as erased`);
        continue;
      }
      f.halfWritten++;
      problem(`half-written subject ${s.subject_id}: status ${s.status}, ${fields} fields, key ${hasKey ? 'present' : 'missing'}`);
    }
    f.interruptedErasures = interrupted;
    // The retention run finishes every interrupted erasure: no key, no fields, status erased.
    const unfinished = await custos.vault.interruptedErasures(10_000);
    await custos.subjects.finishInterruptedErasures();
    for (const id of unfinished) {
      const row = await custos.db.get<{ status: string }>('SELECT status FROM subjects WHERE subject_id = ?', [id]);
      const n = toInt((await custos.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM subject_fields WHERE subject_id = ?', [id]))!.n);
      if (row?.status !== 'erased' || n > 0 || (await custos.keyring.dataKey(id))) problem(`interrupted erasure of ${id} was not finished`);
    }
    const ids = new Set(subjects.map((s) => s.subject_id));
    f.orphanDataKeys = [...keyed].filter((k) => !ids.has(k)).length;
    // Custos goes on after the crash: a new subject can be written and read.
    const after = await custos.subjects.create({ fields: { name: 'after the crash' } }, { actor: { keyId: 'crash-check', role: 'application' }, purpose: 'account' });
    expect((await custos.vault.read(after.id)).fields.name).toBe('after the crash');
  } finally {
    await custos.close();
  }
}

/** One backend's crash suite: `trials` kills, each followed by the full check. */
export function crashSuite(backend: Backend): void {
  const trials = backend === 'sqlite' ? count('CUSTOS_CRASH_TRIALS_SQLITE', 10, 100) : count('CUSTOS_CRASH_TRIALS_PG', 3, 30);
  const f: Figures = { trials: 0, killedWhileOpening: 0, pgRestarts: 0, acknowledged: 0, checked: 0, lost: 0, halfWritten: 0, interruptedErasures: 0, orphanDataKeys: 0, auditChainFailures: 0, openFailures: 0, problems: [] };
  afterAll(() => record(`crash-${backend}`, { ...f }));
  it(
    `every acknowledged write, erasure and audit entry survives ${trials} kills; no subject is half written; the chain verifies`,
    async () => {
      const env = await makeEnv(backend);
      const ledger = newLedger();
      try {
        for (let i = 0; i < trials; i++) {
          const killWhileOpening = i > 0 && randomInt(0, 10) === 0;
          const restartPg = backend === 'postgres' && PG_RESTART && i % 5 === 2 && f.pgRestarts < PG_RESTART_MAX;
          const name = `t${i}`;
          const lines = await trial(env, name, { killWhileOpening, restartPg });
          f.trials++;
          if (killWhileOpening) f.killedWhileOpening++;
          if (restartPg) f.pgRestarts++;
          f.acknowledged += absorb(ledger, name, lines);
          await check(env, ledger, f);
        }
      } finally {
        await env.cleanup();
      }
      expect(f.problems).toEqual([]);
      expect(f.lost).toBe(0);
      expect(f.halfWritten).toBe(0);
      expect(f.openFailures).toBe(0);
      expect(f.auditChainFailures).toBe(0);
      expect(f.acknowledged).toBeGreaterThanOrEqual((f.trials - f.killedWhileOpening) * MIN_ACKS);
    },
    LONG ? 3_600_000 : 120_000,
  );
}
