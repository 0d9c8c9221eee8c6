import Database from 'better-sqlite3';
import { chmodSync, existsSync } from 'node:fs';
import type { Db, Param, Row } from './db.js';
import { CustosError } from '../errors.js';
import { Lru } from '../lru.js';

type Statement = Database.Statement<unknown[], unknown>;

/** How long a write waits for the database's write lock before it fails (SQLite's busy timeout). */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Prepared statements kept per connection and mode, the most recently used. The hot paths use a few dozen
 * texts; a list of values written into the text (`IN (?, ?, ...)`, as retention and the ledger's purge page
 * through ids) makes a text per length, and a statement holds its program: 500 lengths of one such
 * statement hold about 24 MB. Past the limit the least recently used is dropped (prepared again if needed).
 */
export const STATEMENT_CACHE_LIMIT = 1000;

/**
 * SQLite adapter (better-sqlite3): WAL, synchronous=FULL, prepared statements cached.
 * better-sqlite3 is synchronous, so an async transaction holds a lock: statements from other callers
 * wait until it ends instead of slipping into it.
 *
 * The write lock is waited for without blocking the event loop. SQLite's own busy handler sleeps inside
 * the call, so a write that found the lock held (by the audit writer thread committing, or by another
 * process) stopped every request of the process for up to its timeout; under audited load the data
 * connection's BEGIN IMMEDIATE waited 13 ms at the 90th percentile, 79 ms at the 99th. Here a write
 * transaction tries the lock without the busy handler and, while it is held, waits a millisecond at a
 * time in the event loop, reads going on meanwhile; `writeWanted` tells the audit writer thread (see
 * sqlite-writer.ts) to let it go first, which it could not otherwise count on against a thread that
 * commits back to back.
 */
