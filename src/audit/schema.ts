/** The audit tables: the chain, its head, subject references, checkpoints and alerts (data store); the signing key (key store). */
import type { Migration } from '../store/migrate.js';
import { GENESIS_HASH } from './canonical.js';

export const AUDIT_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'audit log',
    sql: `
CREATE TABLE audit_entries (
  seq BIGINT PRIMARY KEY,
  time TEXT NOT NULL,
  actor_key_id TEXT NOT NULL,
  actor_role TEXT NOT NULL,
  action TEXT NOT NULL,
  purpose TEXT,
  subject_ref TEXT,
  fields TEXT,
  outcome TEXT NOT NULL,
  reason TEXT,
  details TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_entries_by_subject ON audit_entries (subject_ref, seq);
CREATE INDEX audit_entries_by_actor ON audit_entries (actor_key_id, seq);
CREATE INDEX audit_entries_by_action ON audit_entries (action, seq);
CREATE INDEX audit_entries_by_time ON audit_entries (time);
-- the chain head: one row, locked by each group commit so that two writers never fork the chain
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY,
  seq BIGINT NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '${GENESIS_HASH}');
-- subject-scoped: every statement filters on subject_id or ref
CREATE TABLE audit_subject_refs (
  subject_id TEXT PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE
);
CREATE TABLE audit_checkpoints (
  seq BIGINT PRIMARY KEY,
  hash TEXT NOT NULL,
  time TEXT NOT NULL,
  public_key TEXT NOT NULL,
  signature TEXT NOT NULL
);
CREATE TABLE audit_alerts (
  id TEXT PRIMARY KEY,
  rule TEXT NOT NULL,
  actor_key_id TEXT NOT NULL,
  role TEXT NOT NULL,
  window_start TEXT NOT NULL,
  window_end TEXT NOT NULL,
  count INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  acknowledged_at TEXT
);
CREATE INDEX audit_alerts_by_time ON audit_alerts (created_at);
`,
  },
  {
    version: 2,
    name: 'subject index off the commit path',
    dialect: 'sqlite',
    // SQLite: an index keyed by subject puts each entry for a random subject on a random page, and those
    // pages were most of what every audit commit wrote. Entries are indexed by subject in bulk instead, up
    // to audit_head.indexed_seq; queries by subject read this table up to that mark and scan the short tail
    // of entries after it. (A log with a writer thread now keeps the index in a file of its own: subject-index.ts.)
    sql: `
CREATE TABLE audit_subject_index (
  subject_ref TEXT NOT NULL,
  seq BIGINT NOT NULL,
  PRIMARY KEY (subject_ref, seq)
) WITHOUT ROWID;
INSERT INTO audit_subject_index (subject_ref, seq) SELECT subject_ref, seq FROM audit_entries WHERE subject_ref IS NOT NULL ORDER BY subject_ref, seq;
ALTER TABLE audit_head ADD COLUMN indexed_seq BIGINT NOT NULL DEFAULT 0;
UPDATE audit_head SET indexed_seq = seq;
DROP INDEX audit_entries_by_subject;
`,
  },
  {
    version: 3,
    name: 'monitor lease',
    // shared monitoring: which process follows the log (AccessMonitor, option shared)
    sql: `
CREATE TABLE audit_monitor_lease (
  id INTEGER PRIMARY KEY,
  holder TEXT NOT NULL,
  until_ms BIGINT NOT NULL
);
`,
  },
];

export const AUDIT_KEY_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'audit signing keys',
    sql: `
CREATE TABLE audit_signing_keys (
  key_id TEXT PRIMARY KEY,
  public_key TEXT NOT NULL,
  private_key BLOB NOT NULL,
  sealed INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  retired_at BIGINT
);
`,
  },
  {
    version: 2,
    name: 'audit signing keys: MAC column',
    // the MAC (key derived from the master key) over key id, public key and whether the private key is
    // sealed; computed for the rows already there by AUDIT_KEY_BINDING, when a MAC key is given
    sql: 'ALTER TABLE audit_signing_keys ADD COLUMN mac BLOB;',
  },
];

/**
 * Binds the signing keys already in the key store to the master key: applied (with nothing to run in SQL)
 * in the transaction in which AuditLog.open computes their MACs, the first time it is given a MAC key.
 * The store is trusted at that moment; a row added later without the master key never gets a MAC.
 */
export const AUDIT_KEY_BINDING: Migration = { version: 3, name: 'audit signing keys bound to the master key', sql: '' };
