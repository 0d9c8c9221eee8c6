/**
 * Statements for a list of keys (`runForKeys`, `valuesForKeys`): one statement for many keys on both
 * engines, the same rows as a statement per key would touch.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeBackends, makeEnv, PG_URL, type Env } from '../../test/backends.js';
import type { Db } from './db.js';
import { runForKeys, valuesForKeys } from './db.js';

describeBackends('statements for a list of keys', (backend) => {
  let env: Env;
  let db: Db;
  beforeEach(async () => {
    env = await makeEnv(backend);
    db = (await env.open()).db;
    await db.exec('CREATE TABLE keyed (k TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (k, n))');
    // keys JSON or SQL would have to escape, and one that only differs in case
    for (const k of ['a', 'b', 'it\'s "quoted"', 'ключ', 'A', 'c\\d']) for (const n of [1, 2]) await db.run('INSERT INTO keyed (k, n) VALUES (?, ?)', [k, n]);
  });
  afterEach(async () => env.cleanup());

  const all = async () => (await db.values('SELECT k, n FROM keyed ORDER BY k, n')).map((r) => `${r[0]}/${Number(r[1])}`);

  it('reads the rows of every key given, none of the others, with the parameters before the keys', async () => {
    const read = async (keys: string[], min = 0) =>
      (await valuesForKeys(db, 'SELECT k, n FROM keyed WHERE n > ? AND k', [min], keys)).map((r) => `${r[0]}/${Number(r[1])}`).sort();
    expect(await read([])).toEqual([]);
    expect(await read(['a'])).toEqual(['a/1', 'a/2']);
    expect(await read(['it\'s "quoted"', 'ключ', 'c\\d', 'missing'])).toEqual(['c\\d/1', 'c\\d/2', 'it\'s "quoted"/1', 'it\'s "quoted"/2', 'ключ/1', 'ключ/2']);
    expect(await read(['a', 'b', 'a'], 1)).toEqual(['a/2', 'b/2']);
  });

  it('changes the rows of every key given and says how many', async () => {
    expect(await runForKeys(db, 'DELETE FROM keyed WHERE k', [], [])).toBe(0);
    expect(await runForKeys(db, 'DELETE FROM keyed WHERE k', [], ['b'])).toBe(2);
    expect(await runForKeys(db, 'UPDATE keyed SET n = n + ? WHERE k', [10], ['it\'s "quoted"', 'ключ', 'nobody'])).toBe(4);
    expect(await runForKeys(db, 'DELETE FROM keyed WHERE n < ? AND k', [10], ['a', 'c\\d'])).toBe(4);
    expect(await all()).toEqual(['A/1', 'A/2', 'it\'s "quoted"/11', 'it\'s "quoted"/12', 'ключ/11', 'ключ/12']);
  });
});

it('PostgreSQL that cannot be used is named by the setting and a rule, without the URL: a missing database and an unknown host are configuration, a server that does not answer is unavailable', async () => {
  const { openPostgres } = await import('./postgres.js');
  const refusal = async (url: string) => (await openPostgres({ url, schema: 'custos_t' }).then(() => null, (e: unknown) => e)) as { code: string; message: string; details: unknown[] };
  const server = new URL(PG_URL);
  const missing = new URL(PG_URL);
  missing.pathname = '/custos_no_such_database';
  const closed = new URL(PG_URL);
  closed.port = '1';
  const unknown = new URL(PG_URL);
  unknown.hostname = 'no-such-host.invalid';
  for (const [url, code, rule] of [
    [missing, 'CUSTOS_CONFIG', 'database_exists'],
    [closed, 'CUSTOS_STORE_UNAVAILABLE', 'database_reachable'],
    [unknown, 'CUSTOS_CONFIG', 'database_host'],
  ] as const) {
    const e = await refusal(url.href);
    expect(e, url.href).toMatchObject({ code, details: [{ field: 'database', rule }] });
    expect(e.message).toMatch(/^database: cannot use PostgreSQL: /);
    expect(e.message).not.toContain(server.host);
  }
});

it('a schema name PostgreSQL refuses (pg_...) or that is no identifier is configuration naming schema', async () => {
  const { openPostgres, quoteIdent } = await import('./postgres.js');
  const e = (await openPostgres({ url: PG_URL, schema: 'pg_custos' }).then(() => null, (x: unknown) => x)) as { code: string; details: unknown[] };
  expect(e).toMatchObject({ code: 'CUSTOS_CONFIG', details: [{ field: 'schema', rule: 'schema_name' }] });
  expect(() => quoteIdent('Bad-Name')).toThrow(expect.objectContaining({ code: 'CUSTOS_CONFIG', details: [expect.objectContaining({ field: 'schema', rule: 'schema_name' })] }));
});

it('a statement PostgreSQL cancels (a statement_timeout of the connection) is named as such, with nothing of the statement', async () => {
  const { openPostgres } = await import('./postgres.js');
  const url = new URL(PG_URL);
  url.searchParams.set('options', '-c statement_timeout=50');
  const db = await openPostgres({ url: url.href, schema: 'custos_timeout_t' });
  try {
    const e = (await db.get('SELECT pg_sleep(2)').then(() => null, (x: unknown) => x)) as { code: string; message: string; details: unknown[] };
    expect(e).toMatchObject({ code: 'CUSTOS_STORE_UNAVAILABLE', details: [{ field: 'database', rule: 'statement_cancelled' }] });
    expect(e.message).not.toContain('pg_sleep');
  } finally {
    await db.exec('DROP SCHEMA custos_timeout_t CASCADE');
    await db.close();
  }
});
