/** Tables of the `incidents` component: the breach register, the affected persons, the reports made. */
import type { Migration } from '../store/migrate.js';

export const INCIDENT_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'breach register',
    sql: `
CREATE TABLE incidents (
  incident_id TEXT PRIMARY KEY,
  discovered_at BIGINT NOT NULL,
  occurred_at BIGINT,
  summary TEXT,
  categories TEXT NOT NULL,
  special_care INTEGER NOT NULL,
  financial INTEGER NOT NULL,
  malicious INTEGER NOT NULL,
  encrypted INTEGER NOT NULL,
  unique_identifiers INTEGER NOT NULL,
  high_risk INTEGER,
  affected_total INTEGER NOT NULL,
  affected_by_jurisdiction TEXT NOT NULL,
  scope TEXT NOT NULL,
  notice_json TEXT,
  status TEXT NOT NULL,
  actor_key TEXT NOT NULL,
  actor_role TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  closed_at BIGINT
);
CREATE INDEX incidents_by_status ON incidents (status, discovered_at);
CREATE TABLE incident_subjects (
  subject_id TEXT NOT NULL,
  incident_id TEXT NOT NULL,
  jurisdiction TEXT NOT NULL,
  notified_at BIGINT,
  notice_id TEXT,
  PRIMARY KEY (subject_id, incident_id)
);
CREATE INDEX incident_subjects_by_incident ON incident_subjects (incident_id, subject_id);
CREATE TABLE incident_reports (
  incident_id TEXT NOT NULL,
  jurisdiction TEXT NOT NULL,
  stage TEXT NOT NULL,
  reported_at BIGINT NOT NULL,
  reference TEXT,
  actor_key TEXT NOT NULL,
  actor_role TEXT NOT NULL,
  PRIMARY KEY (incident_id, jurisdiction, stage)
);
`,
  },
];
