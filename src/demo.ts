/** A few demo subjects for the quick start, created once (idempotent by external id). */
import type { Custos } from './custos.js';
import { cliActor } from './cli/subjects.js';

export const DEMO_SUBJECTS = [
  { externalId: 'demo-1', jurisdiction: 'JP', fields: { name: 'Hanako Yamada', email: 'hanako@example.jp', phone: '090-1234-5678', birth_date: '1994-04-01', country: 'JP', gender: 'female' } },
  { externalId: 'demo-2', jurisdiction: 'KR', fields: { name: '김민준', email: 'minjun@example.kr', phone: '010-2345-6789', birth_date: '1990-09-12', country: 'KR' } },
  { externalId: 'demo-3', jurisdiction: 'RU', fields: { name: 'Анна Иванова', email: 'anna@example.ru', phone: '+7 912 345-67-89', birth_date: '1988-01-20', country: 'RU' } },
  { externalId: 'demo-4', jurisdiction: 'VN', fields: { name: 'Nguyễn Văn An', email: 'an@example.vn', phone: '0912 345 678', birth_date: '1999-07-07', country: 'VN' } },
  { externalId: 'demo-5', jurisdiction: 'EU', fields: { name: 'Jane Doe', email: 'jane@example.eu', phone: '+49 30 901820', birth_date: '1985-05-05', country: 'DE' } },
] as const;

/** The purpose the demo subjects are collected for. */
const DEMO_PURPOSE = 'account';

/**
 * Creates the demo subjects through the access layer, as a caller of the policy would: for the `account`
 * purpose, in the narrowest role that acts for it, each with its audit entry (`subject.create`, key `demo`).
 */
export async function seedDemo(custos: Custos): Promise<{ created: number }> {
  const actor = { ...cliActor(custos.policy, DEMO_PURPOSE, undefined), keyId: 'demo' };
  const results = await custos.subjects.createMany(
    DEMO_SUBJECTS.map((s) => ({ externalId: s.externalId, jurisdiction: s.jurisdiction, fields: { ...s.fields } })),
    { actor, purpose: DEMO_PURPOSE },
  );
  let created = 0;
  for (const r of results) {
    if ('error' in r) throw r.error;
    if (r.created) created++;
  }
  return { created };
}
