/**
 * The human-readable privacy notice, rendered from the policy in any of its languages: a document
 * model (sections of paragraphs, lists and tables) built once, then written out as a complete HTML
 * page (for GET /privacy) or as Markdown (for the CLI). The notice's own words come from the string
 * tables in `i18n/`; labels of categories, purposes and recipients' transfer notes come from the
 * policy, in the language asked for, else the governing language, else English.
 */
import type { Language, Localized, Policy, Jurisdiction, RequestType } from './schema.js';
import { holdRecordsOf, newUsesRule, REQUEST_TYPES } from './schema.js';
import { MESSAGES, translate, type MessageKey } from './i18n/index.js';
import { LEGAL_DEADLINES, type DeadlineUnit } from './legal-deadlines.js';
import { diffPolicies, type PolicyChange } from './diff.js';
import { parseDuration } from './duration.js';
import { agesDiffer, minimumAgeFor } from './minimum-age.js';
import type { PolicyVersion } from './versions.js';

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; caption: string; head: string[]; rows: string[][] }
  | { kind: 'fields'; items: [string, string][] };

export interface NoticeSection {
  id: string;
  heading: string;
  blocks: Block[];
}

export interface NoticeDocument {
  lang: Language;
  title: string;
  intro: string;
  versionLine: string;
  sections: NoticeSection[];
  /** The other languages the notice is published in, with their names in their own language. */
  languages: { lang: Language; name: string }[];
}

export interface NoticeHistoryEntry {
  label: string;
  publishedAt: string;
  /** Changes from the version before; absent for the first version. */
  changes?: PolicyChange[];
}

export interface NoticeOptions {
  lang: Language;
  /** Published versions, oldest first (from the version store); the last one is the policy shown. */
  history?: NoticeHistoryEntry[];
  /** The date the version shown took effect (YYYY-MM-DD); default: its publication, else its label when it is a date. */
  since?: string;
}

/** Change history from the version store: each version against the one before it. */
export function historyOf(versions: readonly PolicyVersion[]): NoticeHistoryEntry[] {
  return versions.map((v, i) => ({
    label: v.label,
    publishedAt: v.publishedAt,
    ...(i > 0 ? { changes: diffPolicies(versions[i - 1].policy, v.policy).changes } : {}),
  }));
}

/** A localized value from the policy: the language asked for, then the governing language, then English. */
export function localize(value: Localized | undefined, lang: Language, policy: Policy, fallback: string): string {
  if (value === undefined) return fallback;
  if (typeof value === 'string') return value;
  return value[lang] ?? value[policy.governing_language] ?? value.en ?? Object.values(value)[0] ?? fallback;
}

export function categoryLabel(policy: Policy, id: string, lang: Language): string {
  return localize(policy.categories[id]?.label, lang, policy, id);
}

export function purposeLabel(policy: Policy, id: string, lang: Language): string {
  return localize(policy.purposes[id]?.description, lang, policy, id);
}

function list(lang: Language, items: string[]): string {
  return new Intl.ListFormat(lang, { type: 'conjunction', style: 'long' }).format(items);
}

/** Purpose descriptions may contain commas themselves: they are joined with a stronger separator. */
function purposeList(lang: Language, items: string[]): string {
  return items.join(lang === 'ja' ? '、' : '; ');
}

