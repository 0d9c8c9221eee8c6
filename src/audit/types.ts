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

/** Custos's own processes (request fulfilment, retention, mail delivery, monitoring); never given to a key. */
export const SYSTEM: AuditActor = { keyId: 'system', role: 'system' };

/**
 * The CLI's actor: whoever runs `custos` on the host holds the master key and the stores, so the CLI may
 * do what any role may (each act is audited under this actor); never given to a key.
 */
export const OPERATOR: AuditActor = { keyId: 'cli', role: 'operator' };

/** Custos itself or the CLI's operator: the actors no policy role is needed for. */
export function isBuiltIn(actor: AuditActor | undefined): boolean {
  return (actor?.keyId === SYSTEM.keyId && actor.role === SYSTEM.role) || (actor?.keyId === OPERATOR.keyId && actor.role === OPERATOR.role);
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

/** What the access monitor's rules read of an entry. */
export type MonitoredEntry = Pick<StoredAuditEntry, 'seq' | 'time' | 'actor' | 'action' | 'outcome' | 'subjectRef'>;

/** An entry as stored: the input plus its place in the chain. Subjects appear only as `subjectRef`. */
export interface StoredAuditEntry {
  seq: number;
  /** ISO 8601 UTC (`Date.prototype.toISOString`). */
  time: string;
  actor: AuditActor;
  action: string;
  purpose?: string;
  /** Opaque reference of the subject; its mapping to the subject id is deleted on erasure. */
  subjectRef?: string;
  fields?: string[];
  outcome: AuditOutcome;
  reason?: string;
  details?: Record<string, string | number | boolean | null | string[]>;
  /** Hash of the previous entry (64 zeros for the first). */
  prevHash: string;
  /** SHA-256(prevHash + canonical JSON of the entry), lowercase hex. */
  hash: string;
}

/** A signed statement "entry `seq` of this log has hash `hash`" (Ed25519 over the canonical JSON of the other fields). */
export interface Checkpoint {
  seq: number;
  hash: string;
  time: string;
  /** Raw 32-byte Ed25519 public key, base64url (the `x` of its JWK). */
  publicKey: string;
  /** 64-byte Ed25519 signature, base64url. */
  signature: string;
}

export type AuditBreakKind = 'hash_mismatch' | 'missing_entry' | 'order' | 'truncated' | 'checkpoint_mismatch' | 'bad_signature';

export type AuditVerifyResult =
  | { ok: true; entries: number; lastSeq: number; lastHash: string; checkpoints: number }
  | { ok: false; seq: number; kind: AuditBreakKind; message: string };
