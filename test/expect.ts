/** Shared assertions for the suites. */
import { expect } from 'vitest';
import { CustosError } from '../src/errors.js';

/** Awaits `p`, expects it to fail with a CustosError of `code` (and `rule` among its details); returns it. */
export async function rejects(p: Promise<unknown>, code: string, rule?: string): Promise<CustosError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e, `expected ${code}`).toBeInstanceOf(CustosError);
  expect((e as CustosError).code).toBe(code);
  if (rule) expect((e as CustosError).details.map((d) => d.rule)).toContain(rule);
  return e as CustosError;
}
