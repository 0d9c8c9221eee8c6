/**
 * What the rest of Custos writes to the audit log. Entries carry names (fields, purposes, actions),
 * never values. Subjects appear only as opaque references (see `AuditLog.subjectRef`).
 */
export type AuditOutcome = 'allowed' | 'denied' | 'ok' | 'failed';

export interface AuditActor {
  /** API key id, `cli`, `system`, `subject` (the person themself through the privacy center). */
  keyId: string;
  role: string;
}

export interface AuditEntryInput {
  actor: AuditActor;
  /** `subject.read`, `subject.create`, `subject.update`, `subject.erase`, `key.create`, `key.revoke`, `policy.publish`, `disclosure.create`, `request.*`, `alert.*` ... */
  action: string;
  purpose?: string;
  /** The subject's id: the log stores only its opaque reference. */
  subjectId?: string;
  /** Field or category names involved; never values. */
  fields?: string[];
  outcome: AuditOutcome;
  /** Why (denial reasons per field, refusal codes); no personal data. */
  reason?: string;
  /** Small structured details without personal data (counts, ids of requests or recipients). */
  details?: Record<string, string | number | boolean | null | string[]>;
}

export interface AuditWriter {
  /** Appends entries; resolves once they are durable (group commit). */
  append(entry: AuditEntryInput): Promise<{ seq: number }>;
  appendMany(entries: AuditEntryInput[]): Promise<{ seq: number }[]>;
}
