/**
 * The breach register (seed 004: breaches are handled at once). An incident is recorded with its
 * facts (when it was discovered, the categories, the affected persons, the special-care / financial /
 * malicious flags, whether the data was strongly encrypted); Custos computes from `rules.ts` which
 * regulators must be told and by when, lists the persons to notify, queues their notices in their
 * language, and lists reminders before each deadline until the report is recorded.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db, Param } from '../store/db.js';
import { runForKeys, toInt } from '../store/db.js';
import { migrate } from '../store/migrate.js';
import { JURISDICTIONS, LANGUAGES, type Jurisdiction, type Language, type Policy } from '../policy/schema.js';
import type { Vault } from '../vault/vault.js';
import type { Actor } from '../access/keys.js';
import { SYSTEM } from '../access/subjects.js';
import { mayPerform } from '../access/decision.js';
import type { AuditWriter } from '../audit/types.js';
import { noticePurpose, type OutboxWriter } from '../mail/types.js';
import type { ConsentStore } from '../consent/store.js';
import { CustosError, invalidInput, notFound, type ErrorDetail } from '../errors.js';
import { parseInput } from '../validation.js';
import { assertNotFuture, dateInstant } from '../dates.js';
import { INCIDENT_MIGRATIONS } from './schema.js';
import { incidentDuty } from '../mail/templates.js';
import { deadlineOptions, deadlineTimeZone } from '../requests/deadlines.js';
import { dutiesFor, languageOf, reminderTimes, type IncidentFacts, type JurisdictionDuties, type Stage, type AuthorityDuty } from './rules.js';

const isoInstant = dateInstant();
const localizedText = z.string().trim().min(1).max(2000);
const localized = z.union([
  localizedText,
  // one text per language: at least one (an empty object would queue a notice without the text)
  z.partialRecord(z.enum(LANGUAGES), localizedText).refine((o) => Object.keys(o).length > 0, { message: 'give the text in at least one language', params: { rule: 'one_language' } }),
]);

/**
 * The texts of the notice to the persons (a string, or one per language): what happened, what the
 * controller does about it, what the person can do. No personal data: the same texts go to everyone.
 */
export const noticeSchema = z.strictObject({ whatHappened: localized, measures: localized, advice: localized });
export type NoticeInput = z.input<typeof noticeSchema>;
export type Notice = z.output<typeof noticeSchema>;
const NOTICE_FIELDS = ['whatHappened', 'measures', 'advice'] as const;

export const incidentSchema = z.strictObject({
  discoveredAt: isoInstant,
  occurredAt: isoInstant.optional(),
  /** A short description for the register: no personal data. */
  summary: z.string().trim().min(1).max(1000).optional(),
  categories: z.array(z.string().min(1).max(64)).min(1).max(200),
  affected: z.union([
    z.strictObject({ subjects: z.array(z.string().min(1).max(100)).min(1).max(1_000_000) }),
    z.strictObject({
      query: z.strictObject({
        jurisdictions: z.array(z.enum(JURISDICTIONS)).min(1).optional(),
        createdFrom: isoInstant.optional(),
        createdTo: isoInstant.optional(),
      }),
    }),
  ]),
  /** Default: a category of kind special-care is involved. */
  specialCare: z.boolean().optional(),
  /** Default: a payment category (card, bank account, transactions) is involved. */
  financial: z.boolean().optional(),
  malicious: z.boolean().default(false),
  encrypted: z.boolean().default(false),
  /** Default: an identity-document category is involved. */
  uniqueIdentifiers: z.boolean().optional(),
  highRisk: z.boolean().optional(),
  /** The texts of the notice to the persons (a string, or one per language); can be set later with `setNotice`. */
  notice: noticeSchema.optional(),
});
export type IncidentInput = z.input<typeof incidentSchema>;

export const reportSchema = z.strictObject({
  jurisdiction: z.enum(JURISDICTIONS),
  stage: z.enum(['preliminary', 'final', 'initial', 'investigation', 'report', 'notice']),
  reportedAt: isoInstant.optional(),
  reference: z.string().trim().min(1).max(500).optional(),
});
export type ReportInput = z.input<typeof reportSchema>;

type Localized = z.output<typeof localized>;

export interface IncidentSummary {
  incidentId: string;
  discoveredAt: string;
  occurredAt?: string;
  summary?: string;
  categories: string[];
  flags: { specialCare: boolean; financial: boolean; malicious: boolean; encrypted: boolean; uniqueIdentifiers: boolean; highRisk?: boolean };
  affected: { total: number; byJurisdiction: Partial<Record<Jurisdiction, number>> };
  status: 'open' | 'closed';
  recordedAt: string;
  recordedBy: { keyId: string; role: string };
  closedAt?: string;
}

