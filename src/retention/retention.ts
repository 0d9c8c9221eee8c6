/**
 * Retention: deletes personal data once each category's retention period has run out, erases closed
 * accounts that have nothing left to keep, and calls the purges other modules register (visit log,
 * verification codes, expired exports, disclosure ledger, ...). A dry run counts without changing
 * anything. Every deletion is audited with category names and counts, never values.
 *
 * When a period starts (the category's `retention.after`):
 *  - `collection`: a field from its last write (an update collects it again), a record from its creation;
 *  - `last_use`: from the subject's last change (create, update, closure); reads do not count, since
 *    Custos writes nothing on a read;
 *  - `account_closed`, `contract_end`: from the subject's closure (`subjects.close`); an open account
 *    keeps these categories.
 * A legal hold covering a category keeps it for the longer of the retention period and the hold's
 * period, counted from the same event; once the hold ends the data goes like any other.
 */
import { subtractDuration } from '../policy/duration.js';
import type { Policy } from '../policy/schema.js';
import type { RetentionSubject, Vault } from '../vault/vault.js';
import type { AuditEntryInput, AuditWriter } from '../audit/types.js';
import { SYSTEM } from '../access/subjects.js';
import { invalidInput } from '../errors.js';

/** A purge another module exposes: deletes (or, on a dry run, counts) what is past its retention. */
export type PurgeHook = (now: Date, dryRun: boolean) => Promise<number>;

export interface CategoryCount {
  fields: number;
  records: number;
}

export interface RetentionReport {
  dryRun: boolean;
  /** The moment periods were measured against (ISO 8601). */
  asOf: string;
  /** Per category: single-valued fields and records deleted (or that would be). */
  categories: Record<string, CategoryCount>;
  /** Closed subjects past every category's retention: erased by crypto-shredding. */
  subjectsErased: number;
  /** Per registered purge: items deleted (or that would be). */
  hooks: Record<string, number>;
  /** Purges that failed (the run goes on with the others). */
  failures: { hook: string; message: string }[];
}

/** The narrow view of `Subjects` a run needs: erasure through the audited layer. */
export interface Eraser {
  /** `spare`: called once writes to the subjects have stopped; the ids it returns are not erased. */
  eraseMany(
    ids: readonly string[],
    opts: { actor: typeof SYSTEM; reason: string; keepHeld?: boolean; spare?: (ids: readonly string[]) => Promise<readonly string[]> },
  ): Promise<{ erased: readonly unknown[] }>;
}

/** `now` minus an ISO 8601 duration of years, months, weeks and days (calendar arithmetic, UTC), in ms. */
export function before(now: Date, duration: string): number {
  try {
    return subtractDuration(now, duration).getTime();
  } catch {
    throw invalidInput('period', 'iso_duration', 'must be an ISO 8601 duration such as P7Y, P6M or P30D');
  }
}

interface Rule {
  category: string;
  multiple: boolean;
  after: 'collection' | 'last_use' | 'account_closed' | 'contract_end';
  period: string;
  /** Data of this category older than this (epoch ms, counted from `after`) is past retention, holds included. */
  cut: number;
  holds: string[];
}

export class Retention {
  private readonly hooks = new Map<string, PurgeHook>();
  private running: Promise<RetentionReport> | null = null;

