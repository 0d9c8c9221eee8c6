/**
 * The audit log's index by subject on SQLite. For a store on a file: a file of its own beside the store,
 * kept by a thread of its own. (A log with no writer thread keeps it in the store's own table:
 * `inStoreIndexer`.)
 *
 * Entries are indexed by subject in bulk, sorted, so that index rows share pages (AUDIT_MIGRATIONS v2).
 * Each run still writes about one page per entry once the subjects are many, and it grows with the
 * index: 4 ms for the first run of 4,096 entries, 30-43 ms by the time 180,000 reads of 3,000 subjects
 * were logged. Run by the audit writer thread after a commit, on the store's own file, every commit of
 * every caller waited for it: audited reads at 64 callers had a p99 of 32 ms, against 10 ms with no runs.
 * A store file has one write lock, so a run on another thread would still hold up the commits; the index
 * is therefore a file of its own (`subjectIndexFile`), written only by the indexer thread, which attaches
 * the store to read the entries. A connection that attaches the index file takes its write lock with every
 * `BEGIN IMMEDIATE`, so the store's own connection never does: queries by subject use a reading
 * connection of their own (`openSubjectIndex`).
 *
 * The index is derived data. Its mark says how far it goes, with the hash of the entry at the mark; if the
 * store's entry there is not that one (the store was restored from a backup, or replaced), the index is
 * emptied and built again (`markHolds`, `startOver`). Entries after the mark are found by a scan of that short tail.
 * It is written with synchronous=NORMAL: it only ever indexes entries already committed (and synced) to
 * the store, and a run lost in a crash is run again.
 */
