import { afterEach, beforeEach, expect, it } from 'vitest';
import { randomBytes, scryptSync } from 'node:crypto';
import { describeBackends, makeEnv, type Env } from '../../test/backends.js';
import { rejects } from '../../test/expect.js';
import { openStores } from '../audit/test-fixtures/stores.js';
import type { Custos } from '../custos.js';
import type { Db, Param } from '../store/db.js';

const PASSWORD = 'a long admin passphrase';
const MINE = 'a password of my own choosing';
const cli = { keyId: 'cli', role: 'operator' };

/**
 * What someone who can write the data store, but has no master key, can write: an scrypt hash of a
 * password of their choosing, with cheap parameters, for the most powerful role.
 */
function forgedRow(generation: number): Param[] {
  const salt = randomBytes(16);
  const hash = scryptSync(MINE.normalize('NFKC'), salt, 32, { N: 1024, r: 8, p: 1 });
  return ['admin', 'privacy_officer', salt, hash, 1024, 8, 1, generation, Date.now()];
}
const insertForged = (db: Db, generation = 1) =>
  db.run('INSERT INTO admin_password (account, role, salt, hash, cost_n, cost_r, cost_p, generation, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', forgedRow(generation));
const replaceWithForged = (db: Db, generation: number) => {
  const [, role, salt, hash, n, r, p] = forgedRow(generation);
  return db.run('UPDATE admin_password SET role = ?, salt = ?, hash = ?, cost_n = ?, cost_r = ?, cost_p = ?, generation = ? WHERE account = ?', [role, salt, hash, n, r, p, generation, 'admin']);
};
const integrityDenials = async (c: Custos) => (await c.audit.query({ action: 'admin.sign_in', limit: 100 })).filter((e) => e.reason === 'integrity').length;

