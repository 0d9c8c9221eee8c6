/**
 * Committing audit batches to SQLite, and the worker thread that does it on its own connection.
 * better-sqlite3 commits synchronously, so a commit's fsync (synchronous=FULL) would block the event loop
 * of the process that serves reads; on the thread it blocks only the thread, and the next batch fills up
 * (and is chained) meanwhile.
 *
 * The main thread chains each batch (sequence numbers and hashes) onto the head it expects. The thread
 * commits every batch waiting for it in one IMMEDIATE transaction (group commit: one fsync for all of
 * them); `commitBatch` inserts one batch; if the stored head is not the expected one (another
 * writer, or an earlier batch of ours that failed) or a subject reference was created by another writer
 * first, it chains the batch again onto what is stored, inside the same transaction, and says so: the
 * chain never forks and a batch never has to be retried.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { canonicalEntryText, chainHash, type EntryColumns } from './canonical.js';

export type Head = { seq: number; hash: string };

export interface WriterBatch {
  id: number;
  expect: Head;
  /** Subject references the batch uses that may not be stored yet: [subject id, reference]. */
  refs: [string, string][];
  /** Rows in ENTRY_COLUMNS order (see entryRow). */
  rows: unknown[][];
}

/** Set when the batch was chained again: from which head, and which references were already stored. */
export interface Rebase {
  from: Head;
  refs: [string, string][];
}

/** `commit` numbers the thread's transactions: batches committed together share it. */
export type WriterReply = { id: number; ok: true; commit: number; rebase?: Rebase } | { id: number; ok: false; message: string };

export interface CommitStatements {
  head: Database.Statement;
  setHead: Database.Statement;
  insert: Database.Statement;
  refGet: Database.Statement;
  refPut: Database.Statement;
}

/** A stored row: the columns in ENTRY_COLUMNS order, then the previous and the entry's hash. */
export function entryRow(c: EntryColumns, prevHash: string, hash: string): unknown[] {
  return [c.seq, c.time, c.keyId, c.role, c.action, c.purpose, c.subjectRef, c.fields, c.outcome, c.reason, c.details, prevHash, hash];
}

export function commitStatements(db: Database.Database, columns: string): CommitStatements {
  return {
    head: db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1'),
    setHead: db.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1'),
    insert: db.prepare(`INSERT INTO audit_entries (${columns}) VALUES (${columns.split(',').map(() => '?').join(', ')})`),
    refGet: db.prepare('SELECT ref FROM audit_subject_refs WHERE subject_id = ?'),
    refPut: db.prepare('INSERT OR IGNORE INTO audit_subject_refs (subject_id, ref) VALUES (?, ?)'),
  };
}

/** How long a commit waits at most for a write transaction of the serving thread (see the thread below). */
const YIELD_MS = 100;

/** Inserts the batch and moves the head; call inside an IMMEDIATE transaction. */
export function commitBatch(st: CommitStatements, b: Omit<WriterBatch, 'id'>): { rebase?: Rebase } {
  const h = st.head.get() as { seq: number | bigint; hash: string };
  const stored = { seq: Number(h.seq), hash: h.hash };
  const replaced = new Map<string, string>();
  const storedRefs: [string, string][] = [];
  for (const [subjectId, ref] of b.refs) {
    st.refPut.run(subjectId, ref);
    const r = (st.refGet.get(subjectId) as { ref: string }).ref;
    if (r !== ref) {
      replaced.set(ref, r);
      storedRefs.push([subjectId, r]);
    }
  }
  const moved = stored.seq !== b.expect.seq || stored.hash !== b.expect.hash;
  const rows = moved || replaced.size > 0 ? rechain(b.rows, stored, replaced) : b.rows;
  for (const row of rows) st.insert.run(...row);
  const last = rows[rows.length - 1];
  st.setHead.run(last[0], last[12]);
  return rows === b.rows ? {} : { rebase: { from: stored, refs: storedRefs } };
}

function rechain(rows: unknown[][], from: Head, replaced: Map<string, string>): unknown[][] {
  let seq = from.seq;
  let prev = from.hash;
  return rows.map((r) => {
    const ref = r[6] as string | null;
    const c: EntryColumns = {
      seq: ++seq,
      time: r[1] as string,
      keyId: r[2] as string,
      role: r[3] as string,
      action: r[4] as string,
      purpose: r[5] as string | null,
      subjectRef: ref === null ? null : (replaced.get(ref) ?? ref),
      fields: r[7] as string | null,
      outcome: r[8] as string,
      reason: r[9] as string | null,
      details: r[10] as string | null,
    };
    const hash = chainHash(prev, canonicalEntryText(c));
    const row = entryRow(c, prev, hash);
    prev = hash;
    return row;
  });
}

if (parentPort && (workerData as { auditWriter?: boolean } | null)?.auditWriter) {
  const port = parentPort;
  const { file, columns, writeWanted } = workerData as { file: string; columns: string; writeWanted: SharedArrayBuffer };
  const wanted = new Int32Array(writeWanted);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const st = commitStatements(db, columns);
  // Every batch that arrived while the last commit ran goes in the next transaction, one fsync for all of
  // them: how many entries share a commit follows from how long a commit takes, not from the caller.
  const write = db.transaction((batches: WriterBatch[]) => batches.map((b) => commitBatch(st, b)));
  let waiting: WriterBatch[] = [];
  let commit = 0;
  const commitWaiting = () => {
    const batches = waiting;
    waiting = [];
    if (batches.length === 0) return; // committed by 'close' already
    // The serving thread waits for the write lock, or holds it: it goes first. It waits in its event loop
    // and tries again every millisecond (see SqliteDb.tx), so against commits back to back it would only
    // get the lock by chance. Once per commit, so that its transactions back to back cannot stall the log.
    if (Atomics.load(wanted, 0) !== 0) Atomics.wait(wanted, 0, 1, YIELD_MS);
    try {
      const results = write.immediate(batches);
      commit++;
      batches.forEach((b, i) => port.postMessage({ id: b.id, ok: true, commit, ...results[i] } satisfies WriterReply));
    } catch (e) {
      for (const b of batches) port.postMessage({ id: b.id, ok: false, message: (e as Error).message } satisfies WriterReply);
    }
  };
  port.on('message', (b: WriterBatch | 'close') => {
    if (b === 'close') {
      if (waiting.length > 0) commitWaiting();
      db.close();
      port.close();
      return;
    }
    // messages that queued up during a commit are all delivered before the immediate runs
    if (waiting.push(b) === 1) setImmediate(commitWaiting);
  });
}
