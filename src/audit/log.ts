/**
 * The audit log: one append-only, hash-chained sequence of entries, written by group commit, with
 * signed checkpoints and streaming verification. See docs/audit.md.
 *
 * Several processes may append to one store (servers behind a load balancer, the CLI): the chain
 * cannot fork, since every group commit locks the one-row head table (`SELECT ... FOR UPDATE` on
 * PostgreSQL, `BEGIN IMMEDIATE` on SQLite) and chains onto the head it reads there; queries by subject
 * read the reference mapping from the store, so an erasure by another process hides the person at once.
 */
import { csvCell } from '../csv.js';
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify as verifySignature, type KeyObject } from 'node:crypto';
import { once } from 'node:events';
import type { Db, Param } from '../store/db.js';
import { runForKeys, toBuffer, toInt } from '../store/db.js';
import { SqliteDb } from '../store/sqlite.js';
import { migrate } from '../store/migrate.js';
import { open as openSealed, randomFromPool, seal } from '../crypto/aead.js';
import { CustosError, invalidInput } from '../errors.js';
import { canonicalEntryText, canonicalJson, chainHash, GENESIS_HASH, type EntryColumns } from './canonical.js';
import { AUDIT_KEY_BINDING, AUDIT_KEY_MIGRATIONS, AUDIT_MIGRATIONS } from './schema.js';
import { migrateBinding, rowMac, rowMacMatches } from '../crypto/row-mac.js';
import type { Worker } from 'node:worker_threads';
import { closeWorker, startWorker } from '../worker.js';
import { commitBatch, commitStatements, entryRow, type CommitStatements, type Head, type Rebase, type WriterBatch, type WriterReply } from './sqlite-writer.js';
import { IN_FILE, IN_STORE, inStoreIndexer, openSubjectIndex, SUBJECT_INDEX_LAG, SubjectIndexer } from './subject-index.js';
import type {
  AuditEntryInput,
  AuditOutcome,
  AuditVerifyResult,
  AuditWriter,
  Checkpoint,
  MonitoredEntry,
  StoredAuditEntry,
} from './types.js';
import { Lru } from '../lru.js';

export interface AuditLogOptions {
  /** Write a signed checkpoint after this many entries (default 10,000). */
  checkpointEvery?: number;
  /** ... and at least this often while entries arrive (default 60 s). */
  checkpointSeconds?: number;
  now?: () => Date;
  /** Called after each committed batch (never throws into the writer). */
  onAppend?: (entries: StoredAuditEntry[]) => void;
  /** Most entries per transaction (default 1,000). */
  maxBatch?: number;
  /** Subject references cached in memory (default 50,000). */
  refCacheSize?: number;
  /** SQLite: commit on a writer thread (default true; an in-memory store always commits in-process). */
  writerThread?: boolean;
  /** SQLite: entries left unindexed by subject before they are indexed in bulk (default 4,096; see AUDIT_MIGRATIONS v2). */
  subjectIndexLag?: number;
  /** 32-byte key sealing the checkpoint signing key in the key store (AES-256-GCM). Without it the key is stored unsealed there. */
  signingKeyEncryption?: Buffer;
  /**
   * 32-byte key (derived from the master key for this use only) binding each signing key's row in the key
   * store: a MAC over its key id, public key and sealing. With it, a row without a valid MAC, or an
   * unsealed row while `signingKeyEncryption` is given, is refused: never used to sign, never trusted to
   * verify. Without it every row is trusted, except unsealed ones when `signingKeyEncryption` is given
   * (tests and tools that have no master key).
   */
  signingKeyMac?: Buffer;
}

export interface AuditQuery {
  subjectId?: string;
  actor?: string;
  /** An action, or a prefix ending in `.*` (`alert.*`). */
  action?: string;
  since?: string | Date;
  until?: string | Date;
  /** Default 100, at most 10,000. */
  limit?: number;
  afterSeq?: number;
}

export interface AuditExportOptions {
  since?: string | Date;
  until?: string | Date;
  format: 'jsonl' | 'csv';
}

export interface VerifyOptions {
  /** An exported checkpoint: the chain must reach it and match it. */
  checkpoint?: Checkpoint;
  /** Public keys (base64url raw Ed25519) trusted to sign checkpoints. Default: the keys in the key store. */
  trustedKeys?: string[];
  onProgress?: (done: number, total: number) => void;
}

export interface AuditStats {
  /** Group-commit transactions that wrote entries (the SQLite writer thread commits several batches in one). */
  transactions: number;
  /** Batches of entries taken off the queue and chained. */
  batches: number;
  entries: number;
  largestBatch: number;
  checkpoints: number;
}

const OUTCOMES: ReadonlySet<string> = new Set<AuditOutcome>(['allowed', 'denied', 'ok', 'failed']);
const VERIFY_PAGE = 2000;
const ENTRY_COLUMNS = 'seq, time, actor_key_id, actor_role, action, purpose, subject_ref, fields, outcome, reason, details, prev_hash, hash';
const ENTRY_COLUMNS_AFTER_SEQ = ENTRY_COLUMNS.split(', ').slice(1);

/** A condition on one column of audit_entries, which its SQL names as `$`. */
interface Filter {
  col: string;
  sql: string;
  params: Param[];
}

/** The conditions joined by AND, each column named by `name` (qualified, in a join). */
function render(filters: readonly Filter[], name: (col: string) => string = (col) => col): { sql: string; params: Param[] } {
  return { sql: filters.map((f) => f.sql.replaceAll('$', name(f.col))).join(' AND '), params: filters.flatMap((f) => f.params) };
}

interface EntryRow {
  seq: number | string;
  time: string;
  actor_key_id: string;
  actor_role: string;
  action: string;
  purpose: string | null;
  subject_ref: string | null;
  fields: string | null;
  outcome: string;
  reason: string | null;
  details: string | null;
  prev_hash: string;
  hash: string;
}

interface CheckpointRow {
  seq: number | string;
  hash: string;
  time: string;
  public_key: string;
  signature: string;
}

/** An entry validated and canonicalised at append time, waiting for its sequence number. */
interface Prepared {
  input: AuditEntryInput;
  time: string;
  purpose: string | null;
  subjectId: string | null;
  fields: string | null;
  reason: string | null;
  details: string | null;
}

interface Group {
  /** Enqueue order: groups from `held` on wait while an erasure deletes a reference mapping. */
  order: number;
  entries: Prepared[];
  resolve: (seqs: number[]) => void;
  reject: (e: unknown) => void;
}

interface Written {
  cols: EntryColumns;
  prevHash: string;
  hash: string;
  prepared: Prepared;
}

const newRef = () => 'sr_' + randomFromPool(16).toString('base64url');

function isoOf(v: string | Date, field: string): string {
  const d = v instanceof Date ? v : new Date(v);
  if (Number.isNaN(d.getTime())) throw invalidInput(field, 'iso_datetime', 'must be an ISO 8601 date or date-time');
  return d.toISOString();
}

function rowToEntry(r: EntryRow): StoredAuditEntry {
  const e: StoredAuditEntry = {
    seq: toInt(r.seq),
    time: r.time,
    actor: { keyId: r.actor_key_id, role: r.actor_role },
    action: r.action,
    outcome: r.outcome as AuditOutcome,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
  if (r.purpose !== null) e.purpose = r.purpose;
  if (r.subject_ref !== null) e.subjectRef = r.subject_ref;
  if (r.fields !== null) e.fields = JSON.parse(r.fields) as string[];
  if (r.reason !== null) e.reason = r.reason;
  if (r.details !== null) e.details = JSON.parse(r.details) as StoredAuditEntry['details'];
  return e;
}

function rowColumns(r: EntryRow): EntryColumns {
  return {
    seq: toInt(r.seq),
    time: r.time,
    keyId: r.actor_key_id,
    role: r.actor_role,
    action: r.action,
    purpose: r.purpose,
    subjectRef: r.subject_ref,
    fields: r.fields,
    outcome: r.outcome,
    reason: r.reason,
    details: r.details,
  };
}

function rowToCheckpoint(r: CheckpointRow): Checkpoint {
  return { seq: toInt(r.seq), hash: r.hash, time: r.time, publicKey: r.public_key, signature: r.signature };
}

/** The bytes a checkpoint signature covers: canonical JSON of {hash, publicKey, seq, time}. */
export function checkpointPayload(cp: Omit<Checkpoint, 'signature'>): string {
  return canonicalJson({ seq: cp.seq, hash: cp.hash, time: cp.time, publicKey: cp.publicKey });
}

function publicKeyObject(raw: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw }, format: 'jwk' });
}

