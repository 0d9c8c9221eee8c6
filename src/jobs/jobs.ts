/**
 * Durable scheduled work in the data store (component `jobs`): deadline reminders, retention purges,
 * mail delivery. A job has a kind, a time to run, a small JSON payload without personal data (ids,
 * not addresses), and an optional dedupe key. `runDue` claims due jobs of the kinds it has handlers
 * for, runs them, retries failures with exponential backoff and records the last error code.
 *
 * Claiming is safe across processes: it is one `UPDATE ... WHERE id IN (SELECT ... LIMIT n)
 * RETURNING` statement; on PostgreSQL the inner SELECT locks with `FOR UPDATE SKIP LOCKED` (two
 * runners never take the same job, and neither waits for the other); on SQLite the statement is a
 * write transaction of its own, which SQLite serialises on the database file. A
 * claimed job carries a lease (`locked_until`); a runner that died mid-job leaves it to be claimed
 * again when the lease ends, so handlers must be idempotent (at-least-once).
 *
 * Modules register handlers by kind (`jobs.register('request.reminder', fn)`); the server's
 * `Scheduler` calls `runDue` every few seconds.
 */
import { randomBytes } from 'node:crypto';
import type { Db, Param } from '../store/db.js';
import { toInt } from '../store/db.js';
import type { Migration } from '../store/migrate.js';
import { migrate } from '../store/migrate.js';
import { CustosError, invalidInput, notFound } from '../errors.js';
import { Scheduler, type SchedulerOptions } from './scheduler.js';

export const JOB_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'jobs',
    sql: `
      CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        dedupe_key TEXT UNIQUE,
        payload TEXT NOT NULL,
        status TEXT NOT NULL,
        run_at BIGINT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        max_attempts INTEGER NOT NULL,
        repeat_ms BIGINT,
        locked_by TEXT,
        locked_until BIGINT,
        last_error TEXT,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        finished_at BIGINT
      );
      CREATE INDEX jobs_due ON jobs (status, run_at);
    `,
  },
];

export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };
export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';

export interface JobContext {
  id: string;
  kind: string;
  payload: JsonValue;
  /** 1 for the first attempt. */
  attempt: number;
  /** When the job was due. */
  runAt: Date;
}

export type JobHandler = (job: JobContext) => Promise<unknown> | unknown;
export type JobHandlers = Map<string, JobHandler> | Record<string, JobHandler>;

export interface ScheduleOptions {
  /** Dedupe key: scheduling again with the same key returns the existing job (whatever its status). */
  key?: string;
  /** Attempts before the job is marked failed. Default 5. */
  maxAttempts?: number;
  /** Repeat every this many milliseconds after each run (success or final failure). */
  everyMs?: number;
}

export interface JobInfo {
  id: string;
  kind: string;
  key?: string;
  status: JobStatus;
  runAt: string;
  attempts: number;
  maxAttempts: number;
  everyMs?: number;
  lastError?: string;
  createdAt: string;
  finishedAt?: string;
}

export interface RunReport {
  claimed: number;
  succeeded: number;
  retried: number;
  failed: number;
  /** Claimed, but not run here: while the jobs before it ran, the lease ran out and another process took it. */
  lost: number;
}

export interface JobsOptions {
  now?: () => Date;
  /** First retry delay, doubled per attempt up to `maxBackoffMs`. Default 30 s. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How long a claimed job is held before another runner may take it. Default 10 minutes. */
  leaseMs?: number;
  /** Jobs per `runDue`. Default 50. */
  batch?: number;
}

interface JobRow {
  id: string;
  kind: string;
  dedupe_key: string | null;
  payload: string;
  status: JobStatus;
  run_at: number;
  attempts: number;
  max_attempts: number;
  repeat_ms: number | null;
  last_error: string | null;
  created_at: number;
  finished_at: number | null;
}

const KIND = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;
const EMAIL_LIKE = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const MAX_PAYLOAD = 16_384;
const COLUMNS = 'id, kind, dedupe_key, payload, status, run_at, attempts, max_attempts, repeat_ms, last_error, created_at, finished_at';

function checkKind(kind: unknown): string {
  if (typeof kind !== 'string' || kind.length > 100 || !KIND.test(kind)) throw invalidInput('kind', 'job_kind', 'must be a dotted lower-case name such as mail.deliver');
  return kind;
}

