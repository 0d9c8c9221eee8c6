/** The policy's age gate (seed 000): the minimum age that applies to a subject. */
import type { Jurisdiction, Policy } from './schema.js';

/** The minimum age for subjects of `jurisdiction`; null when the policy has no age gate. */
export function minimumAgeFor(policy: Policy, jurisdiction: Jurisdiction): number | null {
  const gate = policy.minimum_age;
  if (!gate) return null;
  return gate.years;
}

/** The highest minimum age of any jurisdiction (0 without an age gate): no one this old or older is refused. */
export function highestMinimumAge(policy: Policy): number {
  return policy.minimum_age?.years ?? 0;
}
