/** Chooses among overlapping candidates: the longer span wins, then the more specific type. */
import type { Candidate, FindingType } from './types.js';

const PRIORITY: Record<FindingType, number> = {
  EMAIL: 9,
  URL: 8,
  IBAN: 7,
  CREDIT_CARD: 6,
  KR_RRN: 5,
  JP_MY_NUMBER: 4,
  IP_ADDRESS: 3,
  PHONE: 2,
  MESSENGER_ID: 1,
};

export function resolveOverlaps(cands: Candidate[]): Candidate[] {
  if (cands.length <= 1) return cands;
  const sorted = cands.slice().sort((a, b) => b.end - b.start - (a.end - a.start) || PRIORITY[b.type] - PRIORITY[a.type] || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let clash = false;
    for (const k of kept) {
      if (c.start < k.end && k.start < c.end) {
        clash = true;
        break;
      }
    }
    if (!clash) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
