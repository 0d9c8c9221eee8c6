/**
 * Consent records: an append-only history of grants and withdrawals per subject and purpose, each
 * tied to the policy version shown. The access decision reads `state(subject, purpose)`.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { runForKeys, toInt } from '../store/db.js';
import { migrate } from '../store/migrate.js';
import type { ConsentState } from '../access/decision.js';
import { lockLiveSubject, type SubjectColumn } from '../vault/vault.js';

export const CONSENT_MIGRATIONS = [
  {
    version: 1,
    name: 'consent events',
    sql: `
CREATE TABLE consent_events (
  subject_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  purpose TEXT NOT NULL,
  event TEXT NOT NULL,
  policy_version INTEGER NOT NULL,
  method TEXT NOT NULL,
  language TEXT,
  evidence TEXT,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (subject_id, event_id)
);
CREATE INDEX consent_events_by_purpose ON consent_events (subject_id, purpose, created_at);`,
  },
  {
    version: 2,
    name: 'consent receipts and cookie choices',
    sql: `
ALTER TABLE consent_events ADD COLUMN receipt_id TEXT;
CREATE TABLE consent_receipts (
  subject_id TEXT NOT NULL,
  receipt_id TEXT NOT NULL,
  event_type TEXT NOT NULL,
  jws TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (subject_id, receipt_id)
);
CREATE TABLE cookie_choices (
  subject_id TEXT NOT NULL,
  choice_id TEXT NOT NULL,
  holder TEXT NOT NULL,
  preferences INTEGER NOT NULL,
  analytics INTEGER NOT NULL,
  advertising INTEGER NOT NULL,
  gpc INTEGER NOT NULL,
  cookie_digest TEXT NOT NULL,
  policy_version INTEGER NOT NULL,
  language TEXT,
  evidence TEXT,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (subject_id, choice_id)
);
CREATE INDEX cookie_choices_by_time ON cookie_choices (created_at);`,
  },
];

export const CONSENT_METHODS = ['banner', 'form', 'api', 'import', 'privacy_center'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

export interface ConsentEvent {
  eventId: string;
  purpose: string;
  event: 'grant' | 'withdraw';
  policyVersion: number;
  method: ConsentMethod;
  language?: string;
  /** Non-identifying evidence: truncated IP, browser family. */
  evidence?: Record<string, string>;
  at: string;
  /** The receipt issued for this event, when one was. */
  receiptId?: string;
}

export type ConsentEventInput = { purpose: string; event: 'grant' | 'withdraw'; policyVersion: number; method: ConsentMethod; language?: string; evidence?: Record<string, string> };

/** The three cookie categories a visitor chooses (necessary cookies need no consent). */
export interface CookieChoiceInput {
  /** A subject id (`subject`), an anonymous visitor id (`visitor`), or nobody (`anonymous`: an unlinkable choice id). */
  holder: 'subject' | 'visitor' | 'anonymous';
  holderId?: string;
  preferences: boolean;
  analytics: boolean;
  advertising: boolean;
  gpc: boolean;
  cookieDigest: string;
  policyVersion: number;
  language?: string;
  evidence?: Record<string, string>;
}

export interface CookieChoice extends Omit<CookieChoiceInput, 'holderId'> {
  choiceId: string;
  at: string;
}

type EventRow = { event_id: string; purpose: string; event: 'grant' | 'withdraw'; policy_version: number; method: ConsentMethod; language: string | null; evidence: string | null; created_at: number; receipt_id: string | null };

export interface ConsentReader {
  state(subjectId: string, purpose: string): Promise<ConsentState>;
  /** `state` as a column of the vault's statement (see Vault.fetch); read it back with `stateOf`. */
  stateColumn(purpose: string): SubjectColumn;
  stateOf(value: unknown): ConsentState;
}

/** Event ids per millisecond of one process: four base-36 digits. */
const SEQ_SPAN = 36 ** 4;

export class ConsentStore implements ConsentReader {
  private seq = 0;
  private constructor(private readonly db: Db) {}

  static async open(db: Db): Promise<ConsentStore> {
    await migrate(db, 'consent', CONSENT_MIGRATIONS);
    return new ConsentStore(db);
  }

  async record(subjectId: string, e: ConsentEventInput): Promise<ConsentEvent> {
    return (await this.recordAll(subjectId, [e]))[0];
  }

