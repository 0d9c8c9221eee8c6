/**
 * What the live stores know of erasures, read just before a restore replaces them. A restore that
 * replaces both stores from one backup brings back, together, the rows and the data key of every subject
 * erased after that backup: once both are overwritten nothing remembers the erasure. So the live stores
 * are read first, and `reconcileAfterRestore` erases again every subject they held as erased (or
 * erasing), or as active without a data key, that the restored stores hold as active.
 *
 * Only subject ids and statuses are read, never personal data. The ids are streamed in pages to the
 * restore's list in the pending directory (pending.ts: mode 0600 in a 0700 directory in the data
 * directory), committed there before any store is overwritten and removed only when the reconcile has
 * completed. Memory stays bounded however many subjects were erased.
 *
 * What can be known depends on what the restore replaces:
 *  - the data store only: the live key store stays, and every erasure destroyed a data key, so the
 *    reconcile finds them by their missing keys; the live data store's erased ids are read as well;
 *  - the key store only: the live data store stays and records every erasure: nothing to read;
 *  - both: the live data store gives the erased and erasing subjects, the live key store the active ones
 *    whose data key is gone. Without a readable live data store (a restore onto a new machine) later
 *    erasures cannot be known (`unknown`); without a readable live key store only the data store's
 *    statuses are (`partial`).
 */
import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { pgDriver, quoteIdent } from '../store/postgres.js';
import type { Part, StoreLocation, Stores } from './backup.js';
import type { LiveKnowledge, LiveStoreRead } from './pending.js';

export type { LiveKnowledge, LiveStoreRead } from './pending.js';

const PAGE = 500;

/** What is known of the ids a read wrote. */
export interface LiveRead {
  knowledge: LiveKnowledge;
  stores: Partial<Record<Part, LiveStoreRead>>;
  /** Whether the live data store held any subject (of any status): false when it was not read. */
  hadSubjects: boolean;
  /** Ids written. */
  count: number;
}

/** A live data store, read a page of subject ids at a time (keyset pagination: constant memory). */
interface DataReader {
  /** Subjects after `after` in id order: all of them, or (`erasedOnly`) those not active. */
  page(after: string, erasedOnly: boolean): Promise<{ id: string; active: boolean }[]>;
  /** Whether the store holds any subject at all. */
  any(): Promise<boolean>;
  close(): Promise<void>;
}
/** A live key store: which of these subjects still have a data key. */
interface KeyReader {
  keyed(ids: readonly string[]): Promise<Set<string>>;
  close(): Promise<void>;
}

type Opened<T> = { state: 'read'; reader: T } | { state: 'missing' | 'unreadable' };

/**
 * A live SQLite store, opened read-write (writes refused by `query_only`) so that closing it removes the
 * write-ahead log a read would leave beside it; its WAL, if one is open, is read too.
 */
function openSqlite<T>(file: string, table: string, build: (db: Database.Database) => T): Opened<T> {
  if (!existsSync(file) || statSync(file).size === 0) return { state: 'missing' };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    db.pragma('query_only = ON');
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table)) {
      db.close();
      return { state: 'missing' };
    }
    // statements are prepared here: a table of another shape is unreadable, not an error
    return { state: 'read', reader: build(db) };
  } catch {
    db?.close();
    return { state: 'unreadable' };
  }
}

async function openPg(loc: { url: string; schema: string }, table: string): Promise<Opened<pg.Client>> {
  const c = new (pgDriver().Client)({ connectionString: loc.url });
  try {
    await c.connect();
    const r = await c.query('SELECT to_regclass($1) AS t', [`${quoteIdent(loc.schema)}.${table}`]);
    if (r.rows[0].t === null) {
      await c.end().catch(() => undefined);
      return { state: 'missing' };
    }
    return { state: 'read', reader: c };
  } catch {
    await c.end().catch(() => undefined);
    return { state: 'unreadable' };
  }
}

