import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describeBackends, EXAMPLE, makeEnv, pgAvailable, type Backend, type Env } from '../../test/backends.js';
import { loadPolicyFile } from '../policy/load.js';
import type { Policy } from '../policy/schema.js';
import { AuditLog } from './log.js';
import { AccessMonitor, withinHours, parseHours } from './monitor.js';
import { openStores, type Stores } from './test-fixtures/stores.js';
import type { AuditEntryInput } from './types.js';

const base = loadPolicyFile(EXAMPLE).policy;
const policy: Policy = { ...base, roles: { ...base.roles, support: { ...base.roles.support, hours: '08:00-18:00' } } };

interface Hook {
  url: string;
  bodies: string[];
  /** Status codes to answer with, in order; 200 once they run out. */
  statuses: number[];
  server: Server;
}

async function startHook(statuses: number[] = []): Promise<Hook> {
  const hook = { bodies: [] as string[], statuses } as Hook;
  hook.server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      hook.bodies.push(body);
      res.statusCode = hook.statuses.shift() ?? 200;
      res.end();
    });
  });
  await new Promise<void>((r) => hook.server.listen(0, '127.0.0.1', r));
  hook.url = `http://127.0.0.1:${(hook.server.address() as AddressInfo).port}/alerts`;
  return hook;
}

const read = (keyId: string, role: string, subjectId: string, outcome: AuditEntryInput['outcome'] = 'allowed'): AuditEntryInput => ({
  actor: { keyId, role },
  action: 'subject.read',
  purpose: 'support',
  subjectId,
  fields: ['email'],
  outcome,
});

