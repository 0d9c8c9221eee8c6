/**
 * The SQLite adapter's writes wait for the write lock in the event loop, not in SQLite's busy handler.
 * The lock is held by a second connection to the same file in this same thread: a write that waited in
 * the busy handler could never see it released (the thread is inside the handler) and failed with
 * SQLITE_BUSY after the timeout; waiting in the event loop, it proceeds once the holder commits.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { SqliteDb, STATEMENT_CACHE_LIMIT } from './sqlite.js';

describe('SqliteDb: waiting for the write lock', () => {
  let dir: string;
  let db: SqliteDb;
  let other: Database.Database;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'custos-sqlite-'));
    db = new SqliteDb(join(dir, 'd.db'));
    await db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)');
    await db.run('INSERT INTO t (k, v) VALUES (?, ?)', ['a', 'before']);
    other = new Database(join(dir, 'd.db'));
    other.pragma('busy_timeout = 0');
  });
  afterEach(async () => {
    other.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Lets timers run for a while (the waiting write tries again every millisecond). */
  const turns = async (n: number) => {
    for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 1));
  };

  it('a transaction waits while another connection writes, reads go on meanwhile, and it commits after', async () => {
    other.exec('BEGIN IMMEDIATE');
    other.prepare('UPDATE t SET v = ? WHERE k = ?').run('other', 'a');
    let flagWhileWaiting = -1;
    let done = false;
    const tx = db
      .tx(async (t) => {
        await t.run('INSERT INTO t (k, v) VALUES (?, ?)', ['b', 'mine']);
        return (await t.get<{ v: string }>('SELECT v FROM t WHERE k = ?', ['a']))!.v;
      })
      .finally(() => (done = true));
    await turns(20);
    expect(done).toBe(false);
    flagWhileWaiting = Atomics.load(db.writeWanted, 0);
    // a read through the same connection is answered while the write waits (nothing is open on it yet)
    expect((await db.get<{ v: string }>('SELECT v FROM t WHERE k = ?', ['a']))!.v).toBe('before');
    other.exec('COMMIT');
    // the transaction saw the other connection's commit, and its own insert is stored
    await expect(tx).resolves.toBe('other');
    expect(flagWhileWaiting).toBe(1);
    expect(Atomics.load(db.writeWanted, 0)).toBe(0);
    expect(other.prepare('SELECT v FROM t WHERE k = ?').get('b')).toEqual({ v: 'mine' });
  });

  it('a write outside a transaction waits the same way', async () => {
    other.exec('BEGIN IMMEDIATE');
    other.prepare('INSERT INTO t (k, v) VALUES (?, ?)').run('c', 'other');
    const run = db.run('UPDATE t SET v = ? WHERE k = ?', ['mine', 'a']);
    await turns(20);
    other.exec('COMMIT');
    await expect(run).resolves.toEqual({ changes: 1 });
    expect(other.prepare('SELECT k, v FROM t ORDER BY k').all()).toEqual([
      { k: 'a', v: 'mine' },
      { k: 'c', v: 'other' },
    ]);
  });

  it('write transactions of one connection take turns, each waiting for the lock in order', async () => {
    other.exec('BEGIN IMMEDIATE');
    const order: string[] = [];
    const first = db.tx(async (t) => {
      await t.run('INSERT INTO t (k, v) VALUES (?, ?)', ['x', '1']);
      await turns(3);
      order.push('first');
    });
    const second = db.tx(async (t) => {
      await t.run('INSERT INTO t (k, v) VALUES (?, ?)', ['y', '2']);
      order.push('second');
    });
    await turns(10);
    other.exec('COMMIT');
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
    expect((await db.all('SELECT k FROM t ORDER BY k')).map((r) => r.k)).toEqual(['a', 'x', 'y']);
  });

  it('a failed transaction rolls back and frees the lock for the next one', async () => {
    await expect(
      db.tx(async (t) => {
        await t.run('INSERT INTO t (k, v) VALUES (?, ?)', ['z', 'lost']);
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(Atomics.load(db.writeWanted, 0)).toBe(0);
    await db.run('INSERT INTO t (k, v) VALUES (?, ?)', ['w', 'kept']);
    expect((await db.all('SELECT k FROM t ORDER BY k')).map((r) => r.k)).toEqual(['a', 'w']);
  });

  it('runEach runs a statement for each row: in the caller\'s transaction, or else in one of its own, whole or not at all', async () => {
    await db.tx(async (t) => {
      expect(await t.runEach!('INSERT INTO t (k, v) VALUES (?, ?)', [['p', '1'], ['q', '2']])).toBe(2);
    });
    // the second row fails (the key is taken): the first is not kept either
    await expect(db.runEach('INSERT INTO t (k, v) VALUES (?, ?)', [['r', '3'], ['a', 'twice']])).rejects.toThrow(/UNIQUE/);
    expect((await db.all('SELECT k FROM t ORDER BY k')).map((r) => r.k)).toEqual(['a', 'p', 'q']);
  });
});

describe('SqliteDb: prepared statements', () => {
  it('keeps at most STATEMENT_CACHE_LIMIT of them per mode, the most recently used, and answers the same past the limit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'custos-sqlite-'));
    const db = new SqliteDb(join(dir, 'd.db'));
    try {
      await db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT)');
      const keys = Array.from({ length: STATEMENT_CACHE_LIMIT + 200 }, (_, i) => `k${i}`);
      await db.runEach!('INSERT INTO t (k, v) VALUES (?, ?)', keys.map((k) => [k, `v${k}`]));
      // a text per length, as `IN (?, ?, ...)` lists make: more of them than the limit, in both modes
      for (let n = 1; n <= keys.length; n++) {
        const sql = `SELECT COUNT(*) AS n FROM t WHERE k IN (${new Array(n).fill('?').join(', ')})`;
        expect((await db.get<{ n: number }>(sql, keys.slice(0, n)))?.n).toBe(n);
        expect(await db.values(sql, keys.slice(0, n))).toEqual([[n]]);
      }
      expect(db.cachedStatements).toBe(2 * STATEMENT_CACHE_LIMIT);
      // one dropped long ago is prepared again
      expect((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM t WHERE k IN (?)', ['k1']))?.n).toBe(1);
    } finally {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
