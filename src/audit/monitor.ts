/**
 * Continuous monitoring of access (seed 002: access logs and monitoring; seed 004: operation
 * monitoring). Rules run on every committed batch of audit entries, in memory and in constant space
 * per actor; a rule that fires writes an alert record, an `alert.<rule>` audit entry, and calls the
 * webhook in the background. Nothing here ever delays or fails an append.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { toInt } from '../store/db.js';
import type { Policy } from '../policy/schema.js';
import { invalidInput } from '../errors.js';
import type { AuditLog } from './log.js';
import type { MonitoredEntry } from './types.js';
import { Lru } from '../lru.js';

export type AlertRule = 'bulk_read' | 'denials' | 'out_of_hours' | 'server_maintenance_read' | 'requests_overdue';

export interface AlertRecord {
  id: string;
  rule: AlertRule;
  /** The API key id of the actor the alert is about (never a subject). */
  actorKeyId: string;
  role: string;
  window: { start: string; end: string };
  count: number;
  createdAt: string;
  acknowledgedAt?: string;
}

export interface MonitorOptions {
  /** Overrides `monitoring.webhook` of the policy. */
  webhook?: string;
  fetch?: typeof fetch;
  now?: () => Date;
  /** Webhook delivery: attempts (default 5), first delay (default 500 ms, doubled each time), timeout per attempt (default 5 s). */
  retry?: { attempts?: number; baseDelayMs?: number; timeoutMs?: number };
  /**
   * Several processes on one store (PostgreSQL). Off: the monitor evaluates its own process's commits as
   * they happen. On: the process holding a lease in the store (renewed every `pollMs`, default 1 s; taken
   * over when it lapses, `leaseMs`, default 10 s) evaluates every process's entries, its own as they
   * commit and the others' read back from the log at each poll; the others evaluate none. A process
   * taking the lease first replays the last window (`resume`).
   */
  shared?: boolean | { pollMs?: number; leaseMs?: number };
}

export interface MonitorThresholds {
  bulkRead: { subjects: number; windowMs: number };
  denials: { count: number; windowMs: number };
  /** How long an alert of a rule for one actor silences the same rule for that actor (default 10 min). */
  quietMs: number;
}

export interface MonitorStats {
  alerts: number;
  /** Entries read back from the log (after a restart; shared mode: other processes' entries). */
  readBack: number;
  webhookAttempts: number;
  webhookDelivered: number;
  webhookFailed: number;
  errors: number;
}

/** The role whose members run the servers and must never read personal data (seed 000). */
export const SERVER_MAINTENANCE_ROLE = 'server_maintenance';
/**
 * Audit actions that are reads of personal data: reads, and provisions (a legal exception's provision reads
 * as Custos itself, so it leaves no read of its own). Searches reveal who is on file: each one counts as a
 * read of one more subject towards the bulk-read rule.
 */
export const READ_ACTIONS: ReadonlySet<string> = new Set(['subject.read', 'record.read', 'disclosure.create', 'subject.search']);
/** Any access to people's data (reads, lookups, checks, writes, held data): server maintenance makes none. */
const touchesPeople = (action: string) => action.startsWith('subject.') || action.startsWith('record.') || action.startsWith('hold.');
export { SYSTEM as SYSTEM_ACTOR } from './types.js';
import { SYSTEM as SYSTEM_ACTOR } from './types.js';

const DEFAULT_MINUTES = 10;
const ACTOR_LIMIT = 10_000;

/** Parses "HH:MM-HH:MM" (UTC) into minutes of the day; `end` may be 24:00. */
export function parseHours(s: string): { start: number; end: number } {
  const m = /^(\d\d):(\d\d)-(\d\d):(\d\d)$/.exec(s);
  if (!m) throw invalidInput('hours', 'hours_format', 'must be HH:MM-HH:MM');
  return { start: Number(m[1]) * 60 + Number(m[2]), end: Number(m[3]) * 60 + Number(m[4]) };
}

/** Whether a time falls inside declared hours; a range that wraps midnight (22:00-06:00) works, and equal ends mean all day. */
export function withinHours(hours: { start: number; end: number }, at: Date): boolean {
  const m = at.getUTCHours() * 60 + at.getUTCMinutes();
  if (hours.start === hours.end) return true;
  return hours.start < hours.end ? m >= hours.start && m < hours.end : m >= hours.start || m < hours.end;
}

