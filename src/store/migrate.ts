/**
 * Versioned migrations, applied in order on open. Each store (the data store, the key store) has its
 * own list. DDL is written once; `BLOB` becomes `BYTEA` on PostgreSQL.
 */
import type { Db, Dialect } from './db.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Runs on this engine only (a physical layout one engine needs); recorded on both, so versions stay in step. */
  dialect?: Dialect;
}

export function ddl(db: Db, sql: string): string {
  return db.dialect === 'postgres' ? sql.replace(/\bBLOB\b/g, 'BYTEA') : sql;
}

/**
 * Applies the pending migrations of one component (`vault`, `keyring`, `audit`, ...). Each module owns
 * its tables and its migration list; versions count per component.
 */
export async function migrate(db: Db, component: string, migrations: readonly Migration[]): Promise<number[]> {
  await db.exec(
    'CREATE TABLE IF NOT EXISTS custos_migrations (component TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, applied_at BIGINT NOT NULL, PRIMARY KEY (component, version))',
  );
  return db.tx(async (t) => {
    if (t.dialect === 'postgres') await t.exec("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.custos_migrations'))");
    const done = new Set(
      (await t.all<{ version: number }>('SELECT version FROM custos_migrations WHERE component = ?', [component])).map((r) => Number(r.version)),
    );
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      if (!m.dialect || m.dialect === t.dialect) await t.exec(ddl(t, m.sql));
      await t.run('INSERT INTO custos_migrations (component, version, name, applied_at) VALUES (?, ?, ?, ?)', [component, m.version, m.name, Date.now()]);
      applied.push(m.version);
    }
    return applied;
  });
}
