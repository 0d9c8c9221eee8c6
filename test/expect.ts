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

/** The secret part of an API key `ck_<12-char id>_<secret>` (the secret itself may contain `_`). */
export const keySecret = (key: string): string => key.slice('ck_'.length + 12 + 1);
