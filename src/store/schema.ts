/** The tables of the data store and of the key store. Every subject-scoped table carries subject_id. */
import type { Migration } from './migrate.js';

export const DATA_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'vault',
    sql: `
CREATE TABLE subjects (
  subject_id TEXT PRIMARY KEY,
  jurisdiction TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  erased_at BIGINT,
  erasure_reason TEXT
);
CREATE TABLE subject_fields (
  subject_id TEXT NOT NULL,
  field TEXT NOT NULL,
  ciphertext BLOB NOT NULL,
  key_version INTEGER NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (subject_id, field)
);
CREATE TABLE subject_records (
  subject_id TEXT NOT NULL,
  record_id TEXT NOT NULL,
  category TEXT NOT NULL,
  ciphertext BLOB NOT NULL,
  key_version INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (subject_id, record_id)
);
CREATE INDEX subject_records_by_category ON subject_records (subject_id, category, record_id);
-- blind indexes: HMAC of a normalised identifier -> subject (email, phone, external id)
CREATE TABLE lookup_index (
  kind TEXT NOT NULL,
  digest TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  PRIMARY KEY (kind, digest, subject_id)
);
CREATE INDEX lookup_index_by_subject ON lookup_index (subject_id);
`,
  },
  {
    version: 2,
    name: 'account closure',
    // When the subject's account was closed (the contract ended): retention periods
    // `after: account_closed` and `after: contract_end` run from it.
    sql: `ALTER TABLE subjects ADD COLUMN closed_at BIGINT;`,
  },
  {
    version: 3,
    name: 'small tables clustered by their keys',
    dialect: 'sqlite',
    // SQLite: a table keyed by text is a rowid table plus an index on the key, so every read by key seeks
    // twice and every insert writes two B-trees. These rows are small (an id, times, one field's
    // ciphertext, a digest), so the table is the key's B-tree itself. Records stay rowid tables: their
    // ciphertext can be large. (PostgreSQL keeps heap tables with their primary-key indexes.)
    sql: `
CREATE TABLE subjects_v3 (
  subject_id TEXT PRIMARY KEY,
  jurisdiction TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  erased_at BIGINT,
  erasure_reason TEXT,
  closed_at BIGINT
) WITHOUT ROWID;
INSERT INTO subjects_v3 (subject_id, jurisdiction, status, created_at, updated_at, erased_at, erasure_reason, closed_at)
  SELECT subject_id, jurisdiction, status, created_at, updated_at, erased_at, erasure_reason, closed_at FROM subjects;
DROP TABLE subjects;
ALTER TABLE subjects_v3 RENAME TO subjects;
CREATE TABLE subject_fields_v3 (
  subject_id TEXT NOT NULL,
  field TEXT NOT NULL,
  ciphertext BLOB NOT NULL,
  key_version INTEGER NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (subject_id, field)
) WITHOUT ROWID;
INSERT INTO subject_fields_v3 (subject_id, field, ciphertext, key_version, updated_at)
  SELECT subject_id, field, ciphertext, key_version, updated_at FROM subject_fields;
DROP TABLE subject_fields;
ALTER TABLE subject_fields_v3 RENAME TO subject_fields;
CREATE TABLE lookup_index_v3 (
  kind TEXT NOT NULL,
  digest TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  PRIMARY KEY (kind, digest, subject_id)
) WITHOUT ROWID;
INSERT INTO lookup_index_v3 (kind, digest, subject_id) SELECT kind, digest, subject_id FROM lookup_index;
DROP TABLE lookup_index;
ALTER TABLE lookup_index_v3 RENAME TO lookup_index;
CREATE INDEX lookup_index_by_subject ON lookup_index (subject_id);
`,
  },
  {
    version: 4,
    name: 'lookup index by category',
    dialect: 'sqlite',
    // Each blind-index entry names the category its value is held in, so a lookup matches the category
    // asked for (an account email) and not another one that happens to hold the same address (a contact
    // form's reply address). Entries made before carry '' until Custos.open has re-derived them from the
    // fields (Vault.indexLookupCategories, which the partial index finds at no cost once none are left).
    sql: `
CREATE TABLE lookup_index_v4 (
  kind TEXT NOT NULL,
  digest TEXT NOT NULL,
  category TEXT NOT NULL DEFAULT '',
  subject_id TEXT NOT NULL,
  PRIMARY KEY (kind, digest, category, subject_id)
) WITHOUT ROWID;
INSERT INTO lookup_index_v4 (kind, digest, category, subject_id)
  SELECT kind, digest, CASE WHEN kind = 'external_id' THEN 'external_id' ELSE '' END, subject_id FROM lookup_index;
DROP TABLE lookup_index;
ALTER TABLE lookup_index_v4 RENAME TO lookup_index;
CREATE INDEX lookup_index_by_subject ON lookup_index (subject_id);
CREATE INDEX lookup_index_unknown_category ON lookup_index (subject_id) WHERE category = '';
`,
  },
  {
    version: 5,
    name: 'lookup index by category',
    dialect: 'postgres',
    // as version 4, for PostgreSQL
    sql: `
ALTER TABLE lookup_index ADD COLUMN category TEXT NOT NULL DEFAULT '';
UPDATE lookup_index SET category = 'external_id' WHERE kind = 'external_id';
ALTER TABLE lookup_index DROP CONSTRAINT lookup_index_pkey;
ALTER TABLE lookup_index ADD PRIMARY KEY (kind, digest, category, subject_id);
CREATE INDEX lookup_index_unknown_category ON lookup_index (subject_id) WHERE category = '';
`,
  },
  {
    version: 6,
    name: 'policy version of each subject',
    // The policy version in force when the subject was created: a use a later version adds applies to
    // their data only with their consent (seed 001). Subjects created before this column are given it
    // from the times the versions were recorded (SUBJECT_VERSION_MIGRATIONS).
    sql: `ALTER TABLE subjects ADD COLUMN policy_version INTEGER;`,
  },
];

/**
 * Run after the policy versions' own migrations (it reads policy_versions): each subject created before
 * subjects recorded their policy version gets the latest version recorded at or before its creation
 * (the first version when none was).
 */
export const SUBJECT_VERSION_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'policy version of subjects created before it was recorded',
    sql: `UPDATE subjects SET policy_version = COALESCE((SELECT MAX(v.ordinal) FROM policy_versions v WHERE v.published_at <= subjects.created_at), 1) WHERE policy_version IS NULL;`,
  },
];

export const KEY_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'keyring',
    sql: `
CREATE TABLE kek_versions (
  version INTEGER PRIMARY KEY,
  verifier BLOB NOT NULL,
  created_at BIGINT NOT NULL,
  retired_at BIGINT
);
CREATE TABLE data_keys (
  subject_id TEXT PRIMARY KEY,
  dek_version INTEGER NOT NULL,
  kek_version INTEGER NOT NULL,
  wrapped BLOB NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX data_keys_by_kek ON data_keys (kek_version);
`,
  },
];
