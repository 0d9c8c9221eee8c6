/**
 * Consent records: an append-only history of grants and withdrawals per subject and purpose, each
 * tied to the policy version shown. The access decision reads `state(subject, purpose)`.
 */
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import { toInt } from '../store/db.js';
import { migrate } from '../store/migrate.js';
import type { ConsentState } from '../access/decision.js';

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
}

export interface ConsentReader {
  state(subjectId: string, purpose: string): Promise<ConsentState>;
}

export class ConsentStore implements ConsentReader {
  private seq = 0;
  private constructor(private readonly db: Db) {}

  static async open(db: Db): Promise<ConsentStore> {
    await migrate(db, 'consent', CONSENT_MIGRATIONS);
    return new ConsentStore(db);
  }

  async record(
    subjectId: string,
    e: { purpose: string; event: 'grant' | 'withdraw'; policyVersion: number; method: ConsentMethod; language?: string; evidence?: Record<string, string> },
  ): Promise<ConsentEvent> {
    // Events of one subject are ordered by time, then by a per-process sequence within the millisecond.
    const at = Date.now();
    const eventId = `${at.toString(36).padStart(9, '0')}${(this.seq++ % 1_679_616).toString(36).padStart(4, '0')}${randomUUID().slice(0, 8)}`;
    await this.db.run(
      'INSERT INTO consent_events (subject_id, event_id, purpose, event, policy_version, method, language, evidence, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [subjectId, eventId, e.purpose, e.event, e.policyVersion, e.method, e.language ?? null, e.evidence ? JSON.stringify(e.evidence) : null, at],
    );
    return { eventId, purpose: e.purpose, event: e.event, policyVersion: e.policyVersion, method: e.method, language: e.language, evidence: e.evidence, at: new Date(at).toISOString() };
  }

  async state(subjectId: string, purpose: string): Promise<ConsentState> {
    const r = await this.db.get<{ event: string; policy_version: number }>(
      'SELECT event, policy_version FROM consent_events WHERE subject_id = ? AND purpose = ? ORDER BY event_id DESC LIMIT 1',
      [subjectId, purpose],
    );
    if (!r) return { state: 'none' };
    return r.event === 'grant' ? { state: 'granted', policyVersion: toInt(r.policy_version) } : { state: 'withdrawn' };
  }

  async history(subjectId: string): Promise<ConsentEvent[]> {
    const rows = await this.db.all<{ event_id: string; purpose: string; event: 'grant' | 'withdraw'; policy_version: number; method: ConsentMethod; language: string | null; evidence: string | null; created_at: number }>(
      'SELECT event_id, purpose, event, policy_version, method, language, evidence, created_at FROM consent_events WHERE subject_id = ? ORDER BY event_id',
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
    }));
  }

  /** Erasure removes the subject's consent history with the rest of their data. */
  async forget(subjectId: string): Promise<void> {
    await this.db.run('DELETE FROM consent_events WHERE subject_id = ?', [subjectId]);
  }
}
