/**
 * Differences between two policy versions, each with a machine-readable kind and a class:
 *
 * - **material**: subjects must be told before the change takes effect, and a consent-based new use
 *   needs consent under the new version (seed 001: "new purposes only after announcement and
 *   consent"). A new purpose for a category, a new category collected, a new recipient (or a recipient
 *   receiving more), a longer retention, a new country the data goes to, a basis changed away from
 *   consent, and the changes that weaken a promise the same way (deemed consent, an opt-out removed,
 *   a purpose turned into marketing, a slower request deadline, a younger minimum age: in general or
 *   for any one jurisdiction).
 * - **minor**: everything else (wording, removals, shorter retention, contact details, roles).
 */
import { parseDuration } from './duration.js';
import { holdRecordsOf, newUsesRule, type Policy, type Category, type Purpose, type Recipient, type Jurisdiction } from './schema.js';
import { minimumAgeFor } from './minimum-age.js';

export type ChangeClass = 'material' | 'minor';

/** Every kind of change, with its class. The table is the single place the classes are decided. */
export const CHANGE_KINDS = {
  // categories
  category_added: 'material',
  category_removed: 'minor',
  category_purpose_added: 'material',
  category_purpose_removed: 'minor',
  category_details_changed: 'minor',
  retention_longer: 'material',
  /** Period and event moved in different directions, or months against days: treated as longer. */
  retention_changed: 'material',
  retention_shorter: 'minor',
  country_added: 'material',
  country_removed: 'minor',
  // purposes
  purpose_added: 'minor',
  purpose_removed: 'minor',
  purpose_details_changed: 'minor',
  basis_changed_from_consent: 'material',
  basis_changed: 'minor',
  consent_deemed: 'material',
  consent_explicit: 'minor',
  opt_out_removed: 'material',
  opt_out_added: 'minor',
  purpose_became_marketing: 'material',
  purpose_no_longer_marketing: 'minor',
  restriction_weakened: 'material',
  restriction_strengthened: 'minor',
  // recipients
  recipient_added: 'material',
  recipient_removed: 'minor',
  recipient_category_added: 'material',
  recipient_category_removed: 'minor',
  recipient_purpose_added: 'material',
  recipient_purpose_removed: 'minor',
  recipient_became_third_party: 'material',
  recipient_became_processor: 'minor',
  recipient_details_changed: 'minor',
  cookie_added: 'minor',
  cookie_removed: 'minor',
  // legal holds
  legal_hold_added: 'material',
  legal_hold_extended: 'material',
  legal_hold_reduced: 'minor',
  legal_hold_removed: 'minor',
  // the rest
  minimum_age_lowered: 'material',
  minimum_age_raised: 'minor',
  promise_weakened: 'material',
  promise_strengthened: 'minor',
  controller_changed: 'minor',
  languages_changed: 'minor',
  jurisdictions_changed: 'minor',
  role_changed: 'minor',
  monitoring_changed: 'minor',
  /** Uses added later no longer need the consent of people whose data predates them: notice is enough. */
  new_uses_by_notice: 'material',
  new_uses_by_consent: 'minor',
  // request handling, cookie consent, logs
  fee_added: 'material',
  fee_reduced: 'minor',
  requests_changed: 'minor',
  cookie_purpose_added: 'material',
  cookie_consent_changed: 'minor',
  /** A top-level section this table does not know yet: material until it is classified. */
  section_changed: 'material',
} as const satisfies Record<string, ChangeClass>;

export type ChangeKind = keyof typeof CHANGE_KINDS;

export interface PolicyChange {
  kind: ChangeKind;
  class: ChangeClass;
  /** Path in the new policy (or the old one, for removals). */
  path: (string | number)[];
  message: string;
  category?: string;
  purpose?: string;
  recipient?: string;
  country?: string;
  /** For a change of one jurisdiction's minimum age. */
  jurisdiction?: Jurisdiction;
  before?: string;
  after?: string;
}

export interface PolicyDiff {
  from: string;
  to: string;
  changes: PolicyChange[];
  material: PolicyChange[];
}

// ---------- durations ----------