/** A regulator's deadline as the register shows it: the duty, and whether and when it was reported. */
export interface DeadlineView extends AuthorityDuty {
  reportedAt?: string;
  reference?: string;
}

export interface IncidentView extends IncidentSummary {
  /** The texts of the notice to the persons, once recorded (`record` or `setNotice`). */
  notice?: Notice;
  deadlines: DeadlineView[];
  people: { jurisdiction: Jurisdiction; required: boolean; dueAt?: string; deadline: string; reasons: string[]; source: string; persons: number; notified: number }[];
}

export interface Reminder {
  incidentId: string;
  jurisdiction: Jurisdiction;
  authority: string;
  stage: Stage | 'people';
  dueAt: string;
  remindAt: string;
  overdue: boolean;
}

type IncidentRow = {
  incident_id: string;
  discovered_at: number;
  occurred_at: number | null;
  summary: string | null;
  categories: string;
  special_care: number;
  financial: number;
  malicious: number;
  encrypted: number;
  unique_identifiers: number;
  high_risk: number | null;
  affected_total: number;
  affected_by_jurisdiction: string;
  notice_json: string | null;
  status: 'open' | 'closed';
  actor_key: string;
  actor_role: string;
  created_at: number;
  closed_at: number | null;
};

const COLUMNS =
  'incident_id, discovered_at, occurred_at, summary, categories, special_care, financial, malicious, encrypted, unique_identifiers, high_risk, affected_total, affected_by_jurisdiction, notice_json, status, actor_key, actor_role, created_at, closed_at';

const EU = new Set(['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE']);

/** The controller's home jurisdiction (its law covers every affected person). */
export function homeJurisdiction(policy: Policy): Jurisdiction | undefined {
  const c = policy.controller.country;
  if (!c) return undefined;
  const j = EU.has(c) ? 'EU' : c === 'US' ? undefined : (c as Jurisdiction);
  return j && (JURISDICTIONS as readonly string[]).includes(j) ? j : undefined;
}

const newId = () => `inc_${randomBytes(15).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '0').slice(0, 20)}`;
const iso = (ms: number) => new Date(ms).toISOString();

/** The part of the job runner the register uses. */
export interface ReminderJobs {
  schedule(kind: string, runAt: Date, payload: { incidentId: string; jurisdiction: string; stage: string }, opts: { key: string }): Promise<unknown>;
  register(kind: string, handler: (job: { payload: unknown }) => Promise<unknown>): void;
}

export const REMINDER_JOB = 'incident.reminder';

export interface IncidentsDeps {
  db: Db;
  policy: () => Policy;
  vault: Vault;
  audit: AuditWriter;
  /** The mail outbox, when it is configured. */
  outbox?: () => OutboxWriter | undefined;
  /** Durable jobs, when configured: reminders are scheduled as `incident.reminder` jobs. */
  jobs?: () => ReminderJobs | undefined;
  /** The person's language preference, when one is known. */
  languageOf?: (subjectId: string) => Promise<Language | undefined>;
  now?: () => Date;
}

export class Incidents {
  private readonly db: Db;
  private readonly now: () => Date;

  constructor(private readonly deps: IncidentsDeps) {
    this.db = deps.db;
    this.now = deps.now ?? (() => new Date());
    deps.jobs?.()?.register(REMINDER_JOB, async (job) => {
      const p = job.payload as { incidentId?: unknown; jurisdiction?: unknown; stage?: unknown } | null;
      if (p && typeof p.incidentId === 'string' && typeof p.jurisdiction === 'string' && typeof p.stage === 'string') await this.remind(p.incidentId, p.jurisdiction, p.stage);
    });
  }

  /** Schedules a reminder job at each reminder time (and at the deadline) of every required report. */
  private async scheduleReminders(view: IncidentView): Promise<number> {
    const jobs = this.deps.jobs?.();
    if (!jobs) return 0;
    const now = this.now().getTime();
    let n = 0;
    for (const d of pendingDuties(view)) {
      const due = new Date(d.dueAt);
      const times = [...reminderTimes(new Date(view.discoveredAt), due), due];
      // An incident recorded late: the reminders already past collapse into one, now.
      const past = times.filter((t) => t.getTime() <= now);
      const when = [...(past.length > 0 ? [new Date(now)] : []), ...times.filter((t) => t.getTime() > now)];
      for (const t of when) {
        await jobs.schedule(REMINDER_JOB, t, { incidentId: view.incidentId, jurisdiction: d.jurisdiction, stage: d.stage }, { key: `${REMINDER_JOB}:${view.incidentId}:${d.jurisdiction}:${d.stage}:${t.getTime()}` });
        n++;
      }
    }
    return n;
  }