/**
 * Checks a checkpoint's signature against the public key it carries and, when `trustedKeys` is given,
 * that this key is one of them. Works offline: needs nothing but the checkpoint.
 */
export function checkCheckpointSignature(cp: Checkpoint, trustedKeys?: readonly string[]): { ok: true } | { ok: false; message: string } {
  if (
    typeof cp !== 'object' || cp === null || !Number.isInteger(cp.seq) || cp.seq < 0 || typeof cp.hash !== 'string' ||
    typeof cp.time !== 'string' || typeof cp.publicKey !== 'string' || typeof cp.signature !== 'string'
  )
    return { ok: false, message: 'the checkpoint is malformed' };
  if (trustedKeys && !trustedKeys.includes(cp.publicKey)) return { ok: false, message: 'the checkpoint is signed by a key this log does not know' };
  try {
    const good = verifySignature(null, Buffer.from(checkpointPayload(cp)), publicKeyObject(cp.publicKey), Buffer.from(cp.signature, 'base64url'));
    return good ? { ok: true } : { ok: false, message: 'the checkpoint signature is invalid' };
  } catch {
    return { ok: false, message: 'the checkpoint signature or public key is malformed' };
  }
}

const CSV_HEADER = 'seq,time,actor_key_id,actor_role,action,purpose,subject_ref,fields,outcome,reason,details,prev_hash,hash';

function csvLine(e: StoredAuditEntry): string {
  return [
    e.seq,
    e.time,
    e.actor.keyId,
    e.actor.role,
    e.action,
    e.purpose,
    e.subjectRef,
    e.fields ? e.fields.join(';') : undefined,
    e.outcome,
    e.reason,
    e.details ? canonicalJson(e.details) : undefined,
    e.prevHash,
    e.hash,
  ]
    .map(csvCell)
    .join(',');
}

interface SigningKey {
  keyId: string;
  publicKey: string;
  privateKey: KeyObject;
}

/** What the MAC of a signing key's row covers; a new format gets a new kind. */
const SIGNING_KEY_MAC_KIND = 'audit_signing_keys/v1';

/** How signing key rows are checked: both keys are derived from the master key (AuditLogOptions). */
interface KeyBinding {
  mac?: Buffer;
  wrap?: Buffer;
}

interface SigningKeyRow {
  key_id: string;
  public_key: string;
  sealed: number | string;
  mac: unknown;
}

/** Why a signing key row is refused, or null when it may sign and be trusted. */
function refusal(row: SigningKeyRow, binding: KeyBinding): string | null {
  const sealed = toInt(row.sealed);
  if (binding.mac && !rowMacMatches(binding.mac, SIGNING_KEY_MAC_KIND, [row.key_id, row.public_key, sealed], row.mac))
    return `audit signing key ${row.key_id} was written or changed without the master key (its MAC does not verify): the key store was altered`;
  if (binding.wrap && sealed !== 1) return `audit signing key ${row.key_id} is not sealed though a sealing key is configured: the key store was altered`;
  return null;
}

export class AuditLog implements AuditWriter {
  readonly stats: AuditStats = { transactions: 0, batches: 0, entries: 0, largestBatch: 0, checkpoints: 0 };
  private readonly now: () => Date;
  private readonly maxBatch: number;
  private readonly checkpointEvery: number;
  private readonly checkpointMs: number;
  private readonly refs: Lru<string>;
  private readonly listeners = new Set<(entries: StoredAuditEntry[]) => void>();
  private readonly sqlite?: SqliteDb;
  private stmts?: CommitStatements;
  /** With no writer thread: indexes by subject in the store's own table (see inStoreIndexer). */
  private storeIndex?: (minLag: number) => number;
  /** References created by batches still in flight (committed with them). */
  private readonly pendingRefs = new Map<string, string>();
  private writer?: SqliteWriter;
  private readonly subjectIndexLag: number;
  /** With the writer thread: the index by subject in a file of its own, its thread, and the connection that reads it (see subject-index.ts). */
  private indexer?: SubjectIndexer;
  private indexReader?: SqliteDb;
  /** The head when the indexer thread was last told of commits. */
  private pokedAt = 0;

  private queue: Group[] = [];
  private queued = 0;
  /** Batches being committed: up to `maxInFlight` (each chained onto the tip of the one before), else one. */
  private inFlight = 0;
  /** Entries in the batches in flight. */
  private inFlightEntries = 0;
  /** The end of the chain including batches in flight; null after a failure or a rebase, until none is in flight. */
  private tip: Head | null = null;
  private scheduled = false;
  /** Settles when the newest batch taken has settled, and with it every batch before it. */
  private settled: Promise<void> = Promise.resolve();
  private enqueued = 0;
  /** While erasures delete subjects' reference mappings, groups enqueued from the first of their cuts on wait. */
  private readonly holds = new Set<number>();
  private last: Promise<unknown> = Promise.resolve();
  /** The last committed entry. */
  private head: Head = { seq: 0, hash: GENESIS_HASH };
  private checkpointed = { seq: 0, at: 0 };
  private checkpointChain: Promise<unknown> = Promise.resolve();
  private timer?: NodeJS.Timeout;
  private closed = false;

  private constructor(
    readonly db: Db,
    readonly keyDb: Db,
    private signingKey: SigningKey,
    private readonly binding: KeyBinding,
    opts: AuditLogOptions,
  ) {
    this.now = opts.now ?? (() => new Date());
    this.maxBatch = opts.maxBatch ?? 1000;
    this.checkpointEvery = opts.checkpointEvery ?? 10_000;
    this.checkpointMs = (opts.checkpointSeconds ?? 60) * 1000;
    this.refs = new Lru(opts.refCacheSize ?? 50_000);
    if (opts.onAppend) this.listeners.add(opts.onAppend);
    this.subjectIndexLag = opts.subjectIndexLag ?? SUBJECT_INDEX_LAG;
    if (db instanceof SqliteDb) {
      this.sqlite = db;
      if (db.file !== ':memory:' && opts.writerThread !== false) {
        this.writer = new SqliteWriter(db.file, ENTRY_COLUMNS, db.writeWanted);
        // The thread's connection commits after nearly every write of this one (each is audited) and then
        // checkpoints the WAL (wal_autocheckpoint, on by default); this one leaves that to it, so copying
        // the WAL into the database and its fsync do not block the event loop inside a commit (a bulk
        // import's data commits took 3-4 times longer with them). Back on when the thread is closed.
        db.raw.pragma('wal_autocheckpoint = 0');
      }
    }
  }

