/**
 * Checks once whether the PostgreSQL test server answers. Suites on PostgreSQL are skipped with a note
 * when it does not, except under CI=true, where a missing server fails the run.
 */
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAvailable: boolean;
  }
}

export const PG_URL = process.env.CUSTOS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export default async function setup(project: TestProject): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    project.provide('pgAvailable', true);
  } catch (e) {
    if (process.env.CI === 'true') throw new Error(`CI=true but PostgreSQL at ${PG_URL} is not reachable: ${(e as Error).message}`);
    project.provide('pgAvailable', false);
    console.warn(`\n[custos] PostgreSQL at ${PG_URL} is not reachable: PostgreSQL suites are SKIPPED. Set CUSTOS_TEST_DATABASE_URL or start a server.\n`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
