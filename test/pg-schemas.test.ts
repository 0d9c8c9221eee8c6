/** The reuse of PostgreSQL schemas between tests (test/pg-schemas.ts): what the next test gets. */
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { makeEnv, pgAvailable, PG_URL } from './backends.js';

const app = { actor: { keyId: 'app', role: 'application' }, purpose: 'account' };

async function schemaExists(schema: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return (await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rowCount === 1;
  } finally {
    await client.end();
  }
}

describe.skipIf(!pgAvailable())('PostgreSQL schemas reused between tests', () => {
  it('a schema given back is emptied: the next test, with another master key, starts with no subject and a new audit chain', async () => {
    const first = await makeEnv('postgres');
    const c1 = await first.open();
    await c1.subjects.create({ jurisdiction: 'JP', fields: { name: 'Kept Nowhere', email: 'kept@example.jp' } }, app);
    await c1.audit.flush();
    await first.cleanup();
    expect(await schemaExists(first.schema)).toBe(true);

    const second = await makeEnv('postgres');
    try {
      expect(second.schema).toBe(first.schema);
      expect(second.masterKey.equals(first.masterKey)).toBe(false);
      const c2 = await second.open();
      expect(await c2.vault.findByEmail('kept@example.jp')).toEqual([]);
      expect(Number((await c2.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM subjects'))!.n)).toBe(0);
      const { id } = await c2.subjects.create({ jurisdiction: 'JP', fields: { name: 'New Here' } }, app);
      expect((await c2.vault.read(id)).fields).toEqual({ name: 'New Here' });
      expect(await c2.audit.verify()).toMatchObject({ ok: true });
      const head = await c2.db.get<{ n: number }>('SELECT MIN(seq) AS n FROM audit_entries');
      expect(Number(head!.n)).toBe(1);
    } finally {
      await second.cleanup();
    }
  });

  it('a schema a test changed is dropped, and one asked for fresh does not exist yet', async () => {
    const env = await makeEnv('postgres');
    const c = await env.open();
    await c.db.exec('CREATE TABLE extra_table (x INTEGER)');
    await env.cleanup();
    expect(await schemaExists(env.schema)).toBe(false);

    const fresh = await makeEnv('postgres', { freshSchema: true });
    expect(await schemaExists(fresh.schema)).toBe(false);
    await fresh.cleanup();
  });
});