  /**
   * Events of one subject are ordered by their id: the time, then a per-process sequence within the
   * millisecond. An id is always after `after` (the subject's last event): a server whose clock is
   * behind the one that recorded the last event still records the newer event as newer (a withdrawal
   * after a grant must win, whatever the clocks say).
   */
  private nextEventId(at: number, after: string | null): string {
    const tail = randomUUID().slice(0, 8);
    const id = `${at.toString(36).padStart(9, '0')}${(this.seq++ % SEQ_SPAN).toString(36).padStart(4, '0')}${tail}`;
    if (after === null || id > after) return id;
    const time = parseInt(after.slice(0, 9), 36);
    const seq = parseInt(after.slice(9, 13), 36) + 1;
    return seq < SEQ_SPAN ? `${after.slice(0, 9)}${seq.toString(36).padStart(4, '0')}${tail}` : `${(time + 1).toString(36).padStart(9, '0')}0000${tail}`;
  }

  /**
   * Records several events of one subject at once (all or none), optionally with the receipt issued
   * for them: `receipt(events)` returns the receipt id and its JWS, stored in the same transaction.
   */
  async recordAll(
    subjectId: string,
    inputs: ConsentEventInput[],
    receipt?: (events: ConsentEvent[]) => Promise<{ receiptId: string; eventType: string; jws: string }>,
  ): Promise<ConsentEvent[]> {
    const last = await this.db.get<{ id: string | null }>('SELECT MAX(event_id) AS id FROM consent_events WHERE subject_id = ?', [subjectId]);
    let after = last?.id ?? null;
    const at = Date.now();
    const events: ConsentEvent[] = inputs.map((e) => ({
      eventId: (after = this.nextEventId(at, after)),
      purpose: e.purpose,
      event: e.event,
      policyVersion: e.policyVersion,
      method: e.method,
      ...(e.language ? { language: e.language } : {}),
      ...(e.evidence ? { evidence: e.evidence } : {}),
      at: new Date(at).toISOString(),
    }));
    const r = receipt && events.length > 0 ? await receipt(events) : undefined;
    await this.db.tx(async (t) => {
      // nothing is recorded for a subject an erasure got to meanwhile (it forgets consents as it goes)
      await lockLiveSubject(t, subjectId);
      for (const e of events) {
        if (r) e.receiptId = r.receiptId;
        await t.run(
          'INSERT INTO consent_events (subject_id, event_id, purpose, event, policy_version, method, language, evidence, created_at, receipt_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [subjectId, e.eventId, e.purpose, e.event, e.policyVersion, e.method, e.language ?? null, e.evidence ? JSON.stringify(e.evidence) : null, at, r?.receiptId ?? null],
        );
      }
      if (r)
        await t.run('INSERT INTO consent_receipts (subject_id, receipt_id, event_type, jws, created_at) VALUES (?, ?, ?, ?, ?)', [subjectId, r.receiptId, r.eventType, r.jws, at]);
    });
    return events;
  }

  /** The receipts issued to a subject, oldest first. */
  async receipts(subjectId: string): Promise<{ receiptId: string; eventType: string; jws: string; at: string }[]> {
    const rows = await this.db.all<{ receipt_id: string; event_type: string; jws: string; created_at: number }>(
      'SELECT receipt_id, event_type, jws, created_at FROM consent_receipts WHERE subject_id = ? ORDER BY created_at, receipt_id',
      [subjectId],
    );
    return rows.map((r) => ({ receiptId: r.receipt_id, eventType: r.event_type, jws: r.jws, at: new Date(toInt(r.created_at)).toISOString() }));
  }

  /**
   * Records a cookie-banner choice. The row is keyed by the subject id, the anonymous visitor id, or
   * (when there is neither) a fresh choice id that links to nothing.
   */
  async recordCookieChoice(c: CookieChoiceInput): Promise<CookieChoice> {
    const known = c.holder === 'subject' ? c.holderId! : c.holder === 'visitor' ? `visitor:${c.holderId}` : null;
    // ordered after the holder's last choice, as consent events are (the latest choice is the one in force)
    const last = known === null ? undefined : await this.db.get<{ id: string | null }>('SELECT MAX(choice_id) AS id FROM cookie_choices WHERE subject_id = ?', [known]);
    const at = Date.now();
    const choiceId = this.nextEventId(at, last?.id ?? null);
    const key = known ?? `choice:${choiceId}`;
    await this.db.tx(async (t) => {
      if (c.holder === 'subject') await lockLiveSubject(t, key);
      await t.run(
        'INSERT INTO cookie_choices (subject_id, choice_id, holder, preferences, analytics, advertising, gpc, cookie_digest, policy_version, language, evidence, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [key, choiceId, c.holder, c.preferences ? 1 : 0, c.analytics ? 1 : 0, c.advertising ? 1 : 0, c.gpc ? 1 : 0, c.cookieDigest, c.policyVersion, c.language ?? null, c.evidence ? JSON.stringify(c.evidence) : null, at],
      );
    });
    const { holderId: _h, ...rest } = c;
    return { ...rest, choiceId, at: new Date(at).toISOString() };
  }

