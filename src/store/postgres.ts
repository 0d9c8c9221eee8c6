import type pg from 'pg';
import { ANY_KEY, numberPlaceholders, type Db, type Param, type Row } from './db.js';
import { CustosError } from '../errors.js';
import { lazy } from '../lazy.js';

const loadPg = lazy<typeof pg>('pg');
let bigintAsNumber = false;

/** The PostgreSQL driver, loaded on first use; BIGINT (int8) read as a JS number: counts and sequence numbers stay far below 2^53. */
export function pgDriver(): typeof pg {
  const driver = loadPg();
  if (!bigintAsNumber) {
    driver.types.setTypeParser(20, (v) => Number(v));
    bigintAsNumber = true;
  }
  return driver;
}

export interface PgOptions {
  url: string;
  /** Schema holding the tables (created if missing). */
  schema: string;
  max?: number;
  /** Called with every statement sent (as written, before placeholder numbering): for tests and tracing. */
  trace?: (sql: string) => void;
}

interface Queryable {
  query(config: pg.QueryConfig | pg.QueryArrayConfig): Promise<pg.QueryResult>;
  query(text: string): Promise<pg.QueryResult>;
}

/**
 * Statements as sent: placeholders numbered and, for the short data statements that make up the hot
 * paths, a name, so that each connection parses and plans them once (a prepared statement) instead of
 * on every call. Long or many-parameter statements (multi-row inserts, IN lists) stay unnamed: their
 * shapes vary, and every name stays prepared on every connection. So do statements over a list of keys
 * (ANY_KEY, bulk paths): a prepared statement's generic plan is kept until the table is analysed again,
 * and one made while a table was small (a seq scan) was still used 100,000 rows later.
 */
const statements = new Map<string, { text: string; name?: string }>();
const NAMED = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;
let named = 0;

function statement(sql: string, params: number): { text: string; name?: string } {
  let st = statements.get(sql);
  if (st === undefined) {
    st = { text: numberPlaceholders(sql) };
    // values go in parameters (LIMIT too), so the texts are few; the cap guards against one that is not
    if (NAMED.test(sql) && !sql.includes(ANY_KEY) && sql.length <= 2000 && params <= 64 && named < 1000) st.name = `custos_${named++}`;
    if (statements.size < 20_000) statements.set(sql, st);
  }
  return st;
}

function wrap(q: Queryable, txImpl: Db['tx'], closeImpl: Db['close'], trace?: (sql: string) => void): Db {
  const query = async (sql: string, params: readonly Param[], rowMode?: 'array') => {
    trace?.(sql);
    const st = statement(sql, params.length);
    try {
      return await q.query({ text: st.text, name: st.name, values: params as unknown[], rowMode });
    } catch (e) {
      // a table changed under a statement this connection prepared (an upgrade run by another process):
      // PostgreSQL refuses the old plan once; the statement sent unnamed is planned afresh
      if (st.name && (e as { code?: string }).code === '0A000') return q.query({ text: st.text, values: params as unknown[], rowMode });
      // cancelled by the server (a statement_timeout of the connection, or an administrator): the store's
      // answer, named, with nothing of the statement; what it was part of was rolled back
      if ((e as { code?: string }).code === '57014') throw statementCancelled();
      throw e;
    }
  };
  return {
    dialect: 'postgres',
    all: async <T = Row>(sql: string, params: readonly Param[] = []) => (await query(sql, params)).rows as T[],
    get: async <T = Row>(sql: string, params: readonly Param[] = []) => (await query(sql, params)).rows[0] as T | undefined,
    values: async (sql: string, params: readonly Param[] = []) => (await query(sql, params, 'array')).rows as unknown[][],
    run: async (sql: string, params: readonly Param[] = []) => ({ changes: (await query(sql, params)).rowCount ?? 0 }),
    exec: async (sql: string) => void (await q.query(sql)),
    tx: txImpl,
    close: closeImpl,
  };
}

/** A schema name that cannot be used (ours or PostgreSQL's refusal), naming `schema`. */
const schemaNameError = (message: string) => new CustosError('CUSTOS_CONFIG', `schema: ${message}`, [{ field: 'schema', rule: 'schema_name', message }]);

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name))
    throw schemaNameError(`${JSON.stringify(name)} is not a schema name: lower-case letters, digits and _, at most 63 (the key store's, <name>_keys, too)`);
  return `"${name}"`;
}

/**
 * Why PostgreSQL could not be used, naming the setting (`database`: --database, CUSTOS_DATABASE_URL) and the
 * rule: a database that does not exist, a refused login or a host that does not resolve is configuration
 * (exit 2); a server that does not answer is unavailable (exit 1, 503). Never the URL (it may hold a password).
 */
export function pgConnectError(e: unknown): CustosError {
  const { code, message = String(e) } = e as { code?: string; message?: string };
  const fault = (errCode: 'CUSTOS_CONFIG' | 'CUSTOS_STORE_UNAVAILABLE', rule: string, why: string) =>
    new CustosError(errCode, `database: cannot use PostgreSQL: ${why}`, [{ field: 'database', rule, message: why }]);
  if (code === '3D000') return fault('CUSTOS_CONFIG', 'database_exists', message);
  // a name PostgreSQL keeps for itself (pg_...)
  if (code === '42939') return schemaNameError(message);
  if (code === '28P01' || code === '28000') return fault('CUSTOS_CONFIG', 'database_login', message);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return fault('CUSTOS_CONFIG', 'database_host', 'its host does not resolve to an address');
  if (code === 'ECONNREFUSED') return fault('CUSTOS_STORE_UNAVAILABLE', 'database_reachable', 'nothing listens at its address (is the server running?)');
  return fault('CUSTOS_STORE_UNAVAILABLE', 'database_reachable', message);
}

const statementCancelled = () => {
  const message = 'PostgreSQL cancelled a statement (a statement_timeout set for the connection, or an administrator): what it was part of was not written; try again, or raise the timeout (an import continues with --resume)';
  return new CustosError('CUSTOS_STORE_UNAVAILABLE', `database: ${message}`, [{ field: 'database', rule: 'statement_cancelled', message }]);
};

/** PostgreSQL adapter (pg): a pool whose connections use the configured schema. */
export async function openPostgres(opts: PgOptions): Promise<Db & { pool: pg.Pool }> {
  const schema = quoteIdent(opts.schema);
  const pool = new (pgDriver().Pool)({ connectionString: opts.url, max: opts.max ?? 10, options: `-c search_path=${opts.schema}` });
  pool.on('error', () => undefined); // idle-client errors surface on the next query
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw pgConnectError(e);
  }
  const tx: Db['tx'] = async (fn) => {
    const client = await pool.connect();
    // A checked-out client has no pool listener: a server that ends the connection between two statements
    // of the transaction (a restart, an administrator's command) would otherwise crash the process with an
    // unhandled 'error' event. The error fails the transaction instead, and the broken client is destroyed.
    let broken: Error | undefined;
    const onError = (e: Error) => void (broken ??= e);
    client.on('error', onError);
    let inner: Db;
    inner = wrap(client, (f) => f(inner), async () => undefined, opts.trace);
    try {
      await client.query('BEGIN');
      const out = await fn(inner);
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch((err: Error) => void (broken ??= err));
      throw e;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  };
  const db = wrap(
    pool,
    tx,
    async () => {
      await pool.end();
    },
    opts.trace,
  );
  return Object.assign(db, { pool });
}
