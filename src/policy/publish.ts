/**
 * Publishing a policy version: the version is recorded (Custos.open records the policy it is given),
 * compared with the last version subjects were told about, and when it has material changes every
 * active subject is sent a `policy_change` notification in their language through the outbox.
 *
 * An announcement is kept per version (component `policy_announcements`): `notifying` while the
 * subjects are being queued (with a cursor, so an interrupted run resumes where it stopped) and `done`
 * afterwards. `Custos.open` (so the SDK, `custos serve` and every CLI command) refuses a version whose
 * material changes have no finished announcement (`assertAnnounced`), so no new use starts without
 * notice; only `custos policy publish` opens it (`allowUnannouncedChanges`), to announce it. A
 * consent-based new use stays blocked by the access decision until the subject consents under the new
 * version (`coveredSince`).
 *
 * Subjects are read in pages by id (never all in memory). Notifications are queued at least once: a
 * run interrupted between queuing a page and saving its cursor queues that page again when resumed.
 * Run one publication at a time.
 */
import type { Custos } from '../custos.js';
import type { Db } from '../store/db.js';
import { toInt } from '../store/db.js';
import { migrate } from '../store/migrate.js';
import type { AuditActor } from '../audit/types.js';
import { CustosError, invalidInput } from '../errors.js';
import { parseDate } from '../dates.js';
import type { Jurisdiction, Language, Policy } from './schema.js';
import type { PolicyVersion } from './versions.js';
import { diffPolicies, type PolicyChange } from './diff.js';
import { describeChanges } from './notice.js';
import { noticePurpose } from '../mail/types.js';

export const ANNOUNCEMENT_MIGRATIONS = [
  {
    version: 1,
    name: 'policy announcements',
    sql: `
CREATE TABLE policy_announcements (
  ordinal INTEGER PRIMARY KEY,
  base_ordinal INTEGER,
  material INTEGER NOT NULL,
  minor INTEGER NOT NULL,
  status TEXT NOT NULL,
  cursor TEXT,
  queued INTEGER NOT NULL DEFAULT 0,
  skipped INTEGER NOT NULL DEFAULT 0,
  started_at BIGINT NOT NULL,
  finished_at BIGINT
);`,
  },
];

export interface Announcement {
  ordinal: number;
  baseOrdinal?: number;
  material: number;
  minor: number;
  status: 'notifying' | 'done';
  queued: number;
  skipped: number;
  startedAt: string;
  finishedAt?: string;
}

interface Row {
  ordinal: number;
  base_ordinal: number | null;
  material: number;
  minor: number;
  status: 'notifying' | 'done';
  cursor: string | null;
  queued: number;
  skipped: number;
  started_at: number;
  finished_at: number | null;
}

const toAnnouncement = (r: Row): Announcement => ({
  ordinal: toInt(r.ordinal),
  ...(r.base_ordinal !== null ? { baseOrdinal: toInt(r.base_ordinal) } : {}),
  material: toInt(r.material),
  minor: toInt(r.minor),
  status: r.status,
  queued: toInt(r.queued),
  skipped: toInt(r.skipped),
  startedAt: new Date(toInt(r.started_at)).toISOString(),
  ...(r.finished_at !== null ? { finishedAt: new Date(toInt(r.finished_at)).toISOString() } : {}),
});

export async function openAnnouncements(db: Db): Promise<void> {
  await migrate(db, 'policy_announcements', ANNOUNCEMENT_MIGRATIONS);
}

export async function listAnnouncements(db: Db): Promise<Announcement[]> {
  await openAnnouncements(db);
  const rows = await db.all<Row>('SELECT * FROM policy_announcements ORDER BY ordinal');
  return rows.map(toAnnouncement);
}

/**
 * The version subjects were last told about before `ordinal`: the latest earlier version whose
 * announcement is done, or the first version (the notice people saw when they signed up).
 */
export function announcedBase(versions: readonly PolicyVersion[], announced: ReadonlySet<number>, ordinal: number): PolicyVersion | undefined {
  const earlier = versions.filter((v) => v.ordinal < ordinal);
  for (let i = earlier.length - 1; i >= 0; i--) if (announced.has(earlier[i].ordinal) || i === 0) return earlier[i];
  return undefined;
}