export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  readonly raw: Database.Database;
  private readonly cache = new Lru<Statement>(STATEMENT_CACHE_LIMIT);
  private readonly rawCache = new Lru<Statement>(STATEMENT_CACHE_LIMIT);
  private lock: Promise<void> = Promise.resolve();
  private release: () => void = () => undefined;
  /** A transaction is open on the connection: other callers' statements wait for its end. */
  private locked = false;
  /** Write transactions take turns: the next one begins waiting for the write lock when this settles. */
  private writeTurn: Promise<void> = Promise.resolve();
  /** Non-zero while a write transaction of this connection waits for the write lock or holds it (shared with the audit writer thread). */
  readonly writeWanted = new Int32Array(new SharedArrayBuffer(4));
  private readonly begin: Statement;
  private readonly busyWait: Statement;
  private readonly busyNoWait: Statement;

  constructor(readonly file: string) {
    const isNew = file !== ':memory:' && !existsSync(file);
    try {
      this.raw = new Database(file);
    } catch (e) {
      throw new CustosError('CUSTOS_STORE_UNAVAILABLE', `cannot open SQLite database: ${(e as Error).message}`);
    }
    if (isNew) chmodSync(file, 0o600);
    this.raw.pragma('journal_mode = WAL');
    this.raw.pragma('synchronous = FULL');
    this.raw.pragma('foreign_keys = ON');
    this.raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // Deleted content is overwritten with zeros, not left in free pages: a destroyed data key must not
    // stay readable in the file (or in a backup copied from it) after the row is gone.
    this.raw.pragma('secure_delete = ON');
    this.begin = this.raw.prepare('BEGIN IMMEDIATE');
    this.busyWait = this.raw.prepare(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.busyNoWait = this.raw.prepare('PRAGMA busy_timeout = 0');
  }

  /** How many prepared statements the connection keeps (both modes). */
  get cachedStatements(): number {
    return this.cache.size + this.rawCache.size;
  }

  /** Prepared once per text; statements in raw mode (rows as arrays) are cached apart: the mode belongs to the statement. */
  private stmt(sql: string, raw = false): Statement {
    const cache = raw ? this.rawCache : this.cache;
    let s = cache.get(sql);
    if (!s) {
      s = this.raw.prepare(sql);
      if (raw) s.raw(true);
      cache.set(sql, s);
    }
    return s;
  }

  // Callers re-check `locked` right before running: a transaction may begin between a wake-up and the statement.

  allSync<T>(sql: string, params: readonly Param[] = []): T[] {
    return this.stmt(sql).all(...(params as unknown[])) as T[];
  }
  valuesSync(sql: string, params: readonly Param[] = []): unknown[][] {
    return this.stmt(sql, true).all(...(params as unknown[])) as unknown[][];
  }
  getSync<T>(sql: string, params: readonly Param[] = []): T | undefined {
    return this.stmt(sql).get(...(params as unknown[])) as T | undefined;
  }
  runSync(sql: string, params: readonly Param[] = []): { changes: number } {
    const r = this.stmt(sql).run(...(params as unknown[]));
    return { changes: r.changes };
  }

  runEachSync(sql: string, rows: readonly (readonly Param[])[]): number {
    const s = this.stmt(sql);
    let n = 0;
    for (const r of rows) n += s.run(...(r as unknown[])).changes;
    return n;
  }

  async all<T = Row>(sql: string, params?: readonly Param[]): Promise<T[]> {
    while (this.locked) await this.lock;
    return this.allSync<T>(sql, params);
  }
  async get<T = Row>(sql: string, params?: readonly Param[]): Promise<T | undefined> {
    while (this.locked) await this.lock;
    return this.getSync<T>(sql, params);
  }
  async values(sql: string, params?: readonly Param[]): Promise<unknown[][]> {
    while (this.locked) await this.lock;
    return this.valuesSync(sql, params);
  }
  async run(sql: string, params?: readonly Param[]): Promise<{ changes: number }> {
    // a write on its own waits for the write lock as a transaction does, not in SQLite's busy handler
    if (!this.stmt(sql).readonly) return this.tx(async () => this.runSync(sql, params));
    while (this.locked) await this.lock;
    return this.runSync(sql, params);
  }
  async runEach(sql: string, rows: readonly (readonly Param[])[]): Promise<number> {
    return this.tx(async () => this.runEachSync(sql, rows));
  }
  async exec(sql: string): Promise<void> {
    while (this.locked) await this.lock;
    this.raw.exec(sql);
  }

  async tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    const turn = this.writeTurn;
    let next!: () => void;
    this.writeTurn = new Promise<void>((r) => (next = r));
    await turn;
    try {
      Atomics.store(this.writeWanted, 0, 1);
      // no transaction is open while the lock is waited for: other callers' reads go on
      await this.beginImmediate();
      return await this.open(fn);
    } finally {
      Atomics.store(this.writeWanted, 0, 0);
      Atomics.notify(this.writeWanted, 0);
      next();
    }
  }

  /**
   * BEGIN IMMEDIATE without SQLite's busy handler: while another connection holds the write lock, waits
   * a millisecond in the event loop and tries again, for as long as the busy timeout allows; then fails
   * with SQLite's own SQLITE_BUSY, as the busy handler would have. Once begun, the transaction is the
   * connection's (`locked`) before anything else runs.
   */
  private async beginImmediate(): Promise<void> {
    const deadline = Date.now() + BUSY_TIMEOUT_MS;
    for (;;) {
      this.busyNoWait.run();
      try {
        this.begin.run();
        this.locked = true;
        this.lock = new Promise<void>((r) => (this.release = r));
        return;
      } catch (e) {
        if ((e as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw e;
      } finally {
        this.busyWait.run();
      }
      await new Promise((r) => setTimeout(r, 1));
    }
  }

  /** Runs `fn` in the transaction just begun; statements from other callers wait for its end. */
  private async open<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    const inner: Db = {
      dialect: 'sqlite',
      all: async (s, p) => this.allSync(s, p),
      get: async (s, p) => this.getSync(s, p),
      values: async (s, p) => this.valuesSync(s, p),
      run: async (s, p) => this.runSync(s, p),
      runEach: async (s, rows) => this.runEachSync(s, rows),
      exec: async (s) => void this.raw.exec(s),
      tx: (f) => f(inner),
      close: async () => undefined,
    };
    try {
      const out = await fn(inner);
      this.raw.exec('COMMIT');
      return out;
    } catch (e) {
      if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
      throw e;
    } finally {
      this.locked = false;
      this.release();
    }
  }

  /** Synchronous transaction for hot paths that do no async work inside (group commit). */
  txSync<T>(fn: () => T): T {
    return this.raw.transaction(fn)();
  }

  async close(): Promise<void> {
    while (this.locked) await this.lock;
    if (this.raw.open) this.raw.close();
  }
}
