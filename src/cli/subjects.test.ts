import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, statSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { runCli } from '../../test/cli.js';
import { EXAMPLE } from '../../test/backends.js';
import { Custos } from '../custos.js';
import { importSubjects, loadMapping } from './import.js';

const MAPPING = `external_id: user_id
jurisdiction: region
purpose: account
columns:
  full_name: name
  mail: email
  tel: phone
  born: birth_date
`;

function people(n: number, from = 0): string[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return `u${i},"Person ${i}, Jr.",p${i}@example.com,+8190${String(10000000 + i).slice(-8)},JP,1990-01-0${(i % 9) + 1}`;
  });
}

describe('custos subjects import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-import-'));
  const dataDir = join(dir, 'data');
  const env = { CUSTOS_MASTER_KEY: randomBytes(32).toString('base64'), CUSTOS_DATABASE_URL: undefined, CUSTOS_DATA_DIR: undefined, CUSTOS_POLICY: EXAMPLE };
  const map = join(dir, 'mapping.yaml');
  writeFileSync(map, MAPPING);
  const cli = (args: string[]) => runCli([...args, '--data-dir', dataDir], env);
  /** `fn` with a Custos on the data directory and what an import by the application for the account purpose needs; closed after. */
  const withImporter = async <T>(fn: (c: Custos, base: { mapping: ReturnType<typeof loadMapping>; purpose: string; actor: { keyId: string; role: string } }) => Promise<T>): Promise<T> => {
    const c = await Custos.open({ policy: EXAMPLE, dataDir, keys: { masterKey: env.CUSTOS_MASTER_KEY } });
    try {
      return await fn(c, { mapping: loadMapping(map, c.policy), purpose: 'account', actor: { keyId: 'cli', role: 'application' } });
    } finally {
      await c.close();
    }
  };

  it('good rows go in; each bad row goes to the reject file with its line and reason, never its values; exit 1', async () => {
    const csv = join(dir, 'mixed.csv');
    writeFileSync(
      csv,
      [
        'user_id,full_name,mail,tel,region,born',
        ...people(3),
        'bad1,"Secret Name",not-an-email,,JP,1990-01-01', // line 5
        'bad2,"Multi\nLine",x@example.com,,XX,1990-01-01', // line 6-7: unknown jurisdiction
        ',No Id,noid@example.com,,JP,', // line 8
        'bad3,Kid,kid@example.com,,JP,2024-01-01', // line 9: under the minimum age
        'u1,"Person 1, Jr.",p1@example.com,,JP,1990-01-02', // line 10: the same external id again
        'short,row', // line 11
      ].join('\n') + '\n',
    );
    const r = await cli(['subjects', 'import', csv, '--map', map, '--json']);
    expect(r.code, r.err).toBe(1);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ rows: 9, created: 3, existing: 1, rejected: 5, complete: true, format: 'csv' });
    const rejectText = readFileSync(report.rejectFile, 'utf8');
    const rejects = rejectText.trim().split('\n').map((l) => JSON.parse(l));
    expect(rejects.map((x) => [x.line, x.errors[0].rule])).toEqual([
      [5, 'email_syntax'],
      [6, 'jurisdiction_declared'],
      [8, 'external_id_required'],
      [9, 'minimum_age'],
      [11, 'column_count'],
    ]);
    expect(rejects[0].errors[0]).toMatchObject({ field: 'fields.email', column: 'mail' });
    for (const secret of ['Secret Name', 'not-an-email', 'Multi', 'kid@example.com', 'bad1', 'noid@']) expect(rejectText).not.toContain(secret);
    expect(statSync(report.rejectFile).mode & 0o777).toBe(0o600);

    // the same file again: nothing new, every good row recognised by its external id
    const again = JSON.parse((await cli(['subjects', 'import', csv, '--map', map, '--json'])).out);
    expect(again).toMatchObject({ created: 0, existing: 4, rejected: 5, erasedAsChildren: 0 });
    // --batch in decimal digits only
    for (const bad of ['1e3', '0x10', '0', '50001', '2.5']) {
      const b = await cli(['subjects', 'import', csv, '--map', map, '--batch', bad]);
      expect([b.code, b.err], bad).toEqual([2, expect.stringMatching(/^error: batch: must be a whole number from 1 to 50000, in decimal digits \[batch_range\]/)]);
    }

    // a later file giving a subject on file a birth date under the minimum age: rejected, and that subject erased as a child
    const later = join(dir, 'later.csv');
    writeFileSync(later, ['user_id,full_name,mail,tel,region,born', 'u2,"Person 2, Jr.",p2@example.com,,JP,2024-03-01', 'u0,"Person 0, Jr.",p0@example.com,,JP,1990-01-01'].join('\n') + '\n');
    const found = await cli(['subjects', 'import', later, '--map', map]);
    expect(found.code).toBe(1);
    expect(found.out).toMatch(/erased as children: 1 subject/);
    const lines = readFileSync(`${later}.rejects.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        line: 2,
        errors: [
          expect.objectContaining({ field: 'fields.birth_date', column: 'born', rule: 'minimum_age' }),
          expect.objectContaining({ field: 'subject', rule: 'erased_as_child' }),
        ],
      },
    ]);
    const c = await Custos.open({ policy: EXAMPLE, dataDir, keys: { masterKey: env.CUSTOS_MASTER_KEY } });
    try {
      expect(await c.vault.findByExternalId('u2')).toBeUndefined();
      expect(await c.vault.findByEmail('p2@example.com')).toEqual([]);
      expect(await c.vault.findByExternalId('u0')).toBeDefined();
    } finally {
      await c.close();
    }
  });

  it('JSON Lines with the same mapping', async () => {
    const f = join(dir, 'people.jsonl');
    writeFileSync(f, [{ user_id: 'j1', full_name: 'Jay', mail: 'jay@example.com', region: 'KR' }, { user_id: 42, full_name: 'Num' }, '{broken'].map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('\n'));
    const r = await cli(['subjects', 'import', f, '--map', map, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ format: 'jsonl', created: 2, rejected: 1 });
    expect(readFileSync(`${f}.rejects.jsonl`, 'utf8').trim()).toBe('{"line":3,"errors":[{"rule":"json_syntax","message":"the line is not valid JSON"}]}');
  });

  it('a value or external id that is not well-formed text (a NUL character, a lone surrogate) is a rejected row naming the field and the rule', async () => {
    const f = join(dir, 'broken-text.jsonl');
    // JSON's \\u escapes carry a lone surrogate or a NUL through a file that is itself valid UTF-8
    const lines = [
      JSON.stringify({ user_id: 'w1', full_name: 'Well Formed 🌸', region: 'JP' }),
      '{"user_id":"w2","full_name":"Hana\\ud800ko","region":"JP"}',
      '{"user_id":"w3","full_name":"Nul\\u0000Name","region":"JP"}',
      '{"user_id":"w4\\udc00","full_name":"Id Half","region":"JP"}',
    ];
    writeFileSync(f, lines.join('\n') + '\n');
    const r = await cli(['subjects', 'import', f, '--map', map, '--json']);
    expect(r.code, r.err).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ created: 1, rejected: 3 });
    const rejects = readFileSync(`${f}.rejects.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rejects.map((x) => [x.line, x.errors[0].field, x.errors[0].rule])).toEqual([
      [2, 'fields.name', 'well_formed_text'],
      [3, 'fields.name', 'well_formed_text'],
      [4, 'externalId', 'well_formed_text'],
    ]);
  });

  it('an interrupted import resumes from its checkpoint: no row twice, totals over both runs; exit 0 when nothing is rejected', async () => {
    const csv = join(dir, 'big.csv');
    writeFileSync(csv, ['user_id,full_name,mail,tel,region,born', ...people(25, 1000)].join('\n') + '\n');
    const stopped = await withImporter((c, base) => importSubjects(c, { ...base, file: csv, batchSize: 10, stopAfterBatches: 1 }));
    expect(stopped).toMatchObject({ rows: 10, created: 10, complete: false });
    const cp = JSON.parse(readFileSync(`${csv}.custos-import.json`, 'utf8'));
    expect(cp).toMatchObject({ line: 12, complete: false });
    expect(statSync(`${csv}.custos-import.json`).mode & 0o777).toBe(0o600);

    const r = await cli(['subjects', 'import', csv, '--map', map, '--resume', '--batch', '10', '--json']);
    expect(r.code, r.err).toBe(0);
    const report = JSON.parse(r.out);
    expect(report).toMatchObject({ startedAtLine: 12, rows: 15, created: 15, existing: 0, rejected: 0, complete: true, total: { rows: 25, created: 25, rejected: 0 } });

    // resuming a finished import does nothing
    const done = JSON.parse((await cli(['subjects', 'import', csv, '--map', map, '--resume', '--json'])).out);
    expect(done).toMatchObject({ rows: 0, complete: true, total: { created: 25 } });
    // ... until rows are added to the file: those are imported, from where it stopped
    appendFileSync(csv, people(3, 2000).join('\n') + '\n');
    const grown = JSON.parse((await cli(['subjects', 'import', csv, '--map', map, '--resume', '--json'])).out);
    expect(grown).toMatchObject({ startedAtLine: 27, rows: 3, created: 3, complete: true, total: { rows: 28, created: 28 } });

    // a file changed under the checkpoint is refused
    writeFileSync(csv, 'user_id,full_name\nzz,Other\n');
    const changed = await cli(['subjects', 'import', csv, '--map', map, '--resume']);
    expect(changed.code).toBe(1);
    expect(changed.err).toMatch(/the file changed since the interrupted import/);
  });

  it('an external id twice in one batch, the second row under the minimum age: the subject is erased as a child, as with the rows in two batches', async () => {
    const child = `${new Date().getUTCFullYear() - 10}-06-01`;
    await withImporter(async (c, base) => {
      const reports = [];
      for (const [name, batchSize] of [['one-batch', 10], ['two-batches', 1]] as const) {
        const csv = join(dir, `${name}.csv`);
        writeFileSync(csv, ['user_id,full_name,mail,tel,region,born', `${name},Grown,${name}@example.com,,JP,1990-01-01`, `${name},Young,${name}@example.com,,JP,${child}`].join('\n') + '\n');
        const r = await importSubjects(c, { ...base, file: csv, batchSize });
        const lines = readFileSync(r.rejectFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
        expect(lines.map((x) => [x.line, x.errors.map((e: { rule: string }) => e.rule)])).toEqual([[3, ['minimum_age', 'erased_as_child']]]);
        expect(await c.vault.findByExternalId(name)).toBeUndefined();
        expect(await c.vault.findByEmail(`${name}@example.com`)).toEqual([]);
        reports.push(r);
      }
      for (const r of reports) expect(r).toMatchObject({ rows: 2, created: 1, existing: 0, rejected: 1, erasedAsChildren: 1, total: { erasedAsChildren: 1 } });
    });
  });

  it('batches prepared on the thread (256 rows or more) reject the same rows, with the same lines, fields and rules, as small batches prepared on the main thread', async () => {
    await withImporter(async (c, base) => {
      const out = [];
      for (const [name, batchSize] of [['threaded', 300], ['main-thread', 100]] as const) {
        const rows = people(600, name === 'threaded' ? 20_000 : 30_000);
        rows[10] = `${name}-a,Bad Mail,not-an-email,,JP,1990-01-01`;
        rows[250] = `${name}-b,Bad Phone,b@example.com,12,JP,1990-01-01`;
        rows[320] = `${name}-c,Bad Date,c@example.com,,JP,1990-02-31`;
        rows[400] = `${name}-d,Nowhere,d@example.com,,XX,1990-01-01`;
        rows[599] = `${name}-e,Kid,e@example.com,,JP,${new Date().getUTCFullYear() - 5}-01-01`;
        const csv = join(dir, `${name}.csv`);
        writeFileSync(csv, ['user_id,full_name,mail,tel,region,born', ...rows].join('\n') + '\n');
        const r = await importSubjects(c, { ...base, file: csv, batchSize });
        expect(r).toMatchObject({ rows: 600, created: 595, existing: 0, rejected: 5, complete: true });
        out.push(readFileSync(r.rejectFile, 'utf8'));
        // the same file again (the checkpoint removed): every good row is the subject on file, by external id
        rmSync(`${csv}.custos-import.json`);
        expect(await importSubjects(c, { ...base, file: csv, batchSize })).toMatchObject({ created: 0, existing: 595, rejected: 5 });
      }
      expect(out[0]).toBe(out[1]);
      expect(out[0].trim().split('\n').map((l) => JSON.parse(l)).map((x) => [x.line, x.errors[0].field, x.errors[0].column, x.errors[0].rule])).toEqual([
        [12, 'fields.email', 'mail', 'email_syntax'],
        [252, 'fields.phone', 'tel', 'phone_valid'],
        [322, 'fields.birth_date', 'born', 'date_valid'],
        [402, 'jurisdiction', 'region', 'jurisdiction_declared'],
        [601, 'fields.birth_date', 'born', 'minimum_age'],
      ]);
      // the batches of 300 were prepared on the thread indeed (it answered), not on the main thread after a failure of it
      expect((c.vault as unknown as { thread?: { answered: number } }).thread?.answered).toBeGreaterThan(0);
    });
  });

  it('a resumed import carries the subjects erased as children in its totals', async () => {
    const child = `${new Date().getUTCFullYear() - 10}-06-01`;
    const csv = join(dir, 'children-resumed.csv');
    writeFileSync(csv, ['user_id,full_name,mail,tel,region,born', 'cr1,Grown,cr1@example.com,,JP,1990-01-01', 'cr1,Young,,,JP,' + child, ...people(3, 7000)].join('\n') + '\n');
    await withImporter(async (c, base) => {
      const o = { ...base, file: csv, batchSize: 2 };
      expect(await importSubjects(c, { ...o, stopAfterBatches: 1 })).toMatchObject({ erasedAsChildren: 1, complete: false, total: { erasedAsChildren: 1 } });
      const resumed = await importSubjects(c, { ...o, resume: true });
      expect(resumed).toMatchObject({ rows: 3, created: 3, erasedAsChildren: 0, complete: true, total: { rows: 5, created: 4, rejected: 1, erasedAsChildren: 1 } });
    });
  });

  it('exit 2 on bad usage: mapping to an unknown or multi-valued category, no --map, a bad --batch, a header without the mapped columns, a FILE that cannot be read', async () => {
    const csv = join(dir, 'few.csv');
    writeFileSync(csv, ['user_id,full_name,mail,tel,region,born', ...people(1, 5000)].join('\n'));
    const badMap = join(dir, 'bad.yaml');
    writeFileSync(badMap, 'external_id: user_id\ncolumns:\n  full_name: nickname\n  mail: messages\n');
    const r = await cli(['subjects', 'import', csv, '--map', badMap, '--purpose', 'account']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/mapping\.columns\.full_name: nickname is not a category of the policy/);
    expect(r.err).toMatch(/mapping\.columns\.mail: .*\[multiple_category\]/);
    expect((await cli(['subjects', 'import', csv])).code).toBe(2);
    expect((await cli(['subjects', 'import', csv, '--map', map, '--batch', '0'])).code).toBe(2);
    const other = join(dir, 'other.csv');
    writeFileSync(other, 'id,name\n1,x\n');
    const h = await cli(['subjects', 'import', other, '--map', map]);
    expect(h.code).toBe(2);
    expect(h.err).toMatch(/lacks column\(s\) the mapping names: user_id/);
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    const e = await cli(['subjects', 'import', empty, '--map', map]);
    expect(e.code).toBe(2);
    expect(e.err).toMatch(/the file is empty/);
    // a FILE that is a directory or does not exist: named with the rule, and nothing written beside it
    const folder = join(dir, 'folder.csv');
    mkdirSync(folder);
    for (const [bad, why] of [
      [folder, 'it is a directory'],
      [join(dir, 'missing.csv'), 'it does not exist'],
    ]) {
      const f = await cli(['subjects', 'import', bad, '--map', map]);
      expect(f.code, f.err).toBe(2);
      expect(f.err).toBe(`error: file: cannot read ${bad}: ${why} [import_file]\n`);
      expect(existsSync(`${bad}.rejects.jsonl`) || existsSync(`${bad}.custos-import.json`)).toBe(false);
    }
    expect((await cli(['subjects', 'import', '--help'])).out).toMatch(/Examples:/);
  });

  it('show, export and close: purpose-bound output, --json, exit 1 for an erased subject', async () => {
    const c = await Custos.open({ policy: EXAMPLE, dataDir, keys: { masterKey: env.CUSTOS_MASTER_KEY } });
    let id: string;
    try {
      id = (await c.subjects.create({ fields: { name: 'Show Me', email: 'show@example.com', birth_date: '1980-05-05' } }, { actor: { keyId: 't', role: 'application' }, purpose: 'account' })).id;
      await c.subjects.addRecord(id, 'messages', 'hello there', { actor: { keyId: 't', role: 'application' }, purpose: 'lesson_delivery' });
    } finally {
      await c.close();
    }
    const show = await cli(['subjects', 'show', id, '--purpose', 'support', '--json']);
    expect(show.code, show.err).toBe(0);
    const shown = JSON.parse(show.out);
    expect(shown).toMatchObject({ id, role: 'support', status: 'active', fields: { name: 'Show Me', email: 'show@example.com' } });
    expect(shown.fields.birth_date).toBeUndefined();
    expect(shown.withheld).toContainEqual({ field: 'birth_date', reason: 'category_not_for_purpose' });
    expect((await cli(['subjects', 'show', id, '--purpose', 'support', '--as', 'nobody'])).code).toBe(2);
    // a purpose the policy does not declare is reported as the purpose, with or without --as, before a role is chosen
    const undeclared = 'error: purpose: not a purpose declared in the policy [purpose_declared]\n';
    const noExport = join(dir, 'not-exported.json');
    for (const args of [
      ['subjects', 'show', id, '--purpose', 'no_such_purpose'],
      ['subjects', 'show', id, '--purpose', 'no_such_purpose', '--as', 'support'],
      ['subjects', 'export', id, '--purpose', 'no_such_purpose', '--out', noExport],
      ['subjects', 'import', join(dir, 'few.csv'), '--map', map, '--purpose', 'no_such_purpose'],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toBe(undeclared);
    }
    expect(existsSync(noExport)).toBe(false);
    expect((await cli(['subjects', 'show', 'missing-id', '--purpose', 'support'])).code).toBe(1);

    const out = join(dir, 'export.json');
    const ex = await cli(['subjects', 'export', id, '--out', out, '--purpose', 'support', '--json']);
    expect(ex.code, ex.err).toBe(0);
    expect(JSON.parse(ex.out)).toMatchObject({ id, records: 1 });
    const exported = JSON.parse(readFileSync(out, 'utf8'));
    expect(exported.records).toEqual([expect.objectContaining({ category: 'messages', value: 'hello there' })]);
    expect(exported.fields.name).toBe('Show Me');
    expect(statSync(out).mode & 0o777).toBe(0o600);

    expect((await cli(['subjects', 'close', id, '--reason', 'Not A Code'])).code).toBe(2);
    const closed = await cli(['subjects', 'close', id, '--reason', 'user_request', '--json']);
    expect(closed.code, closed.err).toBe(0);
    expect(JSON.parse(closed.out).closedAt).toEqual(expect.any(String));

    const c2 = await Custos.open({ policy: EXAMPLE, dataDir, keys: { masterKey: env.CUSTOS_MASTER_KEY } });
    try {
      await c2.subjects.erase(id, { actor: { keyId: 't', role: 'privacy_officer' }, reason: 'test' });
    } finally {
      await c2.close();
    }
    const gone = await cli(['subjects', 'show', id, '--purpose', 'support', '--json']);
    expect(gone.code).toBe(1);
    expect(JSON.parse(gone.out)).toMatchObject({ status: 'erased', fields: {} });
  });
});