export interface PendingAnnouncement {
  version: PolicyVersion;
  base: PolicyVersion;
  material: PolicyChange[];
}

/** The policy in force, when it has material changes that have not been announced; else null. */
export async function pendingAnnouncement(custos: Custos): Promise<PendingAnnouncement | null> {
  const all = await listAnnouncements(custos.db);
  const version = custos.policyVersion;
  if (all.some((a) => a.ordinal === version.ordinal && a.status === 'done')) return null;
  const base = announcedBase(custos.versions.list(), new Set(all.filter((a) => a.status === 'done').map((a) => a.ordinal)), version.ordinal);
  if (!base) return null;
  const { material } = diffPolicies(base.policy, version.policy);
  return material.length > 0 ? { version, base, material } : null;
}

/** Refuses to go on (exit 1, HTTP 403) while the policy in force has unannounced material changes. */
export async function assertAnnounced(custos: Custos, file = custos.info.policyFile ?? 'the policy file'): Promise<void> {
  const p = await pendingAnnouncement(custos);
  if (!p) return;
  throw new CustosError(
    'CUSTOS_POLICY_VIOLATION',
    `policy version ${p.version.ordinal} (${p.version.label}) has ${p.material.length} material change(s) since version ${p.base.ordinal} that subjects have not been told about: run "custos policy publish ${file}" first`,
    p.material.slice(0, 20).map((c) => ({ field: c.path.join('.'), rule: 'policy_change_not_announced', message: c.message })),
  );
}

/** The language a subject is written to in: their jurisdiction's language when the policy has it, else the governing language. */
export function languageFor(policy: Policy, jurisdiction: Jurisdiction | string): Language {
  const byJurisdiction: Record<string, Language> = { JP: 'ja', KR: 'ko', RU: 'ru', VN: 'vi', US: 'en', 'US-CA': 'en', GB: 'en' };
  const lang = byJurisdiction[jurisdiction];
  return lang && policy.languages.includes(lang) ? lang : policy.governing_language;
}

export interface PublishOptions {
  actor: AuditActor;
  /** Where subjects can read the notice (default: the controller's contact URL). */
  url?: string;
  /** The date the change takes effect, YYYY-MM-DD (default: today). */
  effectiveDate?: string;
  /** Subjects per page (default 500). */
  pageSize?: number;
  /** Called after each page, for progress output. */
  onPage?: (queuedSoFar: number) => void;
}

export interface PublishReport {
  ordinal: number;
  label: string;
  baseOrdinal?: number;
  status: 'first_version' | 'already_announced' | 'no_material_changes' | 'notified';
  changes: PolicyChange[];
  material: number;
  queued: number;
  skipped: number;
}

const MAX_SUMMARY = 3900;

