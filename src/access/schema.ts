import type { Migration } from '../store/migrate.js';

export const ACCESS_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'api keys and restrictions',
    sql: `
-- global (a reference table on Citus)
CREATE TABLE api_keys (
  key_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  secret_hash BLOB NOT NULL,
  created_at BIGINT NOT NULL,
  revoked_at BIGINT,
  last_used_at BIGINT
);
-- subject-scoped: suspension of use (restriction requests)
CREATE TABLE restrictions (
  subject_id TEXT NOT NULL,
  restriction_id TEXT NOT NULL,
  purpose TEXT NOT NULL,
  reason TEXT,
  created_at BIGINT NOT NULL,
  lifted_at BIGINT,
  PRIMARY KEY (subject_id, restriction_id)
);`,
  },
];
