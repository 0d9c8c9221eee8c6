/**
 * PostgreSQL schemas for the suites, reused within a test worker.
 *
 * Migrating a fresh schema is about a hundred statements of DDL: 450–550 ms on a 2-core machine, and its
 * `DROP SCHEMA` another 100 ms, for each of the ~230 PostgreSQL environments of a run. A schema a test has
 * finished with is instead emptied and handed to the next test, if its tables, columns, constraints and
 * indexes are still those of a freshly migrated schema (the reference, made once per worker); one a test
 * changed, or that is gone, is dropped as before. Emptying deletes every row but the migrations' own record
 * and puts back the one row the migrations insert (the audit chain's genesis head), so the next open sees
 * what it would on a fresh schema: no keys, no policy, no log. It then runs no migration, which is why a test
 * that needs a schema that does not exist yet, or tables without statistics, asks for a fresh one.
 *
 * Schemas are named after the run (`t_<run>_<random>`); the global teardown (test/global-setup.ts) drops those the
 * workers still hold.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { GENESIS_HASH } from '../src/audit/canonical.js';
import { Custos } from '../src/custos.js';

/** The rows the migrations themselves insert, put back after emptying (schema name first). */
const SEEDS = (s: string) => `INSERT INTO ${s}.audit_head (id, seq, hash) VALUES (1, 0, '${GENESIS_HASH}')`;
const KEEP = new Set(['custos_migrations']);

const pool: string[] = [];
let reference: Promise<string> | undefined;

const freshSchemaName = () => `t_${inject('runId')}_${randomBytes(5).toString('hex')}`;

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The shape of a schema and its key schema, with their names taken out, and their tables. */
async function inspect(client: pg.Client, schema: string): Promise<{ shape: string; tables: string[] }> {
  const keys = `${schema}_keys`;
  const r = await client.query<{ kind: string; line: string }>(
    `SELECT 'r' AS kind, n.nspname || '.' || c.relname AS line FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname IN ($1, $2) AND c.relkind IN ('r', 'p')
     UNION ALL
     SELECT 's', n.nspname || '.' || c.relname || ' ' || c.relkind::text || ' ' || COALESCE(array_to_string(c.reloptions, ','), '')
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ($1, $2)
     UNION ALL
     SELECT 's', n.nspname || '.' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull::text || ' ' || COALESCE(pg_get_expr(d.adbin, d.adrelid), '')
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE n.nspname IN ($1, $2) AND a.attnum > 0 AND NOT a.attisdropped
     UNION ALL
     SELECT 's', n.nspname || '.' || co.conname || ' ' || pg_get_constraintdef(co.oid)
       FROM pg_constraint co JOIN pg_namespace n ON n.oid = co.connamespace WHERE n.nspname IN ($1, $2)
     UNION ALL
     SELECT 's', pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ($1, $2)
     UNION ALL
     SELECT 's', n.nspname || '.' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname IN ($1, $2)
     UNION ALL
     SELECT 's', n.nspname || '.' || t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname IN ($1, $2) AND t.typrelid = 0 AND t.typelem = 0`,
    [schema, keys],
  );
  const anonymous = (line: string) => line.split(keys).join('<keys>').split(schema).join('<data>');
  return {
    shape: r.rows.filter((x) => x.kind === 's').map((x) => anonymous(x.line)).sort().join('\n'),
    tables: r.rows.filter((x) => x.kind === 'r').map((x) => x.line),
  };
}

/** Empties a schema left as migrated, for the next test. */
async function empty(client: pg.Client, schema: string, tables: string[]): Promise<void> {
  const deletes = tables.filter((t) => !KEEP.has(t.slice(t.indexOf('.') + 1))).map((t) => `DELETE FROM ${t}`);
  await client.query(`BEGIN; ${deletes.join('; ')}; ${SEEDS(schema)}; COMMIT`);
}

/** The shape of a freshly migrated schema in this worker; the schema made for it goes into the pool. */
function referenceShape(url: string, policy: string): Promise<string> {
  reference ??= (async () => {
    const schema = freshSchemaName();
    const dataDir = mkdtempSync(join(tmpdir(), 'custos-test-'));
    try {
      await (await Custos.open({ policy, dataDir, database: url, schema, keys: { masterKey: randomBytes(32) } })).close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    return withClient(url, async (client) => {
      const { shape, tables } = await inspect(client, schema);
      await empty(client, schema, tables);
      pool.push(schema);
      return shape;
    });
  })();
  return reference;
}

/** A schema for a test: an emptied one from the pool, or a new name when there is none or `fresh` is asked. */
export async function takeSchema(url: string, policy: string, fresh: boolean): Promise<string> {
  if (fresh) return freshSchemaName();
  await referenceShape(url, policy);
  return pool.pop() ?? freshSchemaName();
}

/** Gives a schema back after its test: emptied into the pool if still as migrated, dropped otherwise. */
export async function releaseSchema(url: string, schema: string): Promise<void> {
  const shape = reference && (await reference.catch(() => undefined));
  await withClient(url, async (client) => {
    const now = await inspect(client, schema);
    if (shape !== undefined && now.shape === shape) {
      await empty(client, schema, now.tables);
      pool.push(schema);
    } else await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_keys CASCADE`);
  });
}
