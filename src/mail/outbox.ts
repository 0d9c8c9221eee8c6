/**
 * The outbox: mail is queued durably in the data store (component `mail`) and delivered later by
 * `deliver()` through a transport, with retries and exponential backoff.
 *
 * No plaintext personal data in the table. The template data (and, for mail to an explicit address,
 * the address) is sealed with AES-256-GCM:
 * - mail to a subject (`to: { subjectId }`): with the subject's own data key, so erasing the subject
 *   (crypto-shredding) makes the queued mail unreadable at once; the erasure hook deletes the rows too.
 *   The address is not stored at all: it is read from the vault at delivery.
 * - mail to an address (`to: { address }`, e.g. a code to an address given in a request form): with the
 *   outbox key derived from the master key (`outbox/v1`).
 * Once a mail is sent, fails for good, expires or is cancelled, the sealed part is dropped: what stays
 * is a minimal record (id, template, language, status, attempts, times, an error code).
 *
 * Delivery is at-least-once. Before an item is handed to the transport, the pass claims it: a
 * conditional update moves its next attempt `CLAIM_MS` ahead, and only if nobody moved it since the
 * pass read it. So two processes delivering at the same moment (the server's `mail.deliver` job and
 * `custos outbox deliver` by hand) never send one item twice; the other counts it in
 * `claimedElsewhere`. A second concurrent `deliver()` in the same process joins the pass already
 * running. A crash between the SMTP answer and the status update sends the mail again once the
 * claim runs out.
 *
 * A pass takes the due mail that expires soonest first (a verification code, valid for minutes, before a
 * notice, which never expires), then the longest waiting: a burst of notices, such as a person filing
 * request after request, never holds back anyone's code.
 *
 * The table is not distributed by subject (delivery scans it by due time): on Citus it stays a local
 * table on the coordinator.
 */
import { SYSTEM } from '../audit/types.js';
import { randomBytes } from 'node:crypto';
import type { Db } from '../store/db.js';
import { runForKeys, toBuffer, toInt } from '../store/db.js';
import type { Migration } from '../store/migrate.js';
import { migrate } from '../store/migrate.js';
import type { Keyring } from '../crypto/keyring.js';
import { open, seal } from '../crypto/aead.js';
import { subjectErased, type Vault } from '../vault/vault.js';
import type { AuditWriter } from '../audit/types.js';
import type { Language, Policy } from '../policy/schema.js';
import { CustosError, invalidInput, notFound } from '../errors.js';
import type { MailTransport, OutboxRequest, OutboxWriter } from './types.js';
import { DirectoryTransport } from './transports.js';
import { checkTemplateData, render, requireLanguage, templateSpec } from './templates.js';

export const MAIL_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'outbox',
    sql: `
      CREATE TABLE mail_outbox (
        id TEXT PRIMARY KEY,
        template TEXT NOT NULL,
        language TEXT NOT NULL,
        subject_id TEXT,
        category TEXT,
        purpose TEXT,
        key_kind TEXT NOT NULL,
        key_version INTEGER NOT NULL,
        sealed BLOB,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at BIGINT NOT NULL,
        expires_at BIGINT,
        last_error TEXT,
        created_at BIGINT NOT NULL,
        updated_at BIGINT NOT NULL,
        finished_at BIGINT
      );
      CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
      CREATE INDEX mail_outbox_subject ON mail_outbox (subject_id);
    `,
  },
];

export type OutboxStatus = 'queued' | 'sent' | 'failed' | 'expired' | 'cancelled';

export interface OutboxItem {
  id: string;
  template: string;
  language: Language;
  /** Whether the mail goes to a subject's address on file or to an explicit address (never shown). */
  recipient: 'subject' | 'address';
  status: OutboxStatus;
  attempts: number;
  createdAt: string;
  nextAttemptAt?: string;
  expiresAt?: string;
  finishedAt?: string;
  /** Transport error code of the last failed attempt (e.g. `EENVELOPE 451`), never a server message. */
  lastError?: string;
}