interface ActorState {
  /** subject ref -> last read time, oldest first; at most `subjects + 1` entries. */
  reads: Map<string, number>;
  /** times of denials, oldest first; at most `count + 1`. */
  denials: number[];
}

interface AlertRow {
  id: string;
  rule: string;
  actor_key_id: string;
  role: string;
  window_start: string;
  window_end: string;
  count: number | string;
  created_at: string;
  acknowledged_at: string | null;
}

const ALERT_COLUMNS = 'id, rule, actor_key_id, role, window_start, window_end, count, created_at, acknowledged_at';

function rowToAlert(r: AlertRow): AlertRecord {
  const a: AlertRecord = {
    id: r.id,
    rule: r.rule as AlertRule,
    actorKeyId: r.actor_key_id,
    role: r.role,
    window: { start: r.window_start, end: r.window_end },
    count: toInt(r.count),
    createdAt: r.created_at,
  };
  if (r.acknowledged_at !== null) a.acknowledgedAt = r.acknowledged_at;
  return a;
}

/** Alerts, newest first. */
export async function listAlerts(db: Db, opts: { limit?: number; unacknowledged?: boolean } = {}): Promise<AlertRecord[]> {
  const limit = opts.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw invalidInput('limit', 'limit_range', 'must be an integer from 1 to 10000');
  const rows = await db.all<AlertRow>(
    `SELECT ${ALERT_COLUMNS} FROM audit_alerts${opts.unacknowledged ? ' WHERE acknowledged_at IS NULL' : ''} ORDER BY created_at DESC, id DESC LIMIT ?`,
    [limit],
  );
  return rows.map(rowToAlert);
}

const MESSAGES: Record<AlertRule, (a: AlertRecord) => string> = {
  bulk_read: (a) => `actor ${a.actorKeyId} (${a.role}) read ${a.count} distinct subjects within the window`,
  denials: (a) => `actor ${a.actorKeyId} (${a.role}) was denied ${a.count} times within the window`,
  out_of_hours: (a) => `actor ${a.actorKeyId} (${a.role}) read personal data outside the role's declared hours`,
  server_maintenance_read: (a) => `actor ${a.actorKeyId} of role ${SERVER_MAINTENANCE_ROLE} attempted to read personal data`,
  requests_overdue: (a) => `${a.count} data-subject request(s) are past their legal due date`,
};

/** A rule's quiet period is per actor (the monitor's own rules) or the system's (alerts raised by other parts). */
const quietKey = (rule: string, actorKeyId: string) => `${rule}\u0000${actorKeyId}`;

