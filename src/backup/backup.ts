/**
 * Backup and restore. The data store and the key store are written separately (`DIR/data/`,
 * `DIR/keys/`) so they can be kept apart and for different periods: erasure destroys a subject's data
 * key, so a data backup restored later still cannot show an erased subject as long as no key backup
 * older than the erasure is restored with it. Keep key backups for a short period (see
 * docs/operations.md). SQLite uses the online backup API (consistent while the server runs);
 * PostgreSQL uses pg_dump / pg_restore of each schema in the custom format. A manifest records the
 * time, the Custos and migration versions and the SHA-256 of every file; restore checks it first.
 */
import { createHash } from 'node:crypto';
import { chmodSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { execFile } from 'node:child_process';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { CustosError, fileProblem, invalidInput } from '../errors.js';
import { settingsFromEnv } from '../config.js';
import { pgConnectError, pgDriver, quoteIdent } from '../store/postgres.js';
import { readLiveErasures } from './live-erasures.js';
import { LiveErasures, pendingDirOf, pendingLists, storeTarget, writeList } from './pending.js';
import { masterKeyMatches, WRONG_MASTER_KEY_MESSAGE } from '../crypto/keyring.js';
import { parseMasterKey } from '../crypto/master-key.js';

export type StoreLocation = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema: string };
export type Part = 'data' | 'keys';
export interface Stores {
  data: StoreLocation;
  keys: StoreLocation;
  /**
   * The data directory (as `OpenOptions.dataDir`, CUSTOS_DATA_DIR, `--data-dir`), also for PostgreSQL:
   * a restore keeps its pending reconcile there (pending.ts) until Custos, opened with the same data
   * directory, has finished it.
   */
  dataDir: string;
}

export interface PartManifest {
  kind: 'sqlite' | 'postgres';
  /** Path inside the backup directory. */
  file: string;
  bytes: number;
  sha256: string;
  /** Migration version per component at backup time. */
  migrations: Record<string, number>;
  /** PostgreSQL: the schema dumped (restored under the same name). */
  schema?: string;
}

export interface Manifest {
  format: 'custos-backup';
  version: 1;
  createdAt: string;
  custosVersion: string;
  parts: Partial<Record<Part, PartManifest>>;
}

const isPg = (s: string | undefined): s is string => !!s && /^postgres(ql)?:\/\//.test(s);

/** Where the stores are, by the same rules as `Custos.open`. */
export function resolveStores(o: { dataDir?: string; database?: string; schema?: string; keysDatabase?: string } = {}): Stores {
  const env = settingsFromEnv();
  const dataDir = resolve(o.dataDir ?? env.dataDir);
  const database = o.database ?? env.databaseUrl ?? join(dataDir, 'custos.db');
  const schema = o.schema ?? 'custos';
  const keys = o.keysDatabase ?? (isPg(database) ? database : join(dataDir, 'keys.db'));
  const loc = (where: string, s: string): StoreLocation => (isPg(where) ? { kind: 'postgres', url: where, schema: s } : { kind: 'sqlite', file: resolve(where) });
  return { data: loc(database, schema), keys: loc(keys, `${schema}_keys`), dataDir };
}

function custosVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function sha256(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** A connection string without its password (which goes to the tools through PGPASSWORD instead of argv). */
function pgConn(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (u.password) {
    env.PGPASSWORD = decodeURIComponent(u.password);
    u.password = '';
  }
  return { url: u.toString(), env };
}

function run(bin: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((ok, fail) => {
    execFile(bin, args, { env, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      if (!err) return ok(String(stdout));
      const msg = String(stderr || err.message).split('\n').filter(Boolean).slice(0, 3).join('; ').replace(/postgres(ql)?:\/\/[^\s]*/g, '<database>');
      fail(new CustosError('CUSTOS_STORE_UNAVAILABLE', `${bin.split('/').pop()} failed: ${msg}`));
    });
  });
}

const PG_DUMP = process.env.CUSTOS_PG_DUMP ?? 'pg_dump';
const PG_RESTORE = process.env.CUSTOS_PG_RESTORE ?? 'pg_restore';

function migrationsOf(db: Database.Database): Record<string, number> {
  const rows = db.prepare('SELECT component, MAX(version) AS v FROM custos_migrations GROUP BY component').all() as { component: string; v: number }[];
  return Object.fromEntries(rows.map((r) => [r.component, Number(r.v)]));
}

async function withPg<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new (pgDriver().Client)({ connectionString: url });
  try {
    await c.connect();
  } catch (e) {
    throw pgConnectError(e);
  }
  try {
    return await fn(c);
  } finally {
    await c.end().catch(() => undefined);
  }
}

async function pgMigrations(loc: { url: string; schema: string }): Promise<Record<string, number>> {
  return withPg(loc.url, async (c) => {
    const r = await c.query(`SELECT component, MAX(version) AS v FROM ${quoteIdent(loc.schema)}.custos_migrations GROUP BY component`);
    return Object.fromEntries(r.rows.map((x: { component: string; v: number }) => [x.component, Number(x.v)]));
  });
}

async function backupPart(loc: StoreLocation, dir: string, part: Part): Promise<PartManifest> {
  const sub = join(dir, part);
  mkdirSync(sub, { mode: 0o700 });
  chmodSync(sub, 0o700);
  if (loc.kind === 'sqlite') {
    if (!existsSync(loc.file)) throw new CustosError('CUSTOS_STORE_UNAVAILABLE', `no ${part} store at ${loc.file}`);
    const name = part === 'data' ? 'custos.db' : 'keys.db';
    const dest = join(sub, name);
    writeFileSync(dest, '', { mode: 0o600 });
    const db = new Database(loc.file, { readonly: true, fileMustExist: true });
    try {
      // The online backup API: a consistent copy while other connections read and write.
      await db.backup(dest);
    } finally {
      db.close();
    }
    // A self-contained single file (no write-ahead log beside it); Custos turns WAL on again when it opens a restored store.
    const copy = new Database(dest);
    let migrations: Record<string, number>;
    try {
      copy.pragma('journal_mode = DELETE');
      migrations = migrationsOf(copy);
    } finally {
      copy.close();
    }
    chmodSync(dest, 0o600);
    return { kind: 'sqlite', file: `${part}/${name}`, bytes: statSync(dest).size, sha256: await sha256(dest), migrations };
  }
  const name = part === 'data' ? 'custos.dump' : 'keys.dump';
  const dest = join(sub, name);
  const migrations = await pgMigrations(loc);
  const { url, env } = pgConn(loc.url);
  await run(PG_DUMP, ['--format=custom', `--schema=${loc.schema}`, '--no-owner', '--no-privileges', `--file=${dest}`, `--dbname=${url}`], env);
  chmodSync(dest, 0o600);
  return { kind: 'postgres', file: `${part}/${name}`, bytes: statSync(dest).size, sha256: await sha256(dest), migrations, schema: loc.schema };
}

/** Why the backup directory `out` cannot be used (the path is the operator's own). */
function outProblem(out: string, e: unknown): CustosError {
  return invalidInput('out', 'backup_directory', `cannot write a backup to ${out}: ${fileProblem(e)}`);
}

/**
 * Checks the directory a backup is to be written to: a new one, or an empty directory. A path that is not a
 * directory (a file) or cannot be looked at is bad input (`out`, rule `backup_directory`); a directory that
 * holds files is a conflict (rule `empty_directory`). The CLI calls it before it opens the stores, so a bad
 * `--out` changes nothing.
 */
export function checkBackupDir(out: string): void {
  const dir = resolve(out);
  let entries: string[];
  try {
    if (!statSync(dir).isDirectory()) throw invalidInput('out', 'backup_directory', `${out} is not a directory: give a new directory for each backup`);
    entries = readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e instanceof CustosError ? e : outProblem(out, e);
  }
  if (entries.length > 0) throw invalidInput('out', 'empty_directory', `${out} is not empty: give a new directory for each backup`);
}