export interface DeliveryReport {
  /** False when no transport is configured: nothing was attempted, mail stays queued. */
  configured: boolean;
  /** Items due in this pass. */
  due: number;
  sent: number;
  retried: number;
  failed: number;
  expired: number;
  cancelled: number;
  /** Due items another delivery pass (another process) had claimed first: left to it. */
  claimedElsewhere: number;
}

/** How long a claimed item is left to the pass that claimed it (then it is due again: a crashed pass's items are retried). */
export const CLAIM_MS = 5 * 60_000;

export interface OutboxOptions {
  /** Attempts before a mail is marked failed. Default 6. */
  maxAttempts?: number;
  /** First retry delay; doubles per attempt up to `maxBackoffMs`. Default 60 s. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Items per delivery pass. Default 100. */
  batch?: number;
  /**
   * Deliver mail as soon as it is queued, besides the periodic passes: a pass starts at once, or right
   * after the one running (which may have read the queue before it). The server sets it, so that a
   * verification code does not wait for the next pass. Default false (a CLI command delivers nothing it
   * was not asked to).
   */
  sendAtOnce?: boolean;
}

export interface OutboxDeps {
  keyring: Keyring;
  vault: Vault;
  audit: AuditWriter;
  policy: () => Policy;
  transport?: MailTransport;
  now?: () => Date;
}

interface SealedPayload {
  address?: string;
  data: Record<string, string>;
}

interface Row {
  id: string;
  template: string;
  language: Language;
  subject_id: string | null;
  category: string | null;
  purpose: string | null;
  key_kind: 'outbox' | 'subject';
  key_version: number;
  sealed: unknown;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: number;
  expires_at: number | null;
  last_error: string | null;
  created_at: number;
  finished_at: number | null;
}

