/**
 * k-anonymous count tables with complementary suppression. Pure: a table of counts goes in, the
 * publishable table comes out.
 *
 * What is published for a table over dimensions d1..dn: every observed cell (combination of values),
 * every marginal "line" total (the table summed over one dimension: for two dimensions the row and
 * column totals), and the grand total. Unobserved combinations are zeros and are not listed.
 *
 * 1. Primary suppression: a cell or a total with 0 < count < k is not published.
 * 2. Complementary suppression: the published totals are linear equations over the cells. A
 *    suppressed cell is derivable when it is fixed by those equations and the published cells (for
 *    example the only suppressed cell of a row whose total is published; but also less obvious
 *    combinations across rows and columns). This is decided exactly: the equations restricted to the
 *    suppressed cells are brought to reduced row echelon form, and a cell is derivable iff its unit
 *    vector is in their row space. Likewise a withheld small total must not be derivable from the
 *    others. While something is derivable, the smallest published cell sharing a published total with
 *    it is suppressed too (or, when there is none, a total is withheld), and the check runs again.
 *    Each round only removes information, so this reaches a fixed point.
 */

export type SuppressionReason = 'primary' | 'complementary';

export interface CountTable {
  dims: string[];
  /** Observed cells: values (one per dimension) and a positive count. */
  cells: { values: string[]; count: number }[];
}

export interface PublishedCell {
  values: string[];
  count: number | null;
  suppressed: SuppressionReason | null;
}

export interface PublishedTotal {
  /** The dimension summed over (`null` for the grand total). */
  over: string | null;
  /** Values of the other dimensions, `null` at the summed one (all `null` for the grand total). */
  values: (string | null)[];
  count: number | null;
  suppressed: SuppressionReason | null;
}

export interface PublishedTable {
  dims: string[];
  k: number;
  cells: PublishedCell[];
  totals: PublishedTotal[];
}

interface Eq {
  over: number; // -1 for the grand total
  values: (string | null)[];
  cells: number[];
  value: number;
  published: boolean;
  reason: SuppressionReason | null;
}

const EPS = 1e-9;

/** Builds the equations (published totals) of a table: the lines over each dimension, and the grand total. */
function equationsOf(dims: string[], cells: { values: string[]; count: number }[]): Eq[] {
  const eqs: Eq[] = [];
  if (dims.length > 1) {
    for (let d = 0; d < dims.length; d++) {
      const lines = new Map<string, Eq>();
      cells.forEach((c, i) => {
        const values = c.values.map((v, j) => (j === d ? null : v));
        const key = JSON.stringify(values);
        let eq = lines.get(key);
        if (!eq) lines.set(key, (eq = { over: d, values, cells: [], value: 0, published: true, reason: null }));
        eq.cells.push(i);
        eq.value += c.count;
      });
      eqs.push(...lines.values());
    }
  }
  eqs.push({ over: -1, values: dims.map(() => null), cells: cells.map((_, i) => i), value: cells.reduce((s, c) => s + c.count, 0), published: true, reason: null });
  return eqs;
}

/**
 * Which linear functionals over the suppressed cells the published equations determine. Returns a
 * tester: `determined(vector)` where vector maps suppressed-cell index -> coefficient.
 */
