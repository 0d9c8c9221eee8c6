/**
 * Records of processing activities (GDPR Art. 30(1)), generated from the policy and the recipients
 * registry: one activity per purpose, with the controller, the legal basis, the categories of data,
 * the recipients, the transfers to other countries, the retention and the security measures.
 */
import type { Policy } from '../policy/schema.js';
import { listRecipients } from './recipients.js';
import { csvLine } from '../csv.js';

export interface ProcessingActivity {
  purpose: string;
  description: string;
  basis: string;
  marketing: boolean;
  dataSubjects: string;
  categories: { id: string; kind: string; retention: string }[];
  recipients: { id: string; type: string; name: string; country: string; agreement?: string; categories: string[] }[];
  transfers: { country: string; to: string; safeguard: string }[];
  roles: string[];
}

export interface ProcessingRecords {
  controller: { name: string; address: string; representative: string; country?: string; contact: string };
  policyVersion: string;
  generatedAt: string;
  jurisdictions: string[];
  activities: ProcessingActivity[];
  legalHolds: { id: string; categories: string[]; purpose: string; period: string; reference?: string }[];
  security: string[];
}

export const SECURITY_MEASURES = [
  'Field values encrypted at rest with a per-person data key (AES-256-GCM); data keys wrapped by versioned key-encryption keys; erasure by destroying the data key (crypto-shredding)',
  'Look-ups by email and phone through keyed blind indexes (HMAC), never plain values',
  'Purpose-bound access: every read names a purpose and passes one decision point (category, role, restriction, consent)',
  'Role-based API keys (only a hash of each key is stored); server maintenance roles read no personal data',
  'Tamper-evident audit log (SHA-256 hash chain, signed Ed25519 checkpoints) of every access, change and provision',
  'Access monitoring: bulk reads, denial bursts and out-of-hours reads raise alerts',
  'Third-party provisions recorded in a ledger and refused without consent or a legal exception',
];

function text(v: Policy['purposes'][string]['description']): string {
  if (!v) return '';
  return typeof v === 'string' ? v : (v.en ?? Object.values(v)[0] ?? '');
}

const retentionText = (r: Policy['categories'][string]['retention']) => (r ? `${r.period} after ${r.after.replace(/_/g, ' ')}` : 'not set');

export function processingRecords(policy: Policy, now: Date = new Date()): ProcessingRecords {
  const recipients = listRecipients(policy);
  const home = policy.controller.country;
  const activities: ProcessingActivity[] = Object.entries(policy.purposes).map(([purpose, p]) => {
    const categories = Object.entries(policy.categories)
      .filter(([, c]) => c.purposes.includes(purpose))
      .map(([id, c]) => ({ id, kind: c.kind, retention: retentionText(c.retention) }));
    const rec = recipients
      .filter((r) => r.purposes.includes(purpose))
      .map((r) => ({ id: r.id, type: r.type, name: r.name, country: r.country ?? '', ...(r.agreement ? { agreement: `${r.agreement.reference} (${r.agreement.date})` } : {}), categories: r.categories }));
    const transfers = new Map<string, { country: string; to: string; safeguard: string }>();
    for (const r of rec)
      if (home && r.country !== home)
        transfers.set(`${r.country}|${r.name}`, { country: r.country, to: r.name, safeguard: r.agreement ? `agreement ${r.agreement}` : r.type === 'third_party' ? "the person's consent" : 'none recorded' });
    for (const c of categories)
      for (const country of policy.categories[c.id].storage_countries ?? [])
        if (home && country !== home) transfers.set(`${country}|storage`, { country, to: 'storage', safeguard: 'storage location declared in the policy' });
    return {
      purpose,
      description: text(p.description),
      basis: p.basis,
      marketing: p.marketing,
      dataSubjects: `persons whose data the service holds (${policy.jurisdictions.join(', ')})`,
      categories,
      recipients: rec,
      transfers: [...transfers.values()],
      roles: Object.entries(policy.roles)
        .filter(([, r]) => r.purposes.includes(purpose))
        .map(([id]) => id),
    };
  });
  return {
    controller: {
      name: policy.controller.name,
      address: policy.controller.address,
      representative: policy.controller.representative,
      ...(policy.controller.country ? { country: policy.controller.country } : {}),
      contact: policy.controller.contact.email,
    },
    policyVersion: policy.version,
    generatedAt: now.toISOString(),
    jurisdictions: [...policy.jurisdictions],
    activities,
    legalHolds: Object.entries(policy.legal_holds).map(([id, h]) => ({ id, categories: h.categories, purpose: h.purpose, period: h.period, ...(h.reference ? { reference: h.reference } : {}) })),
    security: SECURITY_MEASURES,
  };
}