interface Span {
  months: number;
  days: number;
}

/** A duration as months and days (the parts that compare without a calendar). */
export function spanOf(d: string): Span {
  const p = parseDuration(d);
  return { months: p.years * 12 + p.months, days: p.weeks * 7 + p.days };
}

/** -1 shorter, 0 the same, 1 longer, null when it depends on the calendar (P1M against P30D). */
export function compareDurations(a: string, b: string): -1 | 0 | 1 | null {
  const x = spanOf(a);
  const y = spanOf(b);
  const sign = (n: number) => (n < 0 ? -1 : n > 0 ? 1 : 0) as -1 | 0 | 1;
  const dm = sign(y.months - x.months);
  const dd = sign(y.days - x.days);
  if (dm === 0) return dd;
  if (dd === 0 || dd === dm) return dm;
  const bounds = (s: Span) => ({
    min: Math.floor(s.months / 12) * 365 + (s.months % 12) * 28 + s.days,
    max: Math.floor(s.months / 12) * 366 + (s.months % 12) * 31 + s.days,
  });
  const bx = bounds(x);
  const by = bounds(y);
  if (by.min > bx.max) return 1;
  if (by.max < bx.min) return -1;
  return null;
}

/** How late the event a retention period runs from comes: collection first, account closure last. */
const ANCHOR_RANK: Record<string, number> = { collection: 0, last_use: 1, contract_end: 1, account_closed: 2 };

function retentionText(r: Category['retention']): string {
  return r ? `${r.period} after ${r.after}` : 'none';
}

/** Combines the period's and the event's directions. */
function retentionDirection(a: NonNullable<Category['retention']>, b: NonNullable<Category['retention']>): -1 | 0 | 1 | null {
  const p = compareDurations(a.period, b.period);
  const e: -1 | 0 | 1 | null = a.after === b.after ? 0 : ANCHOR_RANK[b.after] > ANCHOR_RANK[a.after] ? 1 : ANCHOR_RANK[b.after] < ANCHOR_RANK[a.after] ? -1 : null;
  if (p === null || e === null) return null;
  if (p === 0) return e;
  if (e === 0 || e === p) return p;
  return null;
}

// ---------- helpers ----------

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const added = (a: readonly string[] = [], b: readonly string[] = []) => b.filter((x) => !a.includes(x));
const removed = (a: readonly string[] = [], b: readonly string[] = []) => a.filter((x) => !b.includes(x));

function without<T extends object>(o: T, keys: (keyof T)[]): Partial<T> {
  const c: Partial<T> = { ...o };
  for (const k of keys) delete c[k];
  return c;
}

