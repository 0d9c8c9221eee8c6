/**
 * Policy versions. Each distinct policy put in force is stored with an ordinal; consents record the
 * ordinal they were given under. `coveredSince(category, purpose)` is the first ordinal of the current
 * unbroken run of versions that declare that use: a consent older than it does not cover the use
 * (seed 001: new purposes only after announcement and consent).
 */
import { createHash } from 'node:crypto';
import type { Db } from '../store/db.js';
import { toInt } from '../store/db.js';
import { migrate } from '../store/migrate.js';
import type { Policy } from './schema.js';
import { policySchema } from './schema.js';

export const VERSION_MIGRATIONS = [
  {
    version: 1,
    name: 'policy versions',
    sql: `
CREATE TABLE policy_versions (
  ordinal INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  digest TEXT NOT NULL UNIQUE,
  policy_json TEXT NOT NULL,
  published_at BIGINT NOT NULL
);`,
  },
];

export interface PolicyVersion {
  ordinal: number;
  label: string;
  digest: string;
  publishedAt: string;
  policy: Policy;
}

/** Canonical JSON: sorted keys, no whitespace. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
    .join(',')}}`;
}

export function policyDigest(p: Policy): string {
  return createHash('sha256').update(canonicalJson(p)).digest('hex');
}

export class PolicyVersions {
  private constructor(
    private readonly db: Db,
    private versions: PolicyVersion[],
  ) {}

  static async open(db: Db): Promise<PolicyVersions> {
    await migrate(db, 'policy', VERSION_MIGRATIONS);
    return new PolicyVersions(db, await PolicyVersions.load(db));
  }

  private static async load(db: Db): Promise<PolicyVersion[]> {
    const rows = await db.all<{ ordinal: number; label: string; digest: string; policy_json: string; published_at: number }>(
      'SELECT ordinal, label, digest, policy_json, published_at FROM policy_versions ORDER BY ordinal',
    );
    return rows.map((r) => ({
      ordinal: toInt(r.ordinal),
      label: r.label,
      digest: r.digest,
      publishedAt: new Date(toInt(r.published_at)).toISOString(),
      policy: policySchema.parse(JSON.parse(r.policy_json)),
    }));
  }

  list(): readonly PolicyVersion[] {
    return this.versions;
  }

  latest(): PolicyVersion | undefined {
    return this.versions[this.versions.length - 1];
  }

  find(p: Policy): PolicyVersion | undefined {
    const d = policyDigest(p);
    return this.versions.find((v) => v.digest === d);
  }

  /**
   * Stores `p` as a new version unless the same policy is stored already; returns its version. Several
   * processes may do it at once (servers started together with a new policy): an insert that collides
   * reads the versions again, and finds the policy another process stored, or takes the next ordinal.
   */
  async publish(p: Policy): Promise<{ version: PolicyVersion; created: boolean }> {
    const digest = policyDigest(p);
    for (let attempt = 1; ; attempt++) {
      const existing = this.find(p);
      if (existing) return { version: existing, created: false };
      const ordinal = (this.latest()?.ordinal ?? 0) + 1;
      const now = Date.now();
      try {
        await this.db.run('INSERT INTO policy_versions (ordinal, label, digest, policy_json, published_at) VALUES (?, ?, ?, ?, ?)', [ordinal, p.version, digest, canonicalJson(p), now]);
      } catch (e) {
        if (attempt >= 5) throw e;
        this.versions = await PolicyVersions.load(this.db);
        continue;
      }
      const version = { ordinal, label: p.version, digest, publishedAt: new Date(now).toISOString(), policy: p };
      this.versions = [...this.versions, version];
      return { version, created: true };
    }
  }

  /** First ordinal of the unbroken run of versions, up to `upTo`, that declare `category`. */
  categorySince(category: string, upTo: number): number {
    let since = upTo;
    for (let i = this.versions.length - 1; i >= 0; i--) {
      const v = this.versions[i];
      if (v.ordinal > upTo) continue;
      if (!v.policy.categories[category]) break;
      since = v.ordinal;
    }
    return since;
  }

  /**
   * The version that added the use of `category` for `purpose` to a category already collected before it
   * (`coveredSince`), or 0 when the use came with the category: then no data of the category predates it
   * (seed 001: a use added later needs the consent of people whose data was collected before it).
   */
  newUseSince(category: string, purpose: string, upTo: number): number {
    const since = this.coveredSince(category, purpose, upTo);
    return since > this.categorySince(category, upTo) ? since : 0;
  }

  /** First ordinal of the unbroken run of versions, up to `upTo`, that let `category` be used for `purpose`. */
  coveredSince(category: string, purpose: string, upTo: number): number {
    let since = upTo;
    for (let i = this.versions.length - 1; i >= 0; i--) {
      const v = this.versions[i];
      if (v.ordinal > upTo) continue;
      if (!v.policy.categories[category]?.purposes.includes(purpose)) break;
      since = v.ordinal;
    }
    return since;
  }
}