/** Lifetime of mail to an explicit address unless its template sets one (see `enqueue`). */
export const ADDRESS_MAIL_TTL_MS = 7 * 86_400_000;
const ADDRESS = /^[^\s@<>()",;:\\[\]]{1,64}@[^\s@<>()",;:\\[\]]{1,255}\.[^\s@<>()",;:\\[\]]{1,63}$/;


function newId(now: number): string {
  return `m${now.toString(36).padStart(9, '0')}${randomBytes(8).toString('hex')}`;
}

/** A transport error as a short code: never the server's message, which may quote the address. */
export function transportErrorCode(e: unknown): { code: string; permanent: boolean } {
  const err = (e ?? {}) as { code?: unknown; responseCode?: unknown };
  const code = typeof err.code === 'string' && /^[A-Z][A-Z0-9_]{1,30}$/.test(err.code) ? err.code : 'ERROR';
  const rc = typeof err.responseCode === 'number' && Number.isInteger(err.responseCode) ? err.responseCode : undefined;
  // A recipient refused with a 5xx reply will not be accepted later: retrying only delays the report.
  return { code: rc !== undefined ? `${code} ${rc}` : code, permanent: code === 'EENVELOPE' && rc !== undefined && rc >= 500 };
}

export class Outbox implements OutboxWriter {
  private readonly key: Buffer;
  private readonly now: () => Date;
  private readonly maxAttempts: number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly batch: number;
  private running?: Promise<DeliveryReport>;
  private transport?: MailTransport;
  private readonly sendAtOnce: boolean;
  /** Mail was queued while a pass ran: another follows it (`sendAtOnce`). */
  private again = false;
  private closing = false;

  private constructor(
    private readonly db: Db,
    private readonly deps: OutboxDeps,
    opts: OutboxOptions,
  ) {
    this.key = deps.keyring.derive('outbox/v1');
    this.now = deps.now ?? (() => new Date());
    this.transport = deps.transport;
    this.maxAttempts = opts.maxAttempts ?? 6;
    this.backoffMs = opts.backoffMs ?? 60_000;
    this.maxBackoffMs = opts.maxBackoffMs ?? 3_600_000;
    this.batch = opts.batch ?? 100;
    this.sendAtOnce = opts.sendAtOnce ?? false;
    if (!Number.isInteger(this.maxAttempts) || this.maxAttempts < 1) throw invalidInput('mail.maxAttempts', 'positive_integer', 'must be a positive integer');
    if (!(this.backoffMs >= 0) || !(this.maxBackoffMs >= this.backoffMs)) throw invalidInput('mail.backoffMs', 'backoff', 'must be >= 0 and not above maxBackoffMs');
  }

  static async open(db: Db, deps: OutboxDeps, opts: OutboxOptions = {}): Promise<Outbox> {
    await migrate(db, 'mail', MAIL_MIGRATIONS);
    return new Outbox(db, deps, opts);
  }

  /** Whether a transport is configured (otherwise mail stays queued). */
  get configured(): boolean {
    return this.transport !== undefined;
  }

  /** Where mail is written instead of sent (`CUSTOS_MAIL_TRANSPORT=files`, the demo), if it is. */
  get directory(): string | undefined {
    return this.transport instanceof DirectoryTransport ? this.transport.dir : undefined;
  }

  private emailCategories(): string[] {
    return Object.entries(this.deps.policy().categories)
      .filter(([, c]) => c.type === 'email' && !c.multiple)
      .map(([id]) => id);
  }

  private aad(id: string, kind: string, version: number): string {
    return `outbox|${id}|${kind}|${version}`;
  }

  /** Queues a mail. Validates everything first; nothing is written when the request is bad. */
  async enqueue(req: OutboxRequest): Promise<{ id: string }> {
    if (typeof req !== 'object' || req === null) throw invalidInput('request', 'object', 'must be an object');
    const spec = templateSpec(req.template);
    const language = requireLanguage(req.language);
    const data = checkTemplateData(req.template, req.data);
    const now = this.now().getTime();
    const to = req.to as { subjectId?: unknown; category?: unknown; address?: unknown } | undefined;
    // Mail to an address given for the occasion (not one on file) is kept a week at most: the sealed
    // address is the only copy of it (an erasure's confirmation, say, after the person is gone).
    const ttlMs = spec.ttlMs ?? (typeof to === 'object' && to !== null && 'address' in to ? ADDRESS_MAIL_TTL_MS : undefined);
    let expiresAt: number | null = ttlMs !== undefined ? now + ttlMs : null;
    if (req.expiresAt !== undefined) {
      const t = new Date(req.expiresAt).getTime();
      if (Number.isNaN(t)) throw invalidInput('expiresAt', 'iso_datetime', 'must be a date-time');
      expiresAt = t;
    }
    if (typeof to !== 'object' || to === null) throw invalidInput('to', 'recipient', 'must be { subjectId, category? } or { address }');
    const id = newId(now);
    let row: { subjectId: string | null; category: string | null; purpose: string | null; keyKind: 'outbox' | 'subject'; keyVersion: number; sealed: Buffer };
    if ('address' in to) {
      if ('subjectId' in to) throw invalidInput('to', 'recipient', 'give either subjectId or address, not both');
      if (typeof to.address !== 'string' || to.address.length > 320 || !ADDRESS.test(to.address.trim())) throw invalidInput('to.address', 'email', 'must be an email address');
      const payload: SealedPayload = { address: to.address.trim(), data };
      row = { subjectId: null, category: null, purpose: null, keyKind: 'outbox', keyVersion: 1, sealed: seal(this.key, Buffer.from(JSON.stringify(payload)), this.aad(id, 'outbox', 1)) };
    } else {
      if (typeof to.subjectId !== 'string' || to.subjectId.length === 0 || to.subjectId.length > 100) throw invalidInput('to.subjectId', 'subject_id', 'must be a subject id');
      const policy = this.deps.policy();
      let category: string | null = null;
      if (to.category !== undefined) {
        const c = typeof to.category === 'string' ? policy.categories[to.category] : undefined;
        if (!c || c.type !== 'email' || c.multiple) throw invalidInput('to.category', 'email_category', `must be an email category of the policy: ${this.emailCategories().join(', ')}`);
        category = to.category as string;
      }
      let purpose: string | null = null;
      if (req.purpose !== undefined) {
        if (typeof req.purpose !== 'string' || !policy.purposes[req.purpose]) throw invalidInput('purpose', 'unknown_purpose', 'must be a purpose of the policy');
        if (category && !policy.categories[category].purposes.includes(req.purpose)) throw invalidInput('purpose', 'category_purpose', `category ${category} may not be used for ${req.purpose}`);
        purpose = req.purpose;
      }
      const status = await this.deps.vault.status(to.subjectId);
      if (status.status === 'erased') throw subjectErased('to.subjectId');
      const dk = await this.deps.keyring.dataKey(to.subjectId);
      if (!dk) throw subjectErased('to.subjectId');
      const payload: SealedPayload = { data };
      row = {
        subjectId: to.subjectId,
        category,
        purpose,
        keyKind: 'subject',
        keyVersion: dk.version,
        sealed: seal(dk.key, Buffer.from(JSON.stringify(payload)), this.aad(id, 'subject', dk.version)),
      };
    }
    await this.db.run(
      'INSERT INTO mail_outbox (id, template, language, subject_id, category, purpose, key_kind, key_version, sealed, status, attempts, next_attempt_at, expires_at, created_at, updated_at) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)',
      [id, req.template, language, row.subjectId, row.category, row.purpose, row.keyKind, row.keyVersion, row.sealed, 'queued', now, expiresAt, now, now],
    );
    if (this.sendAtOnce && this.transport) this.sendSoon();
    return { id };
  }

  /** A pass now, or once the running one ends; its failures are its report's (and the next pass's). */
  private sendSoon(): void {
    if (this.closing) return;
    if (this.running) this.again = true;
    else void this.deliver().catch(() => undefined);
  }

  private async readPayload(r: Row): Promise<SealedPayload | 'erased'> {
    if (r.sealed == null) throw new CustosError('CUSTOS_INTEGRITY', 'a queued mail has no content');
    let key: Buffer;
    if (r.key_kind === 'subject') {
      const dk = await this.deps.keyring.dataKey(r.subject_id!);
      if (!dk) return 'erased';
      key = dk.key;
    } else key = this.key;
    const plain = open(key, toBuffer(r.sealed), this.aad(r.id, r.key_kind, toInt(r.key_version)));
    if (!plain) throw new CustosError('CUSTOS_INTEGRITY', 'a queued mail does not authenticate: the outbox was altered');
    return JSON.parse(plain.toString('utf8')) as SealedPayload;
  }

  /** The subject's address on file: the given category, else the first email category it has (for the purpose, when given). */
  private async subjectAddress(r: Row): Promise<{ address: string; category: string } | 'erased' | 'no_address'> {
    const policy = this.deps.policy();
    const candidates = r.category
      ? [r.category]
      : this.emailCategories().filter((c) => !r.purpose || policy.categories[c].purposes.includes(r.purpose));
    if (candidates.length === 0) return 'no_address';
    try {
      const rec = await this.deps.vault.read(r.subject_id!, candidates);
      for (const c of candidates) if (typeof rec.fields[c] === 'string') return { address: rec.fields[c] as string, category: c };
      return 'no_address';
    } catch (e) {
      if (e instanceof CustosError && (e.code === 'CUSTOS_SUBJECT_ERASED' || e.code === 'CUSTOS_NOT_FOUND')) return 'erased';
      throw e;
    }
  }

  private async finish(r: Row, status: Exclude<OutboxStatus, 'queued'>, attempts: number, error: string | null): Promise<void> {
    const now = this.now().getTime();
    await this.db.run(
      "UPDATE mail_outbox SET status = ?, sealed = NULL, attempts = ?, last_error = ?, updated_at = ?, finished_at = ? WHERE id = ? AND status = 'queued'",
      [status, attempts, error, now, now, r.id],
    );
  }

  /** Takes the item for this pass, unless another pass changed it since it was read (see CLAIM_MS). */
  private async claim(r: Row, now: number): Promise<boolean> {
    const res = await this.db.run("UPDATE mail_outbox SET next_attempt_at = ?, updated_at = ? WHERE id = ? AND status = 'queued' AND next_attempt_at = ? AND attempts = ?", [
      now + CLAIM_MS,
      this.now().getTime(),
      r.id,
      toInt(r.next_attempt_at),
      toInt(r.attempts),
    ]);
    return res.changes === 1;
  }

  private backoff(attempts: number): number {
    return Math.min(this.maxBackoffMs, this.backoffMs * 2 ** Math.max(0, attempts - 1));
  }

  /**
   * One delivery pass: sends the due items (oldest first, up to the batch size). Returns what happened.
   * Without a transport nothing is attempted. A concurrent call joins the running pass.
   */
  deliver(opts: { now?: Date } = {}): Promise<DeliveryReport> {
    if (this.running) return this.running;
    this.running = this.pass(opts.now ?? this.now()).finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.sendSoon();
      }
    });
    return this.running;
  }

  private async pass(at: Date): Promise<DeliveryReport> {
    const now = at.getTime();
    const rows = await this.db.all<Row>(
      "SELECT id, template, language, subject_id, category, purpose, key_kind, key_version, sealed, status, attempts, next_attempt_at, expires_at, last_error, created_at, finished_at FROM mail_outbox WHERE status = 'queued' AND next_attempt_at <= ? ORDER BY expires_at IS NULL, expires_at, next_attempt_at, id LIMIT ?",
      [now, this.batch],
    );
    const report: DeliveryReport = { configured: !!this.transport, due: rows.length, sent: 0, retried: 0, failed: 0, expired: 0, cancelled: 0, claimedElsewhere: 0 };
    const transport = this.transport;
    const policy = this.deps.policy();
    const ctx = { controller: policy.controller.name, contact: policy.controller.contact.email };
    for (const r of rows) {
      const attempts = toInt(r.attempts);
      // (also without a transport: an expired item's sealed part, which may hold an address, goes)
      if (r.expires_at != null && toInt(r.expires_at) <= now) {
        await this.finish(r, 'expired', attempts, null);
        report.expired++;
        continue;
      }
      if (!transport) continue;
      if (!(await this.claim(r, now))) {
        report.claimedElsewhere++;
        continue;
      }
      let payload: SealedPayload | 'erased';
      try {
        payload = await this.readPayload(r);
      } catch (e) {
        if (!(e instanceof CustosError && e.code === 'CUSTOS_INTEGRITY')) throw e;
        await this.finish(r, 'failed', attempts, 'integrity');
        report.failed++;
        continue;
      }
      if (payload === 'erased') {
        await this.finish(r, 'cancelled', attempts, 'subject_erased');
        report.cancelled++;
        continue;
      }
      let address: string;
      let category: string | undefined;
      if (r.key_kind === 'subject') {
        const a = await this.subjectAddress(r);
        if (a === 'erased' || a === 'no_address') {
          await this.finish(r, a === 'erased' ? 'cancelled' : 'failed', attempts, a === 'erased' ? 'subject_erased' : 'no_address');
          if (a === 'erased') report.cancelled++;
          else report.failed++;
          continue;
        }
        address = a.address;
        category = a.category;
      } else address = payload.address!;
      const mail = render(r.template, r.language, payload.data, ctx);
      try {
        await transport.send({ to: address, subject: mail.subject, text: mail.text, html: mail.html, template: r.template, outboxId: r.id });
      } catch (e) {
        const err = transportErrorCode(e);
        const n = attempts + 1;
        if (err.permanent || n >= this.maxAttempts) {
          await this.finish(r, 'failed', n, err.code);
          report.failed++;
        } else {
          await this.db.run("UPDATE mail_outbox SET attempts = ?, last_error = ?, next_attempt_at = ?, updated_at = ? WHERE id = ? AND status = 'queued'", [
            n,
            err.code,
            now + this.backoff(n),
            this.now().getTime(),
            r.id,
          ]);
          report.retried++;
        }
        if (r.subject_id)
          await this.deps.audit.append({ actor: SYSTEM, action: 'mail.send', purpose: r.purpose ?? undefined, subjectId: r.subject_id, fields: category ? [category] : [], outcome: 'failed', reason: err.code, details: { template: r.template, outbox: r.id, attempt: n } });
        continue;
      }
      await this.finish(r, 'sent', attempts + 1, null);
      report.sent++;
      if (r.subject_id)
        await this.deps.audit.append({ actor: SYSTEM, action: 'mail.send', purpose: r.purpose ?? undefined, subjectId: r.subject_id, fields: category ? [category] : [], outcome: 'ok', details: { template: r.template, outbox: r.id, attempt: attempts + 1 } });
    }
    return report;
  }

  private toItem(r: Row): OutboxItem {
    const iso = (v: unknown) => (v == null ? undefined : new Date(toInt(v)).toISOString());
    return {
      id: r.id,
      template: r.template,
      language: r.language,
      recipient: r.key_kind === 'subject' ? 'subject' : 'address',
      status: r.status,
      attempts: toInt(r.attempts),
      createdAt: iso(r.created_at)!,
      ...(r.status === 'queued' ? { nextAttemptAt: iso(r.next_attempt_at) } : {}),
      ...(r.expires_at != null ? { expiresAt: iso(r.expires_at) } : {}),
      ...(r.finished_at != null ? { finishedAt: iso(r.finished_at) } : {}),
      ...(r.last_error ? { lastError: r.last_error } : {}),
    };
  }

  /** Items, newest first; no addresses, no bodies. */
  async list(opts: { status?: OutboxStatus; limit?: number } = {}): Promise<OutboxItem[]> {
    const limit = opts.limit ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw invalidInput('limit', 'limit_range', 'must be an integer from 1 to 10000');
    if (opts.status !== undefined && !['queued', 'sent', 'failed', 'expired', 'cancelled'].includes(opts.status))
      throw invalidInput('status', 'not_allowed_value', 'must be queued, sent, failed, expired or cancelled');
    const rows = await this.db.all<Row>(
      'SELECT id, template, language, subject_id, category, purpose, key_kind, key_version, NULL AS sealed, status, attempts, next_attempt_at, expires_at, last_error, created_at, finished_at FROM mail_outbox' +
        (opts.status ? ' WHERE status = ?' : '') +
        ' ORDER BY created_at DESC, id DESC LIMIT ?',
      [...(opts.status ? [opts.status] : []), limit],
    );
    return rows.map((r) => this.toItem(r));
  }

  /** One item's status (no address, no body). */
  async get(id: string): Promise<OutboxItem> {
    const r = await this.db.get<Row>(
      'SELECT id, template, language, subject_id, category, purpose, key_kind, key_version, NULL AS sealed, status, attempts, next_attempt_at, expires_at, last_error, created_at, finished_at FROM mail_outbox WHERE id = ?',
      [id],
    );
    if (!r) throw notFound('outbox item');
    return this.toItem(r);
  }

  /** Erasure hook: the subject's queued and finished mail goes. */
  async forgetSubjects(subjectIds: readonly string[]): Promise<void> {
    await runForKeys(this.db, 'DELETE FROM mail_outbox WHERE subject_id', [], subjectIds);
  }

  /** Deletes finished items (sent, failed, expired, cancelled) older than `before`. */
  async prune(before: Date): Promise<{ deleted: number }> {
    const r = await this.db.run("DELETE FROM mail_outbox WHERE status <> 'queued' AND finished_at < ?", [before.getTime()]);
    return { deleted: r.changes };
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.running?.catch(() => undefined);
    await this.transport?.close?.();
  }
}
