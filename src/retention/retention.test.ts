import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeBackends, makeEnv, type Env } from '../../test/backends.js';
import type { Custos } from '../custos.js';
import { before } from './retention.js';

const DAY = 86_400_000;
const later = (days: number) => new Date(Date.now() + days * DAY);
const officer = { keyId: 't', role: 'privacy_officer' };

describeBackends('retention', (backend) => {
  let env: Env;
  let custos: Custos;
  beforeEach(async () => {
    env = await makeEnv(backend);
    custos = await env.open();
  });
  afterEach(async () => {
    await env.cleanup();
  });

  async function people() {
    const active = (
      await custos.vault.create({
        fields: { name: 'Active Person', email: 'active@example.com', inquiry_email: 'ask@example.com', ip_address: '203.0.113.9', identity_document: 'Passport X1' },
      })
    ).id;
    await custos.vault.addRecord(active, 'transactions', { amount: 1200 });
    await custos.vault.addRecord(active, 'messages', 'see you');
    const closed = (await custos.vault.create({ fields: { name: 'Closed Person', email: 'closed@example.com', card: '4111 1111 1111 1111', voluntary_profile: 'I like tea' } })).id;
    await custos.vault.addRecord(closed, 'messages', 'bye');
    await custos.subjects.close(closed, { actor: officer, reason: 'user_request' });
    return { active, closed };
  }

  it('a dry run counts per category and per registered purge and changes nothing', async () => {
    const { active, closed } = await people();
    const calls: boolean[] = [];
    custos.retention.register('test.codes', async (_now, dryRun) => {
      calls.push(dryRun);
      return 3;
    });
    const r = await custos.retention.run({ dryRun: true, now: later(100) });
    expect(r.dryRun).toBe(true);
    const nonZero = Object.fromEntries(Object.entries(r.categories).filter(([, c]) => c.fields + c.records > 0));
    // P90D and P30D after collection; card P30D after the contract ended
    expect(nonZero).toEqual({ ip_address: { fields: 1, records: 0 }, identity_document: { fields: 1, records: 0 }, card: { fields: 1, records: 0 } });
    expect(r.hooks['test.codes']).toBe(3);
    expect(calls).toEqual([true]);
    expect(r.subjectsErased).toBe(0);
    expect(Object.keys((await custos.vault.read(active)).fields)).toContain('ip_address');
    expect(Object.keys((await custos.vault.read(closed)).fields)).toContain('card');
    expect(await custos.audit.query({ action: 'retention.*' })).toEqual([]);
  });

  it('a run deletes what is past retention, keeps what a legal hold covers, erases closed accounts once nothing is left, and audits counts', async () => {
    const { active, closed } = await people();
    const other = (await custos.vault.create({ fields: { name: 'Other' } })).id;

    const r1 = await custos.retention.run({ now: later(100) });
    expect(r1.categories.ip_address).toEqual({ fields: 1, records: 0 });
    expect(r1.categories.card).toEqual({ fields: 1, records: 0 });
    expect(Object.keys((await custos.vault.read(active)).fields).sort()).toEqual(['email', 'inquiry_email', 'name']);
    const purge = await custos.audit.query({ action: 'retention.purge' });
    const ip = purge.find((e) => e.fields?.[0] === 'ip_address')!;
    expect(ip).toMatchObject({ actor: { keyId: 'system', role: 'system' }, outcome: 'ok', details: { fields: 1, records: 0, period: 'P90D', after: 'collection' } });
    // (the chain's random hashes left out: their hex may hold '4111' by chance)
    expect(JSON.stringify(purge.map(({ hash: _h, prevHash: _p, ...e }) => e))).not.toMatch(/203\.0\.113|Passport|4111/);
    expect((await custos.audit.query({ action: 'retention.run' }))[0].details).toMatchObject({ fields: 3, records: 0, subjectsErased: 0 });

    // two years on: messages (P2Y) go; the closed account's email (P1Y) goes and no longer finds it; its name is held for tax law (P7Y)
    const r2 = await custos.retention.run({ now: later(2 * 366 + 1) });
    expect(r2.categories.messages.records).toBe(2);
    expect(r2.categories.email.fields).toBe(1);
    expect(r2.categories.inquiry_email.fields).toBe(1);
    expect(r2.subjectsErased).toBe(0);
    expect(await custos.vault.findByEmail('closed@example.com')).toEqual([]);
    expect(await custos.vault.findByEmail('active@example.com')).toEqual([active]);
    expect((await custos.vault.read(closed)).fields).toEqual({ name: 'Closed Person' });
    expect(purge.length).toBeGreaterThan(0);
    const held = (await custos.audit.query({ action: 'retention.purge' })).find((e) => e.fields?.[0] === 'voluntary_profile');
    expect(held?.details).toMatchObject({ after: 'account_closed' });

    // eight years on: the hold has ended: the closed account has nothing left and is erased; open accounts stay
    const r3 = await custos.retention.run({ now: later(8 * 366) });
    expect(r3.subjectsErased).toBe(1);
    expect(r3.categories.name.fields).toBe(1);
    expect(r3.categories.transactions.records).toBe(1);
    expect((await custos.vault.status(closed)).status).toBe('erased');
    expect((await custos.vault.status(closed)).reason).toBe('retention');
    expect((await custos.vault.read(active)).fields).toEqual({ name: 'Active Person', email: 'active@example.com' });
    expect((await custos.vault.read(other)).fields).toEqual({ name: 'Other' });
    const erasure = await custos.audit.query({ action: 'subject.erase' });
    expect(erasure.at(-1)).toMatchObject({ actor: { keyId: 'system' }, outcome: 'ok' });
  });

  it('a record written while the run decides keeps the closed account it belongs to', async () => {
    const { closed } = await people();
    const at = later(8 * 366);
    const vault = custos.vault as { eraseMany: typeof custos.vault.eraseMany };
    const eraseMany = vault.eraseMany.bind(custos.vault);
    vault.eraseMany = async (ids, reason, spare) => {
      // after the run decided the account has nothing left to keep, the application records a payment
      // for it (kept 7 years from now: the run's time)
      await custos.db.run('INSERT INTO subject_records (subject_id, record_id, category, ciphertext, key_version, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
        closed,
        'late-payment',
        'transactions',
        Buffer.from('sealed'),
        1,
        at.getTime(),
      ]);
      return eraseMany(ids, reason, spare);
    };
    const r = await custos.retention.run({ now: at });
    expect(r.subjectsErased).toBe(0);
    expect((await custos.vault.status(closed)).status).toBe('active');
    expect(await custos.db.all('SELECT record_id FROM subject_records WHERE subject_id = ?', [closed])).toEqual([{ record_id: 'late-payment' }]);
  });

  it('a failing purge is reported and audited; the others still run', async () => {
    custos.retention.register('test.broken', async () => {
      throw new Error('visit store offline');
    });
    custos.retention.register('test.fine', async () => 2);
    const r = await custos.retention.run({ now: later(1) });
    expect(r.hooks['test.fine']).toBe(2);
    expect(r.hooks['test.broken']).toBeUndefined();
    expect(r.failures).toEqual([{ hook: 'test.broken', message: 'visit store offline' }]);
    const entries = (await custos.audit.query({ action: 'retention.*' })).filter((e) => e.action === 'retention.run' || String(e.details?.hook).startsWith('test.'));
    expect(entries.map((e) => [e.action, e.outcome, e.details?.hook ?? null])).toEqual([
      ['retention.purge', 'ok', 'test.fine'],
      ['retention.purge', 'failed', 'test.broken'],
      ['retention.run', 'failed', null],
    ]);
    expect(() => custos.retention.register('test.fine', async () => 0)).toThrow(/registered already/);
  });

  it('the server\'s daily job runs retention; a failing purge fails the job so it is retried', async () => {
    await custos.vault.create({ fields: { name: 'J' } });
    await custos.jobs.every('retention.run', DAY);
    const ok = await custos.jobs.runDue(undefined, { limit: 10 });
    expect(ok.succeeded).toBeGreaterThanOrEqual(1);
    expect((await custos.audit.query({ action: 'retention.run' })).length).toBe(1);
    const job = await custos.jobs.get({ key: 'every:retention.run' });
    expect(job).toMatchObject({ kind: 'retention.run', everyMs: DAY, status: 'queued' });

    custos.retention.register('test.down', async () => {
      throw new Error('down');
    });
    await custos.jobs.schedule('retention.run', new Date(), null, { key: 'retention-now', maxAttempts: 3 });
    const bad = await custos.jobs.runDue(undefined, { limit: 10 });
    expect(bad.retried).toBe(1);
    expect((await custos.jobs.get({ key: 'retention-now' })).status).toBe('queued');
    expect((await custos.audit.query({ action: 'retention.run' })).at(-1)?.outcome).toBe('failed');
  });

  it('closing an account: needs a role with the erase operation, keeps the first time, and is audited with its reason code', async () => {
    const id = (await custos.vault.create({ fields: { name: 'N' } })).id;
    await expect(custos.subjects.close(id, { actor: { keyId: 't', role: 'support' }, reason: 'user_request' })).rejects.toMatchObject({ code: 'CUSTOS_FORBIDDEN' });
    await expect(custos.subjects.close(id, { actor: officer, reason: 'Free text with a name' })).rejects.toMatchObject({ code: 'CUSTOS_INVALID_INPUT' });
    const first = await custos.subjects.close(id, { actor: officer, reason: 'user_request' });
    const second = await custos.subjects.close(id, { actor: officer, reason: 'contract_end' });
    expect(second.closedAt).toBe(first.closedAt);
    expect((await custos.vault.status(id)).closedAt).toBe(first.closedAt);
    const e = await custos.audit.query({ action: 'subject.close', subjectId: id });
    expect(e.map((x) => [x.outcome, x.reason])).toEqual([
      ['denied', 'operation_not_for_role'],
      ['ok', 'user_request'],
      ['ok', 'contract_end'],
    ]);
  });
});

it('periods are calendar arithmetic in UTC', () => {
  const now = new Date('2030-03-31T12:00:00Z');
  // a month before 31 March is the last day of February (the day of month is kept, or clamped)
  expect(new Date(before(now, 'P1M')).toISOString()).toBe('2030-02-28T12:00:00.000Z');
  expect(new Date(before(now, 'P1Y')).toISOString()).toBe('2029-03-31T12:00:00.000Z');
  expect(new Date(before(now, 'P2W3D')).toISOString()).toBe('2030-03-14T12:00:00.000Z');
});