import { parentPort, workerData, type Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { SqliteDb } from '../store/sqlite.js';
import { closeWorker, startWorker } from '../worker.js';
import { GENESIS_HASH } from './canonical.js';

/** The index file of the SQLite store `file`. */
export function subjectIndexFile(file: string): string {
  return `${file}-audit-index`;
}

/** Most entries one run indexes (one transaction); a longer lag takes several runs, one after the other. */
const RUN_LIMIT = 65_536;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_subject_index (
  subject_ref TEXT NOT NULL,
  seq BIGINT NOT NULL,
  PRIMARY KEY (subject_ref, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS audit_index_mark (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL
);`;

/** Entries left unindexed by subject before they are indexed in bulk (see AUDIT_MIGRATIONS v2). */
export const SUBJECT_INDEX_LAG = 4096;

/** Where a query by subject finds the mark and the entries (the index is `audit_subject_index` in both; see `AuditLog.query`). */
export interface SubjectIndexLayout {
  entries: string;
  /** A scalar subquery: the last sequence number the index covers. */
  mark: string;
}

/** In the index file, on its reading connection: the index and its mark in `main`, the store attached as `log`. */
export const IN_FILE: SubjectIndexLayout = { entries: 'log.audit_entries', mark: '(SELECT seq FROM audit_index_mark WHERE id = 1)' };

/** The store's own table and mark (AUDIT_MIGRATIONS v2): an in-memory store, or a log with no writer thread. */
export const IN_STORE: SubjectIndexLayout = { entries: 'audit_entries', mark: '(SELECT indexed_seq FROM audit_head WHERE id = 1)' };

/** Indexes the entries of a range of sequence numbers (two parameters), sorted by subject so that the new rows share pages. */
const indexRangeSql = (at: SubjectIndexLayout) =>
  `INSERT INTO audit_subject_index (subject_ref, seq) SELECT subject_ref, seq FROM ${at.entries} WHERE seq > ? AND seq <= ? AND subject_ref IS NOT NULL ORDER BY subject_ref, seq`;

/**
 * A log with no writer thread (an in-memory store) keeps the index in the store's own table (the `IN_STORE`
 * layout). The returned function indexes, in one IMMEDIATE transaction of its own, the entries committed
 * since the mark when there are at least `minLag` of them, and returns how many it indexed. It runs after
 * each commit, so the lag is read first without a transaction (no write lock while it is short), and again
 * inside it. It never throws: on failure the entries stay in the scanned tail for the next commit.
 */
export function inStoreIndexer(db: Database.Database): (minLag: number) => number {
  const lagOf = db.prepare('SELECT seq, indexed_seq FROM audit_head WHERE id = 1');
  const indexRange = db.prepare(indexRangeSql(IN_STORE));
  const setIndexed = db.prepare('UPDATE audit_head SET indexed_seq = ? WHERE id = 1');
  const lag = () => {
    const h = lagOf.get() as { seq: number | bigint; indexed_seq: number | bigint };
    return { head: Number(h.seq), indexed: Number(h.indexed_seq) };
  };
  const run = db.transaction((minLag: number) => {
    const { head, indexed } = lag();
    if (head - indexed < minLag) return 0;
    indexRange.run(indexed, head);
    setIndexed.run(head);
    return head - indexed;
  });
  return (minLag) => {
    try {
      const seen = lag();
      return seen.head - seen.indexed < minLag ? 0 : run.immediate(minLag);
    } catch {
      return 0;
    }
  };
}

/** Whether the index's mark is an entry of the store: the same sequence number and hash (or the start). */
function markHolds(db: Database.Database): boolean {
  const mark = db.prepare('SELECT seq, hash FROM audit_index_mark WHERE id = 1').get() as { seq: number; hash: string } | undefined;
  if (!mark) return false;
  if (Number(mark.seq) === 0) return true;
  return (db.prepare('SELECT hash FROM log.audit_entries WHERE seq = ?').get(mark.seq) as { hash: string } | undefined)?.hash === mark.hash;
}

/**
 * Inside a transaction holding the index file's write lock, when the mark does not hold: empties the index
 * and starts again from the store's own index (a store from before the index had a file of its own), up to
 * that index's mark, or from nothing.
 */
function startOver(db: Database.Database): void {
  db.exec('DELETE FROM audit_subject_index; DELETE FROM audit_index_mark');
  const own = db.prepare('SELECT h.indexed_seq AS seq, e.hash AS hash FROM log.audit_head h JOIN log.audit_entries e ON e.seq = h.indexed_seq WHERE h.id = 1').get() as
    | { seq: number; hash: string }
    | undefined;
  if (own) db.prepare('INSERT INTO audit_subject_index (subject_ref, seq) SELECT subject_ref, seq FROM log.audit_subject_index WHERE seq <= ? ORDER BY subject_ref, seq').run(own.seq);
  db.prepare('INSERT INTO audit_index_mark (id, seq, hash) VALUES (1, ?, ?)').run(own?.seq ?? 0, own?.hash ?? GENESIS_HASH);
}

/**
 * Takes the index file's write lock, and only that one: the first statement of a deferred transaction is
 * a write to it (`BEGIN IMMEDIATE` would lock the attached store as well).
 */
function lockIndex(db: Database.Database): void {
  db.prepare('UPDATE audit_index_mark SET seq = seq WHERE id = 1').run();
}

/**
 * Opens the index file of `storeFile` (mode 0600 when new) with the store attached as `log`: creates its
 * tables if there are none, and checks the mark against the store (see `markHolds`). Queries by subject
 * run on such a connection, in the `IN_FILE` layout, and the indexer thread writes through another.
 */
export function openSubjectIndex(storeFile: string): SqliteDb {
  const db = new SqliteDb(subjectIndexFile(storeFile));
  try {
    db.raw.prepare('ATTACH DATABASE ? AS log').run(storeFile);
    db.raw.exec(SCHEMA);
    if (!markHolds(db.raw))
      db.raw.transaction(() => {
        lockIndex(db.raw);
        if (!markHolds(db.raw)) startOver(db.raw);
      })();
  } catch (e) {
    db.raw.close();
    throw e;
  }
  return db;
}

/**
 * One run: indexes the entries committed after the mark, at most RUN_LIMIT, if there are at least
 * `minLag`; returns how many. Sorted by subject, the new rows share pages.
 */
export function indexRun(db: Database.Database, minLag: number): number {
  return db.transaction(() => {
    lockIndex(db);
    if (!markHolds(db)) startOver(db);
    const { seq: mark } = db.prepare('SELECT seq FROM audit_index_mark WHERE id = 1').get() as { seq: number };
    const { seq: head } = db.prepare('SELECT seq FROM log.audit_head WHERE id = 1').get() as { seq: number };
    const upTo = Math.min(Number(head), Number(mark) + RUN_LIMIT);
    if (upTo - Number(mark) < minLag) return 0;
    db.prepare(indexRangeSql(IN_FILE)).run(mark, upTo);
    const { hash } = db.prepare('SELECT hash FROM log.audit_entries WHERE seq = ?').get(upTo) as { hash: string };
    db.prepare('UPDATE audit_index_mark SET seq = ?, hash = ? WHERE id = 1').run(upTo, hash);
    return upTo - Number(mark);
  })();
}

type IndexerMessage = { run: 'lag' } | { run: 'all'; id: number } | 'close';

/** The main thread's side of the indexer thread. */
export class SubjectIndexer {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, () => void>();
  private nextId = 1;
  private stopped = false;

  constructor(storeFile: string, minLag: number) {
    this.worker = startWorker(import.meta.url, './subject-index', { subjectIndexer: true, file: storeFile, minLag });
    this.worker.unref();
    this.worker.on('message', (id: number) => {
      this.waiting.get(id)?.();
      this.waiting.delete(id);
    });
    const stop = () => {
      this.stopped = true;
      for (const done of this.waiting.values()) done();
      this.waiting.clear();
    };
    this.worker.on('error', stop);
    this.worker.on('exit', stop);
  }

  /** Tells the thread entries were committed: it runs if the lag is long enough. */
  poke(): void {
    if (!this.stopped) this.worker.postMessage({ run: 'lag' } satisfies IndexerMessage);
  }

  /** Resolves once every entry committed before the call is indexed (or the thread has stopped). */
  indexAll(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.postMessage({ run: 'all', id } satisfies IndexerMessage);
    });
  }

  async close(): Promise<void> {
    if (!this.stopped) await closeWorker(this.worker);
  }
}

if (parentPort && (workerData as { subjectIndexer?: boolean } | null)?.subjectIndexer) {
  const port = parentPort;
  const { file, minLag } = workerData as { file: string; minLag: number };
  const db = openSubjectIndex(file).raw;
  db.pragma('synchronous = NORMAL');
  /** Runs until the lag is under `lag`; never throws (on failure the entries stay in the scanned tail for the next run). */
  const runWhile = (lag: number) => {
    try {
      while (indexRun(db, lag) >= RUN_LIMIT);
    } catch {
      // the next poke tries again
    }
  };
  // pokes that queued up during a run are all delivered before the immediate: one run for them
  let poked = false;
  port.on('message', (m: IndexerMessage) => {
    if (m === 'close') {
      db.close();
      port.close();
      return;
    }
    if (m.run === 'all') {
      runWhile(1);
      port.postMessage(m.id);
      return;
    }
    if (poked) return;
    poked = true;
    setImmediate(() => {
      poked = false;
      runWhile(minLag);
    });
  });
}