describeBackends('access monitoring', (backend: Backend) => {
  let env: Env;
  let stores: Stores;
  let log: AuditLog;
  let monitor: AccessMonitor;
  let hook: Hook;
  /** The log's clock: inside support hours unless a test moves it. */
  let clock: number;

  async function setup(statuses: number[] = []) {
    hook = await startHook(statuses);
    monitor = new AccessMonitor(policy, log, { webhook: hook.url, retry: { baseDelayMs: 5 } });
  }

  beforeEach(async () => {
    clock = Date.parse('2030-03-04T10:00:00Z');
    env = await makeEnv(backend);
    stores = await openStores(env);
    log = await AuditLog.open(stores.db, stores.keyDb, { now: () => new Date((clock += 100)) });
  });
  afterEach(async () => {
    monitor?.stop();
    await monitor?.settled();
    await log.close();
    await stores.close();
    await new Promise((r) => hook.server.close(r));
    await env.cleanup();
  });

  async function settle() {
    await log.flush();
    await monitor.settled();
    await log.flush();
  }

  it('stays silent on ordinary traffic', async () => {
    await setup();
    const entries: AuditEntryInput[] = [];
    for (let i = 0; i < 150; i++) entries.push(read(`key_${i % 3}`, i % 2 ? 'support' : 'application', `s${i}`));
    for (let i = 0; i < 15; i++) entries.push(read('key_0', 'support', `s${i}`, 'denied'));
    entries.push({ actor: { keyId: 'ops', role: 'server_maintenance' }, action: 'key.rotate', outcome: 'ok' });
    await log.appendMany(entries);
    await settle();
    expect(await monitor.listAlerts()).toEqual([]);
    expect(hook.bodies).toEqual([]);
    expect(await log.query({ action: 'alert.*' })).toEqual([]);
  });

  it('alerts once on one actor reading more than 200 distinct subjects, and posts the webhook', async () => {
    await setup();
    await Promise.all(Array.from({ length: 200 }, (_, i) => log.append(read('bulk', 'support', `s${i}`))));
    await Promise.all(Array.from({ length: 200 }, (_, i) => log.append(read('bulk', 'support', `s${i}`)))); // same subjects again
    await settle();
    expect(await monitor.listAlerts()).toEqual([]);
    await log.append(read('bulk', 'support', 's200'));
    await Promise.all(Array.from({ length: 300 }, (_, i) => log.append(read('bulk', 'support', `t${i}`))));
    await settle();
    const alerts = await monitor.listAlerts();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ rule: 'bulk_read', actorKeyId: 'bulk', role: 'support', count: 201 });
    const entries = await log.query({ action: 'alert.bulk_read' });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: { keyId: 'system', role: 'system' }, outcome: 'ok', details: { alertId: alerts[0].id, actorKeyId: 'bulk', count: 201 } });
    expect(hook.bodies).toHaveLength(1);
    const posted = JSON.parse(hook.bodies[0]);
    expect(posted).toMatchObject({ type: 'custos.alert', alert: { id: alerts[0].id, rule: 'bulk_read', actorKeyId: 'bulk' } });
    expect(hook.bodies[0]).not.toMatch(/sr_|"s\d+"/);
    expect(await log.verify()).toMatchObject({ ok: true });
  });

  it('alerts on more than 20 denials for one actor', async () => {
    await setup();
    await log.appendMany(Array.from({ length: 20 }, (_, i) => read('prober', 'support', `s${i % 3}`, 'denied')));
    await settle();
    expect(await monitor.listAlerts()).toEqual([]);
    await log.appendMany(Array.from({ length: 30 }, (_, i) => read('prober', 'support', `s${i % 3}`, 'denied')));
    await settle();
    const alerts = await monitor.listAlerts();
    expect(alerts.map((a) => [a.rule, a.actorKeyId, a.count])).toEqual([['denials', 'prober', 21]]);
  });

  it('alerts on reads outside the role’s hours', async () => {
    await setup();
    clock = Date.parse('2030-03-04T03:00:00Z');
    await log.appendMany([read('night', 'support', 's1'), read('night', 'support', 's2')]);
    await log.append({ actor: { keyId: 'night', role: 'support' }, action: 'key.create', outcome: 'ok' }); // not a read
    await settle();
    const alerts = await monitor.listAlerts();
    expect(alerts.map((a) => [a.rule, a.actorKeyId])).toEqual([['out_of_hours', 'night']]);
  });

  it('alerts on any read attempt by server maintenance', async () => {
    await setup();
    await log.append(read('ops', 'server_maintenance', 's1', 'denied'));
    await settle();
    const alerts = await monitor.listAlerts();
    expect(alerts.map((a) => [a.rule, a.actorKeyId, a.role])).toEqual([['server_maintenance_read', 'ops', 'server_maintenance']]);
    expect(await monitor.acknowledge(alerts[0].id)).toBe(true);
    expect(await monitor.listAlerts({ unacknowledged: true })).toEqual([]);
  });

  it('a search or a check by server maintenance is an attempt too; its own jobs (key rotation) are not', async () => {
    await setup();
    await log.append({ actor: { keyId: 'ops-a', role: 'server_maintenance' }, action: 'subject.search', purpose: 'support', outcome: 'denied', reason: 'role_not_for_purpose' });
    await log.append({ actor: { keyId: 'ops-b', role: 'server_maintenance' }, action: 'subject.check', purpose: 'support', subjectId: 's1', fields: ['email'], outcome: 'denied' });
    await log.append({ actor: { keyId: 'ops-c', role: 'server_maintenance' }, action: 'key.rotate', outcome: 'ok' });
    await settle();
    expect((await monitor.listAlerts()).map((a) => [a.rule, a.actorKeyId]).sort()).toEqual([
      ['server_maintenance_read', 'ops-a'],
      ['server_maintenance_read', 'ops-b'],
    ]);
  });

  it('retries the webhook after a 500, with backoff, and gives up after bounded attempts', async () => {
    await setup([500, 500]);
    await log.append(read('ops', 'server_maintenance', 's1', 'denied'));
    await settle();
    expect(hook.bodies).toHaveLength(3);
    expect(new Set(hook.bodies).size).toBe(1);
    expect(monitor.stats).toMatchObject({ webhookDelivered: 1, webhookFailed: 0 });

    hook.statuses.push(500, 500, 500, 500, 500, 500);
    await log.append(read('ops2', 'server_maintenance', 's1', 'denied'));
    await settle();
    expect(hook.bodies).toHaveLength(8);
    expect(monitor.stats).toMatchObject({ webhookDelivered: 1, webhookFailed: 1 });
  });

  it('a restart carries the windows on from the log, and raises nothing twice', async () => {
    hook = await startHook();
    const strict: Policy = { ...policy, monitoring: { bulk_read: { subjects: 5, minutes: 10 }, denials: { count: 2, minutes: 10 } } };
    const open = () => new AccessMonitor(strict, log, { now: () => new Date(clock) });
    monitor = open();
    clock = Date.parse('2030-03-04T21:00:00Z'); // outside support hours
    await log.appendMany(Array.from({ length: 4 }, (_, i) => read('k', 'application', `s${i}`)));
    await log.appendMany(Array.from({ length: 3 }, () => read('p', 'application', 's1', 'denied')));
    await log.append(read('night', 'support', 's1'));
    await settle();
    const before = (await monitor.listAlerts()).map((a) => `${a.rule}:${a.actorKeyId}`).sort();
    expect(before).toEqual(['denials:p', 'out_of_hours:night']);

    // the process restarts: a new monitor, which reads the last ten minutes back from the log
    monitor.stop();
    monitor = open();
    expect(await monitor.resume()).toBe(10); // the 8 entries and the 2 alerts' own entries
    await log.appendMany([read('k', 'application', 's4'), read('k', 'application', 's5')]); // 6 distinct subjects in the window
    await settle();
    const after = (await monitor.listAlerts()).map((a) => `${a.rule}:${a.actorKeyId}`).sort();
    expect(after).toEqual(['bulk_read:k', 'denials:p', 'out_of_hours:night']);
    expect((await monitor.listAlerts()).find((a) => a.rule === 'bulk_read')?.count).toBe(6);
  });

  it('provisions and searches count towards bulk reads: a legal-exception provision reads no subject of its own, and a search reveals who is on file', async () => {
    hook = await startHook();
    const strict: Policy = { ...policy, monitoring: { bulk_read: { subjects: 5, minutes: 10 }, denials: { count: 50, minutes: 10 } } };
    monitor = new AccessMonitor(strict, log, { now: () => new Date(clock) });
    const provide = (keyId: string, subjectId: string): AuditEntryInput => ({ actor: { keyId, role: 'privacy_officer' }, action: 'disclosure.create', purpose: 'third_party_provision', subjectId, fields: ['name'], outcome: 'ok', details: { basis: 'law', readAs: 'system' } });
    const search = (keyId: string): AuditEntryInput => ({ actor: { keyId, role: 'support' }, action: 'subject.search', purpose: 'support', fields: ['email'], outcome: 'allowed', details: { results: 1 } });
    await log.appendMany(Array.from({ length: 5 }, (_, i) => provide('po', `s${i}`)));
    await log.appendMany(Array.from({ length: 5 }, () => search('finder')));
    await settle();
    expect(await monitor.listAlerts()).toEqual([]);
    await log.appendMany([provide('po', 's5'), search('finder')]);
    await settle();
    expect((await monitor.listAlerts()).map((a) => `${a.rule}:${a.actorKeyId}:${a.count}`).sort()).toEqual(['bulk_read:finder:6', 'bulk_read:po:6']);
  });

  it('takes thresholds from the policy’s monitoring section', async () => {
    hook = await startHook();
    monitor = new AccessMonitor({ ...policy, monitoring: { bulk_read: { subjects: 5, minutes: 1 }, denials: { count: 2, minutes: 1 }, webhook: hook.url } }, log, { retry: { baseDelayMs: 5 } });
    await log.appendMany(Array.from({ length: 6 }, (_, i) => read('k', 'application', `s${i}`)));
    await log.appendMany(Array.from({ length: 3 }, () => read('d', 'application', 's1', 'denied')));
    await settle();
    expect((await monitor.listAlerts()).map((a) => a.rule).sort()).toEqual(['bulk_read', 'denials']);
    expect(hook.bodies).toHaveLength(2);
  });
});