/**
 * Writes a backup to `out` (a new or empty directory, mode 0700): the data store first, then the key
 * store, so a subject created in between has a key in the backup and one erased in between has none.
 */
export async function createBackup(stores: Stores, out: string, parts: Part[] = ['data', 'keys']): Promise<Manifest> {
  const dir = resolve(out);
  checkBackupDir(out);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw outProblem(out, e);
  }
  chmodSync(dir, 0o700);
  const manifest: Manifest = { format: 'custos-backup', version: 1, createdAt: new Date().toISOString(), custosVersion: custosVersion(), parts: {} };
  for (const part of (['data', 'keys'] as const).filter((p) => parts.includes(p))) manifest.parts[part] = await backupPart(stores[part], dir, part);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n', { mode: 0o600 });
  return manifest;
}

/** Reads the manifest of a backup and checks every file against its SHA-256; throws CUSTOS_INTEGRITY on a mismatch. */
export async function verifyBackup(from: string): Promise<Manifest> {
  const dir = resolve(from);
  const manifest = readManifest(from);
  for (const [part, p] of Object.entries(manifest.parts) as [Part, PartManifest][]) {
    const file = resolve(dir, p.file);
    if (!existsSync(file)) throw new CustosError('CUSTOS_INTEGRITY', `backup incomplete: ${p.file} is missing`, [{ field: part, rule: 'backup_file_missing', message: `${p.file} is missing` }]);
    if ((await sha256(file)) !== p.sha256)
      throw new CustosError('CUSTOS_INTEGRITY', `backup damaged: ${p.file} does not match its SHA-256 in the manifest`, [{ field: part, rule: 'backup_checksum', message: `${p.file} does not match the manifest` }]);
  }
  return manifest;
}

/** The manifest of the backup in `from`, checked for form (bad usage, naming `from`, when it is not one); the files are not read. */
export function readManifest(from: string): Manifest {
  const dir = resolve(from);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch (e) {
    const problem = e instanceof SyntaxError ? 'it is not JSON' : !existsSync(dir) ? 'the directory does not exist' : !statSync(dir).isDirectory() ? 'it is not a directory' : fileProblem(e, true);
    throw invalidInput('from', 'backup_manifest', `${from} holds no readable manifest.json: ${problem}`);
  }
  if (manifest?.format !== 'custos-backup' || manifest.version !== 1 || typeof manifest.parts !== 'object')
    throw invalidInput('from', 'backup_manifest', `${from}/manifest.json is not a Custos backup manifest`);
  for (const p of Object.values(manifest.parts) as PartManifest[])
    if (!resolve(dir, p.file).startsWith(dir + '/')) throw invalidInput('from', 'backup_manifest', `the manifest names a file outside the backup: ${p.file}`);
  return manifest;
}

/** A table only a Custos store of that kind holds: the data store's subjects, the key store's data keys. */
const STORE_TABLE: Record<Part, string> = { data: 'subjects', keys: 'data_keys' };