  /** Cookie choices of a subject, or of an anonymous visitor (`{ visitorId }`), oldest first. */
  async cookieChoices(who: string | { visitorId: string }): Promise<CookieChoice[]> {
    const key = typeof who === 'string' ? who : `visitor:${who.visitorId}`;
    const rows = await this.db.all<{ choice_id: string; holder: CookieChoice['holder']; preferences: number; analytics: number; advertising: number; gpc: number; cookie_digest: string; policy_version: number; language: string | null; evidence: string | null; created_at: number }>(
      'SELECT choice_id, holder, preferences, analytics, advertising, gpc, cookie_digest, policy_version, language, evidence, created_at FROM cookie_choices WHERE subject_id = ? ORDER BY choice_id',
      [key],
    );
    return rows.map((r) => ({
      choiceId: r.choice_id,
      holder: r.holder,
      preferences: toInt(r.preferences) === 1,
      analytics: toInt(r.analytics) === 1,
      advertising: toInt(r.advertising) === 1,
      gpc: toInt(r.gpc) === 1,
      cookieDigest: r.cookie_digest,
      policyVersion: toInt(r.policy_version),
      ...(r.language ? { language: r.language } : {}),
      ...(r.evidence ? { evidence: JSON.parse(r.evidence) } : {}),
      at: new Date(toInt(r.created_at)).toISOString(),
    }));
  }

  /**
   * Retention of anonymous and visitor cookie choices (subjects' choices go with the subject): rows
   * older than `before` are deleted. A batch job over all holders, so it does not filter on subject_id.
   */
  async purgeCookieChoices(before: Date, dryRun = false): Promise<number> {
    if (dryRun) {
      const r = await this.db.get<{ n: number }>("SELECT COUNT(*) AS n FROM cookie_choices WHERE created_at < ? AND holder <> 'subject'", [before.getTime()]);
      return toInt(r?.n ?? 0);
    }
    const r = await this.db.run("DELETE FROM cookie_choices WHERE created_at < ? AND holder <> 'subject'", [before.getTime()]);
    return r.changes;
  }

  async state(subjectId: string, purpose: string): Promise<ConsentState> {
    const r = await this.db.get<{ event: string; policy_version: number }>(
      'SELECT event, policy_version FROM consent_events WHERE subject_id = ? AND purpose = ? ORDER BY event_id DESC LIMIT 1',
      [subjectId, purpose],
    );
    if (!r) return { state: 'none' };
    return r.event === 'grant' ? { state: 'granted', policyVersion: toInt(r.policy_version) } : { state: 'withdrawn' };
  }

  stateColumn(purpose: string): SubjectColumn {
    return {
      sql: "(SELECT c.event || ' ' || c.policy_version FROM consent_events c WHERE c.subject_id = s.subject_id AND c.purpose = ? ORDER BY c.event_id DESC LIMIT 1)",
      params: [purpose],
    };
  }

  stateOf(value: unknown): ConsentState {
    if (typeof value !== 'string') return { state: 'none' };
    const [event, version] = value.split(' ');
    return event === 'grant' ? { state: 'granted', policyVersion: Number(version) } : { state: 'withdrawn' };
  }

  async history(subjectId: string): Promise<ConsentEvent[]> {
    const rows = await this.db.all<EventRow>(
      'SELECT event_id, purpose, event, policy_version, method, language, evidence, created_at, receipt_id FROM consent_events WHERE subject_id = ? ORDER BY event_id',
      [subjectId],
    );
    return rows.map((r) => ({
      eventId: r.event_id,
      purpose: r.purpose,
      event: r.event,
      policyVersion: toInt(r.policy_version),
      method: r.method,
      ...(r.language ? { language: r.language } : {}),
      ...(r.evidence ? { evidence: JSON.parse(r.evidence) } : {}),
      at: new Date(toInt(r.created_at)).toISOString(),
      ...(r.receipt_id ? { receiptId: r.receipt_id } : {}),
    }));
  }

  /**
   * A visitor who withdraws analytics and asks to be forgotten: their earlier choices under the visitor
   * id go (the withdrawal itself is recorded without it), so no later visit can be tied to the id again
   * on the strength of an old grant.
   */
  async forgetVisitor(visitorId: string): Promise<number> {
    return (await this.db.run('DELETE FROM cookie_choices WHERE subject_id = ?', [`visitor:${visitorId}`])).changes;
  }

  /** Erasure removes the subjects' consent history with the rest of their data. */
  async forget(subjectIds: readonly string[]): Promise<void> {
    await this.db.tx(async (t) => {
      for (const table of ['consent_events', 'consent_receipts', 'cookie_choices']) await runForKeys(t, `DELETE FROM ${table} WHERE subject_id`, [], subjectIds);
    });
  }
}
