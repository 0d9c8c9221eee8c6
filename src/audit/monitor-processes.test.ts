/**
 * Two real `custos serve` processes (the built bin) on one PostgreSQL store: an actor whose reads are
 * spread over both is caught by the access monitor, which follows every process's entries. The test makes
 * a database of its own (the servers use the default schema) and drops it afterwards.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { EXAMPLE, PG_URL, pgAvailable } from '../../test/backends.js';
import { startServe, type Served } from '../../test/serve.js';

describe.skipIf(!pgAvailable())('access monitoring with two server processes on one PostgreSQL store', () => {
  it('reads spread over both processes are counted together', async () => {
    const name = `custos_mp_${randomBytes(4).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(PG_URL);
    url.pathname = `/${name}`;
    const dir = join(mkdtempSync(join(tmpdir(), 'custos-mp-')), 'data');
    const policy = join(dir, '..', 'policy.yaml');
    writeFileSync(policy, readFileSync(EXAMPLE, 'utf8').replace('bulk_read: { subjects: 200, minutes: 10 }', 'bulk_read: { subjects: 3, minutes: 10 }'));
    const args = ['--database', url.toString(), '--data-dir', dir, '--policy', policy];
    const servers: Served[] = [];
    try {
      // one after the other: the first creates the master key file and the stores, and prints an admin key
      const a = await startServe(args, { firstStart: true });
      servers.push(a);
      const b = await startServe(args);
      servers.push(b);
      const adminKey = a.adminKey!;
      const call = async (base: string, key: string, method: string, path: string, body?: unknown) => {
        const res = await fetch(base + path, { method, headers: { authorization: `Bearer ${key}`, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
        expect(res.status, `${method} ${path}`).toBeLessThan(300);
        return res.json() as Promise<Record<string, unknown>>;
      };
      const app = (await call(a.base, adminKey, 'POST', '/v1/keys', { name: 'backend', role: 'application' })).key as string;
      const desk = (await call(a.base, adminKey, 'POST', '/v1/keys', { name: 'desk', role: 'support' })).key as string;
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push((await call(a.base, app, 'POST', '/v1/subjects', { purpose: 'account', jurisdiction: 'JP', fields: { name: `Person ${i}` } })).id as string);
      // two subjects read through each process: 4 in the window, more than 3, but no process saw more than 2
      for (const [i, id] of ids.entries()) await call(i % 2 ? b.base : a.base, desk, 'GET', `/v1/subjects/${id}?purpose=support&fields=name`);
      let rules: string[] = [];
      for (const deadline = Date.now() + 20_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
        const { alerts } = (await call(b.base, adminKey, 'GET', '/v1/alerts')) as { alerts: { rule: string; count: number }[] };
        rules = alerts.map((x) => `${x.rule}:${x.count}`);
        if (rules.length > 0) break;
      }
      expect(rules).toEqual(['bulk_read:4']);
    } finally {
      for (const server of servers) await server.stop();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
    // two server processes start one after the other: on a busy machine that alone can take most of the default 30 s
  }, 120_000);
});