/** The first of `parts` whose store is not there or is not a Custos store of that kind (a file or schema that holds nothing, another store's key schema); none: undefined. */
export async function missingStore(stores: Stores, parts: readonly Part[]): Promise<{ part: Part; loc: StoreLocation } | undefined> {
  for (const part of parts) {
    const loc = stores[part];
    const table = STORE_TABLE[part];
    const found =
      loc.kind === 'sqlite'
        ? existsSync(loc.file) && statSync(loc.file).size > 0 && hasSqliteTable(loc.file, table)
        : await withPg(loc.url, async (c) => (await c.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2', [loc.schema, table])).rowCount === 1);
    if (!found) return { part, loc };
  }
  return undefined;
}

/** Where a store is, and what it is, in words: `schema custos_keys`, `/srv/custos/custos.db`. */
export const storeWhere = (m: { part: Part; loc: StoreLocation }): string => `${m.loc.kind === 'postgres' ? `schema ${m.loc.schema}` : m.loc.file} holds no Custos ${m.part === 'data' ? 'data' : 'key'} store`;

/**
 * Refuses (bad usage, naming the setting that points there) a part to back up whose store is not there or
 * is not a Custos store of that kind. Checked before Custos opens the stores, which would create and migrate them.
 */
export async function requireStores(stores: Stores, parts: readonly Part[]): Promise<void> {
  const missing = await missingStore(stores, parts);
  if (missing) throw invalidInput(missing.loc.kind === 'postgres' ? 'schema' : 'data-dir', 'store_exists', `${storeWhere(missing)} to back up`);
}

function hasSqliteTable(file: string, table: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** Whether a store exists (has tables) and whether it looks in use (SQLite: a write-ahead log is open). */
async function storeState(loc: StoreLocation): Promise<{ exists: boolean; inUse: boolean }> {
  if (loc.kind === 'sqlite') return { exists: existsSync(loc.file) && statSync(loc.file).size > 0, inUse: existsSync(`${loc.file}-wal`) };
  return withPg(loc.url, async (c) => {
    const r = await c.query('SELECT COUNT(*)::int AS n FROM information_schema.tables WHERE table_schema = $1', [loc.schema]);
    return { exists: Number(r.rows[0].n) > 0, inUse: false };
  });
}

/** Whether a part of the backup can go where the store is (checked for every part before anything is written). */
function checkPart(loc: StoreLocation, part: Part, p: PartManifest): void {
  if (loc.kind !== p.kind)
    throw invalidInput('from', 'backup_kind', `the ${part} backup is of ${p.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}; the ${part} store here is ${loc.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`);
  if (loc.kind === 'postgres' && p.schema !== loc.schema)
    throw invalidInput('schema', 'backup_schema', `the ${part} backup holds schema ${p.schema}; restore it to the same schema (the ${part} store here is ${loc.schema})`);
}

async function restorePart(loc: StoreLocation, dir: string, part: Part, p: PartManifest): Promise<void> {
  const file = resolve(dir, p.file);
  checkPart(loc, part, p);
  if (loc.kind === 'sqlite') {
    if (!existsSync(loc.file)) {
      // a restore onto a new machine: the data directory may not exist yet
      mkdirSync(dirname(loc.file), { recursive: true, mode: 0o700 });
      writeFileSync(loc.file, '', { mode: 0o600 });
    }
    const src = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await src.backup(loc.file);
    } finally {
      src.close();
    }
    chmodSync(loc.file, 0o600);
    return;
  }
  await withPg(loc.url, (c) => c.query(`DROP SCHEMA IF EXISTS ${quoteIdent(loc.schema)} CASCADE`));
  const { url, env } = pgConn(loc.url);
  await run(PG_RESTORE, ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${url}`, file], env);
}

type KekVerifiers = { version: number; verifier: Buffer }[];

/** The key-encryption key verifiers of a SQLite key store file; [] when it holds none (or no key store at all). */
function sqliteVerifiers(file: string): KekVerifiers {
  if (!existsSync(file) || statSync(file).size === 0) return [];
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kek_versions'").get()) return [];
    return (db.prepare('SELECT version, verifier FROM kek_versions').all() as { version: number; verifier: Buffer }[]).map((r) => ({ version: Number(r.version), verifier: Buffer.from(r.verifier) }));
  } finally {
    db.close();
  }
}

/**
 * The verifiers in a key store dump (pg_dump's custom format), read without restoring it: pg_restore
 * writes the table's data as SQL text, a COPY block whose rows are tab-separated, bytea as `\\x<hex>`.
 * Undefined when the dump holds no such table.
 */
async function dumpVerifiers(file: string, schema: string): Promise<KekVerifiers | undefined> {
  const text = await run(PG_RESTORE, ['--data-only', `--schema=${schema}`, '--table=kek_versions', '--file=-', file], process.env);
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^COPY \S+\.kek_versions \(.*\) FROM stdin;$/.test(l));
  if (start < 0) return undefined;
  const cols = /\((.*)\)/.exec(lines[start])![1].split(', ');
  const vi = cols.indexOf('version');
  const fi = cols.indexOf('verifier');
  const out: KekVerifiers = [];
  for (const line of lines.slice(start + 1)) {
    if (line === '\\.') return out;
    const cells = line.split('\t');
    const hex = /^\\\\x([0-9a-f]*)$/.exec(cells[fi] ?? '');
    if (!hex || !/^\d+$/.test(cells[vi] ?? '')) return undefined;
    out.push({ version: Number(cells[vi]), verifier: Buffer.from(hex[1], 'hex') });
  }
  return undefined;
}

/** The verifiers of a live PostgreSQL key store; [] when it holds none. */
async function pgVerifiers(loc: { url: string; schema: string }): Promise<KekVerifiers> {
  return withPg(loc.url, async (c) => {
    const t = await c.query('SELECT to_regclass($1) AS t', [`${quoteIdent(loc.schema)}.kek_versions`]);
    if (t.rows[0].t === null) return [];
    const r = await c.query(`SELECT version, verifier FROM ${quoteIdent(loc.schema)}.kek_versions`);
    return r.rows.map((x: { version: number; verifier: Buffer }) => ({ version: Number(x.version), verifier: Buffer.from(x.verifier) }));
  });
}

/**
 * Checks, before anything is replaced, that Custos will open on the restored stores with `master`: its
 * verifiers must match those of the key store that will be in place, the backup's when the keys are
 * restored, else the live one. A wrong key would otherwise be found only when Custos opens, with the
 * stores replaced already and the list of live erasures (what the replaced stores knew) lost with them.
 */
async function checkMasterKey(master: Buffer, stores: Stores, dir: string, manifest: Manifest, parts: readonly Part[]): Promise<void> {
  let verifiers: KekVerifiers | undefined;
  let where: string;
  if (parts.includes('keys')) {
    const p = manifest.parts.keys!;
    const file = resolve(dir, p.file);
    where = 'the key store of the backup';
    try {
      verifiers = p.kind === 'sqlite' ? sqliteVerifiers(file) : await dumpVerifiers(file, p.schema!);
    } catch {
      verifiers = undefined;
    }
    if (!verifiers || verifiers.length === 0)
      throw new CustosError('CUSTOS_INTEGRITY', 'the key store of the backup holds no key-encryption keys to check the master key against: nothing was changed', [
        { field: 'from', rule: 'backup_key_store', message: 'the key store of the backup cannot be read' },
      ]);
  } else {
    // a data-only restore keeps the live key store: the restored data is read with its keys
    const loc = stores.keys;
    where = 'the live key store';
    verifiers = loc.kind === 'sqlite' ? sqliteVerifiers(loc.file) : await pgVerifiers(loc);
    if (verifiers.length === 0)
      throw invalidInput('data-only', 'live_key_store', 'a data-only restore keeps the live key store, and there is none here (its data keys would all be missing, and every restored subject erased): restore the keys too');
  }
  if (!masterKeyMatches(master, verifiers))
    throw new CustosError('CUSTOS_WRONG_MASTER_KEY', `${WRONG_MASTER_KEY_MESSAGE.replace('this key store', where)} (the restore replaced nothing)`, [
      { rule: 'master_key', message: `the master key does not match ${where}` },
    ]);
}

export interface RestoreResult {
  manifest: Manifest;
  restored: Part[];
  /**
   * What the stores just replaced knew of erasures (read before they were overwritten), committed as a
   * list in the pending directory of the data directory. `Custos.open` on the restored stores (with the
   * same data directory) erases those subjects again before it serves anything, and removes the list;
   * `reconcileAfterRestore(custos, result)` gives its report.
   */
  live: LiveErasures;
  /** Lists of earlier restores, interrupted before their reconcile, that were pending: the reconcile includes them. */
  interrupted: number;
}

/**
 * Restores the parts of a backup (checksums are verified first). Refuses to overwrite an existing store
 * (or, for SQLite, one that looks in use) unless `force`. `masterKey` is the key Custos will open with:
 * it is checked against the key store that will be in place (the backup's, or the live one for a
 * data-only restore) before anything is read or replaced, so a wrong key changes nothing. Before
 * overwriting, reads from the live stores which subjects they hold as erased (see live-erasures.ts) and
 * commits that list durably to the data directory (pending.ts); lists of earlier interrupted restores
 * found there stay, and are reconciled with it. Open Custos afterwards: it finishes the reconcile before
 * anything is served (`reconcileAfterRestore(custos, result)` gives the report), so erasures made since
 * the backup hold, even when this restore is stopped half way.
 */
export async function restoreBackup(from: string, stores: Stores, opts: { parts?: Part[]; force?: boolean; masterKey: Buffer | string }): Promise<RestoreResult> {
  const master = Buffer.isBuffer(opts?.masterKey) ? opts.masterKey : typeof opts?.masterKey === 'string' ? parseMasterKey(opts.masterKey, 'masterKey') : undefined;
  if (!master || master.length !== 32) throw invalidInput('masterKey', 'master_key', 'give the master key Custos will open the restored stores with (32 bytes)');
  const manifest = await verifyBackup(from);
  const want = opts.parts ?? (['data', 'keys'] as Part[]);
  const parts = want.filter((p) => manifest.parts[p]);
  const missing = want.filter((p) => !manifest.parts[p]);
  if (opts.parts && missing.length > 0) throw invalidInput('from', 'backup_part', `the backup holds no ${missing.join(' or ')} store`);
  if (parts.length === 0) throw invalidInput('from', 'backup_part', 'the backup holds nothing to restore');
  if (!opts.force) {
    for (const p of parts) {
      const s = await storeState(stores[p]);
      if (s.inUse)
        throw new CustosError('CUSTOS_CONFLICT', `the ${p} store looks in use (its write-ahead log is open): stop the server first, or give --force`, [{ field: p, rule: 'store_in_use', message: 'the store is open' }]);
      if (s.exists)
        throw new CustosError('CUSTOS_CONFLICT', `the ${p} store exists and would be overwritten: give --force to replace it`, [{ field: p, rule: 'store_exists', message: 'the store exists' }]);
    }
  }
  // every part is checked before any is written: a bad one leaves the stores as they were
  for (const p of parts) checkPart(stores[p], p, manifest.parts[p]!);
  const dir = resolve(from);
  await checkMasterKey(master, stores, dir, manifest, parts);
  // an earlier restore stopped before its reconcile: the stores here are half restored and no longer know
  // what it read, so its list stays and is reconciled with this one (a damaged list, or one for another
  // data store, refuses here, before anything is written)
  const pendingDir = pendingDirOf(stores.dataDir);
  const target = storeTarget(stores.data);
  const earlier = pendingLists(pendingDir, target);
  const live = await writeList(pendingDir, target, parts, (append) => readLiveErasures(stores, parts, append), earlier);
  // from here the list is on disk: a restore stopped or failing part way (a half-written store) leaves it
  // pending, and Custos.open, or the next restore, finishes it
  try {
    for (const p of parts) await restorePart(stores[p], dir, p, manifest.parts[p]!);
  } catch (e) {
    if (e instanceof Error)
      e.message += ` (the restore stopped part way; the subjects the replaced stores held as erased are listed in ${pendingDir}, and are erased again when Custos next opens these stores, or by the reconcile of a new restore)`;
    throw e;
  }
  return { manifest, restored: parts, live, interrupted: earlier.length };
}
