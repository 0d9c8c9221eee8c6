/**
 * A store whose policy gained a use after people gave their data: version 2 of the example policy also
 * uses phone numbers for lessons (`lesson_delivery`, a contract purpose) and email addresses for identity
 * checks (`identity_verification`, a legal obligation, which needs no consent), is labelled
 * `NEW_USE_VERSION` and is announced as a real deployment would announce it. People created in `seed`
 * (under version 1) are asked for the first.
 */
import { readFileSync } from 'node:fs';
import type { Custos, OpenOptions } from '../../custos.js';
import { publishPolicy } from '../../policy/publish.js';

const source = readFileSync(new URL('../../../examples/tutoring-marketplace.policy.yaml', import.meta.url), 'utf8');
const PHONE_PURPOSES = 'purposes: [account, payment, support, fraud_prevention, marketing_sms, third_party_provision]';

export const NEW_USE_VERSION = '2026-12-01';

export const NEW_USE_POLICY = source
  .replace(/^version: .*$/m, `version: "${NEW_USE_VERSION}"`)
  .replace(PHONE_PURPOSES, PHONE_PURPOSES.replace(']', ', lesson_delivery]'))
  .replace(/(  email:\n(?:    [^\n]*\n)*?    purposes: \[)([^\]]*)\]/, (_m, head: string, list: string) => `${head}${list}, identity_verification]`);

/** Opens version 1, runs `seed`, then opens version 2 (announced) with `options`: the store the test uses. */
export async function openWithNewUse(env: { open(extra?: Partial<OpenOptions>): Promise<Custos> }, seed: (v1: Custos) => Promise<void>, options: Partial<OpenOptions> = {}): Promise<Custos> {
  if (!NEW_USE_POLICY.includes('lesson_delivery]') || !NEW_USE_POLICY.includes('identity_verification]') || !NEW_USE_POLICY.includes(NEW_USE_VERSION)) throw new Error('the example policy changed: the new uses are not in version 2');
  const v1 = await env.open({ mail: { transport: null } });
  await seed(v1);
  await v1.close();
  const announcing = await env.open({ policy: { yaml: NEW_USE_POLICY }, mail: { transport: null }, allowUnannouncedChanges: true });
  await publishPolicy(announcing, { actor: { keyId: 'cli', role: 'operator' }, url: 'https://tutoring.example/privacy' });
  await announcing.close();
  return env.open({ policy: { yaml: NEW_USE_POLICY }, ...options });
}
