/**
 * Rules over a schema-valid policy: cross-references between its sections and the rules no policy may
 * break (special-care data, retention). Each finding has a rule id and the path it is about.
 */
import { JURISDICTIONS, type Jurisdiction, type Policy } from './schema.js';

export interface Finding {
  rule: string;
  severity: 'error' | 'warning';
  path: (string | number)[];
  message: string;
  /** Place the finding on the key rather than the value (for "this whole entry" findings). */
  atKey?: boolean;
  jurisdiction?: string;
}

/**
 * Special-care personal information (APPI Art. 2(3)), sensitive data (GDPR Art. 9, PIPA Art. 23):
 * seed 002 promises it is never collected, so a policy can declare no category that holds it.
 */
export const SPECIAL_CARE_TERMS = [
  'religion',
  'religious',
  'belief',
  'creed',
  'philosophical',
  'race',
  'racial',
  'ethnic',
  'ethnicity',
  'nationality',
  'social_status',
  'health',
  'medical',
  'medication',
  'diagnosis',
  'illness',
  'disease',
  'mental',
  'disability',
  'criminal',
  'conviction',
  'offence',
  'offense',
  'crime_victim',
  'sex_life',
  'sexual',
  'sexuality',
  'union',
  'political',
  'politics',
  'genetic',
  'biometric',
] as const;

/** A word of a category id against a term's word: the same, or its plural (`beliefs`, `disabilities`). */
function sameWord(part: string, w: string): boolean {
  return part === w || part === `${w}s` || part === `${w}es` || (w.endsWith('y') && part === `${w.slice(0, -1)}ies`);
}

/** Whether a category's id names special-care data: a term's words, in order, among the id's `_`-separated words. */
export function isSpecialCareId(categoryId: string): boolean {
  const parts = categoryId.split('_');
  return SPECIAL_CARE_TERMS.some((term) => {
    const t = term.split('_');
    for (let i = 0; i + t.length <= parts.length; i++) {
      if (t.every((w, j) => sameWord(parts[i + j], w))) return true;
    }
    return false;
  });
}

export function crossReferenceFindings(p: Policy): Finding[] {
  const out: Finding[] = [];
  const err = (rule: string, path: Finding['path'], message: string, atKey = false) =>
    out.push({ rule, severity: 'error', path, message, atKey });
  const warn = (rule: string, path: Finding['path'], message: string, atKey = false) =>
    out.push({ rule, severity: 'warning', path, message, atKey });

  const purposeIds = new Set(Object.keys(p.purposes));
  const categoryIds = new Set(Object.keys(p.categories));

  const checkList = (list: string[], known: Set<string>, path: Finding['path'], kind: 'purpose' | 'category') => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (!known.has(item)) err(`unknown_${kind}`, [...path, i], `${kind} "${item}" is not declared under ${kind === 'purpose' ? 'purposes' : 'categories'}`);
      if (seen.has(item)) err('duplicate_id', [...path, i], `${kind} "${item}" is listed twice`);
      seen.add(item);
    });
  };

  if (!p.languages.includes(p.governing_language))
    err('governing_language_not_listed', ['governing_language'], `governing language "${p.governing_language}" is not among languages`);
  if (p.default_jurisdiction && !p.jurisdictions.includes(p.default_jurisdiction))
    err('unknown_jurisdiction', ['default_jurisdiction'], `"${p.default_jurisdiction}" is not among jurisdictions`);

  for (const [cid, c] of Object.entries(p.categories)) {
    const at = ['categories', cid];
    if (c.kind === 'special-care' || isSpecialCareId(cid))
      err('special_care_forbidden', at, `category "${cid}" is special-care data (beliefs, race, health, criminal record, ...), which is never collected`, true);
    checkList(c.purposes, purposeIds, [...at, 'purposes'], 'purpose');
    if (!c.retention) err('retention_required', at, `category "${cid}" has no retention period`, true);
    if (c.type === 'enum' && !c.values) err('enum_values_required', [...at, 'type'], 'an enum category needs a values list');
    if (c.type !== 'enum' && c.values) err('values_only_for_enum', [...at, 'values'], 'values is only for type enum');
    if (c.max_length && c.type !== 'text') err('max_length_only_for_text', [...at, 'max_length'], 'max_length is only for type text');
  }

  for (const [pid, purpose] of Object.entries(p.purposes)) {
    const used = Object.values(p.categories).some((c) => c.purposes.includes(pid));
    if (!used) warn('purpose_unused', ['purposes', pid], `purpose "${pid}" is not allowed for any category`, true);
    if (purpose.marketing && purpose.basis !== 'consent' && purpose.basis !== 'legitimate_interest')
      err('marketing_basis', ['purposes', pid, 'basis'], 'a marketing purpose rests on consent or legitimate interest, with an opt-out');
  }

  for (const [rid, role] of Object.entries(p.roles)) {
    checkList(role.purposes, purposeIds, ['roles', rid, 'purposes'], 'purpose');
  }

  for (const [xid, r] of Object.entries(p.recipients)) {
    const at = ['recipients', xid];
    checkList(r.categories, categoryIds, [...at, 'categories'], 'category');
    checkList(r.purposes, purposeIds, [...at, 'purposes'], 'purpose');
    if (r.type === 'processor' && !r.agreement)
      warn('processor_without_agreement', at, `processor "${xid}" has no agreement reference: contractors must be bound in writing`, true);
    r.categories.forEach((cat, i) => {
      const c = p.categories[cat];
      if (!c) return;
      const overlap = r.purposes.filter((pp) => c.purposes.includes(pp));
      if (overlap.length === 0)
        err('recipient_purpose_mismatch', [...at, 'categories', i], `category "${cat}" is not declared for any of this recipient's purposes`);
    });
  }

  for (const [hid, h] of Object.entries(p.legal_holds)) {
    const at = ['legal_holds', hid];
    checkList(h.categories, categoryIds, [...at, 'categories'], 'category');
    (h.records ?? []).forEach((c, i) => {
      if (!h.categories.includes(c)) err('hold_records_held', [...at, 'records', i], `category "${c}" is not among the categories this hold keeps`);
    });
    if (!purposeIds.has(h.purpose)) err('unknown_purpose', [...at, 'purpose'], `purpose "${h.purpose}" is not declared under purposes`);
    else if (p.purposes[h.purpose].basis !== 'legal_obligation')
      err('hold_purpose_basis', [...at, 'purpose'], `a legal hold keeps data for a legal obligation; purpose "${h.purpose}" has basis ${p.purposes[h.purpose].basis}`);
  }

  if (p.minimum_age) {
    const c = p.categories[p.minimum_age.birth_date_category];
    if (!c) err('unknown_category', ['minimum_age', 'birth_date_category'], `category "${p.minimum_age.birth_date_category}" is not declared`);
    else if (c.type !== 'date') err('birth_date_type', ['minimum_age', 'birth_date_category'], 'the birth date category must have type date');
    for (const j of Object.keys(p.minimum_age.by_jurisdiction ?? {})) {
      const at = ['minimum_age', 'by_jurisdiction', j];
      if (!(JURISDICTIONS as readonly string[]).includes(j))
        err('unknown_jurisdiction', at, `"${j}" is not a jurisdiction: use one of ${JURISDICTIONS.join(', ')} (EU member states are the one jurisdiction EU)`, true);
      else if (!p.jurisdictions.includes(j as Jurisdiction)) err('unknown_jurisdiction', at, `"${j}" is not among jurisdictions`, true);
    }
  }
  return out;
}
