import { afterEach, beforeEach, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeBackends, makeEnv, type Env } from '../../test/backends.js';
import type { Custos } from '../custos.js';
import { createBackup, resolveStores, restoreBackup, verifyBackup, type Stores } from './backup.js';
import { reconcileAfterRestore } from './reconcile.js';
import { DATA_MIGRATIONS } from '../store/schema.js';

const app = { keyId: 't', role: 'application' };
const officer = { keyId: 't', role: 'privacy_officer' };

describeBackends('backup and restore', (backend) => {
  let env: Env;
  let stores: Stores;
  let out: string;
  beforeEach(async () => {
    env = await makeEnv(backend);
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

  it('backup, erase, restore the data backup only: the erased subject stays erased (and is erased again), the others are intact', async () => {
    const c = await env.open();
    const { a, b } = await seed(c);
    const manifest = await createBackup(stores, out);
    expect(Object.keys(manifest.parts)).toEqual(['data', 'keys']);
    await c.subjects.erase(a, { actor: officer, reason: 'erasure request' });
    const afterBackup = (await c.subjects.create({ fields: { name: 'New' } }, { actor: app, purpose: 'account' })).id;
    await c.close();

    const r = await restoreBackup(out, stores, { parts: ['data'], force: true });
    expect(r.restored).toEqual(['data']);
    const c2 = await env.open();
    // before reconciling, the restored rows of the erased subject are already unreadable: its data key is gone
    const before = await c2.subjects.read(a, { actor: officer, purpose: 'support' });
    expect(before.fields).toEqual({});
    expect(before.withheld.every((w) => w.reason === 'erased')).toBe(true);

    const rec = await reconcileAfterRestore(c2, r.restored);
    expect(rec).toEqual({ erasedAgain: 1, keysDestroyed: 0, withoutKey: 0 });
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

    await expect(restoreBackup(out, stores)).rejects.toMatchObject({ code: 'CUSTOS_CONFLICT' });
    const r = await restoreBackup(out, stores, { force: true });
    expect(r.restored).toEqual(['data', 'keys']);
    const c2 = await env.open();
    expect(await reconcileAfterRestore(c2, r.restored)).toEqual({ erasedAgain: 0, keysDestroyed: 0, withoutKey: 0 });
    expect((await c2.vault.read(b)).fields.name).toBe('Stays');
    await expect(c2.vault.status(later)).rejects.toMatchObject({ code: 'CUSTOS_NOT_FOUND' });
    expect((await c2.audit.verify()).ok).toBe(true);
    await c2.close();

    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(m.parts.data.migrations.vault).toBe(DATA_MIGRATIONS[DATA_MIGRATIONS.length - 1].version);
    for (const f of ['manifest.json', m.parts.data.file, m.parts.keys.file]) expect(statSync(join(out, f)).mode & 0o777, f).toBe(0o600);
    for (const d of ['', 'data', 'keys']) expect(statSync(join(out, d)).mode & 0o777).toBe(0o700);
    await expect(createBackup(stores, out)).rejects.toMatchObject({ code: 'CUSTOS_CONFLICT' });

    appendFileSync(join(out, m.parts.keys.file), 'x');
    await expect(verifyBackup(out)).rejects.toMatchObject({ code: 'CUSTOS_INTEGRITY' });
    await expect(restoreBackup(out, stores, { force: true })).rejects.toMatchObject({ code: 'CUSTOS_INTEGRITY' });
  });

  it('restoring an older key backup destroys again the keys of subjects erased since', async () => {
    const c = await env.open();
    const { a, b } = await seed(c);
    await createBackup(stores, out, ['keys']);
    await c.subjects.erase(a, { actor: officer, reason: 'erasure request' });
    await c.close();
    const r = await restoreBackup(out, stores, { parts: ['keys'], force: true });
    const c2 = await env.open();
    expect(await c2.keyring.dataKey(a)).not.toBeNull(); // the old key came back with the backup ...
    expect(await reconcileAfterRestore(c2, r.restored)).toEqual({ erasedAgain: 0, keysDestroyed: 1, withoutKey: 0 });
    expect(await c2.keyring.dataKey(a)).toBeNull(); // ... and is gone again
    expect((await c2.vault.read(b)).fields.name).toBe('Stays');
  });
});
