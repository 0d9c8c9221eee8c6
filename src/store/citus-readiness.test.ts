/**
 * Citus readiness: every statement Custos sends to a subject-scoped table filters on subject_id, so the
 * schema can be distributed by subject_id (docs/scaling.md). The suite records every SQL statement a
 * broad workflow sends to PostgreSQL and fails on any that does not, except the few maintenance scans
 * listed below (retention purges run across all shards by design).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { makeEnv, pgAvailable, PG_URL, type Env } from '../../test/backends.js';
import type { Custos } from '../custos.js';

/** Tables distributed by subject_id: every statement on them must name the subject. */
export const SUBJECT_SCOPED = [
  'subjects',
  'subject_fields',
  'subject_records',
  'consent_events',
  'consent_receipts',
  'cookie_choices',
  'restrictions',
  'audit_subject_refs',
  'held_data',
  'disclosure_subjects',
  'received_subjects',
  'incident_subjects',
] as const;

/**
 * Tables that carry a subject_id but are not distributed by it, and why. A new table with a subject_id
 * column must be listed in one of the two lists: the test fails otherwise.
 */
export const NOT_DISTRIBUTED_BY_SUBJECT: Record<string, string> = {
  requests: 'workflow records keyed by request id, listed by due date across subjects (coordinator-local)',
  request_intakes: 'short-lived, looked up by intake id before the subject is known',
  mail_outbox: 'scanned by due time for delivery (coordinator-local)',
  lookup_index: 'blind-index lookup table distributed by digest',
  data_keys: 'key store: distributed by subject_id in the key database (its own statements all filter on subject_id)',
};

/** Maintenance scans across all subjects (retention purges, migrations): allowed without subject_id. */
const MAINTENANCE: RegExp[] = [/^CREATE /i, /FROM cookie_choices WHERE created_at < \?/, /^ALTER /i, /held_until < \?/, /FROM subjects WHERE status/i, /COUNT\(\*\) AS n FROM subjects/i, /SELECT subject_id, closed_at FROM subjects/i, /retention/i, /SELECT DISTINCT r\.subject_id FROM subject_records r JOIN subjects s/];

function tablesIn(sql: string): string[] {
  const out: string[] = [];
  const re = /\b(?:FROM|JOIN|INTO|UPDATE)\s+([a-z_][a-z0-9_]*)/gi;
  for (let m = re.exec(sql); m; m = re.exec(sql)) out.push(m[1].toLowerCase());
  return out;
}

/** SELECT/UPDATE/DELETE filter on subject_id; an INSERT names subject_id among its columns (Citus routes by its value). */
const filtersOnSubject = (sql: string) =>
  /^INSERT INTO [a-z_]+ \([^)]*\bsubject_id\b/i.test(sql) || /\bWHERE\b[^;]*\bsubject_id\s*(=|IN\b)/i.test(sql);

describe.skipIf(!pgAvailable())('Citus readiness [postgres]', () => {
  let env: Env;
  let custos: Custos;
  const statements = new Set<string>();

  beforeAll(async () => {
    // a new schema: the statements recorded include those of its migrations
    env = await makeEnv('postgres', { freshSchema: true });
    custos = await env.open({ traceSql: (sql) => statements.add(sql.replace(/\s+/g, ' ').trim()) });
  });
  afterAll(async () => {
    await env.cleanup();
  });

  it('every table with a subject_id column is either distributed by it or listed with its reason', async () => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    const r = await client.query("SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = $1 AND column_name = 'subject_id'", [env.schema]);
    await client.end();
    const unknown = r.rows.map((x) => x.table_name as string).filter((t) => !(SUBJECT_SCOPED as readonly string[]).includes(t) && !(t in NOT_DISTRIBUTED_BY_SUBJECT));
    expect(unknown).toEqual([]);
  });

  it('a broad workflow sends no subject-scoped statement without a subject_id filter', async () => {
    const app = { keyId: 'app', role: 'application' };
    const support = { keyId: 'desk', role: 'support' };
    const { id } = await custos.subjects.create({ jurisdiction: 'JP', fields: { name: 'Citus Person', email: 'citus@example.jp', phone: '090-5555-6666' } }, { actor: app, purpose: 'account' });
    const { id: other } = await custos.subjects.create({ externalId: 'ext-9', fields: { name: 'Other' } }, { actor: app, purpose: 'account' });
    await custos.subjects.update(id, { name: 'Citus Person 2' }, { actor: support, purpose: 'support' });
    await custos.subjects.read(id, { actor: support, purpose: 'support' });
    await custos.subjects.check(id, { actor: support, purpose: 'support', fields: ['email'] });
    await custos.subjects.find({ email: 'citus@example.jp' }, { actor: support, purpose: 'support' });
    await custos.subjects.addRecord(id, 'transactions', { amount: 1 }, { actor: app, purpose: 'payment' });
    await custos.subjects.records(id, 'transactions', { actor: { keyId: 'b', role: 'billing' }, purpose: 'payment' });
    await custos.consents.record(id, { purpose: 'marketing_email', event: 'grant', policyVersion: 1, method: 'api' });
    await custos.consents.history(id);
    await custos.preferences.record(id, { event: 'grant', purposes: ['marketing_email'], method: 'api' });
    await custos.preferences.history(id);
    await custos.cookieConsent.record({ preferences: true, analytics: false, advertising: false, gpc: false, visitorId: 'v-citus-1' });
    await custos.restrictions.add(id, 'marketing_email');
    await custos.restrictions.lift(id);
    await custos.requests.file(id, { type: 'access', language: 'ja', channel: 'privacy_center' });
    await custos.requests.file(id, { type: 'erasure', language: 'ja', channel: 'privacy_center' }).then((r) => custos.requests.approve(r.requestId, { keyId: 'po', role: 'privacy_officer' }));
    await custos.subjects.erase(other, { actor: app, reason: 'test' });
    await custos.retention.run({ dryRun: true });
    await custos.audit.flush();

    const offenders = [...statements].filter((sql) => {
      const scoped = tablesIn(sql).filter((t) => (SUBJECT_SCOPED as readonly string[]).includes(t));
      return scoped.length > 0 && !filtersOnSubject(sql) && !MAINTENANCE.some((m) => m.test(sql));
    });
    expect(statements.size).toBeGreaterThan(30);
    expect(offenders, offenders.join('\n')).toEqual([]);
  });
});