  /** Opens the log: creates its tables on first use, and the checkpoint signing key in the key store. */
  static async open(db: Db, keyDb: Db, opts: AuditLogOptions = {}): Promise<AuditLog> {
    if (opts.checkpointEvery !== undefined && !(Number.isInteger(opts.checkpointEvery) && opts.checkpointEvery > 0))
      throw invalidInput('checkpointEvery', 'positive_integer', 'must be a positive integer');
    if (opts.checkpointSeconds !== undefined && !(opts.checkpointSeconds > 0))
      throw invalidInput('checkpointSeconds', 'positive_number', 'must be a positive number');
    if (opts.signingKeyEncryption !== undefined && opts.signingKeyEncryption.length !== 32)
      throw new CustosError('CUSTOS_CONFIG', 'signingKeyEncryption must be 32 bytes');
    if (opts.signingKeyMac !== undefined && opts.signingKeyMac.length !== 32) throw new CustosError('CUSTOS_CONFIG', 'signingKeyMac must be 32 bytes');
    const binding: KeyBinding = { mac: opts.signingKeyMac, wrap: opts.signingKeyEncryption };
    await migrate(db, 'audit', AUDIT_MIGRATIONS);
    if (binding.mac) await migrateBinding(keyDb, 'audit-keys', [...AUDIT_KEY_MIGRATIONS, AUDIT_KEY_BINDING], AUDIT_KEY_BINDING.version, (t) => bindSigningKeys(t, binding));
    else await migrate(keyDb, 'audit-keys', AUDIT_KEY_MIGRATIONS);
    const key = await loadSigningKey(keyDb, binding);
    const log = new AuditLog(db, keyDb, key, binding, opts);
    const head = await db.get<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1');
    if (head) log.head = { seq: toInt(head.seq), hash: head.hash };
    const cp = await db.get<{ seq: number }>('SELECT MAX(seq) AS seq FROM audit_checkpoints');
    log.checkpointed = { seq: cp?.seq == null ? 0 : toInt(cp.seq), at: Date.now() };
    log.timer = setInterval(() => log.maybeCheckpoint(true), Math.min(log.checkpointMs, 2 ** 31 - 1));
    log.timer.unref();
    return log;
  }

  /** The public key (base64url raw Ed25519) that signs this log's checkpoints. */
  get publicKey(): string {
    return this.signingKey.publicKey;
  }

  /** Sequence number and hash of the last committed entry (as this process knows it). */
  get lastCommitted(): { seq: number; hash: string } {
    return { ...this.head };
  }