export function rowSpace(suppressed: number[], equations: number[][]): (f: Map<number, number>) => boolean {
  const col = new Map<number, number>();
  suppressed.forEach((c, j) => col.set(c, j));
  const n = suppressed.length;
  const rows: Float64Array[] = [];
  for (const eq of equations) {
    const r = new Float64Array(n);
    let any = false;
    for (const c of eq) {
      const j = col.get(c);
      if (j !== undefined) {
        r[j] += 1;
        any = true;
      }
    }
    if (any) rows.push(r);
  }
  // Reduced row echelon form.
  const pivots: { row: Float64Array; col: number }[] = [];
  let rest = rows;
  for (let j = 0; j < n && rest.length > 0; j++) {
    let best = -1;
    for (let i = 0; i < rest.length; i++) if (Math.abs(rest[i][j]) > EPS && (best < 0 || Math.abs(rest[i][j]) > Math.abs(rest[best][j]))) best = i;
    if (best < 0) continue;
    const p = rest[best];
    const pv = p[j];
    for (let x = 0; x < n; x++) p[x] /= pv;
    const next: Float64Array[] = [];
    for (let i = 0; i < rest.length; i++) {
      if (i === best) continue;
      const r = rest[i];
      const f = r[j];
      if (Math.abs(f) > EPS) for (let x = 0; x < n; x++) r[x] -= f * p[x];
      if (r.some((v) => Math.abs(v) > EPS)) next.push(r);
    }
    for (const q of pivots) {
      const f = q.row[j];
      if (Math.abs(f) > EPS) for (let x = 0; x < n; x++) q.row[x] -= f * p[x];
    }
    pivots.push({ row: p, col: j });
    rest = next;
  }
  return (f) => {
    const v = new Float64Array(n);
    for (const [c, a] of f) {
      const j = col.get(c);
      if (j === undefined) continue; // a published (known) cell: no unknown
      v[j] += a;
    }
    for (const { row, col: j } of pivots) {
      const a = v[j];
      if (Math.abs(a) > EPS) for (let x = 0; x < n; x++) v[x] -= a * row[x];
    }
    return v.every((x) => Math.abs(x) <= EPS);
  };
}

/** Groups suppressed cells that share a published equation (union-find): the system splits into independent parts. */
function components(suppressed: Set<number>, eqs: Eq[]): { cells: number[]; eqs: number[][] }[] {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let y = x;
    while (parent.get(y) !== r) {
      const n = parent.get(y)!;
      parent.set(y, r);
      y = n;
    }
    return r;
  };
  for (const s of suppressed) parent.set(s, s);
  const live = eqs.filter((e) => e.published);
  for (const e of live) {
    let first = -1;
    for (const c of e.cells)
      if (suppressed.has(c)) {
        if (first < 0) first = c;
        else parent.set(find(c), find(first));
      }
  }
  const byRoot = new Map<number, { cells: number[]; eqs: number[][] }>();
  for (const s of suppressed) {
    const r = find(s);
    if (!byRoot.has(r)) byRoot.set(r, { cells: [], eqs: [] });
    byRoot.get(r)!.cells.push(s);
  }
  for (const e of live) {
    const first = e.cells.find((c) => suppressed.has(c));
    if (first !== undefined) byRoot.get(find(first))!.eqs.push(e.cells);
  }
  return [...byRoot.values()];
}

/** A tester for the current state: is this functional over the cells fixed by the published data? */
function derivability(suppressed: Set<number>, eqs: Eq[]): (f: Map<number, number>) => boolean {
  const comps = components(suppressed, eqs);
  const owner = new Map<number, number>();
  const testers = comps.map((c, i) => {
    for (const x of c.cells) owner.set(x, i);
    return rowSpace(c.cells, c.eqs);
  });
  return (f) => {
    const parts = new Map<number, Map<number, number>>();
    for (const [c, a] of f) {
      const i = owner.get(c);
      if (i === undefined) continue;
      if (!parts.has(i)) parts.set(i, new Map());
      parts.get(i)!.set(c, a);
    }
    for (const [i, part] of parts) if (!testers[i](part)) return false;
    return true;
  };
}