function countryName(lang: Language, code: string): string {
  try {
    return new Intl.DisplayNames(lang, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function languageName(inLang: Language, of: Language): string {
  const name = new Intl.DisplayNames(inLang, { type: 'language' }).of(of) ?? of;
  // Vietnamese writes language names in lower case inside a sentence ("tiếng Nhật").
  return inLang === 'vi' ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function jurisdictionName(lang: Language, j: Jurisdiction): string {
  if (j === 'US-CA') return translate(lang, 'jurisdiction_us_ca');
  if (j === 'US') return translate(lang, 'jurisdiction_us');
  return countryName(lang, j);
}

function unitAmount(lang: Language, n: number, unit: 'year' | 'month' | 'week' | 'day'): string {
  const s = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
  return lang === 'ja' ? s.replace(/\s+/g, '') : s;
}

/** P1Y6M -> "1 year, 6 months" / "1年6か月" / "1 год 6 месяцев". */
export function formatDuration(lang: Language, d: string): string {
  let p: ReturnType<typeof parseDuration>;
  try {
    p = parseDuration(d);
  } catch {
    return d;
  }
  const parts: string[] = [];
  for (const [u, n] of [['year', p.years], ['month', p.months], ['week', p.weeks], ['day', p.days]] as const) if (n > 0) parts.push(unitAmount(lang, n, u));
  if (parts.length === 0) return unitAmount(lang, 0, 'day');
  return new Intl.ListFormat(lang, { type: 'unit', style: 'narrow' }).format(parts);
}

function formatDeadline(lang: Language, within: number, unit: DeadlineUnit): string {
  switch (unit) {
    case 'calendar_days':
      return unitAmount(lang, within, 'day');
    case 'months':
      return unitAmount(lang, within, 'month');
    case 'business_days': {
      const form = new Intl.PluralRules(lang).select(within);
      const key = (['one', 'few', 'many'].includes(form) ? `business_days_${form}` : 'business_days_other') as MessageKey;
      return translate(lang, key, { n: within });
    }
  }
}

function formatDate(lang: Language, iso: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

/** One line per material change, in the reader's language; minor changes are not listed one by one. */
export function describeChanges(policy: Policy, changes: readonly PolicyChange[], lang: Language): string[] {
  const t = (key: MessageKey, vars: Record<string, string | number> = {}) => translate(lang, key, vars);
  const cat = (id?: string) => (id ? categoryLabel(policy, id, lang) : '');
  const pur = (id?: string) => (id ? purposeLabel(policy, id, lang) : '');
  const rec = (id?: string) => (id ? (policy.recipients[id]?.name ?? id) : '');
  const out: string[] = [];
  for (const c of changes) {
    if (c.class !== 'material') continue;
    let line: string;
    switch (c.kind) {
      case 'category_added':
        line = t('change_category_added', { category: cat(c.category) });
        break;
      case 'category_purpose_added':
        line = t('change_category_purpose_added', { category: cat(c.category), purpose: pur(c.purpose) });
        break;
      case 'recipient_added':
        line = t('change_recipient_added', { recipient: rec(c.recipient) });
        break;
      case 'recipient_category_added':
        line = t('change_recipient_category_added', { recipient: rec(c.recipient), category: cat(c.category) });
        break;
      case 'recipient_purpose_added':
        line = t('change_recipient_purpose_added', { recipient: rec(c.recipient), purpose: pur(c.purpose) });
        break;
      case 'recipient_became_third_party':
        line = t('change_recipient_became_third_party', { recipient: rec(c.recipient) });
        break;
      case 'retention_longer':
      case 'retention_changed':
        line = c.category && policy.categories[c.category] ? t('change_retention_longer', { category: cat(c.category) }) : t('change_other');
        break;
      case 'country_added':
        line = t('change_country_added', { country: countryName(lang, c.country ?? '') });
        break;
      case 'basis_changed_from_consent':
      case 'consent_deemed':
      case 'opt_out_removed':
      case 'purpose_became_marketing':
      case 'restriction_weakened':
        line = t(`change_${c.kind}`, { purpose: pur(c.purpose) });
        break;
      case 'legal_hold_added':
      case 'legal_hold_extended':
        line = t('change_legal_hold');
        break;
      case 'minimum_age_lowered':
        line = c.jurisdiction
          ? t('change_minimum_age_lowered_in', { age: c.after ?? '', jurisdiction: jurisdictionName(lang, c.jurisdiction) })
          : t('change_minimum_age_lowered', { age: c.after ?? '' });
        break;
      case 'promise_weakened':
        line = t('change_promise_weakened');
        break;
      case 'fee_added':
        line = t('change_fee_added');
        break;
      case 'cookie_purpose_added':
        line = t('change_cookie_purpose_added', { purpose: pur(c.purpose) });
        break;
      case 'new_uses_by_notice':
        line = t('change_new_uses_by_notice');
        break;
      default:
        line = t('change_other');
    }
    if (!out.includes(line)) out.push(line);
  }
  return out;
}

export function buildNotice(policy: Policy, opts: NoticeOptions): NoticeDocument {
  const lang = opts.lang;
  const t = (key: MessageKey, vars: Record<string, string | number> = {}) => translate(lang, key, vars);
  const c = policy.controller;
  const sections: NoticeSection[] = [];
  const cat = (id: string) => categoryLabel(policy, id, lang);
  const pur = (id: string) => purposeLabel(policy, id, lang);
  const home = c.country;

  // 1. Controller and contact
  const fields: [string, string][] = [
    [t('controller_name'), c.name],
    [t('controller_address'), c.address],
    [t('controller_representative'), c.representative],
    [t('controller_email'), c.contact.email],
  ];
  if (c.contact.phone) fields.push([t('controller_phone'), c.contact.phone]);
  if (c.contact.url) fields.push([t('controller_url'), c.contact.url]);
  sections.push({ id: 'controller', heading: t('h_controller'), blocks: [{ kind: 'fields', items: fields }] });

  // 2. Categories and purposes (seed 001's table), with retention
  const retentionText = (r: Policy['categories'][string]['retention']) =>
    r ? t(`retention_after_${r.after}`, { period: formatDuration(lang, r.period) }) : t('retention_none');
  sections.push({
    id: 'categories',
    heading: t('h_categories'),
    blocks: [
      { kind: 'p', text: t('categories_intro') },
      {
        kind: 'table',
        caption: t('h_categories'),
        head: [t('col_category'), t('col_purposes'), t('col_retention')],
        rows: Object.entries(policy.categories).map(([id, cg]) => [cat(id), purposeList(lang, cg.purposes.map(pur)), retentionText(cg.retention)]),
      },
    ],
  });

  // 3. Legal bases
  const used = new Set(Object.values(policy.categories).flatMap((cg) => cg.purposes));
  sections.push({
    id: 'legal-bases',
    heading: t('h_bases'),
    blocks: [
      { kind: 'p', text: t('bases_intro') },
      {
        kind: 'table',
        caption: t('h_bases'),
        head: [t('col_purpose'), t('col_basis'), t('col_choice')],
        rows: Object.entries(policy.purposes)
          .filter(([id]) => used.has(id))
          .map(([id, p]) => {
            const choices: string[] = [];
            if (p.basis === 'consent') choices.push(t(p.consent_method === 'deemed' ? 'choice_deemed' : 'choice_withdraw'));
            if (p.opt_out) choices.push(t('choice_opt_out'));
            if (p.survives_restriction) choices.push(t('choice_survives_restriction'));
            return [pur(id), t(`basis_${p.basis}`), choices.length ? choices.join(' ') : t('choice_none')];
          }),
      },
    ],
  });

  // 4. Recipients and processors
  const recipients = Object.entries(policy.recipients);
  sections.push({
    id: 'recipients',
    heading: t('h_recipients'),
    blocks:
      recipients.length === 0
        ? [{ kind: 'p', text: t('recipients_none') }, { kind: 'p', text: t('third_party_rule') }]
        : [
            { kind: 'p', text: t('recipients_intro') },
            {
              kind: 'table',
              caption: t('h_recipients'),
              head: [t('col_recipient'), t('col_recipient_role'), t('col_country'), t('col_categories'), t('col_purposes')],
              rows: recipients.map(([, r]) => [
                r.name,
                t(r.type === 'processor' ? 'role_processor' : 'role_third_party'),
                countryName(lang, r.country),
                list(lang, r.categories.map(cat)),
                purposeList(lang, r.purposes.map(pur)),
              ]),
            },
            { kind: 'p', text: t('third_party_rule') },
          ],
  });

  // 5. Cross-border transfers
  const foreign = home ? recipients.filter(([, r]) => r.country !== home) : recipients;
  const storage = Object.entries(policy.categories).filter(([, cg]) => (cg.storage_countries ?? []).some((x) => x !== home));
  const homeName = home ? countryName(lang, home) : '—';
  const transferBlocks: Block[] = [];
  if (foreign.length === 0 && storage.length === 0) transferBlocks.push({ kind: 'p', text: t('transfers_none', { country: homeName }) });
  if (foreign.length > 0) {
    transferBlocks.push({ kind: 'p', text: t('transfers_intro', { country: homeName }) });
    transferBlocks.push({
      kind: 'table',
      caption: t('h_transfers'),
      head: [t('col_recipient'), t('col_country'), t('col_safeguard'), t('col_country_system'), t('col_measures')],
      rows: foreign.map(([, r]) => [
        r.name,
        countryName(lang, r.country),
        r.transfer ? t(`safeguard_${r.transfer.safeguard}`) : '—',
        localize(r.transfer?.country_info, lang, policy, '—'),
        localize(r.transfer?.measures, lang, policy, '—'),
      ]),
    });
  }
  if (storage.length > 0)
    transferBlocks.push({ kind: 'list', items: storage.map(([id, cg]) => t('storage_line', { category: cat(id), countries: list(lang, (cg.storage_countries ?? []).map((x) => countryName(lang, x))) })) });
  sections.push({ id: 'transfers', heading: t('h_transfers'), blocks: transferBlocks });

  // 6. Retention, legal holds, erasure
  const retentionBlocks: Block[] = [{ kind: 'p', text: t('retention_intro') }, { kind: 'p', text: t('retention_erasure') }];
  const holds = Object.values(policy.legal_holds);
  if (holds.length > 0) {
    retentionBlocks.push({ kind: 'p', text: t('holds_intro') });
    retentionBlocks.push({
      kind: 'list',
      // a hold that exists for records (transactions) keeps nothing of people without any
      items: holds.map((h) => {
        const records = holdRecordsOf(policy, h);
        return t(records.length > 0 ? 'hold_line_records' : 'hold_line', {
          description: localize(h.description, lang, policy, pur(h.purpose)),
          categories: list(lang, h.categories.map(cat)),
          period: formatDuration(lang, h.period),
          reference: h.reference ?? t('basis_legal_obligation'),
          ...(records.length > 0 ? { records: new Intl.ListFormat(lang, { type: 'disjunction' }).format(records.map(cat)) } : {}),
        });
      }),
    });
  }
  if (Object.values(policy.categories).some((cg) => cg.kind === 'public-content')) retentionBlocks.push({ kind: 'p', text: t('public_content') });
  sections.push({ id: 'retention', heading: t('h_retention'), blocks: retentionBlocks });

  // 7. Cookies
  const cookies = recipients.flatMap(([, r]) => r.cookies.map((k) => ({ ...k, provider: r.name })));
  sections.push({
    id: 'cookies',
    heading: t('h_cookies'),
    blocks:
      cookies.length === 0
        ? [{ kind: 'p', text: t('cookies_none') }]
        : [
            { kind: 'p', text: t('cookies_intro') },
            {
              kind: 'table',
              caption: t('h_cookies'),
              head: [t('col_cookie'), t('col_provider'), t('col_party'), t('col_cookie_type'), t('col_duration')],
              rows: cookies.map((k) => [
                k.name,
                k.provider,
                t(k.party === 'first' ? 'party_first' : 'party_third'),
                t(`cookie_${k.category}`),
                k.duration === 'session' ? t('cookie_session') : formatDuration(lang, k.duration),
              ]),
            },
          ],
  });

  // 8. Rights, with deadlines: the policy's promises, else the law where the person lives
  const rights: RequestType[] = [...REQUEST_TYPES];
  const rightsRows = rights.map((type) => {
    const promise = policy.promises[type];
    return [t(`right_${type}`), promise ? t('deadline_promise', { deadline: formatDeadline(lang, promise.within, promise.unit) }) : t('deadline_by_law')];
  });
  const jpTarget = policy.requests?.jp_target_days ?? 14;
  const lawRows = policy.jurisdictions.map((j) => {
    const d = LEGAL_DEADLINES[j];
    let text: string;
    if (d.within === undefined || !d.unit) text = j === 'JP' ? t('deadline_without_delay_target', { deadline: unitAmount(lang, jpTarget, 'day') }) : t('deadline_without_delay');
    else {
      text = formatDeadline(lang, d.within, d.unit);
      if (d.extension) text = t('deadline_extension', { deadline: text, extension: formatDeadline(lang, d.extension.within, d.extension.unit) });
    }
    return [jurisdictionName(lang, j), text];
  });
  const rightsBlocks: Block[] = [
    { kind: 'p', text: t('rights_intro') },
    { kind: 'table', caption: t('h_rights'), head: [t('col_request'), t('col_deadline')], rows: rightsRows },
    { kind: 'p', text: t('law_intro') },
    { kind: 'table', caption: t('law_intro'), head: [t('col_jurisdiction'), t('col_law_deadline')], rows: lawRows },
    { kind: 'p', text: t('how_to', { email: c.contact.email }) },
  ];
  const fees = policy.requests?.fees ?? [];
  if (fees.length > 0) {
    const feeText = list(
      lang,
      fees.map((f) => {
        const amount = new Intl.NumberFormat(lang, { style: 'currency', currency: f.currency }).format(f.amount);
        return `${t(`right_${f.type}`)}${f.jurisdiction ? ` (${jurisdictionName(lang, f.jurisdiction)})` : ''}: ${amount}`;
      }),
    );
    rightsBlocks.push({ kind: 'p', text: t('fees', { fees: feeText }) });
  }
  rightsBlocks.push({ kind: 'p', text: t('complaint') });
  sections.push({ id: 'rights', heading: t('h_rights'), blocks: rightsBlocks });

  // 9. Children: one minimum age, or (by_jurisdiction) the age for each place the policy applies in
  const childBlocks: Block[] = !policy.minimum_age
    ? [{ kind: 'p', text: t('children_none') }]
    : !agesDiffer(policy)
      ? [{ kind: 'p', text: t('children_text', { age: policy.minimum_age.years }) }]
      : [
          { kind: 'p', text: t('children_text_by_place') },
          {
            kind: 'table',
            caption: t('h_minimum_age'),
            head: [t('col_jurisdiction'), t('col_minimum_age')],
            rows: policy.jurisdictions.map((j) => [jurisdictionName(lang, j), new Intl.NumberFormat(lang).format(minimumAgeFor(policy, j)!)]),
          },
        ];
  sections.push({ id: 'children', heading: t('h_children'), blocks: childBlocks });

  // 10. Security measures (what Custos does by construction, plus what the policy declares)
  const security: string[] = [t('security_encryption'), t('security_purpose'), t('security_audit')];
  if (Object.values(policy.categories).some((cg) => cg.type === 'password_hash')) security.push(t('security_passwords'));
  security.push(t('security_erasure'));
  if (recipients.some(([, r]) => r.type === 'processor')) security.push(t('security_contractors'));
  if (policy.purposes.message_safety) security.push(t('security_masking'));
  sections.push({ id: 'security', heading: t('h_security'), blocks: [{ kind: 'list', items: security }] });

  // 11. Change history
  const changeBlocks: Block[] = [{ kind: 'p', text: t('changes_text') }];
  // seed 001: a purpose added later applies to data already held only with the person's consent
  if (newUsesRule(policy) === 'consent') changeBlocks.push({ kind: 'p', text: t('changes_new_uses_consent') });
  if (opts.history && opts.history.length > 0) {
    changeBlocks.push({
      kind: 'table',
      caption: t('h_changes'),
      head: [t('col_version'), t('col_published'), t('col_changes')],
      rows: [...opts.history].reverse().map((h) => {
        let text: string;
        if (!h.changes) text = t('history_first');
        else {
          const lines = describeChanges(policy, h.changes, lang);
          text = lines.length === 0 ? t('history_minor') : lines.slice(0, 8).join('; ') + (lines.length > 8 ? ` ${t('history_more', { n: lines.length - 8 })}` : '');
        }
        return [h.label, formatDate(lang, h.publishedAt), text];
      }),
    });
  }
  sections.push({ id: 'changes', heading: t('h_changes'), blocks: changeBlocks });

  // 12. Languages and the governing-language clause (seed 002)
  sections.push({
    id: 'language',
    heading: t('h_language'),
    blocks: [{ kind: 'p', text: t('governing_clause', { languages: list(lang, policy.languages.map((l) => languageName(lang, l))), governing: languageName(lang, policy.governing_language) }) }],
  });

  const since = opts.since ?? (opts.history?.length ? opts.history[opts.history.length - 1].publishedAt : /^\d{4}-\d{2}-\d{2}$/.test(policy.version) ? policy.version : undefined);
  return {
    lang,
    title: t('title'),
    intro: t('intro', { controller: c.name }),
    versionLine: since ? t('version_line', { version: policy.version, date: formatDate(lang, since) }) : t('version_only', { version: policy.version }),
    sections,
    languages: policy.languages.map((l) => ({ lang: l, name: new Intl.DisplayNames(l, { type: 'language' }).of(l) ?? l })),
  };
}

// ---------- writers ----------

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);

export interface HtmlOptions {
  /** Link to the same notice in another language (default `?lang=xx`). */
  languageHref?: (lang: Language) => string;
  /** Stylesheet URL on the same origin (no inline styles: the page runs under a strict CSP). */
  stylesheet?: string;
}

/** A complete, accessible HTML page: lang attribute, landmarks, captions and header cells, no scripts or external resources. */
export function renderNoticeHtml(doc: NoticeDocument, opts: HtmlOptions = {}): string {
  const e = escapeHtml;
  const href = opts.languageHref ?? ((l: Language) => `?lang=${l}`);
  const t = (key: MessageKey) => MESSAGES[doc.lang][key];
  const block = (b: Block): string => {
    switch (b.kind) {
      case 'p':
        return `<p>${e(b.text)}</p>`;
      case 'list':
        return `<ul>${b.items.map((i) => `<li>${e(i)}</li>`).join('')}</ul>`;
      case 'fields':
        return `<dl>${b.items.map(([k, v]) => `<dt>${e(k)}</dt><dd>${k === t('controller_email') ? `<a href="mailto:${e(v)}">${e(v)}</a>` : /^https?:\/\//.test(v) ? `<a href="${e(v)}">${e(v)}</a>` : e(v)}</dd>`).join('')}</dl>`;
      case 'table':
        return (
          `<div class="table"><table><caption>${e(b.caption)}</caption>` +
          `<thead><tr>${b.head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead>` +
          `<tbody>${b.rows.map((r) => `<tr>${r.map((cell, i) => (i === 0 ? `<th scope="row">${e(cell)}</th>` : `<td>${e(cell)}</td>`)).join('')}</tr>`).join('')}</tbody></table></div>`
        );
    }
  };
  const others = doc.languages.filter((l) => l.lang !== doc.lang);
  return [
    '<!doctype html>',
    `<html lang="${doc.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(doc.title)}</title>`,
    '<link rel="icon" href="data:,">',
    ...(opts.stylesheet ? [`<link rel="stylesheet" href="${e(opts.stylesheet)}">`] : []),
    ...doc.languages.map((l) => `<link rel="alternate" hreflang="${l.lang}" href="${e(href(l.lang))}">`),
    '</head>',
    '<body>',
    `<a class="skip" href="#notice">${e(t('skip_to_content'))}</a>`,
    '<header>',
    others.length > 0
      ? `<nav aria-label="${e(t('other_languages'))}"><ul class="languages">${others.map((l) => `<li><a href="${e(href(l.lang))}" hreflang="${l.lang}" lang="${l.lang}">${e(l.name)}</a></li>`).join('')}</ul></nav>`
      : '',
    `<h1>${e(doc.title)}</h1>`,
    `<p>${e(doc.intro)}</p>`,
    `<p class="version">${e(doc.versionLine)}</p>`,
    `<nav aria-labelledby="toc"><h2 id="toc">${e(t('contents'))}</h2><ol>${doc.sections.map((s) => `<li><a href="#${s.id}">${e(s.heading)}</a></li>`).join('')}</ol></nav>`,
    '</header>',
    '<main id="notice">',
    ...doc.sections.map((s) => `<section aria-labelledby="${s.id}"><h2 id="${s.id}">${e(s.heading)}</h2>${s.blocks.map(block).join('')}</section>`),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const mdCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderNoticeMarkdown(doc: NoticeDocument): string {
  const out: string[] = [`# ${doc.title}`, '', doc.intro, '', `_${doc.versionLine}_`, ''];
  for (const s of doc.sections) {
    out.push(`## ${s.heading}`, '');
    for (const b of s.blocks) {
      if (b.kind === 'p') out.push(b.text, '');
      else if (b.kind === 'list') out.push(...b.items.map((i) => `- ${i}`), '');
      else if (b.kind === 'fields') out.push(...b.items.map(([k, v]) => `- **${k}**: ${v}`), '');
      else out.push(`| ${b.head.map(mdCell).join(' | ')} |`, `|${b.head.map(() => ' --- |').join('')}`, ...b.rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`), '');
    }
  }
  return out.join('\n');
}

/** The language to show: `?lang=` when the policy has it, else the best Accept-Language match, else the governing language. */
export function negotiateLanguage(policy: Policy, acceptLanguage: string | undefined): Language {
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part, i) => {
        const [tag, ...params] = part.trim().split(';');
        const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
        return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), i };
      })
      .filter((x) => x.tag && Number.isFinite(x.q) && x.q > 0)
      .sort((a, b) => b.q - a.q || a.i - b.i);
    for (const { tag } of ranked) {
      const primary = tag.split('-')[0] as Language;
      if (policy.languages.includes(primary)) return primary;
    }
  }
  return policy.governing_language;
}
