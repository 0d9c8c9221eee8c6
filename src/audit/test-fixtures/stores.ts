/** Opens a data store and a key store at a test location, without the rest of Custos. */
import { join } from 'node:path';
import type { Db } from '../../store/db.js';
import { SqliteDb } from '../../store/sqlite.js';
import { openPostgres } from '../../store/postgres.js';

export interface StoreLocation {
  backend: 'sqlite' | 'postgres';
  /** SQLite file or PostgreSQL URL. */
  database: string;
  /** PostgreSQL schema of the data store; the key store uses `<schema>_keys`. */
  schema: string;
  dataDir: string;
}

export interface Stores {
  db: Db;
  keyDb: Db;
  close(): Promise<void>;
}

export async function openStores(at: StoreLocation): Promise<Stores> {
  const db: Db = at.backend === 'postgres' ? await openPostgres({ url: at.database, schema: at.schema }) : new SqliteDb(at.database);
  const keyDb: Db = at.backend === 'postgres' ? await openPostgres({ url: at.database, schema: `${at.schema}_keys` }) : new SqliteDb(join(at.dataDir, 'keys.db'));
  return {
    db,
    keyDb,
    async close() {
      await db.close().catch(() => undefined);
      await keyDb.close().catch(() => undefined);
    },
  };
}