export function suppress(table: CountTable, k: number): PublishedTable {
  if (!Number.isInteger(k) || k < 1) throw new RangeError('k must be a positive integer');
  const cells = [...table.cells].sort((a, b) => cmpValues(a.values, b.values));
  const state: (SuppressionReason | null)[] = cells.map((c) => (c.count > 0 && c.count < k ? 'primary' : null));
  const eqs = equationsOf(table.dims, cells);
  for (const e of eqs) if (e.value > 0 && e.value < k) (e.published = false), (e.reason = 'primary');
  const eqsOfCell: number[][] = cells.map(() => []);
  eqs.forEach((e, i) => e.cells.forEach((c) => eqsOfCell[c].push(i)));

  for (let round = 0; round < cells.length + eqs.length + 1; round++) {
    const suppressed = new Set<number>();
    state.forEach((s, i) => s && suppressed.add(i));
    const determined = derivability(suppressed, eqs);
    const touched = new Set<number>();
    let changed = false;
    // Cells first, then withheld small totals.
    for (const x of suppressed) {
      if (!determined(new Map([[x, 1]]))) continue;
      const mine = eqsOfCell[x].filter((e) => eqs[e].published);
      if (mine.some((e) => touched.has(e))) continue;
      let best = -1;
      for (const e of mine)
        for (const c of eqs[e].cells)
          if (!state[c] && (best < 0 || cells[c].count < cells[best].count || (cells[c].count === cells[best].count && c < best))) best = c;
      if (best >= 0) {
        state[best] = 'complementary';
        for (const e of eqsOfCell[best]) touched.add(e);
      } else {
        const e = mine.reduce((a, b) => (eqs[b].value < eqs[a].value ? b : a));
        eqs[e].published = false;
        eqs[e].reason = 'complementary';
      }
      for (const e of mine) touched.add(e);
      changed = true;
    }
    if (!changed) {
      for (let i = 0; i < eqs.length; i++) {
        const e = eqs[i];
        if (e.published || e.reason !== 'primary') continue;
        if (!determined(new Map(e.cells.map((c) => [c, 1])))) continue;
        // Withhold another total of the same family (the smallest); else the grand total; else any.
        const pick = (pred: (q: Eq) => boolean) => {
          let best = -1;
          eqs.forEach((q, j) => {
            if (q.published && pred(q) && (best < 0 || q.value < eqs[best].value)) best = j;
          });
          return best;
        };
        let j = pick((q) => q.over === e.over && q.over >= 0);
        if (j < 0) j = pick((q) => q.over === -1);
        if (j < 0) j = pick(() => true);
        if (j < 0) continue;
        eqs[j].published = false;
        eqs[j].reason = 'complementary';
        changed = true;
        break;
      }
    }
    if (!changed) break;
  }

  return {
    dims: table.dims,
    k,
    cells: cells.map((c, i) => ({ values: c.values, count: state[i] ? null : c.count, suppressed: state[i] })),
    totals: eqs.map((e) => ({ over: e.over < 0 ? null : table.dims[e.over], values: e.values, count: e.published ? e.value : null, suppressed: e.published ? null : e.reason })),
  };
}

function cmpValues(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/** One draw of Laplace(0, scale) from a uniform source in (0, 1). */
export function laplace(scale: number, uniform: () => number): number {
  let u = uniform() - 0.5;
  while (u === -0.5) u = uniform() - 0.5;
  return -scale * Math.sign(u) * Math.log(1 - 2 * Math.abs(u));
}

/**
 * Adds Laplace(1/epsilon) noise (sensitivity 1: one person changes one cell or total by one) to every
 * published count, rounded. A published count is known to be at least k, so noisy values are clamped
 * to k (never below it, never negative).
 */
export function addNoise(t: PublishedTable, epsilon: number, uniform: () => number): PublishedTable {
  if (!(epsilon > 0) || !Number.isFinite(epsilon)) throw new RangeError('epsilon must be a positive number');
  const noisy = (n: number | null) => (n === null ? null : Math.max(t.k, Math.round(n + laplace(1 / epsilon, uniform))));
  return { ...t, cells: t.cells.map((c) => ({ ...c, count: noisy(c.count) })), totals: t.totals.map((e) => ({ ...e, count: noisy(e.count) })) };
}
