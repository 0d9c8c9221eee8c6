/**
 * Data-subject requests: access (export), correction, erasure, restriction, stop of third-party
 * provision, objection to marketing, purpose notice. A request exists only for a verified person (code
 * in the privacy center, or a subject token from the application); it gets a due date from the person's
 * jurisdiction or a stricter policy promise, a timeline, and is fulfilled, extended or refused with every
 * step audited and the person told by mail in their language.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { runForKeys, toInt, valuesForKeys } from '../store/db.js';
import { CustosError, invalidInput, notFound } from '../errors.js';
import { requireWellFormedText } from '../validation.js';
import type { Policy, Language, RequestType, Jurisdiction } from '../policy/schema.js';
import { categoryLabel, localize } from '../policy/notice.js';
import { REQUEST_TYPES } from '../policy/schema.js';
import { subjectErased, type Vault } from '../vault/vault.js';
import type { Subjects, AuditSink } from '../access/subjects.js';
import { erasedAsChild, SYSTEM } from '../access/subjects.js';
import type { Actor } from '../access/keys.js';
import { choiceMatters, mayPerform } from '../access/decision.js';
import type { Restrictions } from '../access/restrictions.js';
import { noticePurpose, type OutboxWriter } from '../mail/types.js';
import { deadlineOptions, deadlineTimeZone, dueDate, extendDueDate } from './deadlines.js';
import { daysBetween, localDate } from './calendar.js';
import { heldRows, type HoldNotApplied, type KeptItem, type LegalHolds } from './holds.js';
import { checkRequestDetails, identifierChanged, isIdentifier } from './correctable.js';
import type { Intakes } from './intake.js';
import { normaliseValue, phoneRegion } from '../vault/values.js';

/** `closed`: an open request of a person who was erased meanwhile (it can no longer be carried out). */
export const REQUEST_STATUSES = ['awaiting_approval', 'in_progress', 'completed', 'refused', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const REFUSAL_CODES = ['identity_not_verified', 'manifestly_unfounded', 'excessive', 'legal_exception', 'conflict_with_law'] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];
export type Channel = 'privacy_center' | 'application' | 'agent' | 'staff';

export interface RequestView {
  requestId: string;
  type: RequestType;
  status: RequestStatus;
  channel: Channel;
  language: Language;
  jurisdiction: Jurisdiction;
  receivedAt: string;
  dueAt: string;
  /**
   * The due day, `YYYY-MM-DD`: the date of `extendedUntil`, else of `dueAt`, in `timeZone`. Show this day
   * (or format the instants in `timeZone`), not the day they fall on in the reader's zone.
   */
  dueDate: string;
  /**
   * The jurisdiction's time zone, in which the deadlines were counted (IANA, e.g. `Europe/Berlin`): the one
   * of the policy in force when the request was filed, kept with it (a later policy does not change it).
   */
  timeZone: string;
  dueRule: string;
  acknowledgeBy?: string;
  extendedUntil?: string;
  assignee?: string;
  completedAt?: string;
  refusal?: { code: string };
  fee?: { amount: number; currency: string; paidAt?: string };
  exportExpiresAt?: string;
  /**
   * A correction of an email or phone: `pending` until control of the new value is proven by the code sent
   * to it (it cannot be approved or carried out before), then `confirmed`.
   */
  identifierConfirmation?: 'pending' | 'confirmed';
  /** Relative to now: overdue, or due within two days. */
  overdue: boolean;
  atRisk: boolean;
}

export interface TimelineEvent {
  seq: number;
  at: string;
  actor: string;
  event: string;
  note?: string;
}

export interface FileInput {
  type: RequestType;
  language: Language;
  channel: Channel;
  details?: Record<string, unknown>;
  agent?: { name: string; email: string; authorisation: string };
  /**
   * A correction of an email or phone: the confirmation (`Intakes.startConfirmation`) whose code, sent to
   * the new value, the person entered. Without it the request waits, `identifierConfirmation: 'pending'`.
   */
  identifierProof?: string;
}

/** What an erasure kept, and why, and which holds kept nothing: told to the person (seed 002). */
export interface ErasureOutcome {
  /** Data kept under a legal hold: the category, the hold, until when, why (the law), and for records how many. */
  kept: KeptItem[];
  /** Holds that kept nothing of the person: none of the categories they exist for held anything (no transactions). */
  notHeld: HoldNotApplied[];
  deattributed: { category: string; count: number }[];
}

type Row = {
  request_id: string;
  subject_id: string;
  type: RequestType;
  status: RequestStatus;
  channel: Channel;
  language: Language;
  jurisdiction: Jurisdiction;
  received_at: number;
  due_at: number;
  acknowledge_by: number | null;
  due_rule: string;
  extended_until: number | null;
  assignee: string | null;
  completed_at: number | null;
  refusal_code: string | null;
  fee_amount: number | null;
  fee_currency: string | null;
  fee_paid_at: number | null;
  export_expires_at: number | null;
  details: unknown;
  result: unknown;
  identifier_change: string | null;
  identifier_proof: string | null;
  identifier_confirmed_at: number | null;
  /** The zone the deadlines were counted in at filing; null for requests filed before it was stored. */
  time_zone: string | null;
  /** What set the due date at filing, 'law' or 'promise'; null for requests filed before it was stored. */
  due_basis: string | null;
  /** The due date the law's extension allowed, as counted at filing (null: none, or filed before it was stored). */
  extension_until: number | null;
};

const COLUMNS =
  'request_id, subject_id, type, status, channel, language, jurisdiction, received_at, due_at, acknowledge_by, due_rule, extended_until, assignee, completed_at, refusal_code, fee_amount, fee_currency, fee_paid_at, export_expires_at, details, result, identifier_change, identifier_proof, identifier_confirmed_at, time_zone, due_basis, extension_until';
const OPEN: RequestStatus[] = ['awaiting_approval', 'in_progress'];
const EXPORT_TTL_MS = 7 * 86_400_000;
/** How long after an erasure the person's requests stay tied to their id (their session may read the outcome). */
const DETACH_AFTER_MS = 86_400_000;
/** How long an action holds a request it claimed (see `claim`). */
const CLAIM_MS = 10 * 60_000;
/**
 * Requests a person may file in a day themselves (the privacy center, their application, an agent): each
 * sends mail and takes staff time, so a flood of them (GDPR Art. 12(5): manifestly excessive) is refused
 * with 429 `requests_per_day`; staff may still file for them.
 */
export const PERSON_DAILY_REQUESTS = 20;
const AT_RISK_MS = 2 * 86_400_000;
const iso = (ms: number | null | undefined) => (ms == null ? undefined : new Date(toInt(ms)).toISOString());

/** The staff queue's filters (`Requests.list`, `listPage`). */
export interface ListOptions {
  status?: RequestStatus | 'open';
  type?: RequestType;
  limit?: number;
}

/** A page of a list of requests, and where the next page starts (absent on the last page). */
export interface RequestPage {
  requests: RequestView[];
  /** An opaque cursor: give it back as `before` (a person's requests) or `after` (the staff queue). */
  next?: string;
}

/**
 * The orders the lists of requests are read in. Each sorts on an instant and then the request id, so no
 * two requests tie: requests filed in the same millisecond keep one order, and a page boundary between
 * them neither skips nor repeats one.
 */
const ORDERS = {
  /** A person's own requests: the newest first. */
  received: { key: 'received_at', newestFirst: true, at: (r: Row) => toInt(r.received_at) },
  /** The staff queue: the earliest due first, by the extended date when there is one. */
  due: { key: 'COALESCE(extended_until, due_at)', newestFirst: false, at: (r: Row) => toInt(r.extended_until ?? r.due_at) },
} as const;
type RequestOrder = keyof typeof ORDERS;
type SortKey = { at: number; id: string };

/**
 * The cursor of the page after `r`: the order and `r`'s sort key (an instant and the request id), nothing
 * about the person. It only says where a list resumes: a list given someone else's cursor still shows
 * only what it shows anyway (a session's list, the session's own requests), from that point on.
 */
function cursorOf(order: RequestOrder, r: Row): string {
  return Buffer.from(`${order}.${ORDERS[order].at(r)}.${r.request_id}`, 'utf8').toString('base64url');
}