describeBackends('admin password bound to the master key', (backend) => {
  let env: Env;
  beforeEach(async () => {
    env = await makeEnv(backend);
  });
  afterEach(async () => {
    await env.cleanup();
  });

  it('a password row written without the master key signs no one in, whether or not a password was set', async () => {
    const server = await env.open();
    // no password set: a planted row
    await insertForged(server.db);
    await rejects(server.admin.signIn(MINE), 'CUSTOS_UNAUTHENTICATED', 'admin_password');
    expect(await integrityDenials(server)).toBe(1);
    await server.db.run('DELETE FROM admin_password');
    // a password set by the operator (the CLI, another process), then replaced in the store
    const op = await env.open();
    await op.admin.setPassword(PASSWORD, 'support', cli);
    const s = await server.admin.signIn(PASSWORD);
    expect(s.role).toBe('support');
    expect(await server.admin.session(s.token)).toMatchObject({ actor: { role: 'support' } });
    await replaceWithForged(server.db, 1); // the same generation, so the session's binding would still hold
    await rejects(server.admin.signIn(MINE), 'CUSTOS_UNAUTHENTICATED', 'admin_password');
    await rejects(server.admin.signIn(PASSWORD), 'CUSTOS_UNAUTHENTICATED', 'admin_password');
    expect(await server.admin.session(s.token)).toBeNull();
    expect(await integrityDenials(server)).toBe(3);
    // setting the password again through Custos makes it work again
    await op.admin.setPassword(PASSWORD, 'support', cli);
    expect((await server.admin.signIn(PASSWORD)).role).toBe('support');
  });

  it('a role or generation changed in the store ends the password’s use until it is set again', async () => {
    const c = await env.open();
    await c.admin.setPassword(PASSWORD, 'support', cli);
    const s = await c.admin.signIn(PASSWORD);
    await c.db.run("UPDATE admin_password SET role = 'privacy_officer'");
    await rejects(c.admin.signIn(PASSWORD), 'CUSTOS_UNAUTHENTICATED');
    await c.db.run("UPDATE admin_password SET role = 'support'");
    expect(await c.admin.session(s.token)).not.toBeNull();
    // cheaper scrypt parameters are refused before they are used
    await c.db.run('UPDATE admin_password SET cost_n = 1024');
    await rejects(c.admin.signIn(PASSWORD), 'CUSTOS_UNAUTHENTICATED');
    expect(await c.admin.session(s.token)).toBeNull();
    await c.db.run('UPDATE admin_password SET cost_n = 32768');
    expect((await c.admin.signIn(PASSWORD)).role).toBe('support');
    await c.db.run('UPDATE admin_password SET generation = generation + 1');
    await rejects(c.admin.signIn(PASSWORD), 'CUSTOS_UNAUTHENTICATED');
    expect(await integrityDenials(c)).toBe(3);
  });

  it('a password row put back from before a change of password, or after the password was cleared, signs no one in', async () => {
    const c = await env.open();
    const other = await env.open();
    const row = () => c.db.get<Record<string, Param>>('SELECT role, salt, hash, cost_n, cost_r, cost_p, generation, mac FROM admin_password');
    const putBack = async (r: Record<string, Param>) => {
      await c.db.run('DELETE FROM admin_password');
      await c.db.run('INSERT INTO admin_password (account, role, salt, hash, cost_n, cost_r, cost_p, generation, updated_at, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
        'admin', r.role, r.salt, r.hash, r.cost_n, r.cost_r, r.cost_p, r.generation, Date.now(), r.mac,
      ]);
    };
    await c.admin.setPassword(PASSWORD, 'privacy_officer', cli);
    const old = (await row())!;
    const session = await c.admin.signIn(PASSWORD);
    // the password is changed (it leaked, say), then the old row, MAC and all, is put back
    await c.admin.setPassword(MINE, 'support', cli);
    await putBack(old);
    await rejects(other.admin.signIn(PASSWORD), 'CUSTOS_UNAUTHENTICATED', 'admin_password');
    expect(await integrityDenials(c)).toBe(1);
    // and a session of the old password, bound to its generation, does not come back with it
    expect(await other.admin.session(session.token)).toBeNull();
    // cleared, then a fresh password: generations go on from the last one recorded, so an old row is still older
    await c.admin.setPassword(MINE, 'support', cli);
    const before = (await row())!;
    await c.admin.clear(cli);
    await putBack(before);
    await rejects(other.admin.signIn(MINE), 'CUSTOS_UNAUTHENTICATED', 'admin_password');
    await c.db.run('DELETE FROM admin_password');
    const { generation } = await c.admin.setPassword('a third admin passphrase', 'support', cli);
    expect(generation).toBeGreaterThan(Number(before.generation));
    await putBack(before);
    await rejects(other.admin.signIn(MINE), 'CUSTOS_UNAUTHENTICATED', 'admin_password');
    expect(await integrityDenials(c)).toBe(3);
    // the current password, set through Custos, works
    await c.admin.setPassword(PASSWORD, 'support', cli);
    expect((await other.admin.signIn(PASSWORD)).role).toBe('support');
    expect(await integrityDenials(c)).toBe(3);
  });

  it('a password changed between the read of its row and the look at the log refuses the old one, and is not taken for a row put back', async () => {
    const c = await env.open();
    await c.admin.setPassword(PASSWORD, 'support', cli);
    const audit = c.audit as { lastEntry: typeof c.audit.lastEntry };
    const lastEntry = audit.lastEntry.bind(c.audit);
    audit.lastEntry = async (actions, details) => {
      audit.lastEntry = lastEntry;
      await c.admin.setPassword(MINE, 'support', cli); // after the sign-in read the row
      return lastEntry(actions, details);
    };
    await rejects(c.admin.signIn(PASSWORD), 'CUSTOS_UNAUTHENTICATED', 'admin_password');
    expect(await integrityDenials(c)).toBe(0);
    expect((await c.audit.query({ action: 'admin.sign_in', limit: 10 })).map((e) => e.reason)).toEqual(['password_changed']);
    expect((await c.admin.signIn(MINE)).role).toBe('support');
  });

  it('a password set, cleared and set again at once, whose entries reach the log in another order, is not taken for a row put back', async () => {
    const c = await env.open();
    await c.admin.setPassword('a first admin passphrase', 'support', cli);
    // the entries of the second set and of the clear wait until the last set has read the log and written its row
    const append = c.audit.append.bind(c.audit);
    const held: (() => void)[] = [];
    let holding = 2;
    const audit = c.audit as { append: typeof c.audit.append };
    const arrived: (() => void)[] = [];
    audit.append = async (e) => {
      if (holding > 0 && (e.action === 'admin.set_password' || e.action === 'admin.clear_password')) {
        holding--;
        await new Promise<void>((resolve) => {
          held.push(resolve);
          arrived.shift()?.();
        });
      }
      return append(e);
    };
    const until = () => new Promise<void>((resolve) => arrived.push(resolve));
    let seen = until();
    const second = c.admin.setPassword(PASSWORD, 'support', cli);
    await seen; // its row written, its entry held
    seen = until();
    const clearing = c.admin.clear(cli);
    await seen;
    const third = await c.admin.setPassword(MINE, 'support', cli); // reads the log before either entry is in it
    // the entries land: the second set's, then the clear's, after the third set's
    held.shift()!();
    await second;
    held.shift()!();
    expect(await clearing).toBe(true);
    expect(await c.admin.status()).toMatchObject({ set: true, role: 'support' });
    expect((await c.admin.signIn(MINE)).role).toBe('support');
    await rejects(c.admin.signIn(PASSWORD), 'CUSTOS_UNAUTHENTICATED', 'admin_password');
    expect(await integrityDenials(c)).toBe(0);
    expect(third.generation).toBeGreaterThan((await second).generation);
  });

  it('a cleared password signs no one in and ends its sessions; a row put back from before the clear is refused', async () => {
    const c = await env.open();
    await c.admin.setPassword(PASSWORD, 'support', cli);
    const old = (await c.db.get<Record<string, Param>>('SELECT role, salt, hash, cost_n, cost_r, cost_p, generation, mac FROM admin_password'))!;
    const s = await c.admin.signIn(PASSWORD);
    expect(await c.admin.clear(cli)).toBe(true);
    expect(await c.admin.clear(cli)).toBe(false);
    expect(await c.admin.status()).toEqual({ set: false });
    expect(await c.admin.session(s.token)).toBeNull();
    await rejects(c.admin.signIn(PASSWORD), 'CUSTOS_UNAUTHENTICATED', 'admin_password');
    expect((await c.audit.query({ action: 'admin.sign_in', limit: 10 })).map((e) => e.reason)).toContain('no_password_set');
    await c.db.run('UPDATE admin_password SET salt = ?, hash = ?, cost_n = ?, cost_r = ?, cost_p = ?, generation = ?, mac = ?', [old.salt, old.hash, old.cost_n, old.cost_r, old.cost_p, old.generation, old.mac]);
    await rejects(c.admin.signIn(PASSWORD), 'CUSTOS_UNAUTHENTICATED', 'admin_password');
    expect(await integrityDenials(c)).toBe(1);
  });

  it('a clear recorded before clears carried their generation still dates the rows before it', async () => {
    const c = await env.open();
    await c.admin.setPassword(PASSWORD, 'support', cli);
    const old = (await c.db.get<Record<string, Param>>('SELECT role, salt, hash, cost_n, cost_r, cost_p, generation, mac FROM admin_password'))!;
    // cleared as the version before did: the row deleted, the entry without details
    await c.db.run('DELETE FROM admin_password');
    await c.audit.append({ actor: cli, action: 'admin.clear_password', outcome: 'ok' });
    await c.db.run('INSERT INTO admin_password (account, role, salt, hash, cost_n, cost_r, cost_p, generation, updated_at, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', [
      'admin', old.role, old.salt, old.hash, old.cost_n, old.cost_r, old.cost_p, old.generation, Date.now(), old.mac,
    ]);
    await rejects(c.admin.signIn(PASSWORD), 'CUSTOS_UNAUTHENTICATED', 'admin_password');
    expect(await integrityDenials(c)).toBe(1);
    // the next password set goes on after it
    expect((await c.admin.setPassword(MINE, 'support', cli)).generation).toBeGreaterThan(Number(old.generation));
  });

  it('a password set before the binding keeps working after the upgrade, which computes its MAC once', async () => {
    const c = await env.open();
    await c.admin.setPassword(PASSWORD, 'privacy_officer', cli);
    await c.close();
    // the store as the version before the binding left it: no MAC column, migration 4 not recorded
    const raw = await openStores(env);
    await raw.db.exec('ALTER TABLE admin_password DROP COLUMN mac');
    await raw.db.run("DELETE FROM custos_migrations WHERE component = 'admin' AND version = 4");
    await raw.close();
    const a = await env.open();
    const b = await env.open();
    const s = await a.admin.signIn(PASSWORD);
    expect(s.role).toBe('privacy_officer');
    expect(await b.admin.session(s.token)).not.toBeNull();
    expect((await a.db.get<{ mac: unknown }>('SELECT mac FROM admin_password'))!.mac).not.toBeNull();
    // after the upgrade a row replaced without the master key is refused
    await replaceWithForged(a.db, 2);
    await rejects(b.admin.signIn(MINE), 'CUSTOS_UNAUTHENTICATED');
    await a.close();
    const again = await env.open(); // a later start binds nothing more
    await rejects(again.admin.signIn(MINE), 'CUSTOS_UNAUTHENTICATED');
  });
});
