import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeBackends, makeEnv, type Env } from '../../test/backends.js';
import { KEY_RECHECK_MS } from './keys.js';

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
    const db = c.db as { get: typeof c.db.get };
    const get = db.get.bind(c.db);
    db.get = (async (sql: string, params?: readonly unknown[]) => {
      db.get = get;
      const row = await get(sql, params as never);
      await c.keys.revoke(info.keyId, op); // while the request that read the key is still being answered
      return row;
    }) as typeof db.get;
    expect(await c.keys.authenticate(key)).not.toBeNull(); // it read the key before the revocation
    expect(await c.keys.authenticate(key)).toBeNull();
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
});
