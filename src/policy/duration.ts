/**
 * ISO 8601 durations as the policy writes them (P7Y, P6M, P2W, P30D, P1Y6M): one parser and one piece
 * of calendar arithmetic (UTC) for every module that computes retention, holds, expiries and windows.
 */
export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

export function parseDuration(iso: string): DurationParts {
  const m = ISO.exec(iso);
  if (!m || iso === 'P') throw new RangeError(`not an ISO 8601 duration: ${iso}`);
  const [, y, mo, w, d] = m.map((x) => (x === undefined ? 0 : Number(x)));
  return { years: y, months: mo, weeks: w, days: d };
}

/**
 * `from` moved by the duration (`sign` -1 moves back). Months and years keep the day of month, or the
 * month's last day when it has fewer (31 Jan + P1M = 28/29 Feb; 29 Feb + P1Y = 28 Feb).
 */
export function addDuration(from: Date | number, iso: string, sign: 1 | -1 = 1): Date {
  const { years, months, weeks, days } = parseDuration(iso);
  const d = new Date(typeof from === 'number' ? from : from.getTime());
  if (years || months) {
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCFullYear(d.getUTCFullYear() + sign * years, d.getUTCMonth() + sign * months, 1);
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    d.setUTCDate(Math.min(day, last));
  }
  d.setUTCDate(d.getUTCDate() + sign * (weeks * 7 + days));
  return d;
}

export const subtractDuration = (from: Date | number, iso: string): Date => addDuration(from, iso, -1);
