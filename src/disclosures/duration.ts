/** ISO 8601 durations of the policy (P3Y, P6M, P30D, P2W) added to an instant, in UTC. */
export function addDuration(from: Date | number, duration: string): Date {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(duration);
  if (!m || duration === 'P') throw new RangeError(`not a duration: ${duration}`);
  const d = new Date(typeof from === 'number' ? from : from.getTime());
  const [, y, mo, w, da] = m.map((x) => (x === undefined ? 0 : Number(x)));
  if (y || mo) {
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCFullYear(d.getUTCFullYear() + y, d.getUTCMonth() + mo, 1);
    // the same day of month, or the month's last day (29 Feb + P1Y = 28 Feb)
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
    d.setUTCDate(Math.min(day, last));
  }
  d.setUTCDate(d.getUTCDate() + w * 7 + da);
  return d;
}