async function dataReader(loc: StoreLocation): Promise<Opened<DataReader>> {
  if (loc.kind === 'sqlite') {
    return openSqlite(loc.file, 'subjects', (db): DataReader => {
      const all = db.prepare('SELECT subject_id, status FROM subjects WHERE subject_id > ? ORDER BY subject_id LIMIT ?');
      const erased = db.prepare("SELECT subject_id, status FROM subjects WHERE status <> 'active' AND subject_id > ? ORDER BY subject_id LIMIT ?");
      const any = db.prepare('SELECT 1 FROM subjects LIMIT 1');
      return {
        page: async (after, erasedOnly) =>
          ((erasedOnly ? erased : all).all(after, PAGE) as { subject_id: string; status: string }[]).map((r) => ({ id: r.subject_id, active: r.status === 'active' })),
        any: async () => any.get() !== undefined,
        close: async () => void db.close(),
      };
    });
  }
  const o = await openPg(loc, 'subjects');
  if (o.state !== 'read') return o;
  const c = o.reader;
  const t = `${quoteIdent(loc.schema)}.subjects`;
  return {
    state: 'read',
    reader: {
      page: async (after, erasedOnly) =>
        (
          await c.query(`SELECT subject_id, status FROM ${t} WHERE ${erasedOnly ? "status <> 'active' AND " : ''}subject_id > $1 ORDER BY subject_id LIMIT $2`, [after, PAGE])
        ).rows.map((r: { subject_id: string; status: string }) => ({ id: r.subject_id, active: r.status === 'active' })),
      any: async () => (await c.query(`SELECT 1 FROM ${t} LIMIT 1`)).rows.length > 0,
      close: () => c.end().catch(() => undefined),
    },
  };
}

async function keyReader(loc: StoreLocation): Promise<Opened<KeyReader>> {
  if (loc.kind === 'sqlite') {
    return openSqlite(loc.file, 'data_keys', (db): KeyReader => {
      const one = db.prepare('SELECT subject_id FROM data_keys WHERE subject_id = ?').pluck();
      return {
        keyed: async (ids) => new Set(ids.filter((id) => one.get(id) !== undefined)),
        close: async () => void db.close(),
      };
    });
  }
  const o = await openPg(loc, 'data_keys');
  if (o.state !== 'read') return o;
  const c = o.reader;
  const t = `${quoteIdent(loc.schema)}.data_keys`;
  return {
    state: 'read',
    reader: {
      keyed: async (ids) => new Set((await c.query(`SELECT subject_id FROM ${t} WHERE subject_id = ANY($1::text[])`, [ids])).rows.map((r: { subject_id: string }) => r.subject_id)),
      close: () => c.end().catch(() => undefined),
    },
  };
}

/**
 * Reads, from the live stores a restore of `parts` is about to replace, the ids of the subjects erased
 * (or erasing), and, when both stores are replaced, of the active subjects whose data key is gone, and
 * gives them to `append` a page at a time. A store that cannot be read is reported as such, never an
 * error: replacing a lost or damaged store is what a restore is for. A read failing half way keeps the
 * ids read until then (`partial`). An error of `append` (the list cannot be written) is thrown.
 */
export async function readLiveErasures(stores: Stores, parts: readonly Part[], append: (ids: string[]) => void): Promise<LiveRead> {
  const none = (knowledge: LiveKnowledge, read: Partial<Record<Part, LiveStoreRead>> = {}): LiveRead => ({ knowledge, stores: read, hadSubjects: false, count: 0 });
  if (!parts.includes('data')) return none('checked');
  // data only: the live key store stays, and the reconcile finds every erasure by its missing key
  const both = parts.includes('keys');
  const data = await dataReader(stores.data);
  if (data.state !== 'read') return none(both ? 'unknown' : 'checked', { data: data.state });
  const read: Partial<Record<Part, LiveStoreRead>> = { data: 'read' };
  let keys: KeyReader | undefined;
  if (both) {
    const k = await keyReader(stores.keys);
    read.keys = k.state;
    if (k.state === 'read') keys = k.reader;
  }
  let hadSubjects = false;
  let pages = 0;
  let count = 0;
  try {
    let after = '';
    for (;;) {
      let page: { id: string; active: boolean }[];
      try {
        if (pages === 0) hadSubjects = await data.reader.any();
        // with the key store readable, every subject (active ones may have lost their key); else the erased ones
        page = await data.reader.page(after, keys === undefined);
      } catch {
        read.data = 'unreadable';
        break;
      }
      pages++;
      if (page.length === 0) break;
      after = page[page.length - 1].id;
      const active = page.filter((s) => s.active).map((s) => s.id);
      let keyed: Set<string> | undefined;
      if (keys && active.length > 0) {
        try {
          keyed = await keys.keyed(active);
        } catch {
          read.keys = 'unreadable'; // from here on, the data store's statuses only
          await keys.close();
          keys = undefined;
        }
      }
      const ids = page.filter((s) => !s.active || (keyed !== undefined && !keyed.has(s.id))).map((s) => s.id);
      // a failure to write the list stops the restore before anything is overwritten
      append(ids);
      count += ids.length;
    }
  } finally {
    await data.reader.close();
    await keys?.close();
  }
  const knowledge: LiveKnowledge = !both ? 'checked' : pages === 0 ? 'unknown' : read.data === 'read' && read.keys === 'read' ? 'checked' : 'partial';
  return { knowledge, stores: read, hadSubjects, count };
}
