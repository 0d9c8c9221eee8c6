/**
 * The bench scripts set up their stores and workloads through Custos's own APIs, so a change to those APIs
 * can break a section, which `npm run bench` then reports as failed and leaves out of the record (the
 * requests section failed this way for days, and hid a bulk erasure twenty times slower). The sections that
 * set up stores run here at tiny sizes, on SQLite and, when the suite has it, PostgreSQL (scale on it alone; each bench run
 * uses a schema of its own and drops it): each must finish and report its figures. Nothing here looks at a
 * time or a rate beyond its being a positive number.
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../bench/lib.js';
import { pgAvailable } from './backends.js';

const backends = () => (pgAvailable() ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const));

function expectFigures(figures: Figure[], names: RegExp[]): void {
  for (const name of names) expect(figures.some((f) => name.test(f.name)), `a figure named ${name}`).toBe(true);
  for (const f of figures) {
    expect(Number.isFinite(f.ours), f.name).toBe(true);
    // (heap growth per request may be negative; every other figure is a rate, a time or a size)
    if (!/growth/.test(f.name)) expect(f.ours, f.name).toBeGreaterThan(0);
  }
}

describe('bench sections still run', () => {
  it('requests: access export, erasure of 1 and of many records, bulk erasure', { timeout: 180_000 }, async () => {
    const { runRequestsBench } = await import('../bench/requests.js');
    const figures = await runRequestsBench({ quick: true, records: 30, bulk: 200, bulkBudgetSeconds: 60, backends: [...backends()] });
    expectFigures(figures, [/SQLite: access export/, /SQLite: erasure, subject with 30 records/, /SQLite: bulk erasure of 200 subjects/, ...(pgAvailable() ? [/PostgreSQL: bulk erasure of 200 subjects/] : [])]);
    // every subject of the bulk erasure was erased within its budget
    for (const f of figures.filter((x) => /bulk erasure of 200 subjects \(/.test(x.name))) expect(f.note, f.name).toMatch(/^all 200 erased/);
    // and of those with a transaction, the tax hold kept data of every one
    const held = figures.filter((x) => /bulk erasure of 200 subjects with a transaction each/.test(x.name));
    expect(held).toHaveLength(pgAvailable() ? 2 : 1);
    for (const f of held) expect(f.note, f.name).toMatch(/^200 of them with data kept/);
  });

  it('vault: creates and audited reads', { timeout: 180_000 }, async () => {
    const { runVaultBench } = await import('../bench/vault.js');
    expectFigures(await runVaultBench({ quick: true }), [/SQLite: encrypted, audited creates/, /SQLite: audited purpose-bound reads/]);
  });

  it.runIf(pgAvailable())('scale: import and lookups by email in PostgreSQL', { timeout: 180_000 }, async () => {
    const { runScaleBench } = await import('../bench/scale.js');
    expectFigures(await runScaleBench({ subjects: 2000, lookups: 200 }), [/PostgreSQL: import 2,000 subjects/, /PostgreSQL: lookup by email among 2,000/]);
  });

  it('import: a CSV file through the import', { timeout: 180_000 }, async () => {
    const { runImportBench } = await import('../bench/import.js');
    expectFigures(await runImportBench({ quick: true, rows: 1000 }), [/SQLite: import 1,000 subjects from CSV/]);
  });
});