  constructor(
    private readonly vault: Vault,
    private readonly policy: () => Policy,
    private readonly subjects: Eraser,
    private readonly audit: AuditWriter,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Registers a module's purge under a name (`telemetry.visits`, `requests.verification_codes`, ...). */
  register(name: string, hook: PurgeHook): void {
    if (!/^[a-z][a-z0-9_.-]{0,63}$/.test(name)) throw invalidInput('name', 'hook_name', 'must be a lower-case name such as telemetry.visits');
    if (this.hooks.has(name)) throw invalidInput('name', 'hook_unique', `a purge named ${name} is registered already`);
    this.hooks.set(name, hook);
  }

  /** Names of the registered purges. */
  registered(): string[] {
    return [...this.hooks.keys()];
  }

  /** The retention rules of the policy in force, as cut-off times for `now`. */
  rules(now: Date): Rule[] {
    const p = this.policy();
    const out: Rule[] = [];
    for (const [category, c] of Object.entries(p.categories)) {
      if (!c.retention) continue;
      const holds = Object.entries(p.legal_holds).filter(([, h]) => h.categories.includes(category));
      const cut = Math.min(before(now, c.retention.period), ...holds.map(([, h]) => before(now, h.period)));
      out.push({ category, multiple: c.multiple, after: c.retention.after, period: c.retention.period, cut, holds: holds.map(([n]) => n) });
    }
    return out;
  }

  /** Runs once at a time: a second call while one runs gets the same report. */
  run(opts: { dryRun?: boolean; now?: Date } = {}): Promise<RetentionReport> {
    if (this.running) return this.running;
    this.running = this.runOnce(opts.dryRun === true, opts.now ?? this.clock()).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runOnce(dryRun: boolean, now: Date): Promise<RetentionReport> {
    if (Number.isNaN(now.getTime())) throw invalidInput('now', 'date', 'must be a valid date');
    const rules = this.rules(now);
    const byCategory = new Map(rules.map((r) => [r.category, r]));
    const counts: Record<string, CategoryCount> = Object.fromEntries(rules.map((r) => [r.category, { fields: 0, records: 0 }]));
    // A closed subject is erased once closed for longer than every closure- or use-based period.
    const closureRules = rules.filter((r) => r.after !== 'collection');
    const closedBefore = closureRules.length > 0 ? Math.min(...closureRules.map((r) => r.cut)) : now.getTime();
    const lastUse = (s: RetentionSubject) => Math.max(s.updatedAt, s.closedAt ?? 0);
    const expiredSubject = (r: Rule, s: RetentionSubject) =>
      r.after === 'last_use' ? lastUse(s) < r.cut : r.after === 'collection' ? false : s.closedAt !== null && s.closedAt < r.cut;
    let erased = 0;

    let after = '';
    for (;;) {
      const page = await this.vault.retentionPage(after, 500);
      if (page.length === 0) break;
      after = page[page.length - 1].id;
      const ids = page.map((s) => s.id);

      // Which closed subjects have nothing left to keep: decided before anything of the page is deleted,
      // and decided again by the erasure once it has stopped writes to them (a record written meanwhile,
      // under a period that has not ended, keeps its subject).
      const candidates = page.filter((s) => s.closedAt !== null && s.closedAt < closedBefore);
      const of = new Map(candidates.map((s) => [s.id, s]));
      const kept = async (subjectIds: readonly string[]): Promise<Set<string>> => {
        const times = await this.vault.dataTimes(subjectIds);
        const keeps = new Set<string>();
        for (const f of times.fields) {
          const r = byCategory.get(f.field);
          if (!r || !(r.after === 'collection' ? f.updatedAt < r.cut : expiredSubject(r, of.get(f.subjectId)!))) keeps.add(f.subjectId);
        }
        for (const x of times.records) {
          const r = byCategory.get(x.category);
          if (!r || !(r.after === 'collection' ? x.newest < r.cut : expiredSubject(r, of.get(x.subjectId)!))) keeps.add(x.subjectId);
        }
        return keeps;
      };
      const toErase: string[] = [];
      if (candidates.length > 0) {
        const keeps = await kept(candidates.map((s) => s.id));
        for (const s of candidates) if (!keeps.has(s.id)) toErase.push(s.id);
      }

      for (const r of rules) {
        const subjectsPast = r.after === 'collection' ? ids : page.filter((s) => expiredSubject(r, s)).map((s) => s.id);
        // `collection` and `last_use` compare each row's own time too, so a write racing the run is kept.
        const rowBefore = r.after === 'collection' || r.after === 'last_use' ? r.cut : null;
        if (subjectsPast.length === 0) continue;
        if (r.multiple) counts[r.category].records += await this.vault.purgeRecords(subjectsPast, r.category, rowBefore, dryRun);
        else counts[r.category].fields += await this.vault.purgeField(subjectsPast, r.category, rowBefore, dryRun);
      }

      if (!dryRun && toErase.length > 0) erased += (await this.subjects.eraseMany(toErase, { actor: SYSTEM, reason: 'retention', keepHeld: false, spare: async (ids) => [...(await kept(ids))] })).erased.length;
      else erased += toErase.length;
    }

    const hooks: Record<string, number> = {};
    const failures: RetentionReport['failures'] = [];
    for (const [name, hook] of this.hooks) {
      try {
        const n = await hook(now, dryRun);
        hooks[name] = Number.isFinite(n) ? n : 0;
      } catch (e) {
        // Messages of other modules' errors name no personal data (error catalog rule); keep only the first line.
        failures.push({ hook: name, message: String((e as Error)?.message ?? e).split('\n')[0].slice(0, 300) });
      }
    }

    if (!dryRun) {
      const entries: AuditEntryInput[] = [];
      for (const r of rules) {
        const c = counts[r.category];
        if (c.fields + c.records === 0) continue;
        entries.push({
          actor: SYSTEM,
          action: 'retention.purge',
          fields: [r.category],
          outcome: 'ok',
          details: { fields: c.fields, records: c.records, period: r.period, after: r.after, ...(r.holds.length > 0 ? { holds: r.holds } : {}) },
        });
      }
      for (const [name, n] of Object.entries(hooks)) if (n > 0) entries.push({ actor: SYSTEM, action: 'retention.purge', outcome: 'ok', details: { hook: name, count: n } });
      for (const f of failures) entries.push({ actor: SYSTEM, action: 'retention.purge', outcome: 'failed', reason: 'hook_failed', details: { hook: f.hook } });
      entries.push({
        actor: SYSTEM,
        action: 'retention.run',
        outcome: failures.length > 0 ? 'failed' : 'ok',
        details: {
          fields: Object.values(counts).reduce((a, c) => a + c.fields, 0),
          records: Object.values(counts).reduce((a, c) => a + c.records, 0),
          subjectsErased: erased,
          hooks: Object.values(hooks).reduce((a, n) => a + n, 0),
        },
      });
      await this.audit.appendMany(entries);
    }
    return { dryRun, asOf: now.toISOString(), categories: counts, subjectsErased: erased, hooks, failures };
  }
}
