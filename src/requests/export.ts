/**
 * The access (and portability) export: a zip of JSON and CSV, streamed in constant memory. It holds every
 * field with its category and purposes, the records, consents and their history, marketing preferences,
 * restrictions, who accessed the data (role, purpose, date; no staff names or key ids), retention per
 * category, cross-border transfers, and whatever sections other modules register (disclosures ledger,
 * received-data records).
 */
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { csvCell } from '../csv.js';
import type { Vault } from '../vault/vault.js';
import type { ConsentStore } from '../consent/store.js';
import type { Restrictions } from '../access/restrictions.js';
import type { AuditLog } from '../audit/log.js';
import type { Policy } from '../policy/schema.js';

/** A section another module adds to every export: rows become `<name>.csv` and `<name>.jsonl`. */
export interface ExportSection {
  name: string;
  columns: string[];
  rows(subjectId: string): AsyncIterable<Record<string, string | number | boolean | null>>;
}

export interface ExportDeps {
  vault: Vault;
  consents: ConsentStore;
  restrictions: Restrictions;
  audit: AuditLog;
  policy: Policy;
  sections: readonly ExportSection[];
}

async function* csv(columns: string[], rows: AsyncIterable<Record<string, unknown>> | Iterable<Record<string, unknown>>): AsyncGenerator<string> {
  yield '\ufeff' + columns.join(',') + '\r\n';
  for await (const r of rows) yield columns.map((c) => csvCell(r[c])).join(',') + '\r\n';
}

async function* jsonl(rows: AsyncIterable<Record<string, unknown>>): AsyncGenerator<string> {
  for await (const r of rows) yield JSON.stringify(r) + '\n';
}

/** Entries about the subject in the audit log, page by page: role, purpose, date, action; never key ids. */
async function* accessLog(audit: AuditLog, subjectId: string): AsyncGenerator<Record<string, unknown>> {
  let afterSeq = 0;
  for (;;) {
    const page = await audit.query({ subjectId, afterSeq, limit: 1000 });
    if (page.length === 0) return;
    for (const e of page)
      yield { time: e.time, action: e.action, role: e.actor.role, purpose: e.purpose ?? '', fields: (e.fields ?? []).join(' '), outcome: e.outcome };
    afterSeq = page[page.length - 1].seq;
  }
}

/** Builds the export zip for a subject as a stream. */
export async function exportBundle(subjectId: string, deps: ExportDeps): Promise<Readable> {
  const { vault, consents, restrictions, audit, policy } = deps;
  const subject = await vault.read(subjectId);
  const zip = new yazl.ZipFile();
  const add = (name: string, gen: AsyncIterable<string>) => zip.addReadStream(Readable.from(gen), name);
  const label = (c: string) => {
    const l = policy.categories[c]?.label;
    return typeof l === 'string' ? l : (l?.en ?? c);
  };

  const fields = Object.entries(subject.fields).map(([field, value]) => {
    const c = policy.categories[field];
    return { field, label: label(field), kind: c?.kind, value, purposes: c?.purposes ?? [], retention: c?.retention?.period ?? null, retention_runs_from: c?.retention?.after ?? null };
  });
  const history = await consents.history(subjectId);
  const latest = new Map<string, (typeof history)[number]>();
  for (const e of history) latest.set(e.purpose, e);
  const marketing = Object.entries(policy.purposes)
    .filter(([, p]) => p.marketing)
    .map(([purpose]) => ({ purpose, state: latest.get(purpose)?.event === 'grant' ? 'opted_in' : latest.get(purpose) ? 'opted_out' : 'not_asked' }));
  const held = new Set(Object.keys(subject.fields));
  const transfers = Object.entries(policy.recipients)
    .filter(([, r]) => r.country !== policy.controller.country && r.categories.some((c) => held.has(c) || policy.categories[c]?.multiple))
    .map(([id, r]) => ({ recipient: r.name, id, type: r.type, country: r.country, categories: r.categories.join(' '), purposes: r.purposes.join(' ') }));

  const summary = {
    format: 'custos-access-export/1',
    generatedAt: new Date().toISOString(),
    controller: { name: policy.controller.name, contact: policy.controller.contact.email },
    subject: { id: subject.id, jurisdiction: subject.jurisdiction, createdAt: subject.createdAt, updatedAt: subject.updatedAt },
    fields,
    marketingPreferences: marketing,
    restrictions: await restrictions.active(subjectId),
    retention: Object.entries(policy.categories).map(([c, cat]) => ({ category: c, period: cat.retention?.period ?? null, runsFrom: cat.retention?.after ?? null })),
    crossBorderTransfers: transfers,
    files: ['records.jsonl', 'records.csv', 'consents.csv', 'access_log.csv', ...deps.sections.map((s) => `${s.name}.csv`)],
  };
  add('subject.json', (async function* () { yield JSON.stringify(summary, null, 2) + '\n'; })());
  add('fields.csv', csv(['field', 'label', 'kind', 'value', 'purposes', 'retention'], fields.map((f) => ({ ...f, purposes: f.purposes.join(' ') }))));
  const records = () => (async function* () {
    for await (const r of vault.records(subjectId)) yield { category: r.category, createdAt: r.createdAt, value: r.value };
  })();
  add('records.jsonl', jsonl(records()));
  add('records.csv', csv(['category', 'createdAt', 'value'], records()));
  add('consents.csv', csv(['at', 'purpose', 'event', 'policyVersion', 'method', 'language'], history as unknown as Record<string, unknown>[]));
  add('access_log.csv', csv(['time', 'action', 'role', 'purpose', 'fields', 'outcome'], accessLog(audit, subjectId)));
  add('cross_border_transfers.csv', csv(['recipient', 'type', 'country', 'categories', 'purposes'], transfers));
  for (const s of deps.sections) add(`${s.name}.csv`, csv(s.columns, s.rows(subjectId)));
  zip.end();
  return Readable.from(zip.outputStream);
}
