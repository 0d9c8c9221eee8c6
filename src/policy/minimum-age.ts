/**
 * The policy's age gate (seed 000): the minimum age that applies to a subject, from the subject's own
 * jurisdiction (every subject has one: given at creation, else the policy's default_jurisdiction).
 */
import type { Jurisdiction, Policy } from './schema.js';

/** The minimum age for subjects of `jurisdiction`: its `by_jurisdiction` age, else `years`; null when the policy has no age gate. */
export function minimumAgeFor(policy: Policy, jurisdiction: Jurisdiction): number | null {
  const gate = policy.minimum_age;
  if (!gate) return null;
  const by = gate.by_jurisdiction ?? {};
  return Object.hasOwn(by, jurisdiction) ? by[jurisdiction] : gate.years;
}

/** The highest minimum age of any jurisdiction (0 without an age gate): no one this old or older is refused. */
export function highestMinimumAge(policy: Policy): number {
  const gate = policy.minimum_age;
  return gate ? Math.max(gate.years, ...Object.values(gate.by_jurisdiction ?? {})) : 0;
}

/** Whether the minimum age differs by jurisdiction (some declared jurisdiction has an age other than `years`). */
export function agesDiffer(policy: Policy): boolean {
  const gate = policy.minimum_age;
  return !!gate && policy.jurisdictions.some((j) => minimumAgeFor(policy, j) !== gate.years);
}
