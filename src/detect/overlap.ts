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
  // (most messages have one handle or host at most: nothing to compare, nothing to allocate)
  let n = 0;
  for (const c of cands) if (c.type === 'URL' || c.type === 'MESSENGER_ID') n++;
  if (n < 2) return NONE;
  // (the handles and hosts by span, so that only those of the same span are compared: a text with thousands of them costs no square)
  const spans: Candidate[] = [];
  for (const c of cands) if (c.type === 'URL' || c.type === 'MESSENGER_ID') spans.push(c);
  spans.sort(bySpan);
  for (let i = 0; i < spans.length; ) {
    let j = i + 1;
    while (j < spans.length && spans[j].start === spans[i].start && spans[j].end === spans[i].end) j++;
    for (let x = i; x < j; x++) {
      const a = spans[x];
      for (let y = i; y < j; y++) {
        const b = spans[y];
        if (b.type === a.type) continue;
        const lose = a.type === 'URL' ? b.score > a.score : b.score >= a.score;
        if (lose) (out ??= []).push(a);
      }
    }
    i = j;
  }
  return out ?? NONE;
}
const NONE: Candidate[] = [];
const bySpan = (a: Candidate, b: Candidate) => a.start - b.start || a.end - b.end;

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
  let sorted: Candidate[];
  if (lose.length === 0) sorted = cands.slice();
  else if (lose.length <= 16) sorted = cands.filter((c) => !lose.includes(c));
  else {
    // (a long text can lose thousands: a look-up in a list for each would take the square)
    const losing = new Set(lose);
    sorted = cands.filter((c) => !losing.has(c));
  }
  sortFew(sorted, before);
  // Kept in order of start, each apart from the next: a candidate clashes only with the kept ones on either
  // side of where it would go, found by halving.
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (kept[mid].start < c.start) lo = mid + 1;
      else hi = mid;
    }
    if ((lo < kept.length && kept[lo].start < c.end) || (lo > 0 && kept[lo - 1].end > c.start)) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}
