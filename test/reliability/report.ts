/**
 * Reliability figures. Each reliability test file records its figures here; `npm run test:reliability`
 * (scripts/reliability.mjs) sets CUSTOS_RELIABILITY_REPORT_DIR, runs the long forms and prints them all.
 * The bounded forms run in `npm test` with smaller counts; CUSTOS_RELIABILITY_LONG=1 selects the long ones.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LONG = process.env.CUSTOS_RELIABILITY_LONG === '1';

/** The bounded count in `npm test`, the long count under `npm run test:reliability`; either overridable by env. */
export function count(envName: string, bounded: number, long: number): number {
  const v = Number(process.env[envName]);
  return Number.isInteger(v) && v > 0 ? v : LONG ? long : bounded;
}

export function record(name: string, figures: Record<string, unknown>): void {
  const dir = process.env.CUSTOS_RELIABILITY_REPORT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(figures, null, 2) + '\n');
}
