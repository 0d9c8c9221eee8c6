import { afterEach, beforeEach, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { describeBackends, makeEnv, type Env } from '../../test/backends.js';
import { keySecret } from '../../test/expect.js';
import { openStores } from '../audit/test-fixtures/stores.js';
import type { Db } from '../store/db.js';
import { KEY_RECHECK_MS } from './keys.js';

const sha256 = (secret: string) => createHash('sha256').update(secret).digest();

/** What someone who can write the data store, but has no master key, can put there: a key of their own. */
async function plantKey(db: Db, keyId: string, role: string): Promise<string> {
  const secret = randomBytes(32).toString('base64url');
  await db.run('INSERT INTO api_keys (key_id, name, role, secret_hash, created_at) VALUES (?, ?, ?, ?, ?)', [keyId, 'planted', role, sha256(secret), Date.now()]);
  return `ck_${keyId}_${secret}`;
}

describeBackends('API keys across processes', (backend) => {
  let env: Env;
  beforeEach(async () => {
    env = await makeEnv(backend);
  });
  afterEach(async () => {
    await env.cleanup();
  });

  const op = { keyId: 'cli', role: 'operator' };

  it('a key revoked by another process on the same store stops working within the recheck time', async () => {
    let clock = Date.parse('2026-11-30T09:00:00Z');
    // the server, and the CLI (or a second server) on the same store
    const server = await env.open({ now: () => new Date(clock) });
    const cli = await env.open();
    const { key, info } = await server.keys.create({ name: 'desk', role: 'support' }, op);
    expect(await server.keys.authenticate(key)).toMatchObject({ keyId: info.keyId, role: 'support' });
    await cli.keys.revoke(info.keyId, op);
    // trusted a moment longer (no store round trip on every request), then looked up again
    clock += KEY_RECHECK_MS - 1;
    expect(await server.keys.authenticate(key)).not.toBeNull();
    clock += 2;
    expect(await server.keys.authenticate(key)).toBeNull();
    clock += KEY_RECHECK_MS * 5;
    expect(await server.keys.authenticate(key)).toBeNull();
  });

  it('a lookup under way when this process revokes the key does not put it back in the cache', async () => {
    const c = await env.open();
    const { key, info } = await c.keys.create({ name: 'desk', role: 'support' }, op);
    // the lookup has read the row and the log (the last thing it reads) when the key is revoked
    const audit = c.audit as { lastEntry: typeof c.audit.lastEntry };
    const lastEntry = audit.lastEntry.bind(c.audit);
    audit.lastEntry = async (action, details) => {
      audit.lastEntry = lastEntry;
      const found = await lastEntry(action, details);
      await c.keys.revoke(info.keyId, op); // while the request that read the key is still being answered
      return found;
    };
    expect(await c.keys.authenticate(key)).not.toBeNull(); // it read the key before the revocation
    expect(await c.keys.authenticate(key)).toBeNull();
  });

  it('a key revoked between the read of its row and the look at the log is refused, and not taken for a row put back', async () => {
    const c = await env.open();
    const { key, info } = await c.keys.create({ name: 'desk', role: 'support' }, op);
    const db = c.db as { get: typeof c.db.get };
    const get = db.get.bind(c.db);
    db.get = (async (sql: string, params?: readonly unknown[]) => {
      db.get = get;
      const row = await get(sql, params as never);
      await c.keys.revoke(info.keyId, op); // after the row was read: the log then holds the revocation
      return row;
    }) as typeof db.get;
    expect(await c.keys.authenticate(key)).toBeNull();
    expect(await c.keys.authenticate(key)).toBeNull();
    expect(await c.audit.query({ action: 'key.authenticate', limit: 10 })).toEqual([]);
  });

  it('a wrong secret for a known key id is refused, cached or not; the last use is recorded once a minute', async () => {
    let clock = Date.parse('2026-11-30T09:00:00Z');
    const c = await env.open({ now: () => new Date(clock) });
    const { key, info } = await c.keys.create({ name: 'app', role: 'application' }, op);
    const forged = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    expect(await c.keys.authenticate(forged)).toBeNull();
    expect(await c.keys.authenticate(key)).not.toBeNull();
    expect(await c.keys.authenticate(forged)).toBeNull();
    clock += KEY_RECHECK_MS * 2;
    expect(await c.keys.authenticate(forged)).toBeNull();
    const lastUsed = async () => (await c.keys.list()).find((k) => k.keyId === info.keyId)?.lastUsedAt;
    expect(await lastUsed()).toBe('2026-11-30T09:00:00.000Z');
    clock += 30_000;
    expect(await c.keys.authenticate(key)).not.toBeNull();
    expect(await lastUsed()).toBe('2026-11-30T09:00:00.000Z');
    clock += 31_000;
    expect(await c.keys.authenticate(key)).not.toBeNull();
    expect(await lastUsed()).toBe(new Date(clock).toISOString());
  });

  it('a key row planted in the data store without the master key is refused like an unknown key, and audited once a minute', async () => {
    let clock = Date.parse('2026-11-30T09:00:00Z');
    const server = await env.open({ now: () => new Date(clock) });
    const planted = await plantKey(server.db, 'planted00001', 'privacy_officer');
    expect(await server.keys.authenticate(planted)).toBeNull();
    expect(await server.keys.authenticate(planted)).toBeNull();
    // the same answer as for a key id that does not exist
    expect(await server.keys.authenticate(`ck_nosuchkey000_${keySecret(planted)}`)).toBeNull();
    // another process on the store (the CLI, a second server) refuses it too
    const other = await env.open();
    expect(await other.keys.authenticate(planted)).toBeNull();
    const recorded = async () => (await server.audit.query({ action: 'key.authenticate', limit: 100 })).filter((e) => e.details?.keyId === 'planted00001');
    const entries = await recorded();
    expect(entries).toHaveLength(2); // once here, once in the other process
    expect(entries[0]).toMatchObject({ outcome: 'denied', reason: 'integrity', actor: { keyId: 'anonymous', role: 'public' } });
    clock += 61_000;
    expect(await server.keys.authenticate(planted)).toBeNull();
    expect(await recorded()).toHaveLength(3);
    // a real key, created and revoked through Custos, works and stops as before, in both processes
    const { key, info } = await server.keys.create({ name: 'desk', role: 'support' }, op);
    expect(await other.keys.authenticate(key)).toMatchObject({ keyId: info.keyId, role: 'support' });
    await other.keys.revoke(info.keyId, op);
    clock += KEY_RECHECK_MS + 1;
    expect(await server.keys.authenticate(key)).toBeNull();
  });

  it('a real key whose row is edited without the master key (role, hash, revocation undone) stops working', async () => {
    let clock = Date.parse('2026-11-30T09:00:00Z');
    const c = await env.open({ now: () => new Date(clock) });
    const later = () => (clock += KEY_RECHECK_MS + 1);
    const { key, info } = await c.keys.create({ name: 'desk', role: 'support' }, op);
    expect(await c.keys.authenticate(key)).toMatchObject({ role: 'support' });
    // a more powerful role
    await c.db.run("UPDATE api_keys SET role = 'privacy_officer' WHERE key_id = ?", [info.keyId]);
    later();
    expect(await c.keys.authenticate(key)).toBeNull();
    await c.db.run("UPDATE api_keys SET role = 'support' WHERE key_id = ?", [info.keyId]);
    later();
    expect(await c.keys.authenticate(key)).toMatchObject({ role: 'support' });
    // the hash of a secret one knows, in a powerful key's row
    const boss = await c.keys.create({ name: 'officer', role: 'privacy_officer' }, op);
    const mine = await plantKey(c.db, 'planted00002', 'support');
    await c.db.run('UPDATE api_keys SET secret_hash = ? WHERE key_id = ?', [sha256(keySecret(mine)), boss.info.keyId]);
    later();
    expect(await c.keys.authenticate(`ck_${boss.info.keyId}_${keySecret(mine)}`)).toBeNull();
    // a revocation undone by hand
    await c.keys.revoke(info.keyId, op);
    expect(await c.keys.authenticate(key)).toBeNull();
    await c.db.run('UPDATE api_keys SET revoked_at = NULL WHERE key_id = ?', [info.keyId]);
    later();
    expect(await c.keys.authenticate(key)).toBeNull();
    const refused = (await c.audit.query({ action: 'key.authenticate', limit: 100 })).map((e) => e.details?.keyId);
    expect(refused).toEqual(expect.arrayContaining([info.keyId, boss.info.keyId]));
  });

  it('a revoked key whose row is put back as it was before (an older copy, its MAC valid) stays refused: the audit log holds the revocation', async () => {
    let clock = Date.parse('2026-11-30T09:00:00Z');
    const c = await env.open({ now: () => new Date(clock) });
    const other = await env.open({ now: () => new Date(clock) });
    const later = () => (clock += KEY_RECHECK_MS + 1);
    const { key, info } = await c.keys.create({ name: 'leaked', role: 'application' }, op);
    const kept = await c.keys.create({ name: 'kept', role: 'application' }, op);
    // someone who can write the store keeps a copy of the row, the key is revoked, the copy is put back
    const copy = (await c.db.get<{ revoked_at: unknown; mac: unknown }>('SELECT revoked_at, mac FROM api_keys WHERE key_id = ?', [info.keyId]))!;
    await c.keys.revoke(info.keyId, op);
    expect(await c.keys.authenticate(key)).toBeNull();
    await c.db.run('UPDATE api_keys SET revoked_at = ?, mac = ? WHERE key_id = ?', [copy.revoked_at as null, copy.mac as Buffer, info.keyId]);
    later();
    // in this process and in another one that never saw the revocation
    expect(await c.keys.authenticate(key)).toBeNull();
    expect(await other.keys.authenticate(key)).toBeNull();
    expect(await other.keys.mayIssueSubjectTokens(info.keyId)).toBe(false);
    // and the list says so: revoked, at the time the log records
    const listed = (await other.keys.list()).find((k) => k.keyId === info.keyId);
    expect(listed?.revokedAt).toBe((await c.audit.query({ action: 'key.revoke', limit: 10 }))[0].time);
    const refused = (await c.audit.query({ action: 'key.authenticate', limit: 100 })).filter((e) => e.details?.keyId === info.keyId);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]).toMatchObject({ outcome: 'denied', reason: 'integrity', details: { table: 'api_keys' } });
    expect(String(refused[0].details?.problem)).toMatch(/revocation/);
    // a key never revoked is not affected
    expect(await other.keys.authenticate(kept.key)).toMatchObject({ keyId: kept.info.keyId });
    expect(await other.keys.mayIssueSubjectTokens(kept.info.keyId)).toBe(true);
  });

  it('keys created before the binding keep working after the upgrade, which computes their MACs once', async () => {
    const c = await env.open();
    const { key, info } = await c.keys.create({ name: 'desk', role: 'support' }, op);
    const gone = await c.keys.create({ name: 'old', role: 'support' }, op);
    await c.keys.revoke(gone.info.keyId, op);
    await c.close();
    // the store as the version before the binding left it: no MAC column, the migration not recorded
    const raw = await openStores(env);
    await raw.db.exec('ALTER TABLE api_keys DROP COLUMN mac');
    await raw.db.run("DELETE FROM custos_migrations WHERE component = 'api-keys'");
    // a row added while the store was still unbound is trusted at the upgrade, as it was before it
    const before = await plantKey(raw.db, 'unbound00001', 'support');
    await raw.close();
    // two processes start (at once on PostgreSQL; in one test process two SQLite connections would wait on each other): one binds
    const [a, b] = backend === 'postgres' ? await Promise.all([env.open(), env.open()]) : [await env.open(), await env.open()];
    expect(await a.keys.authenticate(key)).toMatchObject({ keyId: info.keyId, role: 'support' });
    expect(await b.keys.authenticate(key)).toMatchObject({ keyId: info.keyId, role: 'support' });
    expect(await a.keys.authenticate(gone.key)).toBeNull();
    expect(await b.keys.authenticate(before)).toMatchObject({ keyId: 'unbound00001' });
    const macs = await a.db.all<{ mac: unknown }>('SELECT mac FROM api_keys');
    expect(macs.length).toBe(3);
    for (const m of macs) expect(m.mac).not.toBeNull();
    // after the upgrade a row planted without the master key is refused
    const after = await plantKey(a.db, 'planted00003', 'privacy_officer');
    expect(await a.keys.authenticate(after)).toBeNull();
    expect(await b.keys.authenticate(after)).toBeNull();
    await a.close();
    const again = await env.open(); // a later start binds nothing more
    expect(await again.keys.authenticate(after)).toBeNull();
    expect(await again.keys.authenticate(key)).not.toBeNull();
  });
});
