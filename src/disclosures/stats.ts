/**
 * Anonymised statistics for partners (seed 003: "only anonymised and statistical data"). Counts of
 * persons grouped by coarse dimensions, k-anonymous with complementary suppression (suppress.ts),
 * optionally with Laplace noise; never an identifier or a raw value. The vault is read in pages as
 * Custos itself (constant memory), one `stats.export` audit entry is written, and the export is
 * recorded in the ledger as an anonymised provision listing the items it contains.
 *
 * Counting a person is a use of their data: a person who has restricted processing (GDPR Art. 18,
 * seed 001's suspension of use) is left out of the counts, as from every other use their restriction
 * stops. That is a restriction of every use (`*`), unless the policy declares a purpose
 * `anonymised_statistics` that survives restriction, or one of `anonymised_statistics` itself. A stop
 * of third-party provision does not leave a person out: these counts are not personal data provided
 * to anyone (APPI treats statistical data as outside its provision rules).
 */
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import type { Policy } from '../policy/schema.js';
import type { Vault } from '../vault/vault.js';
import type { Restrictions } from '../access/restrictions.js';
import type { Actor } from '../access/keys.js';
import type { AuditWriter } from '../audit/types.js';
import { CustosError, invalidInput } from '../errors.js';
import { parseInput } from '../validation.js';
import { ageOn } from '../vault/values.js';
import { addNoise, suppress, type PublishedTable } from './suppress.js';
import type { Disclosures, LedgerEntry } from './disclosures.js';
import { mayManageDisclosures } from './recipients.js';
import { recipientInfo, snapshotOf, type RecipientSnapshot } from './recipients.js';
import { csvLine } from '../csv.js';

/** Dimensions that are always available; enum categories of the policy (closed value lists) can be used too. */
export const BUILTIN_DIMENSIONS = ['country', 'jurisdiction', 'age_band', 'category'] as const;

export const statsSchema = z.strictObject({
  groupBy: z.array(z.string().min(1).max(64)).min(1).max(4),
  k: z.number().int().min(2).max(1_000_000).default(10),
  /** Below 0.01 the noise (scale 1/epsilon, over 100) drowns every count: no table worth publishing. */
  epsilon: z.number().min(0.01).max(100).optional(),
  /** A registry recipient id, or the partner's name. */
  recipient: z.string().trim().min(1).max(300).optional(),
  /** Country values seen fewer than k times are merged into `other` before suppression (default true). */
  generalise: z.boolean().default(true),
});
export type StatsInput = z.input<typeof statsSchema>;

export interface StatsRow {
  /** Dimension -> value; `*` where the row is a total over that dimension. */
  group: Record<string, string>;
  count: number | null;
  suppressed: 'primary' | 'complementary' | null;
  total: boolean;
}

export interface StatsExport {
  dims: string[];
  k: number;
  /** Present when Laplace noise was added: scale 1/epsilon, sensitivity 1 per cell. */
  noise?: { mechanism: 'laplace'; epsilon: number; sensitivity: 1; note: string };
  generalised: string[];
  rows: StatsRow[];
  published: number;
  suppressed: number;
  disclosureId: string;
  createdAt: string;
}

export function ageBand(birth: unknown, today: Date): string {
  if (typeof birth !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(birth)) return 'unknown';
  const a = ageOn(birth, today);
  if (a < 13) return 'under_13';
  if (a < 18) return '13-17';
  if (a < 30) return '18-29';
  if (a >= 70) return '70+';
  const lo = Math.floor(a / 10) * 10;
  return `${lo}-${lo + 9}`;
}

/** The use statistics are, as a purpose id: what a restriction of that one use names. */
export const STATS_PURPOSE = 'anonymised_statistics';

export interface StatsDeps {
  policy: () => Policy;
  vault: Vault;
  restrictions: Restrictions;
  audit: AuditWriter;
  disclosures: Disclosures;
  now?: () => Date;
  /** Uniform (0, 1) source for the noise; default crypto-random. */
  uniform?: () => number;
}

const cryptoUniform = () => (randomInt(1, 2 ** 47) / 2 ** 47);