/** The differences from policy `a` (older) to policy `b` (newer), in the order of the newer file. */
export function diffPolicies(a: Policy, b: Policy): PolicyDiff {
  const changes: PolicyChange[] = [];
  const add = (kind: ChangeKind, path: PolicyChange['path'], message: string, extra: Partial<PolicyChange> = {}) =>
    changes.push({ kind, class: CHANGE_KINDS[kind], path, message, ...extra });

  // controller, languages, jurisdictions
  if (!same(a.controller, b.controller)) add('controller_changed', ['controller'], 'controller details changed');
  if (!same(a.languages, b.languages) || a.governing_language !== b.governing_language)
    add('languages_changed', ['languages'], `languages ${a.languages.join(',')} (governing ${a.governing_language}) -> ${b.languages.join(',')} (governing ${b.governing_language})`);
  if (!same(a.jurisdictions, b.jurisdictions) || a.default_jurisdiction !== b.default_jurisdiction)
    add('jurisdictions_changed', ['jurisdictions'], `jurisdictions ${a.jurisdictions.join(',')} -> ${b.jurisdictions.join(',')}`);

  // minimum age: `years`, then each jurisdiction with an age of its own in either version (the others follow `years`)
  const ageA = a.minimum_age?.years ?? 0;
  const ageB = b.minimum_age?.years ?? 0;
  if (ageB < ageA) add('minimum_age_lowered', ['minimum_age'], `minimum age lowered from ${ageA} to ${ageB}`, { before: String(ageA), after: String(ageB) });
  else if (ageB > ageA) add('minimum_age_raised', ['minimum_age'], `minimum age raised from ${ageA} to ${ageB}`, { before: String(ageA), after: String(ageB) });
  const own = new Set([...Object.keys(a.minimum_age?.by_jurisdiction ?? {}), ...Object.keys(b.minimum_age?.by_jurisdiction ?? {})]) as Set<Jurisdiction>;
  for (const j of own) {
    const ja = minimumAgeFor(a, j) ?? 0;
    const jb = minimumAgeFor(b, j) ?? 0;
    const at = ['minimum_age', 'by_jurisdiction', j];
    if (jb < ja) add('minimum_age_lowered', at, `minimum age in ${j} lowered from ${ja} to ${jb}`, { jurisdiction: j, before: String(ja), after: String(jb) });
    else if (jb > ja) add('minimum_age_raised', at, `minimum age in ${j} raised from ${ja} to ${jb}`, { jurisdiction: j, before: String(ja), after: String(jb) });
  }

  // promises: a deadline removed or made longer weakens it
  const requestTypes = new Set([...Object.keys(a.promises), ...Object.keys(b.promises)]) as Set<keyof Policy['promises']>;
  for (const t of requestTypes) {
    const pa = a.promises[t];
    const pb = b.promises[t];
    if (same(pa, pb)) continue;
    const text = (d: typeof pa) => (d ? `${d.within} ${d.unit}` : 'none');
    // Business days are at least as long as calendar days: a switch to business days weakens.
    const weaker = !pb || (pa && (pb.within > pa.within || (pb.within === pa.within && pb.unit === 'business_days' && pa.unit === 'calendar_days')));
    add(weaker ? 'promise_weakened' : 'promise_strengthened', ['promises', t], `deadline promised for ${t} requests: ${text(pa)} -> ${text(pb)}`, { before: text(pa), after: text(pb) });
  }

  // categories
  for (const [cid, cb] of Object.entries(b.categories)) {
    const at = ['categories', cid];
    const ca = a.categories[cid];
    if (!ca) {
      add('category_added', at, `new category "${cid}" is collected (purposes: ${cb.purposes.join(', ')})`, { category: cid });
      for (const c of cb.storage_countries ?? []) add('country_added', [...at, 'storage_countries'], `category "${cid}" is stored in ${c}`, { category: cid, country: c });
      continue;
    }
    for (const pid of added(ca.purposes, cb.purposes))
      add('category_purpose_added', [...at, 'purposes', cb.purposes.indexOf(pid)], `category "${cid}" is used for a new purpose "${pid}"`, { category: cid, purpose: pid });
    for (const pid of removed(ca.purposes, cb.purposes))
      add('category_purpose_removed', [...at, 'purposes'], `category "${cid}" is no longer used for "${pid}"`, { category: cid, purpose: pid });
    if (!same(ca.retention, cb.retention)) {
      const dir = ca.retention && cb.retention ? retentionDirection(ca.retention, cb.retention) : cb.retention ? -1 : 1;
      const kind: ChangeKind = dir === 1 ? 'retention_longer' : dir === -1 ? 'retention_shorter' : 'retention_changed';
      if (dir !== 0)
        add(kind, [...at, 'retention'], `retention of "${cid}": ${retentionText(ca.retention)} -> ${retentionText(cb.retention)}`, {
          category: cid,
          before: retentionText(ca.retention),
          after: retentionText(cb.retention),
        });
    }
    for (const c of added(ca.storage_countries, cb.storage_countries)) add('country_added', [...at, 'storage_countries'], `category "${cid}" is now also stored in ${c}`, { category: cid, country: c });
    for (const c of removed(ca.storage_countries, cb.storage_countries)) add('country_removed', [...at, 'storage_countries'], `category "${cid}" is no longer stored in ${c}`, { category: cid, country: c });
    const rest = (c: Category) => without(c, ['purposes', 'retention', 'storage_countries']);
    if (!same(rest(ca), rest(cb))) add('category_details_changed', at, `category "${cid}": type, label or limits changed`, { category: cid });
  }
  for (const cid of Object.keys(a.categories))
    if (!b.categories[cid]) add('category_removed', ['categories', cid], `category "${cid}" is no longer collected`, { category: cid });

  // purposes
  for (const [pid, pb] of Object.entries(b.purposes)) {
    const at = ['purposes', pid];
    const pa = a.purposes[pid];
    if (!pa) {
      add('purpose_added', at, `new purpose "${pid}" (basis ${pb.basis})`, { purpose: pid });
      continue;
    }
    if (pa.basis !== pb.basis)
      add(pa.basis === 'consent' ? 'basis_changed_from_consent' : 'basis_changed', [...at, 'basis'], `purpose "${pid}": basis ${pa.basis} -> ${pb.basis}`, { purpose: pid, before: pa.basis, after: pb.basis });
    const methodA = pa.consent_method ?? 'explicit';
    const methodB = pb.consent_method ?? 'explicit';
    if (methodA !== methodB)
      add(methodB === 'deemed' ? 'consent_deemed' : 'consent_explicit', [...at, 'consent_method'], `purpose "${pid}": consent ${methodA} -> ${methodB}`, { purpose: pid, before: methodA, after: methodB });
    if (!!pa.opt_out !== !!pb.opt_out)
      add(pb.opt_out ? 'opt_out_added' : 'opt_out_removed', [...at, 'opt_out'], `purpose "${pid}": ${pb.opt_out ? 'an opt-out is offered' : 'the opt-out is withdrawn'}`, { purpose: pid });
    if (pa.marketing !== pb.marketing)
      add(pb.marketing ? 'purpose_became_marketing' : 'purpose_no_longer_marketing', [...at, 'marketing'], `purpose "${pid}" ${pb.marketing ? 'is now' : 'is no longer'} marketing`, { purpose: pid });
    if (pa.survives_restriction !== pb.survives_restriction)
      add(pb.survives_restriction ? 'restriction_weakened' : 'restriction_strengthened', [...at, 'survives_restriction'], `purpose "${pid}" ${pb.survives_restriction ? 'now continues' : 'no longer continues'} while use is restricted`, { purpose: pid });
    const rest = (p: Purpose) => without(p, ['basis', 'consent_method', 'opt_out', 'marketing', 'survives_restriction']);
    if (!same(rest(pa), rest(pb))) add('purpose_details_changed', at, `purpose "${pid}": description changed`, { purpose: pid });
  }
  for (const pid of Object.keys(a.purposes)) if (!b.purposes[pid]) add('purpose_removed', ['purposes', pid], `purpose "${pid}" is removed`, { purpose: pid });

  // recipients
  for (const [rid, rb] of Object.entries(b.recipients)) {
    const at = ['recipients', rid];
    const ra = a.recipients[rid];
    if (!ra) {
      add('recipient_added', at, `new ${rb.type === 'processor' ? 'processor' : 'third-party recipient'} "${rid}" in ${rb.country} receives ${rb.categories.join(', ')}`, { recipient: rid, country: rb.country });
      continue;
    }
    if (ra.country !== rb.country)
      add('country_added', [...at, 'country'], `recipient "${rid}" moved from ${ra.country} to ${rb.country}`, { recipient: rid, country: rb.country, before: ra.country, after: rb.country });
    if (ra.type !== rb.type)
      add(rb.type === 'third_party' ? 'recipient_became_third_party' : 'recipient_became_processor', [...at, 'type'], `recipient "${rid}": ${ra.type} -> ${rb.type}`, { recipient: rid, before: ra.type, after: rb.type });
    for (const c of added(ra.categories, rb.categories))
      add('recipient_category_added', [...at, 'categories', rb.categories.indexOf(c)], `recipient "${rid}" now receives "${c}"`, { recipient: rid, category: c });
    for (const c of removed(ra.categories, rb.categories)) add('recipient_category_removed', [...at, 'categories'], `recipient "${rid}" no longer receives "${c}"`, { recipient: rid, category: c });
    for (const p of added(ra.purposes, rb.purposes))
      add('recipient_purpose_added', [...at, 'purposes', rb.purposes.indexOf(p)], `recipient "${rid}" now receives data for "${p}"`, { recipient: rid, purpose: p });
    for (const p of removed(ra.purposes, rb.purposes)) add('recipient_purpose_removed', [...at, 'purposes'], `recipient "${rid}" no longer receives data for "${p}"`, { recipient: rid, purpose: p });
    const names = (r: Recipient) => r.cookies.map((c) => c.name);
    for (const n of added(names(ra), names(rb))) add('cookie_added', [...at, 'cookies'], `recipient "${rid}" sets a new cookie "${n}"`, { recipient: rid });
    for (const n of removed(names(ra), names(rb))) add('cookie_removed', [...at, 'cookies'], `recipient "${rid}" no longer sets cookie "${n}"`, { recipient: rid });
    const rest = (r: Recipient) => without(r, ['country', 'type', 'categories', 'purposes', 'cookies']);
    if (!same(rest(ra), rest(rb))) add('recipient_details_changed', at, `recipient "${rid}": name, address, agreement or transfer details changed`, { recipient: rid });
  }
  for (const rid of Object.keys(a.recipients)) if (!b.recipients[rid]) add('recipient_removed', ['recipients', rid], `recipient "${rid}" no longer receives data`, { recipient: rid });

  // legal holds: keeping data after erasure is retention too
  for (const [hid, hb] of Object.entries(b.legal_holds)) {
    const at = ['legal_holds', hid];
    const ha = a.legal_holds[hid];
    if (!ha) {
      add('legal_hold_added', at, `new legal hold "${hid}" keeps ${hb.categories.join(', ')} for ${hb.period}`);
      continue;
    }
    const dir = compareDurations(ha.period, hb.period);
    // who the hold applies to: people with something in one of its record categories (none listed: everyone)
    const ra = holdRecordsOf(a, ha);
    const rb = holdRecordsOf(b, hb);
    const widened = ra.length > 0 && (rb.length === 0 || added(ra, rb).length > 0);
    const narrowed = rb.length > 0 && (ra.length === 0 || removed(ra, rb).length > 0);
    const more = added(ha.categories, hb.categories).length > 0 || widened;
    const less = removed(ha.categories, hb.categories).length > 0 || narrowed;
    const whom = (r: string[]) => (r.length > 0 ? ` of people with ${r.join(' or ')}` : '');
    const was = `${ha.categories.join(',')}${whom(ra)} for ${ha.period}`;
    const now = `${hb.categories.join(',')}${whom(rb)} for ${hb.period}`;
    if (dir === 1 || dir === null || more) add('legal_hold_extended', at, `legal hold "${hid}" keeps more or longer: ${was} -> ${now}`);
    else if (dir === -1 || less) add('legal_hold_reduced', at, `legal hold "${hid}" keeps less: ${was} -> ${now}`);
  }
  for (const hid of Object.keys(a.legal_holds)) if (!b.legal_holds[hid]) add('legal_hold_removed', ['legal_holds', hid], `legal hold "${hid}" is removed`);

  // internal: roles and monitoring
  for (const rid of new Set([...Object.keys(a.roles), ...Object.keys(b.roles)]))
    if (!same(a.roles[rid], b.roles[rid])) add('role_changed', ['roles', rid], `role "${rid}" ${!a.roles[rid] ? 'added' : !b.roles[rid] ? 'removed' : 'changed'}`);
  if (!same(a.monitoring, b.monitoring)) add('monitoring_changed', ['monitoring'], 'monitoring thresholds changed');

  // logs kept by Custos itself: the visit log and the disclosure ledger
  for (const section of ['telemetry', 'disclosure_ledger'] as const) {
    const ra = a[section]?.retention;
    const rb = b[section]?.retention;
    if (ra === rb) continue;
    const dir = ra && rb ? compareDurations(ra, rb) : rb ? -1 : 1;
    const kind: ChangeKind = dir === 1 ? 'retention_longer' : dir === -1 ? 'retention_shorter' : 'retention_changed';
    if (dir !== 0) add(kind, [section, 'retention'], `retention of the ${section.replace('_', ' ')}: ${ra ?? 'none'} -> ${rb ?? 'none'}`, { category: section, before: ra ?? 'none', after: rb ?? 'none' });
  }

  // request handling: a fee added or raised, a slower Japanese target
  const reqA = a.requests;
  const reqB = b.requests;
  if (!same(reqA, reqB)) {
    const feeKey = (f: { type: string; jurisdiction?: string; currency: string }) => `${f.type}|${f.jurisdiction ?? '*'}|${f.currency}`;
    const feesA = new Map((reqA?.fees ?? []).map((f) => [feeKey(f), f.amount]));
    let feeChange = false;
    for (const f of reqB?.fees ?? []) {
      const before = feesA.get(feeKey(f));
      if (before === undefined || f.amount > before) {
        feeChange = true;
        add('fee_added', ['requests', 'fees'], `fee for ${f.type} requests${f.jurisdiction ? ` (${f.jurisdiction})` : ''}: ${before ?? 'none'} -> ${f.amount} ${f.currency}`, { before: String(before ?? 'none'), after: `${f.amount} ${f.currency}` });
      }
    }
    const feesB = new Map((reqB?.fees ?? []).map((f) => [feeKey(f), f.amount]));
    for (const [k, amount] of feesA) {
      const after = feesB.get(k);
      if (after === undefined || after < amount) {
        feeChange = true;
        add('fee_reduced', ['requests', 'fees'], `fee for ${k.split('|')[0]} requests lowered or removed`);
      }
    }
    const targetA = reqA?.jp_target_days;
    const targetB = reqB?.jp_target_days;
    if (targetA !== targetB && targetA !== undefined && targetB !== undefined)
      add(targetB > targetA ? 'promise_weakened' : 'promise_strengthened', ['requests', 'jp_target_days'], `target for requests under Japanese law: ${targetA} -> ${targetB} days`, { before: String(targetA), after: String(targetB) });
    const rest = (r: typeof reqA) => (r ? without(r, ['fees', 'jp_target_days']) : r);
    if (!same(rest(reqA), rest(reqB)) || (!feeChange && targetA === targetB && !same(reqA?.fees, reqB?.fees)))
      add('requests_changed', ['requests'], 'request handling changed (approval, expiry)');
  }

  // cookie consent: a cookie category standing for more purposes widens what a given consent covers
  if (!same(a.cookie_consent, b.cookie_consent)) {
    let widened = false;
    for (const [cat, cb] of Object.entries(b.cookie_consent?.categories ?? {})) {
      const before = a.cookie_consent?.categories[cat as keyof NonNullable<Policy['cookie_consent']>['categories']]?.purposes ?? [];
      for (const pid of added(before, cb?.purposes ?? [])) {
        widened = true;
        add('cookie_purpose_added', ['cookie_consent', 'categories', cat], `${cat} cookies now also stand for "${pid}"`, { purpose: pid });
      }
    }
    if (!widened) add('cookie_consent_changed', ['cookie_consent'], 'cookie consent categories changed');
  }

  // uses added later: applied to data collected before them with consent, or after notice only
  if (newUsesRule(a) !== newUsesRule(b))
    add(newUsesRule(b) === 'notice' ? 'new_uses_by_notice' : 'new_uses_by_consent', ['new_uses'], `purposes added later apply to data already held ${newUsesRule(b) === 'notice' ? 'after notice, without consent' : 'only with the person\'s consent'} (new_uses: ${newUsesRule(a)} -> ${newUsesRule(b)})`, { before: newUsesRule(a), after: newUsesRule(b) });

  // anything else: sections this diff does not know are treated as material until classified
  const known = new Set([
    'version', 'controller', 'languages', 'governing_language', 'minimum_age', 'jurisdictions', 'default_jurisdiction', 'categories', 'purposes', 'roles',
    'recipients', 'legal_holds', 'promises', 'disclosure_ledger', 'cookie_consent', 'requests', 'telemetry', 'monitoring', 'new_uses',
  ]);
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
    if (!known.has(key) && !same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
      add('section_changed', [key], `section "${key}" changed (not yet classified: treated as material)`);

  return { from: a.version, to: b.version, changes, material: changes.filter((c) => c.class === 'material') };
}