  /** Calls `fn` with each committed batch; returns the unsubscribe function. */
  subscribe(fn: (entries: StoredAuditEntry[]) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  // ---------------------------------------------------------------- append (group commit)

  append(entry: AuditEntryInput): Promise<{ seq: number }> {
    return this.enqueue([entry]).then((s) => ({ seq: s[0] }));
  }

  async appendMany(entries: AuditEntryInput[]): Promise<{ seq: number }[]> {
    if (entries.length === 0) return [];
    const seqs = await this.enqueue(entries);
    return seqs.map((seq) => ({ seq }));
  }

  private enqueue(inputs: AuditEntryInput[]): Promise<number[]> {
    if (this.closed) return Promise.reject(new CustosError('CUSTOS_STORE_UNAVAILABLE', 'the audit log is closed'));
    let entries: Prepared[];
    try {
      const time = this.now().toISOString();
      entries = inputs.map((e) => prepare(e, time));
    } catch (e) {
      return Promise.reject(e);
    }
    const order = this.enqueued++;
    const p = new Promise<number[]>((resolve, reject) => {
      this.queue.push({ order, entries, resolve, reject });
    });
    this.queued += entries.length;
    this.last = p.catch(() => undefined);
    // the writer thread's batch goes as soon as it holds its share, not at the end of the turn
    if (this.writer && this.queued >= this.writerShare() && this.canFlush()) void this.flushOnce();
    else this.schedule();
    return p;
  }

  private schedule(): void {
    if (this.scheduled || !this.canFlush()) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flushOnce();
    });
  }

  /** Takes up to `limit` entries (whole groups) off the queue; they count as in flight until `flushOnce` ends. */
  private takeBatch(limit: number): { batch: Group[]; entries: number } {
    let n = 0;
    let i = 0;
    while (i < this.queue.length && !this.isHeld(this.queue[i]) && (n === 0 || n + this.queue[i].entries.length <= limit)) n += this.queue[i++].entries.length;
    const batch = this.queue.slice(0, i);
    this.queue = this.queue.slice(i);
    this.queued -= n;
    this.inFlightEntries += n;
    return { batch, entries: n };
  }

  /**
   * A batch may start when none is in flight or, while fewer than `maxInFlight` are and the tip is known,
   * on the SQLite writer thread (which commits in order) and on PostgreSQL (the second statement waits for
   * the head row lock the first one holds; if it got there first, it fails its head check and takes the
   * locking path).
   */
  private canFlush(): boolean {
    if (this.queue.length > 0 && this.isHeld(this.queue[0])) return false;
    return this.inFlight === 0 || (this.inFlight < this.maxInFlight && this.tip !== null);
  }

  private isHeld(g: Group): boolean {
    for (const cut of this.holds) if (g.order >= cut) return true;
    return false;
  }

  /** Whether a second batch may be chained while one commits (not when SQLite commits in this thread). */
  private get pipelined(): boolean {
    return this.writer !== undefined || !this.sqlite;
  }

  /**
   * Batches chained ahead of the commits: the SQLite writer thread commits every batch waiting for it in
   * one transaction, so batches are sent as they fill and share the next fsync; on PostgreSQL each batch
   * is its own statement, waiting on the head row, so one waits while one commits.
   */
  private get maxInFlight(): number {
    return this.writer ? 16 : this.pipelined ? 2 : 1;
  }

  /**
   * SQLite writer thread: a batch is a quarter of the entries waiting (queued and in flight), at least 8,
   * and goes as soon as the queue holds that many. Callers whose entries all wait on one commit leave the
   * event loop idle while it runs; in quarters, the callers of one batch work while the next ones commit,
   * and the thread, which commits every batch waiting in one transaction, still groups them when it is
   * behind. (Sent at the end of the turn and split in halves, reads from 64 callers went in lock step, a
   * burst of 64 and then a wait: 16.1k/s; in quarters 18.4k/s, the event loop never waiting.) Not on
   * PostgreSQL: there each batch is a statement and a commit of its own on the server, which shares the
   * cores; whole batches took a third less CPU.
   */
  private writerShare(): number {
    return Math.min(this.maxBatch, Math.max(8, Math.ceil((this.queued + this.inFlightEntries) / 4)));
  }

  private async flushOnce(): Promise<void> {
    if (!this.canFlush() || this.queue.length === 0) return;
    // another module's async transaction holds the SQLite connection: our statements would join it
    // (so never await an append inside a SQLite `db.tx`: it would wait for the transaction that waits for it)
    if (this.sqlite?.raw.inTransaction) {
      this.scheduled = true;
      setTimeout(() => {
        this.scheduled = false;
        void this.flushOnce();
      }, 1);
      return;
    }
    this.inFlight++;
    const { batch, entries } = this.takeBatch(this.writer ? this.writerShare() : this.maxBatch);
    // Batches settle in the order they were taken, so that `flush()` (the last append settled) means
    // every earlier one has too, even when a later batch committed first.
    const before = this.settled;
    let settle!: () => void;
    this.settled = new Promise<void>((r) => (settle = r));
    try {
      const written = this.sqlite ? await this.writeSqlite(batch) : await this.writePostgres(batch);
      await before;
      this.stats.batches++;
      if (!this.writer) this.stats.transactions++;
      this.stats.entries += written.length;
      if (written.length > this.stats.largestBatch) this.stats.largestBatch = written.length;
      let k = 0;
      for (const g of batch) {
        const seqs = new Array<number>(g.entries.length);
        for (let j = 0; j < seqs.length; j++) seqs[j] = written[k++].cols.seq;
        g.resolve(seqs);
      }
      if (this.listeners.size > 0) this.notify(written);
      this.maybeCheckpoint(false);
    } catch (e) {
      await before;
      for (const g of batch) g.reject(e);
    } finally {
      this.inFlight--;
      this.inFlightEntries -= entries;
      settle();
      if (this.queue.length > 0) this.schedule();
    }
  }

  private notify(written: Written[]): void {
    const entries = written.map((w) => {
      const p = w.prepared;
      const e: StoredAuditEntry = {
        seq: w.cols.seq,
        time: w.cols.time,
        actor: { keyId: p.input.actor.keyId, role: p.input.actor.role },
        action: p.input.action,
        outcome: p.input.outcome,
        prevHash: w.prevHash,
        hash: w.hash,
      };
      if (p.purpose !== null) e.purpose = p.purpose;
      if (w.cols.subjectRef !== null) e.subjectRef = w.cols.subjectRef;
      if (p.input.fields) e.fields = p.input.fields;
      if (p.reason !== null) e.reason = p.reason;
      if (p.input.details) e.details = p.input.details;
      return e;
    });
    for (const fn of this.listeners) {
      try {
        fn(entries);
      } catch {
        // a listener's failure never reaches the writer
      }
    }
  }

  private chain(batch: Group[], start: Head, refOf: (id: string) => string): Written[] {
    const out: Written[] = [];
    let seq = start.seq;
    let prev = start.hash;
    for (const g of batch)
      for (const p of g.entries) {
        const cols: EntryColumns = {
          seq: ++seq,
          time: p.time,
          keyId: p.input.actor.keyId,
          role: p.input.actor.role,
          action: p.input.action,
          purpose: p.purpose,
          subjectRef: p.subjectId === null ? null : refOf(p.subjectId),
          fields: p.fields,
          outcome: p.input.outcome,
          reason: p.reason,
          details: p.details,
        };
        const hash = chainHash(prev, canonicalEntryText(cols));
        out.push({ cols, prevHash: prev, hash, prepared: p });
        prev = hash;
      }
    return out;
  }

  private sqliteStatements(): CommitStatements {
    this.stmts ??= commitStatements(this.sqlite!.raw, ENTRY_COLUMNS);
    return this.stmts;
  }

  /**
   * SQLite: references and the chain are computed here, onto the head this process expects (the tip of
   * the batch still committing, if any); the commit (one IMMEDIATE transaction, one WAL fsync) runs on
   * the writer thread when there is one, so the fsync never blocks the event loop and the next batch is
   * chained meanwhile. If the stored head was not the expected one, the commit chained the batch again
   * (see commitBatch) and the same chain is recomputed here. An in-memory store has no second
   * connection: it commits here, with the same function.
   */
  private async writeSqlite(batch: Group[]): Promise<Written[]> {
    const s = this.sqliteStatements();
    const fresh = new Map<string, string>();
    /** References that may not be stored yet (created here, or by a batch still in flight). */
    const unsure = new Map<string, string>();
    const refOf = (id: string): string => {
      let ref = fresh.get(id) ?? this.refs.get(id);
      if (ref === undefined && (ref = this.pendingRefs.get(id)) !== undefined) unsure.set(id, ref);
      if (ref === undefined) ref = (s.refGet.get(id) as { ref: string } | undefined)?.ref;
      if (ref === undefined) {
        ref = newRef();
        unsure.set(id, ref);
        this.pendingRefs.set(id, ref);
      }
      fresh.set(id, ref);
      return ref;
    };
    const expect: Head = this.inFlight > 1 && this.tip ? { ...this.tip } : { ...this.head };
    let written = this.chain(batch, expect, refOf);
    const end = written[written.length - 1];
    this.tip = { seq: end.cols.seq, hash: end.hash };
    const msg = { expect, refs: [...unsure], rows: written.map((x) => entryRow(x.cols, x.prevHash, x.hash)) };
    let rebase: Rebase | undefined;
    try {
      if (this.writer) {
        const committed = this.writer.write(msg);
        if (this.queue.length > 0) this.schedule();
        rebase = await committed;
        this.stats.transactions = this.writer.commits;
      } else rebase = this.sqlite!.raw.transaction(() => commitBatch(s, msg)).immediate().rebase;
    } catch (e) {
      this.tip = null;
      throw e;
    } finally {
      for (const [id, ref] of unsure) if (this.pendingRefs.get(id) === ref) this.pendingRefs.delete(id);
    }
    if (rebase) {
      // batches chained onto the old tip are chained again by the commit in turn; none is chained onto it any more
      this.tip = null;
      for (const [id, ref] of rebase.refs) fresh.set(id, ref);
      written = this.chain(batch, rebase.from, (id) => fresh.get(id)!);
    }
    for (const [id, ref] of fresh) this.refs.set(id, ref);
    const last = written[written.length - 1];
    if (last.cols.seq > this.head.seq) this.head = { seq: last.cols.seq, hash: last.hash };
    if (!this.writer) this.indexInStore(this.subjectIndexLag);
    else if (this.head.seq - this.pokedAt >= this.subjectIndexLag) {
      this.pokedAt = this.head.seq;
      this.subjectIndexer().poke();
    }
    return written;
  }

  /**
   * PostgreSQL, common case (every subject's reference known): one statement, so one round
   * trip and one commit. It moves the head only from the head this process chained from, and inserts
   * the entries only if the head moved; otherwise (another writer) the locking path below runs.
   */
  private async writePostgresFast(batch: Group[]): Promise<Written[] | null> {
    let known = true;
    for (const g of batch) for (const p of g.entries) if (p.subjectId !== null && this.refs.get(p.subjectId) === undefined) known = false;
    if (!known || this.head.seq === 0) {
      // the locking path chains from the stored head: nothing may be chained onto this batch meanwhile
      this.tip = null;
      return null;
    }
    const expect = this.inFlight > 1 && this.tip ? { ...this.tip } : { ...this.head };
    const w = this.chain(batch, expect, (id) => this.refs.get(id)!);
    const last = w[w.length - 1];
    this.tip = { seq: last.cols.seq, hash: last.hash };
    const columns = entryArrays(w);
    let changes: number;
    try {
      changes = (
        await this.db.run(
          // the head row is locked first, so a batch chained onto one still committing waits for its commit
          `WITH h AS (SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE), ` +
            `moved AS (UPDATE audit_head SET seq = ?, hash = ? FROM h WHERE audit_head.id = 1 AND h.seq = ? AND h.hash = ? RETURNING 1) ` +
            `${PG_INSERT_ENTRIES} WHERE EXISTS (SELECT 1 FROM moved)`,
          [last.cols.seq, last.hash, expect.seq, expect.hash, ...columns],
        )
      ).changes;
    } catch (e) {
      this.tip = null;
      throw e;
    }
    if (changes !== w.length) {
      this.tip = null;
      return null;
    }
    if (last.cols.seq > this.head.seq) this.head = { seq: last.cols.seq, hash: last.hash };
    return w;
  }

  /** PostgreSQL: the fast path, else one transaction that locks the head row, resolves references and inserts. */
  private async writePostgres(batch: Group[]): Promise<Written[]> {
    const fast = await this.writePostgresFast(batch);
    if (fast) return fast;
    const fresh = new Map<string, string>();
    const written = await this.db.tx(async (t) => {
      const h = (await t.get<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE'))!;
      const missing = new Set<string>();
      const known = new Map<string, string>();
      for (const g of batch)
        for (const p of g.entries) {
          if (p.subjectId === null || known.has(p.subjectId)) continue;
          const hit = this.refs.get(p.subjectId);
          if (hit === undefined) missing.add(p.subjectId);
          else known.set(p.subjectId, hit);
        }
      if (missing.size > 0) await resolveRefs(t, [...missing], fresh);
      const w = this.chain(batch, { seq: toInt(h.seq), hash: h.hash }, (id) => fresh.get(id) ?? known.get(id)!);
      await t.run(PG_INSERT_ENTRIES, entryArrays(w));
      const last = w[w.length - 1];
      await t.run('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1', [last.cols.seq, last.hash]);
      return w;
    });
    for (const [id, ref] of fresh) this.refs.set(id, ref);
    const last = written[written.length - 1];
    if (last.cols.seq > this.head.seq) this.head = { seq: last.cols.seq, hash: last.hash };
    return written;
  }

  /** Resolves when every entry appended before this call is durable (or has failed). */
  async flush(): Promise<void> {
    await this.last;
  }

  // ---------------------------------------------------------------- subject references

  /** The subject's opaque reference, created on first use. */
  async subjectRef(subjectId: string): Promise<string> {
    checkSubjectId(subjectId);
    const hit = this.refs.get(subjectId);
    if (hit !== undefined) return hit;
    await this.db.run(
      this.db.dialect === 'postgres'
        ? 'INSERT INTO audit_subject_refs (subject_id, ref) VALUES (?, ?) ON CONFLICT (subject_id) DO NOTHING'
        : 'INSERT OR IGNORE INTO audit_subject_refs (subject_id, ref) VALUES (?, ?)',
      [subjectId, newRef()],
    );
    const row = (await this.db.get<{ ref: string }>('SELECT ref FROM audit_subject_refs WHERE subject_id = ?', [subjectId]))!;
    this.refs.set(subjectId, row.ref);
    return row.ref;
  }

  /**
   * The subject's reference if one exists (never creates one), read from the store, not the cache:
   * another process (a server, the CLI) may have erased the subject and deleted the mapping.
   */
  async refOf(subjectId: string): Promise<string | undefined> {
    checkSubjectId(subjectId);
    const row = await this.db.get<{ ref: string }>('SELECT ref FROM audit_subject_refs WHERE subject_id = ?', [subjectId]);
    if (row) this.refs.set(subjectId, row.ref);
    else this.refs.delete(subjectId);
    return row?.ref;
  }

  /**
   * Erasure: deletes the subject's reference mapping. The entries stay and the chain still verifies,
   * but nothing in the log points at the person any more. Entries appended before this call are
   * committed first; a later entry about the same id gets a new, unrelated reference.
   */
  async forgetSubject(subjectId: string): Promise<boolean> {
    return (await this.forgetSubjects([subjectId])) > 0;
  }

  /** As `forgetSubject`, for many subjects at once (bulk erasure); returns how many mappings went. */
  async forgetSubjects(subjectIds: readonly string[]): Promise<number> {
    for (const id of subjectIds) checkSubjectId(id);
    // Entries appended before this call are committed first, with the old reference; entries appended
    // from now on wait until the mapping is gone, so that none of them is chained with the old reference
    // (or brings the mapping back) while a batch is in flight.
    const before = this.last;
    const cut = this.enqueued;
    this.holds.add(cut);
    try {
      await before;
      await this.settled;
      const drop = () => {
        for (const id of subjectIds) {
          this.refs.delete(id);
          this.pendingRefs.delete(id);
        }
      };
      drop();
      const n = await runForKeys(this.db, 'DELETE FROM audit_subject_refs WHERE subject_id', [], subjectIds);
      drop();
      return n;
    } finally {
      this.holds.delete(cut);
      if (this.queue.length > 0) this.schedule();
    }
  }

  // ---------------------------------------------------------------- checkpoints

  private maybeCheckpoint(fromTimer: boolean): void {
    if (this.closed && fromTimer) return;
    const pending = this.head.seq - this.checkpointed.seq;
    if (pending <= 0) return;
    if (pending >= this.checkpointEvery || Date.now() - this.checkpointed.at >= this.checkpointMs) {
      this.checkpointed = { seq: this.head.seq, at: Date.now() };
      this.checkpointChain = this.checkpointChain.then(() => this.writeCheckpoint()).catch(() => undefined);
    }
  }

  /**
   * New signing key for the checkpoints: the current one (and any other not retired) is retired, in one
   * transaction with the new key's row, and a checkpoint of the head is signed with the new key. A retired
   * key still verifies the checkpoints it signed (`trustedKeys` lists every key); other processes on the
   * store sign with the new key from their next checkpoint (each checks which key is current first).
   */
  async rotateSigningKey(): Promise<{ publicKey: string; retired: string[] }> {
    let made!: SigningKey;
    let retired: string[] = [];
    await this.keyDb.tx(async (t) => {
      retired = (await t.all<{ public_key: string }>('SELECT public_key FROM audit_signing_keys WHERE retired_at IS NULL ORDER BY created_at')).map((r) => r.public_key);
      await t.run('UPDATE audit_signing_keys SET retired_at = ? WHERE retired_at IS NULL', [Date.now()]);
      made = await createSigningKey(t, this.binding);
    });
    // (a checkpoint being written now signs with the key it read; the next ones read the new key's id)
    this.signingKey = made;
    await this.checkpoint();
    return { publicKey: made.publicKey, retired };
  }

  /** The key that signs checkpoints now: another process may have rotated it since this one read it. */
  private async currentSigningKey(): Promise<SigningKey> {
    const row = await this.keyDb.get<{ key_id: string }>('SELECT key_id FROM audit_signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1');
    if (row?.key_id !== this.signingKey.keyId) this.signingKey = await loadSigningKey(this.keyDb, this.binding);
    return this.signingKey;
  }

  private async writeCheckpoint(): Promise<Checkpoint> {
    const key = await this.currentSigningKey();
    const head = { ...this.head };
    const body = { seq: head.seq, hash: head.hash, time: this.now().toISOString(), publicKey: key.publicKey };
    const signature = sign(null, Buffer.from(checkpointPayload(body)), key.privateKey).toString('base64url');
    const cp: Checkpoint = { ...body, signature };
    const r = await this.db.run(
      this.db.dialect === 'postgres'
        ? 'INSERT INTO audit_checkpoints (seq, hash, time, public_key, signature) VALUES (?, ?, ?, ?, ?) ON CONFLICT (seq) DO NOTHING'
        : 'INSERT OR IGNORE INTO audit_checkpoints (seq, hash, time, public_key, signature) VALUES (?, ?, ?, ?, ?)',
      [cp.seq, cp.hash, cp.time, cp.publicKey, cp.signature],
    );
    if (r.changes > 0) this.stats.checkpoints++;
    else {
      const existing = await this.db.get<CheckpointRow>('SELECT seq, hash, time, public_key, signature FROM audit_checkpoints WHERE seq = ?', [cp.seq]);
      if (existing) return rowToCheckpoint(existing);
    }
    if (head.seq > this.checkpointed.seq) this.checkpointed = { seq: head.seq, at: Date.now() };
    return cp;
  }

  /** Commits what is queued, then signs and stores a checkpoint of the head (or returns the one already there). */
  async checkpoint(): Promise<Checkpoint> {
    await this.flush();
    const p = this.checkpointChain.then(() => this.writeCheckpoint());
    this.checkpointChain = p.catch(() => undefined);
    return p;
  }

  async latestCheckpoint(): Promise<Checkpoint | undefined> {
    await this.checkpointChain;
    const r = await this.db.get<CheckpointRow>('SELECT seq, hash, time, public_key, signature FROM audit_checkpoints ORDER BY seq DESC LIMIT 1');
    return r ? rowToCheckpoint(r) : undefined;
  }

  /**
   * Every public key that signed checkpoints of this log (current and retired), from the key store; with
   * a MAC key (Custos.open gives one), only rows written with the master key (see AuditLogOptions.signingKeyMac).
   */
  async trustedKeys(): Promise<string[]> {
    return (await this.signingKeyRows()).trusted;
  }

  /** The key store's signing keys, split into those trusted and those refused. */
  private async signingKeyRows(): Promise<{ trusted: string[]; refused: string[] }> {
    const rows = await this.keyDb.all<SigningKeyRow>('SELECT key_id, public_key, sealed, mac FROM audit_signing_keys ORDER BY created_at');
    const out = { trusted: [] as string[], refused: [] as string[] };
    for (const r of rows) (refusal(r, this.binding) === null ? out.trusted : out.refused).push(r.public_key);
    return out;
  }

  // ---------------------------------------------------------------- verification

  /**
   * Streams the chain in pages (constant memory) and checks every link, the stored checkpoints and,
   * when given, an exported checkpoint. Reports the first break.
   */
  async verify(opts: VerifyOptions = {}): Promise<AuditVerifyResult> {
    await this.flush();
    const stored = opts.trustedKeys ? undefined : await this.signingKeyRows();
    const trusted = opts.trustedKeys ?? stored!.trusted;
    /** The signature check, saying so when the key is in the key store but refused there. */
    const checkCheckpointSignatureHere = (cp: Checkpoint): ReturnType<typeof checkCheckpointSignature> => {
      const s = checkCheckpointSignature(cp, trusted);
      if (!s.ok && stored?.refused.includes(cp.publicKey))
        return { ok: false, message: 'the checkpoint is signed by a key whose row in the key store is refused: written without the master key, or not sealed' };
      return s;
    };
    const ext = opts.checkpoint;
    if (ext) {
      const s = checkCheckpointSignatureHere(ext);
      if (!s.ok) return { ok: false, seq: Number.isInteger(ext?.seq) ? ext.seq : 0, kind: 'bad_signature', message: `exported checkpoint: ${s.message}` };
    }
    const headRow = await this.db.get<{ seq: number }>('SELECT seq FROM audit_head WHERE id = 1');
    const headSeq = headRow ? toInt(headRow.seq) : 0;
    const maxRow = await this.db.get<{ seq: number | null }>('SELECT MAX(seq) AS seq FROM audit_entries');
    const total = Math.max(headSeq, maxRow?.seq == null ? 0 : toInt(maxRow.seq), ext?.seq ?? 0);

    // stored checkpoints, read in pages alongside the entries
    let cps: Checkpoint[] = [];
    let cpAfter = -1;
    let cpDone = false;
    let checkpointsSeen = 0;
    let maxStored = -1;
    const nextCheckpoints = async () => {
      const rows = await this.db.all<CheckpointRow>('SELECT seq, hash, time, public_key, signature FROM audit_checkpoints WHERE seq > ? ORDER BY seq LIMIT 500', [cpAfter]);
      cps = rows.map(rowToCheckpoint);
      if (cps.length === 0) cpDone = true;
      else cpAfter = cps[cps.length - 1].seq;
    };
    await nextCheckpoints();
    let cpi = 0;
    /** Checks stored checkpoints up to `seq` (whose hash is `hash`); returns a break or null. */
    const checkStored = async (seq: number, hash: string): Promise<AuditVerifyResult | null> => {
      for (;;) {
        if (cpi >= cps.length) {
          if (cpDone) return null;
          await nextCheckpoints();
          cpi = 0;
          if (cps.length === 0) return null;
        }
        const cp = cps[cpi];
        if (cp.seq > seq) return null;
        cpi++;
        checkpointsSeen++;
        if (cp.seq > maxStored) maxStored = cp.seq;
        const s = checkCheckpointSignatureHere(cp);
        if (!s.ok) return { ok: false, seq: cp.seq, kind: 'bad_signature', message: `stored checkpoint at entry ${cp.seq}: ${s.message}` };
        if (cp.seq === seq && cp.hash !== hash)
          return { ok: false, seq: cp.seq, kind: 'checkpoint_mismatch', message: `entry ${cp.seq} does not match the stored checkpoint signed for it: the chain was rewritten` };
      }
    };
    const checkExternal = (seq: number, hash: string): AuditVerifyResult | null =>
      ext && ext.seq === seq && ext.hash !== hash
        ? { ok: false, seq, kind: 'checkpoint_mismatch', message: `entry ${seq} does not match the exported checkpoint: the chain was rewritten` }
        : null;

    let expected = 1;
    let prev = GENESIS_HASH;
    let prevPrev: string | null = null;
    const genesisBreak = (await checkStored(0, GENESIS_HASH)) ?? checkExternal(0, GENESIS_HASH);
    if (genesisBreak) return genesisBreak;
    let after = Number.MIN_SAFE_INTEGER;
    for (;;) {
      const rows = await this.db.all<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM audit_entries WHERE seq > ? ORDER BY seq LIMIT ${VERIFY_PAGE}`, [after]);
      if (rows.length === 0) break;
      for (const r of rows) {
        const seq = toInt(r.seq);
        if (seq > expected) return { ok: false, seq: expected, kind: 'missing_entry', message: `entry ${expected} is missing (the next entry is ${seq})` };
        if (seq < expected) return { ok: false, seq, kind: 'order', message: `an entry with sequence number ${seq} sits before entry ${expected}: it was inserted` };
        const computed = chainHash(prev, canonicalEntryText(rowColumns(r)));
        if (computed !== r.hash || r.prev_hash !== prev) {
          if (r.prev_hash === prev || computed === r.hash)
            return { ok: false, seq, kind: 'hash_mismatch', message: `entry ${seq} was changed: its content does not match its hash` };
          if (prevPrev !== null && r.prev_hash === prevPrev)
            return { ok: false, seq: seq - 1, kind: 'order', message: `entry ${seq - 1} was inserted: entry ${seq} links to the entry before it` };
          return { ok: false, seq, kind: 'order', message: `entry ${seq} does not link to entry ${seq - 1}: entries were swapped, moved or renumbered` };
        }
        const b = (await checkStored(seq, computed)) ?? checkExternal(seq, computed);
        if (b) return b;
        prevPrev = prev;
        prev = computed;
        expected++;
      }
      after = toInt(rows[rows.length - 1].seq);
      opts.onProgress?.(after, total);
    }
    const lastSeq = expected - 1;
    // stored checkpoints beyond the last entry: their signatures are checked, and they show entries were cut off
    const tail = await checkStored(Number.MAX_SAFE_INTEGER, '');
    if (tail) return tail;
    if (maxStored > lastSeq)
      return { ok: false, seq: lastSeq + 1, kind: 'truncated', message: `the chain ends at entry ${lastSeq} but a stored checkpoint covers entry ${maxStored}` };
    if (ext && ext.seq > lastSeq)
      return { ok: false, seq: lastSeq + 1, kind: 'truncated', message: `the chain ends at entry ${lastSeq} but the exported checkpoint covers entry ${ext.seq}` };
    if (headSeq > lastSeq) return { ok: false, seq: lastSeq + 1, kind: 'truncated', message: `the chain ends at entry ${lastSeq} but its head records entry ${headSeq}` };
    opts.onProgress?.(lastSeq, Math.max(total, lastSeq));
    return { ok: true, entries: lastSeq, lastSeq, lastHash: prev, checkpoints: checkpointsSeen };
  }

  // ---------------------------------------------------------------- reading

  /** The filters on time (see `render`). */
  private timeFilters(q: { since?: string | Date; until?: string | Date }, out: Filter[]): void {
    if (q.since !== undefined) out.push({ col: 'time', sql: '$ >= ?', params: [isoOf(q.since, 'since')] });
    if (q.until !== undefined) out.push({ col: 'time', sql: '$ < ?', params: [isoOf(q.until, 'until')] });
  }

  /**
   * The last committed entry of `action` (with exactly these `details`, if given), with its sequence number:
   * the record of an act that outlives a row which could be put back as it was before it (a key's
   * revocation, a password set or cleared; see ApiKeys, AdminPassword). One action a call: both engines
   * then read the index on (action, seq) backwards from its end (with two actions, PostgreSQL's generic
   * plan walked the whole log).
   */
  async lastEntry(action: string, details?: Record<string, unknown>): Promise<{ seq: number; details?: Record<string, unknown> } | undefined> {
    const row = await this.db.get<{ seq: number | string; details: string | null }>(
      `SELECT seq, details FROM audit_entries WHERE action = ?${details ? ' AND details = ?' : ''} ORDER BY seq DESC LIMIT 1`,
      details ? [action, canonicalJson(details)] : [action],
    );
    return row && { seq: toInt(row.seq), ...(row.details !== null ? { details: JSON.parse(row.details) as Record<string, unknown> } : {}) };
  }

  /** Entries matching every given filter, in sequence order. */
  async query(q: AuditQuery = {}): Promise<StoredAuditEntry[]> {
    const limit = q.limit ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw invalidInput('limit', 'limit_range', 'must be an integer from 1 to 10000');
    const after = q.afterSeq ?? 0;
    if (!Number.isInteger(after) || after < 0) throw invalidInput('afterSeq', 'non_negative_integer', 'must be a non-negative integer');
    const filters: Filter[] = [];
    if (q.actor !== undefined) filters.push({ col: 'actor_key_id', sql: '$ = ?', params: [q.actor] });
    if (q.action !== undefined) {
      if (q.action.endsWith('.*')) {
        const prefix = q.action.slice(0, -1);
        filters.push({ col: 'action', sql: '$ >= ? AND $ < ?', params: [prefix, prefix.slice(0, -1) + '/'] }); // '/' sorts right after '.'
      } else filters.push({ col: 'action', sql: '$ = ?', params: [q.action] });
    }
    this.timeFilters(q, filters);
    let ref: string | undefined;
    if (q.subjectId !== undefined) {
      ref = await this.refOf(q.subjectId);
      if (ref === undefined) return [];
    }
    let sql: string;
    let params: Param[];
    let db: Db = this.db;
    if (ref !== undefined && this.sqlite) {
      // SQLite indexes entries by subject in bulk: the index up to its mark, merged in sequence order with
      // the entries after the mark; with the writer thread, the index is a file of its own, read on a
      // connection of its own (subject-index.ts), else the store's table (AUDIT_MIGRATIONS v2)
      const t = this.writer ? IN_FILE : IN_STORE;
      if (this.writer) db = this.indexReader ??= openSubjectIndex(this.sqlite.file);
      const left = render(filters, (c) => `e.${c}`);
      const right = render(filters);
      sql =
        `SELECT i.seq AS seq, ${ENTRY_COLUMNS_AFTER_SEQ.map((c) => `e.${c}`).join(', ')} FROM audit_subject_index i CROSS JOIN ${t.entries} e ON e.seq = i.seq ` +
        `WHERE i.subject_ref = ? AND i.seq > ?${left.sql ? ' AND ' + left.sql : ''} ` +
        `UNION ALL SELECT ${ENTRY_COLUMNS} FROM ${t.entries} WHERE seq > MAX(?, ${t.mark}) AND subject_ref = ?${right.sql ? ' AND ' + right.sql : ''} ` +
        'ORDER BY seq LIMIT ?';
      params = [ref, after, ...left.params, after, ref, ...right.params, limit];
    } else {
      if (ref !== undefined) filters.push({ col: 'subject_ref', sql: '$ = ?', params: [ref] });
      if (q.afterSeq !== undefined) filters.push({ col: 'seq', sql: '$ > ?', params: [after] });
      const w = render(filters);
      sql = `SELECT ${ENTRY_COLUMNS} FROM audit_entries${w.sql ? ' WHERE ' + w.sql : ''} ORDER BY seq LIMIT ?`;
      params = [...w.params, limit];
    }
    const rows = await db.all<EntryRow>(sql, params);
    return rows.map(rowToEntry);
  }

  /** No writer thread: indexes by subject in the store's own table, if at least `minLag` entries wait. */
  private indexInStore(minLag: number): void {
    (this.storeIndex ??= inStoreIndexer(this.sqlite!.raw))(minLag);
  }

  /** The indexer thread (writer thread only), started when there is first something to index. */
  private subjectIndexer(): SubjectIndexer {
    return (this.indexer ??= new SubjectIndexer(this.sqlite!.file, this.subjectIndexLag));
  }

  /**
   * Indexes by subject every entry committed so far (SQLite; the index otherwise follows the log in runs
   * of `subjectIndexLag` entries, and queries scan the entries after it). On PostgreSQL, a no-op.
   */
  async indexBySubject(): Promise<void> {
    if (!this.sqlite) return;
    if (this.writer) {
      this.pokedAt = this.head.seq;
      return this.subjectIndexer().indexAll();
    }
    while (this.sqlite.raw.inTransaction) await new Promise((r) => setTimeout(r, 1));
    this.indexInStore(1);
  }

  /**
   * What the access monitor reads back (after a restart, or following the log in shared mode): entries
   * after `afterSeq`, in sequence order, with only the columns its rules use.
   */
  async tail(afterSeq: number, limit: number): Promise<MonitoredEntry[]> {
    const rows = await this.db.values(
      'SELECT seq, time, actor_key_id, actor_role, action, outcome, subject_ref FROM audit_entries WHERE seq > ? ORDER BY seq LIMIT ?',
      [afterSeq, limit],
    );
    return rows.map(([seq, time, keyId, role, action, outcome, ref]) => ({
      seq: toInt(seq),
      time: time as string,
      actor: { keyId: keyId as string, role: role as string },
      action: action as string,
      outcome: outcome as AuditOutcome,
      ...(ref != null ? { subjectRef: ref as string } : {}),
    }));
  }

  /** The sequence number of the last entry written before `time` (0 if none). */
  async seqBefore(time: Date): Promise<number> {
    const row = await this.db.get<{ seq: number | string }>('SELECT seq FROM audit_entries WHERE time < ? ORDER BY time DESC LIMIT 1', [time.toISOString()]);
    return row ? toInt(row.seq) : 0;
  }

  /**
   * Streams the entries in [since, until) to `out` as JSON Lines (one stored entry per line, hashes
   * included: re-verifiable) or CSV. Honours back-pressure; does not end the stream. Returns the count.
   */
  async export(opts: AuditExportOptions, out: NodeJS.WritableStream): Promise<number> {
    if (opts.format !== 'jsonl' && opts.format !== 'csv') throw invalidInput('format', 'export_format', 'must be jsonl or csv');
    const write = async (s: string) => {
      if (!out.write(s)) await once(out, 'drain');
    };
    if (opts.format === 'csv') await write(CSV_HEADER + '\n');
    let after = 0;
    let n = 0;
    for (;;) {
      const filters: Filter[] = [{ col: 'seq', sql: '$ > ?', params: [after] }];
      this.timeFilters(opts, filters);
      const w = render(filters);
      const rows = await this.db.all<EntryRow>(`SELECT ${ENTRY_COLUMNS} FROM audit_entries WHERE ${w.sql} ORDER BY seq LIMIT 1000`, w.params);
      if (rows.length === 0) break;
      let chunk = '';
      for (const r of rows) {
        const e = rowToEntry(r);
        chunk += (opts.format === 'jsonl' ? JSON.stringify(e) : csvLine(e)) + '\n';
      }
      await write(chunk);
      n += rows.length;
      after = toInt(rows[rows.length - 1].seq);
    }
    return n;
  }

  /** Commits what is queued, signs a checkpoint of the tail and stops the timer. The stores stay open (they belong to the caller). */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.timer) clearInterval(this.timer);
    // appends from now on are refused; those before are committed
    this.closed = true;
    await this.flush();
    await this.settled;
    // sign the tail, so that a cut made while the writer is down shows up as truncation
    if (this.head.seq > this.checkpointed.seq) {
      this.checkpointed = { seq: this.head.seq, at: Date.now() };
      this.checkpointChain = this.checkpointChain.then(() => this.writeCheckpoint()).catch(() => undefined);
    }
    await this.checkpointChain;
    if (this.writer) {
      await this.writer.close();
      if (this.sqlite!.raw.open) this.sqlite!.raw.pragma('wal_autocheckpoint = 1000');
    }
    await this.indexer?.close();
    await this.indexReader?.close();
  }
}

/** The main thread's side of the SQLite writer thread: batches committed in order, replies matched by id. */
class SqliteWriter {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (r: Rebase | undefined) => void; reject: (e: unknown) => void }>();
  private nextId = 1;
  private failed?: Error;
  private lastCommit = 0;
  /** Transactions the thread committed (batches committed together count once). */
  commits = 0;

  /** `writeWanted`: the serving connection's flag, set while one of its write transactions waits for the lock or holds it (the thread lets it go first). */
  constructor(file: string, columns: string, writeWanted: Int32Array) {
    this.worker = startWorker(import.meta.url, './sqlite-writer', { auditWriter: true, file, columns, writeWanted: writeWanted.buffer });
    this.worker.unref();
    this.worker.on('message', (r: WriterReply) => {
      const p = this.pending.get(r.id);
      if (!p) return;
      this.pending.delete(r.id);
      if (r.ok) {
        if (r.commit !== this.lastCommit) this.commits++;
        this.lastCommit = r.commit;
        p.resolve(r.rebase);
      }
      else p.reject(new CustosError('CUSTOS_STORE_UNAVAILABLE', `audit write failed: ${r.message}`));
    });
    const stopped = (e: Error) => {
      this.failed ??= e;
      for (const p of this.pending.values()) p.reject(new CustosError('CUSTOS_STORE_UNAVAILABLE', 'the audit writer thread stopped'));
      this.pending.clear();
    };
    this.worker.on('error', stopped);
    // a batch sent after the thread ended would otherwise wait for ever
    this.worker.on('exit', () => stopped(new Error('the audit writer thread exited')));
  }

  /** Resolves when the batch is committed, with how it was chained again if it was. */
  write(b: Omit<WriterBatch, 'id'>): Promise<Rebase | undefined> {
    if (this.failed) return Promise.reject(new CustosError('CUSTOS_STORE_UNAVAILABLE', 'the audit writer thread stopped'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...b, id });
    });
  }

  async close(): Promise<void> {
    if (!this.failed) await closeWorker(this.worker);
  }
}

function checkSubjectId(id: unknown): asserts id is string {
  if (typeof id !== 'string' || id.length === 0) throw invalidInput('subjectId', 'non_empty_string', 'must be a non-empty string');
}

function prepare(e: AuditEntryInput, time: string): Prepared {
  if (!e || typeof e !== 'object') throw invalidInput('entry', 'object', 'must be an object');
  if (!e.actor || typeof e.actor.keyId !== 'string' || typeof e.actor.role !== 'string' || !e.actor.keyId || !e.actor.role)
    throw invalidInput('actor', 'actor_shape', 'must have a non-empty keyId and role');
  if (typeof e.action !== 'string' || e.action.length === 0) throw invalidInput('action', 'non_empty_string', 'must be a non-empty string');
  if (!OUTCOMES.has(e.outcome)) throw invalidInput('outcome', 'audit_outcome', 'must be allowed, denied, ok or failed');
  if (e.subjectId !== undefined) checkSubjectId(e.subjectId);
  let fields: string | null = null;
  if (e.fields !== undefined) {
    if (!Array.isArray(e.fields) || e.fields.some((f) => typeof f !== 'string')) throw invalidInput('fields', 'string_array', 'must be an array of field names');
    fields = canonicalJson(e.fields);
  }
  let details: string | null = null;
  if (e.details !== undefined) {
    try {
      details = canonicalJson(e.details);
    } catch (err) {
      throw invalidInput('details', 'json_value', (err as Error).message);
    }
    if (details[0] !== '{') throw invalidInput('details', 'json_object', 'must be an object');
  }
  return {
    input: e,
    time,
    purpose: e.purpose ?? null,
    subjectId: e.subjectId ?? null,
    fields,
    reason: e.reason ?? null,
    details,
  };
}

/**
 * PostgreSQL: the batch's entries, one array per column (unnest). The statement has the same text for
 * every batch size, so it is prepared once per connection instead of parsed and planned for every batch.
 */
const PG_INSERT_ENTRIES = `INSERT INTO audit_entries (${ENTRY_COLUMNS}) SELECT * FROM unnest(?::bigint[], ${new Array(12).fill('?::text[]').join(', ')})`;

/** The entries' columns as arrays, in ENTRY_COLUMNS order (see PG_INSERT_ENTRIES). */
function entryArrays(w: Written[]): Param[] {
  const columns: (string | number | null)[][] = Array.from({ length: 13 }, () => new Array<string | number | null>(w.length));
  w.forEach((x, i) => entryRow(x.cols, x.prevHash, x.hash).forEach((v, c) => (columns[c][i] = v as string | number | null)));
  return columns;
}

/** PostgreSQL, in the locking transaction: the references of these subjects, created where there are none. */
async function resolveRefs(t: Db, ids: string[], into: Map<string, string>): Promise<void> {
  const found = async (list: string[]) => {
    for (const r of await t.all<{ subject_id: string; ref: string }>('SELECT subject_id, ref FROM audit_subject_refs WHERE subject_id = ANY(?)', [list])) into.set(r.subject_id, r.ref);
  };
  await found(ids);
  const absent = ids.filter((id) => !into.has(id));
  if (absent.length === 0) return;
  await t.run('INSERT INTO audit_subject_refs (subject_id, ref) SELECT * FROM unnest(?::text[], ?::text[]) ON CONFLICT (subject_id) DO NOTHING', [absent, absent.map(() => newRef())]);
  await found(absent);
}

/**
 * Computes the MAC of every signing key row already in the key store, once, in the transaction that
 * records AUDIT_KEY_BINDING (the store is trusted at that moment). A key stored unsealed is sealed now
 * when a sealing key is given, so that the rule "unsealed rows are refused" holds for it afterwards.
 */
async function bindSigningKeys(t: Db, binding: KeyBinding): Promise<void> {
  const rows = await t.all<{ key_id: string; public_key: string; private_key: unknown; sealed: number | string }>('SELECT key_id, public_key, private_key, sealed FROM audit_signing_keys');
  for (const r of rows) {
    let sealed = toInt(r.sealed);
    let privateKey = toBuffer(r.private_key);
    if (sealed !== 1 && binding.wrap) {
      privateKey = seal(binding.wrap, privateKey, `audit-signing-key|${r.key_id}`);
      sealed = 1;
    }
    await t.run('UPDATE audit_signing_keys SET private_key = ?, sealed = ?, mac = ? WHERE key_id = ?', [
      privateKey,
      sealed,
      rowMac(binding.mac!, SIGNING_KEY_MAC_KIND, [r.key_id, r.public_key, sealed]),
      r.key_id,
    ]);
  }
}

async function loadSigningKey(keyDb: Db, binding: KeyBinding): Promise<SigningKey> {
  const wrap = binding.wrap;
  const row = await keyDb.get<SigningKeyRow & { private_key: unknown }>(
    'SELECT key_id, public_key, private_key, sealed, mac FROM audit_signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1',
  );
  if (row) {
    const refused = refusal(row, binding);
    if (refused) throw new CustosError('CUSTOS_INTEGRITY', refused);
    let der = toBuffer(row.private_key);
    if (toInt(row.sealed) === 1) {
      if (!wrap) throw new CustosError('CUSTOS_KEY_MISSING', 'the audit signing key is sealed and no key to open it was given');
      const opened = openSealed(wrap, der, `audit-signing-key|${row.key_id}`);
      if (!opened) throw new CustosError('CUSTOS_INTEGRITY', 'the audit signing key does not authenticate: wrong key or the key store was altered');
      der = opened;
    }
    return { keyId: row.key_id, publicKey: row.public_key, privateKey: createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }) };
  }
  return createSigningKey(keyDb, binding);
}

/** A new signing key, stored (sealed and bound to the master key when the binding has the keys). */
async function createSigningKey(keyDb: Db, binding: KeyBinding): Promise<SigningKey> {
  const wrap = binding.wrap;
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const pub = publicKey.export({ format: 'jwk' }).x as string;
  const keyId = 'ak_' + randomBytes(8).toString('hex');
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  const sealed = wrap ? 1 : 0;
  await keyDb.run('INSERT INTO audit_signing_keys (key_id, public_key, private_key, sealed, created_at, mac) VALUES (?, ?, ?, ?, ?, ?)', [
    keyId,
    pub,
    wrap ? seal(wrap, der, `audit-signing-key|${keyId}`) : der,
    sealed,
    Date.now(),
    binding.mac ? rowMac(binding.mac, SIGNING_KEY_MAC_KIND, [keyId, pub, sealed]) : null,
  ]);
  return { keyId, publicKey: pub, privateKey };
}
