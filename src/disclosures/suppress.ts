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

type Sparse = Map<number, number>;

/**
 * Which linear functionals over the suppressed cells the published equations determine. Sparse
 * Gaussian elimination (the equations are sparse 0/1 rows) to the reduced row echelon form; a
 * functional is determined iff it reduces to zero. Returns a tester over cell -> coefficient maps.
 */
export function rowSpace(suppressed: number[], equations: number[][]): (f: Map<number, number>) => boolean {
  const inSet = new Set(suppressed);
  const pivots = new Map<number, Sparse>(); // pivot column -> row (1 at the pivot, other entries at larger columns)
  const minKey = (r: Sparse) => {
    let m = Infinity;
    for (const k of r.keys()) if (k < m) m = k;
    return m;
  };
  const axpy = (r: Sparse, a: number, p: Sparse) => {
    for (const [k, v] of p) {
      const x = (r.get(k) ?? 0) - a * v;
      if (Math.abs(x) <= EPS) r.delete(k);
      else r.set(k, x);
    }
  };
  for (const eq of equations) {
    const r: Sparse = new Map();
    for (const c of eq) if (inSet.has(c)) r.set(c, (r.get(c) ?? 0) + 1);
    // forward elimination: remove every existing pivot column, smallest first
    for (;;) {
      if (r.size === 0) break;
      let c = Infinity;
      for (const k of r.keys()) if (k < c && pivots.has(k)) c = k;
      if (c === Infinity) break;
      axpy(r, r.get(c)!, pivots.get(c)!);
    }
    if (r.size === 0) continue;
    const pc = minKey(r);
    const pv = r.get(pc)!;
    for (const [k, v] of r) r.set(k, v / pv);
    pivots.set(pc, r);
  }
  // back substitution: every pivot row free of the other pivot columns
  const order = [...pivots.keys()].sort((a, b) => b - a);
  const done = new Set<number>();
  for (const pc of order) {
    const r = pivots.get(pc)!;
    for (;;) {
      let c = -1;
      for (const k of r.keys()) if (k !== pc && done.has(k)) {
        c = k;
        break;
      }
      if (c < 0) break;
      axpy(r, r.get(c)!, pivots.get(c)!);
    }
    done.add(pc);
  }
  return (f) => {
    const v: Sparse = new Map();
    for (const [c, a] of f) if (inSet.has(c) && a !== 0) v.set(c, (v.get(c) ?? 0) + a);
    for (const c of [...v.keys()]) {
      const a = v.get(c);
      const p = pivots.get(c);
      if (a !== undefined && p) axpy(v, a, p);
    }
    return v.size === 0;
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

  /** The classic rule, cheap: a published total with exactly one suppressed cell gets its smallest published cell suppressed too. */
  const lineRule = () => {
    for (let changed = true; changed; ) {
      changed = false;
      for (const e of eqs) {
        if (!e.published) continue;
        let hidden = 0;
        let best = -1;
        for (const c of e.cells) {
          if (state[c]) hidden++;
          else if (best < 0 || cells[c].count < cells[best].count) best = c;
        }
        if (hidden !== 1) continue;
        if (best >= 0) state[best] = 'complementary';
        else (e.published = false), (e.reason = 'complementary');
        changed = true;
      }
    }
  };

  for (let round = 0; round < cells.length + eqs.length + 1; round++) {
    lineRule();
    const suppressed = new Set<number>();
    state.forEach((s, i) => s && suppressed.add(i));
    const determined = derivability(suppressed, eqs);
    const touched = new Set<number>();
    let changed = false;
    // Cells first, then withheld small totals.
    for (const x of suppressed) {
      if (!determined(new Map([[x, 1]]))) continue;
      // Decided on the state at the start of the round: skip cells whose totals changed since.
      if (eqsOfCell[x].some((e) => touched.has(e))) continue;
      const mine = eqsOfCell[x].filter((e) => eqs[e].published);
      if (mine.length === 0) continue;
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
