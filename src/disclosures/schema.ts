/**
 * Tables of the `disclosures` component. The ledger entry and the receipt record are global rows
 * (a bulk provision is one entry); the per-subject link rows carry `subject_id`, and every statement
 * that looks up a person filters on it. Values are never stored: items are category names.
 */
import type { Migration } from '../store/migrate.js';

export const DISCLOSURE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'provision ledger and received-data records',
    sql: `
CREATE TABLE disclosure_ledger (
  disclosure_id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  recipient_id TEXT,
  recipient_json TEXT NOT NULL,
  categories TEXT NOT NULL,
  purpose TEXT NOT NULL,
  basis TEXT NOT NULL,
  reference TEXT,
  subject_count INTEGER NOT NULL,
  period_from BIGINT NOT NULL,
  period_to BIGINT NOT NULL,
  actor_key TEXT NOT NULL,
  actor_role TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  retain_until BIGINT NOT NULL
);
CREATE INDEX disclosure_ledger_by_period ON disclosure_ledger (period_to, disclosure_id);
CREATE INDEX disclosure_ledger_by_retention ON disclosure_ledger (retain_until);
CREATE TABLE disclosure_subjects (
  subject_id TEXT NOT NULL,
  disclosure_id TEXT NOT NULL,
  provided_at BIGINT NOT NULL,
  PRIMARY KEY (subject_id, disclosure_id)
);
CREATE INDEX disclosure_subjects_by_entry ON disclosure_subjects (disclosure_id, subject_id);
CREATE TABLE received_records (
  receipt_id TEXT PRIMARY KEY,
  provider_json TEXT NOT NULL,
  acquisition TEXT NOT NULL,
  categories TEXT NOT NULL,
  purpose TEXT,
  consent_confirmed INTEGER NOT NULL,
  reference TEXT,
  subject_count INTEGER NOT NULL,
  received_from BIGINT NOT NULL,
  received_to BIGINT NOT NULL,
  actor_key TEXT NOT NULL,
  actor_role TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  retain_until BIGINT NOT NULL
);
CREATE INDEX received_records_by_retention ON received_records (retain_until);
CREATE TABLE received_subjects (
  subject_id TEXT NOT NULL,
  receipt_id TEXT NOT NULL,
  PRIMARY KEY (subject_id, receipt_id)
);
CREATE INDEX received_subjects_by_record ON received_subjects (receipt_id, subject_id);
`,
  },
];