/** `<order>.<instant in ms>.<request id>` (request ids are UUIDs: `file`). */
const CURSOR = /^(received|due)\.(\d{1,16})\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** The sort key a cursor of `order` holds; undefined when `text` is no such cursor (made up, cut short, or another list's). */
function readCursor(order: RequestOrder, text: unknown): SortKey | undefined {
  if (typeof text !== 'string' || text.length > 200 || !/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  const decoded = Buffer.from(text, 'base64url').toString('utf8');
  const m = CURSOR.exec(decoded);
  // (only a cursor's exact encoding is one: not a text that decodes to it with stray bits at its end)
  if (!m || m[1] !== order || Buffer.from(decoded, 'utf8').toString('base64url') !== text) return undefined;
  const at = Number(m[2]);
  return Number.isSafeInteger(at) ? { at, id: m[3] } : undefined;
}

/** Whether `text` is a cursor of the person's list (`before`) or of the staff queue (`after`): for the routes' schemas. */
export const isCursor = (list: 'before' | 'after', text: string): boolean => readCursor(list === 'before' ? 'received' : 'due', text) !== undefined;

export const CURSOR_MESSAGE = 'must be the `next` cursor of an earlier page of this list, unchanged';

/** The cursor given as `field`, read; undefined when none was given; a bad one is refused naming the field (rule `cursor`). */
function cursorParam(field: string, order: RequestOrder, text: string | undefined): SortKey | undefined {
  if (text === undefined) return undefined;
  const key = readCursor(order, text);
  if (!key) throw invalidInput(field, 'cursor', CURSOR_MESSAGE);
  return key;
}

/** Every request of a paged list from `from` on, one page after another until the last. */
export async function readAll(read: (cursor: string | undefined) => Promise<RequestPage>, from?: string): Promise<RequestView[]> {
  const out: RequestView[] = [];
  for (let p = await read(from); ; p = await read(p.next)) {
    out.push(...p.requests);
    if (p.next === undefined) return out;
  }
}

export type DeattributeHook = (subjectId: string) => Promise<void>;

/** How many people of a bulk erasure have what is kept of them read and stored together. */
const KEEP_BATCH = 200;

/**
 * The extension of a request whose deadlines were fixed at filing (`due_basis`, `extension_until`, the
 * law's extension whatever set the due date): none where the law has none or a promise shorter than the
 * law set the due date; to be decided before the first period ends (the stored due date, which the law set).
 */
function extensionAsFiled(r: Pick<Row, 'due_basis' | 'extension_until' | 'due_at'>, now: Date): { due: string } | { refused: 'not_extendable' | 'promise_binding' | 'extension_too_late' } {
  if (r.extension_until == null) return { refused: 'not_extendable' };
  if (r.due_basis === 'promise') return { refused: 'promise_binding' };
  if (now.getTime() > toInt(r.due_at)) return { refused: 'extension_too_late' };
  return { due: new Date(toInt(r.extension_until)).toISOString() };
}

export class Requests {
  private readonly deattributeHooks: DeattributeHook[] = [];
  /** The claims this process holds (`claim`): request id -> the time its claim lapses. */
  private readonly claims = new Map<string, number>();

  constructor(
    private readonly db: Db,
    private readonly vault: Vault,
    private readonly subjects: Subjects,
    /** Consent withdrawals as the person's own choice: recorded, receipted and audited (the preferences service). */
    private readonly consents: { withdraw(subjectId: string, purposes: string[], actor: Actor): Promise<unknown> },
    private readonly restrictions: Restrictions,
    private readonly holds: LegalHolds,
    private readonly audit: AuditSink,
    private readonly outbox: OutboxWriter | undefined,
    private readonly policy: () => Policy,
    private readonly now: () => Date,
    /** Codes to a new email or phone (the privacy center's intakes); without them such a correction stays pending. */
    private readonly intakes?: Intakes,
  ) {}

  /** The application's hook to de-attribute public content it keeps itself (reviews, forum posts). */
  onDeattribute(hook: DeattributeHook): void {
    this.deattributeHooks.push(hook);
  }

  private view(r: Row): RequestView {
    const now = this.now().getTime();
    const due = toInt(r.extended_until ?? r.due_at);
    const open = OPEN.includes(r.status);
    const timeZone = this.timeZone(r);
    return {
      requestId: r.request_id,
      type: r.type,
      status: r.status,
      channel: r.channel,
      language: r.language,
      jurisdiction: r.jurisdiction,
      receivedAt: iso(r.received_at)!,
      dueAt: iso(r.due_at)!,
      dueDate: localDate(new Date(due), timeZone),
      timeZone,
      dueRule: r.due_rule,
      ...(r.acknowledge_by != null ? { acknowledgeBy: iso(r.acknowledge_by) } : {}),
      ...(r.extended_until != null ? { extendedUntil: iso(r.extended_until) } : {}),
      ...(r.assignee ? { assignee: r.assignee } : {}),
      ...(r.completed_at != null ? { completedAt: iso(r.completed_at) } : {}),
      ...(r.refusal_code ? { refusal: { code: r.refusal_code } } : {}),
      ...(r.fee_amount != null ? { fee: { amount: Number(r.fee_amount), currency: r.fee_currency!, ...(r.fee_paid_at != null ? { paidAt: iso(r.fee_paid_at) } : {}) } } : {}),
      ...(r.export_expires_at != null ? { exportExpiresAt: iso(r.export_expires_at) } : {}),
      ...(r.identifier_change ? { identifierConfirmation: r.identifier_confirmed_at != null ? ('confirmed' as const) : ('pending' as const) } : {}),
      overdue: open && due < now,
      atRisk: open && due >= now && due - now < AT_RISK_MS,
    };
  }

  /**
   * The time zone of a request's deadlines: its due dates are days there. It is the zone they were counted
   * in when the request was filed, kept with it, so a later policy (another `controller.country` for EU)
   * does not move a day already given to the person. A request filed before the zone was kept has none:
   * it gets the zone of the policy in force, as it always did (the policy it was filed under is unknown).
   */
  private timeZone(r: Pick<Row, 'jurisdiction' | 'time_zone'>): string {
    return r.time_zone ?? deadlineTimeZone(r.jurisdiction, deadlineOptions(this.policy(), r.jurisdiction));
  }

  private async row(requestId: string): Promise<Row> {
    if (typeof requestId !== 'string' || requestId.length > 64) throw notFound('request', 'requestId');
    const r = await this.db.get<Row>(`SELECT ${COLUMNS} FROM requests WHERE request_id = ?`, [requestId]);
    if (!r) throw notFound('request', 'requestId');
    return r;
  }

  /**
   * Erasure: the notes staff wrote on the person's requests (refusal and extension reasons, which often
   * name them) are dropped; the requests themselves stay (what was asked and what was done, and the
   * erasure's outcome, which the person may still read in the session they asked from). The erasure
   * request's own outcome note is written after this, and holds categories and dates only. A day later
   * the retention run detaches the requests from the subject id (`detachErased`).
   */
  async forget(subjectIds: readonly string[]): Promise<void> {
    if (subjectIds.length === 0) return;
    const now = this.now().getTime();
    // (each step one statement for all the subjects: most of a bulk erasure's have no request at all)
    const theirs = (await valuesForKeys(this.db, 'SELECT request_id, type, status, claimed_until FROM requests WHERE subject_id', [], subjectIds)) as [string, RequestType, string, unknown][];
    await runForKeys(this.db, 'UPDATE request_events SET note = NULL WHERE note IS NOT NULL AND request_id', [], theirs.map((r) => r[0]));
    // Their other open requests can no longer be carried out: closed (not the one being fulfilled now,
    // an erasure request, which holds its claim). Otherwise they would stay open and escalate for good.
    // (the statement checks again: a request claimed or finished meanwhile stays as it is)
    for (const [requestId, type, status, claimedUntil] of theirs) {
      if ((status !== 'awaiting_approval' && status !== 'in_progress') || (claimedUntil != null && toInt(claimedUntil) >= now)) continue;
      const closed = await this.db.run(
        "UPDATE requests SET status = 'closed', completed_at = ? WHERE request_id = ? AND status IN ('awaiting_approval', 'in_progress') AND (claimed_until IS NULL OR claimed_until < ?)",
        [now, requestId, now],
      );
      if (closed.changes !== 1) continue;
      await this.event(requestId, SYSTEM.keyId, 'closed', 'the person was erased');
      // (the log must not point at the person again)
      await this.audit.append({ actor: { keyId: SYSTEM.keyId, role: SYSTEM.role }, action: 'request.closed', outcome: 'ok', details: { requestId, type } });
    }
    await runForKeys(this.db, 'UPDATE requests SET detach_at = ? WHERE subject_id', [now + DETACH_AFTER_MS], subjectIds);
  }

  /**
   * The requests of persons erased a day ago or more get a random subject id. The audit entries of a
   * request's steps carry its id: left as it was, the request would lead from the subject id (which the
   * application keeps) back to the person's whole audit history. Run by retention.
   */
  async detachErased(now: Date, dryRun = false): Promise<number> {
    const due = await this.db.all<{ request_id: string }>('SELECT request_id FROM requests WHERE detach_at <= ? ORDER BY request_id LIMIT 10000', [now.getTime()]);
    if (!dryRun) for (const r of due) await this.db.run('UPDATE requests SET subject_id = ?, detach_at = NULL WHERE request_id = ?', [`erased:${randomUUID()}`, r.request_id]);
    return due.length;
  }

  private async event(requestId: string, actor: string, event: string, note?: string): Promise<void> {
    // the request's row is locked while the next number is taken (PostgreSQL; SQLite transactions are serial)
    await this.db.tx(async (t) => {
      if (t.dialect === 'postgres') await t.all('SELECT request_id FROM requests WHERE request_id = ? FOR UPDATE', [requestId]);
      const last = await t.get<{ n: number | null }>('SELECT MAX(seq) AS n FROM request_events WHERE request_id = ?', [requestId]);
      await t.run('INSERT INTO request_events (request_id, seq, at, actor, event, note) VALUES (?, ?, ?, ?, ?, ?)', [
        requestId,
        toInt(last?.n ?? 0) + 1,
        this.now().getTime(),
        actor,
        event,
        note ? Buffer.from(note, 'utf8') : null,
      ]);
    });
  }

  /**
   * Claims an open request for one action that changes its state (approve, fulfil, refuse): of two at
   * once (two staff members, two servers), one gets it and the other is refused. A claim lapses after
   * CLAIM_MS, so a crash in the middle does not lock the request for good. Returns the request as claimed.
   */
  private async claim(requestId: string, action: string): Promise<Row> {
    const now = this.now().getTime();
    const until = now + CLAIM_MS;
    const got = await this.db.run(
      `UPDATE requests SET claimed_until = ? WHERE request_id = ? AND status IN ('awaiting_approval', 'in_progress') AND (claimed_until IS NULL OR claimed_until < ?)`,
      [until, requestId, now],
    );
    const r = await this.row(requestId);
    this.requireOpen(r, action);
    if (got.changes !== 1)
      throw new CustosError('CUSTOS_REQUEST_STATE', `another action on this request is under way: cannot ${action}`, [
        { field: 'requestId', rule: 'request_busy', message: 'another action on this request is under way; try again in a minute' },
      ]);
    this.claims.set(requestId, until);
    return r;
  }

  /** Gives a claim back, unless it lapsed and another action holds the request now. */
  private async release(requestId: string): Promise<void> {
    const until = this.claims.get(requestId);
    this.claims.delete(requestId);
    if (until !== undefined) await this.db.run('UPDATE requests SET claimed_until = NULL WHERE request_id = ? AND claimed_until = ?', [requestId, until]);
  }

  private async auditStep(actor: Actor, r: Pick<Row, 'request_id' | 'subject_id' | 'type'>, step: string, outcome: 'ok' | 'denied' | 'failed' = 'ok', reason?: string): Promise<void> {
    // After an erasure the log must not point at the person again: the step is recorded without them.
    const erased = r.type === 'erasure' && step === 'completed';
    await this.audit.append({
      actor: { keyId: actor.keyId, role: actor.role },
      action: `request.${step}`,
      subjectId: erased ? undefined : r.subject_id,
      outcome,
      ...(reason ? { reason } : {}),
      details: { requestId: r.request_id, type: r.type },
    });
  }

  /** Mail to the person about a request; dates in it are shown as days of the request's jurisdiction. */
  private async mail(r: Pick<Row, 'subject_id' | 'request_id' | 'type' | 'language' | 'jurisdiction' | 'time_zone'>, template: string, data: Record<string, string | number> = {}): Promise<void> {
    if (!this.outbox) return;
    const purpose = noticePurpose(this.policy().purposes);
    const time_zone = this.timeZone(r);
    await this.outbox.enqueue({ template, language: r.language, to: { subjectId: r.subject_id }, ...(purpose ? { purpose } : {}), data: { reference: r.request_id.slice(0, 8), request_type: r.type, ...data, time_zone } });
  }

  /**
   * Files a request for a verified person. A second open request of the same type joins the first only when
   * it asks for exactly the same thing (same details, same agent or none); otherwise it is a request of its
   * own. Types the policy fulfils automatically are fulfilled at once (unless filed by an agent, a fee is
   * due, or a correction changes an email or phone: staff check those, see `approve`).
   */
  async file(subjectId: string, input: FileInput, actor: Actor = SYSTEM): Promise<RequestView> {
    if (!(REQUEST_TYPES as readonly string[]).includes(input.type)) throw invalidInput('type', 'request_type', `must be one of ${REQUEST_TYPES.join(', ')}`);
    const status = await this.vault.status(subjectId);
    if (status.status === 'erased') throw subjectErased('subjectId');
    const policy = this.policy();
    checkRequestDetails(policy, input.type, input.details, status.jurisdiction);
    requireWellFormedText('agent', input.agent);
    const received = this.now();
    if (input.channel !== 'staff') await this.requireDailyAllowance(subjectId, received);
    const dueOptions = deadlineOptions(policy, status.jurisdiction);
    const due = dueDate(input.type, status.jurisdiction, received, policy.promises, dueOptions);
    // the law's extension, also where a shorter promise set the due date (which the extension then cannot move)
    const lawExtension = (due.basis === 'law' ? due : dueDate(input.type, status.jurisdiction, received, {}, dueOptions)).extension;
    const fee = policy.requests.fees.find((f) => f.type === input.type && (!f.jurisdiction || f.jurisdiction === status.jurisdiction));
    const requestId = randomUUID();
    // A new email or phone may be another person's: only staff may find that out (see `approve`); done at
    // once, the answer would tell the person whether that address is on file.
    const identifierField = identifierChanged(policy, input.type, input.details);
    const changesIdentifier = identifierField !== undefined;
    // ... and the new value is written only once the person has proven they control it (a code sent to it)
    const confirmedAt = identifierField !== undefined && input.identifierProof !== undefined ? await this.requireProof(subjectId, identifierField, input, status.jurisdiction) : null;
    const needsApproval = !!input.agent || !!fee || changesIdentifier || !policy.requests.auto_fulfil.includes(input.type);
    const details = input.details || input.agent ? await this.vault.sealFor(subjectId, `request:${requestId}`, { details: input.details, agent: input.agent }) : null;
    const row: Row = {
      request_id: requestId,
      subject_id: subjectId,
      type: input.type,
      status: needsApproval ? 'awaiting_approval' : 'in_progress',
      channel: input.channel,
      language: input.language,
      jurisdiction: status.jurisdiction,
      received_at: received.getTime(),
      due_at: Date.parse(due.due),
      acknowledge_by: due.acknowledgeBy ? Date.parse(due.acknowledgeBy) : null,
      due_rule: due.rule,
      extended_until: null,
      assignee: null,
      completed_at: null,
      refusal_code: null,
      fee_amount: fee?.amount ?? null,
      fee_currency: fee?.currency ?? null,
      fee_paid_at: null,
      export_expires_at: null,
      details,
      result: null,
      identifier_change: identifierField ?? null,
      identifier_proof: confirmedAt != null ? 'code_before_filing' : null,
      identifier_confirmed_at: confirmedAt,
      time_zone: due.timeZone,
      due_basis: due.basis,
      extension_until: lawExtension ? Date.parse(lawExtension.until) : null,
    };
    // A second request joins an open one of the same type only when it asks for exactly the same thing: a
    // repeated click, or the application and the privacy center filing the same erasure. Different details
    // (another correction, other purposes to stop) or another agent make a request of their own: joining
    // would drop what the person asked for the second time, and refusing would leave them unable to fix a
    // mistake until staff answer the first. Staff see both, each with its values, and refuse the one that
    // was superseded. The open requests' details are sealed under the person's key, so they are compared
    // before the transaction (reading the vault inside it would wait for the transaction itself on SQLite);
    // the transaction (serial on SQLite; an advisory lock on PostgreSQL) then checks that no open request
    // appeared meanwhile, or compares again, so requests filed at once still join one another.
    const wanted = canonical({ details: input.details ?? null, agent: input.agent ?? null });
    const existing = await this.joinOrInsert(subjectId, input.type, wanted, async (t) => {
      await t.run(
        `INSERT INTO requests (${COLUMNS}) VALUES (${COLUMNS.split(',').map(() => '?').join(', ')})`,
        COLUMNS.split(',').map((c) => (row as unknown as Record<string, number | string | Buffer | null>)[c.trim()] ?? null),
      );
      // the first event, in the same transaction: a request filed at the same moment joins after it
      const note = input.agent ? 'filed by an authorised agent: staff must approve the authorisation' : null;
      await t.run('INSERT INTO request_events (request_id, seq, at, actor, event, note) VALUES (?, 1, ?, ?, ?, ?)', [requestId, received.getTime(), input.channel, 'received', note ? Buffer.from(note, 'utf8') : null]);
    });
    if (existing) {
      await this.event(existing.request_id, input.channel, 'joined', 'the same request again (same type and details) joined this one');
      await this.auditStep(actor, existing, 'joined');
      // the same correction, now with the new value proven: the open one is confirmed too
      if (confirmedAt != null && existing.identifier_confirmed_at == null) {
        await this.db.run("UPDATE requests SET identifier_change = ?, identifier_proof = 'code_before_filing', identifier_confirmed_at = ? WHERE request_id = ? AND identifier_confirmed_at IS NULL", [
          identifierField!,
          confirmedAt,
          existing.request_id,
        ]);
        await this.event(existing.request_id, input.channel, 'identifier_confirmed', `control of the new ${identifierField} proven by a code sent to it`);
        return this.view({ ...existing, identifier_change: identifierField!, identifier_proof: 'code_before_filing', identifier_confirmed_at: confirmedAt });
      }
      return this.view(existing);
    }
    await this.auditStep(actor, row, 'received');
    await this.mail(row, 'request_received', { due_date: due.due });
    if (!needsApproval) return this.fulfil(requestId, SYSTEM);
    return this.view(row);
  }

  private async requireDailyAllowance(subjectId: string, now: Date): Promise<void> {
    const filed = await this.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM requests WHERE subject_id = ? AND channel <> 'staff' AND received_at > ?", [subjectId, now.getTime() - 86_400_000]);
    if (toInt(filed!.n) >= PERSON_DAILY_REQUESTS) {
      const message = `at most ${PERSON_DAILY_REQUESTS} requests a day are filed for one person this way; staff can file more`;
      throw new CustosError('CUSTOS_RATE_LIMITED', message, [{ rule: 'requests_per_day', message }]);
    }
  }

  /**
   * The open request of this person and type that asks for `wanted` (canonical details and agent), or
   * undefined once `insert` has filed a new one, in one transaction per person and type.
   */
  private async joinOrInsert(subjectId: string, type: RequestType, wanted: string, insert: (t: Db) => Promise<void>): Promise<Row | undefined> {
    const openOf = (db: Db) =>
      db.all<Row>(`SELECT ${COLUMNS} FROM requests WHERE subject_id = ? AND type = ? AND status IN ('awaiting_approval', 'in_progress') ORDER BY received_at, request_id`, [subjectId, type]);
    for (let round = 0; ; round++) {
      const open = await openOf(this.db);
      const same = new Set<string>();
      for (const o of open) if (canonical(await this.sealedInput(o)) === wanted) same.add(o.request_id);
      const compared = new Set(open.map((o) => o.request_id));
      const outcome = await this.db.tx(async (t) => {
        if (t.dialect === 'postgres') await t.all('SELECT pg_advisory_xact_lock(hashtext(?))', [`request|${subjectId}|${type}`]);
        const now = await openOf(t);
        // one filed meanwhile (by a call at the same moment): compare again, with its details (3 rounds at most)
        if (round < 3 && now.some((o) => !compared.has(o.request_id))) return 'again' as const;
        const join = now.find((o) => same.has(o.request_id));
        if (join) return join;
        await insert(t);
        return undefined;
      });
      if (outcome !== 'again') return outcome;
    }
  }

  /** What the person (or agent) asked for: the request's sealed details and agent; null once erased. */
  private async sealedInput(r: Pick<Row, 'subject_id' | 'request_id' | 'details'>): Promise<{ details?: Record<string, unknown>; agent?: FileInput['agent'] } | null> {
    if (r.details == null) return { details: undefined, agent: undefined };
    return this.vault.openFor<{ details?: Record<string, unknown>; agent?: FileInput['agent'] }>(r.subject_id, `request:${r.request_id}`, r.details).catch(() => null);
  }

  /**
   * The proof a correction of an email or phone is filed with: a confirmation of this person, confirmed
   * lately, for this field and exactly this new value (as it will be stored). Returns when it was checked.
   */
  private async requireProof(subjectId: string, field: string, input: FileInput, jurisdiction: Jurisdiction): Promise<number> {
    const c = this.policy().categories[field];
    const wanted = normaliseValue(`details.fields.${field}`, c, (input.details!.fields as Record<string, unknown>)[field], phoneRegion(jurisdiction));
    const proven = this.intakes ? await this.intakes.proven(input.identifierProof!, subjectId) : undefined;
    if (!proven || proven.field !== field || proven.value !== wanted)
      throw invalidInput('identifierProof', 'identifier_confirmed', `the new ${field} has not been confirmed with the code sent to it`);
    return this.now().getTime();
  }

  /**
   * A correction that writes a new email or phone waits until control of it is proven (a code sent to it,
   * entered by the person in the privacy center, or read back to staff: `confirmIdentifier`). Otherwise a
   * typo or a stranger's address would from then on get the person's codes and notices.
   */
  private async requireIdentifierConfirmed(r: Row, fields: Record<string, unknown>, actor: Actor): Promise<void> {
    const p = this.policy();
    const name = Object.keys(fields).find((f) => isIdentifier(p.categories[f]) && fields[f] != null);
    if (name === undefined || r.identifier_confirmed_at != null) return;
    await this.auditStep(actor, r, 'approve', 'denied', 'identifier_unconfirmed');
    throw new CustosError('CUSTOS_REQUEST_STATE', `details.fields.${name}: the new value has not been confirmed: send a code to it and enter the code the person gives back`, [
      { field: `details.fields.${name}`, rule: 'identifier_unconfirmed', message: 'control of the new value has not been proven with the code sent to it' },
    ]);
  }

  /**
   * Privacy center: a correction of an email or phone is filed only after the person proves they control
   * the new value. Checks the request as filing would, then sends a code to the new value and returns the
   * confirmation to enter it for (`fileConfirmed`); undefined when the request needs no confirmation (the
   * caller files it at once).
   */
  async confirmBeforeFiling(subjectId: string, input: FileInput, ip: string): Promise<{ confirmationId: string; expiresAt: string; field: string } | undefined> {
    const policy = this.policy();
    const field = identifierChanged(policy, input.type, input.details);
    if (field === undefined || input.agent) return undefined;
    if (!this.intakes) throw new CustosError('CUSTOS_REQUEST_STATE', 'codes cannot be sent here', [{ field: `details.fields.${field}`, rule: 'identifier_unconfirmed', message: 'no way to confirm the new value' }]);
    const status = await this.vault.status(subjectId);
    if (status.status === 'erased') throw subjectErased('subjectId');
    checkRequestDetails(policy, input.type, input.details, status.jurisdiction);
    const c = policy.categories[field];
    const value = normaliseValue(`details.fields.${field}`, c, (input.details!.fields as Record<string, unknown>)[field], phoneRegion(status.jurisdiction)) as string;
    const started = await this.intakes.startConfirmation({
      subjectId,
      field,
      kind: c.type === 'email' ? 'email' : 'phone',
      value,
      language: input.language,
      filing: { type: input.type, language: input.language, channel: input.channel, details: input.details },
      ip,
    });
    return { ...started, field };
  }

  /** Privacy center: the code sent to the new value is right: the correction is filed, confirmed. */
  async fileConfirmed(subjectId: string, confirmationId: string, code: string, actor: Actor = SYSTEM): Promise<RequestView> {
    if (!this.intakes) throw notFound('confirmation');
    const c = await this.intakes.confirmIdentifier(confirmationId, code, subjectId);
    const f = c.filing as { type: RequestType; language: Language; channel: Channel; details?: Record<string, unknown> } | undefined;
    try {
      // a confirmation started by staff for a filed request is confirmed there (`confirmIdentifier`)
      if (!f) throw notFound('confirmation', 'confirmationId');
      return await this.file(subjectId, { type: f.type, language: f.language, channel: f.channel, details: f.details, identifierProof: c.confirmationId }, actor);
    } catch (e) {
      // what the code was entered for could not be done: it stays usable (wrong codes stay counted)
      await this.intakes.giveBack({ intakeId: c.confirmationId, verifiedAt: c.verifiedAt });
      throw e;
    }
  }

  /**
   * Staff (and an agent's request): a code to the new email or phone of a filed correction. The person
   * gives it back to staff (by phone, in person), who enter it with `confirmIdentifier`; until then the
   * request cannot be approved. A record of "we checked" by staff is not accepted instead: only a message
   * to the new value shows that the person receives what is sent there. A request gets
   * MAX_CODES_PER_REQUEST codes at most (409, rule `identifier_code_limit`, audited as denied). A code the
   * limits per address hold back is not sent: 429, rule `identifier_code_rate`, audited as denied and in
   * the timeline as held back.
   */
  async sendIdentifierCode(requestId: string, actor: Actor, ip: string): Promise<{ confirmationId: string; expiresAt: string; field: string }> {
    const { r, field, value } = await this.pendingIdentifier(requestId, 'send a code');
    if (!this.intakes) throw new CustosError('CUSTOS_REQUEST_STATE', 'codes cannot be sent here', [{ field: 'requestId', rule: 'identifier_unconfirmed', message: 'no way to confirm the new value' }]);
    const c = this.policy().categories[field];
    const started = await this.intakes.startConfirmation({ subjectId: r.subject_id, field, kind: c.type === 'email' ? 'email' : 'phone', value, language: r.language, requestId, ip }).catch(async (e: unknown) => {
      // past the codes a request gets (identifier_code_limit), the limits per address (identifier_code_rate),
      // or the limit of the network
      const rule = e instanceof CustosError ? e.details[0]?.rule : undefined;
      if (rule === 'identifier_code_rate') await this.event(requestId, actor.keyId, 'identifier_code_held_back', `no code was sent to the new ${field}: the limits per address held it back (${rule})`);
      if (e instanceof CustosError) await this.auditStep(actor, r, 'identifier_code', 'denied', rule);
      throw e;
    });
    await this.event(requestId, actor.keyId, 'identifier_code_sent', `a code was sent to the new ${field}`);
    await this.auditStep(actor, r, 'identifier_code_sent');
    return { ...started, field };
  }

  /** Staff enter the code the person read back from the new email or phone: the correction may be approved. */
  async confirmIdentifier(requestId: string, code: string, actor: Actor): Promise<RequestView> {
    const { r, field, value } = await this.pendingIdentifier(requestId, 'confirm the new value');
    const pending = await this.intakes?.pendingConfirmationOf(requestId);
    let c;
    try {
      if (!pending) throw new CustosError('CUSTOS_VERIFICATION_FAILED', 'no code is waiting: send a code to the new value first', [{ field: 'code', rule: 'code_valid', message: 'send a code first' }]);
      c = await this.intakes!.confirmIdentifier(pending, code, r.subject_id);
    } catch (e) {
      await this.auditStep(actor, r, 'identifier_confirm', 'denied', 'code_valid');
      throw e;
    }
    if (c.requestId !== requestId || c.field !== field || c.value !== value)
      throw new CustosError('CUSTOS_VERIFICATION_FAILED', 'the code was sent for another value: send a new code', [{ field: 'code', rule: 'code_valid', message: 'send a new code' }]);
    const at = this.now().getTime();
    await this.db.run("UPDATE requests SET identifier_change = ?, identifier_proof = 'code_read_back', identifier_confirmed_at = ? WHERE request_id = ?", [field, at, requestId]);
    await this.event(requestId, actor.keyId, 'identifier_confirmed', `control of the new ${field} proven by the code sent to it, read back to staff`);
    await this.auditStep(actor, r, 'identifier_confirmed');
    return this.view({ ...r, identifier_change: field, identifier_proof: 'code_read_back', identifier_confirmed_at: at });
  }

  /** An open correction whose new email or phone is not confirmed yet: the field and its value as stored. */
  private async pendingIdentifier(requestId: string, action: string): Promise<{ r: Row; field: string; value: string }> {
    const r = await this.row(requestId);
    this.requireOpen(r, action);
    const details = (await this.sealedInput(r))?.details;
    const field = identifierChanged(this.policy(), r.type, details);
    if (field === undefined)
      throw new CustosError('CUSTOS_REQUEST_STATE', 'this request changes no email or phone', [{ field: 'requestId', rule: 'identifier_change', message: 'the request changes no email or phone' }]);
    if (r.identifier_confirmed_at != null)
      throw new CustosError('CUSTOS_REQUEST_STATE', 'the new value is confirmed already', [{ field: 'requestId', rule: 'identifier_confirmed', message: 'the new value is confirmed already' }]);
    const value = normaliseValue(`details.fields.${field}`, this.policy().categories[field], (details!.fields as Record<string, unknown>)[field], phoneRegion(r.jurisdiction)) as string;
    return { r, field, value };
  }

  /**
   * A new email or phone that is on file for another person is refused: the correction would lock that
   * person out of the privacy center (a code goes only to an address that leads to exactly one person) and
   * mix their lookups with this person's. Told to staff only (see `file`).
   */
  private async requireIdentifiersFree(r: Row, fields: Record<string, unknown>, actor: Actor): Promise<void> {
    const p = this.policy();
    for (const [name, value] of Object.entries(fields)) {
      const c = p.categories[name];
      if (!isIdentifier(c) || value == null) continue;
      const ids = c.type === 'email' ? await this.vault.findByEmail(String(value)) : await this.vault.findByPhone(String(value), r.jurisdiction);
      if (ids.some((id) => id !== r.subject_id)) {
        await this.auditStep(actor, r, 'approve', 'denied', 'identifier_in_use');
        throw new CustosError('CUSTOS_CONFLICT', `details.fields.${name}: the new value is on file for another person: the correction cannot be carried out; refuse it or ask the person`, [
          { field: `details.fields.${name}`, rule: 'identifier_in_use', message: 'the new value is on file for another person' },
        ]);
      }
    }
  }

  /**
   * A request as staff decide on it: the view and timeline, with what the person or agent asked for,
   * unsealed: the proposed values of a correction, the purposes to stop, and an agent's name, address and
   * written authorisation. For roles that manage requests; each read is audited (field names only).
   */
  async staffView(
    requestId: string,
    actor: Actor,
  ): Promise<RequestView & { timeline: TimelineEvent[]; details?: Record<string, unknown>; agent?: { name: string; email: string; authorisation: string } }> {
    const a = actor as Actor | undefined;
    if (!mayPerform(this.policy(), a, 'manage_requests'))
      throw new CustosError('CUSTOS_FORBIDDEN', 'reading a request with its details needs a role that manages requests', [
        { field: 'actor', rule: 'operation_not_for_role', message: 'the manage_requests operation is required' },
      ]);
    const view = await this.get(requestId);
    const r = await this.row(requestId);
    const sealed = await this.sealedInput(r);
    if (sealed?.details || sealed?.agent) {
      const fields = sealed.details?.fields && typeof sealed.details.fields === 'object' ? Object.keys(sealed.details.fields) : [];
      await this.audit.append({
        actor: { keyId: actor.keyId, role: actor.role },
        action: 'request.details_read',
        subjectId: r.subject_id,
        fields,
        outcome: 'ok',
        details: { requestId, type: r.type, agent: !!sealed.agent },
      });
    }
    return { ...view, ...(sealed?.details ? { details: sealed.details } : {}), ...(sealed?.agent ? { agent: sealed.agent } : {}) };
  }

  async get(requestId: string): Promise<RequestView & { timeline: TimelineEvent[] }> {
    const r = await this.row(requestId);
    const events = await this.db.all<{ seq: number; at: number; actor: string; event: string; note: unknown }>(
      'SELECT seq, at, actor, event, note FROM request_events WHERE request_id = ? ORDER BY seq',
      [requestId],
    );
    return {
      ...this.view(r),
      timeline: events.map((e) => ({
        seq: toInt(e.seq),
        at: iso(e.at)!,
        actor: e.actor,
        event: e.event,
        ...(e.note != null ? { note: Buffer.from(e.note as Uint8Array).toString('utf8') } : {}),
      })),
    };
  }

  /** The subject a request belongs to (staff screens show the request, not the person). */
  async subjectOf(requestId: string): Promise<string> {
    return (await this.row(requestId)).subject_id;
  }

  /** The staff queue, by due date: filters by status and type; overdue and at-risk marks. The first page only: see `listPage`. */
  async list(opts: ListOptions = {}): Promise<RequestView[]> {
    return (await this.listPage(opts)).requests;
  }

  /**
   * A page of the staff queue (default 200, at most 1,000 requests), the earliest due first (the extended
   * date when there is one), and the cursor of the next page when there are more: pass it back as `after`.
   */
  async listPage(opts: ListOptions & { after?: string } = {}): Promise<RequestPage> {
    const limit = opts.limit ?? 200;
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw invalidInput('limit', 'limit_range', 'must be an integer from 1 to 1000');
    const after = cursorParam('after', 'due', opts.after);
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (opts.status === 'open' || opts.status === undefined) where.push("status IN ('awaiting_approval', 'in_progress')");
    else {
      if (!(REQUEST_STATUSES as readonly string[]).includes(opts.status)) throw invalidInput('status', 'request_status', `must be open or one of ${REQUEST_STATUSES.join(', ')}`);
      where.push('status = ?');
      params.push(opts.status);
    }
    if (opts.type) {
      if (!(REQUEST_TYPES as readonly string[]).includes(opts.type)) throw invalidInput('type', 'request_type', `must be one of ${REQUEST_TYPES.join(', ')}`);
      where.push('type = ?');
      params.push(opts.type);
    }
    return this.page(where, params, 'due', after, limit);
  }

  /** Every request of a person, the newest first (the privacy center reads them a page at a time: `minePage`). */
  async mine(subjectId: string): Promise<RequestView[]> {
    return readAll((before) => this.minePage(subjectId, { before }));
  }

  /**
   * A page of a person's own requests (default and at most 100), the newest first, and the cursor of the
   * next (older) page when there are more: pass it back as `before`.
   */
  async minePage(subjectId: string, opts: { before?: string; limit?: number } = {}): Promise<RequestPage> {
    const limit = opts.limit ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw invalidInput('limit', 'limit_range', 'must be an integer from 1 to 100');
    return this.page(['subject_id = ?'], [subjectId], 'received', cursorParam('before', 'received', opts.before), limit);
  }

  /**
   * One page of the requests `where` selects, in `order`, after the position `from` (the sort key of the
   * last request of the page before). The page starts after a key, not at a count: a request filed or
   * finished while someone pages neither shifts the pages nor hides one, and requests of the same instant
   * keep their order (the request id decides) across a page boundary.
   */
  private async page(where: string[], params: (string | number)[], order: RequestOrder, from: SortKey | undefined, limit: number): Promise<RequestPage> {
    const o = ORDERS[order];
    const direction = o.newestFirst ? 'DESC' : 'ASC';
    const conditions = [...where, ...(from ? [`(${o.key}, request_id) ${o.newestFirst ? '<' : '>'} (?, ?)`] : [])];
    // one more than the page: whether there is a next page, without counting
    const rows = await this.db.all<Row>(`SELECT ${COLUMNS} FROM requests WHERE ${conditions.join(' AND ')} ORDER BY ${o.key} ${direction}, request_id ${direction} LIMIT ?`, [
      ...params,
      ...(from ? [from.at, from.id] : []),
      limit + 1,
    ]);
    const shown = rows.slice(0, limit);
    return { requests: shown.map((r) => this.view(r)), ...(rows.length > limit ? { next: cursorOf(order, shown[shown.length - 1]) } : {}) };
  }

  async assign(requestId: string, assignee: string, actor: Actor): Promise<RequestView> {
    if (typeof assignee !== 'string' || !/^[\p{L}\p{N} ._@-]{1,80}$/u.test(assignee)) throw invalidInput('assignee', 'assignee', 'must be 1-80 letters, digits, spaces or . _ @ -');
    const r = await this.row(requestId);
    await this.db.run('UPDATE requests SET assignee = ? WHERE request_id = ?', [assignee, requestId]);
    await this.event(requestId, actor.keyId, 'assigned', assignee);
    await this.auditStep(actor, r, 'assigned');
    return this.view({ ...r, assignee });
  }

  async markFeePaid(requestId: string, actor: Actor): Promise<RequestView> {
    const r = await this.row(requestId);
    if (r.fee_amount == null) throw new CustosError('CUSTOS_REQUEST_STATE', 'this request has no fee', [{ field: 'requestId', rule: 'no_fee', message: 'this request has no fee' }]);
    const at = this.now().getTime();
    await this.db.run('UPDATE requests SET fee_paid_at = ? WHERE request_id = ?', [at, requestId]);
    await this.event(requestId, actor.keyId, 'fee_paid');
    await this.auditStep(actor, r, 'fee_paid');
    return this.view({ ...r, fee_paid_at: at });
  }

  private requireOpen(r: Row, action: string): void {
    if (!OPEN.includes(r.status))
      throw new CustosError('CUSTOS_REQUEST_STATE', `request is ${r.status}: cannot ${action}`, [{ field: 'requestId', rule: 'request_open', message: `the request is ${r.status}` }]);
  }

  /** Staff approval (an agent's authorisation checked, a fee paid, a type that needs review): fulfils it. */
  async approve(requestId: string, actor: Actor): Promise<RequestView> {
    const r = await this.claim(requestId, 'approve');
    try {
      if (r.fee_amount != null && r.fee_paid_at == null)
        throw new CustosError('CUSTOS_REQUEST_STATE', 'the fee has not been paid', [{ field: 'requestId', rule: 'fee_unpaid', message: 'mark the fee paid first' }]);
      // checked before the request is marked approved: a refused approval leaves it waiting, as it was
      await this.authoriseCarryOut(r, actor);
      if (r.type === 'correction') {
        const fields = (await this.sealedInput(r))?.details?.fields;
        if (fields && typeof fields === 'object') {
          await this.requireIdentifierConfirmed(r, fields as Record<string, unknown>, actor);
          await this.requireIdentifiersFree(r, fields as Record<string, unknown>, actor);
        }
      }
      await this.db.run("UPDATE requests SET status = 'in_progress' WHERE request_id = ?", [requestId]);
      await this.event(requestId, actor.keyId, 'approved');
      await this.auditStep(actor, r, 'approved');
      return await this.carryOut({ ...r, status: 'in_progress' }, actor);
    } finally {
      await this.release(requestId);
    }
  }

  /** An extension needs a reason, is allowed only as the law allows, and the person is told. */
  async extend(requestId: string, reason: string, actor: Actor): Promise<RequestView> {
    if (typeof reason !== 'string' || reason.trim().length < 5 || reason.length > 1000) throw invalidInput('reason', 'reason_required', 'an extension needs a reason (5-1000 characters)');
    requireWellFormedText('reason', reason);
    const r = await this.row(requestId);
    this.requireOpen(r, 'extend');
    if (r.extended_until != null) throw new CustosError('CUSTOS_REQUEST_STATE', 'the request was extended already', [{ field: 'requestId', rule: 'extended_once', message: 'a request can be extended once' }]);
    // as the law allowed it when the request was filed, on that day's calendar: counted again on today's
    // (the policy's extra holidays may have changed since) the first period could end at another instant,
    // and even be taken for a promise shorter than the law. Requests filed before that was stored are
    // counted on the calendar of their zone (for EU, its member state) and today's extra holidays.
    const ext =
      r.due_basis != null
        ? extensionAsFiled(r, this.now())
        : extendDueDate(r.type, r.jurisdiction, new Date(toInt(r.received_at)), new Date(toInt(r.due_at)), this.now(), deadlineOptions(this.policy(), r.jurisdiction, this.timeZone(r)));
    if ('refused' in ext) {
      const why = {
        not_extendable: `the law of ${r.jurisdiction} has no extension for ${r.type} requests`,
        promise_binding: `the policy promises the person a shorter time for ${r.type} requests than the law of ${r.jurisdiction}: the promise is not extended`,
        extension_too_late: 'an extension must be decided, and the person told, before the first period ends',
      }[ext.refused];
      throw new CustosError('CUSTOS_REQUEST_STATE', why, [{ field: 'requestId', rule: ext.refused, message: why }]);
    }
    const until = Date.parse(ext.due);
    await this.db.run('UPDATE requests SET extended_until = ? WHERE request_id = ?', [until, requestId]);
    await this.event(requestId, actor.keyId, 'extended', reason.trim());
    await this.auditStep(actor, r, 'extended');
    await this.mail(r, 'request_extended', { due_date: ext.due, reason: reason.trim() });
    return this.view({ ...r, extended_until: until });
  }

  async refuse(requestId: string, code: RefusalCode, explanation: string, actor: Actor): Promise<RequestView> {
    if (!(REFUSAL_CODES as readonly string[]).includes(code)) throw invalidInput('code', 'refusal_code', `must be one of ${REFUSAL_CODES.join(', ')}`);
    if (typeof explanation !== 'string' || explanation.trim().length < 5 || explanation.length > 2000)
      throw invalidInput('explanation', 'explanation_required', 'a refusal explains itself to the person (5-2000 characters)');
    requireWellFormedText('explanation', explanation);
    const r = await this.claim(requestId, 'refuse');
    const at = this.now().getTime();
    await this.db.run("UPDATE requests SET status = 'refused', refusal_code = ?, completed_at = ?, claimed_until = NULL WHERE request_id = ?", [code, at, requestId]);
    this.claims.delete(requestId);
    await this.event(requestId, actor.keyId, 'refused', `${code}: ${explanation.trim()}`);
    await this.auditStep(actor, r, 'refused', 'ok', code);
    await this.mail(r, 'request_refused', { reason: explanation.trim() });
    return this.view({ ...r, status: 'refused', refusal_code: code, completed_at: at });
  }

  /** Carries the request out. Each type's effect is audited; the person is told. */
  async fulfil(requestId: string, actor: Actor): Promise<RequestView> {
    const r = await this.claim(requestId, 'fulfil');
    try {
      // one waiting for approval (a fee, an agent's authorisation, a review) is carried out by approving it:
      // `approve` checks what the approval is for, which fulfilling it would skip
      if (r.status === 'awaiting_approval' && actor !== SYSTEM) {
        await this.auditStep(actor, r, 'fulfil', 'denied', 'approval_required');
        throw new CustosError('CUSTOS_REQUEST_STATE', 'the request is waiting for approval: approve it (fee paid, agent authorisation checked, review done) and it is carried out', [
          { field: 'requestId', rule: 'approval_required', message: 'approve the request: it is carried out then' },
        ]);
      }
      return await this.carryOut(r, actor);
    } finally {
      await this.release(requestId);
    }
  }

  /**
   * Refuses (audited) an actor who may not carry the request out, before anything of it is written: an
   * erasure keeps held data and de-attributes public content before the subject is erased, so the
   * erasure's own check would come too late.
   */
  private async authoriseCarryOut(r: Row, actor: Actor): Promise<void> {
    if (r.type === 'erasure') await this.subjects.authoriseErase(actor, [r.subject_id], 'subject.erase');
  }

  /** `fulfil` for a request this call has claimed. */
  private async carryOut(r: Row, actor: Actor): Promise<RequestView> {
    const requestId = r.request_id;
    if (r.status === 'awaiting_approval' && actor === SYSTEM) return this.view(r);
    await this.authoriseCarryOut(r, actor);
    const sealed = await this.vault.openFor<{ details?: Record<string, unknown> }>(r.subject_id, `request:${requestId}`, r.details);
    const details = sealed?.details ?? {};
    const now = this.now().getTime();
    let result: Record<string, unknown> = {};
    let exportExpires: number | null = null;
    const p = this.policy();
    switch (r.type) {
      case 'access':
        exportExpires = now + EXPORT_TTL_MS;
        break;
      case 'purpose_notice': {
        const fields = await this.vault.read(r.subject_id);
        result = {
          purposes: Object.keys(fields.fields).map((c) => ({ category: c, purposes: p.categories[c]?.purposes ?? [] })),
        };
        break;
      }
      case 'correction': {
        const fields = details.fields as Record<string, unknown>;
        await this.requireIdentifierConfirmed(r, fields, actor);
        await this.requireIdentifiersFree(r, fields, actor);
        // Subjects.correct applies a correction only with this statement, sealed under the person's key and
        // bound to the request: this request, approved (or fulfilled by staff, or by policy), these values.
        const grant = await this.vault.sealFor(r.subject_id, `correction-grant:${requestId}`, {
          requestId,
          type: 'correction',
          fields,
          actor: actor.keyId,
          until: Date.now() + CLAIM_MS,
        });
        try {
          result = { corrected: (await this.subjects.correct(r.subject_id, fields, { actor, requestId, grant })).updated };
        } catch (e) {
          // a birth date under the minimum age: the person was erased as a child, and nothing is left to correct
          if (erasedAsChild(e)) await this.closeAfterChildErasure(r);
          throw e;
        }
        break;
      }
      case 'restriction': {
        const purposes = Array.isArray(details.purposes) && details.purposes.length > 0 ? (details.purposes as string[]) : ['*'];
        for (const purpose of purposes) await this.restrictions.add(r.subject_id, purpose, `request ${requestId}`, actor);
        result = { restricted: purposes };
        break;
      }
      case 'stop_provision':
        await this.restrictions.add(r.subject_id, 'third_party_provision', `request ${requestId}`, actor);
        result = { stopped: ['third_party_provision'] };
        break;
      case 'marketing_objection': {
        // every marketing use the person can say no to, withdrawn as they would in their preferences: one receipt, audited
        const marketing = Object.entries(p.purposes)
          .filter(([, pp]) => pp.marketing && choiceMatters(pp))
          .map(([id]) => id);
        if (marketing.length > 0) await this.consents.withdraw(r.subject_id, marketing, actor);
        result = { withdrawn: marketing };
        break;
      }
      case 'erasure': {
        const outcome = await this.erase(r.subject_id, requestId, actor);
        result = { ...outcome };
        break;
      }
    }
    // An erasure's outcome (categories, holds, dates: no personal data) stays readable after the key is gone.
    const stored = r.type === 'erasure' ? Buffer.from(JSON.stringify(result), 'utf8') : await this.vault.sealFor(r.subject_id, `request-result:${requestId}`, result);
    await this.db.run("UPDATE requests SET status = 'completed', completed_at = ?, export_expires_at = ?, result = ? WHERE request_id = ?", [now, exportExpires, stored, requestId]);
    await this.event(requestId, actor.keyId, 'completed', r.type === 'erasure' ? describeErasure(result as unknown as ErasureOutcome) : undefined);
    await this.auditStep(actor, r, 'completed');
    // After an erasure the address on file is gone: the confirmation is queued before the data goes (see erase).
    if (r.type !== 'erasure') await this.mail(r, 'request_completed');
    return this.view({ ...r, status: 'completed', completed_at: now, export_expires_at: exportExpires });
  }

  /**
   * A correction that showed the person under the minimum age erased them (`Subjects.correct`): the request
   * is closed, as erasure closes the person's other open requests (`forget`, which leaves the request being
   * carried out to its caller), and no mail goes out (the address is gone with the rest).
   */
  private async closeAfterChildErasure(r: Row): Promise<void> {
    const now = this.now().getTime();
    await this.db.run("UPDATE requests SET status = 'closed', completed_at = ?, claimed_until = NULL WHERE request_id = ?", [now, r.request_id]);
    this.claims.delete(r.request_id);
    await this.event(r.request_id, SYSTEM.keyId, 'closed', 'the person was found under the minimum age and erased');
    // (the log must not point at the person again)
    await this.audit.append({ actor: { keyId: SYSTEM.keyId, role: SYSTEM.role }, action: 'request.closed', outcome: 'ok', reason: 'minimum_age', details: { requestId: r.request_id, type: r.type } });
  }

  /** The stored outcome of a completed request (what was corrected, restricted, kept), for the person. */
  async result(requestId: string, subjectId: string): Promise<Record<string, unknown> | null> {
    const r = await this.row(requestId);
    if (r.subject_id !== subjectId) throw notFound('request', 'requestId');
    if (r.type === 'erasure') return r.result == null ? null : (JSON.parse(Buffer.from(r.result as Uint8Array).toString('utf8')) as Record<string, unknown>);
    return this.vault.openFor(subjectId, `request-result:${requestId}`, r.result);
  }

  /**
   * What erasure keeps of these people, before it crypto-shreds them and the audit log forgets who they
   * were (Subjects.erase): data under a legal hold, apart and restricted to the hold's purpose (seed 002:
   * tax records), and their public content without their name. What they hold of it is read together
   * (`LegalHolds.dataOf`) and what is kept of them stored in one transaction (`LegalHolds.store`).
   */
  private async keepHeld(subjectIds: readonly string[]): Promise<Map<string, ErasureOutcome>> {
    const out = new Map<string, ErasureOutcome>();
    const data = await this.holds.dataOf(subjectIds);
    const rows = heldRows();
    for (const id of subjectIds) {
      const { kept, notApplied } = this.holds.keep(id, this.now(), data.get(id)!, rows);
      const deattributed = this.holds.deattribute(data.get(id)!, rows);
      for (const hook of this.deattributeHooks) await hook(id);
      out.set(id, { kept, notHeld: notApplied, deattributed });
    }
    await this.holds.store(rows);
    return out;
  }

  /**
   * Before any other erasure (the API's, the SDK's, a bulk one): keeps what holds cover of each active
   * subject, as an erasure request does (registered with `Subjects.keepBeforeErasure`), KEEP_BATCH people
   * at a time (their held records are in memory meanwhile).
   */
  async keepHeldFor(subjectIds: readonly string[]): Promise<Map<string, ErasureOutcome>> {
    const out = new Map<string, ErasureOutcome>();
    const active = await this.vault.activeOf(subjectIds);
    const ids = [...new Set(subjectIds)].filter((id) => active.has(id));
    for (let i = 0; i < ids.length; i += KEEP_BATCH) for (const [id, outcome] of await this.keepHeld(ids.slice(i, i + KEEP_BATCH))) out.set(id, outcome);
    return out;
  }

  private async erase(subjectId: string, requestId: string, actor: Actor): Promise<ErasureOutcome> {
    const outcome = (await this.keepHeld([subjectId])).get(subjectId)!;
    const r = await this.row(requestId);
    // The confirmation goes to the address on file: it is read and queued under the outbox's own key
    // before the subject's key is destroyed (mail sealed with the subject's key is shredded with it).
    const emailCategory = Object.keys(this.policy().categories).find((c) => this.policy().categories[c].type === 'email');
    const address = emailCategory ? (await this.vault.read(subjectId, [emailCategory])).fields[emailCategory] : undefined;
    await this.subjects.erase(subjectId, { actor, reason: `erasure request ${requestId.slice(0, 8)}`, keepHeld: false });
    if (this.outbox && typeof address === 'string')
      await this.outbox.enqueue({
        template: 'erasure_completed',
        language: r.language,
        to: { address },
        data: { reference: requestId.slice(0, 8), kept: describeErasure(outcome, r.language, this.policy()) },
      });
    return outcome;
  }

  /**
   * Reminders before the due date and escalation when overdue: mail to the privacy officer, and an alert
   * (`alert` raises it in the monitoring alerts, with its webhook) when any request is overdue.
   */
  async remind(privacyOfficerEmail: string | undefined, alert?: (overdue: number, oldestDue: string) => Promise<void>): Promise<{ reminded: number; escalated: number }> {
    if (!this.outbox || !privacyOfficerEmail) return { reminded: 0, escalated: 0 };
    let reminded = 0;
    let escalated = 0;
    const now = this.now();
    let oldestOverdue: string | undefined;
    // The queue is in due order: what needs a mail ends at the first request neither overdue nor at risk,
    // however many pages come before it.
    const lang = this.policy().governing_language;
    let after: string | undefined;
    pages: do {
      const page = await this.listPage({ status: 'open', limit: 1000, after });
      after = page.next;
      for (const v of page.requests) {
        if (!v.overdue && !v.atRisk) break pages;
        const due = v.extendedUntil ?? v.dueAt;
        const data = { reference: v.requestId.slice(0, 8), request_type: v.type, due_date: due, time_zone: v.timeZone };
        if (v.overdue) {
          await this.outbox.enqueue({ template: 'escalation_privacy_officer', language: lang, to: { address: privacyOfficerEmail }, data });
          await this.event(v.requestId, 'system', 'escalated');
          oldestOverdue ??= due;
          escalated++;
        } else {
          // calendar days from today to the due day, both days of the request's zone: a request due tomorrow
          // has 1 day left at any hour today, and 0 on its due day
          const daysLeft = Math.max(0, daysBetween(localDate(now, v.timeZone), v.dueDate));
          await this.outbox.enqueue({ template: 'reminder_privacy_officer', language: lang, to: { address: privacyOfficerEmail }, data: { ...data, days_left: daysLeft } });
          reminded++;
        }
      }
    } while (after !== undefined);
    if (alert && oldestOverdue !== undefined) await alert(escalated, oldestOverdue);
    return { reminded, escalated };
  }
}

/** JSON with sorted keys and without empty (null or undefined) members: equal requests, equal strings. */
function canonical(v: unknown): string {
  const norm = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(norm);
    if (x && typeof x === 'object' && !Buffer.isBuffer(x))
      return Object.fromEntries(
        Object.keys(x)
          .sort()
          .filter((k) => (x as Record<string, unknown>)[k] != null)
          .map((k) => [k, norm((x as Record<string, unknown>)[k])]),
      );
    return x ?? null;
  };
  return JSON.stringify(norm(v));
}

/** The words of an erasure's outcome, for the timeline (English) and the person's confirmation mail. */
const ERASURE_WORDS: Record<Language, {
  kept: (what: string, until: string, hold: string, why: string) => string;
  records: (n: number) => string;
  notHeld: (hold: string, records: string) => string;
  or: string;
  deattributed: (n: number, what: string) => string;
  everything: string;
  sep: string;
}> = {
  en: { kept: (w, u, h, y) => `${w} kept until ${u} (${h}: ${y})`, records: (n) => ` (${n} record${n === 1 ? '' : 's'})`, notHeld: (h, r) => `nothing kept for ${h}: no ${r} on record`, or: ' or ', deattributed: (n, w) => `${n} ${w} de-attributed`, everything: 'everything erased', sep: '; ' },
  ja: { kept: (w, u, h, y) => `${w}を${u}まで保存（${h}：${y}）`, records: (n) => `（${n}件）`, notHeld: (h, r) => `${h}：${r}の記録がないため、何も保存していません`, or: '・', deattributed: (n, w) => `${w}${n}件からお名前を外しました`, everything: 'すべて削除しました', sep: '。' },
  ko: { kept: (w, u, h, y) => `${w}: ${u}까지 보관(${h}: ${y})`, records: (n) => `(${n}건)`, notHeld: (h, r) => `${h}: ${r} 기록이 없어 보관하지 않음`, or: ' 또는 ', deattributed: (n, w) => `${w} ${n}건에서 이름 제거`, everything: '모두 삭제됨', sep: '; ' },
  ru: { kept: (w, u, h, y) => `${w} хранится до ${u} (${h}: ${y})`, records: (n) => ` (записей: ${n})`, notHeld: (h, r) => `${h}: ничего не сохранено, записей (${r}) нет`, or: ', ', deattributed: (n, w) => `${w}: имя убрано из ${n}`, everything: 'всё удалено', sep: '; ' },
  vi: { kept: (w, u, h, y) => `${w} được lưu đến ${u} (${h}: ${y})`, records: (n) => ` (${n} bản ghi)`, notHeld: (h, r) => `${h}: không lưu gì vì không có ${r}`, or: ' hoặc ', deattributed: (n, w) => `đã gỡ tên khỏi ${n} ${w}`, everything: 'đã xóa toàn bộ', sep: '; ' },
};

/** What an erasure kept and why, in `lang`, categories and holds by their labels in the policy. */
function describeErasure(o: ErasureOutcome, lang: Language = 'en', policy?: Policy): string {
  const w = ERASURE_WORDS[lang];
  const category = (c: string) => (policy ? categoryLabel(policy, c, lang) : c);
  const hold = (h: string) => (policy ? localize(policy.legal_holds[h]?.description, lang, policy, h) : h);
  const kept = o.kept.map((k) => w.kept(`${category(k.category)}${k.records !== undefined ? w.records(k.records) : ''}`, k.until.slice(0, 10), hold(k.hold), k.reason));
  // (outcomes stored before holds reported what they did not keep have no notHeld)
  const none = (o.notHeld ?? []).map((n) => w.notHeld(hold(n.hold), n.records.map(category).join(w.or)));
  const de = o.deattributed.map((d) => w.deattributed(d.count, category(d.category)));
  return [...kept, ...none, ...de].join(w.sep) || w.everything;
}