/** The payload as JSON text; refuses what is not JSON, too large, or looks like an email address. */
function payloadText(payload: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(payload ?? null);
  } catch {
    text = undefined;
  }
  if (text === undefined) throw invalidInput('payload', 'json', 'must be JSON-serialisable');
  if (text.length > MAX_PAYLOAD) throw invalidInput('payload', 'too_big', `must be at most ${MAX_PAYLOAD} characters of JSON`);
  // Payloads are stored in plaintext: they carry ids, never personal data. An address is a sure sign of a mistake.
  if (EMAIL_LIKE.test(text)) throw invalidInput('payload', 'no_personal_data', 'must not hold personal data (it looks like it contains an email address): pass ids');
  return text;
}

/** An error as something safe to store: a Custos error's code and message (never personal data), otherwise its name and code. */
function errorText(e: unknown): string {
  if (e instanceof CustosError) return `${e.code}: ${e.message}`.slice(0, 300);
  const err = (e ?? {}) as { name?: unknown; code?: unknown };
  const name = typeof err.name === 'string' && /^[A-Za-z]{1,40}$/.test(err.name) ? err.name : 'Error';
  const code = typeof err.code === 'string' && /^[A-Z0-9_]{1,40}$/.test(err.code) ? ` ${err.code}` : '';
  return `${name}${code}`;
}

export class Jobs {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly now: () => Date;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly leaseMs: number;
  private readonly batch: number;
  /** This runner's name in `locked_by`. */
  readonly owner = `${process.pid}-${randomBytes(6).toString('hex')}`;
  private scheduler?: Scheduler;

  private constructor(
    private readonly db: Db,
    opts: JobsOptions,
  ) {
    this.now = opts.now ?? (() => new Date());
    this.backoffMs = opts.backoffMs ?? 30_000;
    this.maxBackoffMs = opts.maxBackoffMs ?? 3_600_000;
    this.leaseMs = opts.leaseMs ?? 600_000;
    this.batch = opts.batch ?? 50;
  }

  static async open(db: Db, opts: JobsOptions = {}): Promise<Jobs> {
    await migrate(db, 'jobs', JOB_MIGRATIONS);
    return new Jobs(db, opts);
  }

  /** Registers the handler of a kind (one per kind; registering again replaces it). */
  register(kind: string, handler: JobHandler): void {
    checkKind(kind);
    if (typeof handler !== 'function') throw invalidInput('handler', 'function', 'must be a function');
    this.handlers.set(kind, handler);
  }

  /** The kinds with a handler in this process. */
  get kinds(): string[] {
    return [...this.handlers.keys()].sort();
  }

