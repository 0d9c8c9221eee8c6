import { afterEach, beforeEach, expect, it } from 'vitest';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeBackends, makeEnv, type Env } from '../../test/backends.js';
import type { Custos } from '../custos.js';
import { createBackup, requireStores, resolveStores, restoreBackup, verifyBackup, type Part, type Stores } from './backup.js';
import { reconcileAfterRestore } from './reconcile.js';
import { DATA_MIGRATIONS } from '../store/schema.js';

const app = { keyId: 't', role: 'application' };
const officer = { keyId: 't', role: 'privacy_officer' };

describeBackends('backup and restore', (backend) => {
  let env: Env;
  let stores: Stores;
  let out: string;
  beforeEach(async () => {
    // a new schema: some tests begin before there are any stores
    env = await makeEnv(backend, { freshSchema: true });
    stores = resolveStores({ dataDir: env.dataDir, database: env.database, schema: env.schema });
    out = join(mkdtempSync(join(tmpdir(), 'custos-backup-')), 'b1');
  });
  afterEach(async () => {
    await env.cleanup();
  });

  async function seed(c: Custos) {
    const a = (await c.subjects.create({ externalId: 'a', fields: { name: 'Erased Later', email: 'erased@example.com' } }, { actor: app, purpose: 'account' })).id;
    const b = (await c.subjects.create({ externalId: 'b', fields: { name: 'Stays', email: 'stays@example.com' } }, { actor: app, purpose: 'account' })).id;
    await c.subjects.addRecord(b, 'messages', 'kept message', { actor: app, purpose: 'lesson_delivery' });
    return { a, b };
  }

  it('a backup refuses stores that are not there, or not Custos stores of that kind (the key store given as the data store), before anything opens them', async () => {
    await expect(requireStores(stores, ['data', 'keys'])).rejects.toMatchObject({ details: [{ rule: 'store_exists' }] });
    await (await env.open()).close();
    await requireStores(stores, ['data', 'keys']);
    // the key store where the data store should be, and the data store where the key store should be
    const swapped: Stores = { ...stores, data: stores.keys, keys: stores.data };
    for (const part of ['data', 'keys'] as const)
      await expect(requireStores(swapped, [part])).rejects.toMatchObject({ code: 'CUSTOS_INVALID_INPUT', details: [{ field: backend === 'postgres' ? 'schema' : 'data-dir', rule: 'store_exists' }] });
  });

  it('backup, erase, restore the data backup only: the erased subject stays erased (and is erased again), the others are intact', async () => {
    const c = await env.open();
    const { a, b } = await seed(c);
    const manifest = await createBackup(stores, out);
    expect(Object.keys(manifest.parts)).toEqual(['data', 'keys']);
    await c.subjects.erase(a, { actor: officer, reason: 'erasure request' });
    const afterBackup = (await c.subjects.create({ fields: { name: 'New' } }, { actor: app, purpose: 'account' })).id;
    await c.close();

    const r = await restoreBackup(out, stores, { parts: ['data'], force: true, masterKey: env.masterKey });
    expect(r.restored).toEqual(['data']);
    const c2 = await env.open();
    // opening the restored stores reconciled them (the restore's list was pending in the data directory);
    // the restored rows of the erased subject were unreadable before that anyway: its data key is gone
    expect(c2.finishedRestore).toMatchObject({ restored: ['data'], report: { erasedAgain: 1 } });
    const before = await c2.subjects.read(a, { actor: officer, purpose: 'support' });
    expect(before.fields).toEqual({});
    expect(before.withheld.every((w) => w.reason === 'erased')).toBe(true);

    const rec = await reconcileAfterRestore(c2, r);
    // the live key store stays: the erasure is found by its missing key (counted in erasedAgain), not read from the live data store
    expect(rec).toEqual({ erasedAgain: 1, erasedAgainFromLive: 0, keysDestroyed: 0, withoutKey: 0, liveErasures: 'checked', liveStores: { data: 'read' }, interruptedRestores: 0 });
    expect((await c2.vault.status(a)).status).toBe('erased');
    expect(await c2.vault.findByEmail('erased@example.com')).toEqual([]);
    expect(await c2.audit.query({ subjectId: a })).toEqual([]);
    const kept = await c2.subjects.read(b, { actor: officer, purpose: 'support' });
    expect(kept.fields).toEqual({ name: 'Stays', email: 'stays@example.com' });
    expect((await c2.subjects.records(b, 'messages', { actor: officer, purpose: 'support' })).map((x) => x.value)).toEqual(['kept message']);
    // created after the backup: not in the restored data
    await expect(c2.vault.status(afterBackup)).rejects.toMatchObject({ code: 'CUSTOS_NOT_FOUND' });
    expect((await c2.audit.verify()).ok).toBe(true);
  });

  it('full restore round trip; refuses to overwrite without force; checks the checksums first', async () => {
    const c = await env.open();
    const { b } = await seed(c);
    await createBackup(stores, out);
    await c.subjects.update(b, { name: 'Changed After' }, { actor: app, purpose: 'account' });
    const later = (await c.subjects.create({ fields: { name: 'Later' } }, { actor: app, purpose: 'account' })).id;
    await c.close();

    await expect(restoreBackup(out, stores, { masterKey: env.masterKey })).rejects.toMatchObject({ code: 'CUSTOS_CONFLICT' });
    const r = await restoreBackup(out, stores, { force: true, masterKey: env.masterKey });
    expect(r.restored).toEqual(['data', 'keys']);
    const c2 = await env.open();
    expect(await reconcileAfterRestore(c2, r)).toEqual({ erasedAgain: 0, erasedAgainFromLive: 0, keysDestroyed: 0, withoutKey: 0, liveErasures: 'checked', liveStores: { data: 'read', keys: 'read' }, interruptedRestores: 0 });
    expect((await c2.vault.read(b)).fields.name).toBe('Stays');
    await expect(c2.vault.status(later)).rejects.toMatchObject({ code: 'CUSTOS_NOT_FOUND' });
    expect((await c2.audit.verify()).ok).toBe(true);
    await c2.close();

    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(m.parts.data.migrations.vault).toBe(DATA_MIGRATIONS[DATA_MIGRATIONS.length - 1].version);
    for (const f of ['manifest.json', m.parts.data.file, m.parts.keys.file]) expect(statSync(join(out, f)).mode & 0o777, f).toBe(0o600);
    for (const d of ['', 'data', 'keys']) expect(statSync(join(out, d)).mode & 0o777).toBe(0o700);
    await expect(createBackup(stores, out)).rejects.toMatchObject({ code: 'CUSTOS_INVALID_INPUT', details: [{ field: 'out', rule: 'empty_directory' }] });

    appendFileSync(join(out, m.parts.keys.file), 'x');
    await expect(verifyBackup(out)).rejects.toMatchObject({ code: 'CUSTOS_INTEGRITY' });
    await expect(restoreBackup(out, stores, { force: true, masterKey: env.masterKey })).rejects.toMatchObject({ code: 'CUSTOS_INTEGRITY' });
  });

  it('restoring an older key backup destroys again the keys of subjects erased since', async () => {
    const c = await env.open();
    const { a, b } = await seed(c);
    await createBackup(stores, out, ['keys']);
    await c.subjects.erase(a, { actor: officer, reason: 'erasure request' });
    await c.close();
    const r = await restoreBackup(out, stores, { parts: ['keys'], force: true, masterKey: env.masterKey });
    // the old key came back with the backup, and opening the restored stores destroyed it again
    const c2 = await env.open();
    expect(await reconcileAfterRestore(c2, r)).toEqual({ erasedAgain: 0, erasedAgainFromLive: 0, keysDestroyed: 1, withoutKey: 0, liveErasures: 'checked', liveStores: {}, interruptedRestores: 0 });
    expect(await c2.keyring.dataKey(a)).toBeNull();
    expect((await c2.vault.read(b)).fields.name).toBe('Stays');
  });

  /** The live stores are lost (a new machine, a dead disk): SQLite files removed, PostgreSQL schemas dropped. */
  async function lose(parts: Part[]) {
    for (const p of parts) {
      const loc = stores[p];
      if (loc.kind === 'sqlite') for (const f of [loc.file, `${loc.file}-wal`, `${loc.file}-shm`]) rmSync(f, { force: true });
      else {
        const client = new pg.Client({ connectionString: loc.url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${loc.schema} CASCADE`);
        await client.end();
      }
    }
  }

  /** Backup of data and keys, then `a` erased: the repro of the full-restore defect. */
  async function backupThenErase() {
    const c = await env.open();
    const ids = await seed(c);
    await createBackup(stores, out);
    await c.subjects.erase(ids.a, { actor: officer, reason: 'erasure request' });
    await c.close();
    return ids;
  }

  it('full restore (data and keys from one backup): a subject erased after the backup is erased again, from what the live stores held', async () => {
    const { a, b } = await backupThenErase();
    const r = await restoreBackup(out, stores, { force: true, masterKey: env.masterKey });
    expect(r.restored).toEqual(['data', 'keys']);
    expect(r.live).toMatchObject({ knowledge: 'checked', count: 1, hadSubjects: true });
    // the ids wait in the data directory until the reconcile is done (ids only, nothing else of the person)
    const dir = r.live.dir;
    expect(dir).toBe(join(env.dataDir, 'restore-pending'));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir).sort()).toEqual([`${r.live.id}.ids`, `${r.live.id}.json`]);
    for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).mode & 0o777, f).toBe(0o600);
    expect(readFileSync(r.live.idsFile, 'utf8')).toBe(`${a}\n`);
    expect(JSON.parse(readFileSync(join(dir, `${r.live.id}.json`), 'utf8'))).toMatchObject({ parts: ['data', 'keys'], knowledge: 'checked', count: 1, hadSubjects: true });
    expect(readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('')).not.toMatch(/example\.com|Erased Later|Stays/);

    // rows and key came back together: opening the restored stores erases the person again before anything is served
    const c2 = await env.open();
    const rec = await reconcileAfterRestore(c2, r);
    expect(rec).toEqual({ erasedAgain: 0, erasedAgainFromLive: 1, keysDestroyed: 0, withoutKey: 0, liveErasures: 'checked', liveStores: { data: 'read', keys: 'read' }, interruptedRestores: 0 });
    expect(existsSync(dir)).toBe(false);
    expect((await c2.vault.status(a)).status).toBe('erased');
    expect(await c2.keyring.dataKey(a)).toBeNull();
    expect(await c2.vault.findByEmail('erased@example.com')).toEqual([]);
    const gone = await c2.subjects.read(a, { actor: officer, purpose: 'support' });
    expect(gone.fields).toEqual({});
    expect(gone.withheld.every((w) => w.reason === 'erased')).toBe(true);
    expect(await c2.audit.query({ subjectId: a })).toEqual([]);
    expect((await c2.subjects.read(b, { actor: officer, purpose: 'support' })).fields).toEqual({ name: 'Stays', email: 'stays@example.com' });
    const [entry] = (await c2.audit.query({ action: 'backup.reconcile' })).slice(-1);
    expect(entry.details).toMatchObject({ erasedAgainFromLive: 1, liveErasures: 'checked' });
    expect((await c2.audit.verify()).ok).toBe(true);
    // a second full restore finds the subject erased in the live stores again
    await c2.close();
    const again = await restoreBackup(out, stores, { force: true, masterKey: env.masterKey });
    const c3 = await env.open();
    expect((await reconcileAfterRestore(c3, again)).erasedAgainFromLive).toBe(1);
    expect((await c3.vault.status(a)).status).toBe('erased');
  });

  it('full restore: an active subject the live key store had no key for (a data restore left unreconciled) is erased again', async () => {
    const { a } = await backupThenErase();
    const dataOnly = await restoreBackup(out, stores, { parts: ['data'], force: true, masterKey: env.masterKey });
    // not reconciled, and its list lost (as a data restore left unreconciled before lists were kept): the live
    // data store holds `a` as active, the live key store has no key for it
    rmSync(dataOnly.live.dir, { recursive: true, force: true });
    const r = await restoreBackup(out, stores, { force: true, masterKey: env.masterKey });
    expect(r.live.count).toBe(1);
    const c2 = await env.open();
    expect(await reconcileAfterRestore(c2, r)).toMatchObject({ erasedAgainFromLive: 1, liveErasures: 'checked' });
    expect((await c2.vault.status(a)).status).toBe('erased');
    expect(await c2.keyring.dataKey(a)).toBeNull();
  });

  /** The people a restore stopped half way would bring back: backed up, then erased (several, to see them all come back erased). */
  async function backupThenEraseSome() {
    const c = await env.open();
    const { a, b } = await seed(c);
    const more: string[] = [];
    for (let i = 0; i < 3; i++) more.push((await c.subjects.create({ fields: { name: `Erased ${i}`, email: `erased${i}@example.com` } }, { actor: app, purpose: 'account' })).id);
    await createBackup(stores, out);
    const erased = [a, ...more];
    await c.subjects.eraseMany(erased, { actor: officer, reason: 'erasure request' });
    await c.close();
    return { erased, b };
  }
  const pendingDir = () => join(env.dataDir, 'restore-pending');

  it('a restore stopped after the stores were replaced (no reconcile): opening Custos erases again everyone erased since the backup before anything is served, and says what it did', async () => {
    const { erased, b } = await backupThenEraseSome();
    // the restore process stops here (killed): the stores hold the backup, the erased people active with their keys
    const r = await restoreBackup(out, stores, { force: true, masterKey: env.masterKey });
    expect(r.interrupted).toBe(0);
    expect(readdirSync(pendingDir())).toEqual(expect.arrayContaining([`${r.live.id}.json`]));

    const c = await env.open();
    for (const id of erased) {
      expect((await c.vault.status(id)).status).toBe('erased');
      expect(await c.keyring.dataKey(id)).toBeNull();
      expect((await c.subjects.read(id, { actor: officer, purpose: 'support' })).fields).toEqual({});
    }
    expect(await c.vault.findByEmail('erased@example.com')).toEqual([]);
    expect((await c.subjects.read(b, { actor: officer, purpose: 'support' })).fields).toEqual({ name: 'Stays', email: 'stays@example.com' });
    expect(c.finishedRestore).toEqual({
      restored: ['data', 'keys'],
      lists: [r.live.id],
      report: { erasedAgain: 0, erasedAgainFromLive: erased.length, keysDestroyed: 0, withoutKey: 0, liveErasures: 'checked', liveStores: { data: 'read', keys: 'read' }, interruptedRestores: 1 },
    });
    // audited as Custos's own process, counts only
    const [entry] = (await c.audit.query({ action: 'backup.reconcile' })).slice(-1);
    expect(entry).toMatchObject({ actor: { keyId: 'system' }, details: { restores: 1, erasedAgainFromLive: erased.length, liveErasures: 'checked' } });
    expect(JSON.stringify(entry)).not.toMatch(/example\.com|Erased/);
    expect((await c.audit.verify()).ok).toBe(true);
    // done: the list is gone, and the next open has nothing to finish
    expect(existsSync(pendingDir())).toBe(false);
    // the report of the restore, asked for afterwards, is the one made at open (the restore's own list is not an interrupted one)
    expect(await reconcileAfterRestore(c, r)).toMatchObject({ erasedAgainFromLive: erased.length, liveErasures: 'checked', interruptedRestores: 0 });
    await c.close();
    const again = await env.open();
    expect(again.finishedRestore).toBeUndefined();
    await again.close();
    // what a restore stopped before it committed its list leaves (it had overwritten nothing) is removed at open
    mkdirSync(pendingDir(), { mode: 0o700 });
    writeFileSync(join(pendingDir(), '000001-0a0b0c0d.ids'), `${erased[0]}\n`, { mode: 0o600 });
    writeFileSync(join(pendingDir(), '000001-0a0b0c0d.json.tmp'), '{', { mode: 0o600 });
    expect((await env.open()).finishedRestore).toBeUndefined();
    expect(existsSync(pendingDir())).toBe(false);
  });

  it('a restore stopped after the stores were replaced, then made again: the second reconcile includes the first list, which the half-restored stores no longer know', async () => {
    const { erased } = await backupThenEraseSome();
    const first = await restoreBackup(out, stores, { force: true, masterKey: env.masterKey });
    const second = await restoreBackup(out, stores, { force: true, masterKey: env.masterKey });
    expect(second.interrupted).toBe(1);
    // what the second restore could read of the half-restored stores: the backup, where they are active and keyed
    expect(second.live).toMatchObject({ knowledge: 'checked', count: 0 });
    const c = await env.open();
    expect(await reconcileAfterRestore(c, second)).toEqual({
      erasedAgain: 0,
      erasedAgainFromLive: erased.length,
      keysDestroyed: 0,
      withoutKey: 0,
      liveErasures: 'checked',
      liveStores: { data: 'read', keys: 'read' },
      interruptedRestores: 1,
    });
    expect(c.finishedRestore?.lists).toEqual([first.live.id, second.live.id]);
    for (const id of erased) expect((await c.vault.status(id)).status).toBe('erased');
    expect(existsSync(pendingDir())).toBe(false);
  });

  it('an interrupted restore that knew only part of the erasures: a second restore does not report them as checked', async () => {
    const { erased } = await backupThenEraseSome();
    await lose(['keys']); // the live key store is gone: the first restore knows the data store's statuses only
    const first = await restoreBackup(out, stores, { force: true, masterKey: env.masterKey });
    expect(first.live).toMatchObject({ knowledge: 'partial', count: erased.length });
    // the second restore reads both (half-restored) stores in full: on its own it would say `checked`
    const second = await restoreBackup(out, stores, { force: true, masterKey: env.masterKey });
    expect(second.live).toMatchObject({ knowledge: 'checked' });
    const c = await env.open();
    expect(await reconcileAfterRestore(c, second)).toMatchObject({ erasedAgainFromLive: erased.length, liveErasures: 'partial', liveStores: { data: 'read', keys: 'missing' }, interruptedRestores: 1 });
    for (const id of erased) expect((await c.vault.status(id)).status).toBe('erased');
  });

  it('a restore failing after the data store was written keeps its list: the next open erases again', async () => {
    const { erased } = await backupThenEraseSome();
    // a key store that cannot be written: the data part is restored, the key part fails
    const broken: Stores = {
      ...stores,
      keys: stores.keys.kind === 'sqlite' ? { kind: 'sqlite', file: join(stores.data.kind === 'sqlite' ? stores.data.file : env.dataDir, 'keys.db') } : { ...stores.keys, url: 'postgres://127.0.0.1:1/none' },
    };
    const err = await restoreBackup(out, broken, { force: true, masterKey: env.masterKey }).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(String(err.message)).not.toMatch(/example\.com|Erased/);
    expect(err.message).toContain(`the restore stopped part way; the subjects the replaced stores held as erased are listed in ${pendingDir()}`);
    expect(readdirSync(pendingDir()).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    // the data store now holds the backup: the erased people are active there, their keys gone from the live key store
    const c = await env.open();
    for (const id of erased) expect((await c.vault.status(id)).status).toBe('erased');
    const rec = c.finishedRestore!.report;
    expect(rec.erasedAgain + rec.erasedAgainFromLive).toBe(erased.length);
    // the key store could not be read before the restore: not `checked`
    expect(rec.liveErasures).toBe('partial');
    expect(existsSync(pendingDir())).toBe(false);
  });

  it('a pending list for another data store, or a damaged one: the restore refuses before writing anything, and Custos does not open', async () => {
    await backupThenEraseSome();
    const first = await restoreBackup(out, stores, { force: true, masterKey: env.masterKey });
    const meta = join(first.live.dir, `${first.live.id}.json`);
    const saved = readFileSync(meta, 'utf8');
    writeFileSync(meta, JSON.stringify({ ...JSON.parse(saved), target: 'sqlite:/elsewhere/custos.db' }));
    const other = await restoreBackup(out, stores, { force: true, masterKey: env.masterKey }).catch((e) => e);
    expect(other).toMatchObject({ code: 'CUSTOS_CONFLICT', details: [{ field: 'data-dir', rule: 'restore_pending_other_store' }] });
    await expect(env.open()).rejects.toMatchObject({ code: 'CUSTOS_CONFLICT', details: [{ rule: 'restore_pending_other_store' }] });
    writeFileSync(meta, '{ damaged');
    await expect(restoreBackup(out, stores, { force: true, masterKey: env.masterKey })).rejects.toMatchObject({ code: 'CUSTOS_INTEGRITY', details: [{ rule: 'restore_pending_damaged' }] });
    await expect(env.open()).rejects.toMatchObject({ code: 'CUSTOS_INTEGRITY', details: [{ rule: 'restore_pending_damaged' }] });
    // nothing was added by the refused restores
    expect(readdirSync(first.live.dir).sort()).toEqual([`${first.live.id}.ids`, `${first.live.id}.json`]);
    writeFileSync(meta, saved);
    const c = await env.open();
    expect(c.finishedRestore?.lists).toEqual([first.live.id]);
  });

  it('full restore without the live key store: erased again from the data store\'s statuses, reported as partial', async () => {
    const { a } = await backupThenErase();
    await lose(['keys']);
    const r = await restoreBackup(out, stores, { force: true, masterKey: env.masterKey });
    const c2 = await env.open();
    expect(await reconcileAfterRestore(c2, r)).toEqual({ erasedAgain: 0, erasedAgainFromLive: 1, keysDestroyed: 0, withoutKey: 0, liveErasures: 'partial', liveStores: { data: 'read', keys: 'missing' }, interruptedRestores: 0 });
    expect((await c2.vault.status(a)).status).toBe('erased');
  });

  it('full restore onto a new machine (no live stores, or new empty ones): later erasures cannot be known, and the report says so', async () => {
    const { a } = await backupThenErase();
    await lose(['data', 'keys']);
    const r = await restoreBackup(out, stores, { force: true, masterKey: env.masterKey });
    expect(r.live).toMatchObject({ knowledge: 'unknown', count: 0 });
    const c2 = await env.open();
    expect(await reconcileAfterRestore(c2, r)).toEqual({ erasedAgain: 0, erasedAgainFromLive: 0, keysDestroyed: 0, withoutKey: 0, liveErasures: 'unknown', liveStores: { data: 'missing' }, interruptedRestores: 0 });
    // the limit, stated in the report: the subject erased after the backup is back until the erasure is made again
    expect((await c2.vault.status(a)).status).toBe('active');
    const [entry] = (await c2.audit.query({ action: 'backup.reconcile' })).slice(-1);
    expect(entry.details).toMatchObject({ liveErasures: 'unknown' });
    await c2.subjects.erase(a, { actor: officer, reason: 'erasure request made again after the restore' });

    // stores created empty before the restore (Custos opened once on the new machine) know nothing either
    await c2.close();
    await lose(['data', 'keys']);
    await (await env.open()).close();
    const r2 = await restoreBackup(out, stores, { force: true, masterKey: env.masterKey });
    const c3 = await env.open();
    expect(await reconcileAfterRestore(c3, r2)).toMatchObject({ erasedAgainFromLive: 0, liveErasures: 'unknown', liveStores: { data: 'read', keys: 'read' } });

    // a live data store that cannot be read (here: a subjects table of another shape) is reported, not an error
    await c3.close();
    await lose(['data', 'keys']);
    if (stores.data.kind === 'sqlite') new Database(stores.data.file).exec('CREATE TABLE subjects (other INTEGER)').close();
    else {
      const client = new pg.Client({ connectionString: stores.data.url });
      await client.connect();
      await client.query(`CREATE SCHEMA ${stores.data.schema}; CREATE TABLE ${stores.data.schema}.subjects (other INTEGER)`);
      await client.end();
    }
    const r3 = await restoreBackup(out, stores, { force: true, masterKey: env.masterKey });
    expect(r3.live).toMatchObject({ knowledge: 'unknown', stores: { data: 'unreadable' } });
    const c4 = await env.open();
    expect(await reconcileAfterRestore(c4, r3)).toMatchObject({ liveErasures: 'unknown', liveStores: { data: 'unreadable' } });
  });

  it('a wrong master key is found before anything is replaced: nothing changes, and the live erasures are still known to the restore made with the right key', async () => {
    const { a } = await backupThenErase();
    const c = await env.open();
    const later = (await c.subjects.create({ fields: { name: 'Later' } }, { actor: app, purpose: 'account' })).id;
    await c.close();
    const wrongKey = randomBytes(32);
    for (const parts of [undefined, ['keys'], ['data']] as (Part[] | undefined)[]) {
      const err = await restoreBackup(out, stores, { force: true, masterKey: wrongKey, ...(parts ? { parts } : {}) }).catch((e) => e);
      expect(err, String(parts)).toMatchObject({ code: 'CUSTOS_WRONG_MASTER_KEY', details: [{ rule: 'master_key' }] });
      expect(err.message).toMatch(parts?.[0] === 'data' ? /the live key store/ : /the key store of the backup/);
      expect(err.message).toMatch(/replaced nothing/);
    }
    // nor is any list of live erasures written
    expect(existsSync(join(env.dataDir, 'restore-pending'))).toBe(false);
    // the live stores are as they were: opened with the right key, the later subject is there, the erased one erased
    const c2 = await env.open();
    expect((await c2.vault.status(later)).status).toBe('active');
    expect((await c2.vault.status(a)).status).toBe('erased');
    await c2.close();
    // with the right key the restore reads the live stores, so the erasure made after the backup holds
    const r = await restoreBackup(out, stores, { force: true, masterKey: env.masterKey.toString('base64') });
    const c3 = await env.open();
    expect(await reconcileAfterRestore(c3, r)).toMatchObject({ erasedAgainFromLive: 1, liveErasures: 'checked' });
    expect((await c3.vault.status(a)).status).toBe('erased');
    await c3.close();
    // a data-only restore keeps the live key store: with none there, every restored subject would lose its key
    await lose(['keys']);
    await expect(restoreBackup(out, stores, { parts: ['data'], force: true, masterKey: env.masterKey })).rejects.toMatchObject({ code: 'CUSTOS_INVALID_INPUT', details: [{ field: 'data-only', rule: 'live_key_store' }] });
    await expect(restoreBackup(out, stores, { force: true } as never)).rejects.toMatchObject({ details: [{ field: 'masterKey', rule: 'master_key' }] });
  });

  it('a part that cannot go where its store is: a clear error naming the field and rule, and neither store is written', async () => {
    const { a } = await backupThenErase();
    const c = await env.open();
    const later = (await c.subjects.create({ fields: { name: 'Later' } }, { actor: app, purpose: 'account' })).id;
    await c.close();
    const wrong: Stores = {
      ...stores,
      keys: stores.keys.kind === 'sqlite' ? { kind: 'postgres', url: 'postgres://127.0.0.1:1/none', schema: `${env.schema}_keys` } : { kind: 'sqlite', file: join(env.dataDir, 'keys.db') },
    };
    const err = await restoreBackup(out, wrong, { force: true, masterKey: env.masterKey }).catch((e) => e);
    expect(err).toMatchObject({ code: 'CUSTOS_INVALID_INPUT', details: [{ field: 'from', rule: 'backup_kind' }] });
    expect(err.message).not.toMatch(/example\.com|Erased Later/);
    expect(existsSync(join(env.dataDir, 'restore-pending'))).toBe(false);
    const c2 = await env.open();
    expect((await c2.vault.status(later)).status).toBe('active'); // the data store was not replaced
    expect((await c2.vault.status(a)).status).toBe('erased');
  });
});