it('reads declared hours, including ranges across midnight', () => {
  const day = parseHours('08:00-18:00');
  const night = parseHours('22:00-06:00');
  expect(withinHours(day, new Date('2030-01-01T08:00:00Z'))).toBe(true);
  expect(withinHours(day, new Date('2030-01-01T18:00:00Z'))).toBe(false);
  expect(withinHours(night, new Date('2030-01-01T23:30:00Z'))).toBe(true);
  expect(withinHours(night, new Date('2030-01-01T05:59:00Z'))).toBe(true);
  expect(withinHours(night, new Date('2030-01-01T12:00:00Z'))).toBe(false);
  expect(withinHours(parseHours('00:00-24:00'), new Date('2030-01-01T23:59:00Z'))).toBe(true);
});

describeBackends('access monitoring across a restart of Custos', (backend: Backend) => {
  it('Custos.open resumes the monitor from the log', async () => {
    const env = await makeEnv(backend);
    const strict: Policy = { ...base, monitoring: { bulk_read: { subjects: 3, minutes: 10 } } };
    const app = { keyId: 'app', role: 'application' };
    const desk = { keyId: 'desk', role: 'support' };
    try {
      let custos = await env.open({ policy: strict });
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push((await custos.subjects.create({ jurisdiction: 'JP', fields: { name: `Person ${i}` } }, { actor: app, purpose: 'account' })).id);
      for (const id of ids.slice(0, 3)) await custos.subjects.read(id, { actor: desk, purpose: 'support', fields: ['name'] });
      await custos.close();
      custos = await env.open({ policy: strict });
      await custos.subjects.read(ids[3], { actor: desk, purpose: 'support', fields: ['name'] });
      await custos.audit.flush();
      await custos.monitor!.settled();
      expect((await custos.monitor!.listAlerts()).map((a) => [a.rule, a.actorKeyId, a.count])).toEqual([['bulk_read', 'desk', 4]]);
      await custos.close();
    } finally {
      await env.cleanup();
    }
  });
});

/**
 * `n` "processes" on one PostgreSQL schema, each with its own connections, audit log and shared monitor
 * (polled by hand: the timer is an hour); `close` stops and closes them all.
 */