export class AccessMonitor {
  readonly stats: MonitorStats = { alerts: 0, readBack: 0, webhookAttempts: 0, webhookDelivered: 0, webhookFailed: 0, errors: 0 };
  private readonly actors = new Lru<ActorState>(ACTOR_LIMIT);
  /** Quiet periods per rule and actor: the least recently used go first once there are too many. */
  private readonly quietUntil = new Lru<number>(ACTOR_LIMIT * 4);
  private readonly pending = new Set<Promise<void>>();
  private readonly policyOf: () => Policy;
  private readonly now: () => Date;
  private readonly fetchImpl: typeof fetch;
  private readonly unsubscribe: () => void;
  private readonly hoursCache = new Map<string, { start: number; end: number } | null>();
  /** Every entry up to this sequence number has been evaluated (where reading the log back goes on from). */
  private watermark = 0;
  /** Shared mode: this process's own batches, evaluated as they committed, above the watermark. */
  private readonly ownAbove: [number, number][] = [];
  private readonly shared?: { leaseMs: number; holder: string; timer: NodeJS.Timeout };
  private leader = false;
  private polling: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    policy: Policy | (() => Policy),
    private readonly log: AuditLog,
    private readonly opts: MonitorOptions = {},
  ) {
    this.policyOf = typeof policy === 'function' ? policy : () => policy;
    this.now = opts.now ?? (() => new Date());
    this.fetchImpl = opts.fetch ?? fetch;
    if (opts.shared) {
      const o = opts.shared === true ? {} : opts.shared;
      const pollMs = o.pollMs ?? 1000;
      const timer = setInterval(() => void this.poll().catch(() => void this.stats.errors++), pollMs);
      timer.unref();
      this.shared = { leaseMs: o.leaseMs ?? 10_000, holder: randomUUID(), timer };
    }
    const unsubscribe = log.subscribe((entries) => this.committed(entries));
    this.unsubscribe = () => {
      unsubscribe();
      if (this.shared) clearInterval(this.shared.timer);
    };
  }

  /**
   * This process's commits. Shared, they are evaluated at once while this process leads, and remembered,
   * so that reading the log back skips them: with one process the watermark follows its commits and the
   * poll reads nothing.
   */
  private committed(entries: readonly MonitoredEntry[]): void {
    if (!this.shared) return this.observe(entries);
    if (!this.leader) return;
    // a poll may have read (and evaluated) a batch that committed before it was reported here
    const fresh = entries.filter((e) => e.seq > this.watermark);
    if (fresh.length === 0) return;
    this.observe(fresh);
    this.ownAbove.push([fresh[0].seq, fresh[fresh.length - 1].seq]);
    this.advance(this.watermark);
  }

  /** Moves the watermark to `to`, and on over the own batches that continue it. */
  private advance(to: number): void {
    this.watermark = Math.max(this.watermark, to);
    this.ownAbove.sort((a, b) => a[0] - b[0]);
    while (this.ownAbove.length > 0 && this.ownAbove[0][0] <= this.watermark + 1) this.watermark = Math.max(this.watermark, this.ownAbove.shift()![1]);
  }

  /** Evaluates the log's entries after the watermark, but those evaluated already. */
  private async follow(): Promise<number> {
    let read = 0;
    for (;;) {
      const page = await this.log.tail(this.watermark, 10_000);
      this.stats.readBack += page.length;
      // own batches (some may have committed while the page was read) were evaluated already; both lists are in order
      const own = this.ownAbove.sort((a, b) => a[0] - b[0]);
      let i = 0;
      this.observe(
        page.filter((e) => {
          if (e.seq <= this.watermark) return false;
          while (i < own.length && own[i][1] < e.seq) i++;
          return !(i < own.length && own[i][0] <= e.seq);
        }),
      );
      if (page.length > 0) this.advance(page[page.length - 1].seq);
      read += page.length;
      if (page.length < 10_000) return read;
    }
  }

  /** At open: carries the windows on from the log (`resume`); shared, takes the lease if it is free and follows the log. */
  async start(): Promise<void> {
    if (this.shared) await this.poll();
    else await this.resume();
  }

  /**
   * Shared mode: renews or takes the lease, and while it is held evaluates the entries committed since the
   * last poll by any process (the first time, after replaying the last window). Polls run one at a time.
   */
  poll(): Promise<void> {
    // (a failed poll, reported to its caller, does not stop the next ones)
    this.polling = this.polling.catch(() => undefined).then(() => this.pollOnce());
    return this.polling;
  }

  private async pollOnce(): Promise<void> {
    if (!this.shared || this.stopped) return;
    const { holder, leaseMs } = this.shared;
    const now = Date.now();
    const db = this.log.db;
    const held =
      (await db.run('UPDATE audit_monitor_lease SET holder = ?, until_ms = ? WHERE id = 1 AND (holder = ? OR until_ms < ?)', [holder, now + leaseMs, holder, now])).changes > 0 ||
      (await db.run('INSERT INTO audit_monitor_lease (id, holder, until_ms) VALUES (1, ?, ?) ON CONFLICT (id) DO NOTHING', [holder, now + leaseMs])).changes > 0;
    if (!held) {
      // another process follows the log; what this one knew is stale by the time it may take over (resume)
      this.leader = false;
      return;
    }
    if (!this.leader) {
      this.leader = true;
      await this.resume();
    } else await this.follow();
  }

  get thresholds(): MonitorThresholds {
    const m = this.policyOf().monitoring;
    return {
      bulkRead: { subjects: m?.bulk_read?.subjects ?? 200, windowMs: (m?.bulk_read?.minutes ?? DEFAULT_MINUTES) * 60_000 },
      denials: { count: m?.denials?.count ?? 20, windowMs: (m?.denials?.minutes ?? DEFAULT_MINUTES) * 60_000 },
      quietMs: DEFAULT_MINUTES * 60_000,
    };
  }

  get webhook(): string | undefined {
    return this.opts.webhook ?? this.policyOf().monitoring?.webhook;
  }

  private hoursOf(role: string): { start: number; end: number } | null {
    const spec = this.policyOf().roles[role]?.hours;
    if (!spec) return null;
    let h = this.hoursCache.get(spec);
    if (h === undefined) {
      h = parseHours(spec);
      this.hoursCache.set(spec, h);
    }
    return h;
  }

  private state(keyId: string): ActorState {
    let s = this.actors.get(keyId);
    if (!s) {
      s = { reads: new Map(), denials: [] };
      this.actors.set(keyId, s);
    }
    return s;
  }

  /**
   * After a restart, so that it does not reset the counts: replays the log's last window (the longer of
   * the two rules' windows; at most `limit` entries, the newest) through the rules, having first restored
   * the quiet periods of the alerts recorded since, so that an alert raised before the restart is not
   * raised again (and one a crash kept from being recorded is). Call it before the store takes new work.
   * Returns the entries replayed.
   */
  async resume(limit = 200_000): Promise<number> {
    const t = this.thresholds;
    const now = this.now().getTime();
    const since = now - Math.max(t.bulkRead.windowMs, t.denials.windowMs);
    const alerts = await this.log.db.all<{ rule: string; actor_key_id: string; created_at: string }>(
      'SELECT rule, actor_key_id, created_at FROM audit_alerts WHERE created_at >= ?',
      [new Date(since - t.quietMs).toISOString()],
    );
    for (const a of alerts) {
      const key = quietKey(a.rule, a.actor_key_id);
      const until = Date.parse(a.created_at) + t.quietMs;
      if (until > (this.quietUntil.get(key) ?? 0)) this.quietUntil.set(key, until);
    }
    this.actors.clear();
    this.ownAbove.length = 0;
    this.watermark = Math.max(await this.log.seqBefore(new Date(since)), this.log.lastCommitted.seq - limit, 0);
    return this.follow();
  }

  /** Evaluates the rules on committed entries (called by the log after each batch, and by `resume`). */
  observe(entries: readonly MonitoredEntry[]): void {
    const t = this.thresholds;
    for (const e of entries) {
      if (e.actor.keyId === SYSTEM_ACTOR.keyId || e.action.startsWith('alert.')) continue;
      const at = Date.parse(e.time);
      const ts = Number.isNaN(at) ? this.now().getTime() : at;
      const isRead = READ_ACTIONS.has(e.action);
      const keyId = e.actor.keyId;
      const role = e.actor.role;
      const s = this.state(keyId);

      const readOf = e.action === 'subject.search' ? `search:${e.seq}` : e.subjectRef;
      if (isRead && readOf !== undefined) {
        const reads = s.reads;
        reads.delete(readOf);
        reads.set(readOf, ts);
        const cutoff = ts - t.bulkRead.windowMs;
        for (const [ref, last] of reads) {
          if (last > cutoff && reads.size <= t.bulkRead.subjects + 1) break;
          reads.delete(ref);
        }
        if (reads.size > t.bulkRead.subjects) this.fire('bulk_read', keyId, role, ts, { start: ts - t.bulkRead.windowMs, end: ts }, reads.size, t.bulkRead.windowMs);
      }
      if (e.outcome === 'denied') {
        const d = s.denials;
        d.push(ts);
        const cutoff = ts - t.denials.windowMs;
        while (d.length > 0 && (d[0] <= cutoff || d.length > t.denials.count + 1)) d.shift();
        if (d.length > t.denials.count) this.fire('denials', keyId, role, ts, { start: ts - t.denials.windowMs, end: ts }, d.length, t.denials.windowMs);
      }
      if (role === SERVER_MAINTENANCE_ROLE && touchesPeople(e.action)) this.fire('server_maintenance_read', keyId, role, ts, { start: ts, end: ts + t.quietMs }, 1, t.quietMs);
      else if (isRead) {
        const hours = this.hoursOf(role);
        if (hours && !withinHours(hours, new Date(ts))) this.fire('out_of_hours', keyId, role, ts, { start: ts, end: ts + t.quietMs }, 1, t.quietMs);
      }
    }
  }

  /** Records an alert unless the same rule fired for this actor within its window (no alert storm). */
  private fire(rule: AlertRule, keyId: string, role: string, ts: number, window: { start: number; end: number }, count: number, quietMs: number): void {
    const key = quietKey(rule, keyId);
    const quiet = this.quietUntil.get(key);
    if (quiet !== undefined && ts < quiet) return;
    this.quietUntil.set(key, ts + quietMs);
    const start = window.start;
    const end = window.end;
    const alert: AlertRecord = {
      id: 'al_' + randomBytes(12).toString('base64url'),
      rule,
      actorKeyId: keyId,
      role,
      window: { start: new Date(start).toISOString(), end: new Date(end).toISOString() },
      count,
      createdAt: this.now().toISOString(),
    };
    this.stats.alerts++;
    this.track(this.record(alert));
  }

  private track(p: Promise<void>): void {
    const q = p.catch(() => void this.stats.errors++).finally(() => this.pending.delete(q));
    this.pending.add(q);
  }

  /**
   * An alert raised by another part of Custos (overdue requests): recorded, audited and sent to the
   * webhook like the monitor's own, at most once per rule per quiet period.
   */
  async raise(rule: AlertRule, count: number, window: { start: string; end: string }): Promise<void> {
    const now = this.now().getTime();
    const key = quietKey(rule, SYSTEM_ACTOR.keyId);
    if ((this.quietUntil.get(key) ?? 0) > now) return;
    this.quietUntil.set(key, now + this.thresholds.quietMs);
    this.stats.alerts++;
    await this.record({ id: randomUUID(), rule, actorKeyId: SYSTEM_ACTOR.keyId, role: SYSTEM_ACTOR.role, window, count, createdAt: new Date(now).toISOString() });
  }

  private async record(alert: AlertRecord): Promise<void> {
    await this.log.db.run(`INSERT INTO audit_alerts (${ALERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
      alert.id,
      alert.rule,
      alert.actorKeyId,
      alert.role,
      alert.window.start,
      alert.window.end,
      alert.count,
      alert.createdAt,
      null,
    ]);
    await this.log.append({
      actor: SYSTEM_ACTOR,
      action: `alert.${alert.rule}`,
      outcome: 'ok',
      reason: MESSAGES[alert.rule](alert),
      details: {
        alertId: alert.id,
        actorKeyId: alert.actorKeyId,
        role: alert.role,
        count: alert.count,
        windowStart: alert.window.start,
        windowEnd: alert.window.end,
      },
    });
    const url = this.webhook;
    if (url) this.track(this.deliver(url, alert));
  }

  /** POSTs the alert (no personal data) with bounded retries and exponential backoff. */
  private async deliver(url: string, alert: AlertRecord): Promise<void> {
    const attempts = this.opts.retry?.attempts ?? 5;
    const base = this.opts.retry?.baseDelayMs ?? 500;
    const timeout = this.opts.retry?.timeoutMs ?? 5000;
    const body = JSON.stringify({ type: 'custos.alert', alert, message: MESSAGES[alert.rule](alert) });
    for (let i = 0; i < attempts; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, base * 2 ** (i - 1)));
      this.stats.webhookAttempts++;
      try {
        const res = await this.fetchImpl(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'custos-monitor' },
          body,
          signal: AbortSignal.timeout(timeout),
        });
        await res.body?.cancel().catch(() => undefined);
        if (res.ok) {
          this.stats.webhookDelivered++;
          return;
        }
      } catch {
        // network error or timeout: retried
      }
    }
    this.stats.webhookFailed++;
  }

  /**
   * Resolves when every alert raised so far is recorded and its webhook delivered or given up (shared
   * mode: after a poll, so that the entries committed so far are evaluated when this process leads; the
   * alerts in flight are recorded first, so that the poll does not read their audit entries back).
   */
  async settled(): Promise<void> {
    const drain = async () => {
      while (this.pending.size > 0) await Promise.all([...this.pending]);
    };
    await drain();
    if (this.shared && !this.stopped) await this.poll();
    await drain();
  }

  listAlerts(opts: { limit?: number; unacknowledged?: boolean } = {}): Promise<AlertRecord[]> {
    return listAlerts(this.log.db, opts);
  }

  async acknowledge(id: string): Promise<boolean> {
    const r = await this.log.db.run('UPDATE audit_alerts SET acknowledged_at = ? WHERE id = ? AND acknowledged_at IS NULL', [this.now().toISOString(), id]);
    return r.changes > 0;
  }

  /** Stops observing the log (pending deliveries still finish); shared, hands the lease back so another process takes over at once. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.unsubscribe();
    if (this.shared && this.leader)
      this.track(
        this.polling
          .catch(() => undefined)
          .then(() => this.log.db.run('UPDATE audit_monitor_lease SET until_ms = 0 WHERE id = 1 AND holder = ?', [this.shared!.holder]))
          .then(() => undefined),
      );
  }
}
