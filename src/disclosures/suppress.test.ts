import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addNoise, laplace, suppress, type CountTable, type PublishedTable } from './suppress.js';

/** Exact rank over the rationals (fraction-free elimination on BigInt rows). */
function rank(rows: bigint[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p], m[r]];
    for (let i = 0; i < m.length; i++) {
      if (i === r || m[i][c] === 0n) continue;
      const a = m[r][c];
      const b = m[i][c];
      m[i] = m[i].map((v, j) => v * a - m[r][j] * b);
    }
    r++;
  }
  return r;
}

/**
 * What an attacker knows from a published table: the published cells, unlisted combinations are
 * zero, and each published total is the sum of the cells matching it. Returns, for a linear
 * functional over the suppressed cells, whether those equations fix its value.
 */
function attacker(t: PublishedTable): { suppressed: number[]; fixes: (f: Map<number, bigint>) => boolean } {
  const suppressed = t.cells.map((c, i) => (c.count === null ? i : -1)).filter((i) => i >= 0);
  const col = new Map(suppressed.map((c, j) => [c, j]));
  const rows: bigint[][] = [];
  for (const tot of t.totals) {
    if (tot.count === null) continue;
    const row = suppressed.map(() => 0n);
    t.cells.forEach((c, i) => {
      if (c.count !== null) return;
      if (tot.values.every((v, d) => v === null || v === c.values[d])) row[col.get(i)!] = 1n;
    });
    if (row.some((v) => v !== 0n)) rows.push(row);
  }
  const base = rows.length === 0 ? 0 : rank(rows);
  return {
    suppressed,
    fixes: (f) => {
      const v = suppressed.map((c) => f.get(c) ?? 0n);
      if (v.every((x) => x === 0n)) return true;
      return rank([...rows, v]) === base;
    },
  };
}

const tableArb = fc
  .record({
    sizes: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
    k: fc.integer({ min: 2, max: 10 }),
    seed: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 40 })), { minLength: 64, maxLength: 64 }),
  })
  .map(({ sizes, k, seed }) => {
    const dims = sizes.map((_, i) => `d${i}`);
    const cells: CountTable['cells'] = [];
    let n = 0;
    const walk = (prefix: string[]) => {
      if (prefix.length === sizes.length) {
        const count = seed[n++ % seed.length];
        if (count > 0) cells.push({ values: prefix, count });
        return;
      }
      for (let v = 0; v < sizes[prefix.length]; v++) walk([...prefix, `v${v}`]);
    };
    walk([]);
    return { table: { dims, cells }, k };
  });