async function processes(n: number, policy: Policy) {
  const env = await makeEnv('postgres');
  const list: { db: Stores['db']; log: AuditLog; mon: AccessMonitor; stores: Stores }[] = [];
  for (let i = 0; i < n; i++) {
    const stores = await openStores(env);
    const log = await AuditLog.open(stores.db, stores.keyDb);
    list.push({ db: stores.db, log, mon: new AccessMonitor(policy, log, { shared: { pollMs: 3_600_000 } }), stores });
  }
  return {
    list,
    async close() {
      for (const p of list) p.mon.stop();
      for (const p of list) await p.mon.settled();
      for (const p of list) {
        await p.log.close();
        await p.stores.close();
      }
      await env.cleanup();
    },
  };
}

describe.skipIf(!pgAvailable())('shared monitoring: several processes on one PostgreSQL store', () => {
  it('a failed poll does not stop the next ones', async () => {
    const ps = await processes(2, { ...base, monitoring: { bulk_read: { subjects: 5, minutes: 10 } } });
    const [a, b] = ps.list;
    try {
      await a.mon.start();
      await a.db.exec('ALTER TABLE audit_monitor_lease RENAME TO lease_away');
      await expect(a.mon.poll()).rejects.toThrow();
      await a.db.exec('ALTER TABLE lease_away RENAME TO audit_monitor_lease');
      // the reads come from the other process, so only a poll can see them
      await b.log.appendMany(Array.from({ length: 6 }, (_, i) => read('bulk', 'application', `s${i}`)));
      await b.log.flush();
      await a.mon.settled();
      expect((await a.mon.listAlerts()).map((x) => x.actorKeyId)).toEqual(['bulk']);
    } finally {
      await ps.close();
    }
  });

  it('a single process reads nothing back: its own commits move the watermark', async () => {
    const ps = await processes(1, { ...base, monitoring: { bulk_read: { subjects: 5, minutes: 10 }, denials: { count: 5, minutes: 10 } } });
    const [{ log, mon }] = ps.list;
    try {
      await mon.start();
      for (let round = 0; round < 3; round++) {
        await Promise.all(Array.from({ length: 4 }, (_, i) => log.append(read(`k${round}`, 'application', `s${i}`))));
        await log.flush();
        await mon.settled();
      }
      await log.appendMany(Array.from({ length: 6 }, (_, i) => read('bulk', 'application', `s${i}`)));
      await log.flush();
      await mon.settled();
      expect((await mon.listAlerts()).map((x) => x.actorKeyId)).toEqual(['bulk']);
      expect(mon.stats.readBack).toBe(0);
      // a batch a poll has read already and that is reported late is not counted twice: 3 + 3 denials stay 3
      await log.appendMany(Array.from({ length: 3 }, () => read('p', 'application', 's1', 'denied')));
      await log.flush();
      await mon.settled();
      (mon as unknown as { committed(e: unknown[]): void }).committed(await log.tail(0, 1000));
      await mon.settled();
      expect((await mon.listAlerts()).map((x) => x.actorKeyId)).toEqual(['bulk']);
    } finally {
      await ps.close();
    }
  });

  it('one process at a time follows every process\'s entries; another takes over without raising anything twice', async () => {
    const ps = await processes(2, { ...base, monitoring: { bulk_read: { subjects: 5, minutes: 10 } } });
    const [a, b] = ps.list;
    try {
      await a.mon.start(); // takes the lease
      await b.mon.start(); // finds it taken
      // one actor's reads spread over both processes: 3 + 3 distinct subjects, more than 5 in the window
      await a.log.appendMany([0, 1, 2].map((i) => read('k', 'application', `s${i}`)));
      await b.log.appendMany([3, 4, 5].map((i) => read('k', 'application', `s${i}`)));
      await a.log.flush();
      await b.log.flush();
      await a.mon.settled();
      await b.mon.settled();
      expect((await a.mon.listAlerts()).map((x) => [x.rule, x.actorKeyId, x.count])).toEqual([['bulk_read', 'k', 6]]);
      // the leader evaluated its own entries as they committed, and read back only B's (and B's alert entry none: A's own)
      expect(a.mon.stats.readBack).toBe(3);
      expect(b.mon.stats.readBack).toBe(0);

      // process A stops: B takes over, replays the window, and raises nothing already raised
      a.mon.stop();
      await a.mon.settled();
      await b.log.appendMany([0, 1, 2, 3, 4, 5].map((i) => read('k2', 'application', `t${i}`)));
      await b.log.flush();
      await b.mon.settled();
      const alerts = (await b.mon.listAlerts()).map((x) => `${x.rule}:${x.actorKeyId}`).sort();
      expect(alerts).toEqual(['bulk_read:k', 'bulk_read:k2']);
      // both processes wrote to one chain, and it verifies
      expect(await b.log.verify()).toMatchObject({ ok: true });
    } finally {
      await ps.close();
    }
  });
});
