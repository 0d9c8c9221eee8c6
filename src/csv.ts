/**
 * RFC 4180 CSV for every export (audit log, disclosures ledger, statistics, access export). A cell a
 * spreadsheet would run as a formula (= + - @ tab CR first) is prefixed with `'` so it shows as text.
 */
export function csvCell(v: unknown): string {
  let s: string;
  if (v === null || v === undefined) s = '';
  else if (typeof v === 'string') s = v;
  else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) s = v.join(';');
  else if (typeof v === 'object') s = JSON.stringify(v);
  else s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}
