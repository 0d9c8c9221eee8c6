import Database from 'better-sqlite3';
import { chmodSync, existsSync } from 'node:fs';
import type { Db, Param, Row } from './db.js';
import { CustosError } from '../errors.js';

type Statement = Database.Statement<unknown[], unknown>;

/**
 * SQLite adapter (better-sqlite3): WAL, synchronous=FULL, prepared statements cached.
 * better-sqlite3 is synchronous, so an async transaction holds a lock: statements from other callers
 * wait until it ends instead of slipping into it.
 */
export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  readonly raw: Database.Database;
  private readonly cache = new Map<string, Statement>();
  private readonly rawCache = new Map<string, Statement>();
  private lock: Promise<void> = Promise.resolve();
  private locked = false;

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
    this.raw.pragma('busy_timeout = 5000');
    // Deleted content is overwritten with zeros, not left in free pages: a destroyed data key must not
    // stay readable in the file (or in a backup copied from it) after the row is gone.
    this.raw.pragma('secure_delete = ON');
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
    while (this.locked) await this.lock;
    return this.runSync(sql, params);
  }
  async exec(sql: string): Promise<void> {
    while (this.locked) await this.lock;
    this.raw.exec(sql);
  }

  async tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    while (this.locked) await this.lock;
    this.locked = true;
    let release!: () => void;
    this.lock = new Promise<void>((r) => (release = r));
    const inner: Db = {
      dialect: 'sqlite',
      all: async (s, p) => this.allSync(s, p),
      get: async (s, p) => this.getSync(s, p),
      values: async (s, p) => this.valuesSync(s, p),
      run: async (s, p) => this.runSync(s, p),
      exec: async (s) => void this.raw.exec(s),
      tx: (f) => f(inner),
      close: async () => undefined,
    };
    try {
      this.raw.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn(inner);
        this.raw.exec('COMMIT');
        return out;
      } catch (e) {
        if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
        throw e;
      }
    } finally {
      this.locked = false;
      release();
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