  /**
   * A reminder job: if the deadline is still to be met (incident open, the report not recorded as made,
   * or people still to be told for a persons' notice, `stage` 'people'), an `incident.reminder` audit
   * entry and a mail to the controller's privacy contact: `incident_reminder` before the deadline (its
   * instant with the hour, and the hours left), `incident_overdue` after it.
   */
  async remind(incidentId: string, jurisdiction: string, stage: string): Promise<boolean> {
    let view: IncidentView;
    try {
      view = await this.show(incidentId);
    } catch (e) {
      if (e instanceof CustosError && e.code === 'CUSTOS_NOT_FOUND') return false;
      throw e;
    }
    const d = view.status === 'open' ? pendingDuties(view).find((x) => x.jurisdiction === jurisdiction && x.stage === stage) : undefined;
    if (!d) return false;
    const now = this.now();
    const overdue = now.getTime() > new Date(d.dueAt).getTime();
    await this.deps.audit.append({ actor: { keyId: SYSTEM.keyId, role: SYSTEM.role }, action: 'incident.reminder', outcome: 'ok', details: { incidentId, jurisdiction, stage, dueAt: d.dueAt, overdue } });
    const outbox = this.deps.outbox?.();
    const policy = this.deps.policy();
    if (outbox) {
      const language = policy.governing_language;
      // the instant in the zone of the jurisdiction whose law sets it (an EU authority's: the controller's member state)
      const time_zone = deadlineTimeZone(d.jurisdiction, deadlineOptions(policy, d.jurisdiction));
      const data = { reference: incidentId, duty: incidentDuty(language, d.stage, d.authority, d.jurisdiction), due_at: d.dueAt, time_zone };
      await outbox.enqueue({
        language,
        to: { address: policy.controller.contact.email },
        ...(overdue ? { template: 'incident_overdue', data } : { template: 'incident_reminder', data: { ...data, hours_left: Math.floor((new Date(d.dueAt).getTime() - now.getTime()) / 3_600_000) } }),
      });
    }
    return true;
  }

  static async migrate(db: Db): Promise<void> {
    await migrate(db, 'incidents', INCIDENT_MIGRATIONS);
  }

  private async requireManager(actor: Actor, action: string): Promise<void> {
    if (!actor || typeof actor.keyId !== 'string' || typeof actor.role !== 'string') throw invalidInput('actor', 'actor_required', 'name an actor (key id and role)');
    if (mayPerform(this.deps.policy(), actor, 'manage_incidents')) return;
    await this.deps.audit.append({ actor: { keyId: actor.keyId, role: actor.role }, action, outcome: 'denied', reason: 'operation_not_for_role' });
    throw new CustosError('CUSTOS_FORBIDDEN', `role ${actor.role} may not manage incidents`, [{ field: 'actor', rule: 'operation_not_for_role', message: 'the breach register needs a role with the manage_incidents operation' }]);
  }

