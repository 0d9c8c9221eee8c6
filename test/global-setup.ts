/**
 * Once per run: rebuilds dist/ when a source file is newer than it (the suites that run the real `custos`
 * binary run dist/, and Custos's worker threads start from it in every suite: they would otherwise test
 * stale code after an edit; in watch mode, an edit to a thread's module needs a new run), and checks
 * whether the PostgreSQL test server answers. Suites on PostgreSQL are skipped with a note when it does
 * not, except under CI=true, where a missing server fails the run.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAvailable: boolean;
    /** Names this run's PostgreSQL schemas (test/pg-schemas.ts), which the teardown drops. */
    runId: string;
  }
}

export const PG_URL = process.env.CUSTOS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The newest modification time of the sources dist/ is built from. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function ensureBuilt(): void {
  let built = 0;
  try {
    built = statSync(join(root, 'dist/cli/main.js')).mtimeMs;
  } catch {
    // not built yet
  }
  if (built >= newestSource(join(root, 'src'))) return;
  console.warn('\n[custos] dist/ is older than src/: building it first (npm run build)\n');
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  } catch {
    // tsc still writes dist/ on type errors; they are printed above and fail `npm run typecheck`
    console.warn('\n[custos] the build reported errors (above); the suites run what it wrote\n');
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  ensureBuilt();
  // dist/ is as new as the sources now: the suites' threads start from it rather than load tsx each (src/worker.ts)
  process.env.CUSTOS_THREADS_FROM_DIST = '1';
  const runId = randomBytes(3).toString('hex');
  project.provide('runId', runId);
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    project.provide('pgAvailable', true);
    // the schemas the workers' pools still hold when the run ends (test/pg-schemas.ts)
    return () => dropRunSchemas(runId);
  } catch (e) {
    if (process.env.CI === 'true') throw new Error(`CI=true but PostgreSQL at ${PG_URL} is not reachable: ${(e as Error).message}`);
    project.provide('pgAvailable', false);
    console.warn(`\n[custos] PostgreSQL at ${PG_URL} is not reachable: PostgreSQL suites are SKIPPED. Set CUSTOS_TEST_DATABASE_URL or start a server.\n`);
  } finally {
    await client.end().catch(() => undefined);
  }
  return undefined;
}

async function dropRunSchemas(runId: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    const r = await client.query<{ nspname: string }>('SELECT nspname FROM pg_namespace WHERE nspname LIKE $1', [`t\\_${runId}\\_%`]);
    for (const { nspname } of r.rows) await client.query(`DROP SCHEMA IF EXISTS ${nspname} CASCADE`);
    // Dropped tables leave dead rows in the catalogue, which a server without autovacuum (as on the CI machine)
    // keeps: the dead rows of a few runs made catalogue lookups up to 10 times slower. Owners only; others get a warning.
    await client.query('VACUUM pg_catalog.pg_class, pg_catalog.pg_attribute, pg_catalog.pg_attrdef, pg_catalog.pg_type, pg_catalog.pg_depend, pg_catalog.pg_index, pg_catalog.pg_constraint, pg_catalog.pg_namespace');
  } finally {
    await client.end().catch(() => undefined);
  }
}