  /** Schedules a job. With a key that exists already, returns that job unchanged (`created: false`). */
  async schedule(kind: string, runAt: Date | string, payload: JsonValue = null, opts: ScheduleOptions = {}): Promise<{ id: string; created: boolean }> {
    checkKind(kind);
    const at = new Date(runAt).getTime();
    if (Number.isNaN(at)) throw invalidInput('runAt', 'iso_datetime', 'must be a date-time');
    const text = payloadText(payload);
    const maxAttempts = opts.maxAttempts ?? 5;
    if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 100) throw invalidInput('maxAttempts', 'range', 'must be an integer from 1 to 100');
    if (opts.everyMs !== undefined && (!Number.isInteger(opts.everyMs) || opts.everyMs < 1000)) throw invalidInput('everyMs', 'range', 'must be an integer of at least 1000 (ms)');
    if (opts.key !== undefined && (typeof opts.key !== 'string' || opts.key.length === 0 || opts.key.length > 200)) throw invalidInput('key', 'length', 'must be 1-200 characters');
    if (opts.key !== undefined && EMAIL_LIKE.test(opts.key)) throw invalidInput('key', 'no_personal_data', 'must not hold personal data: use ids');
    const now = this.now().getTime();
    const id = `j${now.toString(36).padStart(9, '0')}${randomBytes(8).toString('hex')}`;
    const insert =
      'INSERT INTO jobs (id, kind, dedupe_key, payload, status, run_at, attempts, max_attempts, repeat_ms, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)';
    const params: Param[] = [id, kind, opts.key ?? null, text, 'queued', at, maxAttempts, opts.everyMs ?? null, now, now];
    if (opts.key === undefined) {
      await this.db.run(insert, params);
      return { id, created: true };
    }
    const r = await this.db.run(`${insert} ON CONFLICT (dedupe_key) DO NOTHING`, params);
    if (r.changes > 0) return { id, created: true };
    const existing = await this.db.get<{ id: string }>('SELECT id FROM jobs WHERE dedupe_key = ?', [opts.key]);
    return { id: existing!.id, created: false };
  }

  /**
   * A recurring job: one row per kind (key `every:<kind>`), run every `intervalMs`. Calling it again
   * (each server start) keeps the row and updates the interval.
   */
  async every(kind: string, intervalMs: number, payload: JsonValue = null): Promise<{ id: string; created: boolean }> {
    const key = `every:${kind}`;
    const r = await this.schedule(kind, this.now(), payload, { key, everyMs: intervalMs });
    if (!r.created)
      await this.db.run("UPDATE jobs SET repeat_ms = ?, status = CASE WHEN status IN ('done', 'failed', 'cancelled') THEN 'queued' ELSE status END, updated_at = ? WHERE id = ?", [
        intervalMs,
        this.now().getTime(),
        r.id,
      ]);
    return r;
  }

  /** Cancels a queued job by id or key; a running job finishes its attempt. Returns whether one was cancelled. */
  async cancel(by: { id: string } | { key: string }): Promise<boolean> {
    const now = this.now().getTime();
    const [col, val] = 'id' in by ? ['id', by.id] : ['dedupe_key', by.key];
    const r = await this.db.run(`UPDATE jobs SET status = 'cancelled', finished_at = ?, updated_at = ? WHERE ${col} = ? AND status = 'queued'`, [now, now, val]);
    return r.changes > 0;
  }

  private backoff(attempt: number): number {
    return Math.min(this.maxBackoffMs, this.backoffMs * 2 ** Math.max(0, attempt - 1));
  }

  /**
   * Claims up to `limit` due jobs of the given kinds (and jobs whose lease ran out) in one statement:
   * on PostgreSQL the inner SELECT locks with SKIP LOCKED; on SQLite the statement is a write
   * transaction of its own, serialised on the database file, and holds no lock across awaits.
   */
  private async claim(kinds: string[], now: number, limit: number): Promise<JobRow[]> {
    if (kinds.length === 0) return [];
    const marks = kinds.map(() => '?').join(', ');
    const rows = await this.db.all<JobRow>(
      "UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = ?, locked_until = ?, updated_at = ? WHERE id IN (" +
        `SELECT id FROM jobs WHERE kind IN (${marks}) AND ((status = 'queued' AND run_at <= ?) OR (status = 'running' AND locked_until <= ?)) ORDER BY run_at, id LIMIT ?` +
        (this.db.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '') +
        `) RETURNING ${COLUMNS}`,
      [this.owner, now + this.leaseMs, now, ...kinds, now, now, limit],
    );
    return rows
      .map((r) => ({ ...r, attempts: toInt(r.attempts) }))
      .sort((x, y) => toInt(x.run_at) - toInt(y.run_at) || (x.id < y.id ? -1 : 1));
  }

  /**
   * Runs the due jobs once: claims them, calls each kind's handler (the registered ones, or
   * `handlers`), and records the outcome. Jobs of kinds without a handler here are left alone.
   */
  async runDue(handlers?: JobHandlers, opts: { now?: Date; limit?: number } = {}): Promise<RunReport> {
    const table = handlers === undefined ? this.handlers : handlers instanceof Map ? handlers : new Map(Object.entries(handlers));
    const now = (opts.now ?? this.now()).getTime();
    const rows = await this.claim([...table.keys()], now, opts.limit ?? this.batch);
    const report: RunReport = { claimed: rows.length, succeeded: 0, retried: 0, failed: 0, lost: 0 };
    for (const r of rows) {
      // The jobs run one after another under the lease of the claim: before each, the lease is renewed
      // if it is still this process's; a job whose lease ran out meanwhile (a long retention run before
      // it) may have been taken by another process, and is left to it.
      const held = await this.db.run("UPDATE jobs SET locked_until = ? WHERE id = ? AND locked_by = ? AND status = 'running'", [this.now().getTime() + this.leaseMs, r.id, this.owner]);
      if (held.changes !== 1) {
        report.lost++;
        continue;
      }
      const attempt = r.attempts;
      const repeat = r.repeat_ms == null ? null : toInt(r.repeat_ms);
      let error: string | null = null;
      try {
        await table.get(r.kind)!({ id: r.id, kind: r.kind, payload: JSON.parse(r.payload) as JsonValue, attempt, runAt: new Date(toInt(r.run_at)) });
      } catch (e) {
        error = errorText(e);
      }
      const end = this.now().getTime();
      const mine = ' WHERE id = ? AND locked_by = ?';
      if (error === null) {
        report.succeeded++;
        if (repeat !== null)
          await this.db.run(`UPDATE jobs SET status = 'queued', run_at = ?, attempts = 0, last_error = NULL, locked_by = NULL, locked_until = NULL, updated_at = ?${mine}`, [
            Math.max(end, now) + repeat,
            end,
            r.id,
            this.owner,
          ]);
        else
          await this.db.run(`UPDATE jobs SET status = 'done', locked_by = NULL, locked_until = NULL, finished_at = ?, updated_at = ?${mine}`, [end, end, r.id, this.owner]);
      } else if (attempt < toInt(r.max_attempts)) {
        report.retried++;
        await this.db.run(`UPDATE jobs SET status = 'queued', run_at = ?, last_error = ?, locked_by = NULL, locked_until = NULL, updated_at = ?${mine}`, [
          end + this.backoff(attempt),
          error,
          end,
          r.id,
          this.owner,
        ]);
      } else {
        report.failed++;
        if (repeat !== null)
          // A recurring job does not die: the failure is recorded and the next round comes as usual.
          await this.db.run(`UPDATE jobs SET status = 'queued', run_at = ?, attempts = 0, last_error = ?, locked_by = NULL, locked_until = NULL, updated_at = ?${mine}`, [
            end + repeat,
            error,
            end,
            r.id,
            this.owner,
          ]);
        else
          await this.db.run(`UPDATE jobs SET status = 'failed', last_error = ?, locked_by = NULL, locked_until = NULL, finished_at = ?, updated_at = ?${mine}`, [
            error,
            end,
            end,
            r.id,
            this.owner,
          ]);
      }
    }
    return report;
  }

  private info(r: JobRow): JobInfo {
    const iso = (v: unknown) => new Date(toInt(v)).toISOString();
    return {
      id: r.id,
      kind: r.kind,
      ...(r.dedupe_key ? { key: r.dedupe_key } : {}),
      status: r.status,
      runAt: iso(r.run_at),
      attempts: toInt(r.attempts),
      maxAttempts: toInt(r.max_attempts),
      ...(r.repeat_ms != null ? { everyMs: toInt(r.repeat_ms) } : {}),
      ...(r.last_error ? { lastError: r.last_error } : {}),
      createdAt: iso(r.created_at),
      ...(r.finished_at != null ? { finishedAt: iso(r.finished_at) } : {}),
    };
  }

  async get(by: { id: string } | { key: string }): Promise<JobInfo> {
    const r = 'id' in by ? await this.db.get<JobRow>(`SELECT ${COLUMNS} FROM jobs WHERE id = ?`, [by.id]) : await this.db.get<JobRow>(`SELECT ${COLUMNS} FROM jobs WHERE dedupe_key = ?`, [by.key]);
    if (!r) throw notFound('job', 'id' in by ? 'id' : 'key');
    return this.info(r);
  }

  /** Jobs by due time (soonest first). */
  async list(opts: { status?: JobStatus; kind?: string; limit?: number } = {}): Promise<JobInfo[]> {
    const limit = opts.limit ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw invalidInput('limit', 'limit_range', 'must be an integer from 1 to 10000');
    const where: string[] = [];
    const params: Param[] = [];
    if (opts.status) {
      where.push('status = ?');
      params.push(opts.status);
    }
    if (opts.kind) {
      where.push('kind = ?');
      params.push(checkKind(opts.kind));
    }
    const rows = await this.db.all<JobRow>(`SELECT ${COLUMNS} FROM jobs${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY run_at, id LIMIT ?`, [...params, limit]);
    return rows.map((r) => this.info(r));
  }

  /** Deletes finished jobs (done, failed, cancelled) older than `before`; dedupe keys of deleted jobs can be used again. */
  async prune(before: Date): Promise<{ deleted: number }> {
    const r = await this.db.run("DELETE FROM jobs WHERE status IN ('done', 'failed', 'cancelled') AND finished_at < ?", [before.getTime()]);
    return { deleted: r.changes };
  }

  /** Starts polling for due jobs in this process (the server does this). Idempotent. */
  start(opts: SchedulerOptions = {}): Scheduler {
    if (!this.scheduler) {
      this.scheduler = new Scheduler(() => this.runDue(), opts);
      this.scheduler.start();
    }
    return this.scheduler;
  }

  /** Stops polling; resolves when the pass in progress, if any, has finished. */
  async stop(): Promise<void> {
    const s = this.scheduler;
    this.scheduler = undefined;
    await s?.stop();
  }
}