export const RECORDS_CSV_COLUMNS = ['purpose', 'description', 'legal_basis', 'data_subjects', 'categories', 'retention', 'recipients', 'transfers', 'roles'] as const;

export function recordsCsv(r: ProcessingRecords): string {
  let out = csvLine([...RECORDS_CSV_COLUMNS]);
  for (const a of r.activities)
    out += csvLine([
      a.purpose,
      a.description,
      a.basis,
      a.dataSubjects,
      a.categories.map((c) => c.id).join(';'),
      a.categories.map((c) => `${c.id}: ${c.retention}`).join(';'),
      a.recipients.map((x) => `${x.name} [${x.type}, ${x.country}${x.agreement ? `, ${x.agreement}` : ''}]`).join(';'),
      a.transfers.map((t) => `${t.country}: ${t.to} (${t.safeguard})`).join(';'),
      a.roles.join(';'),
    ]);
  return out;
}

const md = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function recordsMarkdown(r: ProcessingRecords): string {
  const lines: string[] = [];
  lines.push(`# Records of processing activities`, '');
  lines.push(`GDPR Art. 30(1). Generated ${r.generatedAt} from policy version ${r.policyVersion}.`, '');
  lines.push(`## Controller`, '');
  lines.push(`- Name: ${r.controller.name}`, `- Address: ${r.controller.address}`, `- Representative: ${r.controller.representative}`, `- Contact: ${r.controller.contact}`);
  if (r.controller.country) lines.push(`- Country: ${r.controller.country}`);
  lines.push(`- Jurisdictions: ${r.jurisdictions.join(', ')}`, '');
  lines.push(`## Processing activities`, '');
  lines.push('| purpose | description | legal basis | categories of data | retention | recipients | transfers | roles |', '|---|---|---|---|---|---|---|---|');
  for (const a of r.activities)
    lines.push(
      `| ${md(a.purpose)} | ${md(a.description)} | ${a.basis} | ${a.categories.map((c) => `${c.id} (${c.kind})`).join(', ') || '-'} | ${a.categories.map((c) => `${c.id}: ${c.retention}`).join('; ') || '-'} | ${
        a.recipients.map((x) => md(`${x.name} (${x.type}, ${x.country}${x.agreement ? `, ${x.agreement}` : ''})`)).join('; ') || '-'
      } | ${a.transfers.map((t) => md(`${t.country}: ${t.to}, ${t.safeguard}`)).join('; ') || '-'} | ${a.roles.join(', ') || '-'} |`,
    );
  lines.push('', `Data subjects: persons whose data the service holds, in ${r.jurisdictions.join(', ')}.`, '');
  if (r.legalHolds.length > 0) {
    lines.push(`## Legal holds`, '');
    for (const h of r.legalHolds) lines.push(`- ${h.id}: ${h.categories.join(', ')} kept ${h.period} for ${h.purpose}${h.reference ? ` (${md(h.reference)})` : ''}`);
    lines.push('');
  }
  lines.push(`## Technical and organisational security measures`, '');
  for (const s of r.security) lines.push(`- ${s}`);
  lines.push('');
  return lines.join('\n');
}
