/**
 * The storage port. Core modules speak SQL through this small interface; the SQLite and PostgreSQL
 * adapters implement it. SQL is written once with `?` placeholders and the portable subset both
 * engines share; the PostgreSQL adapter numbers the placeholders.
 *
 * Rule for Citus: every statement on a subject-scoped table filters on `subject_id`.
 */
export type Dialect = 'sqlite' | 'postgres';
/** Lists are for PostgreSQL only (`= ANY(?)`, `unnest(?::text[])`). */
export type Param = string | number | bigint | boolean | null | Buffer | Uint8Array | readonly (string | number | null | Buffer)[];
export type Row = Record<string, unknown>;

export interface Db {
  readonly dialect: Dialect;
  all<T = Row>(sql: string, params?: readonly Param[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined>;
  /** As `all`, each row an array of its columns in the statement's order (no object per row: hot paths). */
  values(sql: string, params?: readonly Param[]): Promise<unknown[][]>;
  run(sql: string, params?: readonly Param[]): Promise<{ changes: number }>;
  /**
   * SQLite only: runs `sql` once with each of `rows` as its parameters, one after the other without a turn
   * of the event loop between them (in the caller's transaction, else in one of its own); returns the rows
   * changed. A bulk insert then costs a call into SQLite per row, not a promise and an await as well.
   */
  runEach?(sql: string, rows: readonly (readonly Param[])[]): Promise<number>;
  /** Runs `fn` in one transaction; all statements through the handle it receives belong to it. */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /** Runs several statements (DDL) at once. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** Converts `?` placeholders to `$1, $2, ...` (the SQL Custos writes never has `?` inside literals). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Converts a BLOB/BYTEA value from either driver to a Buffer. */
export function toBuffer(v: unknown): Buffer {
  if (Buffer.isBuffer(v)) return v;
  if (v instanceof Uint8Array) return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
  throw new TypeError('expected binary column');
}

/** Integers come back as numbers from SQLite and as strings (BIGINT) from PostgreSQL. */
export function toInt(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

/**
 * PostgreSQL: the key column's condition for a list of keys given as one parameter. The list comes from
 * a subquery, so the planner cannot see its length and probes the index for each key. Given the list
 * itself (`= ANY(?)` or `IN (...)`) on a table with no statistics yet (autovacuum behind a bulk load, or
 * off), it chose to read every row of one kind and filter them: an import got slower with every batch,
 * each reading every external id. The cost is that Citus cannot prune such a statement to shards, which
 * a list of many random keys would span anyway. Such statements are sent unnamed (postgres.ts), so each
 * is planned for the table as it is then.
 */
export const ANY_KEY = ' = ANY((SELECT ?::text[])::text[])';

/**
 * SQLite: the same for a list of keys given as one JSON array: one statement for them all (the planner
 * probes the index for each key), where a statement for each key cost a call into SQLite and a turn of
 * the event loop per key.
 */
const SQLITE_KEYS = ' IN (SELECT value FROM json_each(?))';

const keysParam = (db: Db, keys: readonly string[]): Param => (db.dialect === 'postgres' ? keys : JSON.stringify(keys));

/**
 * Runs `sql`, which ends with a key column (`DELETE FROM t WHERE subject_id`), for each of `keys`, in one
 * statement (see ANY_KEY and SQLITE_KEYS). One key is the one-key statement (prepared once, as the hot
 * paths' are). `params` come before the key. Returns the rows changed.
 */
export async function runForKeys(db: Db, sql: string, params: readonly Param[], keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return 0;
  if (keys.length === 1) return (await db.run(`${sql} = ?`, [...params, keys[0]])).changes;
  return (await db.run(sql + (db.dialect === 'postgres' ? ANY_KEY : SQLITE_KEYS), [...params, keysParam(db, keys)])).changes;
}

/** As `runForKeys`, for a SELECT: the rows of every key, each an array of its columns. */
export async function valuesForKeys(db: Db, sql: string, params: readonly Param[], keys: readonly string[]): Promise<unknown[][]> {
  if (keys.length === 0) return [];
  if (keys.length === 1) return db.values(`${sql} = ?`, [...params, keys[0]]);
  return db.values(sql + (db.dialect === 'postgres' ? ANY_KEY : SQLITE_KEYS), [...params, keysParam(db, keys)]);
}

/**
 * Inserts rows with multi-row INSERT statements, in chunks that stay under both engines' parameter limits.
 * `suffix` is appended to each statement (e.g. `ON CONFLICT DO NOTHING`). With `types` (the columns'
 * PostgreSQL types), PostgreSQL gets the rows as one array per column instead (`unnest`): one statement
 * whose text is the same for any number of rows, so it is prepared once per connection, where a
 * multi-row INSERT of up to 16,000 parameters is parsed and planned for every chunk. Returns the number of
 * rows inserted (without those an `ON CONFLICT DO NOTHING` suffix skipped).
 */
export async function insertRows(db: Db, table: string, columns: readonly string[], rows: readonly Param[][], suffix = '', types?: readonly string[]): Promise<number> {
  if (rows.length === 0) return 0;
  // SQLite: one prepared single-row statement reused (no round trips to save, and no statement per chunk size)
  if (db.dialect === 'sqlite') {
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})${suffix ? ` ${suffix}` : ''}`;
    // (every SQLite handle has runEach: the connection and its transactions')
    return db.runEach!(sql, rows);
  }
  if (types) {
    const arrays = columns.map((_, c) => rows.map((r) => r[c] as string | number | null | Buffer));
    return (await db.run(`INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${types.map((t) => `?::${t}[]`).join(', ')})${suffix ? ` ${suffix}` : ''}`, arrays)).changes;
  }
  const perChunk = Math.max(1, Math.floor(16_000 / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  let changed = 0;
  for (let i = 0; i < rows.length; i += perChunk) {
    const chunk = rows.slice(i, i + perChunk);
    changed += (await db.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}${suffix ? ` ${suffix}` : ''}`, chunk.flat())).changes;
  }
  return changed;
}