  /** Records an incident and its affected persons; returns it with the computed deadlines. */
  async record(raw: IncidentInput, actor: Actor): Promise<IncidentView> {
    const input = parseInput(incidentSchema, raw, 'body');
    const policy = this.deps.policy();
    input.categories.forEach((c, i) => {
      if (!Object.hasOwn(policy.categories, c))
        throw new CustosError('CUSTOS_UNKNOWN_FIELD', `categories[${i}]: not a category of the policy`, [{ field: `categories[${i}]`, rule: 'category_declared', message: 'is not a category declared in the policy' }]);
    });
    if (input.discoveredAt > this.now().getTime() + 60_000) throw invalidInput('discoveredAt', 'not_in_future', 'must not be in the future');
    if (input.occurredAt !== undefined && input.occurredAt > input.discoveredAt) throw invalidInput('occurredAt', 'before_discovery', 'must not be after discoveredAt');
    await this.requireManager(actor, 'incident.record');
    const categories = [...new Set(input.categories)];
    const cats = categories.map((c) => policy.categories[c]);
    const specialCare = input.specialCare ?? cats.some((c) => c.kind === 'special-care');
    const financial = input.financial ?? cats.some((c) => c.kind === 'payment' || c.type === 'card_number' || c.type === 'bank_account');
    const uniqueIdentifiers = input.uniqueIdentifiers ?? cats.some((c) => c.type === 'identity_document');

    // The affected persons, with their jurisdictions.
    const affected: { id: string; jurisdiction: Jurisdiction }[] = [];
    if ('subjects' in input.affected) {
      const problems: ErrorDetail[] = [];
      const ids = [...new Set(input.affected.subjects)];
      for (const id of ids) {
        try {
          const s = await this.deps.vault.status(id);
          affected.push({ id, jurisdiction: s.jurisdiction });
        } catch (e) {
          if (e instanceof CustosError && e.code === 'CUSTOS_NOT_FOUND') {
            const field = `affected.subjects[${input.affected.subjects.indexOf(id)}]`;
            problems.push({ field, rule: 'not_found', message: `${field}: no such subject` });
          } else throw e;
        }
      }
      if (problems.length > 0) throw new CustosError('CUSTOS_INVALID_INPUT', `${problems[0].message}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`, problems.slice(0, 100));
    } else {
      const q = input.affected.query;
      for await (const s of this.deps.vault.activeSubjects(1000)) {
        const t = new Date(s.createdAt).getTime();
        if (q.jurisdictions && !q.jurisdictions.includes(s.jurisdiction)) continue;
        if (q.createdFrom !== undefined && t < q.createdFrom) continue;
        if (q.createdTo !== undefined && t > q.createdTo) continue;
        affected.push({ id: s.id, jurisdiction: s.jurisdiction });
      }
    }
    const byJurisdiction: Partial<Record<Jurisdiction, number>> = {};
    for (const a of affected) byJurisdiction[a.jurisdiction] = (byJurisdiction[a.jurisdiction] ?? 0) + 1;

    const incidentId = newId();
    const now = this.now().getTime();
    const scope = 'subjects' in input.affected ? { list: input.affected.subjects.length } : { query: input.affected.query };
    await this.db.tx(async (t) => {
      await t.run(
        `INSERT INTO incidents (${COLUMNS}, scope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          incidentId,
          input.discoveredAt,
          input.occurredAt ?? null,
          input.summary ?? null,
          JSON.stringify(categories),
          specialCare ? 1 : 0,
          financial ? 1 : 0,
          input.malicious ? 1 : 0,
          input.encrypted ? 1 : 0,
          uniqueIdentifiers ? 1 : 0,
          input.highRisk === undefined ? null : input.highRisk ? 1 : 0,
          affected.length,
          JSON.stringify(byJurisdiction),
          input.notice ? JSON.stringify(input.notice) : null,
          'open',
          actor.keyId,
          actor.role,
          now,
          null,
          JSON.stringify(scope),
        ],
      );
      const per = 300;
      for (let i = 0; i < affected.length; i += per) {
        const chunk = affected.slice(i, i + per);
        await t.run(
          `INSERT INTO incident_subjects (subject_id, incident_id, jurisdiction) VALUES ${chunk.map(() => '(?, ?, ?)').join(', ')}`,
          chunk.flatMap((a): Param[] => [a.id, incidentId, a.jurisdiction]),
        );
      }
    });
    await this.deps.audit.append({
      actor: { keyId: actor.keyId, role: actor.role },
      action: 'incident.record',
      fields: categories,
      outcome: 'ok',
      details: { incidentId, affected: affected.length, specialCare, financial, malicious: input.malicious, encrypted: input.encrypted },
    });
    const view = await this.show(incidentId);
    await this.scheduleReminders(view);
    return view;
  }

  private async row(incidentId: string): Promise<IncidentRow> {
    if (typeof incidentId !== 'string' || !/^inc_[a-z0-9]{20}$/.test(incidentId)) throw notFound('incident');
    const r = await this.db.get<IncidentRow>(`SELECT ${COLUMNS} FROM incidents WHERE incident_id = ?`, [incidentId]);
    if (!r) throw notFound('incident');
    return r;
  }

  private summaryOf(r: IncidentRow): IncidentSummary {
    return {
      incidentId: r.incident_id,
      discoveredAt: iso(toInt(r.discovered_at)),
      ...(r.occurred_at != null ? { occurredAt: iso(toInt(r.occurred_at)) } : {}),
      ...(r.summary ? { summary: r.summary } : {}),
      categories: JSON.parse(r.categories),
      flags: {
        specialCare: toInt(r.special_care) === 1,
        financial: toInt(r.financial) === 1,
        malicious: toInt(r.malicious) === 1,
        encrypted: toInt(r.encrypted) === 1,
        uniqueIdentifiers: toInt(r.unique_identifiers) === 1,
        ...(r.high_risk != null ? { highRisk: toInt(r.high_risk) === 1 } : {}),
      },
      affected: { total: toInt(r.affected_total), byJurisdiction: JSON.parse(r.affected_by_jurisdiction) },
      status: r.status,
      recordedAt: iso(toInt(r.created_at)),
      recordedBy: { keyId: r.actor_key, role: r.actor_role },
      ...(r.closed_at != null ? { closedAt: iso(toInt(r.closed_at)) } : {}),
    };
  }

  /** The duties of every jurisdiction concerned: the persons' jurisdictions and the controller's own (which counts everyone). */
  duties(s: IncidentSummary): JurisdictionDuties[] {
    const policy = this.deps.policy();
    const home = homeJurisdiction(policy);
    const js = new Set<Jurisdiction>(Object.keys(s.affected.byJurisdiction) as Jurisdiction[]);
    if (home) js.add(home);
    const out: JurisdictionDuties[] = [];
    for (const j of [...js].sort()) {
      const facts: IncidentFacts = {
        discoveredAt: new Date(s.discoveredAt),
        specialCare: s.flags.specialCare,
        financial: s.flags.financial,
        malicious: s.flags.malicious,
        encrypted: s.flags.encrypted,
        uniqueIdentifiers: s.flags.uniqueIdentifiers,
        highRisk: s.flags.highRisk,
        affected: j === home ? s.affected.total : (s.affected.byJurisdiction[j] ?? 0),
      };
      const d = dutiesFor(j, facts);
      if (d) out.push(d);
    }
    return out;
  }

  async show(incidentId: string): Promise<IncidentView> {
    return this.viewOf(await this.row(incidentId));
  }

  /** The view of an incident read already: its duties, the reports recorded, the persons counted and told. */
  private async viewOf(r: IncidentRow): Promise<IncidentView> {
    const incidentId = r.incident_id;
    const s = this.summaryOf(r);
    const duties = this.duties(s);
    const reports = await this.db.all<{ jurisdiction: string; stage: string; reported_at: number; reference: string | null }>(
      'SELECT jurisdiction, stage, reported_at, reference FROM incident_reports WHERE incident_id = ?',
      [incidentId],
    );
    const reported = new Map(reports.map((x) => [`${x.jurisdiction}|${x.stage}`, x]));
    const counts = await this.db.all<{ jurisdiction: string; n: number; notified: number }>(
      'SELECT jurisdiction, COUNT(*) AS n, COUNT(notified_at) AS notified FROM incident_subjects WHERE incident_id = ? GROUP BY jurisdiction',
      [incidentId],
    );
    const home = homeJurisdiction(this.deps.policy());
    return {
      ...s,
      ...(r.notice_json ? { notice: JSON.parse(r.notice_json) as Notice } : {}),
      deadlines: duties.flatMap((d) =>
        d.authority.map((a) => {
          const rep = reported.get(`${a.jurisdiction}|${a.stage}`);
          return { ...a, ...(rep ? { reportedAt: iso(toInt(rep.reported_at)), ...(rep.reference ? { reference: rep.reference } : {}) } : {}) };
        }),
      ),
      people: duties.map((d) => {
        // The home law covers every affected person; another jurisdiction's law covers its own residents.
        const rows = d.jurisdiction === home ? counts : counts.filter((c) => c.jurisdiction === d.jurisdiction);
        return { ...d.people, persons: rows.reduce((a, c) => a + toInt(c.n), 0), notified: rows.reduce((a, c) => a + toInt(c.notified), 0) };
      }),
    };
  }

  async list(q: { status?: 'open' | 'closed'; limit?: number } = {}): Promise<IncidentSummary[]> {
    return (await this.rows(q)).map((r) => this.summaryOf(r));
  }

  /** The incidents' rows, the most recently discovered first (the status and the limit checked as input). */
  private async rows(q: { status?: 'open' | 'closed'; limit?: number }): Promise<IncidentRow[]> {
    const limit = q.limit ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw invalidInput('limit', 'limit_range', 'must be an integer from 1 to 10000');
    if (q.status !== undefined && q.status !== 'open' && q.status !== 'closed') throw invalidInput('status', 'not_allowed_value', 'must be open or closed');
    return q.status
      ? this.db.all<IncidentRow>(`SELECT ${COLUMNS} FROM incidents WHERE status = ? ORDER BY discovered_at DESC, incident_id LIMIT ?`, [q.status, limit])
      : this.db.all<IncidentRow>(`SELECT ${COLUMNS} FROM incidents ORDER BY discovered_at DESC, incident_id LIMIT ?`, [limit]);
  }

  /** The jurisdictions whose law requires notifying the persons (the home law covers everyone). */
  private notifyingJurisdictions(view: IncidentView): { all: boolean; set: Set<string> } {
    const home = homeJurisdiction(this.deps.policy());
    const req = view.people.filter((p) => p.required);
    return { all: req.some((p) => p.jurisdiction === home), set: new Set(req.map((p) => p.jurisdiction)) };
  }

  /** The persons to notify (ids, jurisdictions, languages), in pages. */
  async *peopleToNotify(incidentId: string, opts: { pendingOnly?: boolean } = {}): AsyncGenerator<{ subjectId: string; jurisdiction: Jurisdiction; language: Language; notifiedAt?: string }> {
    const view = await this.show(incidentId);
    const { all, set } = this.notifyingJurisdictions(view);
    if (!all && set.size === 0) return;
    let after = '';
    for (;;) {
      const rows = await this.db.all<{ subject_id: string; jurisdiction: Jurisdiction; notified_at: number | null }>(
        `SELECT subject_id, jurisdiction, notified_at FROM incident_subjects WHERE incident_id = ? AND subject_id > ?${opts.pendingOnly ? ' AND notified_at IS NULL' : ''} ORDER BY subject_id LIMIT 500`,
        [incidentId, after],
      );
      for (const r of rows) {
        if (!all && !set.has(r.jurisdiction)) continue;
        yield { subjectId: r.subject_id, jurisdiction: r.jurisdiction, language: await this.languageFor(r.subject_id, r.jurisdiction), ...(r.notified_at != null ? { notifiedAt: iso(toInt(r.notified_at)) } : {}) };
      }
      if (rows.length < 500) return;
      after = rows[rows.length - 1].subject_id;
    }
  }

  private async languageFor(subjectId: string, j: Jurisdiction): Promise<Language> {
    const policy = this.deps.policy();
    const pref = await this.deps.languageOf?.(subjectId).catch(() => undefined);
    const lang = pref ?? languageOf(j);
    if (policy.languages.includes(lang)) return lang;
    return policy.languages.includes('en') ? 'en' : policy.governing_language;
  }

  /**
   * Sets the texts of the notice to the persons, or corrects them, while the incident is open and no
   * person has been notified (those told received the texts as they were: the register keeps what was
   * sent). Validated as `record` validates `notice`; all three texts are replaced at once.
   */
  async setNotice(incidentId: string, raw: NoticeInput, actor: Actor): Promise<IncidentView> {
    const notice = parseInput(noticeSchema, raw, 'body');
    await this.requireManager(actor, 'incident.notice');
    await this.row(incidentId);
    const before = await this.db.tx(async (t) => {
      // Locked against a notify pass at once: its claim of each person reads this row (FOR SHARE), so
      // either the persons claimed are counted below or the claim sees the new texts and stops.
      const r = (await t.get<{ status: string; notice_json: string | null }>(`SELECT status, notice_json FROM incidents WHERE incident_id = ?${t.dialect === 'postgres' ? ' FOR UPDATE' : ''}`, [incidentId]))!;
      if (r.status !== 'open')
        throw new CustosError('CUSTOS_CONFLICT', 'the incident is closed: its notice can no longer be changed', [{ field: 'id', rule: 'incident_open', message: 'the notice texts are set while the incident is open' }]);
      const sent = await t.get<{ n: number }>('SELECT COUNT(*) AS n FROM incident_subjects WHERE incident_id = ? AND notified_at IS NOT NULL', [incidentId]);
      if (toInt(sent?.n ?? 0) > 0)
        throw new CustosError('CUSTOS_CONFLICT', 'the notice was sent to the persons already: its texts can no longer be changed', [
          { field: 'id', rule: 'notice_not_sent', message: 'the notice texts are set or corrected before any person is notified; the persons notified received them as they are' },
        ]);
      await t.run('UPDATE incidents SET notice_json = ? WHERE incident_id = ?', [JSON.stringify(notice), incidentId]);
      return r.notice_json ? (JSON.parse(r.notice_json) as Notice) : undefined;
    });
    const changed = NOTICE_FIELDS.filter((f) => !before || JSON.stringify(before[f]) !== JSON.stringify(notice[f]));
    // field names and the incident only: the texts stay in the register
    await this.deps.audit.append({ actor: { keyId: actor.keyId, role: actor.role }, action: 'incident.notice', outcome: 'ok', details: { incidentId, changed, replaced: before !== undefined } });
    return this.show(incidentId);
  }

  /**
   * Queues the breach notice for every person still to be told, each in their language. Needs the
   * mail outbox and the notice texts of the incident.
   */
  async notify(incidentId: string, actor: Actor): Promise<{ queued: number; skipped: number; pending: number }> {
    await this.requireManager(actor, 'incident.notify');
    const r = await this.row(incidentId);
    const outbox = this.deps.outbox?.();
    if (!outbox) throw new CustosError('CUSTOS_CONFIG', 'no mail outbox is configured: the notices cannot be queued', [{ rule: 'outbox_missing', message: 'configure mail to send breach notices' }]);
    if (!r.notice_json)
      throw invalidInput('notice', 'required', 'record the notice texts (whatHappened, measures, advice) before notifying: PUT /v1/incidents/:id/notice, custos incidents notice <id>');
    const notice = JSON.parse(r.notice_json) as Notice;
    const policy = this.deps.policy();
    const pick = (v: Localized, l: Language) => (typeof v === 'string' ? v : (v[l] ?? v[policy.governing_language] ?? v.en ?? Object.values(v)[0]!));
    const label = (c: string, l: Language) => {
      const lb = policy.categories[c]?.label;
      return !lb ? c.replace(/_/g, ' ') : typeof lb === 'string' ? lb : (lb[l] ?? lb.en ?? c.replace(/_/g, ' '));
    };
    const categories = JSON.parse(r.categories) as string[];
    const occurred = iso(toInt(r.occurred_at ?? r.discovered_at));
    const purpose = noticePurpose(policy.purposes);
    let queued = 0;
    let skipped = 0;
    const entries = [];
    for await (const p of this.peopleToNotify(incidentId, { pendingOnly: true })) {
      // Each person is claimed before the notice is queued: of two passes at once (two staff, two
      // servers), one queues it.
      const person = 'WHERE subject_id = ? AND incident_id = ?';
      // The claim holds only while the texts are the ones read above (a correction at once: see setNotice).
      const claimed = await this.db.run(
        `UPDATE incident_subjects SET notified_at = ? ${person} AND notified_at IS NULL AND EXISTS (SELECT 1 FROM incidents WHERE incident_id = ? AND notice_json = ?${this.db.dialect === 'postgres' ? ' FOR SHARE' : ''})`,
        [this.now().getTime(), p.subjectId, incidentId, incidentId, r.notice_json],
      );
      if (claimed.changes !== 1) continue;
      try {
        const { id } = await outbox.enqueue({
          template: 'breach_notice',
          language: p.language,
          to: { subjectId: p.subjectId },
          ...(purpose ? { purpose } : {}),
          data: {
            occurred,
            what_happened: pick(notice.whatHappened, p.language),
            data_affected: categories.map((c) => label(c, p.language)).join(', '),
            measures: pick(notice.measures, p.language),
            advice: pick(notice.advice, p.language),
          },
        });
        await this.db.run(`UPDATE incident_subjects SET notice_id = ? ${person}`, [id, p.subjectId, incidentId]);
        entries.push({ actor: { keyId: actor.keyId, role: actor.role }, action: 'incident.notify', subjectId: p.subjectId, outcome: 'ok' as const, details: { incidentId, language: p.language } });
        queued++;
      } catch (e) {
        // not queued: the person is still to be told
        await this.db.run(`UPDATE incident_subjects SET notified_at = NULL ${person} AND notice_id IS NULL`, [p.subjectId, incidentId]);
        if (e instanceof CustosError && (e.code === 'CUSTOS_SUBJECT_ERASED' || e.code === 'CUSTOS_NOT_FOUND')) {
          skipped++;
          continue;
        }
        throw e;
      }
    }
    if (entries.length > 0) await this.deps.audit.appendMany(entries);
    let pending = 0;
    for await (const _ of this.peopleToNotify(incidentId, { pendingOnly: true })) pending++;
    return { queued, skipped, pending };
  }

  /** Records that a report was made to a regulator (stops its reminders). */
  async report(incidentId: string, raw: ReportInput, actor: Actor): Promise<IncidentView> {
    const input = parseInput(reportSchema, raw, 'body');
    if (input.reportedAt !== undefined) assertNotFuture('reportedAt', input.reportedAt, this.now());
    await this.requireManager(actor, 'incident.report');
    const view = await this.show(incidentId);
    const d = view.deadlines.find((x) => x.jurisdiction === input.jurisdiction && x.stage === input.stage);
    if (!d)
      throw invalidInput('stage', 'stage_of_jurisdiction', `incident ${incidentId} has no ${input.stage} report for ${input.jurisdiction}; its reports: ${view.deadlines.map((x) => `${x.jurisdiction} ${x.stage}`).join(', ') || 'none'}`);
    const at = input.reportedAt ?? this.now().getTime();
    if (at < Date.parse(view.discoveredAt)) throw invalidInput('reportedAt', 'after_discovery', 'must not be before the incident was discovered (discoveredAt)');
    await this.db.run(
      'INSERT INTO incident_reports (incident_id, jurisdiction, stage, reported_at, reference, actor_key, actor_role) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, jurisdiction, stage) DO UPDATE SET reported_at = excluded.reported_at, reference = excluded.reference',
      [incidentId, input.jurisdiction, input.stage, at, input.reference ?? null, actor.keyId, actor.role],
    );
    await this.deps.audit.append({ actor: { keyId: actor.keyId, role: actor.role }, action: 'incident.report', outcome: 'ok', details: { incidentId, jurisdiction: input.jurisdiction, stage: input.stage } });
    return this.show(incidentId);
  }

  /**
   * Closes an incident once its duties are met: every required report recorded, every person a
   * required notice is for notified. Refused while one is outstanding (409, rule `duties_pending`,
   * the duties named): closing would stop their reminders.
   */
  async close(incidentId: string, actor: Actor): Promise<IncidentView> {
    await this.requireManager(actor, 'incident.close');
    const view = await this.show(incidentId);
    const open = view.status === 'open' ? openDuties(view) : [];
    if (open.length > 0) {
      const named = open.map((d) => (d.stage === 'people' ? `${d.jurisdiction} notice to the persons (${d.toTell} still to be told)` : `${d.jurisdiction} ${d.stage} to ${d.authority}`)).join(', ');
      throw new CustosError('CUSTOS_CONFLICT', `incident ${incidentId} has duties still to meet: ${named}`, [
        { field: 'id', rule: 'duties_pending', message: 'record each report made (incidents report) and notify the persons (incidents notify), then close' },
      ]);
    }
    await this.db.run("UPDATE incidents SET status = 'closed', closed_at = ? WHERE incident_id = ? AND status = 'open'", [this.now().getTime(), incidentId]);
    await this.deps.audit.append({ actor: { keyId: actor.keyId, role: actor.role }, action: 'incident.close', outcome: 'ok', details: { incidentId } });
    return this.show(incidentId);
  }

  /**
   * Reminders due at `now` for open incidents: one per required report not yet made (and per
   * persons' notice with a fixed deadline still pending) whose first reminder time has come.
   */
  async reminders(now: Date = this.now()): Promise<Reminder[]> {
    const out: Reminder[] = [];
    for (const r of await this.rows({ status: 'open', limit: 10_000 })) {
      const view = await this.viewOf(r);
      const discovered = new Date(view.discoveredAt);
      for (const d of pendingDuties(view)) {
        const due = new Date(d.dueAt);
        const times = reminderTimes(discovered, due).filter((t) => t.getTime() <= now.getTime());
        if (times.length === 0 && now.getTime() < due.getTime()) continue;
        const remindAt = times.length > 0 ? times[times.length - 1] : due;
        out.push({ incidentId: view.incidentId, jurisdiction: d.jurisdiction, authority: d.authority, stage: d.stage, dueAt: d.dueAt, remindAt: remindAt.toISOString(), overdue: now.getTime() > due.getTime() });
      }
    }
    return out.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  }

  /** Erasure: the people are no longer listed among the affected (the counts stay). */
  async forget(subjectIds: readonly string[]): Promise<void> {
    await runForKeys(this.db, 'DELETE FROM incident_subjects WHERE subject_id', [], subjectIds);
  }
}

/** A duty still to be met: a required report not recorded as made, or a required persons' notice with people still to be told. */
interface OpenDuty {
  jurisdiction: Jurisdiction;
  authority: string;
  stage: Stage | 'people';
  dueAt?: string;
  /** For a persons' notice: how many are still to be told. */
  toTell?: number;
}

/** The duties of an incident still to be met (whatever its status), reports first. */
function openDuties(view: IncidentView): OpenDuty[] {
  const out: OpenDuty[] = [];
  for (const d of view.deadlines) if (d.required && !d.reportedAt) out.push({ jurisdiction: d.jurisdiction, authority: d.authority, stage: d.stage, ...(d.dueAt ? { dueAt: d.dueAt } : {}) });
  for (const p of view.people)
    if (p.required && p.notified < p.persons) out.push({ jurisdiction: p.jurisdiction, authority: 'affected persons', stage: 'people', ...(p.dueAt ? { dueAt: p.dueAt } : {}), toTell: p.persons - p.notified });
  return out;
}

/** The open duties with a fixed deadline: what reminders are for. */
function pendingDuties(view: IncidentView): (OpenDuty & { dueAt: string })[] {
  return openDuties(view).filter((d): d is OpenDuty & { dueAt: string } => d.dueAt !== undefined);
}

/** A person's language preference: the language of their latest consent action, when it was recorded. */
export function consentLanguage(consents: Pick<ConsentStore, 'history'>): (subjectId: string) => Promise<Language | undefined> {
  return async (subjectId) => {
    const h = await consents.history(subjectId);
    for (let i = h.length - 1; i >= 0; i--) {
      const l = h[i].language;
      if (l && (LANGUAGES as readonly string[]).includes(l)) return l as Language;
    }
    return undefined;
  };
}
