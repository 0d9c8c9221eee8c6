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

/** Longer first, then the more specific type, then the earlier start. */
function before(a: Candidate, b: Candidate): number {
  return b.end - b.start - (a.end - a.start) || PRIORITY[b.type] - PRIORITY[a.type] || a.start - b.start;
}

/**
 * Of a handle and a host read from the same span, the less sure reading (the host when as sure). Taken
 * out before the sort, so that the order stays one order: compared by score inside the sort, two such
 * readings and a third candidate of the same length made a cycle, and which one won depended on the
 * order the recognisers gave them in (`텔레: @song_hyeonjun10\n인스타: song.kiwi.studio`).
 */
function lessSureReadings(cands: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (const a of cands) {
    if (a.type !== 'URL' && a.type !== 'MESSENGER_ID') continue;
    for (const b of cands) {
      if (b.type === a.type || (b.type !== 'URL' && b.type !== 'MESSENGER_ID') || b.start !== a.start || b.end !== a.end) continue;
      const lose = a.type === 'URL' ? b.score > a.score : b.score >= a.score;
      if (lose) (out ??= []).push(a);
    }
  }
  return out ?? [];
}
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
  const lose = lessSureReadings(cands);
  const sorted = lose.length === 0 ? cands.slice() : cands.filter((c) => !lose.includes(c));
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