describe('k-anonymous count tables', () => {
  it('property: no published cell or total below k, and no suppressed cell or small total derivable from what is published', () => {
    fc.assert(
      fc.property(tableArb, ({ table, k }) => {
        const t = suppress(table, k);
        const truth = new Map(table.cells.map((c) => [JSON.stringify(c.values), c.count]));
        // every cell is listed once, published cells keep their true count
        expect(t.cells).toHaveLength(table.cells.length);
        for (const c of t.cells) {
          if (c.count !== null) {
            expect(c.count).toBeGreaterThanOrEqual(k);
            expect(c.count).toBe(truth.get(JSON.stringify(c.values)));
          } else expect(c.suppressed).not.toBeNull();
        }
        for (const tot of t.totals) {
          const sum = table.cells.filter((c) => tot.values.every((v, d) => v === null || v === c.values[d])).reduce((a, c) => a + c.count, 0);
          if (tot.count !== null) {
            // an empty table's total is 0: nobody, not a small group
            if (sum > 0) expect(tot.count).toBeGreaterThanOrEqual(k);
            expect(tot.count).toBe(sum);
          }
        }
        const a = attacker(t);
        for (const i of a.suppressed) expect(a.fixes(new Map([[i, 1n]]))).toBe(false);
        // a total withheld because it is small is not derivable either
        for (const tot of t.totals) {
          if (tot.suppressed !== 'primary') continue;
          const f = new Map<number, bigint>();
          t.cells.forEach((c, i) => {
            if (c.count === null && tot.values.every((v, d) => v === null || v === c.values[d])) f.set(i, 1n);
          });
          expect(a.fixes(f)).toBe(false);
        }
      }),
      { numRuns: Number(process.env.CUSTOS_PROPERTY_RUNS ?? 400) },
    );
  });

  it('a realistic three-dimensional table (6 countries x 5 age bands x 6 categories, many small cells) is safe', () => {
    let seed = 42;
    const r = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const cells: CountTable['cells'] = [];
    for (let c = 0; c < 6; c++)
      for (let a = 0; a < 5; a++)
        for (let g = 0; g < 6; g++) {
          const n = Math.floor(Math.exp(r() * 5)) - 1;
          if (n > 0) cells.push({ values: [`c${c}`, `a${a}`, `g${g}`], count: n });
        }
    const t = suppress({ dims: ['country', 'age_band', 'category'], cells }, 10);
    const a = attacker(t);
    expect(a.suppressed.length).toBeGreaterThan(10);
    for (const i of a.suppressed) expect(a.fixes(new Map([[i, 1n]]))).toBe(false);
    for (const c of t.cells) if (c.count !== null) expect(c.count).toBeGreaterThanOrEqual(10);
  });

  it('the only small cell of a row is hidden together with the next smallest cell', () => {
    const t = suppress({ dims: ['country'], cells: [{ values: ['JP'], count: 50 }, { values: ['KR'], count: 3 }, { values: ['VN'], count: 12 }, { values: ['RU'], count: 20 }] }, 10);
    expect(t.cells.map((c) => [c.values[0], c.count, c.suppressed])).toEqual([
      ['JP', 50, null],
      ['KR', null, 'primary'],
      ['RU', 20, null],
      ['VN', null, 'complementary'],
    ]);
    expect(t.totals).toEqual([{ over: null, values: [null], count: 85, suppressed: null }]);
  });

  it('in two dimensions the complementary cells break every row and column', () => {
    const cells = [
      { values: ['JP', '18-29'], count: 40 },
      { values: ['JP', '30-39'], count: 4 },
      { values: ['JP', '40-49'], count: 30 },
      { values: ['KR', '18-29'], count: 25 },
      { values: ['KR', '30-39'], count: 22 },
      { values: ['KR', '40-49'], count: 31 },
    ];
    const t = suppress({ dims: ['country', 'age_band'], cells }, 10);
    const hidden = t.cells.filter((c) => c.count === null).map((c) => c.values.join('/'));
    expect(hidden).toContain('JP/30-39');
    expect(hidden.length).toBeGreaterThanOrEqual(4); // a 2x2 rectangle at least
    const a = attacker(t);
    for (const i of a.suppressed) expect(a.fixes(new Map([[i, 1n]]))).toBe(false);
  });

  it('a total under k is withheld, and so is another total of its family', () => {
    const t = suppress({ dims: ['a', 'b'], cells: [{ values: ['x', 'p'], count: 3 }, { values: ['y', 'p'], count: 30 }, { values: ['y', 'q'], count: 30 }, { values: ['z', 'q'], count: 30 }] }, 10);
    const rowX = t.totals.find((x) => x.over === 'b' && x.values[0] === 'x')!;
    expect(rowX.count).toBeNull();
    expect(t.totals.filter((x) => x.count === null).length).toBeGreaterThan(1);
  });

  it('Laplace noise keeps suppressed cells hidden and published counts at k or more', () => {
    let s = 1;
    const uniform = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    const t = suppress({ dims: ['c'], cells: [{ values: ['a'], count: 11 }, { values: ['b'], count: 2 }, { values: ['c'], count: 5 }, { values: ['d'], count: 400 }] }, 10);
    const n = addNoise(t, 0.5, uniform);
    expect(n.cells.map((c) => c.count === null)).toEqual(t.cells.map((c) => c.count === null));
    for (const c of [...n.cells, ...n.totals]) if (c.count !== null) expect(c.count).toBeGreaterThanOrEqual(10);
    // the noise has the stated scale: mean absolute value of Laplace(b) is b
    let sum = 0;
    for (let i = 0; i < 20000; i++) sum += Math.abs(laplace(2, uniform));
    expect(sum / 20000).toBeGreaterThan(1.9);
    expect(sum / 20000).toBeLessThan(2.1);
  });
});
