/**
 * Chooses among overlapping candidates: the longer span wins, then the more specific type. A handle and
 * a bare host can be the same text (`Skype: hoa.vu`: `.vu` is a top-level domain); of those two readings
 * the surer wins (a handle announced by its platform, 0.9, over a host with no scheme or path, 0.85).
 */
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

/** Longer first, then (a handle and a host of the same span) the surer, then the more specific type, then the earlier start. */
function before(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start) || (a.start === b.start && nameReadings(a, b) ? b.score - a.score : 0) || PRIORITY[b.type] - PRIORITY[a.type] || a.start - b.start;
}
const nameReadings = (a: Candidate, b: Candidate) => (a.type === 'URL' && b.type === 'MESSENGER_ID') || (a.type === 'MESSENGER_ID' && b.type === 'URL');
const byStart = (a: Candidate, b: Candidate) => a.start - b.start;

/**
 * Sorts `a` in place, stably, as `Array.prototype.sort` does. A message has a few candidates and
 * rewrites, mostly in order already: an insertion sort allocates nothing, where the built-in sort
 * allocates its work arrays on every call.
 */
export function sortFew<T>(a: T[], cmp: (a: T, b: T) => number): void {
  if (a.length > 32) {
    a.sort(cmp);
    return;
  }
  for (let i = 1; i < a.length; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= 0 && cmp(a[j], x) > 0) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}

export function resolveOverlaps(cands: Candidate[]): Candidate[] {
  if (cands.length <= 1) return cands;
  const sorted = cands.slice();
  sortFew(sorted, before);
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
  sortFew(kept, byStart);
  return kept;
}