export async function exportStats(deps: StatsDeps, raw: StatsInput, actor: Actor): Promise<StatsExport> {
  const input = parseInput(statsSchema, raw, 'body');
  const policy = deps.policy();
  const now = (deps.now ?? (() => new Date()))();
  const dims = input.groupBy;
  if (new Set(dims).size !== dims.length) throw invalidInput('groupBy', 'duplicate_dimension', 'each dimension once');
  dims.forEach((d, i) => {
    const builtin = (BUILTIN_DIMENSIONS as readonly string[]).includes(d);
    const c = policy.categories[d];
    if (!builtin && !(c && c.type === 'enum' && !c.multiple))
      throw invalidInput(`groupBy[${i}]`, 'dimension_allowed', `must be one of ${BUILTIN_DIMENSIONS.join(', ')} or an enum category of the policy`);
  });
  if (!mayManageDisclosures(policy, actor))
    throw new CustosError('CUSTOS_FORBIDDEN', `role ${actor.role} may not export statistics`, [
      { field: 'actor', rule: 'operation_not_for_role', message: 'statistics exports need a role with the manage_disclosures operation' },
    ]);
  let recipient: RecipientSnapshot | undefined;
  if (input.recipient) recipient = Object.hasOwn(policy.recipients, input.recipient) ? snapshotOf(recipientInfo(policy, input.recipient)) : { type: 'third_party', name: input.recipient };

  const birthCat = policy.minimum_age?.birth_date_category ?? (Object.entries(policy.categories).find(([, c]) => c.type === 'date' && c.kind === 'identity')?.[0]);
  const countryCat = Object.hasOwn(policy.categories, 'country') ? 'country' : Object.entries(policy.categories).find(([, c]) => c.type === 'country' && !c.multiple)?.[0];
  const singles = Object.entries(policy.categories).filter(([, c]) => !c.multiple).map(([id]) => id);
  const multiples = Object.entries(policy.categories).filter(([, c]) => c.multiple).map(([id]) => id);
  const needCategory = dims.includes('category');
  const wanted = new Set<string>();
  if (dims.includes('age_band') && birthCat) wanted.add(birthCat);
  if (dims.includes('country') && countryCat) wanted.add(countryCat);
  for (const d of dims) if (policy.categories[d]) wanted.add(d);

  // One pass over the vault, in pages: counts per combination, nothing else kept. A person whose
  // restriction stops this use is not read, nor counted.
  const survives = Object.hasOwn(policy.purposes, STATS_PURPOSE) && policy.purposes[STATS_PURPOSE].survives_restriction;
  const stopsStats = (restricted: Set<string> | undefined) => !!restricted && (restricted.has(STATS_PURPOSE) || (restricted.has('*') && !survives));
  const counts = new Map<string, number>();
  let scanned = 0;
  let restrictedN = 0;
  for await (const page of pages(deps.vault.activeSubjects(PAGE), PAGE)) {
    const restricted = await deps.restrictions.purposesFor(page.map((s) => s.id));
    for (const s of page) {
      if (stopsStats(restricted.get(s.id))) {
        restrictedN++;
        continue;
      }
      let fields: Record<string, unknown> = {};
      try {
        if (needCategory) fields = (await deps.vault.read(s.id, singles)).fields;
        else if (wanted.size > 0) fields = (await deps.vault.read(s.id, [...wanted])).fields;
      } catch {
        continue; // erased meanwhile
      }
      scanned++;
      const values: string[][] = dims.map((d) => {
        if (d === 'jurisdiction') return [s.jurisdiction];
        if (d === 'country') {
          const v = countryCat ? fields[countryCat] : undefined;
          return [typeof v === 'string' ? v : s.jurisdiction];
        }
        if (d === 'age_band') return [ageBand(birthCat ? fields[birthCat] : undefined, now)];
        if (d === 'category') return Object.keys(fields).filter((f) => fields[f] !== null && fields[f] !== undefined);
        const v = fields[d];
        return [typeof v === 'string' ? v : 'unknown'];
      });
      if (needCategory) {
        const ci = dims.indexOf('category');
        for (const m of multiples) {
          for await (const _r of deps.vault.records(s.id, m, 1)) {
            values[ci].push(m);
            break;
          }
        }
      }
      for (const combo of cross(values)) {
        const key = JSON.stringify(combo);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }

  // Generalisation: rare countries become `other`.
  const generalised: string[] = [];
  const ci = dims.indexOf('country');
  if (ci >= 0 && input.generalise) {
    const per = new Map<string, number>();
    for (const [key, n] of counts) {
      const v = (JSON.parse(key) as string[])[ci];
      per.set(v, (per.get(v) ?? 0) + n);
    }
    const rare = new Set([...per].filter(([, n]) => n < input.k).map(([v]) => v));
    if (rare.size > 1) {
      generalised.push(...[...rare].sort());
      const merged = new Map<string, number>();
      for (const [key, n] of counts) {
        const v = JSON.parse(key) as string[];
        if (rare.has(v[ci])) v[ci] = 'other';
        const k2 = JSON.stringify(v);
        merged.set(k2, (merged.get(k2) ?? 0) + n);
      }
      counts.clear();
      for (const [k2, n] of merged) counts.set(k2, n);
    }
  }

  let table: PublishedTable = suppress({ dims, cells: [...counts].map(([key, count]) => ({ values: JSON.parse(key) as string[], count })) }, input.k);
  if (input.epsilon !== undefined) table = addNoise(table, input.epsilon, deps.uniform ?? cryptoUniform);
  const rows: StatsRow[] = [
    ...table.cells.map((c) => ({ group: Object.fromEntries(dims.map((d, i) => [d, c.values[i]])), count: c.count, suppressed: c.suppressed, total: false })),
    ...table.totals.map((t) => ({ group: Object.fromEntries(dims.map((d, i) => [d, t.values[i] ?? '*'])), count: t.count, suppressed: t.suppressed, total: true })),
  ];
  const published = rows.filter((r) => r.count !== null).length;
  const suppressedN = rows.length - published;
  const items = [...dims, 'count'];
  const entry: LedgerEntry = await deps.disclosures.recordAnonymised({ recipient, items }, actor);
  await deps.audit.append({
    actor: { keyId: actor.keyId, role: actor.role },
    action: 'stats.export',
    purpose: 'anonymised_statistics',
    outcome: 'ok',
    details: { disclosureId: entry.disclosureId, dims, k: input.k, epsilon: input.epsilon ?? null, subjects: scanned, restricted: restrictedN, published, suppressed: suppressedN, readAs: 'system' },
  });
  return {
    dims,
    k: input.k,
    ...(input.epsilon !== undefined
      ? {
          noise: {
            mechanism: 'laplace' as const,
            epsilon: input.epsilon,
            sensitivity: 1 as const,
            note: dims.includes('category')
              ? `each published count has Laplace(1/${input.epsilon}) noise; a person counts once per category held, so the table as a whole spends epsilon once per category`
              : `each published count has Laplace(1/${input.epsilon}) noise; a person is in one cell and in one total of each kind`,
          },
        }
      : {}),
    generalised,
    rows,
    published,
    suppressed: suppressedN,
    disclosureId: entry.disclosureId,
    createdAt: entry.recordedAt,
  };
}

const PAGE = 500;

/** The items of `source` in arrays of up to `size`. */
async function* pages<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let page: T[] = [];
  for await (const item of source) {
    page.push(item);
    if (page.length === size) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}

function cross(values: string[][]): string[][] {
  let out: string[][] = [[]];
  for (const vs of values) {
    const next: string[][] = [];
    for (const prefix of out) for (const v of vs) next.push([...prefix, v]);
    out = next;
  }
  return out;
}

export function statsCsv(s: StatsExport): string {
  let out = csvLine([...s.dims, 'count', 'status']);
  for (const r of s.rows) out += csvLine([...s.dims.map((d) => r.group[d]), r.count ?? '', r.count === null ? `suppressed_${r.suppressed}` : r.total ? 'total' : 'cell']);
  return out;
}
