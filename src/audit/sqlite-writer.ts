/**
 * Worker thread that commits audit batches to SQLite on its own connection. better-sqlite3 commits
 * synchronously, so a commit's fsync (synchronous=FULL) would block the event loop of the process that
 * serves reads; here it blocks only this thread, and the next batch fills up meanwhile.
 *
 * The main thread computes sequence numbers and hashes from the head it owns (one writer per store);
 * the worker checks that the stored head is still the one expected, inserts the rows and the new
 * subject references, and moves the head, all in one IMMEDIATE transaction.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

export interface WriterBatch {
  id: number;
  expect: { seq: number; hash: string };
  head: { seq: number; hash: string };
  refs: [string, string][];
  rows: unknown[][];
}

export type WriterReply =
  | { id: number; ok: true }
  | { id: number; ok: false; headMoved: boolean; message: string; storedRefs?: [string, string][] };

if (parentPort) {
  const port = parentPort;
  const db = new Database((workerData as { file: string; columns: string }).file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  const columns = (workerData as { columns: string }).columns;
  const head = db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1');
  const setHead = db.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1');
  const insert = db.prepare(`INSERT INTO audit_entries (${columns}) VALUES (${columns.split(',').map(() => '?').join(', ')})`);
  const refPut = db.prepare('INSERT OR IGNORE INTO audit_subject_refs (subject_id, ref) VALUES (?, ?)');
  const refGet = db.prepare('SELECT ref FROM audit_subject_refs WHERE subject_id = ?');
  const write = db.transaction((b: WriterBatch) => {
    const h = head.get() as { seq: number; hash: string };
    if (Number(h.seq) !== b.expect.seq || h.hash !== b.expect.hash) throw Object.assign(new Error('the audit head moved: another writer'), { headMoved: true });
    // another writer may have given the subject a reference first: then the batch is chained again with it
    const stored: [string, string][] = [];
    for (const [subjectId, ref] of b.refs) {
      refPut.run(subjectId, ref);
      const r = (refGet.get(subjectId) as { ref: string }).ref;
      if (r !== ref) stored.push([subjectId, r]);
    }
    if (stored.length > 0) throw Object.assign(new Error('a subject reference was created by another writer'), { headMoved: true, storedRefs: stored });
    for (const row of b.rows) insert.run(...row);
    setHead.run(b.head.seq, b.head.hash);
  });
  port.on('message', (b: WriterBatch | 'close') => {
    if (b === 'close') {
      db.close();
      port.close();
      return;
    }
    try {
      write.immediate(b);
      port.postMessage({ id: b.id, ok: true } satisfies WriterReply);
    } catch (e) {
      const err = e as { headMoved?: boolean; storedRefs?: [string, string][]; message: string };
      port.postMessage({ id: b.id, ok: false, headMoved: !!err.headMoved, message: err.message, storedRefs: err.storedRefs } satisfies WriterReply);
    }
  });
}
