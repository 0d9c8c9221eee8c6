/**
 * Runs a suite on each storage backend: SQLite in a fresh temporary directory, and PostgreSQL in a
 * schema of the test database that no other test is using (an empty one, see test/pg-schemas.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, inject } from 'vitest';
import { Custos, type OpenOptions } from '../src/custos.js';
import { releaseSchema, takeSchema } from './pg-schemas.js';

export const PG_URL = process.env.CUSTOS_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const EXAMPLE = new URL('../examples/tutoring-marketplace.policy.yaml', import.meta.url).pathname;
export type Backend = 'sqlite' | 'postgres';

export interface Env {
  backend: Backend;
  dataDir: string;
  /** Database location for this env (SQLite file or PostgreSQL URL). */
  database: string;
  schema: string;
  masterKey: Buffer;
  open(extra?: Partial<OpenOptions>): Promise<Custos>;
  cleanup(): Promise<void>;
}

/**
 * A new environment. On PostgreSQL its schema is an emptied one from earlier tests of this worker
 * (test/pg-schemas.ts); `freshSchema` asks for one that does not exist yet (for a test that makes it itself,
 * or that needs tables PostgreSQL has no statistics for).
 */
export async function makeEnv(backend: Backend, opts: { freshSchema?: boolean } = {}): Promise<Env> {
  const dataDir = mkdtempSync(join(tmpdir(), 'custos-test-'));
  const schema = backend === 'postgres' ? await takeSchema(PG_URL, EXAMPLE, opts.freshSchema === true) : `t_${randomBytes(6).toString('hex')}`;
  const masterKey = randomBytes(32);
  const database = backend === 'postgres' ? PG_URL : join(dataDir, 'custos.db');
  const opened: Custos[] = [];
  return {
    backend,
    dataDir,
    database,
    schema,
    masterKey,
    async open(extra = {}) {
      const c = await Custos.open({ policy: EXAMPLE, dataDir, database, schema, ...extra, keys: { masterKey, ...extra.keys } });
      opened.push(c);
      return c;
    },
    async cleanup() {
      for (const c of opened) await c.close().catch(() => undefined);
      if (backend === 'postgres') await releaseSchema(PG_URL, schema);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const pgAvailable = () => inject('pgAvailable');

/** `describe` once per backend; PostgreSQL is skipped (with a visible name) when no server answers. */
export function describeBackends(name: string, fn: (backend: Backend) => void): void {
  describe(`${name} [sqlite]`, () => fn('sqlite'));
  if (pgAvailable()) describe(`${name} [postgres]`, () => fn('postgres'));
  else describe.skip(`${name} [postgres] (skipped: no PostgreSQL server at ${PG_URL})`, () => fn('postgres'));
}
