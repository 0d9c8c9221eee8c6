import { describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { runCli } from '../../test/cli.js';
import { EXAMPLE } from '../../test/backends.js';
import { Custos } from '../custos.js';
import { SqliteDb } from '../store/sqlite.js';

describe('custos audit CLI', () => {
  it('verifies, checkpoints, exports and queries; names the broken entry; exit 2 on bad flags', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'custos-audit-cli-')), 'data');
    const env = { CUSTOS_MASTER_KEY: randomBytes(32).toString('hex'), CUSTOS_DATABASE_URL: undefined, CUSTOS_POLICY: EXAMPLE };
    const cli = (...args: string[]) => runCli([...args, '--data-dir', dir], env);
    expect((await cli('init')).code).toBe(0);
    const c = await Custos.open({ dataDir: dir, policy: EXAMPLE, keys: { masterKey: env.CUSTOS_MASTER_KEY } });
    await c.audit.appendMany(
      Array.from({ length: 20 }, (_, i) => ({ actor: { keyId: 'k1', role: 'support' }, action: 'subject.read', purpose: 'support', subjectId: `s${i}`, outcome: 'allowed' as const })),
    );
    const before = c.audit.lastCommitted.seq;
    await c.close();

    const ok = await cli('audit', 'verify');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(new RegExp(`intact: ${before} entries`));

    const cpFile = join(dir, '..', 'cp.json');
    const cp = await cli('audit', 'checkpoint', '--out', cpFile);
    expect(cp.code).toBe(0);
    expect(statSync(cpFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(cpFile, 'utf8'))).toMatchObject({ seq: before });
    expect((await cli('audit', 'verify', '--checkpoint', cpFile)).code).toBe(0);

    const q = await cli('audit', 'query', '--action', 'subject.read', '--limit', '5', '--json');
    expect(q.code).toBe(0);
    expect(JSON.parse(q.out)).toHaveLength(5);
    const bySubject = await cli('audit', 'query', '--subject', 's3', '--json');
    expect(JSON.parse(bySubject.out)).toHaveLength(1);

    const out = join(dir, '..', 'export.jsonl');
    // a file that exists already, readable by others: the export makes it private (mode applies at creation only)
    writeFileSync(out, 'old\n', { mode: 0o644 });
    chmodSync(out, 0o644);
    const ex = await cli('audit', 'export', '--since', '2000-01-01', '--out', out);
    expect(ex.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8').trim().split('\n').length).toBeGreaterThanOrEqual(20);
    const csv = await cli('audit', 'export', '--format', 'csv');
    expect(csv.out.split('\n')[0]).toMatch(/^seq,time,actor_key_id/);

    const alerts = await cli('alerts', 'list', '--json');
    expect(alerts.code).toBe(0);
    expect(JSON.parse(alerts.out)).toEqual([]);

    // tamper with one entry
    const raw = new SqliteDb(join(dir, 'custos.db'));
    await raw.run("UPDATE audit_entries SET action = 'subject.reaf' WHERE seq = 5");
    await raw.close();
    const broken = await cli('audit', 'verify');
    expect(broken.code).toBe(1);
    expect(broken.out).toMatch(/BROKEN at entry 5: hash_mismatch/);
    const bj = await cli('audit', 'verify', '--json');
    expect(JSON.parse(bj.out)).toMatchObject({ ok: false, seq: 5, kind: 'hash_mismatch' });

    // bad flags: exit 2 naming the flag and the rule
    const badFormat = await cli('audit', 'export', '--format', 'xml');
    expect(badFormat.code).toBe(2);
    expect(badFormat.err).toMatch(/format: must be jsonl or csv/);
    const noFilter = await cli('audit', 'query');
    expect(noFilter.code).toBe(2);
    expect(noFilter.err).toMatch(/subject: give at least one of --subject, --actor or --action/);
    expect((await cli('audit', 'query', '--actor', 'k1', '--limit', 'lots')).err).toMatch(/limit: must be an integer/);
    expect((await cli('audit', 'export', '--since', 'last tuesday')).code).toBe(2);
    expect((await cli('audit', 'checkpoint')).err).toMatch(/out: give the file/);
    expect((await cli('audit', 'verify', '--checkpoint', join(dir, 'nope.json'))).code).toBe(2);
    const help = await runCli(['audit', 'verify', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Examples:/);
  });
});