/** Announces the policy in force (custos.policyVersion): see the module comment. Idempotent; resumes an interrupted run. */
export async function publishPolicy(custos: Custos, opts: PublishOptions): Promise<PublishReport> {
  const db = custos.db;
  await openAnnouncements(db);
  const version = custos.policyVersion;
  const policy = version.policy;
  const url = opts.url ?? policy.controller.contact.url;
  if (!url) throw invalidInput('url', 'required', 'give the address of the privacy notice (--url), or set controller.contact.url in the policy');
  if (!/^https?:\/\/\S+$/.test(url)) throw invalidInput('url', 'url', 'must be an http(s) URL');
  const effectiveDate = opts.effectiveDate ?? new Date().toISOString().slice(0, 10);
  parseDate('effective', effectiveDate, { dateOnly: true });
  const pageSize = opts.pageSize ?? 500;

  const all = await listAnnouncements(db);
  const existing = all.find((a) => a.ordinal === version.ordinal);
  const base = announcedBase(custos.versions.list(), new Set(all.filter((a) => a.status === 'done').map((a) => a.ordinal)), version.ordinal);
  const diff = base ? diffPolicies(base.policy, policy) : { changes: [] as PolicyChange[], material: [] as PolicyChange[] };
  const report = (status: PublishReport['status'], queued = 0, skipped = 0): PublishReport => ({
    ordinal: version.ordinal,
    label: version.label,
    ...(base ? { baseOrdinal: base.ordinal } : {}),
    status,
    changes: diff.changes,
    material: diff.material.length,
    queued,
    skipped,
  });
  if (existing?.status === 'done') return report('already_announced', existing.queued, existing.skipped);

  const now = () => Date.now();
  const audit = async (r: PublishReport) => {
    await custos.audit.append({
      actor: opts.actor,
      action: 'policy.publish',
      outcome: 'ok',
      details: { ordinal: r.ordinal, label: r.label, base: r.baseOrdinal ?? null, status: r.status, material: r.material, minor: r.changes.length - r.material, queued: r.queued, skipped: r.skipped, digest: version.digest },
    });
    return r;
  };
  if (!base || diff.material.length === 0) {
    await db.run(
      'INSERT INTO policy_announcements (ordinal, base_ordinal, material, minor, status, cursor, queued, skipped, started_at, finished_at) VALUES (?, ?, 0, ?, ?, NULL, 0, 0, ?, ?)',
      [version.ordinal, base?.ordinal ?? null, diff.changes.length, 'done', now(), now()],
    );
    return audit(report(base ? 'no_material_changes' : 'first_version'));
  }

  let cursor = '';
  let queued = 0;
  let skipped = 0;
  if (existing) {
    const row = await db.get<Row>('SELECT * FROM policy_announcements WHERE ordinal = ?', [version.ordinal]);
    cursor = row?.cursor ?? '';
    queued = toInt(row?.queued ?? 0);
    skipped = toInt(row?.skipped ?? 0);
  } else {
    await db.run(
      'INSERT INTO policy_announcements (ordinal, base_ordinal, material, minor, status, cursor, queued, skipped, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?, NULL)',
      [version.ordinal, base.ordinal, diff.material.length, diff.changes.length - diff.material.length, 'notifying', '', now()],
    );
  }

  const summaries = new Map<Language, string>();
  const summaryIn = (lang: Language) => {
    let s = summaries.get(lang);
    if (s === undefined) {
      const lines = describeChanges(policy, diff.changes, lang).map((l) => `- ${l}`);
      s = '';
      for (const l of lines) {
        if (s.length + l.length + 1 > MAX_SUMMARY) break;
        s += (s ? '\n' : '') + l;
      }
      summaries.set(lang, s);
    }
    return s;
  };

  const purpose = noticePurpose(policy.purposes);
  for (;;) {
    // Reads only the subject registry's id, jurisdiction and status, a page at a time.
    const page = await db.all<{ subject_id: string; jurisdiction: string }>(
      "SELECT subject_id, jurisdiction FROM subjects WHERE status = 'active' AND subject_id > ? ORDER BY subject_id LIMIT ?",
      [cursor, pageSize],
    );
    if (page.length === 0) break;
    for (const s of page) {
      const language = languageFor(policy, s.jurisdiction);
      try {
        await custos.outbox.enqueue({
          template: 'policy_change',
          language,
          to: { subjectId: s.subject_id },
          ...(purpose ? { purpose } : {}),
          data: { version: version.label, effective_date: effectiveDate, summary: summaryIn(language), url },
        });
        queued++;
      } catch (e) {
        // Erased between the page read and the enqueue: nobody to tell.
        if (e instanceof CustosError && e.code === 'CUSTOS_SUBJECT_ERASED') skipped++;
        else throw e;
      }
    }
    cursor = page[page.length - 1].subject_id;
    await db.run('UPDATE policy_announcements SET cursor = ?, queued = ?, skipped = ? WHERE ordinal = ?', [cursor, queued, skipped, version.ordinal]);
    opts.onPage?.(queued);
    if (page.length < pageSize) break;
  }
  await db.run("UPDATE policy_announcements SET status = 'done', finished_at = ? WHERE ordinal = ?", [now(), version.ordinal]);
  return audit(report('notified', queued, skipped));
}
